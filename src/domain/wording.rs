//! How the tools write lists and numbers for the learner: one home, so every tool says
//! "A, B and C", "5,733", "4.5" and "62%" in English and « A, B et C », `5 733`, `4,5` and
//! `62 %` in French the same way. Each function has an `…_in(lang, …)` form, tested for both
//! languages; the plain form writes in the build's language ([`LANG`]).
//!
//! Machine formats (a number box's value, CSV, iCalendar, JSON, SVG coordinates, URLs, Markdown
//! tables read back by code) are never the learner's language: they use [`fixed_machine`],
//! which always writes `.` and no separators.

use crate::domain::locale::{Lang, LANG};

/// U+202F NARROW NO-BREAK SPACE: the French thousands separator (`5 733`).
pub const NARROW_NBSP: char = '\u{202F}';
/// U+00A0 NO-BREAK SPACE: before `%` and a unit in French (`62 %`, `1,3 Mo`).
pub const NBSP: char = '\u{00A0}';

/// "a", "a and b", "a, b and c" in this build's language.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    and_list_in(LANG, items)
}

/// "a, b and c" in English, « a, b et c » in French (neither puts a comma before the last).
pub fn and_list_in<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let and = match lang {
        Lang::En => "and",
        Lang::Fr => "et",
    };
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {and} {}", head.join(", "), last.as_ref())
        }
    }
}

/// 5733 → "5,733" (English) or `5 733` (French, U+202F), in this build's language.
pub fn thousands(n: u32) -> String {
    thousands_in(LANG, n)
}

/// 5733 → "5,733" in English, `5 733` in French (a narrow no-break space between groups).
pub fn thousands_in(lang: Lang, n: u32) -> String {
    group(lang, &n.to_string())
}

/// Whole digits grouped by three with the language's separator.
fn group(lang: Lang, digits: &str) -> String {
    let separator = match lang {
        Lang::En => ',',
        Lang::Fr => NARROW_NBSP,
    };
    let len = digits.chars().count();
    let mut out = String::with_capacity(len + len / 3 * 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

/// `value` with exactly `decimals` decimals for the learner, in this build's language:
/// "4.5" or `4,5`. No thousands separators (see [`number`]). `None` when it is not finite.
pub fn fixed(value: f64, decimals: u32) -> Option<String> {
    fixed_in(LANG, value, decimals)
}

/// [`fixed_machine`] with the language's decimal mark: "4.5" in English, `4,5` in French.
pub fn fixed_in(lang: Lang, value: f64, decimals: u32) -> Option<String> {
    let text = fixed_machine(value, decimals)?;
    Some(match lang {
        Lang::En => text,
        Lang::Fr => text.replace('.', ","),
    })
}

/// `value` with exactly `decimals` decimals (at most 6) for a machine, whatever the language:
/// always `.`, never a separator (number boxes, CSV, iCalendar, JSON, SVG, URLs). Rounded half
/// away from zero as people round (`fixed_machine(2.5, 0)` → "3", where the standard formatter
/// rounds an exact tie to even): `fixed_machine(2.345, 1)` → "2.3", `fixed_machine(-0.04, 1)`
/// → "0.0". `None` when it is not finite.
/// Integer arithmetic only: the standard float formatter weighed about 5 KB of the wasm, and
/// nothing here needs more than six decimals of numbers below 2^53.
pub fn fixed_machine(value: f64, decimals: u32) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let scale = 10_u64.pow(decimals.min(6));
    // Saturates above u64::MAX, far beyond any figure a learner types.
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let whole = scaled / scale;
    Some(if scale == 1 {
        format!("{sign}{whole}")
    } else {
        let fraction = (scaled % scale).to_string();
        let zeros = "0".repeat(decimals.min(6) as usize - fraction.len());
        format!("{sign}{whole}.{zeros}{fraction}")
    })
}

/// `value` with `decimals` decimals and thousands grouped, in this build's language:
/// "1,234.57" or `1 234,57`. `None` when it is not finite.
pub fn number(value: f64, decimals: u32) -> Option<String> {
    number_in(LANG, value, decimals)
}

/// "1,234.57" in English, `1 234,57` in French (U+202F between groups); no "-0".
pub fn number_in(lang: Lang, value: f64, decimals: u32) -> Option<String> {
    let text = fixed_machine(value, decimals)?;
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (unsigned, None),
    };
    let mark = match lang {
        Lang::En => '.',
        Lang::Fr => ',',
    };
    let grouped = group(lang, whole);
    Some(match fraction {
        Some(f) => format!("{sign}{grouped}{mark}{f}"),
        None => format!("{sign}{grouped}"),
    })
}

/// Like [`number`] with at most `max_decimals` decimals and no trailing zeros: 3.07 → "3.07",
/// 3.0 → "3", 0.063 → "0.063" (`0,063` in French).
pub fn number_upto(value: f64, max_decimals: u32) -> Option<String> {
    number_upto_in(LANG, value, max_decimals)
}

/// [`number_in`] without trailing zeros (nor a trailing decimal mark).
pub fn number_upto_in(lang: Lang, value: f64, max_decimals: u32) -> Option<String> {
    let text = number_in(lang, value, max_decimals)?;
    let mark = match lang {
        Lang::En => '.',
        Lang::Fr => ',',
    };
    Some(if text.contains(mark) {
        text.trim_end_matches('0')
            .trim_end_matches(mark)
            .to_string()
    } else {
        text
    })
}

/// A percentage with at most `max_decimals` decimals and no trailing zeros, in this build's
/// language: "0.063%" or `0,063 %`, "5%" or `5 %`.
pub fn percent_upto(value: impl Into<f64>, max_decimals: u32) -> String {
    percent_upto_in(LANG, value, max_decimals)
}

/// [`percent_in`] without trailing zeros.
pub fn percent_upto_in(lang: Lang, value: impl Into<f64>, max_decimals: u32) -> String {
    match number_upto_in(lang, value.into(), max_decimals) {
        None => "–".to_string(),
        Some(n) => with_percent(lang, n),
    }
}

fn with_percent(lang: Lang, n: String) -> String {
    match lang {
        Lang::En => format!("{n}%"),
        Lang::Fr => format!("{n}{NBSP}%"),
    }
}

/// A percentage for the learner, in this build's language: "62%" or `62 %`.
pub fn percent(value: impl Into<f64>, decimals: u32) -> String {
    percent_in(LANG, value, decimals)
}

/// "62%", "0.06%", "1,234.5%" in English; `62 %`, `0,06 %`, `1 234,5 %` in French (a no-break
/// space before `%`). "–" when the value is not finite.
pub fn percent_in(lang: Lang, value: impl Into<f64>, decimals: u32) -> String {
    match number_in(lang, value.into(), decimals) {
        None => "–".to_string(),
        Some(n) => with_percent(lang, n),
    }
}

/// A size in megabytes with one decimal, in this build's language: "1.3 MB" or `1,3 Mo`.
pub fn megabytes(bytes: f64) -> String {
    megabytes_in(LANG, bytes)
}

/// 1_250_000 → "1.3 MB" in English, `1,3 Mo` in French.
pub fn megabytes_in(lang: Lang, bytes: f64) -> String {
    let n = number_in(lang, bytes / 1_000_000.0, 1).unwrap_or_default();
    match lang {
        Lang::En => format!("{n} MB"),
        Lang::Fr => format!("{n}{NBSP}Mo"),
    }
}

/// `text` with its first letter in capitals, for a phrase that starts a sentence or a line
/// ("an amount" → "An amount", « état » → « État »). Covers every letter English and French
/// begin words with — ASCII, Latin-1's accented letters, ÿ and œ; any other first letter is left
/// as it is. Not `char::to_uppercase`: its Unicode table costs 4.2 KB brotli (the size report
/// checks it is in no wasm file).
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let capital = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        // Latin-1's lower-case letters (à … þ, not ÷) sit 0x20 above their capitals.
        'à'..='þ' if first != '÷' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        'ÿ' => 'Ÿ',
        'œ' => 'Œ',
        _ => first,
    };
    let mut out = String::with_capacity(text.len() + 1);
    out.push(capital);
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn capitalise_covers_english_and_french_first_letters_as_unicode_does() {
        for text in [
            "",
            "an amount",
            "A to Z",
            "état",
            "à la une",
            "écrire",
            "île",
            "ôter",
            "ça",
            "œuvre",
            "ÿ",
            "1 post",
            " leading space",
            "÷",
            "ß",
            "ñ",
            "ü",
        ] {
            let mut chars = text.chars();
            // What `to_uppercase` gives where that is one letter (ß's is "SS": left as is).
            let unicode: String = match chars.next() {
                Some(c) if c.to_uppercase().count() == 1 => c.to_uppercase().chain(chars).collect(),
                _ => text.to_string(),
            };
            assert_eq!(super::capitalise(text), unicode, "{text:?}");
        }
    }

    use super::*;

    #[test]
    fn fixed_machine_matches_the_standard_formatter() {
        for &v in &[
            0.0,
            1.0,
            2.4,
            3.25159,
            12_345.678,
            0.05,
            0.04,
            99.95,
            1e9 + 0.7,
            42.0,
            0.126,
        ] {
            for d in 0..4_u32 {
                assert_eq!(
                    fixed_machine(v, d).unwrap(),
                    format!("{v:.*}", d as usize),
                    "{v} with {d} decimals"
                );
                // The standard formatter writes "-0.0" for a negative that rounds to zero.
                let std = format!("{:.*}", d as usize, -v);
                let expected = if std.chars().all(|c| matches!(c, '-' | '0' | '.')) {
                    std.trim_start_matches('-').to_string()
                } else {
                    std
                };
                assert_eq!(
                    fixed_machine(-v, d).unwrap(),
                    expected,
                    "{} with {d} decimals",
                    -v
                );
            }
        }
        // Exact ties round away from zero.
        assert_eq!(fixed_machine(2.5, 0).unwrap(), "3");
        assert_eq!(fixed_machine(0.125, 2).unwrap(), "0.13");
        assert_eq!(fixed_machine(f64::NAN, 1), None);
        assert_eq!(fixed_machine(f64::INFINITY, 1), None);
    }

    #[test]
    fn fixed_uses_the_languages_decimal_mark() {
        assert_eq!(fixed_in(Lang::En, 4.5, 1).unwrap(), "4.5");
        assert_eq!(fixed_in(Lang::Fr, 4.5, 1).unwrap(), "4,5");
        assert_eq!(fixed_in(Lang::Fr, 12_345.678, 2).unwrap(), "12345,68");
        assert_eq!(fixed_in(Lang::Fr, -0.04, 1).unwrap(), "0,0");
        assert_eq!(fixed_in(Lang::Fr, 3.0, 0).unwrap(), "3");
        assert_eq!(fixed_in(Lang::Fr, f64::NAN, 1), None);
        // The machine form never changes with the language.
        assert_eq!(fixed_machine(4.5, 1).unwrap(), "4.5");
        assert_eq!(fixed(4.5, 1), fixed_in(LANG, 4.5, 1));
    }

    #[test]
    fn numbers_are_grouped_with_the_languages_marks() {
        assert_eq!(number_in(Lang::En, 1_234.567, 2).unwrap(), "1,234.57");
        assert_eq!(
            number_in(Lang::Fr, 1_234.567, 2).unwrap(),
            "1\u{202F}234,57"
        );
        assert_eq!(number_in(Lang::En, -1_234_567.0, 0).unwrap(), "-1,234,567");
        assert_eq!(
            number_in(Lang::Fr, -1_234_567.0, 0).unwrap(),
            "-1\u{202F}234\u{202F}567"
        );
        assert_eq!(number_in(Lang::En, -0.001, 2).unwrap(), "0.00");
        assert_eq!(number_in(Lang::En, 999.0, 0).unwrap(), "999");
        assert_eq!(number_in(Lang::Fr, f64::INFINITY, 0), None);
    }

    #[test]
    fn percentages_read_as_each_language_writes_them() {
        assert_eq!(percent_in(Lang::En, 62_u8, 0), "62%");
        assert_eq!(percent_in(Lang::Fr, 62_u8, 0), "62\u{A0}%");
        assert_eq!(percent_in(Lang::En, 0.063, 3), "0.063%");
        assert_eq!(percent_in(Lang::Fr, 0.063, 3), "0,063\u{A0}%");
        assert_eq!(percent_in(Lang::Fr, -36_i16, 0), "-36\u{A0}%");
        assert_eq!(percent_in(Lang::En, 1_234.5, 1), "1,234.5%");
        assert_eq!(percent_in(Lang::Fr, 1_234.5, 1), "1\u{202F}234,5\u{A0}%");
        assert_eq!(percent_in(Lang::En, f64::NAN, 1), "–");
        assert_eq!(percent(62_u8, 0), percent_in(LANG, 62_u8, 0));
    }

    #[test]
    fn trimmed_numbers_drop_trailing_zeros_only() {
        assert_eq!(number_upto_in(Lang::En, 3.07, 2).unwrap(), "3.07");
        assert_eq!(number_upto_in(Lang::Fr, 3.07, 2).unwrap(), "3,07");
        assert_eq!(number_upto_in(Lang::En, 3.0, 2).unwrap(), "3");
        assert_eq!(number_upto_in(Lang::En, 100.0, 2).unwrap(), "100");
        assert_eq!(
            number_upto_in(Lang::Fr, 1_500.0, 3).unwrap(),
            "1\u{202F}500"
        );
        assert_eq!(number_upto_in(Lang::En, 2.5, 2).unwrap(), "2.5");
        assert_eq!(percent_upto_in(Lang::En, 0.063, 6), "0.063%");
        assert_eq!(percent_upto_in(Lang::Fr, 0.063, 6), "0,063\u{A0}%");
        assert_eq!(percent_upto_in(Lang::Fr, 63.9, 6), "63,9\u{A0}%");
        assert_eq!(percent_upto_in(Lang::En, 5_u8, 6), "5%");
    }

    #[test]
    fn megabytes_name_the_unit_in_each_language() {
        assert_eq!(megabytes_in(Lang::En, 1_240_000.0), "1.2 MB");
        assert_eq!(megabytes_in(Lang::En, 1_250_000.0), "1.3 MB");
        assert_eq!(megabytes_in(Lang::Fr, 1_250_000.0), "1,3\u{A0}Mo");
    }

    #[test]
    fn lists_read_as_english_and_french() {
        assert_eq!(and_list_in::<&str>(Lang::En, &[]), "");
        assert_eq!(and_list_in(Lang::En, &["Facebook"]), "Facebook");
        assert_eq!(
            and_list_in(Lang::En, &["Facebook", "Instagram"]),
            "Facebook and Instagram"
        );
        assert_eq!(
            and_list_in(
                Lang::En,
                &["a".to_string(), "b".to_string(), "c".to_string()]
            ),
            "a, b and c"
        );
        assert_eq!(and_list_in::<&str>(Lang::Fr, &[]), "");
        assert_eq!(and_list_in(Lang::Fr, &["Facebook"]), "Facebook");
        assert_eq!(
            and_list_in(Lang::Fr, &["Facebook", "Instagram"]),
            "Facebook et Instagram"
        );
        assert_eq!(and_list_in(Lang::Fr, &["A", "B", "C"]), "A, B et C");
        assert_eq!(and_list(&["a", "b"]), and_list_in(LANG, &["a", "b"]));
    }

    #[test]
    fn thousands_are_grouped_in_each_language() {
        assert_eq!(thousands_in(Lang::En, 0), "0");
        assert_eq!(thousands_in(Lang::En, 999), "999");
        assert_eq!(thousands_in(Lang::En, 5733), "5,733");
        assert_eq!(thousands_in(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(thousands_in(Lang::En, u32::MAX), "4,294,967,295");
        assert_eq!(thousands_in(Lang::Fr, 999), "999");
        assert_eq!(thousands_in(Lang::Fr, 5733), "5\u{202F}733");
        assert_eq!(thousands_in(Lang::Fr, 1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(thousands(5733), thousands_in(LANG, 5733));
    }
}

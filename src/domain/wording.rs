//! Small pieces of English the tools write: lists and numbers. One home, so every tool says
//! "A, B and C" and "5,733" the same way.

/// "a", "a and b", "a, b and c".
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// 5733 → "5,733".
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// `value` with exactly `decimals` decimals (at most 6), rounded half away from zero as people
/// round (`fixed(2.5, 0)` → "3", where the standard formatter rounds an exact tie to even):
/// `fixed(2.345, 1)` → "2.3", `fixed(-0.04, 1)` → "0.0". `None` when it is not finite.
/// Integer arithmetic only: the standard float formatter weighed about 5 KB of the wasm, and
/// nothing here needs more than six decimals of numbers below 2^53.
pub fn fixed(value: f64, decimals: u32) -> Option<String> {
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

/// A size in megabytes with one decimal: 1_250_000 → "1.3 MB".
pub fn megabytes(bytes: f64) -> String {
    format!("{} MB", fixed(bytes / 1_000_000.0, 1).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_the_standard_formatter() {
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
                    fixed(v, d).unwrap(),
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
                assert_eq!(fixed(-v, d).unwrap(), expected, "{} with {d} decimals", -v);
            }
        }
        // Exact ties round away from zero.
        assert_eq!(fixed(2.5, 0).unwrap(), "3");
        assert_eq!(fixed(0.125, 2).unwrap(), "0.13");
        assert_eq!(fixed(f64::NAN, 1), None);
        assert_eq!(fixed(f64::INFINITY, 1), None);
        assert_eq!(megabytes(1_240_000.0), "1.2 MB");
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["Facebook"]), "Facebook");
        assert_eq!(
            and_list(&["Facebook", "Instagram"]),
            "Facebook and Instagram"
        );
        assert_eq!(
            and_list(&["a".to_string(), "b".to_string(), "c".to_string()]),
            "a, b and c"
        );
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(5733), "5,733");
        assert_eq!(thousands(u32::MAX), "4,294,967,295");
    }

    #[test]
    fn helpers_format_lists_and_numbers() {
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(thousands(5_733), "5,733");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}

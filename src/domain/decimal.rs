//! Decimal text to `f64`: the one way the app reads a number from text (a box the learner typed
//! in, a CSS length), instead of `str::parse::<f64>`.
//!
//! Why not the standard parser: it is exact for every input, and for that it carries a table of
//! 128-bit powers of five (10.4 KB, 9.4 KB brotli) and its code into whichever wasm uses it — the
//! main wasm, on every page's critical path, as soon as one page reads one number. What this app
//! reads has few digits, and for those this is exact too: a whole number below 2^53 multiplied or
//! divided by a power of ten up to 10^22, both exact in an `f64`, is one correctly rounded
//! operation (Clinger's fast path). So every input with at most 15 significant digits and a
//! decimal exponent within ±22 — every amount, count, percentage and length the app reads —
//! gives exactly what `str::parse::<f64>` gives (the tests compare them). Longer inputs are read
//! within a few units in the last place.

/// Powers of ten exact in an `f64` (10^0 … 10^22).
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// Largest whole number an `f64` holds exactly (2^53).
const EXACT_INTEGER_LIMIT: u64 = 1 << 53;
/// Significant digits kept in the `u64` (any 19 digits fit); later ones only scale the value.
const MAX_KEPT_DIGITS: u32 = 19;
/// Beyond this decimal exponent every `f64` is infinite or zero; also keeps the sum from
/// overflowing on an absurd exponent.
const EXPONENT_LIMIT: i64 = 400;

/// Reads `[+-]digits[.digits][(e|E)[+-]digits]`, where either side of the point may be empty but
/// not both (`"12"`, `"12.50"`, `".5"`, `"5."`, `"-3"`, `"1e3"`). `None` for anything else:
/// spaces, commas, currency signs, `"inf"` and `"NaN"` included — callers tidy their text first.
/// Like `str::parse::<f64>`, a value too large for an `f64` is infinite and one too small is 0.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = read_sign(bytes, &mut i);
    let mut mantissa: u64 = 0;
    let mut kept_digits: u32 = 0;
    // The power of ten the mantissa is to be scaled by.
    let mut exponent: i64 = 0;
    let mut any_digit = false;
    let mut after_point = false;
    while i < bytes.len() {
        match bytes[i] {
            d @ b'0'..=b'9' => {
                any_digit = true;
                let leading_zero = d == b'0' && mantissa == 0;
                if leading_zero {
                    // Not significant: only a zero after the point moves the value.
                    exponent -= i64::from(after_point);
                } else if kept_digits < MAX_KEPT_DIGITS {
                    mantissa = mantissa * 10 + u64::from(d - b'0');
                    kept_digits += 1;
                    exponent -= i64::from(after_point);
                } else if !after_point {
                    // A whole-number digit beyond those kept still multiplies the value by ten.
                    exponent += 1;
                }
            }
            b'.' if !after_point => after_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < bytes.len() {
        if !matches!(bytes[i], b'e' | b'E') {
            return None;
        }
        i += 1;
        let exponent_negative = read_sign(bytes, &mut i);
        let digits = &bytes[i..];
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let written = digits.iter().fold(0i64, |n, d| {
            (n * 10 + i64::from(d - b'0')).min(EXPONENT_LIMIT * 2)
        });
        exponent += if exponent_negative { -written } else { written };
    }
    let magnitude = scale(mantissa, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// Steps over a `+` or `-` at `bytes[*i]`, if there is one; true for `-`.
fn read_sign(bytes: &[u8], i: &mut usize) -> bool {
    match bytes.get(*i) {
        Some(&sign @ (b'-' | b'+')) => {
            *i += 1;
            sign == b'-'
        }
        _ => false,
    }
}

/// `mantissa × 10^exponent`, correctly rounded on the fast path.
fn scale(mantissa: u64, exponent: i64) -> f64 {
    if mantissa == 0 || exponent < -EXPONENT_LIMIT {
        return 0.0;
    }
    if exponent > EXPONENT_LIMIT {
        return f64::INFINITY;
    }
    let mut value = mantissa as f64;
    let fast = mantissa <= EXACT_INTEGER_LIMIT && exponent.unsigned_abs() <= 22;
    if fast {
        let power = EXACT_POWERS_OF_TEN[exponent.unsigned_abs() as usize];
        return if exponent < 0 {
            value / power
        } else {
            value * power
        };
    }
    // Longer inputs: a step of at most 10^22 at a time, each rounded once.
    let mut left = exponent;
    while left != 0 {
        let step = left.clamp(-22, 22);
        let power = EXACT_POWERS_OF_TEN[step.unsigned_abs() as usize];
        value = if step < 0 {
            value / power
        } else {
            value * power
        };
        left -= step;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so a failure names its input every time.
    struct Xorshift(u64);
    impl Xorshift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
        /// `count` digits from `lowest` to 9.
        fn digits(&mut self, count: usize, lowest: u8) -> String {
            let span = u64::from(10 - lowest);
            (0..count)
                .map(|_| char::from(b'0' + lowest + self.below(span) as u8))
                .collect()
        }
    }

    fn std_parse(text: &str) -> Option<f64> {
        text.parse::<f64>().ok()
    }

    #[test]
    fn reads_what_the_app_reads_exactly_as_the_standard_parser() {
        for text in [
            "0",
            "12",
            "12.50",
            "350",
            "1250.50",
            "99",
            ".5",
            "5.",
            "-3",
            "+3",
            "-0",
            "0.1",
            "0.2",
            "0.3",
            "2.675",
            "1.005",
            "33.333333",
            "12.5",
            "1.33333",
            "100",
            "9007199254740992",
            "4503599627370497",
            "000123.4500",
            "1e3",
            "1E-3",
            "2.5e+2",
            "0.000001",
            "123456789012345",
            "0.123456789012345",
            "7e22",
            "7e-22",
        ] {
            let ours = parse_decimal(text).unwrap_or_else(|| panic!("{text} not read"));
            assert_eq!(ours.to_bits(), std_parse(text).unwrap().to_bits(), "{text}");
        }
    }

    #[test]
    fn matches_the_standard_parser_bit_for_bit_up_to_fifteen_digits() {
        let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200_000 {
            let digits = 1 + rng.below(15) as usize;
            let mut text = rng.digits(digits, 0);
            let point = rng.below(digits as u64 + 2) as usize;
            if point <= digits {
                text.insert(point, '.');
            }
            if rng.below(4) == 0 {
                let e = rng.below(15) as i64 - 7;
                text.push_str(&format!("e{e}"));
            }
            if rng.below(5) == 0 {
                text.insert(0, '-');
            }
            let theirs = std_parse(&text).unwrap();
            let ours = parse_decimal(&text).unwrap_or_else(|| panic!("{text} not read"));
            assert_eq!(
                ours.to_bits(),
                theirs.to_bits(),
                "{text}: {ours} vs {theirs}"
            );
        }
    }

    #[test]
    fn longer_inputs_are_within_a_few_units_in_the_last_place() {
        let mut rng = Xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..50_000 {
            let digits = 16 + rng.below(25) as usize;
            let mut text = rng.digits(digits, 1);
            text.insert(rng.below(digits as u64) as usize, '.');
            let e = rng.below(200) as i64 - 100;
            text.push_str(&format!("e{e}"));
            let theirs = std_parse(&text).unwrap();
            let ours = parse_decimal(&text).unwrap();
            let ulps = (ours.to_bits() as i64 - theirs.to_bits() as i64).abs();
            assert!(ulps <= 4, "{text}: {ours} vs {theirs} ({ulps} ulps)");
        }
    }

    #[test]
    fn too_large_is_infinite_and_too_small_is_zero_as_with_the_standard_parser() {
        let nines = "9".repeat(500);
        for text in [
            "1e400",
            "1e-400",
            "-1e400",
            &nines,
            "1e999999999999999999999",
            "0e999",
        ] {
            assert_eq!(parse_decimal(text), std_parse(text), "{text}");
        }
        assert_eq!(parse_decimal("1e-400").map(f64::to_bits), Some(0));
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for text in [
            "", ".", "-", "+", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "1px", "inf", "-inf",
            "infinity", "NaN", "nan", "0x10", "1_000", "£5", "5%", "--1", "+-1", "1e5.5", "١٢",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }
}

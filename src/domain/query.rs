//! The URL query codec (`application/x-www-form-urlencoded`) of the state the tools keep in the
//! address: the platform explorer's view and the audience persona.
//!
//! Its own few lines rather than the `form_urlencoded` crate: decoding here is strict (a broken
//! `%`-escape or invalid UTF-8 is an error that names the key, so a damaged persona link is
//! refused with a message instead of being read as something else), and encoding escapes
//! everything but RFC 3986's unreserved characters, so a link survives being pasted anywhere.

use crate::content::text::recommender as t;
/// Longest query read: anything longer is not one the app wrote.
pub const QUERY_MAX_BYTES: usize = 2_048;

/// `key=value` pairs of a query string (a leading `?` is allowed), values still encoded.
pub fn pairs(q: &str) -> impl Iterator<Item = (&str, &str)> {
    let q = q.strip_prefix('?').unwrap_or(q);
    q.split('&')
        .filter(|s| !s.is_empty())
        .map(|kv| kv.split_once('=').unwrap_or((kv, "")))
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (space); errors on a broken escape or invalid UTF-8.
pub fn decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                out.push(hex_pair(bytes.get(i + 1..i + 3)).ok_or(t::BROKEN_ESCAPE)?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| t::NOT_UTF8.to_string())
}

fn hex_pair(pair: Option<&[u8]>) -> Option<u8> {
    let text = std::str::from_utf8(pair?).ok()?;
    if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u8::from_str_radix(text, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_split_on_ampersands_and_the_first_equals() {
        let got: Vec<_> = pairs("?a=1&&b=x=y&c").collect();
        assert_eq!(got, [("a", "1"), ("b", "x=y"), ("c", "")]);
    }

    #[test]
    fn encoding_round_trips_any_text() {
        for text in ["Crumb & Co.", "café 100% ☕", "a+b=c?d#e", "", "~-_."] {
            assert_eq!(decode(&encode(text)).as_deref(), Ok(text), "{text}");
        }
        assert_eq!(encode("a b&c"), "a%20b%26c");
    }

    #[test]
    fn hostile_escapes_are_errors_not_guesses() {
        assert_eq!(decode("a+b").as_deref(), Ok("a b"));
        for broken in ["%", "%4", "%zz", "%+1", "%C3", "%FF%FE"] {
            assert!(decode(broken).is_err(), "{broken}");
        }
    }
}

//! The language the course is built in. Each build holds one language (`--features fr` builds the
//! French edition, served under `/fr/`), so neither language's text ever lands in the other's
//! download; README "Languages" says why. Code that writes words or numbers asks `LANG`, and the
//! rules that differ between the languages live here and in `wording`, each tested for both.

/// A language of the course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

/// The language of this build.
pub const LANG: Lang = if cfg!(feature = "fr") {
    Lang::Fr
} else {
    Lang::En
};

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code: `lang` attributes, `hreflang`, the stored preference.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language named in itself, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// The language with this code (`"fr"`, `"fr-CA"`, `"FR"`), if it is one of the course's.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Whether a count of `n` takes the singular: English says "0 lessons", French « 0 leçon ».
    pub fn is_singular(self, n: u64) -> bool {
        match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        }
    }
}

/// Whether a count of `n` takes the singular in this build's language. Texts with a count come
/// in pairs, `…_one` and `…_other`, and the code picks one with this.
pub fn is_singular(n: u64) -> bool {
    LANG.is_singular(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regions_are_ignored() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("FR_be"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn zero_is_singular_in_french_only() {
        assert!(!Lang::En.is_singular(0));
        assert!(Lang::En.is_singular(1));
        assert!(!Lang::En.is_singular(2));
        assert!(Lang::Fr.is_singular(0));
        assert!(Lang::Fr.is_singular(1));
        assert!(!Lang::Fr.is_singular(2));
    }
}

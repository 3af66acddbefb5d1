//! The language the course is built in. Each build holds one language (`--features fr` builds the
//! French edition, served under `/fr/`), so neither language's text ever lands in the other's
//! download; README "Languages" says why. Code that writes words or numbers asks `LANG`, and the
//! rules that differ between the languages live here and in `wording`, each tested for both.

use serde::{Deserialize, Serialize};

/// A language of the course. Stored as its code (`"fr"`) when the learner chooses one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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

    /// The course's other language: where the language switch leads.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
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

/// The language a visitor gets on the home page: the one they chose, else the first of the
/// browser's languages (`navigator.languages`, most wanted first) that the course has, else this
/// build's.
pub fn preferred(chosen: Option<Lang>, browser: &[String]) -> Lang {
    chosen
        .or_else(|| browser.iter().find_map(|code| Lang::from_code(code)))
        .unwrap_or(LANG)
}

/// The base path of the `to` edition, from this build's base (no trailing slash: `""`,
/// `"/course"`, `"/fr"`, `"/course/fr"`): French lives in `FRENCH_FOLDER` under the English base.
pub fn edition_base(base: &str, from: Lang, to: Lang) -> String {
    let folder = format!("/{}", crate::contracts::FRENCH_FOLDER);
    let english = match from {
        Lang::En => base,
        Lang::Fr => base.strip_suffix(folder.as_str()).unwrap_or(base),
    };
    match to {
        Lang::En => english.to_string(),
        Lang::Fr => format!("{english}{folder}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_beats_the_browser_and_the_browser_beats_the_build() {
        let browser = |codes: &[&str]| codes.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(preferred(Some(Lang::Fr), &browser(&["en-US"])), Lang::Fr);
        assert_eq!(preferred(Some(Lang::En), &browser(&["fr-FR"])), Lang::En);
        assert_eq!(
            preferred(None, &browser(&["de-DE", "fr-CH", "en"])),
            Lang::Fr
        );
        assert_eq!(preferred(None, &browser(&["en-GB", "fr"])), Lang::En);
        assert_eq!(preferred(None, &browser(&["de", "es"])), LANG);
        assert_eq!(preferred(None, &[]), LANG);
    }

    #[test]
    fn each_edition_finds_the_others_base() {
        assert_eq!(edition_base("", Lang::En, Lang::Fr), "/fr");
        assert_eq!(edition_base("/course", Lang::En, Lang::Fr), "/course/fr");
        assert_eq!(edition_base("/fr", Lang::Fr, Lang::En), "");
        assert_eq!(edition_base("/course/fr", Lang::Fr, Lang::En), "/course");
        assert_eq!(edition_base("/course/fr", Lang::Fr, Lang::Fr), "/course/fr");
        assert_eq!(edition_base("/course", Lang::En, Lang::En), "/course");
    }

    #[test]
    fn the_stored_form_is_the_code() {
        for l in Lang::ALL {
            assert_eq!(
                serde_json::to_string(&l).unwrap(),
                format!("\"{}\"", l.code())
            );
        }
        assert!(serde_json::from_str::<Lang>("\"de\"").is_err());
        assert_eq!(Lang::En.other(), Lang::Fr);
        assert_eq!(Lang::Fr.other(), Lang::En);
    }

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

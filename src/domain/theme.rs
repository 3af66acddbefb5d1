//! The colour theme the learner chose.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Follow the operating system's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    /// The value of `data-theme` on `<html>`; `None` lets the CSS media query decide.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            ThemeChoice::System => None,
            ThemeChoice::Light => Some("light"),
            ThemeChoice::Dark => Some("dark"),
        }
    }

    /// The choice after this one when the learner presses the theme button, given whether the
    /// system is dark now. The cycle always changes what the learner sees on the first press.
    pub fn next(self, system_is_dark: bool) -> ThemeChoice {
        match (self, system_is_dark) {
            (ThemeChoice::System, true) => ThemeChoice::Light,
            (ThemeChoice::System, false) => ThemeChoice::Dark,
            (ThemeChoice::Light, _) => ThemeChoice::Dark,
            (ThemeChoice::Dark, _) => ThemeChoice::Light,
        }
    }

    pub fn is_dark(self, system_is_dark: bool) -> bool {
        match self {
            ThemeChoice::System => system_is_dark,
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_press_always_changes_what_is_shown() {
        for dark in [true, false] {
            let next = ThemeChoice::System.next(dark);
            assert_ne!(next.is_dark(dark), ThemeChoice::System.is_dark(dark));
        }
        assert_eq!(ThemeChoice::Dark.next(true), ThemeChoice::Light);
        assert_eq!(ThemeChoice::Light.next(true), ThemeChoice::Dark);
    }

    #[test]
    fn stored_form_is_a_plain_word() {
        assert_eq!(
            serde_json::to_string(&ThemeChoice::Dark).unwrap(),
            "\"dark\""
        );
        assert_eq!(
            serde_json::from_str::<ThemeChoice>("\"light\"").unwrap(),
            ThemeChoice::Light
        );
        assert!(serde_json::from_str::<ThemeChoice>("\"purple\"").is_err());
        assert_eq!(ThemeChoice::System.attribute(), None);
    }
}

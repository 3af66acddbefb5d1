//! The social networks the workbook tools know about.
//!
//! Stored by slug (`"facebook"`, `"x"`, …). [`Network::parse`] also accepts the names learners and
//! other modules tend to use ("Twitter", "X (Twitter)", "LinkedIn", …), case-insensitively.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    Facebook,
    Instagram,
    #[serde(alias = "twitter")]
    X,
    #[serde(rename = "tiktok")]
    TikTok,
    #[serde(rename = "linkedin")]
    LinkedIn,
    Pinterest,
    #[serde(rename = "youtube")]
    YouTube,
}

impl Network {
    pub const ALL: [Network; 7] = [
        Network::Facebook,
        Network::Instagram,
        Network::X,
        Network::TikTok,
        Network::LinkedIn,
        Network::Pinterest,
        Network::YouTube,
    ];

    /// Stable short name, used in stored data.
    pub fn slug(self) -> &'static str {
        match self {
            Network::Facebook => "facebook",
            Network::Instagram => "instagram",
            Network::X => "x",
            Network::TikTok => "tiktok",
            Network::LinkedIn => "linkedin",
            Network::Pinterest => "pinterest",
            Network::YouTube => "youtube",
        }
    }

    /// The name shown to learners.
    pub fn label(self) -> &'static str {
        match self {
            Network::Facebook => "Facebook",
            Network::Instagram => "Instagram",
            Network::X => "X (Twitter)",
            Network::TikTok => "TikTok",
            Network::LinkedIn => "LinkedIn",
            Network::Pinterest => "Pinterest",
            Network::YouTube => "YouTube",
        }
    }

    /// A slug or a common name, in any case: `"x"`, `"Twitter"`, `"X (Twitter)"`, `"x-twitter"`,
    /// `"LinkedIn"`, `"Youtube"`. `None` for anything else.
    pub fn parse(s: &str) -> Option<Network> {
        let key: String = s
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        match key.as_str() {
            "facebook" | "fb" => Some(Network::Facebook),
            "instagram" | "ig" => Some(Network::Instagram),
            "x" | "twitter" | "xtwitter" => Some(Network::X),
            "tiktok" => Some(Network::TikTok),
            "linkedin" => Some(Network::LinkedIn),
            "pinterest" => Some(Network::Pinterest),
            "youtube" => Some(Network::YouTube),
            _ => None,
        }
    }

    /// The words that name this network inside free text (lowercase, whole words).
    pub(crate) fn mention_words(self) -> &'static [&'static str] {
        match self {
            Network::Facebook => &["facebook", "fb"],
            Network::Instagram => &["instagram", "insta", "ig", "reels", "reel"],
            Network::X => &["twitter", "tweet", "tweets"],
            Network::TikTok => &["tiktok"],
            Network::LinkedIn => &["linkedin"],
            Network::Pinterest => &["pinterest", "pins", "pin"],
            Network::YouTube => &["youtube", "shorts"],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_names_parse() {
        for n in Network::ALL {
            assert_eq!(Network::parse(n.slug()), Some(n));
            assert_eq!(Network::parse(n.label()), Some(n));
        }
        assert_eq!(Network::parse("Twitter"), Some(Network::X));
        assert_eq!(Network::parse("x-twitter"), Some(Network::X));
        assert_eq!(Network::parse(" LinkedIn "), Some(Network::LinkedIn));
        assert_eq!(Network::parse("myspace"), None);
        assert_eq!(Network::parse(""), None);
    }

    #[test]
    fn serde_uses_slugs() {
        for n in Network::ALL {
            let json = serde_json::to_string(&n).unwrap();
            assert_eq!(json, format!("\"{}\"", n.slug()));
            assert_eq!(serde_json::from_str::<Network>(&json).unwrap(), n);
        }
        assert_eq!(
            serde_json::from_str::<Network>("\"twitter\"").unwrap(),
            Network::X
        );
    }
}

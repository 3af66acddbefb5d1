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

    /// The networks among the learner's chosen platforms (platform slugs, in the learner's
    /// order), without repeats; platforms the workbook does not know (WhatsApp, …) are skipped.
    pub fn chosen(chosen_platforms: &[String]) -> Vec<Network> {
        let mut out: Vec<Network> = Vec::new();
        for n in chosen_platforms.iter().filter_map(|s| Network::parse(s)) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    /// Every network, the learner's chosen ones first (in their order), for a platform menu.
    pub fn chosen_first(chosen_platforms: &[String]) -> Vec<Network> {
        let mut out = Network::chosen(chosen_platforms);
        let rest: Vec<Network> = Network::ALL
            .into_iter()
            .filter(|n| !out.contains(n))
            .collect();
        out.extend(rest);
        out
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
    fn chosen_platforms_come_first_and_unknown_ones_are_skipped() {
        let chosen: Vec<String> = ["whatsapp", "instagram", "facebook", "instagram"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            Network::chosen(&chosen),
            vec![Network::Instagram, Network::Facebook]
        );
        let menu = Network::chosen_first(&chosen);
        assert_eq!(menu.len(), Network::ALL.len());
        assert_eq!(
            &menu[..3],
            &[Network::Instagram, Network::Facebook, Network::X]
        );
        assert_eq!(Network::chosen_first(&[]), Network::ALL.to_vec());
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

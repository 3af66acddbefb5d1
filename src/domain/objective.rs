//! The marketing objectives the course, the recommender and the workbook share.

use crate::content::text::audience as t;
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum MarketingObjective {
    #[default]
    Awareness,
    Community,
    Traffic,
    Leads,
    Sales,
}

impl MarketingObjective {
    pub const ALL: [MarketingObjective; 5] = [
        MarketingObjective::Awareness,
        MarketingObjective::Community,
        MarketingObjective::Traffic,
        MarketingObjective::Leads,
        MarketingObjective::Sales,
    ];

    /// Stable short name, used in URLs and stored data.
    pub fn slug(self) -> &'static str {
        match self {
            MarketingObjective::Awareness => "awareness",
            MarketingObjective::Community => "community",
            MarketingObjective::Traffic => "traffic",
            MarketingObjective::Leads => "leads",
            MarketingObjective::Sales => "sales",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            MarketingObjective::Awareness => t::OBJECTIVE_AWARENESS,
            MarketingObjective::Community => t::OBJECTIVE_COMMUNITY,
            MarketingObjective::Traffic => t::OBJECTIVE_TRAFFIC,
            MarketingObjective::Leads => t::OBJECTIVE_LEADS,
            MarketingObjective::Sales => t::OBJECTIVE_SALES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for o in MarketingObjective::ALL {
            assert_eq!(MarketingObjective::from_slug(o.slug()), Some(o));
        }
        assert_eq!(MarketingObjective::from_slug("fame"), None);
    }
}

//! The audience a learner describes (`Persona`) and the edits the form makes to it. Separate
//! because every other file reads a persona and none of them changes its shape.

use crate::content::text::audience as t;
use serde::{Deserialize, Serialize};

use crate::content::platforms::{AgeBand, Community, ContentFormat, Education, Gender, Market};
use crate::domain::objective::MarketingObjective;

/// Longest persona name accepted from a URL, in characters.
pub const NAME_MAX_CHARS: usize = 80;
/// Hours in a week: the most time a persona can have.
pub const MAX_HOURS_PER_WEEK: u8 = 168;

/// Whether the audience leans towards one gender.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GenderSkew {
    #[default]
    Any,
    MostlyWomen,
    MostlyMen,
}

impl GenderSkew {
    pub const ALL: [GenderSkew; 3] = [
        GenderSkew::Any,
        GenderSkew::MostlyWomen,
        GenderSkew::MostlyMen,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            GenderSkew::Any => "any",
            GenderSkew::MostlyWomen => "mostly-women",
            GenderSkew::MostlyMen => "mostly-men",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            GenderSkew::Any => t::GENDER_ANY,
            GenderSkew::MostlyWomen => t::GENDER_MOSTLY_WOMEN,
            GenderSkew::MostlyMen => t::GENDER_MOSTLY_MEN,
        }
    }

    /// The gender whose published figures apply, if the audience leans one way.
    pub fn gender(self) -> Option<Gender> {
        match self {
            GenderSkew::Any => None,
            GenderSkew::MostlyWomen => Some(Gender::Women),
            GenderSkew::MostlyMen => Some(Gender::Men),
        }
    }
}

/// The audience and the resources of the person doing the marketing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Persona {
    pub name: String,
    pub market: Market,
    /// Age bands the audience falls in; empty means any age.
    pub ages: Vec<AgeBand>,
    pub gender: GenderSkew,
    /// `None`: any education.
    pub education: Option<Education>,
    /// `None`: any community type.
    pub community: Option<Community>,
    /// Formats the audience consumes; empty means no preference.
    pub formats: Vec<ContentFormat>,
    pub objective: MarketingObjective,
    pub hours_per_week: u8,
    /// Money available each week for paid reach, in any currency; only zero or not matters.
    pub weekly_budget: u32,
}

impl Default for Persona {
    fn default() -> Self {
        Persona {
            name: String::new(),
            market: Market::default(),
            ages: Vec::new(),
            gender: GenderSkew::default(),
            education: None,
            community: None,
            formats: Vec::new(),
            objective: MarketingObjective::default(),
            hours_per_week: 3,
            weekly_budget: 0,
        }
    }
}

impl Persona {
    /// Ticks or unticks an age band, keeping the bands in age order.
    pub fn set_age(&mut self, band: AgeBand, on: bool) {
        set_in_order(&mut self.ages, &AgeBand::ALL, band, on);
    }

    /// Ticks or unticks a format, keeping the formats in the order of [`ContentFormat::ALL`].
    pub fn set_format(&mut self, format: ContentFormat, on: bool) {
        set_in_order(&mut self.formats, &ContentFormat::ALL, format, on);
    }
}

/// Adds `item` to `list` (once) or removes it; the list follows the order of `all`.
fn set_in_order<T: Copy + PartialEq>(list: &mut Vec<T>, all: &[T], item: T, on: bool) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
        let rank = |x: &T| all.iter().position(|a| a == x);
        crate::domain::sort::sort_by(list, &|a, b| rank(a).cmp(&rank(b)));
    }
}

/// Checks a persona name: at most [`NAME_MAX_CHARS`] characters, no control characters.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(crate::content::text::recommender::name_too_long(
            NAME_MAX_CHARS,
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(crate::content::text::recommender::NAME_CONTROL_CHARACTERS.to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::recommender::test_support::*;

    #[test]
    fn persona_survives_json() {
        let p = local_food(Community::Rural);
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"community\":\"rural\""));
        assert_eq!(serde_json::from_str::<Persona>(&json).unwrap(), p);
        assert_eq!(
            serde_json::from_str::<Persona>("{}").unwrap(),
            Persona::default()
        );
    }

    #[test]
    fn ticking_bands_and_formats_keeps_them_once_and_in_order() {
        let mut p = Persona::default();
        p.set_age(AgeBand::From65, true);
        p.set_age(AgeBand::From18To29, true);
        p.set_age(AgeBand::From65, true);
        assert_eq!(p.ages, [AgeBand::From18To29, AgeBand::From65]);
        p.set_age(AgeBand::From18To29, false);
        p.set_age(AgeBand::From30To49, false);
        assert_eq!(p.ages, [AgeBand::From65]);
        p.set_format(ContentFormat::Links, true);
        p.set_format(ContentFormat::ShortVideo, true);
        assert_eq!(p.formats, [ContentFormat::ShortVideo, ContentFormat::Links]);
    }
}

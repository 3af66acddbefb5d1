//! The answer in plain words above the ranking: where to start, given the learner's hours. Separate
//! because it reads a finished `Ranking` and adds advice, not scores.

use super::{GenderSkew, Persona, Ranking, Recommendation};
use crate::content::platforms::{Effort, Fit, Platform};
use crate::content::text::recommender as t;

/// Whether the learner has said anything about who the audience is (an age band, gender,
/// education, community type or format). Until then there is nothing to rank: every platform
/// would be ordered by its size alone.
pub fn is_described(p: &Persona) -> bool {
    !p.ages.is_empty()
        || p.gender != GenderSkew::Any
        || p.education.is_some()
        || p.community.is_some()
        || !p.formats.is_empty()
}

/// A platform scoring at least this share of the top score is a fair place to start.
const NEAR_TOP_PERCENT: u16 = 75;

/// What to do first, in an owner's words: where to start given the hours, and what to add later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlainAnswer {
    pub start: Platform,
    pub later: Option<Platform>,
    /// "With 2 hours a week, start with Instagram only. …"
    pub text: String,
}

/// The plain-language answer for `persona` from its `ranking`: the platform to start with (the
/// best-scoring one the hours can keep going, among those near the top), and the one to add once
/// the first is a habit. No figures: those stay with the ranking's reasons. `None` for an empty
/// ranking.
pub fn plain_answer(persona: &Persona, ranking: &Ranking) -> Option<PlainAnswer> {
    let top = ranking.entries.first()?;
    let hours = persona.hours_per_week;
    let need = |r: &Recommendation| r.data.effort.hours_per_week();
    let near: Vec<&Recommendation> = ranking
        .entries
        .iter()
        .filter(|r| {
            u16::from(r.score) * 100 >= u16::from(top.score) * NEAR_TOP_PERCENT
                && r.data.fit(persona.market) != Fit::Weak
        })
        .collect();
    // A medium-effort platform can be run small on fewer hours; a high-effort one (frequent
    // video, real-time talk) cannot, so with too few hours the first near-top platform that
    // can be scaled down comes first.
    let can_run = |r: &&Recommendation| need(r) <= hours.max(Effort::Medium.hours_per_week());
    let start = near.iter().copied().find(can_run).unwrap_or(top);
    let later = near
        .iter()
        .copied()
        .chain(&ranking.entries)
        .find(|r| r.data.platform != start.data.platform);
    let name = start.data.name();
    let full = need(start);
    let hours_text = match hours {
        1 => t::ONE_HOUR.to_string(),
        h => t::hours(h),
    };
    let (mut text, later) = if hours == 0 {
        let text = t::no_time(name);
        (text, None)
    } else if hours < full {
        let posts = match hours {
            1 => t::ONCE_A_WEEK,
            2 => t::TWICE_A_WEEK,
            _ => t::THREE_TIMES_A_WEEK,
        };
        let text = t::start_small(&hours_text, name, full, posts);
        (text, later)
    } else {
        match later {
            Some(l) if full + need(l) <= hours => {
                let text = t::run_both(&hours_text, name, full, l.data.name(), need(l));
                (text, None)
            }
            _ => {
                let text = t::start_with(&hours_text, name, full);
                (text, later)
            }
        }
    };
    if let Some(l) = later {
        text.push_str(&t::add_later(l.data.name(), name, need(l)));
    }
    Some(PlainAnswer {
        start: start.data.platform,
        later: later.map(|l| l.data.platform),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::super::rank;
    use super::*;
    use crate::content::platforms::Community;
    use crate::domain::recommender::test_support::*;

    #[test]
    fn nothing_is_ranked_until_the_audience_is_described() {
        assert!(!is_described(&Persona::default()));
        let named = Persona {
            name: "Pawfect".into(),
            hours_per_week: 2,
            ..Persona::default()
        };
        assert!(
            !is_described(&named),
            "a name and hours say nothing about who"
        );
        assert!(is_described(&dog_groomer()));
        assert!(is_described(&Persona {
            community: Some(Community::Rural),
            ..Persona::default()
        }));
    }

    #[test]
    fn the_plain_answer_respects_a_dog_groomers_two_hours() {
        let p = dog_groomer();
        let a = plain_answer(&p, &rank(&p)).unwrap();
        assert!(
            matches!(a.start, Platform::Instagram | Platform::Facebook),
            "{a:?}"
        );
        assert!(
            a.text.starts_with(&format!(
                "With 2 hours a week, start with {} only.",
                a.start.name()
            )),
            "{}",
            a.text
        );
        assert!(a.text.contains("post twice a week"), "{}", a.text);
        let later = a.later.expect("something to add later");
        assert_ne!(later, a.start);
        assert!(
            a.text.contains(&format!("Add {} when", later.name())),
            "{}",
            a.text
        );
        // Never a platform that needs seven hours a week as the start for two.
        assert_ne!(a.start, Platform::YouTube);
        assert!(
            !a.text.contains('%'),
            "no figures in the plain answer: {}",
            a.text
        );
    }

    #[test]
    fn the_plain_answer_for_a_cafe_with_five_hours() {
        let p = cafe();
        let a = plain_answer(&p, &rank(&p)).unwrap();
        assert!(
            matches!(a.start, Platform::Instagram | Platform::Facebook),
            "{a:?}"
        );
        assert!(
            a.text.starts_with("With 5 hours a week, start with"),
            "{}",
            a.text
        );
        assert!(a.later.is_some(), "{a:?}");
        assert!(!a.text.contains('%'), "{}", a.text);
    }

    #[test]
    fn the_plain_answer_for_a_b2b_consultant_with_four_hours() {
        let p = consultant();
        let a = plain_answer(&p, &rank(&p)).unwrap();
        assert_eq!(a.start, Platform::LinkedIn, "{a:?}");
        assert!(
            a.text
                .starts_with("With 4 hours a week, start with LinkedIn:"),
            "{}",
            a.text
        );
        assert!(!a.text.contains('%'), "{}", a.text);
        // No hours at all: say so first.
        let none = Persona {
            hours_per_week: 0,
            ..p
        };
        let a = plain_answer(&none, &rank(&none)).unwrap();
        assert!(
            a.text.starts_with("Set aside some time first"),
            "{}",
            a.text
        );
        assert_eq!(a.later, None);
    }
}

//! Fixtures and builders shared by the tests of this module's files.

use super::{GenderSkew, Persona, Ranking};
use crate::content::platforms::{AgeBand, Community, ContentFormat, Education, Market, Platform};
use crate::domain::objective::MarketingObjective;

pub(super) fn persona(market: Market, ages: &[AgeBand], objective: MarketingObjective) -> Persona {
    Persona {
        market,
        ages: ages.to_vec(),
        objective,
        ..Persona::default()
    }
}

/// A local dog groomer: pet owners aged 30–64, mostly women, in the suburbs, who like
/// photos and short clips; wants bookings; 2 hours a week, no ad budget.
pub(super) fn dog_groomer() -> Persona {
    Persona {
        name: "Dog owners nearby".into(),
        gender: GenderSkew::MostlyWomen,
        community: Some(Community::Suburban),
        formats: vec![ContentFormat::Images, ContentFormat::ShortVideo],
        hours_per_week: 2,
        ..persona(
            Market::B2c,
            &[AgeBand::From30To49, AgeBand::From50To64],
            MarketingObjective::Sales,
        )
    }
}

/// A town-centre café: locals of every age in a city, photos and stories; 5 hours a week.
pub(super) fn cafe() -> Persona {
    Persona {
        community: Some(Community::Urban),
        formats: vec![ContentFormat::Images, ContentFormat::Stories],
        hours_per_week: 5,
        ..persona(Market::B2c, &[], MarketingObjective::Community)
    }
}

/// A B2B consultant: managers with degrees, text and links; leads; 4 hours a week.
pub(super) fn consultant() -> Persona {
    Persona {
        education: Some(Education::CollegePlus),
        formats: vec![ContentFormat::Text, ContentFormat::Links],
        hours_per_week: 4,
        ..persona(
            Market::B2b,
            &[AgeBand::From30To49],
            MarketingObjective::Leads,
        )
    }
}

pub(super) fn position(r: &Ranking, p: Platform) -> usize {
    r.entries.iter().position(|e| e.data.platform == p).unwrap()
}

pub(super) fn top(r: &Ranking, n: usize) -> Vec<Platform> {
    r.entries.iter().take(n).map(|e| e.data.platform).collect()
}

/// A B2B service selling to professionals. Evidence: 53% of college graduates and 40% of
/// 30–49-year-olds use LinkedIn (Pew 2023), the only platform built for work.
pub(super) fn professional() -> Persona {
    Persona {
        education: Some(Education::CollegePlus),
        formats: vec![ContentFormat::Text, ContentFormat::Links],
        hours_per_week: 4,
        weekly_budget: 200,
        ..persona(
            Market::B2b,
            &[AgeBand::From30To49],
            MarketingObjective::Leads,
        )
    }
}

/// Mostly over 65. Evidence: YouTube 60% and Facebook 58% of 65+; TikTok 10%, Snapchat 4%.
pub(super) fn seniors() -> Persona {
    Persona {
        hours_per_week: 5,
        ..persona(
            Market::B2c,
            &[AgeBand::From65],
            MarketingObjective::Awareness,
        )
    }
}

/// Young and visual. Evidence: 18–29s use YouTube 93%, Instagram 78%, Snapchat 65%, TikTok 62%,
/// LinkedIn 32%.
pub(super) fn young_visual() -> Persona {
    Persona {
        formats: vec![ContentFormat::ShortVideo, ContentFormat::Images],
        hours_per_week: 6,
        ..persona(
            Market::B2c,
            &[AgeBand::From18To29],
            MarketingObjective::Awareness,
        )
    }
}

/// A local bakery or café. Evidence: Facebook reaches 68% of suburban and 70% of rural adults,
/// second only to YouTube, and is built around groups and local community.
pub(super) fn local_food(community: Community) -> Persona {
    Persona {
        name: "Crumb & Co.".to_string(),
        community: Some(community),
        formats: vec![ContentFormat::Images, ContentFormat::ShortVideo],
        hours_per_week: 4,
        ..persona(Market::B2c, &[], MarketingObjective::Community)
    }
}

pub(super) fn sample_personas() -> Vec<Persona> {
    let mut out = vec![professional(), seniors(), young_visual()];
    out.push(local_food(Community::Suburban));
    out.push(local_food(Community::Rural));
    out.push(Persona {
        gender: GenderSkew::MostlyWomen,
        ..young_visual()
    });
    out.push(Persona {
        gender: GenderSkew::MostlyMen,
        education: Some(Education::HsOrLess),
        community: Some(Community::Urban),
        ..persona(
            Market::B2c,
            &[AgeBand::From30To49, AgeBand::From50To64],
            MarketingObjective::Sales,
        )
    });
    out.push(Persona::default());
    out
}

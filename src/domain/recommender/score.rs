//! Which platforms suit a persona, and why: a transparent score built only from published figures.
//!
//! [`rank`] scores every platform in [`PLATFORMS`] from 0 to 100 for a [`Persona`], explains each
//! score in plain sentences that quote the data with its source and year, names the main caution
//! per platform and says how far to trust the whole ranking ([`Confidence`]).
//!
//! # How the score is built
//!
//! `score = 100 × relative_reach × (FIT_FLOOR + (1 − FIT_FLOOR) × fit)`
//!
//! * **Reach** comes first because a platform the audience does not use cannot work, whatever
//!   else is true. It starts from the Pew 2023 share for the persona's age bands (their plain
//!   mean, or all adults when no band or every band is chosen) and is multiplied by a *lift* for
//!   each other trait chosen (education, community type, gender where published): the group's
//!   share divided by the share for everyone. That treats the traits as independent, which they
//!   are not, so the result is an **index for ordering only**; it is never shown as a percentage,
//!   and the [`Confidence`] says so whenever two or more traits are combined. The index is then
//!   divided by the best index of any platform (`relative_reach`, 0–1), so the best-reaching
//!   platform for this audience is the yardstick.
//! * **Fit** (0–1) is a weighted mean of course judgements about the platform, each explained in
//!   its reasons: objective ([`W_OBJECTIVE`]), B2B/B2C market ([`W_MARKET`]), content formats
//!   ([`W_FORMATS`]) and effort against the time available ([`W_EFFORT`]). When the objective is
//!   awareness, a fifth judgement joins them, **organic reach** ([`W_ORGANIC`]): how far an
//!   unknown account's posts travel on the platform without paying, read from the median
//!   engagement-rate benchmark in the data (Rival IQ, 2024 report) on a log scale; a platform
//!   without a benchmark counts as neutral. The weights are then divided by `1 + W_ORGANIC`, so
//!   fit stays between 0 and 1. Being used by many people is reach; being *shown* to them when
//!   nobody follows you yet is what awareness needs.
//! * A platform that carries **none** of the formats the audience consumes gets no fit at all:
//!   text-and-link content cannot be posted to a video-only platform, however well it fits
//!   otherwise.
//! * Fit **multiplies** reach rather than adding to it: a perfect fit keeps all of a platform's
//!   reach, no fit at all keeps [`FIT_FLOOR`] of it (being where the audience is still counts).
//!   So a good fit can lift a platform past a bigger one, but cannot make up for an audience that
//!   is mostly not there.
//!
//! Nothing here forecasts results: the score compares platforms for one persona.
//!
//! This file computes the numbers; the sentences that explain them are in `reasons`.

use crate::content::text::recommender as t;
use std::cmp::Ordering;

use super::reasons::{caution, confidence, fit_reasons, reach_reasons};
use super::Persona;
use crate::content::platforms::{
    AgeBand, Community, ContentFormat, Education, Fit, Gender, Market, PlatformData, Share, Source,
    PLATFORMS,
};
use crate::domain::objective::MarketingObjective;

/// Weight of "does the platform serve the main objective": the objective decides what success
/// means, so it is the largest single judgement.
pub const W_OBJECTIVE: f64 = 0.35;
/// Weight of B2B/B2C fit: the mindset people bring to a platform (work or leisure) decides
/// whether they welcome a business message at all.
pub const W_MARKET: f64 = 0.30;
/// Weight of format match: formats can be learned, so a mismatch costs less than a wrong market.
pub const W_FORMATS: f64 = 0.20;
/// Weight of effort against hours: a platform that cannot be sustained fails slowly, but time
/// can be found or bought, so it weighs least.
pub const W_EFFORT: f64 = 0.15;
/// Weight of organic reach, counted only when the objective is awareness: a brand nobody knows
/// needs a platform that shows its posts beyond its followers. As large as the objective's weight,
/// because for awareness it decides whether the objective can be met without paying.
pub const W_ORGANIC: f64 = 0.35;
/// Organic reach of a platform with no benchmark in the data: neither for nor against.
const ORGANIC_NEUTRAL: f64 = 0.5;
/// Orders of magnitude of engagement rate that span organic reach from 1 down to 0.
const ORGANIC_DECADES: f64 = 2.0;
/// Share of its reach a platform keeps with no fit at all.
pub const FIT_FLOOR: f64 = 0.2;

/// With a budget, paid reach can stand in for this fraction of the posting time a platform needs.
const BUDGET_EFFORT_CREDIT: f64 = 0.25;

/// Whether a reason counts for or against the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    For,
    Against,
    Neutral,
}

/// One plain-language sentence behind a score. Sentences quoting a figure name its source and
/// year in the text and carry the source; judgements say "course judgement" and carry none.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub text: String,
    pub tone: Tone,
    pub source: Option<&'static Source>,
}

/// The parts of a score, each from 0 to 1, for a "why this score" view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreBreakdown {
    /// Reach index divided by the best platform's.
    pub relative_reach: f64,
    pub objective: f64,
    pub market: f64,
    pub formats: f64,
    pub effort: f64,
    /// How far posts travel beyond followers (0–1); `Some` only when the objective is awareness.
    pub organic: Option<f64>,
    /// The weighted mean of the judgements.
    pub fit: f64,
}

/// One platform's place in a ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub data: &'static PlatformData,
    /// 0–100, comparable only within one ranking.
    pub score: u8,
    pub breakdown: ScoreBreakdown,
    /// Audience figures first, then judgements.
    pub reasons: Vec<Reason>,
    /// The main thing to watch out for on this platform, for this persona.
    pub caution: Reason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ConfidenceLevel {
    Low,
    Medium,
    High,
}

/// How far to trust a ranking as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Confidence {
    pub level: ConfidenceLevel,
    pub summary: String,
    /// Caveats to show with the ranking, most specific first.
    pub notes: Vec<String>,
}

/// Every platform, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub entries: Vec<Recommendation>,
    pub confidence: Confidence,
}

/// Scores, explains and orders every platform for `persona`.
pub fn rank(persona: &Persona) -> Ranking {
    let audience = Audience::of(persona);
    let reach: Vec<f64> = PLATFORMS
        .iter()
        .map(|d| reach_index(d, &audience))
        .collect();
    let best = reach.iter().copied().fold(0.0, f64::max);
    let mut scored: Vec<(f64, Recommendation)> = PLATFORMS
        .iter()
        .zip(&reach)
        .map(|(d, r)| recommend(d, relative(*r, best), persona, &audience))
        .collect();
    crate::domain::sort::sort_by(&mut scored, &|a, b| {
        b.0.total_cmp(&a.0).then(order(&a.1, &b.1))
    });
    Ranking {
        entries: scored.into_iter().map(|(_, r)| r).collect(),
        confidence: confidence(&audience),
    }
}

fn order(a: &Recommendation, b: &Recommendation) -> Ordering {
    a.data.platform.cmp(&b.data.platform)
}

fn relative(reach: f64, best: f64) -> f64 {
    if best > 0.0 {
        reach / best
    } else {
        0.0
    }
}

/// One platform's score (unrounded, for ordering) and its explanation.
fn recommend(
    d: &'static PlatformData,
    relative_reach: f64,
    persona: &Persona,
    audience: &Audience,
) -> (f64, Recommendation) {
    let breakdown = breakdown(d, relative_reach, persona);
    let raw = 100.0 * relative_reach * (FIT_FLOOR + (1.0 - FIT_FLOOR) * breakdown.fit);
    let mut reasons = reach_reasons(d, audience);
    reasons.extend(fit_reasons(d, persona));
    let caution = caution(d, persona, audience);
    let score = raw.round().clamp(0.0, 100.0) as u8;
    (
        raw,
        Recommendation {
            data: d,
            score,
            breakdown,
            reasons,
            caution,
        },
    )
}

fn breakdown(d: &PlatformData, relative_reach: f64, p: &Persona) -> ScoreBreakdown {
    let objective = objective_fit(d, p.objective);
    let market = market_fit(d.fit(p.market));
    let formats = format_fit(d, &p.formats);
    let effort = effort_fit(d, p);
    let base =
        W_OBJECTIVE * objective + W_MARKET * market + W_FORMATS * formats + W_EFFORT * effort;
    let organic = (p.objective == MarketingObjective::Awareness).then(|| organic_fit(d));
    let fit = match organic {
        // A platform that carries none of the audience's formats cannot carry the content at
        // all, however well it fits otherwise: it keeps only the floor share of its reach.
        _ if !p.formats.is_empty() && formats == 0.0 => 0.0,
        Some(o) => (base + W_ORGANIC * o) / (1.0 + W_ORGANIC),
        None => base,
    };
    ScoreBreakdown {
        relative_reach,
        objective,
        market,
        formats,
        effort,
        organic,
        fit,
    }
}

/// The traits of a persona that have published figures, each a separate Pew marginal.
pub(super) struct Audience {
    /// Sorted, without duplicates; empty when any age (or every band) is chosen.
    pub(super) ages: Vec<AgeBand>,
    pub(super) education: Option<Education>,
    pub(super) community: Option<Community>,
    pub(super) gender: Option<Gender>,
    /// True when `education` is the college-graduate stand-in for a B2B audience (below).
    pub(super) education_stands_in: bool,
}

impl Audience {
    fn of(p: &Persona) -> Self {
        let b2b_stand_in = (p.market == Market::B2b).then_some(Education::CollegePlus);
        let mut ages = p.ages.clone();
        crate::domain::sort::sort(&mut ages);
        ages.dedup();
        if ages.len() == AgeBand::ALL.len() {
            ages.clear();
        }
        Audience {
            ages,
            // Selling to other businesses means reaching people at work. Pew publishes no
            // figures by occupation; its college-graduate figures are the nearest published
            // stand-in (LinkedIn's use among graduates is about twice the average), so a B2B
            // persona with no education chosen is ranked on them, and the note says so.
            education: p.education.or(b2b_stand_in),
            community: p.community,
            gender: p.gender.gender(),
            education_stands_in: p.education.is_none() && b2b_stand_in.is_some(),
        }
    }

    /// Names of the traits in use, for the confidence note.
    pub(super) fn dimensions(&self) -> Vec<&'static str> {
        let used = [
            (!self.ages.is_empty(), t::DIMENSION_AGE),
            (self.education.is_some(), t::DIMENSION_EDUCATION),
            (self.community.is_some(), t::DIMENSION_COMMUNITY),
            (self.gender.is_some(), t::DIMENSION_GENDER),
        ];
        used.into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, name)| name)
            .collect()
    }
}

/// Ordering index of how much of the audience uses the platform (see the module docs).
fn reach_index(d: &PlatformData, a: &Audience) -> f64 {
    let all = f64::from(d.usage_2023.all);
    let mut index = age_base(d, &a.ages);
    index *= a
        .education
        .map_or(1.0, |e| lift(f64::from(d.education(e).percent), all));
    index *= a
        .community
        .map_or(1.0, |c| lift(f64::from(d.community(c).percent), all));
    index *= a.gender.map_or(1.0, |g| gender_lift(d, g));
    index.clamp(0.0, 100.0)
}

/// Plain mean of the chosen age bands' shares, or the all-adults share.
fn age_base(d: &PlatformData, ages: &[AgeBand]) -> f64 {
    if ages.is_empty() {
        return f64::from(d.usage_2023.all);
    }
    let sum: f64 = ages.iter().map(|b| f64::from(d.age(*b).percent)).sum();
    sum / ages.len() as f64
}

fn lift(group: f64, everyone: f64) -> f64 {
    if everyone > 0.0 {
        group / everyone
    } else {
        1.0
    }
}

/// Women's (or men's) share against the mean of both, within the one survey that published them;
/// 1 (no change) where no gender figure exists.
fn gender_lift(d: &PlatformData, g: Gender) -> f64 {
    let Some(usage) = &d.gender else { return 1.0 };
    let share = match g {
        Gender::Women => usage.women,
        Gender::Men => usage.men,
    };
    lift(
        f64::from(share),
        (f64::from(usage.women) + f64::from(usage.men)) / 2.0,
    )
}

/// One published figure for one group, as the reasons quote it.
pub(super) struct Marginal {
    pub(super) group: String,
    pub(super) share: Share,
}

pub(super) fn marginal(group: String, share: Share) -> Marginal {
    Marginal { group, share }
}

/// The published figures that describe this audience on this platform, never combined.
pub(super) fn marginals(d: &PlatformData, a: &Audience) -> Vec<Marginal> {
    let ages = a
        .ages
        .iter()
        .map(|b| marginal(t::us_adults_aged(b.label()), d.age(*b)));
    let mut out: Vec<Marginal> = ages.collect();
    out.extend(trait_marginals(d, a));
    if out.is_empty() {
        out.push(marginal(t::US_ADULTS.to_string(), d.all_adults()));
    }
    out
}

/// Education, community type and gender (where published) figures.
fn trait_marginals(d: &PlatformData, a: &Audience) -> Vec<Marginal> {
    let education = a
        .education
        .map(|e| marginal(t::us_adults_with(e.phrase()), d.education(e)));
    let community = a
        .community
        .map(|c| marginal(t::us_adults_in(c.phrase()), d.community(c)));
    let gender = a
        .gender
        .and_then(|g| Some(marginal(t::us_gender(g.plural()), d.gender_share(g)?)));
    [education, community, gender]
        .into_iter()
        .flatten()
        .collect()
}

/// 1 for the platform's strongest objective, 0.7 for another it serves well, 0 otherwise.
fn objective_fit(d: &PlatformData, o: MarketingObjective) -> f64 {
    match d.best_for.iter().position(|x| *x == o) {
        Some(0) => 1.0,
        Some(_) => 0.7,
        None => 0.0,
    }
}

fn market_fit(fit: Fit) -> f64 {
    match fit {
        Fit::Strong => 1.0,
        Fit::Moderate => 0.5,
        Fit::Weak => 0.0,
    }
}

/// The highest median engagement rate of any platform in the data.
fn best_engagement_rate() -> Option<f64> {
    PLATFORMS
        .iter()
        .filter_map(|d| d.engagement.as_ref().map(|e| e.percent))
        .reduce(f64::max)
}

/// Organic reach, 0–1: the platform's median engagement rate against the best one on a log
/// scale ([`ORGANIC_DECADES`] orders of magnitude from 1 to 0); [`ORGANIC_NEUTRAL`] without one.
pub(super) fn organic_fit(d: &PlatformData) -> f64 {
    match (d.engagement.as_ref(), best_engagement_rate()) {
        (Some(e), Some(best)) if e.percent > 0.0 && best > 0.0 => {
            (1.0 + (e.percent / best).log10() / ORGANIC_DECADES).clamp(0.0, 1.0)
        }
        _ => ORGANIC_NEUTRAL,
    }
}

/// Share of the persona's formats the platform carries; 0.5 (neutral) when none were chosen.
fn format_fit(d: &PlatformData, formats: &[ContentFormat]) -> f64 {
    if formats.is_empty() {
        return 0.5;
    }
    let matched = formats.iter().filter(|f| d.supports(**f)).count();
    matched as f64 / formats.len() as f64
}

/// Hours available against the hours the platform needs, capped at 1; a budget on a platform
/// that sells ads adds [`BUDGET_EFFORT_CREDIT`].
fn effort_fit(d: &PlatformData, p: &Persona) -> f64 {
    let need = f64::from(d.effort.hours_per_week());
    let mut ratio = f64::from(p.hours_per_week) / need;
    if p.weekly_budget > 0 && d.sells_ads {
        ratio += BUDGET_EFFORT_CREDIT;
    }
    ratio.min(1.0)
}

/// Every distinct source the reasons of a ranking quote, in order of first use.
pub fn sources_used(r: &Ranking) -> Vec<&'static Source> {
    let mut out: Vec<&'static Source> = Vec::new();
    let reasons = r
        .entries
        .iter()
        .flat_map(|e| e.reasons.iter().chain([&e.caution]));
    for s in reasons.filter_map(|reason| reason.source) {
        if !out.iter().any(|seen| std::ptr::eq(*seen, s)) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::GenderSkew;
    use super::*;
    use crate::content::platforms::{Market, Platform, PEW_2023};
    use crate::domain::recommender::test_support::*;

    #[test]
    fn professional_b2b_audience_puts_linkedin_in_the_top_two() {
        let r = rank(&professional());
        assert!(
            top(&r, 2).contains(&Platform::LinkedIn),
            "{:?}",
            top(&r, 10)
        );
    }

    #[test]
    fn audience_over_65_puts_facebook_and_youtube_first_and_tiktok_snapchat_low() {
        let r = rank(&seniors());
        let mut first_two = top(&r, 2);
        first_two.sort();
        assert_eq!(
            first_two,
            [Platform::Facebook, Platform::YouTube],
            "{:?}",
            top(&r, 10)
        );
        assert!(position(&r, Platform::TikTok) >= 4, "{:?}", top(&r, 10));
        assert!(position(&r, Platform::Snapchat) >= 7, "{:?}", top(&r, 10));
        let facebook = r.entries[position(&r, Platform::Facebook)].score;
        for p in [Platform::TikTok, Platform::Snapchat] {
            assert!(r.entries[position(&r, p)].score * 4 < facebook, "{p:?}");
        }
    }

    #[test]
    fn young_visual_audience_prefers_video_and_image_platforms_over_linkedin() {
        let r = rank(&young_visual());
        let first_three = top(&r, 3);
        let visual = [Platform::Instagram, Platform::TikTok, Platform::YouTube];
        assert!(
            first_three.iter().any(|p| visual.contains(p)),
            "{first_three:?}"
        );
        assert!(!first_three.contains(&Platform::LinkedIn));
        assert!(position(&r, Platform::LinkedIn) >= 5, "{:?}", top(&r, 10));
    }

    #[test]
    fn local_food_business_puts_facebook_top_two_and_instagram_top_four() {
        for community in [Community::Suburban, Community::Rural] {
            let r = rank(&local_food(community));
            assert!(
                top(&r, 2).contains(&Platform::Facebook),
                "{community:?} {:?}",
                top(&r, 10)
            );
            assert!(
                top(&r, 4).contains(&Platform::Instagram),
                "{community:?} {:?}",
                top(&r, 10)
            );
        }
    }

    #[test]
    fn every_platform_is_ranked_once_with_a_score_from_0_to_100_best_first() {
        for p in sample_personas() {
            let r = rank(&p);
            let mut seen: Vec<Platform> = r.entries.iter().map(|e| e.data.platform).collect();
            seen.sort();
            assert_eq!(seen, Platform::ALL);
            assert!(r.entries.windows(2).all(|w| w[0].score >= w[1].score));
            assert!(r
                .entries
                .iter()
                .all(|e| e.score <= 100 && !e.reasons.is_empty()));
        }
    }

    #[test]
    fn gender_changes_only_platforms_with_published_gender_figures() {
        let any = rank(&young_visual());
        let women = rank(&Persona {
            gender: GenderSkew::MostlyWomen,
            ..young_visual()
        });
        let men = rank(&Persona {
            gender: GenderSkew::MostlyMen,
            ..young_visual()
        });
        let reach = |r: &Ranking, p: Platform| r.entries[position(r, p)].breakdown.relative_reach;
        assert!(reach(&women, Platform::Pinterest) > reach(&any, Platform::Pinterest));
        assert!(reach(&men, Platform::Pinterest) < reach(&any, Platform::Pinterest));
        let pinterest = &women.entries[position(&women, Platform::Pinterest)];
        assert!(pinterest.reasons.iter().any(
            |r| r.text == "46% of U.S. women use Pinterest (Pew Research Center, 2021 survey)"
        ));
    }

    /// One line of the seed's guidance: a persona that matches it, the platform it names, and a
    /// word the reason that explains it must contain.
    struct Guidance {
        line: &'static str,
        persona: Persona,
        platform: Platform,
        reason: &'static str,
    }

    fn seed_guidance() -> Vec<Guidance> {
        use ContentFormat as F;
        use MarketingObjective as O;
        vec![
            Guidance {
                line: "TikTok to reach young people",
                persona: Persona {
                    formats: vec![F::ShortVideo],
                    hours_per_week: 6,
                    ..persona(Market::B2c, &[AgeBand::From18To29], O::Awareness)
                },
                platform: Platform::TikTok,
                reason: "Organic reach counts for awareness",
            },
            Guidance {
                line: "LinkedIn for B2B",
                persona: Persona {
                    education: Some(Education::CollegePlus),
                    formats: vec![F::Text, F::Links],
                    ..persona(
                        Market::B2b,
                        &[AgeBand::From30To49, AgeBand::From50To64],
                        O::Leads,
                    )
                },
                platform: Platform::LinkedIn,
                reason: "fit for B2B marketing",
            },
            Guidance {
                line: "Pinterest for visual content",
                persona: Persona {
                    formats: vec![F::Images, F::Carousels, F::Links],
                    gender: GenderSkew::MostlyWomen,
                    ..persona(Market::B2c, &[AgeBand::From30To49], O::Traffic)
                },
                platform: Platform::Pinterest,
                reason: "images",
            },
            Guidance {
                line: "Facebook for an older audience and loyalty",
                persona: Persona {
                    formats: vec![F::Images, F::Text],
                    ..persona(
                        Market::B2c,
                        &[AgeBand::From50To64, AgeBand::From65],
                        O::Community,
                    )
                },
                platform: Platform::Facebook,
                reason: "community and loyalty",
            },
            Guidance {
                line: "X for getting a brand known",
                persona: Persona {
                    formats: vec![F::Text, F::Links],
                    hours_per_week: 8,
                    community: Some(Community::Urban),
                    education: Some(Education::CollegePlus),
                    ..persona(Market::B2c, &[AgeBand::From18To29], O::Awareness)
                },
                platform: Platform::X,
                reason: "strongest platforms for building awareness",
            },
            Guidance {
                line: "Instagram for a broad visual audience",
                persona: Persona {
                    formats: vec![F::Images, F::Stories, F::ShortVideo],
                    hours_per_week: 5,
                    ..persona(Market::B2c, &[], O::Community)
                },
                platform: Platform::Instagram,
                reason: "images",
            },
            Guidance {
                line: "YouTube for video and search",
                persona: Persona {
                    formats: vec![F::LongVideo, F::ShortVideo],
                    hours_per_week: 8,
                    ..persona(Market::B2c, &[], O::Traffic)
                },
                platform: Platform::YouTube,
                reason: "long video",
            },
        ]
    }

    fn describe(r: &Ranking) -> String {
        r.entries
            .iter()
            .take(5)
            .map(|e| format!("{:?} {}", e.data.platform, e.score))
            .collect::<Vec<_>>()
            .join(", ")
    }

    #[test]
    fn any_b2b_persona_puts_linkedin_in_the_top_three_and_says_why() {
        // "LinkedIn for B2B" holds whatever the objective, with nothing else described: ranked
        // on the general population, LinkedIn came fifth for awareness, sales and community.
        for objective in MarketingObjective::ALL {
            let r = rank(&persona(Market::B2b, &[], objective));
            let at = position(&r, Platform::LinkedIn);
            assert!(at < 3, "{objective:?}: LinkedIn at {}", at + 1);
            assert!(
                r.confidence
                    .notes
                    .iter()
                    .any(|n| n.contains("college graduates stand in")),
                "{objective:?}: the stand-in is said"
            );
        }
        // An education the learner chooses is used as given, with no stand-in note.
        let chosen = Persona {
            education: Some(Education::HsOrLess),
            ..persona(Market::B2b, &[], MarketingObjective::Leads)
        };
        assert!(!rank(&chosen)
            .confidence
            .notes
            .iter()
            .any(|n| n.contains("stand in")));
    }

    #[test]
    fn each_line_of_the_seed_guidance_puts_its_platform_in_the_top_three_with_the_reason() {
        for g in seed_guidance() {
            let r = rank(&g.persona);
            let at = position(&r, g.platform);
            assert!(
                at < 3,
                "{}: {:?} is #{}: {}",
                g.line,
                g.platform,
                at + 1,
                describe(&r)
            );
            println!("{}: {}", g.line, describe(&r));
            let entry = &r.entries[at];
            assert!(
                entry
                    .reasons
                    .iter()
                    .any(|reason| reason.tone == Tone::For && reason.text.contains(g.reason)),
                "{}: no reason in favour mentioning “{}”: {:?}",
                g.line,
                g.reason,
                entry.reasons
            );
        }
    }

    #[test]
    fn for_awareness_organic_reach_puts_tiktok_above_facebook_for_a_young_audience() {
        // Issue 13: young (18–29), short video, awareness used to rank Facebook above TikTok.
        let young = Persona {
            formats: vec![ContentFormat::ShortVideo],
            ..persona(
                Market::B2c,
                &[AgeBand::From18To29],
                MarketingObjective::Awareness,
            )
        };
        let r = rank(&young);
        assert!(
            position(&r, Platform::TikTok) < position(&r, Platform::Facebook),
            "{}",
            describe(&r)
        );
        let facebook = &r.entries[position(&r, Platform::Facebook)];
        assert!(facebook.reasons.iter().any(|x| x.tone == Tone::Against
            && x.text.contains("Organic reach")
            && x.text.contains("0.063%")));
        // Organic reach is weighed only for awareness.
        let community = Persona {
            objective: MarketingObjective::Community,
            ..young
        };
        let r = rank(&community);
        assert!(r.entries.iter().all(|e| e.breakdown.organic.is_none()));
        assert!(r
            .entries
            .iter()
            .all(|e| e.reasons.iter().all(|x| !x.text.contains("Organic reach"))));
    }

    #[test]
    fn organic_reach_follows_the_benchmarks_on_a_log_scale() {
        let data = |p: Platform| {
            PLATFORMS
                .iter()
                .find(|d| d.platform == p)
                .expect("platform")
        };
        assert!((organic_fit(data(Platform::TikTok)) - 1.0).abs() < 1e-9);
        let facebook = organic_fit(data(Platform::Facebook));
        assert!(facebook > 0.1 && facebook < 0.25, "{facebook}");
        assert!((organic_fit(data(Platform::LinkedIn)) - ORGANIC_NEUTRAL).abs() < 1e-9);
        for d in PLATFORMS {
            let fit = breakdown(d, 1.0, &young_visual()).fit;
            assert!((0.0..=1.0).contains(&fit), "{:?} {fit}", d.platform);
        }
    }

    #[test]
    fn weights_sum_to_one_and_every_age_band_means_any_age() {
        let sum = W_OBJECTIVE + W_MARKET + W_FORMATS + W_EFFORT;
        assert!((sum - 1.0).abs() < 1e-9);
        let every = Persona {
            ages: AgeBand::ALL.to_vec(),
            ..Persona::default()
        };
        assert_eq!(rank(&every), rank(&Persona::default()));
    }

    #[test]
    fn the_professional_persona_of_the_browser_test_puts_linkedin_first_with_a_pew_reason() {
        // Exactly what e2e/platforms.spec.mjs fills in.
        let r = rank(&Persona {
            name: "IT managers".into(),
            hours_per_week: 4,
            weekly_budget: 0,
            ..professional()
        });
        let first = &r.entries[0];
        assert_eq!(first.data.platform, Platform::LinkedIn, "{:?}", top(&r, 10));
        assert!(first.reasons.iter().any(|reason| reason.text
            == "53% of U.S. adults with a college degree or more use LinkedIn (Pew Research \
                Center, 2023 survey)"));
    }

    #[test]
    fn sources_used_lists_each_quoted_source_once() {
        let r = rank(&professional());
        let sources = sources_used(&r);
        assert_eq!(sources[0].citation, PEW_2023.citation);
        for (i, a) in sources.iter().enumerate() {
            assert!(sources[i + 1..].iter().all(|b| !std::ptr::eq(*a, *b)));
        }
        assert!(sources.iter().any(|s| s.publisher == "Rival IQ"));
    }
}

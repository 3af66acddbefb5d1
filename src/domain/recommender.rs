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

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use crate::content::platforms::{
    AgeBand, Community, ContentFormat, Education, Effort, EngagementChange, Fit, Gender, Market,
    Platform, PlatformData, Share, Source, PEW_2023, PLATFORMS,
};
use crate::domain::objective::MarketingObjective;
use crate::domain::query::{self, QUERY_MAX_BYTES};
use crate::domain::store::MAX_PERSONAS;
use crate::domain::wording::{and_list, thousands};

/// Longest persona name accepted from a URL, in characters.
pub const NAME_MAX_CHARS: usize = 80;
/// Hours in a week: the most time a persona can have.
pub const MAX_HOURS_PER_WEEK: u8 = 168;

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

/// A share at or above this is "half the group or more": a reason in favour.
const STRONG_SHARE: u8 = 50;
/// A share below this is "fewer than one in five": a reason against, and a caution.
const WEAK_SHARE: u8 = 20;
/// With a budget, paid reach can stand in for this fraction of the posting time a platform needs.
const BUDGET_EFFORT_CREDIT: f64 = 0.25;

// ---------------------------------------------------------------------------------------------
// Persona
// ---------------------------------------------------------------------------------------------

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
            GenderSkew::Any => "Any",
            GenderSkew::MostlyWomen => "Mostly women",
            GenderSkew::MostlyMen => "Mostly men",
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
        return Err(format!("name: longer than {NAME_MAX_CHARS} characters"));
    }
    if name.chars().any(char::is_control) {
        return Err("name: contains control characters".to_string());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Ranking
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Reach
// ---------------------------------------------------------------------------------------------

/// The traits of a persona that have published figures, each a separate Pew marginal.
struct Audience {
    /// Sorted, without duplicates; empty when any age (or every band) is chosen.
    ages: Vec<AgeBand>,
    education: Option<Education>,
    community: Option<Community>,
    gender: Option<Gender>,
    /// True when `education` is the college-graduate stand-in for a B2B audience (below).
    education_stands_in: bool,
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
    fn dimensions(&self) -> Vec<&'static str> {
        let used = [
            (!self.ages.is_empty(), "age"),
            (self.education.is_some(), "education"),
            (self.community.is_some(), "community-type"),
            (self.gender.is_some(), "gender"),
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
struct Marginal {
    group: String,
    share: Share,
}

fn marginal(group: String, share: Share) -> Marginal {
    Marginal { group, share }
}

/// The published figures that describe this audience on this platform, never combined.
fn marginals(d: &PlatformData, a: &Audience) -> Vec<Marginal> {
    let ages = a
        .ages
        .iter()
        .map(|b| marginal(format!("U.S. adults aged {}", b.label()), d.age(*b)));
    let mut out: Vec<Marginal> = ages.collect();
    out.extend(trait_marginals(d, a));
    if out.is_empty() {
        out.push(marginal("U.S. adults".to_string(), d.all_adults()));
    }
    out
}

/// Education, community type and gender (where published) figures.
fn trait_marginals(d: &PlatformData, a: &Audience) -> Vec<Marginal> {
    let education = a
        .education
        .map(|e| marginal(format!("U.S. adults with {}", e.phrase()), d.education(e)));
    let community = a.community.map(|c| {
        marginal(
            format!("U.S. adults in {} communities", c.slug()),
            d.community(c),
        )
    });
    let gender = a
        .gender
        .and_then(|g| Some(marginal(format!("U.S. {}", g.plural()), d.gender_share(g)?)));
    [education, community, gender]
        .into_iter()
        .flatten()
        .collect()
}

fn share_tone(percent: u8) -> Tone {
    if percent >= STRONG_SHARE {
        Tone::For
    } else if percent < WEAK_SHARE {
        Tone::Against
    } else {
        Tone::Neutral
    }
}

fn marginal_reason(d: &PlatformData, m: &Marginal) -> Reason {
    let s = m.share;
    let text = format!(
        "{}% of {} use {} ({})",
        s.percent,
        m.group,
        d.name(),
        s.source.citation
    );
    fact(text, share_tone(s.percent), s.source)
}

fn reach_reasons(d: &PlatformData, a: &Audience) -> Vec<Reason> {
    let mut out: Vec<Reason> = marginals(d, a)
        .iter()
        .map(|m| marginal_reason(d, m))
        .collect();
    if a.gender.is_some() && d.gender.is_none() {
        let text = format!(
            "The course data hold no gender figure for {}, so the audience's gender lean did \
             not change its score",
            d.name()
        );
        out.push(plain(text, Tone::Neutral));
    }
    out.extend(newer_reasons(d, a));
    out
}

/// The confirmed 2025 figures for the same groups, as context (they do not change the score,
/// because the 2025 survey does not cover every platform and cell).
fn newer_reasons(d: &PlatformData, a: &Audience) -> Vec<Reason> {
    let newer: Vec<Marginal> = if a.ages.is_empty() {
        let all = d
            .all_adults_2025()
            .map(|s| marginal("U.S. adults".to_string(), s));
        all.into_iter().collect()
    } else {
        let group = |b: &AgeBand| format!("U.S. adults aged {}", b.label());
        a.ages
            .iter()
            .filter_map(|b| Some(marginal(group(b), d.age_2025(*b)?)))
            .collect()
    };
    let in_2025 = |m: &Marginal| {
        let r = marginal_reason(d, m);
        Reason {
            text: format!("In 2025, {}", r.text),
            tone: Tone::Neutral,
            ..r
        }
    };
    newer.iter().map(in_2025).collect()
}

// ---------------------------------------------------------------------------------------------
// Fit (course judgements)
// ---------------------------------------------------------------------------------------------

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
fn organic_fit(d: &PlatformData) -> f64 {
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

/// A sentence quoting a figure from `source`.
fn fact(text: String, tone: Tone, source: &'static Source) -> Reason {
    Reason {
        text,
        tone,
        source: Some(source),
    }
}

/// A sentence with no figure in it.
fn plain(text: String, tone: Tone) -> Reason {
    Reason {
        text,
        tone,
        source: None,
    }
}

fn judgement(text: String, tone: Tone) -> Reason {
    plain(format!("{text} (course judgement)"), tone)
}

fn fit_reasons(d: &PlatformData, p: &Persona) -> Vec<Reason> {
    let mut out = vec![objective_reason(d, p.objective), market_reason(d, p.market)];
    out.extend(format_reason(d, &p.formats));
    out.push(effort_reason(d, p));
    if p.objective == MarketingObjective::Awareness {
        out.push(organic_reason(d));
    }
    out.extend(engagement_reasons(d));
    out
}

/// Why organic reach raised or lowered the score for an awareness objective.
fn organic_reason(d: &PlatformData) -> Reason {
    let name = d.name();
    match &d.engagement {
        Some(e) => {
            let tone = if organic_fit(d) >= 0.75 {
                Tone::For
            } else if organic_fit(d) <= 0.25 {
                Tone::Against
            } else {
                Tone::Neutral
            };
            let verdict = match tone {
                Tone::For => "posts travel far beyond followers, which helps a brand people do not know yet",
                Tone::Against => "posts from an account people do not follow yet travel little without paid reach",
                Tone::Neutral => "posts travel a moderate way beyond followers",
            };
            fact(
                format!(
                    "Organic reach counts for awareness: the median {name} post drew an engagement rate of {}% of followers ({}), so {verdict}",
                    e.percent, e.source.citation
                ),
                tone,
                e.source,
            )
        }
        None => judgement(
            format!(
                "Organic reach counts for awareness, but the course has no engagement benchmark for {name}, so it counts as neutral"
            ),
            Tone::Neutral,
        ),
    }
}

fn objective_phrase(o: MarketingObjective) -> &'static str {
    match o {
        MarketingObjective::Awareness => "building awareness",
        MarketingObjective::Community => "community and loyalty",
        MarketingObjective::Traffic => "website traffic",
        MarketingObjective::Leads => "B2B leads",
        MarketingObjective::Sales => "sales",
    }
}

fn objective_reason(d: &PlatformData, o: MarketingObjective) -> Reason {
    let (name, goal) = (d.name(), objective_phrase(o));
    match d.best_for.iter().position(|x| *x == o) {
        Some(0) => judgement(
            format!("{name} is one of the strongest platforms for {goal}"),
            Tone::For,
        ),
        Some(_) => judgement(format!("{name} also serves {goal} well"), Tone::Neutral),
        None => judgement(
            format!("{name} is not among the best platforms for {goal}"),
            Tone::Against,
        ),
    }
}

fn market_reason(d: &PlatformData, m: Market) -> Reason {
    let fit = d.fit(m);
    let tone = match fit {
        Fit::Strong => Tone::For,
        Fit::Moderate => Tone::Neutral,
        Fit::Weak => Tone::Against,
    };
    judgement(
        format!("{} fit for {} marketing", fit.label(), m.label()),
        tone,
    )
}

fn format_reason(d: &PlatformData, formats: &[ContentFormat]) -> Option<Reason> {
    if formats.is_empty() {
        return None;
    }
    let labels = |keep: bool| -> Vec<&str> {
        let kept = formats.iter().filter(|f| d.supports(**f) == keep);
        kept.map(|f| f.label()).collect()
    };
    let (has, lacks) = (labels(true), labels(false));
    let text = match (has.is_empty(), lacks.is_empty()) {
        (false, true) => format!(
            "Carries {}, the formats your audience consumes",
            and_list(&has)
        ),
        (false, false) => format!("Carries {} but not {}", and_list(&has), and_list(&lacks)),
        _ => format!(
            "Carries none of the formats your audience consumes ({})",
            and_list(&lacks)
        ),
    };
    Some(judgement(
        lowercase_after_first(&text),
        format_tone(&has, &lacks),
    ))
}

fn format_tone(has: &[&str], lacks: &[&str]) -> Tone {
    match (has.is_empty(), lacks.is_empty()) {
        (_, true) => Tone::For,
        (true, false) => Tone::Against,
        (false, false) => Tone::Neutral,
    }
}

/// "Carries Short video and Images" → "Carries short video and images".
fn lowercase_after_first(text: &str) -> String {
    let mut chars = text.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &chars.as_str().to_lowercase()
}

fn effort_reason(d: &PlatformData, p: &Persona) -> Reason {
    let need = d.effort.hours_per_week();
    let mut text = format!(
        "Needs {} effort, about {need} hours a week (course rule of thumb); you have {}",
        d.effort.label().to_lowercase(),
        p.hours_per_week
    );
    let short = p.hours_per_week < need;
    if short && p.weekly_budget > 0 && d.sells_ads {
        text.push_str("; paid reach can make up part of the gap");
    }
    plain(text, if short { Tone::Against } else { Tone::For })
}

/// Benchmarks from one report each; shown as context, they do not change the score because
/// reports measure differently and cover only some platforms.
fn engagement_reasons(d: &PlatformData) -> Vec<Reason> {
    let rate = d.engagement.as_ref().map(|e| {
        let text = format!(
            "Median engagement rate {}% of followers per post ({}; compare only within one source)",
            e.percent, e.source.citation
        );
        fact(text, Tone::Neutral, e.source)
    });
    let change = d.engagement_change.as_ref().map(engagement_change_reason);
    [rate, change].into_iter().flatten().collect()
}

fn engagement_change_reason(c: &EngagementChange) -> Reason {
    let (verb, tone) = if c.percent < 0 {
        ("fell", Tone::Against)
    } else {
        ("rose", Tone::For)
    };
    let text = format!(
        "Engagement {verb} {}% year on year ({})",
        c.percent.abs(),
        c.source.citation
    );
    fact(text, tone, c.source)
}

/// The most pressing caution: a group that barely uses the platform, then a weak market fit,
/// then too little time, and otherwise the platform's own caution.
fn caution(d: &PlatformData, p: &Persona, a: &Audience) -> Reason {
    if let Some(reason) = reach_caution(d, a) {
        return reason;
    }
    if d.fit(p.market) == Fit::Weak {
        return judgement(
            format!("A weak fit for {} marketing", p.market.label()),
            Tone::Against,
        );
    }
    let need = d.effort.hours_per_week();
    if p.hours_per_week < need {
        let text = format!(
            "Needs about {need} hours a week to keep going (course rule of thumb); you have {}",
            p.hours_per_week
        );
        return plain(text, Tone::Against);
    }
    plain(d.caution.to_string(), Tone::Against)
}

/// "Only 4% of …" for the weakest published group, when fewer than [`WEAK_SHARE`] use it.
fn reach_caution(d: &PlatformData, a: &Audience) -> Option<Reason> {
    let weakest = marginals(d, a)
        .into_iter()
        .min_by_key(|m| m.share.percent)?;
    if weakest.share.percent >= WEAK_SHARE {
        return None;
    }
    let mut reason = marginal_reason(d, &weakest);
    reason.text = format!("Only {}", reason.text);
    Some(reason)
}

// ---------------------------------------------------------------------------------------------
// Confidence
// ---------------------------------------------------------------------------------------------

fn confidence(a: &Audience) -> Confidence {
    let dims = a.dimensions();
    let mut notes = Vec::new();
    if dims.len() >= 2 {
        notes.push(format!(
            "Combines separate {} figures; Pew does not publish them together, so the scores \
             treat them as independent. That is an approximation used only to order the \
             platforms; no combined figure is shown.",
            and_list(&dims).replace("community-type", "community type")
        ));
    }
    if a.education_stands_in {
        notes.push(
            "Selling to other businesses: Pew publishes no figures by occupation, so the figures \
             for college graduates stand in for the people at work you sell to. Choose an \
             education level to rank on that instead."
                .to_string(),
        );
    }
    notes.extend(age_note(&a.ages));
    notes.extend(a.gender.map(|_| gender_note()));
    notes.push(base_note());
    notes.push(judgement_note().to_string());
    let (level, summary) = level(dims.len());
    Confidence {
        level,
        summary: summary.to_string(),
        notes,
    }
}

fn level(dimensions: usize) -> (ConfidenceLevel, &'static str) {
    match dimensions {
        0 | 1 => (
            ConfidenceLevel::High,
            "High: each platform's audience figure is published directly by Pew.",
        ),
        2 => (
            ConfidenceLevel::Medium,
            "Medium: combines two separately published figures per platform.",
        ),
        _ => (
            ConfidenceLevel::Low,
            "Low: combines three or more separately published figures; treat the order as a \
             rough guide.",
        ),
    }
}

fn age_note(ages: &[AgeBand]) -> Option<String> {
    if ages.len() < 2 {
        return None;
    }
    let labels: Vec<&str> = ages.iter().map(|b| b.label()).collect();
    Some(format!(
        "Averages the figures for ages {} without weighting by how many people are in each band.",
        and_list(&labels)
    ))
}

fn gender_note() -> String {
    let held: Vec<String> = PLATFORMS
        .iter()
        .filter_map(|d| {
            Some(format!(
                "{} ({})",
                d.name(),
                d.gender.as_ref()?.source.citation
            ))
        })
        .collect();
    format!(
        "Use by gender is held only for {}, from different survey years; no other platform's \
         score takes gender into account.",
        and_list(&held)
    )
}

fn base_note() -> String {
    let sample = PEW_2023
        .sample
        .map(|s| format!(" of {} {}", thousands(s.size), s.population));
    format!(
        "Figures are the share of U.S. adults who say they ever use each platform ({}{}). Using \
         a platform is not the same as paying attention to brands there, and audiences outside \
         the U.S. differ.",
        PEW_2023.citation,
        sample.unwrap_or_default()
    )
}

fn judgement_note() -> &'static str {
    "Fit with the objective, market, formats and available time is the course's judgement, not a \
     measured figure. Scores compare platforms for this persona; they do not forecast results."
}

// ---------------------------------------------------------------------------------------------
// The answer in plain words
// ---------------------------------------------------------------------------------------------

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
        1 => "1 hour".to_string(),
        h => format!("{h} hours"),
    };
    let (mut text, later) = if hours == 0 {
        let text = format!(
            "Set aside some time first: even one hour a week keeps one account alive. When you \
             have it, start with {name}."
        );
        (text, None)
    } else if hours < full {
        let posts = match hours {
            1 => "once a week",
            2 => "twice a week",
            _ => "three times a week",
        };
        let text = format!(
            "With {hours_text} a week, start with {name} only. A full presence there takes about \
             {full} hours (course rule of thumb), so keep it small: post {posts} and answer every \
             comment."
        );
        (text, later)
    } else {
        match later {
            Some(l) if full + need(l) <= hours => {
                let text = format!(
                    "With {hours_text} a week, run {name} and {} (about {full} and {} hours a \
                     week, course rule of thumb).",
                    l.data.name(),
                    need(l)
                );
                (text, None)
            }
            _ => {
                let text = format!(
                    "With {hours_text} a week, start with {name}: it needs about {full} hours a \
                     week (course rule of thumb), which you have."
                );
                (text, later)
            }
        }
    };
    if let Some(l) = later {
        text.push_str(&format!(
            " Add {} when {name} is a weekly habit and you can give {} about {} more hours a week.",
            l.data.name(),
            l.data.name(),
            need(l)
        ));
    }
    Some(PlainAnswer {
        start: start.data.platform,
        later: later.map(|l| l.data.platform),
        text,
    })
}

// ---------------------------------------------------------------------------------------------
// The learner's saved personas
// ---------------------------------------------------------------------------------------------

/// The keys [`persona_to_query`] writes; a query with none of them carries no persona.
pub const PERSONA_KEYS: [&str; 10] = [
    "name",
    "market",
    "ages",
    "gender",
    "edu",
    "community",
    "formats",
    "objective",
    "hours",
    "budget",
];

/// Whether a URL query carries a persona (any of [`PERSONA_KEYS`]), as opposed to nothing or
/// only keys that belong to something else.
pub fn has_persona(q: &str) -> bool {
    q.len() > QUERY_MAX_BYTES || query::pairs(q).any(|(key, _)| PERSONA_KEYS.contains(&key))
}

/// The name to show for a saved persona: its own, or "Persona 3" when it has none.
pub fn persona_label(p: &Persona, index: usize) -> String {
    let name = p.name.trim();
    if name.is_empty() {
        format!("Persona {}", index + 1)
    } else {
        name.to_string()
    }
}

/// What the targeting tool shows when it opens, and what to tell the learner about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The persona to put in the form.
    pub persona: Persona,
    /// Whether the form shows a link's persona rather than the active saved one. Opening a link
    /// saves nothing and leaves the active persona alone: the learner keeps it with
    /// [`save_linked`] ("Save this persona") if they want it.
    pub linked: bool,
    pub notice: Option<OpeningNotice>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpeningNotice {
    /// The link's persona is shown but not saved; `full` when the list has no room for it.
    NotSaved { full: bool },
    /// The link's persona is the same as this saved one (not the active one).
    SameAsSaved(String),
    /// The link could not be read; the form shows the saved persona (or a blank one) instead.
    BadLink(String),
}

impl OpeningNotice {
    pub fn text(&self) -> String {
        match self {
            OpeningNotice::NotSaved { full: false } => {
                "This link's persona is shown below but is not in your saved personas. Press \
                 “Save this persona” to keep it; until then your changes stay in the page and \
                 its link only."
                    .to_string()
            }
            OpeningNotice::NotSaved { full: true } => format!(
                "This link's persona is shown below but is not saved: you already keep \
                 {MAX_PERSONAS} personas, the most this tool saves. To keep it, copy this page's \
                 link, delete a saved persona, then open the link again."
            ),
            OpeningNotice::SameAsSaved(name) => format!(
                "This link's persona is the same as your saved persona “{name}”. Press “Save \
                 this persona” to work on it, or choose another under “Persona to work on”."
            ),
            OpeningNotice::BadLink(error) => format!(
                "This link's persona could not be read ({error}). Your saved persona is shown \
                 instead; check the link or fill in the form."
            ),
        }
    }

    /// Whether the notice reports a problem rather than news.
    pub fn is_error(&self) -> bool {
        matches!(self, OpeningNotice::BadLink(_))
    }
}

/// Decides what the tool opens with. A persona in `query` wins, and is only shown: neither the
/// saved list nor `active` changes (a link that matches the active saved persona simply opens
/// it). Without a link, or with one that cannot be read, the active saved persona is shown, and
/// `active` is set to the first one when it points nowhere; with nothing saved, a blank form that
/// is saved on its first change.
pub fn open_personas(list: &[Persona], active: &mut Option<usize>, q: &str) -> Opening {
    let mut notice = None;
    if has_persona(q) {
        match persona_from_query(q) {
            Ok(linked) => return open_linked(list, *active, linked),
            Err(e) => notice = Some(OpeningNotice::BadLink(e)),
        }
    }
    if active.is_none_or(|i| i >= list.len()) {
        *active = (!list.is_empty()).then_some(0);
    }
    let persona = active
        .and_then(|i| list.get(i).cloned())
        .unwrap_or_default();
    Opening {
        persona,
        linked: false,
        notice,
    }
}

fn open_linked(list: &[Persona], active: Option<usize>, linked: Persona) -> Opening {
    let at = list.iter().position(|p| *p == linked);
    let notice = match at {
        Some(i) if Some(i) == active => {
            return Opening {
                persona: linked,
                linked: false,
                notice: None,
            }
        }
        Some(i) => OpeningNotice::SameAsSaved(persona_label(&linked, i)),
        None => OpeningNotice::NotSaved {
            full: list.len() >= MAX_PERSONAS,
        },
    };
    Opening {
        persona: linked,
        linked: true,
        notice: Some(notice),
    }
}

/// What "Save this persona" did with a link's persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkSaved {
    /// Added to the saved personas at this index, and made active.
    Added(usize),
    /// Already saved at this index (never added twice); made active.
    Existing(usize),
    /// Not saved: the list already holds `MAX_PERSONAS`.
    Full,
}

/// Keeps a link's persona because the learner asked to: selects it if it is already saved,
/// otherwise adds it (room permitting); either way it becomes the active persona.
pub fn save_linked(list: &mut Vec<Persona>, active: &mut Option<usize>, p: &Persona) -> LinkSaved {
    if let Some(i) = list.iter().position(|saved| saved == p) {
        *active = Some(i);
        return LinkSaved::Existing(i);
    }
    if list.len() >= MAX_PERSONAS {
        return LinkSaved::Full;
    }
    list.push(p.clone());
    let index = list.len() - 1;
    *active = Some(index);
    LinkSaved::Added(index)
}

/// Keeps `p` as the active persona: overwrites it, or adds it when none is active. Returns false
/// (and changes nothing) when there is no active persona and no room for another.
pub fn save_persona(list: &mut Vec<Persona>, active: &mut Option<usize>, p: &Persona) -> bool {
    if let Some(slot) = active.and_then(|i| list.get_mut(i)) {
        *slot = p.clone();
        return true;
    }
    if list.len() >= MAX_PERSONAS {
        return false;
    }
    list.push(p.clone());
    *active = Some(list.len() - 1);
    true
}

/// Adds a blank persona named "Persona N" and makes it active; `None` when the list is full.
pub fn add_persona(list: &mut Vec<Persona>, active: &mut Option<usize>) -> Option<Persona> {
    if list.len() >= MAX_PERSONAS {
        return None;
    }
    let persona = Persona {
        name: format!("Persona {}", list.len() + 1),
        ..Persona::default()
    };
    list.push(persona.clone());
    *active = Some(list.len() - 1);
    Some(persona)
}

/// Makes the saved persona at `index` active and returns it; `None` for an index out of range.
pub fn select_persona(
    list: &[Persona],
    active: &mut Option<usize>,
    index: usize,
) -> Option<Persona> {
    let p = list.get(index)?.clone();
    *active = Some(index);
    Some(p)
}

/// Deletes the persona at `index`; the active one stays active, or its neighbour takes over when
/// it is the one deleted. Returns the persona now active, if any.
pub fn delete_persona(
    list: &mut Vec<Persona>,
    active: &mut Option<usize>,
    index: usize,
) -> Option<Persona> {
    if index >= list.len() {
        return active.and_then(|i| list.get(i).cloned());
    }
    list.remove(index);
    *active = match *active {
        _ if list.is_empty() => None,
        Some(a) if a > index => Some(a - 1),
        Some(a) if a == index => Some(index.min(list.len() - 1)),
        other => other.filter(|a| *a < list.len()),
    };
    active.and_then(|i| list.get(i).cloned())
}

/// Adds or removes a platform from the learner's plan, keeping the order they chose in.
pub fn set_chosen(chosen: &mut Vec<String>, platform: Platform, on: bool) {
    let slug = platform.slug();
    let present = chosen.iter().any(|s| s == slug);
    if on && !present {
        chosen.push(slug.to_string());
    } else if !on {
        chosen.retain(|s| s != slug);
    }
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

// ---------------------------------------------------------------------------------------------
// URL query
// ---------------------------------------------------------------------------------------------

/// The persona as a URL query (without `?`); fields at their default are left out.
pub fn persona_to_query(p: &Persona) -> String {
    let d = Persona::default();
    let fields = [
        ("name", (!p.name.is_empty()).then(|| query::encode(&p.name))),
        ("market", changed(p.market, d.market, Market::slug)),
        ("ages", slug_list(&p.ages, AgeBand::slug)),
        ("gender", changed(p.gender, d.gender, GenderSkew::slug)),
        ("edu", p.education.map(|e| e.slug().to_string())),
        ("community", p.community.map(|c| c.slug().to_string())),
        ("formats", slug_list(&p.formats, ContentFormat::slug)),
        (
            "objective",
            changed(p.objective, d.objective, MarketingObjective::slug),
        ),
        (
            "hours",
            (p.hours_per_week != d.hours_per_week).then(|| p.hours_per_week.to_string()),
        ),
        (
            "budget",
            (p.weekly_budget != d.weekly_budget).then(|| p.weekly_budget.to_string()),
        ),
    ];
    let present = fields
        .into_iter()
        .filter_map(|(k, v)| Some(format!("{k}={}", v?)));
    present.collect::<Vec<_>>().join("&")
}

/// The slug, unless the value is the default.
fn changed<T: PartialEq>(value: T, default: T, slug: fn(T) -> &'static str) -> Option<String> {
    (value != default).then(|| slug(value).to_string())
}

/// Comma-separated slugs, or nothing for an empty list.
fn slug_list<T: Copy>(items: &[T], slug: fn(T) -> &'static str) -> Option<String> {
    let slugs: Vec<&str> = items.iter().map(|t| slug(*t)).collect();
    (!slugs.is_empty()).then(|| slugs.join(","))
}

/// Reads a persona from a URL query written by [`persona_to_query`] (a leading `?` is fine).
/// Unknown keys are ignored and missing ones take their default; a bad value is an error that
/// names the key and what it accepts.
pub fn persona_from_query(q: &str) -> Result<Persona, String> {
    if q.len() > QUERY_MAX_BYTES {
        return Err(format!("query: longer than {QUERY_MAX_BYTES} bytes"));
    }
    let mut persona = Persona::default();
    for (key, raw) in query::pairs(q) {
        let value = query::decode(raw).map_err(|e| format!("{key}: {e}"))?;
        apply(&mut persona, key, &value)?;
    }
    Ok(persona)
}

fn apply(p: &mut Persona, key: &str, value: &str) -> Result<(), String> {
    match key {
        "name" => {
            check_name(value)?;
            p.name = value.to_string();
        }
        "market" => p.market = one(key, value, &Market::ALL, Market::slug)?,
        "ages" => p.ages = list(key, value, &AgeBand::ALL, AgeBand::slug)?,
        "gender" => p.gender = one(key, value, &GenderSkew::ALL, GenderSkew::slug)?,
        "edu" => p.education = any_or(key, value, &Education::ALL, Education::slug)?,
        "community" => p.community = any_or(key, value, &Community::ALL, Community::slug)?,
        "formats" => p.formats = list(key, value, &ContentFormat::ALL, ContentFormat::slug)?,
        "objective" => {
            p.objective = one(
                key,
                value,
                &MarketingObjective::ALL,
                MarketingObjective::slug,
            )?
        }
        "hours" => p.hours_per_week = hours(value)?,
        "budget" => p.weekly_budget = budget(value)?,
        _ => {}
    }
    Ok(())
}

fn one<T: Copy>(
    key: &str,
    value: &str,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> Result<T, String> {
    all.iter()
        .copied()
        .find(|t| slug(*t) == value)
        .ok_or_else(|| {
            let accepted: Vec<&str> = all.iter().map(|t| slug(*t)).collect();
            format!(
                "{key}: unknown value \"{}\" (use {})",
                clip(value),
                accepted.join(", ")
            )
        })
}

/// "any" or empty → `None`.
fn any_or<T: Copy>(
    key: &str,
    value: &str,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> Result<Option<T>, String> {
    if value.is_empty() || value == "any" {
        return Ok(None);
    }
    one(key, value, all, slug).map(Some)
}

/// Comma-separated values, duplicates dropped, order kept.
fn list<T: Copy + PartialEq>(
    key: &str,
    value: &str,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> Result<Vec<T>, String> {
    let mut out: Vec<T> = Vec::new();
    for item in value.split(',').filter(|s| !s.is_empty()) {
        let t = one(key, item, all, slug)?;
        if !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

fn hours(value: &str) -> Result<u8, String> {
    let bad = || format!("hours: must be a whole number from 0 to {MAX_HOURS_PER_WEEK}");
    let h: u8 = value.parse().map_err(|_| bad())?;
    if h > MAX_HOURS_PER_WEEK {
        return Err(bad());
    }
    Ok(h)
}

fn budget(value: &str) -> Result<u32, String> {
    value
        .parse()
        .map_err(|_| format!("budget: must be a whole number from 0 to {}", u32::MAX))
}

/// A value short enough to quote in an error message.
fn clip(value: &str) -> String {
    const MAX: usize = 32;
    if value.chars().count() <= MAX {
        return value.to_string();
    }
    let head: String = value.chars().take(MAX).collect();
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persona(market: Market, ages: &[AgeBand], objective: MarketingObjective) -> Persona {
        Persona {
            market,
            ages: ages.to_vec(),
            objective,
            ..Persona::default()
        }
    }

    /// A local dog groomer: pet owners aged 30–64, mostly women, in the suburbs, who like
    /// photos and short clips; wants bookings; 2 hours a week, no ad budget.
    fn dog_groomer() -> Persona {
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
    fn cafe() -> Persona {
        Persona {
            community: Some(Community::Urban),
            formats: vec![ContentFormat::Images, ContentFormat::Stories],
            hours_per_week: 5,
            ..persona(Market::B2c, &[], MarketingObjective::Community)
        }
    }

    /// A B2B consultant: managers with degrees, text and links; leads; 4 hours a week.
    fn consultant() -> Persona {
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

    fn position(r: &Ranking, p: Platform) -> usize {
        r.entries.iter().position(|e| e.data.platform == p).unwrap()
    }

    fn top(r: &Ranking, n: usize) -> Vec<Platform> {
        r.entries.iter().take(n).map(|e| e.data.platform).collect()
    }

    /// A B2B service selling to professionals. Evidence: 53% of college graduates and 40% of
    /// 30–49-year-olds use LinkedIn (Pew 2023), the only platform built for work.
    fn professional() -> Persona {
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
    fn seniors() -> Persona {
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
    fn young_visual() -> Persona {
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
    fn local_food(community: Community) -> Persona {
        Persona {
            name: "Crumb & Co.".to_string(),
            community: Some(community),
            formats: vec![ContentFormat::Images, ContentFormat::ShortVideo],
            hours_per_week: 4,
            ..persona(Market::B2c, &[], MarketingObjective::Community)
        }
    }

    fn sample_personas() -> Vec<Persona> {
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

    /// The numbers written just before each `%` in `text`.
    fn percents(text: &str) -> Vec<f64> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices('%') {
            let head = &text[..i];
            let start = head
                .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
                .map_or(0, |j| j + 1);
            out.push(
                head[start..]
                    .parse()
                    .unwrap_or_else(|_| panic!("no number before % in {text}")),
            );
        }
        out
    }

    #[test]
    fn every_percentage_in_a_reason_is_a_figure_in_the_data_with_its_source_and_year() {
        for p in sample_personas() {
            for e in rank(&p).entries {
                let figures = e.data.figures();
                for reason in e.reasons.iter().chain([&e.caution]) {
                    let quoted = percents(&reason.text);
                    for n in &quoted {
                        let found = figures.iter().any(|f| (f.percent.abs() - n).abs() < 1e-9);
                        assert!(found, "{} not in the data: {}", n, reason.text);
                    }
                    if !quoted.is_empty() {
                        let source = reason.source.unwrap_or_else(|| panic!("{}", reason.text));
                        assert!(reason.text.contains(source.citation), "{}", reason.text);
                        assert!(reason.text.contains(&source.year.to_string()));
                    }
                }
            }
        }
    }

    #[test]
    fn no_reason_quotes_a_figure_for_a_combination_pew_does_not_publish() {
        let groups = [
            "aged",
            "with a",
            "with some",
            "communities",
            "U.S. women",
            "U.S. men",
        ];
        for p in sample_personas() {
            for e in rank(&p).entries {
                for reason in e.reasons.iter().filter(|r| r.text.contains('%')) {
                    let count = groups.iter().filter(|g| reason.text.contains(*g)).count();
                    assert!(count <= 1, "{}", reason.text);
                }
            }
        }
    }

    #[test]
    fn combining_traits_is_said_openly_and_lowers_confidence() {
        let single = rank(&seniors()).confidence;
        assert_eq!(single.level, ConfidenceLevel::High);
        assert!(!single
            .notes
            .iter()
            .any(|n| n.contains("does not publish them together")));
        let combined = rank(&professional()).confidence;
        assert_eq!(combined.level, ConfidenceLevel::Medium);
        let note = &combined.notes[0];
        assert!(note.starts_with(
            "Combines separate age and education figures; Pew does not publish them together"
        ));
        let many = rank(&sample_personas()[6]).confidence;
        assert_eq!(many.level, ConfidenceLevel::Low);
        assert!(many
            .notes
            .iter()
            .any(|n| n.contains("TikTok (Pew Research Center, 2023 survey)")));
        assert!(many
            .notes
            .iter()
            .any(|n| n.contains("Averages the figures for ages 30–49 and 50–64")));
    }

    #[test]
    fn reasons_read_as_plain_sentences_with_source_and_year() {
        let r = rank(&young_visual());
        let tiktok = &r.entries[position(&r, Platform::TikTok)];
        let first = &tiktok.reasons[0].text;
        assert_eq!(
            first,
            "62% of U.S. adults aged 18–29 use TikTok (Pew Research Center, 2023 survey)"
        );
        let seniors = rank(&seniors());
        let snap = &seniors.entries[position(&seniors, Platform::Snapchat)].caution;
        assert_eq!(
            snap.text,
            "Only 4% of U.S. adults aged 65+ use Snapchat (Pew Research Center, 2023 survey)"
        );
        assert_eq!(snap.tone, Tone::Against);
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

    #[test]
    fn query_round_trips() {
        for p in sample_personas() {
            assert_eq!(persona_from_query(&persona_to_query(&p)), Ok(p));
        }
        let odd = Persona {
            name: "Zoë & Co = 100% \"local\"+ café".into(),
            weekly_budget: u32::MAX,
            hours_per_week: 168,
            ..professional()
        };
        let q = persona_to_query(&odd);
        assert!(!q.contains(' ') && !q.contains('"'));
        assert_eq!(persona_from_query(&format!("?{q}")), Ok(odd));
        assert_eq!(persona_to_query(&Persona::default()), "");
    }

    #[test]
    fn query_reading_ignores_unknown_keys_and_explains_bad_values() {
        let p =
            persona_from_query("utm_source=mail&market=b2b&ages=65plus,18-29,65plus&x").unwrap();
        assert_eq!(
            (p.market, p.ages),
            (Market::B2b, vec![AgeBand::From65, AgeBand::From18To29])
        );
        assert_eq!(
            persona_from_query("edu=any&community=").unwrap().education,
            None
        );
        let err = |q: &str| persona_from_query(q).unwrap_err();
        assert_eq!(
            err("market=b2x"),
            "market: unknown value \"b2x\" (use b2c, b2b)"
        );
        assert!(err("ages=17-20").starts_with("ages: unknown value \"17-20\""));
        assert!(err("hours=200").starts_with("hours: must be a whole number"));
        assert!(err("hours=abc").starts_with("hours:"));
        assert!(err("budget=-1").starts_with("budget:"));
        assert!(err("objective=fame").contains("awareness, community"));
        assert_eq!(err("name=%ZZ"), "name: broken %-escape");
        assert_eq!(err("name=%FF"), "name: not valid UTF-8");
        assert_eq!(err("name=a%0Ab"), "name: contains control characters");
        let long = "n".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(
            err(&format!("name={long}")),
            "name: longer than 80 characters"
        );
        assert!(persona_from_query(&format!("name={}", "é".repeat(NAME_MAX_CHARS))).is_ok());
        assert!(err(&"a".repeat(QUERY_MAX_BYTES + 1)).starts_with("query: longer"));
    }

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
    fn helpers_format_lists_and_numbers() {
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(thousands(5_733), "5,733");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1,234,567");
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
    fn a_query_carries_a_persona_only_with_one_of_its_keys() {
        assert!(!has_persona(""));
        assert!(!has_persona("?sort=name&utm_source=mail"));
        assert!(has_persona("?market=b2b"));
        assert!(has_persona("hours=abc"));
        assert!(has_persona(&"a".repeat(QUERY_MAX_BYTES + 1)));
        assert_eq!(persona_label(&Persona::default(), 2), "Persona 3");
        let named = Persona {
            name: "  Crumb  ".into(),
            ..Persona::default()
        };
        assert_eq!(persona_label(&named, 0), "Crumb");
    }

    #[test]
    fn opening_shows_the_link_without_saving_it_or_changing_the_active_persona() {
        let (list, mut active) = (Vec::new(), None);
        let blank = open_personas(&list, &mut active, "");
        assert_eq!(
            blank,
            Opening {
                persona: Persona::default(),
                linked: false,
                notice: None
            }
        );
        assert!(active.is_none());

        let q = persona_to_query(&professional());
        let opened = open_personas(&list, &mut active, &q);
        assert_eq!(
            (opened.persona, opened.linked, opened.notice),
            (
                professional(),
                true,
                Some(OpeningNotice::NotSaved { full: false })
            )
        );
        assert!(active.is_none(), "opening a link makes nothing active");

        let mut list = vec![seniors(), professional()];
        active = Some(0);
        // The link's persona is saved, but not the active one: shown, named, nothing changes.
        let same = open_personas(&list, &mut active, &format!("?{q}"));
        assert_eq!(
            (same.linked, same.notice),
            (true, Some(OpeningNotice::SameAsSaved("Persona 2".into())))
        );
        assert_eq!(active, Some(0));
        // The active persona's own link (a reload of the tool's URL) opens it as usual.
        active = Some(1);
        let own = open_personas(&list, &mut active, &q);
        assert_eq!((own.linked, own.notice, active), (false, None, Some(1)));

        assert_eq!(
            open_personas(&list, &mut active, "").persona,
            professional()
        );
        let bad = open_personas(&list, &mut active, "hours=999");
        assert!(bad.notice.as_ref().is_some_and(OpeningNotice::is_error));
        assert!(bad
            .notice
            .unwrap()
            .text()
            .contains("hours: must be a whole number"));
        assert_eq!((bad.persona, bad.linked), (professional(), false));
        active = Some(7);
        assert_eq!(open_personas(&list, &mut active, "").persona, seniors());
        assert_eq!(active, Some(0));
        list.clear();
        assert_eq!(
            open_personas(&list, &mut active, "").persona,
            Persona::default()
        );
        assert_eq!(active, None);
    }

    #[test]
    fn opening_links_twelve_times_leaves_the_saved_list_unchanged() {
        let list = vec![seniors()];
        let mut active = Some(0);
        for i in 0..MAX_PERSONAS {
            let linked = Persona {
                name: format!("Linked {i}"),
                hours_per_week: i as u8,
                ..professional()
            };
            let opened = open_personas(&list, &mut active, &persona_to_query(&linked));
            assert_eq!(opened.persona, linked);
            assert!(opened.linked);
            // The same link again, as a reload or a second click would open it.
            let again = open_personas(&list, &mut active, &persona_to_query(&linked));
            assert_eq!(again, opened);
        }
        assert_eq!((list, active), (vec![seniors()], Some(0)));
    }

    #[test]
    fn saving_a_linked_persona_adds_it_once_and_makes_it_active() {
        let mut list = vec![seniors()];
        let mut active = Some(0);
        let q = persona_to_query(&professional());
        let opened = open_personas(&list, &mut active, &q);
        assert_eq!(
            save_linked(&mut list, &mut active, &opened.persona),
            LinkSaved::Added(1)
        );
        assert_eq!((list.len(), active), (2, Some(1)));
        // Saved already: selected, never added twice.
        active = Some(0);
        assert_eq!(
            save_linked(&mut list, &mut active, &professional()),
            LinkSaved::Existing(1)
        );
        assert_eq!((list.len(), active), (2, Some(1)));
    }

    #[test]
    fn a_full_list_shows_a_linked_persona_and_refuses_to_save_it() {
        let mut list = vec![Persona::default(); MAX_PERSONAS];
        let mut active = Some(3);
        let q = persona_to_query(&seniors());
        let opened = open_personas(&list, &mut active, &q);
        assert_eq!(
            (opened.linked, opened.notice.clone()),
            (true, Some(OpeningNotice::NotSaved { full: true }))
        );
        assert!(opened
            .notice
            .is_some_and(|n| n.text().contains("delete a saved persona")));
        assert_eq!((list.len(), active), (MAX_PERSONAS, Some(3)));
        assert_eq!(
            save_linked(&mut list, &mut active, &seniors()),
            LinkSaved::Full
        );
        assert_eq!((list.len(), active), (MAX_PERSONAS, Some(3)));
        assert_eq!(add_persona(&mut list, &mut active), None);
        // A persona already saved is found even in a full list.
        assert_eq!(
            save_linked(&mut list, &mut active, &Persona::default()),
            LinkSaved::Existing(0)
        );
        delete_persona(&mut list, &mut active, 1);
        assert_eq!(
            save_linked(&mut list, &mut active, &seniors()),
            LinkSaved::Added(MAX_PERSONAS - 1)
        );
        assert_eq!(list[MAX_PERSONAS - 1], seniors());
        // Saving over the active persona still works as before, and a full list refuses a new one.
        assert!(save_persona(&mut list, &mut active, &professional()));
        active = None;
        assert!(!save_persona(&mut list, &mut active, &seniors()));
    }

    #[test]
    fn personas_are_saved_added_switched_and_deleted() {
        let (mut list, mut active) = (Vec::new(), None);
        assert!(save_persona(&mut list, &mut active, &seniors()));
        assert_eq!((list.len(), active), (1, Some(0)));
        assert!(save_persona(&mut list, &mut active, &professional()));
        assert_eq!(
            list,
            [professional()],
            "saving overwrites the active persona"
        );
        let added = add_persona(&mut list, &mut active).unwrap();
        assert_eq!((added.name.as_str(), active), ("Persona 2", Some(1)));
        add_persona(&mut list, &mut active);
        assert_eq!(select_persona(&list, &mut active, 0), Some(professional()));
        assert_eq!(select_persona(&list, &mut active, 9), None);
        assert_eq!(active, Some(0));
        // Deleting another persona keeps the active one active.
        active = Some(2);
        assert_eq!(
            delete_persona(&mut list, &mut active, 0).unwrap().name,
            "Persona 3"
        );
        assert_eq!(active, Some(1));
        // Deleting the active one hands over to its neighbour, then to nothing.
        assert_eq!(
            delete_persona(&mut list, &mut active, 1).unwrap().name,
            "Persona 2"
        );
        assert_eq!(active, Some(0));
        assert_eq!(
            delete_persona(&mut list, &mut active, 5).unwrap().name,
            "Persona 2"
        );
        assert_eq!(delete_persona(&mut list, &mut active, 0), None);
        assert_eq!((list.len(), active), (0, None));
    }

    #[test]
    fn chosen_platforms_keep_the_learners_order_without_repeats() {
        let mut chosen = vec!["instagram".to_string()];
        set_chosen(&mut chosen, Platform::Facebook, true);
        set_chosen(&mut chosen, Platform::Facebook, true);
        assert_eq!(chosen, ["instagram", "facebook"]);
        set_chosen(&mut chosen, Platform::Instagram, false);
        set_chosen(&mut chosen, Platform::Reddit, false);
        assert_eq!(chosen, ["facebook"]);
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

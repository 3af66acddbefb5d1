//! "Boost or not, and for how much" (lesson `paid-social-basics`, widget `boost-or-not`).
//!
//! The learner gives a platform, an objective, the size of the audience, a budget per day and a
//! number of days; [`PaidWork::estimate`] turns them into ranges of impressions, reach,
//! frequency and clicks, and [`PaidWork::warnings`] says when the budget is below a platform's
//! minimum, when people would see the advert too often, when organic posts serve the objective
//! better, and when a test would be too small to judge.
//!
//! The platform minimums are cited from the platforms' help pages ([`MINIMUMS`]). The starting
//! ranges for cost per 1,000 impressions (CPM) and click-through rate (CTR) come from [`benchmark`]:
//! published figures where one was found (each range carries its [`Source`]), else a starting
//! guess that says so (TikTok). The learner replaces them with figures from their own ads
//! manager. The frequency limit and the fair-test size are the course's rules of thumb
//! ([`RULES_OF_THUMB`]), not published limits. Honest ranges beat precise-looking guesses.
//!
//! Reach follows a simple random-exposure model: with `I` impressions spread at random over an
//! audience of `A` people, about `A × (1 − e^(−I/A))` of them see the advert at least once.
//! Real delivery repeats more than random, so real reach is usually lower.

use crate::content::text::paid as t;
use serde::{Deserialize, Serialize};

use super::{clean_text, MAX_TEXT};
use crate::domain::objective::MarketingObjective;

/// Largest audience kept (people); more than any platform's users.
pub const MAX_AUDIENCE: u64 = 4_000_000_000;
/// Largest daily budget kept (whole currency units).
pub const MAX_DAILY_BUDGET: u32 = 1_000_000;
/// Longest run kept, in days.
pub const MAX_DAYS: u32 = 365;
/// Largest cost per 1,000 impressions kept, in cents (1,000.00).
pub const MAX_CPM_CENTS: u32 = 100_000;
/// Largest click-through rate kept, in hundredths of a percent (100%).
pub const MAX_CTR_BP: u32 = 10_000;

/// Above this many views per person a week, the tool warns (a rule of thumb, see
/// [`RULES_OF_THUMB`]).
pub const FREQUENCY_PER_WEEK_LIMIT: f64 = 3.0;
/// Fewer expected clicks than this, even at the optimistic end, is too small a test to judge
/// (the lesson: "budget for at least a few dozen" results).
pub const FAIR_TEST_CLICKS: f64 = 30.0;

/// The platforms whose minimum budgets the lesson cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaidPlatform {
    #[serde(rename = "meta")]
    Meta,
    #[serde(rename = "tiktok")]
    TikTok,
    #[serde(rename = "linkedin")]
    LinkedIn,
}

impl PaidPlatform {
    pub const ALL: [PaidPlatform; 3] = [
        PaidPlatform::Meta,
        PaidPlatform::TikTok,
        PaidPlatform::LinkedIn,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            PaidPlatform::Meta => "meta",
            PaidPlatform::TikTok => "tiktok",
            PaidPlatform::LinkedIn => "linkedin",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PaidPlatform::Meta => t::PLATFORM_META,
            PaidPlatform::TikTok => t::PLATFORM_TIKTOK,
            PaidPlatform::LinkedIn => t::PLATFORM_LINKEDIN,
        }
    }

    /// This platform's cited minimum budgets.
    pub fn minimums(self) -> impl Iterator<Item = &'static Minimum> {
        MINIMUMS.iter().filter(move |m| m.platform == self)
    }
}

/// A platform's minimum daily budget, as the lesson states it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Minimum {
    pub platform: PaidPlatform,
    /// In U.S. dollars a day.
    pub dollars: u32,
    /// The budget must be *more than* `dollars` (TikTok), not just at least.
    pub strict: bool,
    /// What the minimum applies to: "adverts charged for impressions".
    pub applies_to: &'static str,
    /// The help page.
    pub source: &'static str,
    /// The year of the "as of" date.
    pub year: u16,
}

impl Minimum {
    /// True when a daily budget of `budget` does not meet this minimum.
    pub fn is_missed_by(&self, budget: u32) -> bool {
        if self.strict {
            budget <= self.dollars
        } else {
            budget < self.dollars
        }
    }

    /// "$5 a day" or "more than $50 a day".
    pub fn phrase(&self) -> String {
        if self.strict {
            t::more_than_a_day(self.dollars)
        } else {
            t::at_least_a_day(self.dollars)
        }
    }

    /// "Meta Business Help Centre, "About minimum budgets", as of 2025".
    pub fn citation(&self) -> String {
        if self.source.contains(&self.year.to_string()) {
            self.source.to_string()
        } else {
            t::as_of(self.source, self.year)
        }
    }
}

const META_SOURCE: &str = "Meta Business Help Centre, \"About minimum budgets\"";
const TIKTOK_SOURCE: &str = t::TIKTOK_SOURCE;
const LINKEDIN_SOURCE: &str = "LinkedIn Marketing Solutions Help";

/// The platform minimums, exactly as the lesson `paid-social-basics` states them.
pub const MINIMUMS: [Minimum; 5] = [
    Minimum {
        platform: PaidPlatform::Meta,
        dollars: 1,
        strict: false,
        applies_to: t::APPLIES_IMPRESSIONS,
        source: META_SOURCE,
        year: 2025,
    },
    Minimum {
        platform: PaidPlatform::Meta,
        dollars: 5,
        strict: false,
        applies_to: t::APPLIES_CLICKS,
        source: META_SOURCE,
        year: 2025,
    },
    Minimum {
        platform: PaidPlatform::TikTok,
        dollars: 50,
        strict: true,
        applies_to: t::APPLIES_CAMPAIGN,
        source: TIKTOK_SOURCE,
        year: 2025,
    },
    Minimum {
        platform: PaidPlatform::TikTok,
        dollars: 20,
        strict: true,
        applies_to: t::APPLIES_AD_GROUP,
        source: TIKTOK_SOURCE,
        year: 2025,
    },
    Minimum {
        platform: PaidPlatform::LinkedIn,
        dollars: 10,
        strict: false,
        applies_to: t::APPLIES_LINKEDIN_CAMPAIGN,
        source: LINKEDIN_SOURCE,
        year: 2024,
    },
];

/// The thresholds the tool warns at that are the course's own rules of thumb, not published
/// figures: (what, why).
pub const RULES_OF_THUMB: [(&str, &str); 2] = [
    (t::RULE_FREQUENCY, t::RULE_FREQUENCY_WHY),
    (t::RULE_CLICKS, t::RULE_CLICKS_WHY),
];

/// Said once wherever the CPM and CTR ranges are shown.
pub const BENCHMARK_NOTE: &str = t::BENCHMARK_NOTE;

/// Said for a range no published benchmark backs.
pub const NO_BENCHMARK: &str = t::NO_BENCHMARK;

/// Where a published CPM or CTR figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub publisher: &'static str,
    pub title: &'static str,
    /// The year of the data or of publication.
    pub year: u16,
    pub url: &'static str,
}

impl Source {
    /// "from Superads, 2025".
    pub fn credit(&self) -> String {
        t::credit(self.publisher, self.year)
    }
}

/// Superads (Superside), all industries and countries, monthly CPM October 2024 – October 2025:
/// low $17.97 (January 2025), high $24.67 (November 2024), average $19.80.
pub const SUPERADS_CPM: Source = Source {
    publisher: "Superads",
    title: "Facebook Ads CPM Benchmarks",
    year: 2025,
    url: "https://www.superads.ai/facebook-ads-costs/cpm-cost-per-mille",
};
/// Lebesgue, average CTR by industry: lowest 0.79% (food and drink), highest 1.30% (home and
/// garden).
pub const LEBESGUE_CTR: Source = Source {
    publisher: "Lebesgue",
    title: "Facebook Benchmarks by Industry in 2024",
    year: 2024,
    url: "https://lebesgue.io/facebook-ads/facebook-benchmarks-by-industry-ctr-cpm-cr-and-cac/",
};
/// Stackmatix, quoting Lever Digital: "£20–£35 ($25–$45 USD) for most B2B campaigns".
pub const STACKMATIX_CPM: Source = Source {
    publisher: "Stackmatix",
    title: "LinkedIn CPM Explained",
    year: 2026,
    url: "https://www.stackmatix.com/blog/linkedin-cpm-explained",
};
/// Stackmatix, "according to LinkedIn benchmark data": sponsored content averages 0.44%–0.65%.
pub const STACKMATIX_CTR: Source = Source {
    publisher: "Stackmatix",
    title: "LinkedIn Ads Click Through Rate: Industry Benchmarks for 2026",
    year: 2026,
    url: "https://www.stackmatix.com/blog/linkedin-ads-ctr-benchmarks",
};

/// Every source [`benchmark`] cites, for the tool's list.
pub const SOURCES: [Source; 4] = [SUPERADS_CPM, LEBESGUE_CTR, STACKMATIX_CPM, STACKMATIX_CTR];

/// A platform's starting ranges, which the learner can edit; a range with no source is a
/// starting guess ([`NO_BENCHMARK`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Benchmark {
    /// Cost per 1,000 impressions, low and high, in cents.
    pub cpm_cents: (u32, u32),
    pub cpm_source: Option<&'static Source>,
    /// Click-through rate, low and high, in hundredths of a percent.
    pub ctr_bp: (u32, u32),
    pub ctr_source: Option<&'static Source>,
}

impl Benchmark {
    /// "from Superads, 2025", or [`NO_BENCHMARK`].
    pub fn credit(source: Option<&Source>) -> String {
        source.map_or(NO_BENCHMARK.to_string(), Source::credit)
    }
}

/// The starting ranges for a platform (see [`BENCHMARK_NOTE`]): low to high across the cited
/// months, industries or formats.
pub fn benchmark(platform: PaidPlatform) -> Benchmark {
    match platform {
        PaidPlatform::Meta => Benchmark {
            cpm_cents: (1_797, 2_467),
            cpm_source: Some(&SUPERADS_CPM),
            ctr_bp: (79, 130),
            ctr_source: Some(&LEBESGUE_CTR),
        },
        // Only vendors' and sellers' blogs without data or method were found: a wide guess.
        PaidPlatform::TikTok => Benchmark {
            cpm_cents: (300, 1_500),
            cpm_source: None,
            ctr_bp: (50, 150),
            ctr_source: None,
        },
        PaidPlatform::LinkedIn => Benchmark {
            cpm_cents: (2_500, 4_500),
            cpm_source: Some(&STACKMATIX_CPM),
            ctr_bp: (44, 65),
            ctr_source: Some(&STACKMATIX_CTR),
        },
    }
}

/// What the learner entered in the tool. Every number is optional: `None` is a blank box. A blank
/// CPM or CTR box means the platform's [`benchmark`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PaidWork {
    pub platform: Option<PaidPlatform>,
    pub objective: Option<MarketingObjective>,
    /// People in the audience you would target.
    pub audience: Option<u64>,
    /// Budget per day, in whole units of the ad account's currency.
    pub daily_budget: Option<u32>,
    pub days: Option<u32>,
    /// Cost per 1,000 impressions, in cents.
    pub cpm_low: Option<u32>,
    pub cpm_high: Option<u32>,
    /// Click-through rate, in hundredths of a percent (125 = 1.25%).
    pub ctr_low: Option<u32>,
    pub ctr_high: Option<u32>,
    /// Most of the people to reach already follow the business.
    pub followers_already: bool,
    /// The learner's decision and why, in their words.
    pub decision: String,
}

/// A low–high range. `low <= high`, both finite and not negative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

impl Range {
    fn new(a: f64, b: f64) -> Range {
        let fix = |x: f64| if x.is_finite() && x > 0.0 { x } else { 0.0 };
        let (a, b) = (fix(a), fix(b));
        Range {
            low: a.min(b),
            high: a.max(b),
        }
    }

    /// How many times wider the top is than the bottom (1 when equal; infinite from 0).
    pub fn spread(&self) -> f64 {
        if self.low > 0.0 {
            self.high / self.low
        } else if self.high > 0.0 {
            f64::INFINITY
        } else {
            1.0
        }
    }
}

/// The expected results of a campaign.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// Budget per day × days.
    pub spend: f64,
    pub impressions: Range,
    /// People who see the advert at least once.
    pub reach: Range,
    /// Average views per person reached, over the whole run.
    pub frequency: Range,
    /// The same per week (the whole run's figure for a run of a week or less).
    pub weekly_frequency: Range,
    pub clicks: Range,
}

/// An entry the estimate needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needed {
    Platform,
    Budget,
    Days,
    Audience,
    Cpm,
}

impl Needed {
    pub fn label(self) -> &'static str {
        match self {
            Needed::Platform => t::NEEDS_PLATFORM,
            Needed::Budget => t::NEEDS_BUDGET,
            Needed::Days => t::NEEDS_DAYS,
            Needed::Audience => t::NEEDS_AUDIENCE,
            Needed::Cpm => t::NEEDS_CPM,
        }
    }
}

/// "Enter a platform, a budget per day above 0 and a number of days above 0 to see estimates."
pub fn needed_sentence(needed: &[Needed]) -> String {
    let labels: Vec<&str> = needed.iter().map(|n| n.label()).collect();
    let list = match labels.as_slice() {
        [] => return String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => t::needed_list(rest.join(", "), last),
    };
    t::enter_to_see(list)
}

/// Which warning it is, for tests and styling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningKind {
    BelowMinimum,
    FrequencyHigh,
    OrganicBetter,
    TooFewClicks,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
}

impl Warning {
    fn new(kind: WarningKind, message: impl Into<String>) -> Warning {
        Warning {
            kind,
            message: message.into(),
        }
    }
}

/// The short answer to "boost or not".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Organic posts serve this better.
    PostOrganically,
    /// Below a minimum or too small to learn from.
    NotYet,
    /// Would run, but people would see it too often.
    Adjust,
    /// A fair test.
    Test,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::PostOrganically => t::VERDICT_ORGANIC,
            Verdict::NotYet => t::VERDICT_NOT_YET,
            Verdict::Adjust => t::VERDICT_ADJUST,
            Verdict::Test => t::VERDICT_TEST,
        }
    }
}

impl PaidWork {
    /// Clamps every number to its range and cleans the decision text.
    pub fn sanitise(&mut self) {
        clamp(&mut self.audience, MAX_AUDIENCE);
        clamp(&mut self.daily_budget, MAX_DAILY_BUDGET);
        clamp(&mut self.days, MAX_DAYS);
        clamp(&mut self.cpm_low, MAX_CPM_CENTS);
        clamp(&mut self.cpm_high, MAX_CPM_CENTS);
        clamp(&mut self.ctr_low, MAX_CTR_BP);
        clamp(&mut self.ctr_high, MAX_CTR_BP);
        clean_text(&mut self.decision, MAX_TEXT);
    }

    pub fn is_empty(&self) -> bool {
        self == &PaidWork::default()
    }

    /// The CPM range in cents, low first: what the learner typed, else the platform's benchmark.
    pub fn cpm_cents(&self) -> Option<(u32, u32)> {
        let a = self.platform.map(benchmark);
        let low = self.cpm_low.or(a.map(|a| a.cpm_cents.0))?;
        let high = self.cpm_high.or(a.map(|a| a.cpm_cents.1))?;
        Some((low.min(high), low.max(high)))
    }

    /// The CTR range in hundredths of a percent, low first (as [`PaidWork::cpm_cents`]).
    pub fn ctr_bp(&self) -> Option<(u32, u32)> {
        let a = self.platform.map(benchmark);
        let low = self.ctr_low.or(a.map(|a| a.ctr_bp.0))?;
        let high = self.ctr_high.or(a.map(|a| a.ctr_bp.1))?;
        Some((low.min(high), low.max(high)))
    }

    /// The expected results, or what is still needed to work them out.
    pub fn estimate(&self) -> Result<Estimate, Vec<Needed>> {
        let mut needed = Vec::new();
        if self.platform.is_none() {
            needed.push(Needed::Platform);
        }
        let budget = positive(
            self.daily_budget.map(f64::from),
            Needed::Budget,
            &mut needed,
        );
        let days = positive(self.days.map(f64::from), Needed::Days, &mut needed);
        let audience = positive(
            self.audience.map(|a| a as f64),
            Needed::Audience,
            &mut needed,
        );
        let cpm = self.cpm_cents();
        if self.platform.is_some() && cpm.is_none_or(|(low, _)| low == 0) {
            needed.push(Needed::Cpm);
        }
        let (Some(budget), Some(days), Some(audience), Some((cpm_low, cpm_high))) =
            (budget, days, audience, cpm)
        else {
            return Err(needed);
        };
        if !needed.is_empty() {
            return Err(needed);
        }
        let (ctr_low, ctr_high) = self.ctr_bp().unwrap_or((0, 0));
        let spend = budget * days;
        let cpm_low = f64::from(cpm_low) / 100.0;
        let cpm_high = f64::from(cpm_high) / 100.0;
        let impressions = Range::new(spend / cpm_high * 1_000.0, spend / cpm_low * 1_000.0);
        let reach = Range::new(
            reach_of(impressions.low, audience),
            reach_of(impressions.high, audience),
        );
        let frequency = Range::new(
            frequency_of(impressions.low, reach.low),
            frequency_of(impressions.high, reach.high),
        );
        let weeks = days.max(7.0) / 7.0;
        let weekly_frequency = Range::new(frequency.low / weeks, frequency.high / weeks);
        let clicks = Range::new(
            impressions.low * f64::from(ctr_low) / 10_000.0,
            impressions.high * f64::from(ctr_high) / 10_000.0,
        );
        Ok(Estimate {
            spend,
            impressions,
            reach,
            frequency,
            weekly_frequency,
            clicks,
        })
    }

    /// Everything to watch out for, in order: minimums, organic, frequency, test size.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        if let (Some(platform), Some(budget)) = (self.platform, self.daily_budget) {
            minimum_warnings(platform, budget, &mut out);
        }
        if self.objective == Some(MarketingObjective::Community) {
            out.push(Warning::new(
                WarningKind::OrganicBetter,
                t::COMMUNITY_IS_ORGANIC,
            ));
        }
        if self.followers_already {
            out.push(Warning::new(
                WarningKind::OrganicBetter,
                t::FOLLOWERS_ALREADY,
            ));
        }
        if let Ok(e) = self.estimate() {
            let f = e.weekly_frequency;
            if f.low > FREQUENCY_PER_WEEK_LIMIT {
                out.push(Warning::new(
                    WarningKind::FrequencyHigh,
                    t::frequency_too_high(
                        one_decimal(f.low),
                        one_decimal(FREQUENCY_PER_WEEK_LIMIT),
                    ),
                ));
            } else if f.high > FREQUENCY_PER_WEEK_LIMIT {
                out.push(Warning::new(
                    WarningKind::FrequencyHigh,
                    t::frequency_may_be_high(
                        one_decimal(f.high),
                        one_decimal(FREQUENCY_PER_WEEK_LIMIT),
                    ),
                ));
            }
            let wants_clicks = matches!(
                self.objective,
                Some(
                    MarketingObjective::Traffic
                        | MarketingObjective::Leads
                        | MarketingObjective::Sales
                )
            );
            if wants_clicks && e.clicks.high < FAIR_TEST_CLICKS {
                out.push(Warning::new(
                    WarningKind::TooFewClicks,
                    t::too_few_clicks(FAIR_TEST_CLICKS as u32),
                ));
            }
        }
        out
    }

    /// An awareness advert on Meta (charged for impressions) with at least the $1 minimum: the
    /// $5 warning still shows, but it does not stop this advert running.
    fn runs_on_impressions_minimum(&self) -> bool {
        self.platform == Some(PaidPlatform::Meta)
            && self.objective == Some(MarketingObjective::Awareness)
            && self.daily_budget.is_some_and(|b| b >= 1)
    }

    /// The short answer, from the warnings; `None` until there is an estimate or a warning.
    pub fn verdict(&self) -> Option<Verdict> {
        let warnings = self.warnings();
        let has = |k: WarningKind| warnings.iter().any(|w| w.kind == k);
        if has(WarningKind::OrganicBetter) {
            Some(Verdict::PostOrganically)
        } else if (has(WarningKind::BelowMinimum) && !self.runs_on_impressions_minimum())
            || has(WarningKind::TooFewClicks)
        {
            Some(Verdict::NotYet)
        } else if has(WarningKind::FrequencyHigh) {
            Some(Verdict::Adjust)
        } else if self.estimate().is_ok() {
            Some(Verdict::Test)
        } else {
            None
        }
    }
}

fn minimum_warnings(platform: PaidPlatform, budget: u32, out: &mut Vec<Warning>) {
    let missed: Vec<&Minimum> = platform
        .minimums()
        .filter(|m| m.is_missed_by(budget))
        .collect();
    let Some(first) = missed.first() else {
        return;
    };
    let message = match platform {
        // Meta: below $1 nothing runs; from $1 to $4 only impression-charged adverts do.
        PaidPlatform::Meta if missed.len() == 1 => {
            t::below_meta_minimum(budget, first.phrase(), first.applies_to, first.citation())
        }
        PaidPlatform::Meta => {
            t::below_meta_lowest(budget, first.phrase(), first.applies_to, first.citation())
        }
        PaidPlatform::TikTok => t::below_tiktok_minimum(budget, first.phrase(), first.citation()),
        PaidPlatform::LinkedIn => {
            t::below_linkedin_minimum(budget, first.phrase(), first.citation())
        }
    };
    out.push(Warning::new(
        WarningKind::BelowMinimum,
        t::minimum_note(message),
    ));
}

fn clamp<T: Ord + Copy>(value: &mut Option<T>, max: T) {
    if let Some(v) = value {
        *v = (*v).min(max);
    }
}

fn positive(value: Option<f64>, what: Needed, needed: &mut Vec<Needed>) -> Option<f64> {
    match value {
        Some(v) if v.is_finite() && v > 0.0 => Some(v),
        _ => {
            needed.push(what);
            None
        }
    }
}

/// People reached by `impressions` spread at random over `audience` people.
fn reach_of(impressions: f64, audience: f64) -> f64 {
    if !(impressions > 0.0 && audience > 0.0) {
        return 0.0;
    }
    let share = -(-impressions / audience).exp_m1();
    (audience * share).min(audience).min(impressions)
}

fn frequency_of(impressions: f64, reach: f64) -> f64 {
    if reach > 0.0 {
        (impressions / reach).max(1.0)
    } else {
        0.0
    }
}

/// `2.5` → "2.5", `3.0` → "3".
pub fn one_decimal(value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = crate::domain::wording::fixed(value, 1).unwrap_or_default();
    let whole = format!("{}0", super::formulas::decimal_mark());
    text.strip_suffix(&whole)
        .map(str::to_string)
        .unwrap_or(text)
}

/// A count rounded to two significant figures, with thousands separators: 12,345 → "12,000".
pub fn rounded(value: f64) -> String {
    if !value.is_finite() || value <= 0.0 {
        return "0".into();
    }
    if value < 10.0 {
        return format!("{}", value.round() as u64);
    }
    let digits = value.log10().floor() as i32;
    let step = 10f64.powi(digits - 1);
    let r = (value / step).round() * step;
    super::formulas::format_number(r, 0).unwrap_or_else(|| "–".into())
}

/// "1,200–4,500" (or one figure when both round the same).
pub fn range_text(r: Range) -> String {
    let (low, high) = (rounded(r.low), rounded(r.high));
    if low == high {
        low
    } else {
        format!("{low}–{high}")
    }
}

/// "1.2–3.4" views per person.
pub fn frequency_text(r: Range) -> String {
    let (low, high) = (one_decimal(r.low), one_decimal(r.high));
    if low == high {
        low
    } else {
        format!("{low}–{high}")
    }
}

/// An amount without a symbol, whole units: 1400 → "1,400".
pub fn format_money(value: f64) -> String {
    super::formulas::format_number(value, 0).unwrap_or_else(|| "–".into())
}

/// Cents as money without a symbol: 1500 → "15.00".
pub fn cents_text(cents: u32) -> String {
    super::formulas::format_number(f64::from(cents) / 100.0, 2).unwrap_or_default()
}

/// Hundredths of a percent as a percentage: 125 → "1.25%".
pub fn bp_text(bp: u32) -> String {
    super::formulas::format_percent(f64::from(bp) / 100.0, 2)
}

/// A number box holds text that is not a number of 0 or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// Reads a number box: blank is `None`; commas, spaces and a leading currency sign are allowed;
/// negative, not-a-number or unreadable text is `Err(Unreadable)`. `scale` turns units into stored
/// units (100 for cents), rounding to the nearest; the result is clamped to `max`.
pub fn parse_scaled(text: &str, scale: f64, max: u64) -> Result<Option<u64>, Unreadable> {
    let cleaned: String = text
        .trim()
        .trim_start_matches(['£', '$', '€'])
        .chars()
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect();
    let cleaned = cleaned.trim_end_matches('%');
    if cleaned.is_empty() {
        return Ok(None);
    }
    let value = crate::domain::decimal::parse_decimal(cleaned).ok_or(Unreadable)?;
    if !value.is_finite() || value < 0.0 {
        return Err(Unreadable);
    }
    let scaled = (value * scale).round();
    if scaled >= max as f64 {
        Ok(Some(max))
    } else {
        Ok(Some(scaled as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crumb() -> PaidWork {
        PaidWork {
            platform: Some(PaidPlatform::Meta),
            objective: Some(MarketingObjective::Traffic),
            audience: Some(40_000),
            daily_budget: Some(5),
            days: Some(14),
            ..PaidWork::default()
        }
    }

    fn kinds(w: &PaidWork) -> Vec<WarningKind> {
        w.warnings().iter().map(|w| w.kind).collect()
    }

    #[test]
    fn a_modest_boost_gives_ordered_ranges() {
        let e = crumb().estimate().unwrap();
        assert_eq!(e.spend, 70.0);
        // 70 at Meta's 17.97–24.67 per 1,000 impressions.
        assert!((e.impressions.low - 2_837.45).abs() < 0.1, "{e:?}");
        assert!((e.impressions.high - 3_895.38).abs() < 0.1, "{e:?}");
        for r in [e.impressions, e.reach, e.frequency, e.clicks] {
            assert!(r.low <= r.high, "{r:?}");
            assert!(r.low >= 0.0 && r.high.is_finite());
        }
        assert!(e.reach.high <= 40_000.0);
        assert!(e.reach.low <= e.impressions.low);
        assert!(e.frequency.low >= 1.0);
        // 0.79%–1.30% of the impressions.
        assert!((e.clicks.low - 22.42).abs() < 0.1, "{e:?}");
        assert!((e.clicks.high - 50.64).abs() < 0.1, "{e:?}");
    }

    #[test]
    fn ranges_narrow_when_the_entries_narrow_and_widen_when_they_widen() {
        let base = crumb().estimate().unwrap();
        let narrow = PaidWork {
            cpm_low: Some(800),
            cpm_high: Some(1_000),
            ctr_low: Some(90),
            ctr_high: Some(100),
            ..crumb()
        }
        .estimate()
        .unwrap();
        let wide = PaidWork {
            cpm_low: Some(100),
            cpm_high: Some(5_000),
            ..crumb()
        }
        .estimate()
        .unwrap();
        assert!(narrow.impressions.spread() < base.impressions.spread());
        assert!(narrow.clicks.spread() < base.clicks.spread());
        assert!(wide.impressions.spread() > base.impressions.spread());
        let exact = PaidWork {
            cpm_low: Some(1_000),
            cpm_high: Some(1_000),
            ctr_low: Some(100),
            ctr_high: Some(100),
            ..crumb()
        }
        .estimate()
        .unwrap();
        assert_eq!(exact.impressions.low, exact.impressions.high);
        assert_eq!(exact.impressions.spread(), 1.0);
    }

    #[test]
    fn more_budget_or_days_means_more_and_a_small_audience_caps_reach() {
        let base = crumb().estimate().unwrap();
        let more = PaidWork {
            daily_budget: Some(20),
            ..crumb()
        }
        .estimate()
        .unwrap();
        assert!(more.impressions.low > base.impressions.low);
        assert!(more.reach.high >= base.reach.high);
        assert!(more.frequency.high >= base.frequency.high);
        let small = PaidWork {
            audience: Some(200),
            ..crumb()
        }
        .estimate()
        .unwrap();
        assert!(small.reach.high <= 200.0);
        assert!(small.frequency.high > 10.0, "{small:?}");
    }

    #[test]
    fn reversed_entries_are_read_low_first() {
        let w = PaidWork {
            cpm_low: Some(2_467),
            cpm_high: Some(1_797),
            ctr_low: Some(130),
            ctr_high: Some(79),
            ..crumb()
        };
        assert_eq!(w.cpm_cents(), Some((1_797, 2_467)));
        assert_eq!(w.ctr_bp(), Some((79, 130)));
        assert_eq!(w.estimate().unwrap(), crumb().estimate().unwrap());
    }

    #[test]
    fn missing_entries_are_named() {
        let empty = PaidWork::default();
        assert_eq!(
            empty.estimate().unwrap_err(),
            vec![
                Needed::Platform,
                Needed::Budget,
                Needed::Days,
                Needed::Audience
            ]
        );
        let zero = PaidWork {
            daily_budget: Some(0),
            days: Some(0),
            audience: Some(0),
            cpm_low: Some(0),
            ..crumb()
        };
        assert_eq!(
            zero.estimate().unwrap_err(),
            vec![Needed::Budget, Needed::Days, Needed::Audience, Needed::Cpm]
        );
        assert_eq!(
            needed_sentence(&[Needed::Budget, Needed::Days]),
            "Enter a budget per day above 0 and a number of days above 0 to see the estimates."
        );
        assert_eq!(needed_sentence(&[]), "");
        assert_eq!(empty.verdict(), None);
    }

    #[test]
    fn zero_ctr_gives_zero_clicks_not_nan() {
        let w = PaidWork {
            ctr_low: Some(0),
            ctr_high: Some(0),
            ..crumb()
        };
        let e = w.estimate().unwrap();
        assert_eq!(
            e.clicks,
            Range {
                low: 0.0,
                high: 0.0
            }
        );
        assert_eq!(range_text(e.clicks), "0");
    }

    #[test]
    fn huge_inputs_stay_finite_and_within_the_audience() {
        let mut w = PaidWork {
            platform: Some(PaidPlatform::LinkedIn),
            objective: Some(MarketingObjective::Sales),
            audience: Some(u64::MAX),
            daily_budget: Some(u32::MAX),
            days: Some(u32::MAX),
            cpm_low: Some(1),
            cpm_high: Some(u32::MAX),
            ctr_low: Some(u32::MAX),
            ctr_high: Some(u32::MAX),
            followers_already: true,
            decision: "x".repeat(MAX_TEXT * 3),
        };
        w.sanitise();
        assert_eq!(w.audience, Some(MAX_AUDIENCE));
        assert_eq!(w.daily_budget, Some(MAX_DAILY_BUDGET));
        assert_eq!(w.days, Some(MAX_DAYS));
        assert_eq!(w.cpm_high, Some(MAX_CPM_CENTS));
        assert_eq!(w.ctr_low, Some(MAX_CTR_BP));
        assert_eq!(w.decision.chars().count(), MAX_TEXT);
        let e = w.estimate().unwrap();
        for r in [
            e.impressions,
            e.reach,
            e.frequency,
            e.weekly_frequency,
            e.clicks,
        ] {
            assert!(r.low.is_finite() && r.high.is_finite(), "{r:?}");
            assert!(r.low <= r.high);
        }
        assert!(e.reach.high <= MAX_AUDIENCE as f64);
        assert!(e.clicks.high <= e.impressions.high);
        let _ = w.warnings();
        let _ = w.verdict();
        for r in [e.impressions, e.reach, e.clicks] {
            assert!(!range_text(r).is_empty());
        }
        // Unsanitised extremes do not panic either.
        let raw = PaidWork {
            audience: Some(u64::MAX),
            daily_budget: Some(u32::MAX),
            days: Some(u32::MAX),
            cpm_low: Some(1),
            cpm_high: Some(1),
            ..crumb()
        };
        let e = raw.estimate().unwrap();
        assert!(e.impressions.high.is_finite());
        let _ = raw.warnings();
    }

    #[test]
    fn a_tiny_audience_and_one_day_never_panic() {
        for audience in [1, 2, 10] {
            for days in [1, 2, 7, 8, 365] {
                let w = PaidWork {
                    audience: Some(audience),
                    days: Some(days),
                    ..crumb()
                };
                let e = w.estimate().unwrap();
                assert!(e.reach.high <= audience as f64);
                assert!(e.weekly_frequency.low <= e.frequency.low);
                let _ = w.warnings();
            }
        }
    }

    #[test]
    fn negative_or_garbage_text_is_refused_by_the_parser() {
        assert_eq!(parse_scaled("", 1.0, 100), Ok(None));
        assert_eq!(parse_scaled("  ", 1.0, 100), Ok(None));
        assert_eq!(parse_scaled("-5", 1.0, 100), Err(Unreadable));
        assert_eq!(parse_scaled("NaN", 1.0, 100), Err(Unreadable));
        assert_eq!(parse_scaled("inf", 1.0, 100), Err(Unreadable));
        assert_eq!(parse_scaled("lots", 1.0, 100), Err(Unreadable));
        assert_eq!(parse_scaled("1e400", 1.0, 100), Err(Unreadable));
        assert_eq!(parse_scaled("£12.50", 100.0, 100_000), Ok(Some(1_250)));
        assert_eq!(parse_scaled("1,500", 1.0, 10_000), Ok(Some(1_500)));
        assert_eq!(parse_scaled("1.25%", 100.0, 10_000), Ok(Some(125)));
        assert_eq!(parse_scaled("99999999999", 1.0, 365), Ok(Some(365)));
    }

    #[test]
    fn negative_and_wrong_stored_values_are_dropped_on_reading() {
        let json = r#"{"platform":"myspace","objective":"fame","audience":-5,
                       "daily_budget":5,"days":"lots","cpm_low":1.5,"decision":7}"#;
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let mut w: PaidWork =
            crate::domain::lenient::read(&value, "workbook.paid", &mut Vec::new());
        w.sanitise();
        assert_eq!(w.platform, None);
        assert_eq!(w.objective, None);
        assert_eq!(w.audience, None);
        assert_eq!(w.daily_budget, Some(5));
        assert_eq!(w.days, None);
        assert_eq!(w.cpm_low, None);
        assert_eq!(w.decision, "");
    }

    #[test]
    fn below_minimum_fires_per_platform_and_not_at_or_above() {
        let at = |platform, budget| PaidWork {
            platform: Some(platform),
            daily_budget: Some(budget),
            ..PaidWork::default()
        };
        let below = |w: &PaidWork| kinds(w).contains(&WarningKind::BelowMinimum);
        // Meta: $1 for impressions, $5 for clicks.
        assert!(below(&at(PaidPlatform::Meta, 0)));
        assert!(below(&at(PaidPlatform::Meta, 4)));
        assert!(at(PaidPlatform::Meta, 4).warnings()[0]
            .message
            .contains("$5 a day for adverts charged for clicks"));
        assert!(at(PaidPlatform::Meta, 0).warnings()[0]
            .message
            .contains("$1 a day"));
        assert!(!below(&at(PaidPlatform::Meta, 5)));
        // TikTok: more than $50.
        assert!(below(&at(PaidPlatform::TikTok, 20)));
        assert!(below(&at(PaidPlatform::TikTok, 50)));
        assert!(!below(&at(PaidPlatform::TikTok, 51)));
        let tiktok = &at(PaidPlatform::TikTok, 30).warnings()[0].message;
        assert!(tiktok.contains("more than $50 a day"), "{tiktok}");
        assert!(tiktok.contains("updated August 2025"), "{tiktok}");
        // LinkedIn: $10.
        assert!(below(&at(PaidPlatform::LinkedIn, 9)));
        assert!(!below(&at(PaidPlatform::LinkedIn, 10)));
        assert!(at(PaidPlatform::LinkedIn, 9).warnings()[0]
            .message
            .contains("as of 2024"));
        // No budget or no platform: no verdict on the minimum.
        assert!(!below(&PaidWork {
            platform: Some(PaidPlatform::TikTok),
            ..PaidWork::default()
        }));
        assert!(!below(&PaidWork {
            daily_budget: Some(1),
            ..PaidWork::default()
        }));
        assert_eq!(
            at(PaidPlatform::TikTok, 20).verdict(),
            Some(Verdict::NotYet)
        );
    }

    #[test]
    fn frequency_warning_fires_on_a_small_audience_and_not_on_a_broad_one() {
        let broad = PaidWork {
            audience: Some(1_000_000),
            ..crumb()
        };
        assert!(!kinds(&broad).contains(&WarningKind::FrequencyHigh));
        let small = PaidWork {
            audience: Some(200),
            ..crumb()
        };
        let w = small.warnings();
        let f = w
            .iter()
            .find(|w| w.kind == WarningKind::FrequencyHigh)
            .unwrap();
        assert!(f.message.contains("times a week or more"), "{}", f.message);
        assert_eq!(small.verdict(), Some(Verdict::Adjust));
        // Only the cheap end too often: a softer warning.
        let edge = PaidWork {
            audience: Some(550),
            ..crumb()
        };
        let e = edge.estimate().unwrap();
        assert!(e.weekly_frequency.low <= FREQUENCY_PER_WEEK_LIMIT, "{e:?}");
        assert!(e.weekly_frequency.high > FREQUENCY_PER_WEEK_LIMIT, "{e:?}");
        assert!(edge
            .warnings()
            .iter()
            .any(|w| w.kind == WarningKind::FrequencyHigh && w.message.contains("up to")));
    }

    #[test]
    fn organic_warning_fires_for_community_or_followers_and_not_otherwise() {
        assert!(!kinds(&crumb()).contains(&WarningKind::OrganicBetter));
        for objective in MarketingObjective::ALL {
            let w = PaidWork {
                objective: Some(objective),
                ..crumb()
            };
            assert_eq!(
                kinds(&w).contains(&WarningKind::OrganicBetter),
                objective == MarketingObjective::Community,
                "{objective:?}"
            );
        }
        let followers = PaidWork {
            followers_already: true,
            ..crumb()
        };
        assert!(kinds(&followers).contains(&WarningKind::OrganicBetter));
        assert_eq!(followers.verdict(), Some(Verdict::PostOrganically));
    }

    #[test]
    fn too_few_clicks_fires_for_click_objectives_only() {
        let tiny = PaidWork {
            daily_budget: Some(5),
            days: Some(1),
            ..crumb()
        };
        assert!(kinds(&tiny).contains(&WarningKind::TooFewClicks));
        let awareness = PaidWork {
            objective: Some(MarketingObjective::Awareness),
            ..tiny.clone()
        };
        assert!(!kinds(&awareness).contains(&WarningKind::TooFewClicks));
        assert!(!kinds(&crumb()).contains(&WarningKind::TooFewClicks));
        assert_eq!(crumb().verdict(), Some(Verdict::Test));
    }

    #[test]
    fn every_benchmark_has_a_source_and_a_year() {
        for m in &MINIMUMS {
            assert!(!m.source.trim().is_empty(), "{m:?}");
            assert!((2024..=2026).contains(&m.year), "{m:?}");
            assert!(m.citation().contains(&m.year.to_string()));
            assert!(m.dollars > 0);
        }
        let lesson = include_str!("../../content/lessons/grow/01-paid-social-basics.md");
        let sources = &lesson[lesson.find(":::sources").unwrap()..];
        let mut cited = Vec::new();
        for p in PaidPlatform::ALL {
            assert!(p.minimums().count() >= 1, "{p:?}");
            let b = benchmark(p);
            assert!(b.cpm_cents.0 > 0 && b.cpm_cents.0 < b.cpm_cents.1, "{p:?}");
            assert!(b.ctr_bp.0 > 0 && b.ctr_bp.0 < b.ctr_bp.1, "{p:?}");
            // A range shown as a benchmark names its publisher, title, year and address, and the
            // lesson's sources list it; one without a source says it is a guess.
            for source in [b.cpm_source, b.ctr_source] {
                let Some(s) = source else {
                    assert_eq!(Benchmark::credit(source), NO_BENCHMARK);
                    continue;
                };
                assert!(!s.publisher.is_empty() && !s.title.is_empty(), "{s:?}");
                assert!((2024..=2026).contains(&s.year), "{s:?}");
                assert!(s.url.starts_with("https://"), "{s:?}");
                assert_eq!(s.credit(), format!("from {}, {}", s.publisher, s.year));
                for needle in [s.publisher, s.title, s.url, &s.year.to_string()] {
                    assert!(
                        sources.contains(needle),
                        "the lesson's sources lack {needle}"
                    );
                }
                assert!(SOURCES.contains(s), "{s:?}");
                cited.push(p);
            }
        }
        // Which platforms have published figures: TikTok's stay a labelled guess.
        cited.dedup();
        assert_eq!(cited, vec![PaidPlatform::Meta, PaidPlatform::LinkedIn]);
        // The figures the lesson states, exactly.
        let dollars: Vec<(PaidPlatform, u32, bool)> = MINIMUMS
            .iter()
            .map(|m| (m.platform, m.dollars, m.strict))
            .collect();
        assert_eq!(
            dollars,
            vec![
                (PaidPlatform::Meta, 1, false),
                (PaidPlatform::Meta, 5, false),
                (PaidPlatform::TikTok, 50, true),
                (PaidPlatform::TikTok, 20, true),
                (PaidPlatform::LinkedIn, 10, false),
            ]
        );
        for varies in ["industry", "country", "season", "objective", "U.S. dollars"] {
            assert!(BENCHMARK_NOTE.contains(varies), "{varies}");
        }
        for (what, why) in RULES_OF_THUMB {
            assert!(!what.is_empty() && !why.is_empty());
        }
    }

    #[test]
    fn the_lesson_states_the_same_minimums() {
        let lesson = include_str!("../../content/lessons/grow/01-paid-social-basics.md");
        for needle in [
            "About $1 a day when charged for impressions, $5 a day when charged for clicks",
            "More than $50 a day for a campaign and more than $20 a day for each ad group",
            "TikTok Ads Manager Help, \"About budgets\", updated August 2025",
            "$10 a day",
            "LinkedIn Marketing Solutions Help, as of 2024",
            "\"About minimum budgets\"",
        ] {
            assert!(lesson.contains(needle), "{needle}");
        }
    }

    /// The case `e2e/boost.spec.mjs` types in: the figures it expects on the page.
    #[test]
    fn the_tiktok_case_the_browser_test_uses() {
        let w = PaidWork {
            platform: Some(PaidPlatform::TikTok),
            objective: Some(MarketingObjective::Traffic),
            audience: Some(40_000),
            daily_budget: Some(20),
            days: Some(14),
            ..PaidWork::default()
        };
        let e = w.estimate().unwrap();
        assert_eq!(range_text(e.reach), "15,000–36,000");
        assert_eq!(frequency_text(e.frequency), "1.3–2.6");
        assert_eq!(range_text(e.clicks), "93–1,400");
        assert!(w.warnings()[0]
            .message
            .starts_with("$20 a day is below TikTok's minimum: more than $50 a day"));
        assert_eq!(kinds(&w), vec![WarningKind::BelowMinimum]);
        assert_eq!(w.verdict(), Some(Verdict::NotYet));
        // Just above the minimum (the browser test's second step): no warning at all.
        let above = PaidWork {
            daily_budget: Some(51),
            ..w
        };
        assert_eq!(above.warnings(), vec![]);
        assert_eq!(above.verdict(), Some(Verdict::Test));
    }

    #[test]
    fn text_helpers_round_sensibly() {
        assert_eq!(rounded(12_345.0), "12,000");
        assert_eq!(rounded(4_666.7), "4,700");
        assert_eq!(rounded(23.3), "23");
        assert_eq!(rounded(7.6), "8");
        assert_eq!(rounded(f64::NAN), "0");
        assert_eq!(rounded(-3.0), "0");
        assert_eq!(one_decimal(3.0), "3");
        assert_eq!(one_decimal(2.46), "2.5");
        assert_eq!(cents_text(1_500), "15.00");
        assert_eq!(bp_text(125), "1.25%");
        assert_eq!(
            range_text(Range {
                low: 4_666.0,
                high: 23_333.0
            }),
            "4,700–23,000"
        );
        assert_eq!(
            frequency_text(Range {
                low: 1.04,
                high: 1.2
            }),
            "1–1.2"
        );
    }
}

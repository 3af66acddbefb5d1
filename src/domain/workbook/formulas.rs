//! Analytics calculators (lessons `engagement-rate-formulas`, `utm-links-and-traffic`,
//! `reporting-and-roi`; widget `analytics-calculators`).
//!
//! Every calculation returns `Result<f64, CalcError>`: blank, negative, non-numeric and zero
//! denominators each give a clear message instead of `NaN` or infinity. [`format_percent`] never
//! prints `NaN` or `inf` either. Published benchmarks come with their source and method.

use crate::content::text::formulas as t;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{clean_text, Network, MAX_SHORT, MAX_TEXT};
use crate::domain::decimal::parse_decimal;
use crate::domain::wording::capitalise;

/// Largest count or amount accepted: 2^53, the largest whole number an `f64` holds exactly.
pub const MAX_NUMBER: u64 = 9_007_199_254_740_992;

/// Why a calculation or a typed number was rejected. `Display` gives the message for the learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalcError {
    /// Nothing was entered.
    Blank,
    /// Not a number; holds (the start of) what was typed.
    NotANumber(String),
    /// A count (followers, clicks…) with a fraction.
    NotWhole,
    /// A negative value; holds what it was ("followers", "a count").
    Negative(&'static str),
    /// Above [`MAX_NUMBER`], or a result too large to show.
    TooLarge,
    /// The number we divide by is zero; holds its name ("followers", "cost").
    ZeroDenominator(&'static str),
    /// A part is larger than its whole (more clicks than impressions).
    MoreThan {
        part: &'static str,
        whole: &'static str,
    },
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::Blank => f.write_str(t::BLANK),
            CalcError::NotANumber(s) => f.write_str(&t::not_a_number(s)),
            CalcError::NotWhole => f.write_str(t::NOT_WHOLE),
            CalcError::Negative(what) => f.write_str(&t::negative(capitalise(what))),
            CalcError::TooLarge => f.write_str(t::TOO_LARGE),
            CalcError::ZeroDenominator(what) => f.write_str(&t::zero_denominator(capitalise(what))),
            CalcError::MoreThan { part, whole } => {
                f.write_str(&t::more_than(capitalise(part), whole))
            }
        }
    }
}

impl std::error::Error for CalcError {}

/// Characters accepted (and ignored) as thousands separators.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | '_' | ' ' | '\'' | '\u{a0}' | '\u{202f}' | '\u{2009}'
    )
}

/// Trims, strips separators and a leading minus sign. `Err(Blank)` for empty input.
/// Returns (is_negative, digits).
fn normalise(input: &str) -> Result<(bool, String), CalcError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(CalcError::Blank);
    }
    let (negative, rest) = match trimmed.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    // A comma followed by one or two digits at the end is a decimal mark ("12,50", "4,5",
    // "1.250,50", as much of Europe writes them), and points before it group thousands; any
    // other comma groups thousands ("1,250"). Read as a separator, "12,50" was 1250.
    let decimal_comma = rest.rfind(',').filter(|&at| {
        let fraction = &rest[at + 1..];
        (1..=2).contains(&fraction.len()) && fraction.chars().all(|c| c.is_ascii_digit())
    });
    let digits = match decimal_comma {
        Some(at) => {
            let whole: String = rest[..at]
                .chars()
                .filter(|&c| !is_separator(c) && c != '.')
                .collect();
            format!("{whole}.{}", &rest[at + 1..])
        }
        None => rest.chars().filter(|&c| !is_separator(c)).collect(),
    };
    Ok((negative, digits))
}

fn not_a_number(input: &str) -> CalcError {
    CalcError::NotANumber(input.trim().chars().take(30).collect())
}

/// Parses a count typed by the learner: `"1500"`, `"1,500"`, `" 2 400 "`. Blank, negative,
/// fractional, non-numeric and values above [`MAX_NUMBER`] are errors.
pub fn parse_count(input: &str) -> Result<u64, CalcError> {
    let (negative, digits) = normalise(input)?;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(not_a_number(input));
    }
    if negative {
        return Err(CalcError::Negative(t::A_COUNT));
    }
    if let Some((whole, fraction)) = digits.split_once('.') {
        if whole.is_empty() || fraction.contains('.') {
            return Err(not_a_number(input));
        }
        if fraction.chars().any(|c| c != '0') {
            return Err(CalcError::NotWhole);
        }
        return parse_whole(whole);
    }
    parse_whole(&digits)
}

fn parse_whole(digits: &str) -> Result<u64, CalcError> {
    match digits.parse::<u64>() {
        Ok(n) if n <= MAX_NUMBER => Ok(n),
        _ => Err(CalcError::TooLarge),
    }
}

/// Parses an amount of money typed by the learner: `"350"`, `"£1,250.50"`, `"$99"`, `"12 €"`,
/// `"12,50 €"`.
/// Blank, negative, non-numeric and values above [`MAX_NUMBER`] are errors.
pub fn parse_amount(input: &str) -> Result<f64, CalcError> {
    let without_currency: String = input
        .chars()
        .filter(|c| !matches!(c, '£' | '$' | '€' | '¥' | '₹'))
        .collect();
    let (negative, digits) = normalise(&without_currency)?;
    let well_formed = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        return Err(not_a_number(input));
    }
    if negative {
        return Err(CalcError::Negative(t::AN_AMOUNT));
    }
    match parse_decimal(&digits) {
        Some(v) if v <= MAX_NUMBER as f64 => Ok(v),
        Some(_) => Err(CalcError::TooLarge),
        None => Err(not_a_number(input)),
    }
}

/// Rejects NaN, infinity and negative inputs.
fn valid(x: f64, what: &'static str) -> Result<f64, CalcError> {
    if x.is_nan() {
        return Err(CalcError::NotANumber("NaN".to_string()));
    }
    if x.is_infinite() || x > MAX_NUMBER as f64 {
        return Err(CalcError::TooLarge);
    }
    if x < 0.0 {
        return Err(CalcError::Negative(what));
    }
    Ok(x)
}

fn finite(x: f64) -> Result<f64, CalcError> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(CalcError::TooLarge)
    }
}

/// `top ÷ bottom`, after checking both.
fn divide(
    top: f64,
    top_name: &'static str,
    bottom: f64,
    bottom_name: &'static str,
) -> Result<f64, CalcError> {
    let top = valid(top, top_name)?;
    let bottom = valid(bottom, bottom_name)?;
    if bottom == 0.0 {
        return Err(CalcError::ZeroDenominator(bottom_name));
    }
    finite(top / bottom)
}

/// What engagement rate is divided by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    Followers,
    Reach,
    Impressions,
}

impl RateBasis {
    pub const ALL: [RateBasis; 3] = [
        RateBasis::Followers,
        RateBasis::Reach,
        RateBasis::Impressions,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RateBasis::Followers => t::BY_FOLLOWERS,
            RateBasis::Reach => t::BY_REACH,
            RateBasis::Impressions => t::BY_IMPRESSIONS,
        }
    }

    pub fn formula(self) -> &'static str {
        match self {
            RateBasis::Followers => t::BY_FOLLOWERS_FORMULA,
            RateBasis::Reach => t::BY_REACH_FORMULA,
            RateBasis::Impressions => t::BY_IMPRESSIONS_FORMULA,
        }
    }

    /// When to use it (from the lesson).
    pub fn best_for(self) -> &'static str {
        match self {
            RateBasis::Followers => t::BY_FOLLOWERS_BEST_FOR,
            RateBasis::Reach => t::BY_REACH_BEST_FOR,
            RateBasis::Impressions => t::BY_IMPRESSIONS_BEST_FOR,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            RateBasis::Followers => t::FOLLOWERS,
            RateBasis::Reach => t::REACH,
            RateBasis::Impressions => t::IMPRESSIONS,
        }
    }
}

/// Why the three engagement rates differ for the same post.
pub const WHY_RATES_DIFFER: &str = t::WHY_RATES_DIFFER;

/// Engagement rate, as a percentage, on the chosen basis.
pub fn engagement_rate(
    engagements: f64,
    basis: RateBasis,
    denominator: f64,
) -> Result<f64, CalcError> {
    Ok(divide(engagements, t::ENGAGEMENTS, denominator, basis.noun())? * 100.0)
}

/// engagements ÷ followers × 100.
pub fn engagement_rate_by_followers(engagements: f64, followers: f64) -> Result<f64, CalcError> {
    engagement_rate(engagements, RateBasis::Followers, followers)
}

/// engagements ÷ reach × 100.
pub fn engagement_rate_by_reach(engagements: f64, reach: f64) -> Result<f64, CalcError> {
    engagement_rate(engagements, RateBasis::Reach, reach)
}

/// engagements ÷ impressions × 100.
pub fn engagement_rate_by_impressions(
    engagements: f64,
    impressions: f64,
) -> Result<f64, CalcError> {
    engagement_rate(engagements, RateBasis::Impressions, impressions)
}

/// Click-through rate: link clicks ÷ impressions × 100. More clicks than impressions is an error.
pub fn click_through_rate(clicks: f64, impressions: f64) -> Result<f64, CalcError> {
    let rate = divide(clicks, t::CLICKS, impressions, t::IMPRESSIONS)? * 100.0;
    if rate > 100.0 {
        return Err(CalcError::MoreThan {
            part: t::CLICKS,
            whole: t::IMPRESSIONS,
        });
    }
    Ok(rate)
}

/// Conversion rate: conversions (orders, bookings, demo requests) ÷ visits (or clicks) × 100.
pub fn conversion_rate(conversions: f64, visits: f64) -> Result<f64, CalcError> {
    Ok(divide(conversions, t::CONVERSIONS, visits, t::VISITS)? * 100.0)
}

/// Cost per result: total cost (ads, tools and the value of time) ÷ number of results.
pub fn cost_per_result(cost: f64, results: f64) -> Result<f64, CalcError> {
    divide(cost, t::COST, results, t::RESULTS)
}

/// Return on investment: (value gained − cost) ÷ cost × 100. Negative means money was lost.
pub fn roi(value: f64, cost: f64) -> Result<f64, CalcError> {
    let value = valid(value, t::VALUE_GAINED)?;
    let cost = valid(cost, t::COST)?;
    if cost == 0.0 {
        return Err(CalcError::ZeroDenominator(t::COST));
    }
    finite((value - cost) / cost * 100.0)
}

/// The interactions counted as engagements (write the definition down and keep it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Engagements {
    pub reactions: u64,
    pub comments: u64,
    pub shares: u64,
    pub saves: u64,
}

impl Engagements {
    /// reactions + comments + shares + saves (saturating).
    pub fn total(&self) -> u64 {
        self.reactions
            .saturating_add(self.comments)
            .saturating_add(self.shares)
            .saturating_add(self.saves)
    }
}

/// The median of the values (the middle one, or the mean of the two middle ones), ignoring
/// `NaN` and infinities. `None` for an empty list. Use it to describe a typical month, so one
/// viral post does not distort the picture.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    crate::domain::sort::sort_by(&mut v, &f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        Some(v[mid])
    } else {
        Some((v[mid - 1] + v[mid]) / 2.0)
    }
}

/// `5.83%`, `-12.50%`, `1,234.57%` (French `5,83 %`). `NaN` and infinities give `"–"`;
/// decimals are capped at 6.
pub fn format_percent(value: f64, decimals: usize) -> String {
    format_number(value, decimals)
        .map(t::percent)
        .unwrap_or_else(|| "–".to_string())
}

/// `1,234.50` with thousands separators, in the build's language's form through
/// `crate::domain::wording` (French `1 234,50`); `None` for `NaN` or infinities. No `-0.00`.
/// For display only: a machine format (CSV, a number box's value) keeps `.` and no separators.
pub fn format_number(value: f64, decimals: usize) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let decimals = decimals.min(6);
    let text = crate::domain::wording::fixed(value.abs(), decimals as u32)?;
    let mark = decimal_mark();
    let (whole, fraction) = match text.split_once(mark) {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let is_zero = text.chars().all(|c| c == '0' || c == mark);
    let sign = if value < 0.0 && !is_zero { "-" } else { "" };
    let grouped = group_thousands(whole);
    Some(match fraction {
        Some(f) => format!("{sign}{grouped}{mark}{f}"),
        None => format!("{sign}{grouped}"),
    })
}

/// The decimal mark `wording::fixed` writes: `.` in English, `,` in French.
pub(crate) fn decimal_mark() -> char {
    crate::domain::wording::fixed(0.5, 1)
        .and_then(|s| s.chars().find(|c| !c.is_ascii_digit()))
        .unwrap_or('.')
}

/// `digits` grouped by thousands with the separator `wording::thousands` writes (`,` in
/// English, a narrow no-break space in French), for numbers of any length.
fn group_thousands(digits: &str) -> String {
    let sample = crate::domain::wording::thousands(1_000);
    let separator = sample.trim_start_matches('1').trim_end_matches("000");
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3 * separator.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A published engagement-rate benchmark, with its source and method.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Benchmark {
    pub network: Network,
    /// The rate, in percent.
    pub rate_percent: f64,
    /// What was measured, and how.
    pub measure: &'static str,
    pub source: &'static str,
}

impl Benchmark {
    /// One labelled sentence for the learner, with source and method.
    pub fn context(&self) -> String {
        t::benchmark(
            self.network.label(),
            trimmed(self.rate_percent),
            self.measure,
            self.source,
        )
    }
}

/// Up to three decimals, without trailing zeros: `2.63`, `0.063`.
fn trimmed(v: f64) -> String {
    let s = format_number(v, 3).unwrap_or_else(|| "–".to_string());
    let mark = decimal_mark();
    if s.contains(mark) {
        s.trim_end_matches('0').trim_end_matches(mark).to_string()
    } else {
        s
    }
}

const RIVAL_IQ_2024: &str = "Rival IQ, 2024 Social Media Industry Benchmark Report (2023 data)";
const BY_FOLLOWERS_MEDIAN: &str = t::MEDIAN_BY_FOLLOWERS;

/// Benchmarks shown in the calculators. Only figures confirmed in the course data are listed.
pub const BENCHMARKS: [Benchmark; 2] = [
    Benchmark {
        network: Network::Facebook,
        rate_percent: 0.063,
        measure: BY_FOLLOWERS_MEDIAN,
        source: RIVAL_IQ_2024,
    },
    Benchmark {
        network: Network::TikTok,
        rate_percent: 2.63,
        measure: BY_FOLLOWERS_MEDIAN,
        source: RIVAL_IQ_2024,
    },
];

/// Year-on-year change in engagement rate (relative change, not percentage points), from Rival
/// IQ's 2025 Social Media Industry Benchmark Report.
pub const YEAR_ON_YEAR_2025: [(Network, i32); 4] = [
    (Network::X, -48),
    (Network::Facebook, -36),
    (Network::TikTok, -34),
    (Network::Instagram, -16),
];

/// Where [`YEAR_ON_YEAR_2025`] comes from.
pub const YEAR_ON_YEAR_SOURCE: &str = "Rival IQ, 2025 Social Media Industry Benchmark Report";

/// One row of the benchmark table: a network with its sourced median rate and year-on-year
/// change, where the course has them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenchmarkRow {
    pub network: Network,
    pub median: Option<&'static Benchmark>,
    /// Relative change in percent (see [`YEAR_ON_YEAR_2025`]).
    pub change: Option<i32>,
}

/// Every network with a sourced figure, in [`Network::ALL`] order.
pub fn benchmark_table() -> Vec<BenchmarkRow> {
    Network::ALL
        .into_iter()
        .map(|network| BenchmarkRow {
            network,
            median: BENCHMARKS.iter().find(|b| b.network == network),
            change: YEAR_ON_YEAR_2025
                .iter()
                .find(|(n, _)| *n == network)
                .map(|(_, c)| *c),
        })
        .filter(|r| r.median.is_some() || r.change.is_some())
        .collect()
}

/// Shown next to any benchmark.
pub const METHODS_DIFFER: &str = t::METHODS_DIFFER;

/// Everything the course can say about benchmarks for this network, each line labelled with
/// its source. Empty when the course has no sourced figure for the network.
pub fn benchmark_context(network: Network) -> Vec<String> {
    let mut lines: Vec<String> = BENCHMARKS
        .iter()
        .filter(|b| b.network == network)
        .map(Benchmark::context)
        .collect();
    if let Some((_, change)) = YEAR_ON_YEAR_2025.iter().find(|(n, _)| *n == network) {
        lines.push(t::year_on_year(
            network.label(),
            change,
            YEAR_ON_YEAR_SOURCE,
        ));
    }
    if !lines.is_empty() {
        lines.push(METHODS_DIFFER.to_string());
    }
    lines
}

/// The numbers typed into the calculators, kept as typed so half-finished input survives.
/// Read by hand (below), written by the derived `Serialize`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CalculatorInputs {
    pub reactions: String,
    pub comments: String,
    pub shares: String,
    pub saves: String,
    pub followers: String,
    pub reach: String,
    pub impressions: String,
    pub clicks: String,
    /// Website visits from social, for conversion rate.
    pub visits: String,
    pub conversions: String,
    /// Results for cost per result (orders, leads, demo requests).
    pub results: String,
    pub cost: String,
    pub value: String,
}

impl CalculatorInputs {
    /// The field stored under `name` (its Rust name, as `Serialize` writes it).
    fn field_mut(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "reactions" => &mut self.reactions,
            "comments" => &mut self.comments,
            "shares" => &mut self.shares,
            "saves" => &mut self.saves,
            "followers" => &mut self.followers,
            "reach" => &mut self.reach,
            "impressions" => &mut self.impressions,
            "clicks" => &mut self.clicks,
            "visits" => &mut self.visits,
            "conversions" => &mut self.conversions,
            "results" => &mut self.results,
            "cost" => &mut self.cost,
            "value" => &mut self.value,
            _ => return None,
        })
    }
}

/// Read by hand rather than derived: the derived reader repeats its code for each of the
/// thirteen fields (14.7 KB of the main wasm before wasm-opt, where the stored-data decoder
/// needs it), this one loops. The same result for every object: a missing field stays blank, an
/// unknown one is ignored, and a field that is not text is an error, so the lenient reader
/// (`lenient::read`) sets that field alone aside and says so. Unlike the derived reader, it does
/// not accept the fields as a list, which nothing ever wrote.
impl<'de> Deserialize<'de> for CalculatorInputs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = CalculatorInputs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("the calculators' typed numbers")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CalculatorInputs, A::Error> {
                let mut inputs = CalculatorInputs::default();
                while let Some(name) = map.next_key::<String>()? {
                    match inputs.field_mut(&name) {
                        Some(field) => *field = map.next_value()?,
                        None => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(inputs)
            }
        }
        deserializer.deserialize_map(Fields)
    }
}

fn count(input: &str) -> Result<f64, CalcError> {
    parse_count(input).map(|n| n as f64)
}

fn both(a: Result<f64, CalcError>, b: Result<f64, CalcError>) -> Result<(f64, f64), CalcError> {
    Ok((a?, b?))
}

/// Every calculator's answer (or the reason it can't be calculated yet).
#[derive(Clone, Debug, PartialEq)]
pub struct CalculatorResults {
    pub engagements: Result<u64, CalcError>,
    pub by_followers: Result<f64, CalcError>,
    pub by_reach: Result<f64, CalcError>,
    pub by_impressions: Result<f64, CalcError>,
    pub click_through: Result<f64, CalcError>,
    pub conversion: Result<f64, CalcError>,
    pub cost_per_result: Result<f64, CalcError>,
    pub roi: Result<f64, CalcError>,
}

impl CalculatorInputs {
    /// reactions + comments + shares + saves; blank boxes count as 0 unless all four are blank.
    pub fn engagements(&self) -> Result<u64, CalcError> {
        let boxes = [&self.reactions, &self.comments, &self.shares, &self.saves];
        if boxes.iter().all(|s| s.trim().is_empty()) {
            return Err(CalcError::Blank);
        }
        let count = |s: &String| {
            if s.trim().is_empty() {
                Ok(0)
            } else {
                parse_count(s)
            }
        };
        Ok(Engagements {
            reactions: count(&self.reactions)?,
            comments: count(&self.comments)?,
            shares: count(&self.shares)?,
            saves: count(&self.saves)?,
        }
        .total())
    }

    /// Runs every calculator on the typed numbers.
    pub fn compute(&self) -> CalculatorResults {
        let engagements = self.engagements();
        let rate = |basis: RateBasis, denominator: &str| {
            let e = engagements.clone().map(|n| n as f64);
            both(e, count(denominator)).and_then(|(e, d)| engagement_rate(e, basis, d))
        };
        CalculatorResults {
            by_followers: rate(RateBasis::Followers, &self.followers),
            by_reach: rate(RateBasis::Reach, &self.reach),
            by_impressions: rate(RateBasis::Impressions, &self.impressions),
            click_through: both(count(&self.clicks), count(&self.impressions))
                .and_then(|(c, i)| click_through_rate(c, i)),
            conversion: both(count(&self.conversions), count(&self.visits))
                .and_then(|(c, v)| conversion_rate(c, v)),
            cost_per_result: both(parse_amount(&self.cost), count(&self.results))
                .and_then(|(c, r)| cost_per_result(c, r)),
            roi: both(parse_amount(&self.value), parse_amount(&self.cost))
                .and_then(|(v, c)| roi(v, c)),
            engagements,
        }
    }

    pub(crate) fn sanitise(&mut self) {
        for field in [
            &mut self.reactions,
            &mut self.comments,
            &mut self.shares,
            &mut self.saves,
            &mut self.followers,
            &mut self.reach,
            &mut self.impressions,
            &mut self.clicks,
            &mut self.visits,
            &mut self.conversions,
            &mut self.results,
            &mut self.cost,
            &mut self.value,
        ] {
            clean_text(field, 40);
        }
    }
}

/// The learner's reporting rhythm (lesson `reporting-and-roi`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeasurementPlan {
    /// Weekly check (15 minutes): what is looked at.
    pub weekly: String,
    /// Monthly report (1–2 hours): the decision metric per goal and supporting metrics.
    pub monthly: String,
    /// Quarterly review (half a day): what is reviewed.
    pub quarterly: String,
    /// When the first full review happens (free text, e.g. "30 June").
    pub first_review: String,
    /// Which engagement rate the learner reports.
    pub rate_basis: Option<RateBasis>,
}

impl MeasurementPlan {
    pub fn is_empty(&self) -> bool {
        [
            &self.weekly,
            &self.monthly,
            &self.quarterly,
            &self.first_review,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
            && self.rate_basis.is_none()
    }
}

/// Everything the learner enters in the analytics calculators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalyticsWork {
    pub inputs: CalculatorInputs,
    pub measurement: MeasurementPlan,
}

impl AnalyticsWork {
    pub(crate) fn sanitise(&mut self) {
        self.inputs.sanitise();
        let m = &mut self.measurement;
        clean_text(&mut m.weekly, MAX_TEXT);
        clean_text(&mut m.monthly, MAX_TEXT);
        clean_text(&mut m.quarterly, MAX_TEXT);
        clean_text(&mut m.first_review, MAX_SHORT);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn calculator_inputs_read_back_what_they_write_and_nothing_else() {
        let mut filled = CalculatorInputs::default();
        let names = [
            "reactions",
            "comments",
            "shares",
            "saves",
            "followers",
            "reach",
            "impressions",
            "clicks",
            "visits",
            "conversions",
            "results",
            "cost",
            "value",
        ];
        for name in names {
            *filled.field_mut(name).unwrap() = format!("{name} typed");
        }
        // Every field is named here: a field added without its name in `field_mut` stays blank.
        let written = serde_json::to_value(&filled).unwrap();
        assert_eq!(written.as_object().unwrap().len(), names.len());
        assert_eq!(
            serde_json::from_value::<CalculatorInputs>(written).unwrap(),
            filled
        );

        let read = |json: &str| serde_json::from_str::<CalculatorInputs>(json);
        // Missing fields stay blank; unknown ones are ignored, whatever they hold.
        let partial = read(r#"{"clicks": "12", "later": {"a": [1, 2]}, "cost": "£5"}"#).unwrap();
        assert_eq!(
            (partial.clicks.as_str(), partial.cost.as_str()),
            ("12", "£5")
        );
        assert_eq!(partial.reach, "");
        // A known field that is not text is an error (the lenient reader sets it aside alone),
        // as are a list, a number or null in place of the fields.
        for bad in [
            r#"{"reach": 5}"#,
            r#"{"reach": null}"#,
            r#"["1", "2"]"#,
            "7",
            "null",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
        // Through the one decoder's repair: the field of the wrong type alone is set aside,
        // with a warning, and the rest is kept.
        let stored = serde_json::json!({"inputs": {"clicks": "12", "reach": 5, "cost": "9"}});
        let mut warnings = Vec::new();
        let work: AnalyticsWork = crate::domain::lenient::read(&stored, "analytics", &mut warnings);
        assert_eq!(
            (work.inputs.clicks.as_str(), work.inputs.cost.as_str()),
            ("12", "9")
        );
        assert_eq!(work.inputs.reach, "");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("reach"), "{warnings:?}");
    }

    use super::*;

    #[test]
    fn a_comma_before_one_or_two_final_digits_is_a_decimal_mark() {
        assert_eq!(parse_amount("12,50"), Ok(12.5));
        assert_eq!(parse_amount("12,5 €"), Ok(12.5));
        assert_eq!(parse_amount("1.250,50 €"), Ok(1250.5));
        assert_eq!(parse_amount("1 250,50"), Ok(1250.5));
        assert_eq!(parse_amount("£1,250"), Ok(1250.0));
        assert_eq!(parse_amount("£1,250.50"), Ok(1250.5));
        assert_eq!(parse_count("1,500"), Ok(1500));
        assert_eq!(parse_count("4,5"), Err(CalcError::NotWhole));
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    #[test]
    fn lesson_worked_example() {
        // Crumb & Co.: 140 engagements, 2,400 followers, reach 1,750, 2,300 impressions.
        assert!(close(
            engagement_rate_by_followers(140.0, 2400.0).unwrap(),
            5.83
        ));
        assert!(close(engagement_rate_by_reach(140.0, 1750.0).unwrap(), 8.0));
        assert!(close(
            engagement_rate_by_impressions(140.0, 2300.0).unwrap(),
            6.09
        ));
        // Ledgerly: 117 clicks from 18,000 impressions.
        assert!(close(click_through_rate(117.0, 18_000.0).unwrap(), 0.65));
        // Reporting lesson: (912 − 350) ÷ 350 × 100 = 161%; £350 ÷ 38 orders = £9.21.
        assert!(close(roi(912.0, 350.0).unwrap(), 160.57));
        assert!(close(cost_per_result(350.0, 38.0).unwrap(), 9.21));
        assert!(close(conversion_rate(6.0, 41.0).unwrap(), 14.63));
    }

    #[test]
    fn zero_denominators_are_named() {
        assert_eq!(
            engagement_rate_by_followers(10.0, 0.0),
            Err(CalcError::ZeroDenominator("followers"))
        );
        assert_eq!(
            engagement_rate_by_reach(0.0, 0.0),
            Err(CalcError::ZeroDenominator("reach"))
        );
        assert_eq!(roi(100.0, 0.0), Err(CalcError::ZeroDenominator("cost")));
        assert_eq!(
            cost_per_result(100.0, 0.0),
            Err(CalcError::ZeroDenominator("results"))
        );
        let msg = roi(100.0, 0.0).unwrap_err().to_string();
        assert!(msg.starts_with("Cost is 0"), "{msg}");
        assert!(msg.contains("dividing by zero"));
    }

    #[test]
    fn zero_on_top_is_fine() {
        assert_eq!(engagement_rate_by_followers(0.0, 100.0), Ok(0.0));
        assert_eq!(roi(0.0, 50.0), Ok(-100.0));
        assert_eq!(cost_per_result(0.0, 3.0), Ok(0.0));
    }

    #[test]
    fn negatives_and_nan_are_rejected() {
        assert_eq!(
            engagement_rate_by_followers(-1.0, 100.0),
            Err(CalcError::Negative("engagements"))
        );
        assert_eq!(roi(10.0, -5.0), Err(CalcError::Negative("cost")));
        assert_eq!(roi(-10.0, 5.0), Err(CalcError::Negative("value gained")));
        assert!(matches!(
            conversion_rate(f64::NAN, 3.0),
            Err(CalcError::NotANumber(_))
        ));
        assert_eq!(
            conversion_rate(f64::INFINITY, 3.0),
            Err(CalcError::TooLarge)
        );
        assert_eq!(
            CalcError::Negative("value gained").to_string(),
            "Value gained can't be negative."
        );
    }

    #[test]
    fn more_clicks_than_impressions_is_an_error() {
        let err = click_through_rate(200.0, 100.0).unwrap_err();
        assert!(err
            .to_string()
            .contains("Clicks can't be more than impressions"));
        assert_eq!(click_through_rate(100.0, 100.0), Ok(100.0));
    }

    #[test]
    fn huge_numbers_stay_finite() {
        let big = MAX_NUMBER as f64;
        assert!(engagement_rate_by_followers(big, 1.0).unwrap().is_finite());
        assert!(roi(big, 1.0).unwrap().is_finite());
        assert!(close(engagement_rate_by_reach(big, big).unwrap(), 100.0));
        assert_eq!(roi(big * 10.0, 1.0), Err(CalcError::TooLarge));
        assert_eq!(roi(1.0, f64::MIN_POSITIVE), Err(CalcError::TooLarge));
    }

    #[test]
    fn counts_parse_with_separators() {
        assert_eq!(parse_count("1500"), Ok(1500));
        assert_eq!(parse_count(" 1,500 "), Ok(1500));
        assert_eq!(parse_count("2 400"), Ok(2400));
        assert_eq!(parse_count("2\u{a0}400"), Ok(2400));
        assert_eq!(parse_count("0"), Ok(0));
        assert_eq!(parse_count("12.0"), Ok(12));
        assert_eq!(parse_count(&MAX_NUMBER.to_string()), Ok(MAX_NUMBER));
    }

    #[test]
    fn bad_counts_say_why() {
        assert_eq!(parse_count(""), Err(CalcError::Blank));
        assert_eq!(parse_count("   "), Err(CalcError::Blank));
        assert_eq!(parse_count("-5"), Err(CalcError::Negative("a count")));
        assert_eq!(parse_count("−5"), Err(CalcError::Negative("a count")));
        assert_eq!(parse_count("1.5"), Err(CalcError::NotWhole));
        assert_eq!(
            parse_count("99999999999999999999"),
            Err(CalcError::TooLarge)
        );
        assert_eq!(parse_count("9007199254740993"), Err(CalcError::TooLarge));
        assert!(matches!(parse_count("abc"), Err(CalcError::NotANumber(_))));
        assert!(matches!(
            parse_count("1.2.3"),
            Err(CalcError::NotANumber(_))
        ));
        assert!(matches!(parse_count(".5"), Err(CalcError::NotANumber(_))));
        assert!(matches!(parse_count("-"), Err(CalcError::NotANumber(_))));
        assert!(matches!(
            parse_count("<b>1</b>"),
            Err(CalcError::NotANumber(_))
        ));
        assert_eq!(
            CalcError::Blank.to_string(),
            "Enter a number; this box is empty."
        );
        let long = "x".repeat(500);
        match parse_count(&long) {
            Err(CalcError::NotANumber(echo)) => assert_eq!(echo.len(), 30),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn amounts_parse_with_currency() {
        assert_eq!(parse_amount("350"), Ok(350.0));
        assert_eq!(parse_amount("£1,250.50"), Ok(1250.5));
        assert_eq!(parse_amount("$99"), Ok(99.0));
        assert_eq!(parse_amount("12 €"), Ok(12.0));
        assert_eq!(parse_amount("0.5"), Ok(0.5));
        assert_eq!(parse_amount(""), Err(CalcError::Blank));
        assert_eq!(parse_amount("£"), Err(CalcError::Blank));
        assert_eq!(parse_amount("-£5"), Err(CalcError::Negative("an amount")));
        assert_eq!(
            parse_amount("1e400"),
            Err(CalcError::NotANumber("1e400".into()))
        );
        assert_eq!(
            parse_amount("1".repeat(30).as_str()),
            Err(CalcError::TooLarge)
        );
        assert!(matches!(parse_amount("."), Err(CalcError::NotANumber(_))));
        assert!(matches!(parse_amount("NaN"), Err(CalcError::NotANumber(_))));
        assert!(matches!(parse_amount("inf"), Err(CalcError::NotANumber(_))));
    }

    #[test]
    fn percent_formatting_never_shows_nan_or_infinity() {
        assert_eq!(format_percent(5.8333, 2), "5.83%");
        assert_eq!(format_percent(0.063, 3), "0.063%");
        assert_eq!(format_percent(-12.5, 2), "-12.50%");
        assert_eq!(format_percent(-0.0001, 2), "0.00%");
        assert_eq!(format_percent(1_234_567.891, 1), "1,234,567.9%");
        assert_eq!(format_percent(100.0, 0), "100%");
        assert_eq!(format_percent(f64::NAN, 2), "–");
        assert_eq!(format_percent(f64::INFINITY, 2), "–");
        assert_eq!(format_percent(f64::NEG_INFINITY, 2), "–");
        assert_eq!(format_percent(1.0, 50), "1.000000%");
        assert!(!format_percent(f64::MAX, 2).contains("inf"));
    }

    #[test]
    fn median_ignores_outliers() {
        let march = [38.0, 45.0, 52.0, 60.0, 64.0, 71.0, 88.0, 140.0, 610.0];
        assert_eq!(median(&march), Some(64.0));
        assert_eq!(median(&[1.0, 3.0]), Some(2.0));
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[f64::NAN]), None);
    }

    #[test]
    fn engagements_total_saturates() {
        let e = Engagements {
            reactions: u64::MAX,
            comments: 1,
            shares: 0,
            saves: 0,
        };
        assert_eq!(e.total(), u64::MAX);
    }

    #[test]
    fn benchmarks_name_their_source_and_method() {
        let fb = benchmark_context(Network::Facebook);
        assert!(fb[0].contains("0.063%"));
        assert!(fb[0].contains("Rival IQ, 2024"));
        assert!(fb[0].contains("2023 data"));
        assert!(fb[0].contains("by followers"));
        assert!(fb.iter().any(|l| l.contains("-36%")));
        assert!(fb.last().unwrap().contains("Methods differ"));
        assert!(benchmark_context(Network::TikTok)[0].contains("2.63%"));
        assert!(benchmark_context(Network::LinkedIn).is_empty());
        assert_eq!(benchmark_context(Network::Instagram).len(), 2);
    }

    #[test]
    fn benchmark_table_has_each_sourced_network_once() {
        let rows = benchmark_table();
        let nets: Vec<Network> = rows.iter().map(|r| r.network).collect();
        assert_eq!(
            nets,
            vec![
                Network::Facebook,
                Network::Instagram,
                Network::X,
                Network::TikTok
            ]
        );
        assert_eq!(rows[0].median.map(|b| b.rate_percent), Some(0.063));
        assert_eq!(rows[0].change, Some(-36));
        assert!(rows[1].median.is_none());
        assert!(rows[0].median.unwrap().source.contains("2023 data"));
        assert!(YEAR_ON_YEAR_SOURCE.contains("2025"));
    }

    #[test]
    fn calculator_inputs_compute_everything() {
        let inputs = CalculatorInputs {
            reactions: "96".into(),
            comments: "14".into(),
            shares: "8".into(),
            saves: "22".into(),
            followers: "2,400".into(),
            reach: "1750".into(),
            impressions: "2300".into(),
            clicks: "".into(),
            visits: "41".into(),
            conversions: "6".into(),
            results: "38".into(),
            cost: "£350".into(),
            value: "912".into(),
        };
        let r = inputs.compute();
        assert_eq!(r.engagements, Ok(140));
        assert!(close(r.by_followers.unwrap(), 5.83));
        assert!(close(r.by_reach.unwrap(), 8.0));
        assert!(close(r.by_impressions.unwrap(), 6.09));
        assert_eq!(r.click_through, Err(CalcError::Blank));
        assert!(close(r.conversion.unwrap(), 14.63));
        assert!(close(r.cost_per_result.unwrap(), 9.21));
        assert!(close(r.roi.unwrap(), 160.57));
    }

    #[test]
    fn calculator_blank_and_zero_inputs() {
        let mut inputs = CalculatorInputs::default();
        let r = inputs.compute();
        assert_eq!(r.engagements, Err(CalcError::Blank));
        assert_eq!(r.by_followers, Err(CalcError::Blank));
        assert_eq!(r.roi, Err(CalcError::Blank));
        inputs.comments = "5".into();
        inputs.followers = "0".into();
        let r = inputs.compute();
        assert_eq!(r.engagements, Ok(5), "blank boxes count as 0");
        assert_eq!(r.by_followers, Err(CalcError::ZeroDenominator("followers")));
        inputs.saves = "lots".into();
        assert!(matches!(
            inputs.engagements(),
            Err(CalcError::NotANumber(_))
        ));
    }

    #[test]
    fn rate_bases_describe_themselves() {
        for b in RateBasis::ALL {
            assert!(b.formula().contains(b.noun()));
            assert!(!b.best_for().is_empty());
            assert!(b.label().starts_with("Engagement rate by"));
        }
        assert!(WHY_RATES_DIFFER.contains("never higher"));
    }
}

//! The plain sentences that explain a score (each figure quoted with its source and year), the
//! main caution per platform and the confidence note. Separate from `score`: the wording can
//! change without touching a number, and the numbers without touching a sentence.

use super::score::{marginal, marginals, organic_fit, Audience, Marginal};
use super::{Confidence, ConfidenceLevel, Persona, Reason, Tone};
use crate::content::platforms::{
    AgeBand, ContentFormat, EngagementChange, Fit, Market, PlatformData, Source, PEW_2023,
    PLATFORMS,
};
use crate::content::text::recommender as t;
use crate::domain::objective::MarketingObjective;
use crate::domain::wording::{and_list, number_upto, thousands};

/// A share at or above this is "half the group or more": a reason in favour.
const STRONG_SHARE: u8 = 50;
/// A share below this is "fewer than one in five": a reason against, and a caution.
const WEAK_SHARE: u8 = 20;

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
    let text = t::share_use(s.percent, &m.group, d.name(), s.source.citation);
    fact(text, share_tone(s.percent), s.source)
}

pub(super) fn reach_reasons(d: &PlatformData, a: &Audience) -> Vec<Reason> {
    let mut out: Vec<Reason> = marginals(d, a)
        .iter()
        .map(|m| marginal_reason(d, m))
        .collect();
    if a.gender.is_some() && d.gender.is_none() {
        let text = t::no_gender_figure(d.name());
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
            .map(|s| marginal(t::US_ADULTS.to_string(), s));
        all.into_iter().collect()
    } else {
        let group = |b: &AgeBand| t::us_adults_aged(b.label());
        a.ages
            .iter()
            .filter_map(|b| Some(marginal(group(b), d.age_2025(*b)?)))
            .collect()
    };
    let in_2025 = |m: &Marginal| {
        let r = marginal_reason(d, m);
        Reason {
            text: t::in_2025(r.text),
            tone: Tone::Neutral,
            ..r
        }
    };
    newer.iter().map(in_2025).collect()
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
    plain(t::judgement(text), tone)
}

pub(super) fn fit_reasons(d: &PlatformData, p: &Persona) -> Vec<Reason> {
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
                Tone::For => t::ORGANIC_FAR,
                Tone::Against => t::ORGANIC_LITTLE,
                Tone::Neutral => t::ORGANIC_MODERATE,
            };
            fact(
                t::organic_reach(name, share_text(e.percent), e.source.citation, verdict),
                tone,
                e.source,
            )
        }
        None => judgement(t::organic_no_benchmark(name), Tone::Neutral),
    }
}

fn objective_phrase(o: MarketingObjective) -> &'static str {
    match o {
        MarketingObjective::Awareness => t::GOAL_AWARENESS,
        MarketingObjective::Community => t::GOAL_COMMUNITY,
        MarketingObjective::Traffic => t::GOAL_TRAFFIC,
        MarketingObjective::Leads => t::GOAL_LEADS,
        MarketingObjective::Sales => t::GOAL_SALES,
    }
}

fn objective_reason(d: &PlatformData, o: MarketingObjective) -> Reason {
    let (name, goal) = (d.name(), objective_phrase(o));
    match d.best_for.iter().position(|x| *x == o) {
        Some(0) => judgement(t::strongest_for(name, goal), Tone::For),
        Some(_) => judgement(t::also_serves(name, goal), Tone::Neutral),
        None => judgement(t::not_best_for(name, goal), Tone::Against),
    }
}

fn market_reason(d: &PlatformData, m: Market) -> Reason {
    let fit = d.fit(m);
    let tone = match fit {
        Fit::Strong => Tone::For,
        Fit::Moderate => Tone::Neutral,
        Fit::Weak => Tone::Against,
    };
    judgement(t::market_fit(fit.label(), m.label()), tone)
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
        (false, true) => t::carries_all(and_list(&has)),
        (false, false) => t::carries_some(and_list(&has), and_list(&lacks)),
        _ => t::carries_none(and_list(&lacks)),
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
    let mut text = t::effort(d.effort.label().to_lowercase(), need, p.hours_per_week);
    let short = p.hours_per_week < need;
    if short && p.weekly_budget > 0 && d.sells_ads {
        text.push_str(t::PAID_CAN_HELP);
    }
    plain(text, if short { Tone::Against } else { Tone::For })
}

/// A benchmark's rate as the learner reads it: "0.063" (`0,063` in French); the text adds `%`.
fn share_text(percent: f64) -> String {
    number_upto(percent, 6).unwrap_or_default()
}

/// Benchmarks from one report each; shown as context, they do not change the score because
/// reports measure differently and cover only some platforms.
fn engagement_reasons(d: &PlatformData) -> Vec<Reason> {
    let rate = d.engagement.as_ref().map(|e| {
        let text = t::median_engagement(share_text(e.percent), e.source.citation);
        fact(text, Tone::Neutral, e.source)
    });
    let change = d.engagement_change.as_ref().map(engagement_change_reason);
    [rate, change].into_iter().flatten().collect()
}

fn engagement_change_reason(c: &EngagementChange) -> Reason {
    let (verb, tone) = if c.percent < 0 {
        (t::FELL, Tone::Against)
    } else {
        (t::ROSE, Tone::For)
    };
    let text = t::engagement_change(verb, c.percent.abs(), c.source.citation);
    fact(text, tone, c.source)
}

/// The most pressing caution: a group that barely uses the platform, then a weak market fit,
/// then too little time, and otherwise the platform's own caution.
pub(super) fn caution(d: &PlatformData, p: &Persona, a: &Audience) -> Reason {
    if let Some(reason) = reach_caution(d, a) {
        return reason;
    }
    if d.fit(p.market) == Fit::Weak {
        return judgement(t::weak_fit(p.market.label()), Tone::Against);
    }
    let need = d.effort.hours_per_week();
    if p.hours_per_week < need {
        let text = t::needs_hours(need, p.hours_per_week);
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
    reason.text = t::only(&reason.text);
    Some(reason)
}

pub(super) fn confidence(a: &Audience) -> Confidence {
    let dims = a.dimensions();
    let mut notes = Vec::new();
    if dims.len() >= 2 {
        notes.push(t::combines(and_list(&dims)));
    }
    if a.education_stands_in {
        notes.push(t::B2B_STAND_IN.to_string());
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
        0 | 1 => (ConfidenceLevel::High, t::CONFIDENCE_HIGH),
        2 => (ConfidenceLevel::Medium, t::CONFIDENCE_MEDIUM),
        _ => (ConfidenceLevel::Low, t::CONFIDENCE_LOW),
    }
}

fn age_note(ages: &[AgeBand]) -> Option<String> {
    if ages.len() < 2 {
        return None;
    }
    let labels: Vec<&str> = ages.iter().map(|b| b.label()).collect();
    Some(t::ages_averaged(and_list(&labels)))
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
    t::gender_held_for(and_list(&held))
}

fn base_note() -> String {
    let sample = PEW_2023
        .sample
        .map(|s| t::sample_of(thousands(s.size), s.population));
    t::base_note(PEW_2023.citation, sample.unwrap_or_default())
}

fn judgement_note() -> &'static str {
    t::JUDGEMENT_NOTE
}

#[cfg(test)]
mod tests {
    use super::super::rank;
    use super::*;
    use crate::content::platforms::Platform;
    use crate::domain::recommender::test_support::*;

    /// The numbers written just before each `%` in `text` ("0.063%", or `0,063 %` in French).
    fn percents(text: &str) -> Vec<f64> {
        let mut out = Vec::new();
        for (i, _) in text.match_indices('%') {
            let head = text[..i].trim_end_matches('\u{A0}');
            let start = head
                .rfind(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .map_or(0, |j| j + 1);
            out.push(
                head[start..]
                    .replace(',', ".")
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
}

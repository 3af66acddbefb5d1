//! The plain sentences that explain a score (each figure quoted with its source and year), the
//! main caution per platform and the confidence note. Separate from `score`: the wording can
//! change without touching a number, and the numbers without touching a sentence.

use super::score::{marginal, marginals, organic_fit, Audience, Marginal};
use super::{Confidence, ConfidenceLevel, Persona, Reason, Tone};
use crate::content::platforms::{
    AgeBand, ContentFormat, EngagementChange, Fit, Market, PlatformData, Source, PEW_2023,
    PLATFORMS,
};
use crate::domain::objective::MarketingObjective;
use crate::domain::wording::{and_list, thousands};

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
    let text = format!(
        "{}% of {} use {} ({})",
        s.percent,
        m.group,
        d.name(),
        s.source.citation
    );
    fact(text, share_tone(s.percent), s.source)
}

pub(super) fn reach_reasons(d: &PlatformData, a: &Audience) -> Vec<Reason> {
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
pub(super) fn caution(d: &PlatformData, p: &Persona, a: &Audience) -> Reason {
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

pub(super) fn confidence(a: &Audience) -> Confidence {
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

#[cfg(test)]
mod tests {
    use super::super::rank;
    use super::*;
    use crate::content::platforms::Platform;
    use crate::domain::recommender::test_support::*;

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
}

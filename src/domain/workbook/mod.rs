//! The strategy workbook: the pure logic behind the course's interactive tools, and [`Workbook`],
//! everything the learner enters across them.
//!
//! | Module | Tool (lesson widget) | What it holds |
//! |---|---|---|
//! | [`comparison`] | `traditional-vs-social` | six criteria, importance ratings, verdict, budget split |
//! | [`smart`] | `smart-goal` | SMART checks on a goal, suggested KPIs |
//! | [`triage`] | `feedback-triage` | Air Force response flowchart, practice comments, playbook |
//! | [`process`] | `process-map` | ten update steps, ordering exercise, character limits, calendar |
//! | [`tools`] | `tool-chooser` | management tools compared, filter by networks/team/budget |
//! | [`formulas`] | `analytics-calculators` | engagement rates, CTR, conversion, cost per result, ROI |
//! | [`paid`] | `boost-or-not` | boost or not: objective, audience, budget, days → ranges, warnings |
//! | [`path`] | (home, My progress) | the tools as one path, and which step comes next |
//! | [`plan`] | `plan-summary` | the business name; the plan assembled from the workbook, as sections or Markdown |
//!
//! Every struct is `#[serde(default)]`, so a missing field takes its default. Stored data is read
//! by the one decoder (`store::decode`, through `lenient::read`), which drops an unreadable item
//! or field alone and names it in a warning. Call [`Workbook::sanitise`] after loading.

pub mod comparison;
pub mod formulas;
pub mod network;
pub mod paid;
pub mod path;
pub mod plan;
pub mod process;
pub mod smart;
mod smart_words;
pub mod tools;
pub mod triage;

use serde::{Deserialize, Serialize};

pub use network::Network;

/// Longest free text kept (notes, goals, templates), in characters.
pub const MAX_TEXT: usize = 2_000;
/// Longest short text kept (names, contacts, labels), in characters.
pub const MAX_SHORT: usize = 200;
/// Most items kept in a learner-made list (pillars, chosen KPIs, …).
pub const MAX_ITEMS: usize = 50;

/// Everything the learner has entered across the workbook tools.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
#[serde(default)]
pub struct Workbook {
    pub comparison: comparison::ComparisonWork,
    pub smart: smart::SmartWork,
    pub triage: triage::TriageWork,
    pub process: process::ProcessWork,
    pub tools: tools::ToolWork,
    pub analytics: formulas::AnalyticsWork,
    /// Added after version 3 was fixed: left out of the stored text while empty, so data
    /// written before the tool existed encodes exactly as it did.
    #[serde(skip_serializing_if = "paid::PaidWork::is_empty")]
    pub paid: paid::PaidWork,
    /// What the plan page itself asks (the business name). Added after `paid`, and left out
    /// of the stored text while empty for the same reason.
    #[serde(skip_serializing_if = "plan::PlanWork::is_empty")]
    pub plan: plan::PlanWork,
}

impl Workbook {
    /// Clamps numbers to their ranges, truncates text (see [`MAX_TEXT`], [`MAX_SHORT`]), caps
    /// lists, removes control characters and drops answers to practice items that no longer
    /// exist.
    pub fn sanitise(&mut self) {
        self.comparison.sanitise();
        self.smart.sanitise();
        self.triage.sanitise();
        self.process.sanitise();
        self.tools.sanitise();
        self.analytics.sanitise();
        self.paid.sanitise();
        self.plan.sanitise();
    }

    /// True when the learner has entered nothing.
    pub fn is_empty(&self) -> bool {
        self == &Workbook::default()
    }
}

/// The stable id an enum value has in stored data (`Criterion::Conversation` →
/// `"conversation"`), for HTML ids, URLs and keys. Empty for values that are not plain strings.
pub fn slug_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The enum value with this stored id (the reverse of [`slug_of`]); `None` if unknown.
pub fn from_slug<T: serde::de::DeserializeOwned>(slug: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(slug.to_string())).ok()
}

/// A problem with something the learner entered, for showing next to the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// Which field it concerns (a stable name the UI can match, e.g. `"response_hours"`).
    pub field: &'static str,
    /// A plain-language sentence saying what is wrong and how to fix it.
    pub message: String,
}

impl Issue {
    pub(crate) fn new(field: &'static str, message: impl Into<String>) -> Issue {
        Issue {
            field,
            message: message.into(),
        }
    }
}

/// Removes control characters (keeping newlines and tabs) and truncates to `max_chars`
/// characters (Unicode scalar values).
pub(crate) fn clean_text(s: &mut String, max_chars: usize) {
    let bad = |c: char| c.is_control() && c != '\n' && c != '\t';
    if s.chars().any(bad) || s.chars().count() > max_chars {
        *s = s.chars().filter(|&c| !bad(c)).take(max_chars).collect();
    }
}

/// [`clean_text`] on every item, dropping blank items and keeping at most `max_items`.
pub(crate) fn clean_list(list: &mut Vec<String>, max_chars: usize, max_items: usize) {
    for item in list.iter_mut() {
        clean_text(item, max_chars);
    }
    list.retain(|s| !s.trim().is_empty());
    list.truncate(max_items);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lenient;
    use crate::domain::objective::MarketingObjective;

    /// Reads a workbook the way the store's decoder does: repaired part by part, then sanitised.
    fn from_json(text: &str) -> Workbook {
        let value = serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
        let mut wb: Workbook = lenient::read(&value, "workbook", &mut Vec::new());
        wb.sanitise();
        wb
    }

    #[test]
    fn empty_and_garbage_json_load_as_default() {
        for text in ["", "not json", "{}", "[1,2]", "null", "{\"smart\": null}"] {
            assert_eq!(from_json(text), Workbook::default(), "{text}");
        }
        assert!(Workbook::default().is_empty());
    }

    #[test]
    fn default_round_trips() {
        let wb = Workbook::default();
        let json = serde_json::to_string(&wb).unwrap();
        assert_eq!(from_json(&json), wb);
    }

    #[test]
    fn filled_workbook_round_trips() {
        let mut wb = Workbook::default();
        wb.smart.objective = MarketingObjective::Leads;
        wb.smart.goal = "Generate 30 demo requests from LinkedIn by 31 March".into();
        wb.comparison.ratings.insert(comparison::Criterion::Cost, 5);
        wb.comparison
            .situations
            .insert(comparison::Situation::Credibility);
        wb.triage
            .answers
            .insert("crumb-allergy".into(), triage::Category::Crisis);
        wb.triage.playbook.tone = Some(triage::Tone::Warm);
        wb.triage.playbook.fill_suggested_templates();
        wb.process.calendar.add(
            process::Weekday::Mon,
            process::CalendarEntry {
                platform: Some(Network::Instagram),
                pillar: "The bake".into(),
                format: process::PostFormat::ShortVideo,
                note: "Piping a spring cake".into(),
            },
        );
        wb.process.order_attempt = process::shuffled(3);
        wb.tools.networks.insert(Network::Pinterest);
        wb.tools.budget = Some(tools::BudgetBand::Low);
        wb.analytics.inputs.followers = "2,400".into();
        wb.analytics.measurement.rate_basis = Some(formulas::RateBasis::Reach);
        wb.paid.platform = Some(paid::PaidPlatform::TikTok);
        wb.paid.daily_budget = Some(60);
        wb.paid.ctr_low = Some(40);
        wb.paid.decision = "Boost the cake Reel for a week".into();
        wb.plan.business_name = "Crumb & Co.".into();
        assert!(!wb.is_empty());
        let json = serde_json::to_string(&wb).unwrap();
        assert_eq!(from_json(&json), wb);
    }

    #[test]
    fn a_workbook_stored_before_the_business_name_reads_and_writes_unchanged() {
        let old = r#"{"comparison":{},"smart":{"business_goal":"","objective":"sales","goal":"Sell 40 cakes by June","baseline":"","kpis":[]},"triage":{},"process":{},"tools":{},"analytics":{}}"#;
        let wb = from_json(old);
        assert_eq!(wb.plan, plan::PlanWork::default());
        assert_eq!(wb.smart.goal, "Sell 40 cakes by June");
        let written = serde_json::to_string(&wb).unwrap();
        assert!(!written.contains("\"plan\""), "{written}");
        let mut named = wb.clone();
        named.plan.business_name = "Pawfect Grooming".into();
        let written = serde_json::to_string(&named).unwrap();
        assert!(written.contains(r#""plan":{"business_name":"Pawfect Grooming"}"#));
        assert_eq!(from_json(&written), named);
        // A business name of the wrong type is set aside alone.
        let bad = r#"{"smart":{"goal":"Sell 40 cakes by June"},"plan":{"business_name":7}}"#;
        let wb = from_json(bad);
        assert_eq!(wb.smart.goal, "Sell 40 cakes by June");
        assert!(wb.plan.is_empty());
    }

    #[test]
    fn unknown_values_are_dropped_not_fatal() {
        let json = r#"{
            "smart": {"objective": "fame", "goal": "Sell 40 cakes by June", "kpis": ["Orders", 3]},
            "comparison": {"ratings": {"cost": 4, "vibes": 5, "speed": -1}},
            "triage": {"answers": {"crumb-allergy": "crisis", "gone-comment": "troll",
                                    "maya-phone": "flattery"},
                       "playbook": {"tone": "sarcastic", "response_hours": 6}},
            "tools": {"networks": ["instagram", "myspace", 7], "shortlist": ["buffer", "tweetdeck"]},
            "process": 12,
            "future_section": {"anything": true}
        }"#;
        let wb = from_json(json);
        assert_eq!(wb.smart.objective, MarketingObjective::default());
        assert_eq!(wb.smart.goal, "Sell 40 cakes by June");
        assert_eq!(wb.smart.kpis, vec!["Orders".to_string()]);
        assert_eq!(wb.comparison.ratings.len(), 1);
        assert_eq!(wb.triage.answers.len(), 1, "unknown id and value dropped");
        assert_eq!(wb.triage.playbook.tone, None);
        assert_eq!(wb.triage.playbook.response_hours, Some(6));
        assert_eq!(
            wb.tools.networks.iter().copied().collect::<Vec<_>>(),
            vec![Network::Instagram]
        );
        assert_eq!(wb.tools.shortlist, vec![tools::ToolId::Buffer]);
        assert_eq!(wb.process, process::ProcessWork::default());
    }

    #[test]
    fn sanitise_clamps_and_truncates() {
        let mut wb = Workbook::default();
        wb.smart.goal = "é".repeat(MAX_TEXT + 500);
        wb.comparison
            .ratings
            .insert(comparison::Criterion::Speed, 99);
        wb.comparison.ratings.insert(comparison::Criterion::Cost, 0);
        wb.comparison.budget.traditional = 5_000;
        wb.triage.playbook.response_hours = Some(10_000);
        wb.triage.playbook.escalation_contact = "a\u{0}b".into();
        wb.triage
            .answers
            .insert("not-a-comment".into(), triage::Category::Spam);
        wb.tools.decision = "<b>x</b>".repeat(1_000);
        wb.paid.days = Some(10_000);
        wb.paid.decision = "a\u{7}b".into();
        wb.plan.business_name = format!("Paw\u{0}s{}", "x".repeat(MAX_SHORT));
        wb.sanitise();
        assert_eq!(wb.plan.business_name.chars().count(), MAX_SHORT);
        assert!(wb.plan.business_name.starts_with("Paws"));
        assert_eq!(wb.paid.days, Some(paid::MAX_DAYS));
        assert_eq!(wb.paid.decision, "ab");
        assert_eq!(wb.smart.goal.chars().count(), MAX_TEXT);
        assert_eq!(
            wb.comparison.ratings.get(&comparison::Criterion::Speed),
            Some(&5)
        );
        assert_eq!(
            wb.comparison.ratings.get(&comparison::Criterion::Cost),
            None
        );
        assert_eq!(wb.comparison.budget.traditional, 100);
        assert_eq!(
            wb.triage.playbook.response_hours,
            Some(triage::MAX_RESPONSE_HOURS)
        );
        assert_eq!(wb.triage.playbook.escalation_contact, "ab");
        assert!(wb.triage.answers.is_empty());
        assert_eq!(wb.tools.decision.chars().count(), MAX_TEXT);
    }

    #[test]
    fn slugs_round_trip_for_every_id_type() {
        assert_eq!(
            slug_of(&comparison::Criterion::Conversation),
            "conversation"
        );
        assert_eq!(
            slug_of(&triage::Category::UnhappyCustomer),
            "unhappy_customer"
        );
        assert_eq!(slug_of(&tools::ToolId::SproutSocial), "sprout_social");
        assert_eq!(slug_of(&Network::LinkedIn), "linkedin");
        assert_eq!(slug_of(&process::Weekday::Sat), "sat");
        assert_eq!(slug_of(&MarketingObjective::Leads), "leads");
        for step in process::StepId::ALL {
            assert_eq!(from_slug::<process::StepId>(&slug_of(&step)), Some(step));
        }
        assert_eq!(from_slug::<triage::Category>("flattery"), None);
        assert_eq!(slug_of(&Some(3)), "");
    }

    #[test]
    fn clean_text_keeps_newlines_and_tabs() {
        let mut s = String::from("line one\n\tline two\u{7}");
        clean_text(&mut s, 100);
        assert_eq!(s, "line one\n\tline two");
    }

    #[test]
    fn clean_list_drops_blanks_and_caps() {
        let mut list: Vec<String> = (0..80).map(|i| format!("kpi {i}")).collect();
        list.insert(0, "   ".into());
        clean_list(&mut list, 10, MAX_ITEMS);
        assert_eq!(list.len(), MAX_ITEMS);
        assert_eq!(list[0], "kpi 0");
    }
}

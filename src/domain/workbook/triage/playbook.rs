//! What the learner keeps: their response playbook (tone, first-response target, a reply template
//! per category) with its checks, and the stored triage work. Separate because it is stored and
//! validated, while the rest of triage is fixed course data.

use crate::content::text::triage_playbook as t;
use crate::domain::locale::{Lang, LANG};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{practice, score, Category, TriageScore};
use crate::domain::workbook::{clean_text, Issue, MAX_SHORT, MAX_TEXT};

/// The voice replies are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Warm,
    Friendly,
    Professional,
    Formal,
}

impl Tone {
    pub const ALL: [Tone; 4] = [Tone::Warm, Tone::Friendly, Tone::Professional, Tone::Formal];

    pub fn label(self) -> &'static str {
        match self {
            Tone::Warm => t::TONE_WARM,
            Tone::Friendly => t::TONE_FRIENDLY,
            Tone::Professional => t::TONE_PROFESSIONAL,
            Tone::Formal => t::TONE_FORMAL,
        }
    }
}

/// Longest response-time target kept, in hours (one week).
pub const MAX_RESPONSE_HOURS: u32 = 168;
/// Above this, [`ResponsePlaybook::validate`] says the target is slow.
pub const SLOW_RESPONSE_HOURS: u32 = 48;

/// The learner's own rules for answering feedback.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResponsePlaybook {
    pub tone: Option<Tone>,
    /// First-response target, in hours.
    pub response_hours: Option<u32>,
    /// Who handles escalations (name, role or phone).
    pub escalation_contact: String,
    /// What always goes to the escalation contact.
    pub always_escalate: String,
    /// Reply templates by category.
    pub templates: BTreeMap<Category, String>,
}

/// Words in a reply that take the conversation private, in `lang` (matched inside the text).
fn private_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "message", "dm", "call", "email", "e-mail", "phone", "inbox", "private", "contact",
        ],
        Lang::Fr => &[
            "message",
            "privé",
            "prive",
            "appel",
            "courriel",
            "email",
            "e-mail",
            "mail",
            "téléphone",
            "telephone",
            "contact",
        ],
    }
}

/// Words in a reply that point to a source, in `lang` (matched inside the text).
fn source_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["[link]", "http", "link", "policy", "page", "www"],
        // « lien » alone would match « client »: the word with its article or brackets.
        Lang::Fr => &[
            "[lien]",
            "http",
            "un lien",
            "le lien",
            "ce lien",
            "politique",
            "conditions",
            "page",
            "www",
        ],
    }
}

/// The units a learner may write after the first-response hours, in `lang`.
fn hour_units(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["hours", "hour", "hrs", "hr", "h"],
        Lang::Fr => &["heures", "heure", "h"],
    }
}

impl ResponsePlaybook {
    /// Fills every empty template that should have a reply with the lesson's suggestion.
    pub fn fill_suggested_templates(&mut self) {
        for c in Category::ALL {
            if let Some(t) = c.suggested_template() {
                let slot = self.templates.entry(c).or_default();
                if slot.trim().is_empty() {
                    *slot = t.to_string();
                }
            }
        }
    }

    /// The learner's template for a category, if not blank.
    pub fn template(&self, category: Category) -> Option<&str> {
        self.templates
            .get(&category)
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
    }

    /// What is missing or risky, each with the field it concerns. Empty = ready.
    pub fn validate(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        if self.tone.is_none() {
            issues.push(Issue::new("tone", t::CHOOSE_TONE));
        }
        if let Some(issue) = self.hours_issue() {
            issues.push(issue);
        }
        if self.escalation_contact.trim().is_empty() {
            issues.push(Issue::new("escalation_contact", t::NAME_ESCALATION_CONTACT));
        }
        issues.extend(Category::ALL.iter().filter_map(|&c| self.template_issue(c)));
        issues
    }

    fn hours_issue(&self) -> Option<Issue> {
        let message = match self.response_hours {
            None => t::SET_RESPONSE_HOURS.to_string(),
            Some(0) => t::ZERO_HOURS.to_string(),
            Some(h) if h > SLOW_RESPONSE_HOURS => t::slow_response(h),
            Some(_) => return None,
        };
        Some(Issue::new("response_hours", message))
    }

    fn template_issue(&self, c: Category) -> Option<Issue> {
        let template = self.template(c);
        let lower = template.map(str::to_lowercase).unwrap_or_default();
        let message = match (c, template) {
            (Category::Troll | Category::Spam, Some(_)) => t::no_reply_template(c.label()),
            (Category::Troll | Category::Spam, None) => return None,
            (_, None) => t::write_template(c.label().to_lowercase()),
            (Category::UnhappyCustomer, Some(_))
                if !private_words(LANG).iter().any(|w| lower.contains(w)) =>
            {
                t::TAKE_PRIVATE.to_string()
            }
            (Category::Misguided | Category::Rager, Some(_))
                if !source_words(LANG).iter().any(|w| lower.contains(w)) =>
            {
                t::cite_source(c.label().to_lowercase())
            }
            _ => return None,
        };
        Some(Issue::new(c.template_field(), message))
    }

    pub(crate) fn sanitise(&mut self) {
        if let Some(h) = self.response_hours.as_mut() {
            *h = (*h).min(MAX_RESPONSE_HOURS);
        }
        clean_text(&mut self.escalation_contact, MAX_SHORT);
        clean_text(&mut self.always_escalate, MAX_TEXT);
        for template in self.templates.values_mut() {
            clean_text(template, MAX_TEXT);
        }
    }
}

/// Everything the learner enters in the triage tool.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TriageWork {
    /// Practice comment id → the category the learner chose.
    pub answers: BTreeMap<String, Category>,
    pub playbook: ResponsePlaybook,
}

impl TriageWork {
    /// [`score`] on the learner's answers.
    pub fn score(&self) -> TriageScore {
        score(&self.answers)
    }

    pub(crate) fn sanitise(&mut self) {
        self.answers.retain(|id, _| practice(id).is_some());
        self.playbook.sanitise();
    }
}

/// Parses the first-response target typed by the learner (`"4"`, `"24 hours"`, `"12h"`): blank
/// is `None` (not set yet); otherwise a whole number of hours up to [`MAX_RESPONSE_HOURS`].
pub fn parse_response_hours(input: &str) -> Result<Option<u32>, String> {
    parse_response_hours_in(LANG, input)
}

/// [`parse_response_hours`] reading the units of `lang` (`"24 heures"`).
pub fn parse_response_hours_in(lang: Lang, input: &str) -> Result<Option<u32>, String> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let lower = trimmed.to_lowercase();
    let number = hour_units(lang)
        .iter()
        .find_map(|unit| lower.strip_suffix(unit))
        .unwrap_or(&lower)
        .trim();
    let hours = crate::domain::workbook::formulas::parse_count(number).map_err(|e| match e {
        crate::domain::workbook::formulas::CalcError::NotWhole => t::WHOLE_HOURS.to_string(),
        other => other.to_string(),
    })?;
    match u32::try_from(hours) {
        Ok(h) if h <= MAX_RESPONSE_HOURS => Ok(Some(h)),
        _ => Err(t::hours_too_many(hours, MAX_RESPONSE_HOURS)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_playbook_lists_what_is_missing() {
        let issues = ResponsePlaybook::default().validate();
        let fields: Vec<&str> = issues.iter().map(|i| i.field).collect();
        assert!(fields.contains(&"tone"));
        assert!(fields.contains(&"response_hours"));
        assert!(fields.contains(&"escalation_contact"));
        assert!(fields.contains(&"template_unhappy_customer"));
        assert!(!fields.contains(&"template_troll"));
    }

    #[test]
    fn suggested_templates_make_a_valid_playbook() {
        let mut p = ResponsePlaybook {
            tone: Some(Tone::Warm),
            response_hours: Some(4),
            escalation_contact: "Priya (owner), 07700 900123".into(),
            ..ResponsePlaybook::default()
        };
        p.fill_suggested_templates();
        assert_eq!(p.validate(), vec![]);
        assert_eq!(p.template(Category::Troll), None);
    }

    #[test]
    fn playbook_checks_hours_and_template_content() {
        let mut p = ResponsePlaybook {
            tone: Some(Tone::Professional),
            response_hours: Some(0),
            escalation_contact: "Head of marketing".into(),
            ..ResponsePlaybook::default()
        };
        p.fill_suggested_templates();
        assert!(p.validate()[0].message.contains("0 hours"));
        p.response_hours = Some(72);
        assert!(p.validate()[0].message.contains("72 hours is slow"));
        p.response_hours = Some(24);
        p.templates
            .insert(Category::UnhappyCustomer, "Sorry about that!".into());
        p.templates
            .insert(Category::Misguided, "Actually, that's wrong.".into());
        p.templates.insert(Category::Troll, "<b>Go away</b>".into());
        let fields: Vec<&str> = p.validate().iter().map(|i| i.field).collect();
        assert_eq!(
            fields,
            vec![
                "template_troll",
                "template_misguided",
                "template_unhappy_customer"
            ]
        );
    }

    #[test]
    fn sanitise_drops_unknown_answers_and_clamps_hours() {
        let mut w = TriageWork::default();
        w.answers.insert("crumb-buns".into(), Category::Positive);
        w.answers.insert("gone".into(), Category::Spam);
        w.playbook.response_hours = Some(u32::MAX);
        w.playbook
            .templates
            .insert(Category::Positive, "x".repeat(10_000));
        w.sanitise();
        assert_eq!(w.answers.len(), 1);
        assert_eq!(w.playbook.response_hours, Some(MAX_RESPONSE_HOURS));
        assert_eq!(w.playbook.templates[&Category::Positive].len(), MAX_TEXT);
        assert_eq!(w.score().correct, 1);
    }

    #[test]
    fn response_hours_parse_from_text() {
        assert_eq!(parse_response_hours(""), Ok(None));
        assert_eq!(parse_response_hours("  "), Ok(None));
        assert_eq!(parse_response_hours("4"), Ok(Some(4)));
        assert_eq!(parse_response_hours_in(Lang::En, "24 hours"), Ok(Some(24)));
        assert_eq!(parse_response_hours_in(Lang::En, "3 hrs"), Ok(Some(3)));
        assert_eq!(parse_response_hours("12h"), Ok(Some(12)));
        assert_eq!(parse_response_hours("0"), Ok(Some(0)));
        assert!(parse_response_hours("2.5")
            .unwrap_err()
            .contains("whole hours"));
        assert!(parse_response_hours("-3").is_err());
        assert!(parse_response_hours("soon").is_err());
        assert!(parse_response_hours("200")
            .unwrap_err()
            .contains("at most 168"));
        assert!(parse_response_hours("99999999999999999999").is_err());
    }

    #[test]
    fn french_replies_and_hours_are_read() {
        let private = |text: &str| private_words(Lang::Fr).iter().any(|w| text.contains(w));
        let source = |text: &str| source_words(Lang::Fr).iter().any(|w| text.contains(w));
        // The French edition's suggested templates (src/content/fr/text/triage.toml).
        assert!(private(
            "[prénom], toutes nos excuses pour [le problème précis]. appelez-moi au [numéro], \
             ou envoyez-nous un message privé ici."
        ));
        assert!(source(
            "merci pour votre question, [prénom]. pour clarifier : [fait exact], comme indiqué \
             ici : [lien]."
        ));
        assert!(source(
            "détails ici : [lien]. si vous êtes concerné, écrivez-nous en privé."
        ));
        assert!(source("voir nos conditions de retour"));
        assert!(!source("merci à notre cliente pour son retour"));
        assert!(!private("merci pour votre retour !"));
        assert_eq!(parse_response_hours_in(Lang::Fr, "24 heures"), Ok(Some(24)));
        assert_eq!(parse_response_hours_in(Lang::Fr, "4 h"), Ok(Some(4)));
        assert_eq!(parse_response_hours_in(Lang::Fr, "1 heure"), Ok(Some(1)));
        assert_eq!(parse_response_hours_in(Lang::En, "24 hours"), Ok(Some(24)));
    }
}

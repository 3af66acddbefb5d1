//! The plan summary (lesson `lab-plan-for-crumb-and-co`, widget `plan-summary`).
//!
//! [`assemble`] gathers the workbook into nine sections in the lab's order; a section with
//! nothing in it says which tool fills it. [`document`] adds the business name and the date, and
//! [`to_markdown`] renders it for download, escaping the learner's text only where Markdown would
//! read it as structure (a link, HTML, a table cell's edge), so it reads as typed but cannot
//! inject links, images or HTML.

use super::comparison::BudgetLine;
use super::formulas::{format_percent, CalculatorResults};
use super::paid;
use super::process::StepId;
use super::triage::Category;
use super::{clean_text, Workbook, MAX_SHORT};
use crate::content::platforms::Platform;
use crate::content::text::plan as t;
use crate::domain::date::Date;
use crate::domain::locale::{is_singular, Lang, LANG};
use crate::domain::recommender::{self, GenderSkew, Persona, Tone};
use crate::domain::store::ProgressData;
use crate::domain::wording::and_list;
use serde::{Deserialize, Serialize};

/// What the learner enters on the plan page itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanWork {
    /// The business the plan is for ("Pawfect Grooming"): the plan's title.
    pub business_name: String,
}

impl PlanWork {
    pub fn is_empty(&self) -> bool {
        self == &PlanWork::default()
    }

    pub(crate) fn sanitise(&mut self) {
        clean_text(&mut self.business_name, MAX_SHORT);
    }
}

/// The plan as a document: whose it is, when it was made, and its sections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDocument {
    /// Trimmed; empty when the learner has not named the business.
    pub business_name: String,
    /// The learner's local date when the plan was shown or downloaded.
    pub made_on: Option<Date>,
    pub sections: Vec<PlanSection>,
}

impl PlanDocument {
    /// "Social media plan for Pawfect Grooming", or "Social media plan" without a name.
    pub fn title(&self) -> String {
        if self.business_name.is_empty() {
            t::TITLE.to_string()
        } else {
            t::title_for(&self.business_name)
        }
    }

    /// "Made on 21 May 2025."
    pub fn made_on_text(&self) -> Option<String> {
        self.made_on.map(|d| t::made_on(d.long()))
    }
}

/// The sections of the plan, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionId {
    ObjectivesKpis,
    Audience,
    Platforms,
    PillarsCadence,
    Process,
    Feedback,
    Tools,
    Measurement,
    Paid,
}

impl SectionId {
    pub const ALL: [SectionId; 9] = [
        SectionId::ObjectivesKpis,
        SectionId::Audience,
        SectionId::Platforms,
        SectionId::PillarsCadence,
        SectionId::Process,
        SectionId::Feedback,
        SectionId::Tools,
        SectionId::Measurement,
        SectionId::Paid,
    ];

    pub fn title(self) -> &'static str {
        match self {
            SectionId::ObjectivesKpis => t::SECTION_OBJECTIVES_KPIS,
            SectionId::Audience => t::SECTION_AUDIENCE,
            SectionId::Platforms => t::SECTION_PLATFORMS,
            SectionId::PillarsCadence => t::SECTION_PILLARS_CADENCE,
            SectionId::Process => t::SECTION_PROCESS,
            SectionId::Feedback => t::SECTION_FEEDBACK,
            SectionId::Tools => t::SECTION_TOOLS,
            SectionId::Measurement => t::SECTION_MEASUREMENT,
            SectionId::Paid => t::SECTION_PAID,
        }
    }

    /// The tool (on the Tools page) that fills this section.
    pub fn tool(self) -> &'static str {
        match self {
            SectionId::ObjectivesKpis => t::TOOL_OBJECTIVES_KPIS,
            SectionId::Audience => t::TOOL_AUDIENCE,
            SectionId::Platforms => t::TOOL_PLATFORMS,
            SectionId::PillarsCadence => t::TOOL_PILLARS_CADENCE,
            SectionId::Process => t::TOOL_PROCESS,
            SectionId::Feedback => t::TOOL_FEEDBACK,
            SectionId::Tools => t::TOOL_TOOLS,
            SectionId::Measurement => t::TOOL_MEASUREMENT,
            SectionId::Paid => t::TOOL_PAID,
        }
    }

    /// The lesson widget id of that tool (see `content/AUTHORING.md`).
    pub fn widget(self) -> &'static str {
        match self {
            SectionId::ObjectivesKpis => "smart-goal",
            SectionId::Audience => "audience-targeting",
            SectionId::Platforms => "platform-explorer",
            SectionId::PillarsCadence | SectionId::Process => "process-map",
            SectionId::Feedback => "feedback-triage",
            SectionId::Tools => "tool-chooser",
            SectionId::Measurement => "analytics-calculators",
            SectionId::Paid => "boost-or-not",
        }
    }

    /// "the " before the tool's name, or nothing for a tool named like a title ("Boost or not").
    pub fn tool_article(self) -> &'static str {
        match self {
            SectionId::Paid => "",
            _ => t::TOOL_ARTICLE,
        }
    }

    /// What an empty section says.
    pub fn empty_hint(self) -> String {
        t::empty_hint(self.tool_article(), self.tool())
    }
}

/// One labelled line. Both parts may hold learner text: treat them as untrusted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanLine {
    pub label: String,
    pub value: String,
}

/// One section of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSection {
    pub id: SectionId,
    pub title: &'static str,
    pub lines: Vec<PlanLine>,
    /// The week of posts, one row per post in day order (only in "Content pillars and cadence").
    pub week: Vec<WeekRow>,
    /// Set when the section is empty: which tool fills it.
    pub empty_hint: Option<String>,
}

impl PlanSection {
    fn new(id: SectionId, lines: Vec<PlanLine>) -> PlanSection {
        PlanSection::with_week(id, lines, Vec::new())
    }

    fn with_week(id: SectionId, lines: Vec<PlanLine>, week: Vec<WeekRow>) -> PlanSection {
        let empty_hint = (lines.is_empty() && week.is_empty()).then(|| id.empty_hint());
        PlanSection {
            id,
            title: id.title(),
            lines,
            week,
            empty_hint,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.week.is_empty()
    }
}

/// One planned post. Pillar and note are learner text: treat them as untrusted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekRow {
    pub day: &'static str,
    /// Empty when the post has no platform yet.
    pub platform: String,
    pub pillar: String,
    pub format: &'static str,
    pub note: String,
}

/// The headings of the week table, in column order.
pub const WEEK_COLUMNS: [&str; 5] = [
    t::COLUMN_DAY,
    t::COLUMN_PLATFORM,
    t::COLUMN_PILLAR,
    t::COLUMN_FORMAT,
    t::COLUMN_NOTE,
];

/// The caption of the week table.
pub const WEEK_CAPTION: &str = t::WEEK_CAPTION;

/// Collects lines, skipping blank values.
#[derive(Default)]
struct Lines(Vec<PlanLine>);

impl Lines {
    fn add(&mut self, label: impl Into<String>, value: impl Into<String>) {
        let value = value.into();
        if !value.trim().is_empty() {
            self.0.push(PlanLine {
                label: label.into(),
                value: value.trim().to_string(),
            });
        }
    }
}

/// The plan in nine sections. `persona_summary` comes from the audience tool and `platforms`
/// (name, why) from the platform choice; both are owned by other modules.
pub fn assemble(
    wb: &Workbook,
    persona_summary: Option<&str>,
    platforms: &[(String, String)],
) -> Vec<PlanSection> {
    vec![
        PlanSection::new(SectionId::ObjectivesKpis, objectives(wb)),
        PlanSection::new(SectionId::Audience, audience(persona_summary)),
        PlanSection::new(SectionId::Platforms, platform_lines(wb, platforms)),
        PlanSection::with_week(SectionId::PillarsCadence, pillars(wb), week_rows(wb)),
        PlanSection::new(SectionId::Process, process(wb)),
        PlanSection::new(SectionId::Feedback, feedback(wb)),
        PlanSection::new(SectionId::Tools, tools_lines(wb)),
        PlanSection::new(SectionId::Measurement, measurement_lines(wb)),
        PlanSection::new(SectionId::Paid, paid_lines(&wb.paid)),
    ]
}

/// The plan as a document: [`from_progress`] with the business name and `made_on` (the
/// learner's local date, from the browser).
pub fn document(data: &ProgressData, made_on: Option<Date>) -> PlanDocument {
    PlanDocument {
        business_name: data.workbook.plan.business_name.trim().to_string(),
        made_on,
        sections: from_progress(data),
    }
}

/// The plan for this learner: the workbook, the active persona (in one sentence) and the chosen
/// platforms with why ([`platform_choices`]).
pub fn from_progress(data: &ProgressData) -> Vec<PlanSection> {
    let persona = data.active_persona.and_then(|i| data.personas.get(i));
    let summary = persona.map(persona_sentence);
    let platforms = platform_choices(persona, &data.chosen_platforms);
    assemble(&data.workbook, summary.as_deref(), &platforms)
}

/// A persona in one sentence, for the plan's audience section: "Emma: a B2C audience aged
/// 30–49, mostly women, living in suburban areas, who like images and short video. Objective:
/// Sales. Time: 3 hours a week; no paid budget."
pub fn persona_sentence(p: &Persona) -> String {
    let name = p.name.trim();
    let name = if name.is_empty() {
        t::UNNAMED_PERSONA
    } else {
        name
    };
    let mut who = t::persona_market(p.market.label());
    let mut ages = p.ages.clone();
    crate::domain::sort::sort(&mut ages);
    ages.dedup();
    if ages.is_empty() {
        who.push_str(t::PERSONA_ANY_AGE);
    } else {
        let bands: Vec<&str> = ages.iter().map(|a| a.label()).collect();
        who.push_str(&t::persona_aged(and_list(&bands)));
    }
    if p.gender != GenderSkew::Any {
        who.push_str(&t::persona_gender(p.gender.label().to_lowercase()));
    }
    if let Some(e) = p.education {
        who.push_str(&t::persona_education(e.phrase()));
    }
    if let Some(c) = p.community {
        who.push_str(&t::persona_community(c.label().to_lowercase()));
    }
    if !p.formats.is_empty() {
        let formats: Vec<String> = p.formats.iter().map(|f| f.label().to_lowercase()).collect();
        let formats: Vec<&str> = formats.iter().map(String::as_str).collect();
        who.push_str(&t::persona_formats(and_list(&formats)));
    }
    let hours = p.hours_per_week;
    let budget = if p.weekly_budget > 0 {
        t::PERSONA_BUDGET
    } else {
        t::PERSONA_NO_BUDGET
    };
    if is_singular(u64::from(hours)) {
        t::persona_sentence_one(name, who, p.objective.label(), hours, budget)
    } else {
        t::persona_sentence_other(name, who, p.objective.label(), hours, budget)
    }
}

/// (platform name, why) for each chosen platform slug, in the learner's order; unknown slugs
/// are skipped. With a persona, "why" is the platform's top reason from
/// [`recommender::rank`] (the first reason in its favour, else its first reason); without
/// one, it is empty.
pub fn platform_choices(persona: Option<&Persona>, chosen: &[String]) -> Vec<(String, String)> {
    let ranking = persona.map(recommender::rank);
    chosen
        .iter()
        .filter_map(|slug| Platform::from_slug(slug))
        .map(|platform| {
            let why = ranking
                .as_ref()
                .and_then(|r| r.entries.iter().find(|e| e.data.platform == platform))
                .and_then(|e| {
                    e.reasons
                        .iter()
                        .find(|r| r.tone == Tone::For)
                        .or_else(|| e.reasons.first())
                })
                .map(|r| r.text.clone())
                .unwrap_or_default();
            (platform.name().to_string(), why)
        })
        .collect()
}

fn objectives(wb: &Workbook) -> Vec<PlanLine> {
    let s = &wb.smart;
    let mut l = Lines::default();
    l.add(t::LABEL_BUSINESS_GOAL, &s.business_goal);
    if !s.goal.trim().is_empty() {
        l.add(t::LABEL_OBJECTIVE, s.objective.label());
        l.add(t::LABEL_SMART_OBJECTIVE, &s.goal);
        l.add(t::LABEL_SMART_CHECK, smart_summary(wb));
    }
    l.add(t::LABEL_BASELINE, &s.baseline);
    l.add(t::LABEL_KPIS, s.kpis.join(t::LIST_SEPARATOR));
    l.0
}

fn smart_summary(wb: &Workbook) -> String {
    let report = wb.smart.report();
    let missing: Vec<&str> = report.missing().iter().map(|m| m.label()).collect();
    if missing.is_empty() {
        t::SMART_PASSES.to_string()
    } else {
        t::smart_partly(report.passed_count(), missing.join(", ").to_lowercase())
    }
}

fn audience(persona_summary: Option<&str>) -> Vec<PlanLine> {
    let mut l = Lines::default();
    l.add(t::LABEL_PERSONA, persona_summary.unwrap_or(""));
    l.0
}

fn platform_lines(wb: &Workbook, platforms: &[(String, String)]) -> Vec<PlanLine> {
    let mut l = Lines::default();
    for (name, why) in platforms {
        if why.trim().is_empty() {
            l.add(t::LABEL_PLATFORM, name.as_str());
        } else {
            l.add(name.trim(), why.as_str());
        }
    }
    let c = &wb.comparison;
    if let Some(v) = c.verdict() {
        let goal = c.goal.trim();
        let value = if goal.is_empty() {
            v.approach.summary().to_string()
        } else {
            t::comparison_with_goal(v.approach.summary(), goal)
        };
        l.add(t::LABEL_TRADITIONAL_VS_SOCIAL, value);
    }
    if c.budget.total() > 0 {
        let parts: Vec<String> = BudgetLine::ALL
            .iter()
            .map(|&b| t::budget_share(b.label(), c.budget.get(b)))
            .collect();
        l.add(t::LABEL_BUDGET_SPLIT, parts.join(t::LIST_SEPARATOR));
    }
    l.0
}

fn pillars(wb: &Workbook) -> Vec<PlanLine> {
    let p = &wb.process;
    let mut l = Lines::default();
    let named: Vec<String> = p
        .pillars
        .iter()
        .filter(|x| !x.name.trim().is_empty())
        .map(|x| {
            if x.share > 0 {
                t::pillar_share(x.name.trim(), x.share)
            } else {
                x.name.trim().to_string()
            }
        })
        .collect();
    l.add(t::LABEL_PILLARS, named.join(t::LIST_SEPARATOR));
    l.add(
        t::LABEL_CADENCE,
        p.calendar.cadence().join(t::LIST_SEPARATOR),
    );
    l.0
}

/// Every planned post, Monday first, in the order added within a day.
fn week_rows(wb: &Workbook) -> Vec<WeekRow> {
    let calendar = &wb.process.calendar;
    calendar
        .days
        .iter()
        .flat_map(|(day, entries)| {
            entries.iter().map(move |e| WeekRow {
                day: day.label(),
                platform: e
                    .platform
                    .map(|n| n.label().to_string())
                    .unwrap_or_default(),
                pillar: e.pillar.trim().to_string(),
                format: e.format.label(),
                note: e.note.trim().to_string(),
            })
        })
        .collect()
}

fn process(wb: &Workbook) -> Vec<PlanLine> {
    let p = &wb.process;
    let mut l = Lines::default();
    if p.solo {
        l.add(t::LABEL_WHO_DOES_IT, t::SOLO);
    } else {
        for step in StepId::ALL {
            l.add(step.name(), p.config(step).describe());
        }
    }
    l.add(t::LABEL_APPROVAL_RULES, &p.approval_rules);
    l.0
}

fn feedback(wb: &Workbook) -> Vec<PlanLine> {
    let pb = &wb.triage.playbook;
    let mut l = Lines::default();
    if let Some(tone) = pb.tone {
        l.add(t::LABEL_TONE, tone.label());
    }
    if let Some(h) = pb.response_hours {
        let within = if is_singular(u64::from(h)) {
            t::first_response_one(h)
        } else {
            t::first_response_other(h)
        };
        l.add(t::LABEL_FIRST_RESPONSE, within);
    }
    l.add(t::LABEL_ESCALATION_CONTACT, &pb.escalation_contact);
    l.add(t::LABEL_ALWAYS_ESCALATED, &pb.always_escalate);
    // Once the learner has started a playbook, every kind of comment gets a line: what to do
    // (from the chart) and their reply, so the plan answers "what do I do with this one?".
    if pb != &Default::default() {
        for c in Category::ALL {
            let value = match pb.template(c) {
                Some(template) => t::action_and_reply(c.action(), template.trim()),
                None => c.action().to_string(),
            };
            l.add(c.label(), value);
        }
    }
    // The practice score is course progress, not part of the business's playbook: the plan
    // leaves it to the triage tool, which says what it counts.
    l.0
}

pub(crate) fn tools_lines(wb: &Workbook) -> Vec<PlanLine> {
    let chooser = &wb.tools;
    let mut l = Lines::default();
    let networks: Vec<&str> = chooser.networks.iter().map(|n| n.label()).collect();
    l.add(t::LABEL_NETWORKS, networks.join(", "));
    if let Some(team) = chooser.team_size {
        l.add(t::LABEL_TEAM, team.label());
    }
    if let Some(budget) = chooser.budget {
        l.add(t::LABEL_BUDGET, budget.label());
    }
    let shortlist: Vec<&str> = chooser.shortlist.iter().map(|id| id.name()).collect();
    l.add(t::LABEL_SHORTLIST, shortlist.join(", "));
    l.add(t::LABEL_MUST_HAVES, &chooser.must_haves);
    l.add(t::LABEL_DECISION, &chooser.decision);
    l.0
}

pub(crate) fn measurement_lines(wb: &Workbook) -> Vec<PlanLine> {
    let m = &wb.analytics.measurement;
    let mut l = Lines::default();
    if let Some(basis) = m.rate_basis {
        l.add(t::LABEL_RATE_REPORTED, basis.label());
    }
    l.add(t::LABEL_WEEKLY_CHECK, &m.weekly);
    l.add(t::LABEL_MONTHLY_REPORT, &m.monthly);
    l.add(t::LABEL_QUARTERLY_REVIEW, &m.quarterly);
    l.add(t::LABEL_FIRST_FULL_REVIEW, &m.first_review);
    latest_results(&mut l, &wb.analytics.inputs.compute());
    l.0
}

fn latest_results(l: &mut Lines, r: &CalculatorResults) {
    let rows = [
        (t::LATEST_BY_FOLLOWERS, &r.by_followers),
        (t::LATEST_BY_REACH, &r.by_reach),
        (t::LATEST_BY_IMPRESSIONS, &r.by_impressions),
        (t::LATEST_CLICK_THROUGH, &r.click_through),
        (t::LATEST_CONVERSION, &r.conversion),
        (t::LATEST_ROI, &r.roi),
    ];
    for (label, value) in rows {
        if let Ok(v) = value {
            l.add(label, format_percent(*v, 2));
        }
    }
}

/// The learner's decision on paid social: what, how much, what to expect, what to watch.
fn paid_lines(p: &paid::PaidWork) -> Vec<PlanLine> {
    let mut l = Lines::default();
    if p.is_empty() {
        return l.0;
    }
    if let Some(platform) = p.platform {
        l.add(t::LABEL_PLATFORM, platform.label());
    }
    if let Some(objective) = p.objective {
        l.add(t::LABEL_OBJECTIVE, objective.label());
    }
    if let Some(audience) = p.audience {
        l.add(
            t::LABEL_AUDIENCE_SIZE,
            t::people(paid::rounded(audience as f64)),
        );
    }
    let one = |d: u32| is_singular(u64::from(d));
    let money = paid::format_money;
    let total = |b: u32, d: u32| money(f64::from(b) * f64::from(d));
    let budget = match (p.daily_budget, p.days) {
        (Some(b), Some(d)) if one(d) => t::budget_for_days_one(money(b.into()), d, total(b, d)),
        (Some(b), Some(d)) => t::budget_for_days_other(money(b.into()), d, total(b, d)),
        (Some(b), None) => t::budget_a_day(money(b.into())),
        (None, Some(d)) if one(d) => t::duration_one(d),
        (None, Some(d)) => t::duration_other(d),
        (None, None) => String::new(),
    };
    l.add(t::LABEL_BUDGET_AND_DURATION, budget);
    if let Ok(e) = p.estimate() {
        l.add(
            t::LABEL_EXPECTED_REACH,
            t::people(paid::range_text(e.reach)),
        );
        l.add(t::LABEL_EXPECTED_FREQUENCY, frequency(e.frequency));
        l.add(t::LABEL_EXPECTED_CLICKS, paid::range_text(e.clicks));
        if let (Some(cpm), Some(ctr)) = (p.cpm_cents(), p.ctr_bp()) {
            // Where each range comes from: the learner, or the platform's benchmark or guess.
            let from = |typed: bool, source| {
                if typed {
                    t::LEARNERS_FIGURES.to_string()
                } else {
                    paid::Benchmark::credit(source)
                }
            };
            let b = p.platform.map(paid::benchmark);
            l.add(
                t::LABEL_ASSUMED,
                t::assumed(
                    paid::cents_text(cpm.0),
                    paid::cents_text(cpm.1),
                    from(
                        p.cpm_low.is_some() && p.cpm_high.is_some(),
                        b.and_then(|b| b.cpm_source),
                    ),
                    paid::bp_text(ctr.0),
                    paid::bp_text(ctr.1),
                    from(
                        p.ctr_low.is_some() && p.ctr_high.is_some(),
                        b.and_then(|b| b.ctr_source),
                    ),
                ),
            );
        }
    }
    for w in p.warnings() {
        l.add(t::LABEL_WARNING, w.message);
    }
    if let Some(v) = p.verdict() {
        l.add(t::LABEL_VERDICT, v.label());
    }
    l.add(t::LABEL_DECISION, &p.decision);
    l.0
}

/// "1 view per person", "1.2–3.4 views per person": a range is plural; one figure takes the
/// singular as the language says (French also for a fraction below 2: « 1,5 vue »).
fn frequency(r: paid::Range) -> String {
    let text = paid::frequency_text(r);
    let one = if text.contains('–') {
        false
    } else if !text.contains(super::formulas::decimal_mark()) {
        is_singular(r.low.round() as u64)
    } else {
        LANG == Lang::Fr && r.low < 2.0
    };
    if one {
        t::frequency_one(text)
    } else {
        t::frequency_other(text)
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// The plan as Markdown: the title (with the business name), the date, then `## n. Title`, one
/// bullet per line and the week of posts as a table. Learner text is escaped for where it
/// stands ([`escape_markdown`], [`escape_cell`], [`escape_heading`]); none of it ever starts a
/// line, so it cannot open a heading, list, quote, code block, table or link definition.
pub fn to_markdown(doc: &PlanDocument) -> String {
    let mut out = format!("# {}\n", escape_heading(&doc.title()));
    if let Some(made) = doc.made_on_text() {
        out.push_str(&format!("\n{made}\n"));
    }
    for (i, s) in doc.sections.iter().enumerate() {
        out.push_str(&format!("\n## {}. {}\n\n", i + 1, s.title));
        if s.is_empty() {
            let hint = s.empty_hint.clone().unwrap_or_else(|| s.id.empty_hint());
            out.push_str(&format!("_{}_\n", escape_markdown(&hint)));
        }
        for line in &s.lines {
            out.push_str(&format!(
                "- **{}** {}\n",
                t::line_label(escape_markdown(&line.label)),
                escape_markdown(&line.value)
            ));
        }
        if !s.week.is_empty() {
            if !s.lines.is_empty() {
                out.push('\n');
            }
            out.push_str(&week_table(&s.week));
        }
    }
    out
}

/// The week of posts as a GFM table under a bold caption; an empty cell shows "–".
fn week_table(rows: &[WeekRow]) -> String {
    let mut out = format!("**{WEEK_CAPTION}**\n\n| {} |\n", WEEK_COLUMNS.join(" | "));
    out.push_str(&format!("|{}\n", "---|".repeat(WEEK_COLUMNS.len())));
    for r in rows {
        let cells = [r.day, &r.platform, &r.pillar, r.format, &r.note].map(|c| {
            let cell = escape_cell(c);
            if cell.is_empty() {
                "–".to_string()
            } else {
                cell
            }
        });
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// Where learner text stands in the Markdown, which decides what must be escaped.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// After a bullet's label, or in our own sentence.
    Inline,
    /// Inside a table cell: a `|` would end the cell.
    Cell,
    /// In the `#` title: a closing run of `#` would be dropped.
    Heading,
}

/// Makes learner text inert in running Markdown while it still reads as typed: whitespace
/// (including newlines) collapses to single spaces, invisible characters are dropped, words a
/// renderer would turn into a link are defanged (`evil[.]com`), and a backslash goes only before
/// what would otherwise build structure: the `]` of `[text](url)` or `[text][ref]`, a `<` that
/// opens a tag or an autolink, an `&` that spells a character reference, and a backslash that
/// would escape what follows it. `[name]`, `Crumb & Co.`, `50% off!` and `a < b` stay as they are.
pub fn escape_markdown(text: &str) -> String {
    escape_in(text, Place::Inline)
}

/// [`escape_markdown`] for a table cell: a `|` is escaped too.
pub fn escape_cell(text: &str) -> String {
    escape_in(text, Place::Cell)
}

/// [`escape_markdown`] for the title: a `#` is escaped too.
pub fn escape_heading(text: &str) -> String {
    escape_in(text, Place::Heading)
}

fn escape_in(text: &str, place: Place) -> String {
    let visible: String = text.chars().filter(|&c| !is_invisible(c)).collect();
    let words: Vec<String> = visible.split_whitespace().map(defang).collect();
    let collapsed = words.join(" ");
    let chars: Vec<char> = collapsed.chars().collect();
    let mut out = String::with_capacity(collapsed.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if needs_escape(&chars, i, place) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Characters that change how text displays without showing: controls, zero-width characters
/// and bidirectional overrides and isolates (which can make `evil.com` read as something else).
fn is_invisible(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// A word that a Markdown renderer could turn into a link (an address with `@`, a scheme such as
/// `https:` or `xmpp:`, `www.`, or a bare domain such as `evil.com/login`) with its `.`, `@` and
/// `:` shown as `[.]`, `[@]`, `[:]`: still readable, never a live link (GFM autolinks e-mail
/// addresses even after `\@`, and linkify renderers link bare domains). The brackets need no
/// backslash: with no link definition in the document, `[.]` is plain text.
fn defang(word: &str) -> String {
    if !looks_like_link(word) {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len() + 8);
    for c in word.chars() {
        match c {
            '.' | '@' | ':' => {
                out.push('[');
                out.push(c);
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    out
}

fn looks_like_link(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if lower.contains('@') || lower.contains("www.") {
        return true;
    }
    // A scheme: letters, then `:` and something (`https://`, `mailto:x`, `xmpp:x`).
    if let Some((scheme, rest)) = lower.split_once(':') {
        if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphabetic()) && !rest.is_empty()
        {
            return true;
        }
    }
    // A bare domain anywhere in the word: a dot between a name and two or more letters
    // (`evil.com`, `shop.co.uk/x`, `[click](https://evil.example)`).
    lower.contains("://")
        || lower
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
            .any(is_domain)
}

fn is_domain(piece: &str) -> bool {
    let labels: Vec<&str> = piece.trim_matches('.').split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty())
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Whether the character at `i` needs a backslash to stay text where it stands. Learner text
/// never starts a line (see [`to_markdown`]), so only inline structure is at stake.
fn needs_escape(chars: &[char], i: usize, place: Place) -> bool {
    let next = chars.get(i + 1).copied();
    match chars[i] {
        // A backslash before punctuation would escape it (and undo our escape of a `]`); at the
        // end it would escape whatever we write next.
        '\\' => next.is_none_or(|n| n.is_ascii_punctuation()),
        // The end of a link's or an image's text: `[a](b)`, `![a](b)`, `[a][b]`.
        ']' => matches!(next, Some('(' | '[')),
        // An HTML tag, comment or declaration, or an autolink `<https://…>`.
        '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
        // A character reference (`&#x202E;` would bring back a hidden character).
        '&' => is_reference(&chars[i + 1..]),
        '|' => place == Place::Cell,
        '#' => place == Place::Heading,
        _ => false,
    }
}

/// `#123;`, `#x1F;` or `name;` right after an `&`.
fn is_reference(rest: &[char]) -> bool {
    let end = rest.iter().position(|&c| c == ';');
    let Some(body) = end.map(|e| &rest[..e]) else {
        return false;
    };
    match body {
        [] => false,
        ['#', 'x' | 'X', hex @ ..] => !hex.is_empty() && hex.iter().all(char::is_ascii_hexdigit),
        ['#', digits @ ..] => !digits.is_empty() && digits.iter().all(char::is_ascii_digit),
        [first, ..] => first.is_ascii_alphabetic() && body.iter().all(char::is_ascii_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::objective::MarketingObjective;
    use crate::domain::workbook::formulas::RateBasis;
    use crate::domain::workbook::process::{
        CalendarEntry, Pillar, PostFormat, StepConfig, Weekday,
    };
    use crate::domain::workbook::tools::{BudgetBand, TeamSize, ToolId};
    use crate::domain::workbook::triage::Tone;
    use crate::domain::workbook::Network;

    #[test]
    fn empty_workbook_names_the_tool_for_every_section() {
        let sections = assemble(&Workbook::default(), None, &[]);
        assert_eq!(sections.len(), 9);
        let ids: Vec<SectionId> = sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, SectionId::ALL.to_vec());
        for s in &sections {
            assert!(s.is_empty(), "{:?}", s.id);
            let hint = s.empty_hint.as_deref().unwrap();
            assert!(hint.contains(s.id.tool()), "{hint}");
        }
        assert!(sections[0]
            .empty_hint
            .as_deref()
            .unwrap()
            .contains("SMART goal builder"));
        assert!(sections[5]
            .empty_hint
            .as_deref()
            .unwrap()
            .contains("feedback-triage"));
    }

    #[test]
    fn blank_persona_and_platforms_count_as_empty() {
        let sections = assemble(
            &Workbook::default(),
            Some("   "),
            &[("  ".to_string(), "".to_string())],
        );
        assert!(sections[1].is_empty());
        assert!(sections[2].is_empty());
    }

    fn filled() -> Workbook {
        let mut wb = Workbook::default();
        wb.smart.objective = MarketingObjective::Leads;
        wb.smart.goal = "Raise celebration-cake enquiries through Instagram messages from 4 to 10 \
                         a month by 30 June"
            .into();
        wb.smart.kpis = vec!["Enquiries per month".into(), "Saves on cake posts".into()];
        wb.comparison.goal = "Fill the Saturday stall".into();
        wb.comparison
            .ratings
            .insert(crate::domain::workbook::comparison::Criterion::Targeting, 5);
        wb.comparison.budget.social_organic = 100;
        wb.process.pillars = vec![
            Pillar {
                name: "Celebrations".into(),
                share: 40,
            },
            Pillar {
                name: "The bake".into(),
                share: 60,
            },
        ];
        wb.process.calendar.add(
            Weekday::Mon,
            CalendarEntry {
                platform: Some(Network::Instagram),
                pillar: "The bake".into(),
                ..CalendarEntry::default()
            },
        );
        wb.process.steps.insert(
            StepId::Review,
            StepConfig {
                who: "Shop manager".into(),
                approval_needed: true,
                approver: "Priya".into(),
                informed: String::new(),
            },
        );
        wb.triage.playbook.tone = Some(Tone::Warm);
        wb.triage.playbook.response_hours = Some(4);
        wb.triage.playbook.fill_suggested_templates();
        wb.triage
            .answers
            .insert("crumb-allergy".into(), Category::Crisis);
        wb.tools.networks.insert(Network::Instagram);
        wb.tools.networks.insert(Network::Facebook);
        wb.tools.team_size = Some(TeamSize::Small);
        wb.tools.budget = Some(BudgetBand::FreeOnly);
        wb.tools.shortlist = vec![ToolId::MetaBusinessSuite];
        wb.analytics.measurement.rate_basis = Some(RateBasis::Reach);
        wb.analytics.measurement.first_review = "30 June".into();
        wb.analytics.inputs.comments = "140".into();
        wb.analytics.inputs.reach = "1750".into();
        wb.paid = paid::PaidWork {
            platform: Some(paid::PaidPlatform::Meta),
            objective: Some(MarketingObjective::Traffic),
            audience: Some(40_000),
            daily_budget: Some(5),
            days: Some(14),
            decision: "Boost the wedding-cake Reel".into(),
            ..paid::PaidWork::default()
        };
        wb
    }

    #[test]
    fn filled_workbook_fills_every_section() {
        let persona = "Event-planning Emma, 30–45";
        let platforms = vec![("Instagram".to_string(), "Cake photos for Emma".to_string())];
        let sections = assemble(&filled(), Some(persona), &platforms);
        for s in &sections {
            assert!(!s.is_empty(), "{:?}", s.id);
            assert_eq!(s.empty_hint, None);
        }
        let find = |id: SectionId, label: &str| {
            sections
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| s.lines.iter().find(|l| l.label == label))
                .map(|l| l.value.clone())
        };
        assert_eq!(
            find(SectionId::ObjectivesKpis, "Objective").unwrap(),
            "Leads (B2B)"
        );
        assert_eq!(
            find(SectionId::ObjectivesKpis, "KPIs").unwrap(),
            "Enquiries per month; Saves on cake posts"
        );
        assert_eq!(
            find(SectionId::Platforms, "Instagram").unwrap(),
            "Cake photos for Emma"
        );
        assert!(find(SectionId::Platforms, "Traditional vs social")
            .unwrap()
            .contains("Fill the Saturday stall"));
        assert_eq!(
            find(SectionId::PillarsCadence, "Cadence").unwrap(),
            "Instagram: 1 post a week"
        );
        assert_eq!(
            find(SectionId::Process, "Review / approve").unwrap(),
            "done by Shop manager; approved by Priya"
        );
        assert_eq!(
            find(SectionId::Feedback, "First response").unwrap(),
            "within 4 hours"
        );
        assert_eq!(
            find(SectionId::Feedback, "Triage practice"),
            None,
            "the plan holds the playbook, not a practice score"
        );
        assert_eq!(
            find(SectionId::Feedback, "Troll").unwrap(),
            Category::Troll.action()
        );
        assert!(find(SectionId::Feedback, "Misguided").unwrap().starts_with(
            "Correct the facts politely and cite a source. Reply: Thanks for asking, [name]."
        ));
        assert_eq!(
            find(SectionId::Tools, "Shortlist").unwrap(),
            "Meta Business Suite"
        );
        assert_eq!(
            find(SectionId::Measurement, "Latest engagement rate by reach").unwrap(),
            "8.00%"
        );
    }

    fn emma() -> Persona {
        use crate::content::platforms::{AgeBand, Community, ContentFormat, Market};
        Persona {
            name: "Event-planning Emma".into(),
            market: Market::B2c,
            ages: vec![
                AgeBand::From30To49,
                AgeBand::From18To29,
                AgeBand::From30To49,
            ],
            gender: GenderSkew::MostlyWomen,
            community: Some(Community::Suburban),
            formats: vec![ContentFormat::Images, ContentFormat::ShortVideo],
            objective: MarketingObjective::Sales,
            hours_per_week: 3,
            ..Persona::default()
        }
    }

    #[test]
    fn persona_sentence_names_every_chosen_trait() {
        assert_eq!(
            persona_sentence(&emma()),
            "Event-planning Emma: a B2C audience aged 18–29 and 30–49, mostly women, living in \
             suburban areas, who like images and short video. Objective: Sales. Time: 3 hours a \
             week; no paid budget."
        );
        let plain = Persona {
            hours_per_week: 1,
            weekly_budget: 20,
            ..Persona::default()
        };
        let s = persona_sentence(&plain);
        assert!(
            s.starts_with("Unnamed persona: a B2C audience of any age."),
            "{s}"
        );
        assert!(
            s.ends_with("1 hour a week; a weekly budget for paid reach."),
            "{s}"
        );
    }

    #[test]
    fn platform_choices_give_a_reason_per_known_platform() {
        let chosen = vec![
            "instagram".to_string(),
            "myspace".to_string(),
            "facebook".to_string(),
        ];
        let without = platform_choices(None, &chosen);
        assert_eq!(
            without,
            vec![
                ("Instagram".to_string(), String::new()),
                ("Facebook".to_string(), String::new())
            ]
        );
        let with = platform_choices(Some(&emma()), &chosen);
        assert_eq!(with.len(), 2);
        assert_eq!(with[0].0, "Instagram");
        assert!(with.iter().all(|(_, why)| !why.is_empty()));
        assert!(platform_choices(Some(&emma()), &[]).is_empty());
    }

    #[test]
    fn plan_from_progress_uses_the_active_persona() {
        let mut data = ProgressData {
            workbook: filled(),
            personas: vec![Persona::default(), emma()],
            chosen_platforms: vec!["instagram".into()],
            ..ProgressData::default()
        };
        let sections = from_progress(&data);
        assert!(sections[1].is_empty(), "no active persona");
        assert_eq!(
            sections[2].lines[0].label, "Platform",
            "no reason without a persona"
        );
        assert_eq!(sections[2].lines[0].value, "Instagram");
        data.active_persona = Some(1);
        let sections = from_progress(&data);
        assert!(sections[1].lines[0]
            .value
            .starts_with("Event-planning Emma: a B2C"));
        assert_eq!(sections[2].lines[0].label, "Instagram");
        assert_ne!(sections[2].lines[0].value, "Instagram");
        data.active_persona = Some(7);
        assert!(
            from_progress(&data)[1].is_empty(),
            "out-of-range index is ignored"
        );
    }

    #[test]
    fn paid_section_shows_the_decision_ranges_and_warnings() {
        let sections = assemble(&filled(), None, &[]);
        let paid = sections.iter().find(|s| s.id == SectionId::Paid).unwrap();
        let value = |label: &str| {
            paid.lines
                .iter()
                .find(|l| l.label == label)
                .map(|l| l.value.clone())
        };
        assert_eq!(value("Platform").unwrap(), "Meta (Facebook, Instagram)");
        assert_eq!(value("Objective").unwrap(), "Website traffic");
        assert_eq!(
            value("Budget and duration").unwrap(),
            "5 a day for 14 days (70 in total, in the ad account's currency)"
        );
        assert_eq!(value("Expected clicks").unwrap(), "22–51");
        assert!(value("Expected reach").unwrap().ends_with(" people"));
        assert_eq!(
            value("Assumed").unwrap(),
            "cost per 1,000 impressions 17.97–24.67 (from Superads, 2025); click-through rate \
             0.79%–1.30% (from Lebesgue, 2024)"
        );
        assert_eq!(value("Warning"), None);
        assert_eq!(value("Decision").unwrap(), "Boost the wedding-cake Reel");
        assert!(value("Verdict").unwrap().starts_with("A fair test"));

        let mut wb = filled();
        wb.paid.platform = Some(paid::PaidPlatform::TikTok);
        wb.paid.decision = "[win](https://evil.example)".into();
        let md = markdown_of(assemble(&wb, None, &[]));
        let at = md.find("## 9. Paid").unwrap();
        let paid_md = &md[at..];
        assert!(
            paid_md.contains("- **Warning:** $5 a day is below TikTok"),
            "{paid_md}"
        );
        assert!(paid_md.contains("more than $50 a day"), "{paid_md}");
        assert!(paid_md.contains("3.00–15.00 (no published benchmark found; a starting guess)"));
        assert!(!paid_md.contains("[win]("));
        assert!(paid_md.contains("[win\\](https[:]//evil[.]example)"));
        assert!(paid_md.contains("- **Verdict:** Not yet"));
    }

    #[test]
    fn empty_paid_section_points_to_boost_or_not() {
        let md = markdown_of(assemble(&Workbook::default(), None, &[]));
        assert!(
            md.contains("## 9. Paid\n\n_Not filled in yet: use Boost or not on the Tools page._")
        );
        let mut wb = Workbook::default();
        wb.paid.days = Some(3);
        let sections = assemble(&wb, None, &[]);
        assert_eq!(sections[8].lines.len(), 1);
        assert_eq!(sections[8].lines[0].value, "3 days");
    }

    /// The Markdown of these sections, with no business name or date.
    fn markdown_of(sections: Vec<PlanSection>) -> String {
        to_markdown(&PlanDocument {
            business_name: String::new(),
            made_on: None,
            sections,
        })
    }

    #[test]
    fn markdown_has_every_section_in_order() {
        let md = markdown_of(assemble(&Workbook::default(), None, &[]));
        assert!(md.starts_with("# Social media plan\n\n## 1."), "{md}");
        let mut last = 0;
        for (i, id) in SectionId::ALL.iter().enumerate() {
            let heading = format!("## {}. {}", i + 1, id.title());
            let at = md.find(&heading).unwrap();
            assert!(at > last);
            last = at;
        }
        assert!(md.contains("_Not filled in yet: use the tool chooser on the Tools page._"));
    }

    fn pawfect() -> ProgressData {
        let mut data = ProgressData {
            workbook: filled(),
            ..ProgressData::default()
        };
        data.workbook.plan.business_name = "  Pawfect Grooming ".into();
        let cal = &mut data.workbook.process.calendar;
        cal.add(
            Weekday::Fri,
            CalendarEntry {
                platform: Some(Network::Facebook),
                pillar: "Before and after".into(),
                format: PostFormat::Carousel,
                note: "Poodle | cut, book [name]!".into(),
            },
        );
        cal.add(Weekday::Sat, CalendarEntry::default());
        data
    }

    #[test]
    fn the_document_names_the_business_and_the_date() {
        let may = Date::new(2025, 5, 21);
        let doc = document(&pawfect(), may);
        assert_eq!(doc.title(), "Social media plan for Pawfect Grooming");
        assert_eq!(doc.made_on_text().unwrap(), "Made on 21 May 2025.");
        let md = to_markdown(&doc);
        assert!(
            md.starts_with(
                "# Social media plan for Pawfect Grooming\n\nMade on 21 May 2025.\n\n## 1. "
            ),
            "{md}"
        );
        let unnamed = document(&ProgressData::default(), None);
        assert_eq!(unnamed.title(), "Social media plan");
        assert_eq!(unnamed.made_on_text(), None);
    }

    #[test]
    fn the_week_of_posts_is_a_table_in_day_order() {
        let doc = document(&pawfect(), None);
        let section = &doc.sections[3];
        assert_eq!(section.id, SectionId::PillarsCadence);
        let days: Vec<&str> = section.week.iter().map(|r| r.day).collect();
        assert_eq!(days, vec!["Monday", "Friday", "Saturday"]);
        assert_eq!(
            section.week[1],
            WeekRow {
                day: "Friday",
                platform: "Facebook".into(),
                pillar: "Before and after".into(),
                format: "Carousel",
                note: "Poodle | cut, book [name]!".into(),
            }
        );
        let md = to_markdown(&doc);
        let table = "**The week of posts**\n\n\
                     | Day | Platform | Pillar | Format | Note |\n\
                     |---|---|---|---|---|\n\
                     | Monday | Instagram | The bake | Photo | – |\n\
                     | Friday | Facebook | Before and after | Carousel | Poodle \\| cut, book [name]! |\n\
                     | Saturday | – | – | Photo | – |\n";
        assert!(md.contains(table), "{md}");
        // The table follows the section's lines after a blank line, so it is not part of a list.
        assert!(md.contains("a week\n\n**The week of posts**"), "{md}");

        // A week with no pillars named still fills the section.
        let mut wb = Workbook::default();
        wb.process
            .calendar
            .add(Weekday::Tue, CalendarEntry::default());
        let sections = assemble(&wb, None, &[]);
        assert!(!sections[3].is_empty());
        assert_eq!(sections[3].empty_hint, None);
        assert!(md_has_no_hint(&markdown_of(sections), 4));
    }

    fn md_has_no_hint(md: &str, section: usize) -> bool {
        let at = md.find(&format!("## {section}. ")).unwrap();
        let rest = &md[at..];
        let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
        !rest[..end].contains("Not filled in yet")
    }

    #[test]
    fn the_markdown_reads_as_typed() {
        let mut wb = Workbook::default();
        wb.triage.playbook.tone = Some(Tone::Warm);
        wb.triage.playbook.fill_suggested_templates();
        wb.tools.decision = "Hi [name]! Crumb & Co. (the bakery) — 50% off, a < b, 3 * 4 = 12, \
                             back\\slash, #1 groomer, *really* good_stuff ~ok~ $5"
            .into();
        let md = markdown_of(assemble(&wb, None, &[]));
        assert!(
            md.contains(
                "- **Decision:** Hi [name]! Crumb & Co. (the bakery) — 50% off, a < b, 3 * 4 = \
                 12, back\\slash, #1 groomer, *really* good_stuff ~ok~ $5\n"
            ),
            "{md}"
        );
        // The suggested reply templates hold placeholders such as [name]: no backslashes.
        let misguided = md
            .lines()
            .find(|l| l.starts_with("- **Misguided:**"))
            .unwrap();
        assert!(!misguided.contains('\\'), "{misguided}");
        assert!(
            misguided.contains("[name]") && misguided.contains("[link]"),
            "{misguided}"
        );
    }

    #[test]
    fn learner_text_cannot_inject_links_html_or_structure() {
        let mut data = pawfect();
        let wb = &mut data.workbook;
        wb.plan.business_name = "Evil ## <img src=x onerror=alert(1)>".into();
        wb.smart.goal = "<script>alert(1)</script> [click](https://evil.example) \
                         ![img](x.png) [ref][1] www.evil.example me@evil.example \
                         &#x202E;gnp &amp; <!-- hidden --> <https://evil.example> \\](x)"
            .into();
        wb.tools.decision =
            "line one\n# Heading\n> quote\n| a | b |\n```code```\n[1]: https://x.example\n- item"
                .into();
        wb.process.calendar.add(
            Weekday::Sun,
            CalendarEntry {
                platform: Some(Network::Instagram),
                pillar: "a | b".into(),
                format: PostFormat::Story,
                note: "x |\n|---|\n| injected | row |".into(),
            },
        );
        let md = to_markdown(&document(&data, None));
        let title = md.lines().next().unwrap();
        assert_eq!(
            title,
            "# Social media plan for Evil \\#\\# \\<img src=x onerror=alert(1)>"
        );
        assert!(md.contains("\\<script>alert(1)\\</script>"));
        // Every `<` that could open a tag or an autolink has a backslash before it.
        let chars: Vec<char> = md.chars().collect();
        for i in 1..chars.len() - 1 {
            let opens = chars[i + 1].is_ascii_alphabetic() || "/!?".contains(chars[i + 1]);
            if chars[i] == '<' && opens {
                assert_eq!(chars[i - 1], '\\', "an open tag at {i}: {md}");
            }
        }
        assert!(!md.contains("[click]("));
        assert!(md.contains("[click\\](https[:]//evil[.]example)"));
        assert!(md.contains("![img\\](x[.]png)"));
        assert!(md.contains("[ref\\][1]"));
        assert!(md.contains("www[.]evil[.]example"));
        assert!(md.contains("me[@]evil[.]example"));
        assert!(md.contains("\\&#x202E;gnp \\&amp;"));
        assert!(md.contains("\\<!-- hidden -->"));
        assert!(md.contains("\\<https[:]//evil[.]example>"));
        assert!(
            md.contains("\\\\\\](x)"),
            "a learner's backslash cannot undo ours: {md}"
        );
        // Nothing the learner typed starts a line: no heading, quote, list, table row or
        // link definition of theirs.
        for line in md.lines() {
            let ours = line.is_empty()
                || line.starts_with("# Social media plan")
                || line.starts_with("## ")
                || line.starts_with("- **")
                || line.starts_with("_Not filled in yet")
                || line.starts_with("**The week of posts**")
                || line.starts_with("| Day |")
                || line.starts_with("|---|")
                || ["Monday", "Friday", "Saturday", "Sunday"]
                    .iter()
                    .any(|d| line.starts_with(&format!("| {d} | ")));
            assert!(ours, "a line the learner started: {line}");
        }
        // Every table row has exactly five cells: unescaped pipes are only ours.
        for line in md.lines().filter(|l| l.starts_with("| ")) {
            let chars: Vec<char> = line.chars().collect();
            let pipes = (0..chars.len())
                .filter(|&i| chars[i] == '|' && (i == 0 || chars[i - 1] != '\\'))
                .count();
            assert_eq!(pipes, 6, "{line}");
        }
        assert!(md.contains(
            "| Sunday | Instagram | a \\| b | Story | x \\| \\|---\\| \\| injected \\| row \\| |"
        ));
    }

    #[test]
    fn escaping_keeps_plain_text_readable() {
        assert_eq!(
            escape_markdown("Crumb & Co. sells 40 cakes."),
            "Crumb & Co. sells 40 cakes."
        );
        assert_eq!(escape_markdown("  two\n\nlines  "), "two lines");
        assert_eq!(escape_markdown("Note: 50% (about)"), "Note: 50% (about)");
        assert_eq!(escape_markdown(""), "");
        assert_eq!(escape_markdown("\\"), "\\\\");
        assert_eq!(escape_markdown("a\\b"), "a\\b");
        assert_eq!(escape_markdown("é ü 🍞"), "é ü 🍞");
        assert_eq!(escape_markdown("Hi [name]!"), "Hi [name]!");
        assert_eq!(escape_markdown("AT&T and R&D"), "AT&T and R&D");
        assert_eq!(escape_markdown("x &copy; y"), "x \\&copy; y");
        assert_eq!(escape_cell("a|b"), "a\\|b");
        assert_eq!(escape_markdown("a|b"), "a|b");
        assert_eq!(escape_heading("No. #1"), "No. \\#1");
    }

    #[test]
    fn huge_text_is_handled() {
        let mut wb = Workbook::default();
        wb.smart.goal = "[x](y) ".repeat(5_000);
        wb.sanitise();
        let md = markdown_of(assemble(&wb, None, &[]));
        assert!(md.len() > 2_000);
        assert!(!md.contains("[x](y)"));
    }

    #[test]
    fn exported_text_never_becomes_a_link_or_hides_characters() {
        let cases = [
            ("mail me at ana@example.com", "ana[@]example[.]com"),
            ("xmpp:ana@chat.example", "xmpp[:]ana[@]chat[.]example"),
            ("log in at evil.com/login now", "evil[.]com/login"),
            ("see https://evil.com", "https[:]//evil[.]com"),
        ];
        for (input, defanged) in cases {
            let out = escape_markdown(input);
            assert!(out.contains(defanged), "{input} → {out}");
        }
        assert_eq!(escape_markdown("e.g. 3.5 stars"), "e.g. 3.5 stars");
        let hidden = "pay\u{202E}moc.live\u{200B}\u{2066}x\u{FEFF}";
        assert!(!escape_markdown(hidden).chars().any(is_invisible));
    }
}

//! What the app remembers, as stored under one localStorage key: `{"version": N, "data": {...}}`.
//!
//! Decoding never fails: unreadable text, older versions and newer versions each come back as a
//! `Loaded` that says what happened, so the app can tell the learner and keep their data safe.
//!
//! Versions (each stored `data` shape is frozen once released):
//! - 1: `theme`, `visited`, `completed`, `last_lesson`, `quiz_best` (`ProgressV1`).
//! - 2: version 1 plus `missed`, `quiz_attempts`, `certificate_name`, `final_passed_on`,
//!   `last_anchor` (`ProgressData`). `migrate_v1_to_v2` carries version 1 over.
//!
//! Reading is lenient, field by field: a field of the wrong type falls back to its default, a
//! list or map keeps its readable entries, and every value set aside is described in a warning.
//! Then `sanitise` drops ids the course does not know, clamps numbers and shortens long text.
//! Text is kept as typed (HTML included): the UI escapes it, nothing here turns it into markup.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::date::Date;
use super::grading::Score;
use super::lenient;
use super::recommender::{self, Persona};
use super::review::{self, ReviewCard};
use super::theme::ThemeChoice;
use super::workbook::Workbook;
use crate::content::platforms::Platform;
use crate::content::{self, PartId};

pub use crate::contracts::{BACKUP_KEY, REPLACED_KEY, STORAGE_KEY};
pub const CURRENT_VERSION: u32 = crate::contracts::STORAGE_VERSION;

/// The quiz id of the final assessment; part quizzes use their part's slug.
pub const FINAL_QUIZ: &str = "final";
/// Longest certificate name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest `last_anchor` kept, in characters.
pub const MAX_ANCHOR_CHARS: usize = 80;
/// Quiz attempts kept in the history; older ones are dropped first.
pub const MAX_QUIZ_ATTEMPTS: usize = 200;
/// Most questions one quiz result may count.
pub const MAX_QUIZ_TOTAL: u32 = 1_000;
/// Most attempts one best score may count.
pub const MAX_ATTEMPTS: u32 = 100_000;
/// Largest file `check_import` reads.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
#[serde(default)]
pub struct ProgressData {
    pub theme: ThemeChoice,
    /// Lessons opened at least once (slugs).
    pub visited: BTreeSet<String>,
    /// Lessons the learner marked complete or read to the end (slugs).
    pub completed: BTreeSet<String>,
    /// The lesson last opened, for "Continue where you left off".
    pub last_lesson: Option<String>,
    /// Best score per quiz id (`intro`, …, `final`).
    pub quiz_best: BTreeMap<String, QuizBest>,
    /// Missed questions scheduled for spaced review, sorted by question id (see `review`).
    pub missed: Vec<ReviewCard>,
    /// Finished quizzes, oldest first, at most `MAX_QUIZ_ATTEMPTS`.
    pub quiz_attempts: Vec<QuizAttempt>,
    /// The name to print on the certificate; empty until the learner gives one.
    pub certificate_name: String,
    /// The day the final assessment was first passed, as an ISO date (`2025-03-14`).
    pub final_passed_on: Option<String>,
    /// The heading id within `last_lesson` the learner last reached.
    pub last_anchor: Option<String>,
    /// Audience personas from the targeting tool (at most `MAX_PERSONAS`).
    pub personas: Vec<Persona>,
    /// Index into `personas` of the one the plan uses.
    pub active_persona: Option<usize>,
    /// Platforms the learner chose for the plan (platform slugs, in the learner's order).
    pub chosen_platforms: Vec<String>,
    /// Everything entered in the strategy workbook tools.
    pub workbook: Workbook,
    /// Answers chosen in a quiz not yet checked, by quiz id (`intro`, …, `final`, or
    /// `REVIEW_DRAFT`), so a reload mid-quiz keeps them. Cleared when the quiz is checked.
    /// Left out of the stored text when empty, so data without drafts reads and writes as before.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub quiz_drafts: BTreeMap<String, QuizDraft>,
}

/// The draft key of a review session (part quizzes use their slug, the final `FINAL_QUIZ`).
pub const REVIEW_DRAFT: &str = "review";

/// The answers chosen so far in one quiz.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizDraft {
    /// The attempt the answers belong to (the seed the quiz was drawn and ordered with): a draft
    /// of another attempt is not offered.
    pub attempt: u64,
    /// Options chosen per question id, as the options' written positions.
    pub answers: BTreeMap<String, Vec<u8>>,
}

/// Personas kept at most; more are dropped when reading.
pub const MAX_PERSONAS: usize = 12;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizBest {
    pub correct: u32,
    pub total: u32,
    pub attempts: u32,
}

/// One finished quiz. `day` is a day number from the caller (days since 1970-01-01), the same
/// unit as the review schedule; `iso_date` turns it into a date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizAttempt {
    pub quiz: String,
    pub day: u32,
    pub correct: u32,
    pub total: u32,
}

/// Version 1's `data`, frozen as it was released: never change it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProgressV1 {
    pub theme: ThemeChoice,
    pub visited: BTreeSet<String>,
    pub completed: BTreeSet<String>,
    pub last_lesson: Option<String>,
    pub quiz_best: BTreeMap<String, QuizBest>,
}

/// The stored text's outer shape. `generation` counts the times the whole of the progress was
/// replaced (a reset, an import, an undo): a tab that sees a higher generation adopts it instead
/// of merging into it. Left out when 0, so exports and older data read the same.
#[derive(Serialize)]
struct Envelope<T> {
    version: u32,
    #[serde(skip_serializing_if = "is_zero")]
    generation: u64,
    data: T,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// What loading the stored text gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Fresh,
    /// Current version, read as stored.
    Ok(ProgressData),
    /// Current version, but some values were set aside or adjusted (described in `warnings`).
    Repaired {
        data: ProgressData,
        warnings: Vec<String>,
    },
    /// Written by an older app (version `from`) and brought up to date.
    Migrated {
        from: u32,
        data: ProgressData,
        warnings: Vec<String>,
    },
    /// Written by a newer app: the app must not write over it.
    Newer { version: u32 },
    /// Not readable as the app's data; the raw text must be backed up before starting fresh.
    Corrupt { reason: String },
}

impl Loaded {
    /// The progress to use, if any.
    pub fn into_data(self) -> Option<ProgressData> {
        match self {
            Loaded::Ok(data) | Loaded::Repaired { data, .. } | Loaded::Migrated { data, .. } => {
                Some(data)
            }
            Loaded::Fresh | Loaded::Newer { .. } | Loaded::Corrupt { .. } => None,
        }
    }

    /// What was set aside or adjusted while reading.
    pub fn warnings(&self) -> &[String] {
        match self {
            Loaded::Repaired { warnings, .. } | Loaded::Migrated { warnings, .. } => warnings,
            _ => &[],
        }
    }

    /// Whether the raw stored text should be copied to `BACKUP_KEY` before the app writes: it is
    /// unreadable, or it differs from what the app will write (older version or repaired).
    pub fn needs_backup(&self) -> bool {
        matches!(
            self,
            Loaded::Corrupt { .. } | Loaded::Repaired { .. } | Loaded::Migrated { .. }
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding and encoding

/// Progress read from an envelope, with where it came from.
struct Decoded {
    data: ProgressData,
    from: u32,
    warnings: Vec<String>,
}

/// Why an envelope could not be read.
#[derive(Clone, Debug, PartialEq)]
enum DecodeError {
    NotJson(String),
    NotEnvelope(&'static str),
    UnknownVersion(u32),
    Newer(u32),
}

pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Fresh };
    match decode_text(raw) {
        Ok(Decoded {
            data,
            from,
            warnings,
        }) if from < CURRENT_VERSION => Loaded::Migrated {
            from,
            data,
            warnings,
        },
        Ok(Decoded { data, warnings, .. }) if warnings.is_empty() => Loaded::Ok(data),
        Ok(Decoded { data, warnings, .. }) => Loaded::Repaired { data, warnings },
        Err(DecodeError::Newer(version)) => Loaded::Newer { version },
        Err(e) => Loaded::Corrupt {
            reason: e.describe(),
        },
    }
}

/// The text of an export file (no generation: a file is not a tab's state).
pub fn encode(data: &ProgressData) -> String {
    encode_stored(data, 0)
}

/// The text stored under `STORAGE_KEY`, with the generation it belongs to.
pub fn encode_stored(data: &ProgressData, generation: u64) -> String {
    serde_json::to_string(&Envelope {
        version: CURRENT_VERSION,
        generation,
        data,
    })
    .unwrap_or_else(|_| String::from("{}"))
}

/// The generation of stored text (0 when it has none or cannot be read).
pub fn generation_of(raw: &str) -> u64 {
    serde_json::from_str::<Value>(raw)
        .ok()
        .and_then(|v| v.get("generation").and_then(Value::as_u64))
        .unwrap_or(0)
}

impl DecodeError {
    fn describe(&self) -> String {
        match self {
            DecodeError::NotJson(e) => format!("not valid JSON ({e})"),
            DecodeError::NotEnvelope(what) => (*what).to_owned(),
            DecodeError::UnknownVersion(v) => format!("unknown version {v}"),
            DecodeError::Newer(v) => format!("written by a newer version ({v})"),
        }
    }
}

fn decode_text(raw: &str) -> Result<Decoded, DecodeError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let (version, data) = open_envelope(&value)?;
    let mut warnings = Vec::new();
    let mut data = read_version(version, data, &mut warnings)?;
    warnings.extend(sanitise(&mut data));
    Ok(Decoded {
        data,
        from: version,
        warnings,
    })
}

fn open_envelope(value: &Value) -> Result<(u32, &Map<String, Value>), DecodeError> {
    let Some(top) = value.as_object() else {
        return Err(DecodeError::NotEnvelope("not an object"));
    };
    let Some(version) = top.get("version").and_then(Value::as_u64) else {
        return Err(DecodeError::NotEnvelope("no version number"));
    };
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > CURRENT_VERSION {
        return Err(DecodeError::Newer(version));
    }
    match top.get("data") {
        Some(Value::Object(data)) => Ok((version, data)),
        Some(Value::Null) | None => Err(DecodeError::NotEnvelope("no data")),
        Some(_) => Err(DecodeError::NotEnvelope("data is not an object")),
    }
}

/// Reads `data` as stored by `version` and migrates it, step by step, to the current version.
fn read_version(
    version: u32,
    data: &Map<String, Value>,
    warnings: &mut Vec<String>,
) -> Result<ProgressData, DecodeError> {
    match version {
        1 => Ok(migrate_v2_to_v3(migrate_v1_to_v2(read_v1(data, warnings)))),
        2 => Ok(migrate_v2_to_v3(read_v2(data, warnings))),
        3 => Ok(read_v3(data, warnings)),
        other => Err(DecodeError::UnknownVersion(other)),
    }
}

// ---------------------------------------------------------------------------------------------
// Migrations

/// Version 1 → 2: every version 1 field carries over unchanged; the new fields start empty.
/// (Version 1 kept no pass date, so a final passed under version 1 shows only in `quiz_best`.)
pub fn migrate_v1_to_v2(v1: ProgressV1) -> ProgressData {
    ProgressData {
        theme: v1.theme,
        visited: v1.visited,
        completed: v1.completed,
        last_lesson: v1.last_lesson,
        quiz_best: v1.quiz_best,
        ..ProgressData::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Lenient reading, field by field

type Object = Map<String, Value>;

fn read_v1(obj: &Object, w: &mut Vec<String>) -> ProgressV1 {
    ProgressV1 {
        theme: read_theme(obj, w),
        visited: read_list(obj, "visited", read_string, w)
            .into_iter()
            .collect(),
        completed: read_list(obj, "completed", read_string, w)
            .into_iter()
            .collect(),
        last_lesson: read_text(obj, "last_lesson", w),
        quiz_best: read_quiz_best(obj, w),
    }
}

/// Version 2 added review, attempts and the completion record to the version 1 fields.
fn read_v2(obj: &Object, w: &mut Vec<String>) -> ProgressData {
    // Read first, so the warnings follow the fields' order.
    let v1_fields = migrate_v1_to_v2(read_v1(obj, w));
    ProgressData {
        missed: read_list(obj, "missed", read_card, w),
        quiz_attempts: read_list(obj, "quiz_attempts", read_attempt, w),
        certificate_name: read_text(obj, "certificate_name", w).unwrap_or_default(),
        final_passed_on: read_text(obj, "final_passed_on", w),
        last_anchor: read_text(obj, "last_anchor", w),
        ..v1_fields
    }
}

/// Version 3 added the plan inputs: personas, chosen platforms and the workbook.
fn read_v3(obj: &Object, w: &mut Vec<String>) -> ProgressData {
    ProgressData {
        personas: present(obj, "personas")
            .map(|v| lenient::read(v, "personas", w))
            .unwrap_or_default(),
        active_persona: present(obj, "active_persona")
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok()),
        chosen_platforms: read_list(obj, "chosen_platforms", read_string, w),
        workbook: present(obj, "workbook")
            .map(|v| lenient::read(v, "workbook", w))
            .unwrap_or_default(),
        quiz_drafts: present(obj, "quiz_drafts")
            .map(|v| lenient::read(v, "quiz_drafts", w))
            .unwrap_or_default(),
        ..read_v2(obj, w)
    }
}

/// Version 2 → 3: everything carries over; the plan inputs start empty.
pub fn migrate_v2_to_v3(v2: ProgressData) -> ProgressData {
    ProgressData {
        personas: Vec::new(),
        active_persona: None,
        chosen_platforms: Vec::new(),
        workbook: Workbook::default(),
        quiz_drafts: BTreeMap::new(),
        ..v2
    }
}

/// The value under `key`, treating `null` like a missing field.
fn present<'a>(obj: &'a Object, key: &str) -> Option<&'a Value> {
    obj.get(key).filter(|v| !v.is_null())
}

fn read_theme(obj: &Object, w: &mut Vec<String>) -> ThemeChoice {
    let Some(value) = present(obj, "theme") else {
        return ThemeChoice::default();
    };
    serde_json::from_value(value.clone()).unwrap_or_else(|_| {
        w.push(format!(
            "The colour theme {} was not recognised; using the system setting.",
            lenient::describe(value)
        ));
        ThemeChoice::default()
    })
}

fn read_text(obj: &Object, key: &str, w: &mut Vec<String>) -> Option<String> {
    let value = present(obj, key)?;
    let text = value.as_str().map(str::to_owned);
    if text.is_none() {
        w.push(format!(
            "“{key}” should be text but was {}; it was ignored.",
            lenient::describe(value)
        ));
    }
    text
}

/// The readable entries of the list under `key`; one warning covers the unreadable ones.
fn read_list<T>(
    obj: &Object,
    key: &str,
    read_item: fn(&Value) -> Option<T>,
    w: &mut Vec<String>,
) -> Vec<T> {
    let Some(value) = present(obj, key) else {
        return Vec::new();
    };
    let Some(items) = value.as_array() else {
        w.push(format!(
            "“{key}” should be a list but was {}; it was ignored.",
            lenient::describe(value)
        ));
        return Vec::new();
    };
    let read: Vec<T> = items.iter().filter_map(read_item).collect();
    warn_unreadable(w, key, items.len() - read.len());
    read
}

fn read_quiz_best(obj: &Object, w: &mut Vec<String>) -> BTreeMap<String, QuizBest> {
    let Some(value) = present(obj, "quiz_best") else {
        return BTreeMap::new();
    };
    let Some(entries) = value.as_object() else {
        w.push(format!(
            "“quiz_best” should be a group of scores but was {}; it was ignored.",
            lenient::describe(value)
        ));
        return BTreeMap::new();
    };
    let read: BTreeMap<String, QuizBest> = entries
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), read_best(v)?)))
        .collect();
    warn_unreadable(w, "quiz_best", entries.len() - read.len());
    read
}

fn warn_unreadable(w: &mut Vec<String>, key: &str, count: usize) {
    if count > 0 {
        w.push(format!(
            "Ignored {count} unreadable {} in “{key}”.",
            plural(count, "entry", "entries")
        ));
    }
}

fn read_string(value: &Value) -> Option<String> {
    value.as_str().map(str::to_owned)
}

/// A whole number, clamped into `u32`: negatives become 0, fractions are rounded down.
fn read_number(value: &Value) -> Option<u32> {
    let n = value.as_number()?;
    if let Some(u) = n.as_u64() {
        return Some(u32::try_from(u).unwrap_or(u32::MAX));
    }
    if n.as_i64().is_some() {
        return Some(0);
    }
    // `as` saturates: negatives give 0, huge values u32::MAX.
    n.as_f64().map(|f| f as u32)
}

fn number_in(obj: &Object, key: &str) -> Option<u32> {
    obj.get(key).and_then(read_number)
}

fn read_best(value: &Value) -> Option<QuizBest> {
    let obj = value.as_object()?;
    Some(QuizBest {
        correct: number_in(obj, "correct")?,
        total: number_in(obj, "total")?,
        attempts: number_in(obj, "attempts").unwrap_or(1),
    })
}

fn read_card(value: &Value) -> Option<ReviewCard> {
    let obj = value.as_object()?;
    Some(ReviewCard {
        question_id: obj.get("question_id")?.as_str()?.to_owned(),
        box_number: u8::try_from(number_in(obj, "box")?).unwrap_or(u8::MAX),
        due_day: number_in(obj, "due_day")?,
    })
}

fn read_attempt(value: &Value) -> Option<QuizAttempt> {
    let obj = value.as_object()?;
    Some(QuizAttempt {
        quiz: obj.get("quiz")?.as_str()?.to_owned(),
        day: number_in(obj, "day")?,
        correct: number_in(obj, "correct")?,
        total: number_in(obj, "total")?,
    })
}

// ---------------------------------------------------------------------------------------------
// Sanitising

/// Brings hand-edited or hostile values into range: drops lesson, quiz and question ids the course
/// does not know, clamps scores (correct ≤ total ≤ `MAX_QUIZ_TOTAL`, 1 ≤ attempts ≤
/// `MAX_ATTEMPTS`), caps the attempt history, removes duplicate review cards, tidies and shortens
/// the certificate name, and drops malformed dates and anchors. Returns a warning per kind of
/// change; running it twice returns no warnings the second time.
pub fn sanitise(data: &mut ProgressData) -> Vec<String> {
    let mut w = Vec::new();
    keep_known_lessons(&mut data.visited, "opened lessons", &mut w);
    keep_known_lessons(&mut data.completed, "completed lessons", &mut w);
    clean_last_place(data, &mut w);
    clean_quiz_best(&mut data.quiz_best, &mut w);
    clean_attempts(&mut data.quiz_attempts, &mut w);
    clean_cards(&mut data.missed, &mut w);
    clean_name(&mut data.certificate_name, &mut w);
    clean_pass_date(&mut data.final_passed_on, &mut w);
    clean_plan_inputs(data, &mut w);
    clean_drafts(&mut data.quiz_drafts, &mut w);
    w
}

/// Keeps the answers in progress that the course can show: known quizzes, known questions,
/// options the question has, at most one for a single-answer question.
fn clean_drafts(drafts: &mut BTreeMap<String, QuizDraft>, w: &mut Vec<String>) {
    let before = drafts.clone();
    drafts.retain(|id, _| id == REVIEW_DRAFT || is_known_quiz(id));
    for draft in drafts.values_mut() {
        draft.answers.retain(|id, picked| {
            let Some(q) = content::question(id) else {
                return false;
            };
            picked.retain(|&o| usize::from(o) < q.options.len());
            picked.sort_unstable();
            picked.dedup();
            !picked.is_empty() && (q.kind == content::QuestionKind::Multiple || picked.len() == 1)
        });
    }
    drafts.retain(|_, d| !d.answers.is_empty());
    if *drafts != before {
        w.push("Some answers chosen in an unchecked quiz were for questions or options the course does not have; they were set aside.".into());
    }
}

/// Personas, chosen platforms and workbook entries: keep what the course knows, in range.
fn clean_plan_inputs(data: &mut ProgressData, w: &mut Vec<String>) {
    if data.personas.len() > MAX_PERSONAS {
        data.personas.truncate(MAX_PERSONAS);
        w.push(format!("Only the first {MAX_PERSONAS} personas were kept."));
    }
    for persona in &mut data.personas {
        if recommender::check_name(&persona.name).is_err() {
            persona.name = tidy_name(&persona.name);
        }
        persona.hours_per_week = persona.hours_per_week.min(168);
    }
    if data
        .active_persona
        .is_some_and(|i| i >= data.personas.len())
    {
        data.active_persona = None;
    }
    let before = data.chosen_platforms.len();
    data.chosen_platforms
        .retain(|slug| Platform::from_slug(slug).is_some());
    let mut seen = BTreeSet::new();
    data.chosen_platforms
        .retain(|slug| seen.insert(slug.clone()));
    if data.chosen_platforms.len() != before {
        w.push("Unknown or repeated platforms were removed from your plan.".into());
    }
    let before = data.workbook.clone();
    data.workbook.sanitise();
    for tool in WorkbookTool::ALL {
        if tool.differs(&before, &data.workbook) {
            w.push(format!(
                "Some entries in the workbook tool “{}” were out of range or too long and were adjusted.",
                tool.name()
            ));
        }
    }
}

/// The workbook's tools: each is a section of its own when data is repaired, merged or
/// previewed, so one tool's entries never decide the fate of another's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkbookTool {
    Comparison,
    Smart,
    Triage,
    Process,
    Tools,
    Analytics,
    Paid,
    Plan,
}

impl WorkbookTool {
    pub const ALL: [WorkbookTool; 8] = [
        WorkbookTool::Comparison,
        WorkbookTool::Smart,
        WorkbookTool::Triage,
        WorkbookTool::Process,
        WorkbookTool::Tools,
        WorkbookTool::Analytics,
        WorkbookTool::Paid,
        WorkbookTool::Plan,
    ];

    pub fn name(self) -> &'static str {
        match self {
            WorkbookTool::Comparison => "Traditional vs social",
            WorkbookTool::Smart => "SMART goal",
            WorkbookTool::Triage => "Negative-feedback triage",
            WorkbookTool::Process => "Update process map and calendar",
            WorkbookTool::Tools => "Management-tool chooser",
            WorkbookTool::Analytics => "Analytics calculators",
            WorkbookTool::Paid => "Boost or not",
            WorkbookTool::Plan => "My social media plan",
        }
    }

    /// Whether this tool's entries differ between two workbooks.
    pub fn differs(self, a: &Workbook, b: &Workbook) -> bool {
        match self {
            WorkbookTool::Comparison => a.comparison != b.comparison,
            WorkbookTool::Smart => a.smart != b.smart,
            WorkbookTool::Triage => a.triage != b.triage,
            WorkbookTool::Process => a.process != b.process,
            WorkbookTool::Tools => a.tools != b.tools,
            WorkbookTool::Analytics => a.analytics != b.analytics,
            WorkbookTool::Paid => a.paid != b.paid,
            WorkbookTool::Plan => a.plan != b.plan,
        }
    }

    pub fn is_empty(self, wb: &Workbook) -> bool {
        !self.differs(wb, &Workbook::default())
    }

    /// Copies this tool's entries from `from` into `into`.
    pub fn copy(self, from: &Workbook, into: &mut Workbook) {
        match self {
            WorkbookTool::Comparison => into.comparison = from.comparison.clone(),
            WorkbookTool::Smart => into.smart = from.smart.clone(),
            WorkbookTool::Triage => into.triage = from.triage.clone(),
            WorkbookTool::Process => into.process = from.process.clone(),
            WorkbookTool::Tools => into.tools = from.tools.clone(),
            WorkbookTool::Analytics => into.analytics = from.analytics.clone(),
            WorkbookTool::Paid => into.paid = from.paid.clone(),
            WorkbookTool::Plan => into.plan = from.plan.clone(),
        }
    }

    /// What the learner has entered here, in a few words.
    pub fn describe(self, wb: &Workbook) -> String {
        if self.is_empty(wb) {
            return "nothing entered".into();
        }
        match self {
            WorkbookTool::Smart if !wb.smart.goal.trim().is_empty() => {
                format!("goal {}", lenient::quote(&wb.smart.goal))
            }
            WorkbookTool::Plan if !wb.plan.business_name.trim().is_empty() => {
                format!("business {}", lenient::quote(&wb.plan.business_name))
            }
            WorkbookTool::Process => {
                let posts: usize = wb.process.calendar.days.values().map(Vec::len).sum();
                format!("{posts} {} in the calendar", plural(posts, "post", "posts"))
            }
            _ => "filled in".into(),
        }
    }
}

/// Every quiz id the course has: part slugs with a quiz, then `FINAL_QUIZ`.
pub fn quiz_ids() -> impl Iterator<Item = &'static str> {
    PartId::ALL
        .into_iter()
        .filter(|p| p.has_quiz())
        .map(PartId::slug)
        .chain(std::iter::once(FINAL_QUIZ))
}

pub fn is_known_quiz(id: &str) -> bool {
    quiz_ids().any(|q| q == id)
}

fn is_known_lesson(slug: &str) -> bool {
    content::lesson(slug).is_some()
}

fn keep_known_lessons(set: &mut BTreeSet<String>, what: &str, w: &mut Vec<String>) {
    let unknown: Vec<String> = set
        .iter()
        .filter(|s| !is_known_lesson(s))
        .cloned()
        .collect();
    set.retain(|s| is_known_lesson(s));
    warn_dropped(w, &format!("unknown {what}"), &unknown);
}

fn clean_last_place(data: &mut ProgressData, w: &mut Vec<String>) {
    if let Some(slug) = data.last_lesson.take_if(|s| !is_known_lesson(s)) {
        w.push(format!(
            "Forgot the last lesson {}: the course has no such lesson.",
            lenient::quote(&slug)
        ));
    }
    let lesson_known = data.last_lesson.is_some();
    if let Some(anchor) = data
        .last_anchor
        .take_if(|a| !lesson_known || !is_plain_anchor(a))
    {
        w.push(format!(
            "Forgot the reading position {}.",
            lenient::quote(&anchor)
        ));
    }
}

/// An anchor safe to put after `#` as it is: 1–80 ASCII letters, digits, `-`, `_`, `.` or `:`.
fn is_plain_anchor(anchor: &str) -> bool {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':');
    !anchor.is_empty() && anchor.len() <= MAX_ANCHOR_CHARS && anchor.chars().all(plain)
}

fn clean_quiz_best(best: &mut BTreeMap<String, QuizBest>, w: &mut Vec<String>) {
    let unknown: Vec<String> = best.keys().filter(|k| !is_known_quiz(k)).cloned().collect();
    best.retain(|k, _| is_known_quiz(k));
    warn_dropped(w, "best scores for unknown quizzes", &unknown);
    let empty: Vec<String> = best
        .iter()
        .filter(|(_, b)| b.total == 0)
        .map(|(k, _)| k.clone())
        .collect();
    best.retain(|_, b| b.total > 0);
    warn_dropped(w, "best scores with no questions", &empty);
    for (id, score) in best.iter_mut() {
        clamp_best(id, score, w);
    }
}

fn clamp_best(id: &str, score: &mut QuizBest, w: &mut Vec<String>) {
    let before = score.clone();
    score.total = score.total.min(MAX_QUIZ_TOTAL);
    score.correct = score.correct.min(score.total);
    score.attempts = score.attempts.clamp(1, MAX_ATTEMPTS);
    if *score != before {
        w.push(format!(
            "The best score for quiz {} was out of range; it is now {}/{} after {} {}.",
            lenient::quote(id),
            score.correct,
            score.total,
            score.attempts,
            plural(score.attempts as usize, "attempt", "attempts"),
        ));
    }
}

fn clean_attempts(attempts: &mut Vec<QuizAttempt>, w: &mut Vec<String>) {
    let before = attempts.len();
    attempts.retain(|a| is_known_quiz(&a.quiz) && a.total > 0);
    let dropped = before - attempts.len();
    if dropped > 0 {
        w.push(format!(
            "Ignored {dropped} quiz {} for unknown quizzes or with no questions.",
            plural(dropped, "attempt", "attempts")
        ));
    }
    let clamped = attempts
        .iter_mut()
        .map(clamp_attempt)
        .filter(|&changed| changed)
        .count();
    if clamped > 0 {
        w.push(format!(
            "Adjusted {clamped} quiz {} with impossible scores.",
            plural(clamped, "attempt", "attempts")
        ));
    }
    cap_attempts(attempts, w);
}

/// Clamps one attempt's score; whether it changed.
fn clamp_attempt(attempt: &mut QuizAttempt) -> bool {
    let (correct, total) = (attempt.correct, attempt.total);
    attempt.total = total.min(MAX_QUIZ_TOTAL);
    attempt.correct = correct.min(attempt.total);
    (correct, total) != (attempt.correct, attempt.total)
}

fn cap_attempts(attempts: &mut Vec<QuizAttempt>, w: &mut Vec<String>) {
    let extra = attempts.len().saturating_sub(MAX_QUIZ_ATTEMPTS);
    if extra > 0 {
        attempts.drain(..extra);
        w.push(format!(
            "Kept the latest {MAX_QUIZ_ATTEMPTS} quiz attempts; {extra} older ones were dropped."
        ));
    }
}

fn clean_cards(cards: &mut Vec<ReviewCard>, w: &mut Vec<String>) {
    let unknown: Vec<String> = cards
        .iter()
        .filter(|c| content::question(&c.question_id).is_none())
        .map(|c| c.question_id.clone())
        .collect();
    cards.retain(|c| content::question(&c.question_id).is_some());
    warn_dropped(w, "review cards for unknown questions", &unknown);
    let out_of_range = cards
        .iter()
        .filter(|c| review::clamp_box(c.box_number) != c.box_number)
        .count();
    cards
        .iter_mut()
        .for_each(|c| c.box_number = review::clamp_box(c.box_number));
    if out_of_range > 0 {
        w.push(format!(
            "Moved {out_of_range} review {} into boxes 1–5.",
            plural(out_of_range, "card", "cards")
        ));
    }
    dedupe_cards(cards, w);
}

fn dedupe_cards(cards: &mut Vec<ReviewCard>, w: &mut Vec<String>) {
    let merged = review::merge_cards(cards, &[]);
    let duplicates = cards.len() - merged.len();
    if duplicates > 0 {
        w.push(format!(
            "Removed {duplicates} duplicate review {}.",
            plural(duplicates, "card", "cards")
        ));
    }
    *cards = merged;
}

/// A certificate name as it will be kept: whitespace runs become one space, control and
/// text-direction override characters are removed, at most `MAX_NAME_CHARS` characters remain.
/// HTML stays as typed text.
pub fn tidy_name(input: &str) -> String {
    let visible = visible_text(input);
    visible
        .chars()
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// `input` with whitespace runs as one space, trimmed, without invisible control characters.
fn visible_text(input: &str) -> String {
    let spaced = input.split_whitespace().collect::<Vec<_>>().join(" ");
    spaced.chars().filter(|c| !is_hidden_control(*c)).collect()
}

/// Control characters and the bidirectional overrides that can make a name display as
/// something else than it is.
fn is_hidden_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn clean_name(name: &mut String, w: &mut Vec<String>) {
    let spaced = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let visible = visible_text(name);
    let tidy = tidy_name(name);
    if visible != spaced {
        w.push("Removed hidden control characters from the name for the certificate.".into());
    }
    if tidy.chars().count() < visible.chars().count() {
        w.push(format!(
            "Shortened the name for the certificate to {MAX_NAME_CHARS} characters."
        ));
    }
    *name = tidy;
}

fn clean_pass_date(date: &mut Option<String>, w: &mut Vec<String>) {
    if let Some(bad) = date.take_if(|d| parse_iso_date(d).is_none()) {
        w.push(format!(
            "Forgot the final assessment pass date {}: it is not a date like 2025-03-14.",
            lenient::quote(&bad)
        ));
    }
}

/// One warning for ids dropped from a collection, naming the first few.
fn warn_dropped(w: &mut Vec<String>, what: &str, dropped: &[String]) {
    if dropped.is_empty() {
        return;
    }
    let names: Vec<String> = dropped.iter().take(3).map(|s| lenient::quote(s)).collect();
    let more = dropped.len().saturating_sub(names.len());
    let tail = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    w.push(format!(
        "Ignored {} {what}: {}{tail}.",
        dropped.len(),
        names.join(", ")
    ));
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        many
    }
}

// ---------------------------------------------------------------------------------------------
// Dates

/// The ISO date (`YYYY-MM-DD`) of a day number counted from 1970-01-01.
pub fn iso_date(day: u32) -> String {
    Date::from_days(i64::from(day)).iso()
}

/// The day number of an ISO date (`YYYY-MM-DD`, 1970 or later, a real calendar day).
pub fn parse_iso_date(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    // Exactly the form `iso_date` writes: four, two and two ASCII digits.
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return None;
    }
    u32::try_from(Date::parse_iso(text)?.days()).ok()
}

// ---------------------------------------------------------------------------------------------
// Recording results

impl QuizBest {
    /// Whether this score is better than `other`: a higher share correct, or the same share
    /// with more questions (10/10 beats 1/1). A score with no questions counts as 0%.
    pub fn beats(&self, other: &QuizBest) -> bool {
        let share = |s: &QuizBest| {
            if s.total == 0 {
                (0, 1)
            } else {
                (u64::from(s.correct), u64::from(s.total))
            }
        };
        let ((a, at), (b, bt)) = (share(self), share(other));
        (a * bt, self.total) > (b * at, other.total)
    }
}

/// Records a finished quiz on `day`: appends it to the history (dropping the oldest past
/// `MAX_QUIZ_ATTEMPTS`), keeps the better best score, counts the attempt, and for a passed
/// final assessment notes the pass date if none is set.
pub fn record_quiz(data: &mut ProgressData, quiz: &str, day: u32, correct: u32, total: u32) {
    let correct = correct.min(total);
    data.quiz_attempts.push(QuizAttempt {
        quiz: quiz.to_owned(),
        day,
        correct,
        total,
    });
    cap_attempts(&mut data.quiz_attempts, &mut Vec::new());
    let new = QuizBest {
        correct,
        total,
        attempts: 0,
    };
    let best = data.quiz_best.entry(quiz.to_owned()).or_default();
    if new.beats(best) {
        (best.correct, best.total) = (correct, total);
    }
    best.attempts = best.attempts.saturating_add(1).min(MAX_ATTEMPTS);
    let score = Score {
        correct: correct as usize,
        total: total as usize,
    };
    if quiz == FINAL_QUIZ && score.passed() && data.final_passed_on.is_none() {
        data.final_passed_on = Some(iso_date(day));
    }
}

// ---------------------------------------------------------------------------------------------
// Import

/// An import file that was read and checked, ready to show before it replaces anything.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// The progress in the file, migrated and sanitised: what "Replace" keeps.
    pub data: ProgressData,
    /// The current progress with the file added (`merge_import`): what "Merge" keeps.
    pub merged: ProgressData,
    /// Every section of the progress: what the learner has, what the file has, what a merge
    /// keeps.
    pub sections: Vec<SectionRow>,
    /// What would change against the current progress, one plain sentence each.
    pub summary: Vec<String>,
    /// Values in the file that were set aside or adjusted.
    pub warnings: Vec<String>,
    /// The version the file was written by.
    pub from_version: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    Empty,
    NotJson { detail: String },
    WrongShape { detail: String },
    UnknownVersion { version: u32 },
    Newer { file_version: u32, app_version: u32 },
}

impl ImportError {
    /// What went wrong, for the learner.
    pub fn message(&self) -> String {
        match self {
            ImportError::TooLarge { bytes } => format!(
                "This file is too large ({}). Progress files from this course are much smaller than 1 MB, so this is probably a different file.",
                megabytes(*bytes)
            ),
            ImportError::Empty => "This file is empty. Choose the progress file you exported from the course.".into(),
            ImportError::NotJson { .. } => "This file is not a progress file from this course: its contents could not be read. Choose the .json file you exported from the course.".into(),
            ImportError::WrongShape { .. } => "This file is not a progress file from this course: it is readable, but it does not contain course progress.".into(),
            ImportError::UnknownVersion { version } => format!(
                "This progress file says it is version {version}, which this course has never used. It may have been edited by hand or damaged."
            ),
            ImportError::Newer { file_version, app_version } => format!(
                "This progress file was saved by a newer version of the course (version {file_version}); this copy of the course uses version {app_version} and cannot read it safely. Open the file in the newest version of the course instead."
            ),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

impl From<DecodeError> for ImportError {
    fn from(e: DecodeError) -> Self {
        match e {
            DecodeError::NotJson(detail) => ImportError::NotJson { detail },
            DecodeError::NotEnvelope(what) => ImportError::WrongShape {
                detail: what.to_owned(),
            },
            DecodeError::UnknownVersion(version) => ImportError::UnknownVersion { version },
            DecodeError::Newer(file_version) => ImportError::Newer {
                file_version,
                app_version: CURRENT_VERSION,
            },
        }
    }
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// Reads an exported progress file and describes what importing it would change.
pub fn check_import(text: &str, current: &ProgressData) -> Result<ImportPreview, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let Decoded {
        data,
        from,
        warnings,
    } = decode_text(text)?;
    let summary = summarise(current, &data, from);
    let merged = merge_import(current, &data);
    let sections = section_rows(current, &data, &merged);
    Ok(ImportPreview {
        data,
        merged,
        sections,
        summary,
        warnings,
        from_version: from,
    })
}

/// One sentence per kind of change from `current` to `new`.
fn summarise(current: &ProgressData, new: &ProgressData, from: u32) -> Vec<String> {
    let mut lines = Vec::new();
    count_line(
        &mut lines,
        "Completed lessons",
        current.completed.len(),
        new.completed.len(),
    );
    count_line(
        &mut lines,
        "Lessons opened",
        current.visited.len(),
        new.visited.len(),
    );
    quiz_lines(&mut lines, current, new);
    final_line(&mut lines, current, new);
    count_line(
        &mut lines,
        "Questions to review",
        current.missed.len(),
        new.missed.len(),
    );
    count_line(
        &mut lines,
        "Quizzes with answers not yet checked",
        current.quiz_drafts.len(),
        new.quiz_drafts.len(),
    );
    count_line(
        &mut lines,
        "Quiz attempts in the history",
        current.quiz_attempts.len(),
        new.quiz_attempts.len(),
    );
    text_line(
        &mut lines,
        "Name on the certificate",
        &current.certificate_name,
        &new.certificate_name,
    );
    text_line(
        &mut lines,
        "Continue reading at",
        &lesson_title(&current.last_lesson),
        &lesson_title(&new.last_lesson),
    );
    change_line(
        &mut lines,
        "Colour theme",
        theme_name(current.theme),
        theme_name(new.theme),
    );
    for (label, describe) in PLAN_SECTIONS {
        change_line(&mut lines, label, &describe(current), &describe(new));
    }
    for tool in WorkbookTool::ALL {
        if tool.differs(&current.workbook, &new.workbook) {
            lines.push(format!(
                "Workbook: {}: {} → {}",
                tool.name(),
                tool.describe(&current.workbook),
                tool.describe(&new.workbook)
            ));
        }
    }
    if lines.is_empty() {
        lines.push("No changes: this file holds the same progress as you have now.".into());
    }
    if from < CURRENT_VERSION {
        lines.insert(0, format!("This file was saved by an older version of the course (version {from}); it will be updated to version {CURRENT_VERSION}."));
    }
    lines
}

/// One section of the progress in an import preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionRow {
    pub section: String,
    /// What the learner has now.
    pub now: String,
    /// What the file has (what "Replace" keeps).
    pub file: String,
    /// What "Merge" keeps.
    pub merged: String,
}

type Describe = fn(&ProgressData) -> String;

/// The plan inputs, each described in a few words (workbook tools follow, one row each).
const PLAN_SECTIONS: [(&str, Describe); 3] = [
    ("Personas", describe_personas),
    ("Persona the plan uses", describe_active_persona),
    ("Platforms chosen for the plan", describe_platforms),
];

fn describe_personas(p: &ProgressData) -> String {
    if p.personas.is_empty() {
        return "none".into();
    }
    let names: Vec<String> = p.personas.iter().map(|x| lenient::quote(&x.name)).collect();
    format!("{}: {}", p.personas.len(), names.join(", "))
}

fn describe_active_persona(p: &ProgressData) -> String {
    p.active_persona
        .and_then(|i| p.personas.get(i))
        .map_or("none".into(), |x| lenient::quote(&x.name))
}

fn describe_platforms(p: &ProgressData) -> String {
    if p.chosen_platforms.is_empty() {
        return "none".into();
    }
    p.chosen_platforms
        .iter()
        .map(|slug| Platform::from_slug(slug).map_or(slug.as_str(), |pl| pl.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every section, in the order the progress page shows them.
fn section_rows(now: &ProgressData, file: &ProgressData, merged: &ProgressData) -> Vec<SectionRow> {
    let mut rows = Vec::new();
    let mut row = |section: &str, describe: &dyn Fn(&ProgressData) -> String| {
        rows.push(SectionRow {
            section: section.to_owned(),
            now: describe(now),
            file: describe(file),
            merged: describe(merged),
        });
    };
    row("Completed lessons", &|p| p.completed.len().to_string());
    row("Lessons opened", &|p| p.visited.len().to_string());
    for id in quiz_ids() {
        row(&format!("{} best score", quiz_label(id)), &|p| {
            p.quiz_best
                .get(id)
                .map_or("none".into(), |b| format!("{}/{}", b.correct, b.total))
        });
    }
    row("Completion record", &|p| {
        p.final_passed_on
            .as_ref()
            .map_or("final not passed".into(), |d| {
                format!("final passed on {d}")
            })
    });
    row("Questions to review", &|p| p.missed.len().to_string());
    row("Quizzes with answers not yet checked", &|p| {
        p.quiz_drafts.len().to_string()
    });
    row("Quiz attempts in the history", &|p| {
        p.quiz_attempts.len().to_string()
    });
    row("Name on the certificate", &|p| {
        if p.certificate_name.is_empty() {
            "none".into()
        } else {
            lenient::quote(&p.certificate_name)
        }
    });
    row("Continue reading at", &|p| {
        let title = lesson_title(&p.last_lesson);
        if title.is_empty() {
            "none".into()
        } else {
            title
        }
    });
    row("Colour theme", &|p| theme_name(p.theme).into());
    for (label, describe) in PLAN_SECTIONS {
        row(label, &describe);
    }
    for tool in WorkbookTool::ALL {
        row(&format!("Workbook: {}", tool.name()), &|p| {
            tool.describe(&p.workbook)
        });
    }
    rows
}

fn count_line(lines: &mut Vec<String>, label: &str, before: usize, after: usize) {
    if before != after {
        lines.push(format!("{label}: {before} → {after}"));
    }
}

/// A line for text the learner typed or chose, quoted; `none` when empty.
fn text_line(lines: &mut Vec<String>, label: &str, before: &str, after: &str) {
    let quoted = |s: &str| {
        if s.is_empty() {
            "none".to_owned()
        } else {
            format!("“{s}”")
        }
    };
    change_line(lines, label, &quoted(before), &quoted(after));
}

fn change_line(lines: &mut Vec<String>, label: &str, before: &str, after: &str) {
    if before != after {
        lines.push(format!("{label}: {before} → {after}"));
    }
}

fn quiz_lines(lines: &mut Vec<String>, current: &ProgressData, new: &ProgressData) {
    for id in quiz_ids() {
        let (before, after) = (current.quiz_best.get(id), new.quiz_best.get(id));
        let score = |b: Option<&QuizBest>| {
            b.map_or("none".to_owned(), |b| format!("{}/{}", b.correct, b.total))
        };
        change_line(
            lines,
            &format!("{} best score", quiz_label(id)),
            &score(before),
            &score(after),
        );
    }
}

fn quiz_label(id: &str) -> String {
    match PartId::from_slug(id) {
        Some(part) => format!("{} quiz", content::part(part).short_title),
        None => "Final assessment".into(),
    }
}

fn final_line(lines: &mut Vec<String>, current: &ProgressData, new: &ProgressData) {
    let state = |d: &Option<String>| {
        d.as_ref()
            .map_or("not passed".to_owned(), |d| format!("passed on {d}"))
    };
    change_line(
        lines,
        "Final assessment",
        &state(&current.final_passed_on),
        &state(&new.final_passed_on),
    );
}

fn lesson_title(slug: &Option<String>) -> String {
    slug.as_deref()
        .and_then(content::lesson)
        .map_or(String::new(), |l| l.title.to_owned())
}

fn theme_name(theme: ThemeChoice) -> &'static str {
    match theme {
        ThemeChoice::System => "same as the device",
        ThemeChoice::Light => "light",
        ThemeChoice::Dark => "dark",
    }
}

// ---------------------------------------------------------------------------------------------
// Merging two tabs

/// Combines the progress of two open tabs so that neither loses anything. `base` is what
/// storage held when this tab last read or wrote it; `ours` is this tab's state; `theirs` is what
/// the other tab has just written (the later write).
///
/// - `visited`, `completed`: union (a lesson un-completed in one tab stays completed).
/// - `quiz_best`: per quiz the better score (`QuizBest::beats`) and the larger attempt count
///   (attempts are not summed: both tabs count the attempts made before they diverged).
/// - `missed`: per question the later schedule (`review::merge_cards`).
/// - `quiz_attempts`: every attempt of either tab, an attempt found in both counted once, by day,
///   capped at `MAX_QUIZ_ATTEMPTS`.
/// - `final_passed_on`: the earlier date (the first pass).
/// - Everything else is a section edited as a whole — the theme, the name, the reading place,
///   the personas, the chosen platforms and each workbook tool on its own: the side that changed
///   it since `base` wins, so an edit in one tab and another edit in the other tab both stay.
///   When both changed the same section, the later write wins.
pub fn merge(base: &ProgressData, ours: &ProgressData, theirs: &ProgressData) -> ProgressData {
    // Whether to keep our side of a section: only this tab changed it since `base`.
    let ours_only = |changed_ours: bool, changed_theirs: bool| changed_ours && !changed_theirs;
    let keep_ours_place = ours_only(
        (&base.last_lesson, &base.last_anchor) != (&ours.last_lesson, &ours.last_anchor),
        (&base.last_lesson, &base.last_anchor) != (&theirs.last_lesson, &theirs.last_anchor),
    ) || theirs.last_lesson.is_none();
    let (last_lesson, last_anchor) = if keep_ours_place {
        (ours.last_lesson.clone(), ours.last_anchor.clone())
    } else {
        (theirs.last_lesson.clone(), theirs.last_anchor.clone())
    };
    let personas_ours = ours_only(
        (&base.personas, base.active_persona) != (&ours.personas, ours.active_persona),
        (&base.personas, base.active_persona) != (&theirs.personas, theirs.active_persona),
    );
    let mut workbook = theirs.workbook.clone();
    for tool in WorkbookTool::ALL {
        if ours_only(
            tool.differs(&base.workbook, &ours.workbook),
            tool.differs(&base.workbook, &theirs.workbook),
        ) {
            tool.copy(&ours.workbook, &mut workbook);
        }
    }
    ProgressData {
        theme: if ours_only(base.theme != ours.theme, base.theme != theirs.theme) {
            ours.theme
        } else {
            theirs.theme
        },
        visited: ours.visited.union(&theirs.visited).cloned().collect(),
        completed: ours.completed.union(&theirs.completed).cloned().collect(),
        last_lesson,
        quiz_best: merge_best(&ours.quiz_best, &theirs.quiz_best),
        missed: review::merge_cards(&ours.missed, &theirs.missed),
        quiz_attempts: merge_attempts(&ours.quiz_attempts, &theirs.quiz_attempts),
        certificate_name: if ours_only(
            base.certificate_name != ours.certificate_name,
            base.certificate_name != theirs.certificate_name,
        ) || theirs.certificate_name.is_empty()
        {
            ours.certificate_name.clone()
        } else {
            theirs.certificate_name.clone()
        },
        final_passed_on: earliest_date(&ours.final_passed_on, &theirs.final_passed_on),
        last_anchor,
        personas: if personas_ours {
            ours.personas.clone()
        } else {
            theirs.personas.clone()
        },
        active_persona: if personas_ours {
            ours.active_persona
        } else {
            theirs.active_persona
        },
        chosen_platforms: if ours_only(
            base.chosen_platforms != ours.chosen_platforms,
            base.chosen_platforms != theirs.chosen_platforms,
        ) {
            ours.chosen_platforms.clone()
        } else {
            theirs.chosen_platforms.clone()
        },
        workbook,
        quiz_drafts: merge_drafts(&base.quiz_drafts, &ours.quiz_drafts, &theirs.quiz_drafts),
    }
}

/// Each quiz's answers in progress as a section of its own: ours where only this tab changed
/// them since `base`, otherwise theirs (a quiz checked in one tab drops its draft there).
fn merge_drafts(
    base: &BTreeMap<String, QuizDraft>,
    ours: &BTreeMap<String, QuizDraft>,
    theirs: &BTreeMap<String, QuizDraft>,
) -> BTreeMap<String, QuizDraft> {
    let mut merged = theirs.clone();
    for id in ours.keys().chain(base.keys()) {
        let (b, o, t) = (base.get(id), ours.get(id), theirs.get(id));
        if o != b && t == b {
            match o {
                Some(draft) => merged.insert(id.clone(), draft.clone()),
                None => merged.remove(id),
            };
        }
    }
    merged
}

/// Adds an imported file to the current progress instead of replacing it: lessons, scores,
/// reviews and attempts are combined as for two tabs; personas and chosen platforms from the
/// file are added after the learner's own (up to `MAX_PERSONAS`); a workbook tool, the name, the
/// theme and the reading place come from the file only where the learner has nothing yet.
pub fn merge_import(current: &ProgressData, file: &ProgressData) -> ProgressData {
    let mut merged = merge(current, current, file);
    merged.theme = current.theme;
    if !current.certificate_name.is_empty() {
        merged.certificate_name = current.certificate_name.clone();
    }
    if current.last_lesson.is_some() {
        merged.last_lesson = current.last_lesson.clone();
        merged.last_anchor = current.last_anchor.clone();
    }
    merged.personas = current.personas.clone();
    for persona in &file.personas {
        if merged.personas.len() < MAX_PERSONAS && !merged.personas.contains(persona) {
            merged.personas.push(persona.clone());
        }
    }
    merged.active_persona = current.active_persona.or_else(|| {
        let chosen = file.personas.get(file.active_persona?)?;
        merged.personas.iter().position(|p| p == chosen)
    });
    merged.chosen_platforms = current.chosen_platforms.clone();
    for slug in &file.chosen_platforms {
        if !merged.chosen_platforms.contains(slug) {
            merged.chosen_platforms.push(slug.clone());
        }
    }
    merged.workbook = current.workbook.clone();
    for tool in WorkbookTool::ALL {
        if tool.is_empty(&current.workbook) {
            tool.copy(&file.workbook, &mut merged.workbook);
        }
    }
    merged.quiz_drafts = current.quiz_drafts.clone();
    for (id, draft) in &file.quiz_drafts {
        merged
            .quiz_drafts
            .entry(id.clone())
            .or_insert_with(|| draft.clone());
    }
    merged
}

fn merge_best(
    ours: &BTreeMap<String, QuizBest>,
    theirs: &BTreeMap<String, QuizBest>,
) -> BTreeMap<String, QuizBest> {
    let mut merged = ours.clone();
    for (id, their) in theirs {
        let entry = merged.entry(id.clone()).or_insert_with(|| their.clone());
        if their.beats(entry) {
            (entry.correct, entry.total) = (their.correct, their.total);
        }
        entry.attempts = entry.attempts.max(their.attempts);
    }
    merged
}

/// Ours, plus each attempt of theirs not matched one-for-one by an equal attempt of ours.
fn merge_attempts(ours: &[QuizAttempt], theirs: &[QuizAttempt]) -> Vec<QuizAttempt> {
    let mut unmatched: Vec<&QuizAttempt> = ours.iter().collect();
    let mut merged = ours.to_vec();
    for attempt in theirs {
        match unmatched.iter().position(|a| *a == attempt) {
            Some(i) => {
                unmatched.swap_remove(i);
            }
            None => merged.push(attempt.clone()),
        }
    }
    super::sort::sort_by(&mut merged, &|a, b| a.day.cmp(&b.day));
    cap_attempts(&mut merged, &mut Vec::new());
    merged
}

/// The earlier of two ISO dates (ISO dates sort as text).
fn earliest_date(ours: &Option<String>, theirs: &Option<String>) -> Option<String> {
    match (ours, theirs) {
        (Some(a), Some(b)) => Some(a.min(b).clone()),
        (a, b) => a.clone().or_else(|| b.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = include_str!("../../tests/fixtures/store/v1.json");
    const V2: &str = include_str!("../../tests/fixtures/store/v2.json");
    const V3: &str = include_str!("../../tests/fixtures/store/v3.json");

    const HOSTILE: &str = include_str!("../../tests/fixtures/store/hostile.json");

    /// Two tabs that started from nothing.
    fn merge2(ours: &ProgressData, theirs: &ProgressData) -> ProgressData {
        merge(&ProgressData::default(), ours, theirs)
    }

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    fn best(correct: u32, total: u32, attempts: u32) -> QuizBest {
        QuizBest {
            correct,
            total,
            attempts,
        }
    }

    fn card(id: &str, box_number: u8, due_day: u32) -> ReviewCard {
        ReviewCard {
            question_id: id.into(),
            box_number,
            due_day,
        }
    }

    fn attempt(quiz: &str, day: u32, correct: u32, total: u32) -> QuizAttempt {
        QuizAttempt {
            quiz: quiz.into(),
            day,
            correct,
            total,
        }
    }

    /// What `v1.json` holds.
    fn v1_expected() -> ProgressV1 {
        ProgressV1 {
            theme: ThemeChoice::Dark,
            visited: set(&[
                "choosing-platforms",
                "facebook",
                "traditional-vs-social",
                "what-is-social-media-marketing",
            ]),
            completed: set(&["traditional-vs-social", "what-is-social-media-marketing"]),
            last_lesson: Some("facebook".into()),
            quiz_best: BTreeMap::from([
                ("intro".into(), best(8, 10, 2)),
                ("final".into(), best(17, 20, 1)),
            ]),
        }
    }

    /// What `v2.json` holds.
    fn v2_expected() -> ProgressData {
        ProgressData {
            theme: ThemeChoice::Light,
            visited: set(&[
                "choosing-platforms",
                "facebook",
                "instagram",
                "what-is-social-media-marketing",
            ]),
            completed: set(&[
                "choosing-platforms",
                "facebook",
                "what-is-social-media-marketing",
            ]),
            last_lesson: Some("instagram".into()),
            quiz_best: BTreeMap::from([
                ("intro".into(), best(9, 10, 3)),
                ("final".into(), best(18, 20, 2)),
            ]),
            missed: vec![card("intro-04", 2, 20_150), card("platforms-07", 1, 20_149)],
            quiz_attempts: vec![
                attempt("intro", 20_140, 6, 10),
                attempt("intro", 20_141, 9, 10),
                attempt("final", 20_148, 18, 20),
            ],
            certificate_name: "Ana <b>Pereira</b>".into(),
            final_passed_on: Some("2025-02-28".into()),
            last_anchor: Some("what-works-on-instagram".into()),
            ..Default::default()
        }
    }

    #[test]
    fn round_trips_and_reports_what_it_found() {
        let mut data = ProgressData {
            theme: ThemeChoice::Dark,
            ..Default::default()
        };
        data.completed.insert("facebook".into());
        assert_eq!(decode(Some(&encode(&data))), Loaded::Ok(data));
        assert_eq!(decode(None), Loaded::Fresh);
        assert!(matches!(decode(Some("{not json")), Loaded::Corrupt { .. }));
        assert_eq!(
            decode(Some("{\"version\":99,\"data\":{}}")),
            Loaded::Newer { version: 99 }
        );
    }

    #[test]
    fn the_v1_fixture_migrates_with_nothing_lost() {
        let expected = migrate_v1_to_v2(v1_expected());
        assert_eq!(
            decode(Some(V1)),
            Loaded::Migrated {
                from: 1,
                data: expected.clone(),
                warnings: vec![]
            }
        );
        assert_eq!(expected.quiz_best["final"], best(17, 20, 1));
        assert!(expected.missed.is_empty() && expected.final_passed_on.is_none());
    }

    #[test]
    fn the_v2_fixture_migrates_to_v3_with_nothing_lost() {
        assert_eq!(
            decode(Some(V2)),
            Loaded::Migrated {
                from: 2,
                data: v2_expected(),
                warnings: vec![]
            }
        );
    }

    /// What `v3.json` holds: the v2 data plus a persona, chosen platforms and workbook entries.
    fn v3_expected() -> ProgressData {
        let mut data = v2_expected();
        data.personas = vec![Persona {
            name: "Event-planning Emma".into(),
            ..Persona::default()
        }];
        data.active_persona = Some(0);
        data.chosen_platforms = vec!["instagram".into(), "facebook".into()];
        data.workbook.smart.goal = "Get 40 cake enquiries from Instagram by 30 June".into();
        data
    }

    #[test]
    fn the_v3_fixture_reads_unchanged_and_encodes_to_the_same_json() {
        assert_eq!(decode(Some(V3)), Loaded::Ok(v3_expected()));
        let written: Value = serde_json::from_str(&encode(&v3_expected())).unwrap();
        let fixture: Value = serde_json::from_str(V3).unwrap();
        assert_eq!(written, fixture);
    }

    #[test]
    fn newer_unknown_and_shapeless_envelopes_are_not_read() {
        assert_eq!(
            decode(Some(r#"{"version":4,"data":{"theme":"dark"}}"#)),
            Loaded::Newer { version: 4 }
        );
        assert_eq!(
            decode(Some(r#"{"version":99999999999,"data":{}}"#)),
            Loaded::Newer { version: u32::MAX }
        );
        let corrupt = |raw: &str| match decode(Some(raw)) {
            Loaded::Corrupt { reason } => reason,
            other => panic!("{raw}: {other:?}"),
        };
        assert_eq!(corrupt(r#"{"version":0,"data":{}}"#), "unknown version 0");
        assert_eq!(corrupt(r#"{"version":"2","data":{}}"#), "no version number");
        assert_eq!(corrupt(r#"{"version":3}"#), "no data");
        assert_eq!(
            corrupt(r#"{"version":3,"data":[1]}"#),
            "data is not an object"
        );
        assert_eq!(corrupt("[]"), "not an object");
        let deep = "[".repeat(10_000);
        assert!(corrupt(&deep).starts_with("not valid JSON"));
    }

    #[test]
    fn one_wrong_field_keeps_the_rest() {
        let raw = r#"{"version":3,"data":{"theme":7,"completed":["facebook"],"visited":"facebook",
            "quiz_best":{"intro":{"correct":"9","total":10},"manage":{"correct":4,"total":5}},
            "missed":[{"question_id":"intro-01","box":2,"due_day":10},{"question_id":5}],
            "certificate_name":["Ana"],"final_passed_on":false}}"#;
        let Loaded::Repaired { data, warnings } = decode(Some(raw)) else {
            panic!()
        };
        assert_eq!(data.theme, ThemeChoice::System);
        assert_eq!(data.completed, set(&["facebook"]));
        assert!(data.visited.is_empty());
        assert_eq!(
            data.quiz_best,
            BTreeMap::from([("manage".into(), best(4, 5, 1))])
        );
        assert_eq!(data.missed, vec![card("intro-01", 2, 10)]);
        assert_eq!(data.certificate_name, "");
        assert_eq!(warnings.len(), 6, "{warnings:#?}");
        assert!(
            warnings[0].contains("theme") && warnings[0].contains("“7”"),
            "{warnings:#?}"
        );
    }

    #[test]
    fn the_hostile_fixture_is_tamed_field_by_field() {
        let Loaded::Repaired { data, warnings } = decode(Some(HOSTILE)) else {
            panic!()
        };
        assert_eq!(data.visited, set(&["facebook"]));
        assert_eq!(data.completed, set(&["facebook"]));
        assert_eq!(data.last_lesson, None);
        assert_eq!(data.last_anchor, None);
        assert_eq!(
            data.quiz_best,
            BTreeMap::from([("intro".into(), best(10, 10, MAX_ATTEMPTS))])
        );
        assert_eq!(
            data.missed,
            vec![card("intro-01", 5, 7), card("manage-02", 1, 0)]
        );
        assert_eq!(
            data.quiz_attempts,
            vec![attempt("intro", 0, 0, 10), attempt("final", 3, 20, 20)]
        );
        assert_eq!(data.certificate_name, "<script>alert(1)</script> Ana");
        assert_eq!(data.final_passed_on, None);
        assert!(warnings.len() >= 10, "{warnings:#?}");
        assert!(
            warnings.iter().all(|w| w.chars().count() < 300),
            "{warnings:#?}"
        );
    }

    #[test]
    fn sanitising_twice_changes_nothing_more() {
        let Loaded::Repaired { mut data, .. } = decode(Some(HOSTILE)) else {
            panic!()
        };
        assert_eq!(sanitise(&mut data), Vec::<String>::new());
        let mut clean = v2_expected();
        assert!(sanitise(&mut clean).is_empty());
        assert_eq!(clean, v2_expected());
    }

    #[test]
    fn names_are_tidied_but_html_stays_text() {
        assert_eq!(tidy_name("  Ana \n\t Pereira  "), "Ana Pereira");
        assert_eq!(tidy_name("Ana\u{202E}arierep\u{0}"), "Anaarierep");
        assert_eq!(
            tidy_name("<img src=x onerror=alert(1)>"),
            "<img src=x onerror=alert(1)>"
        );
        let long = "é".repeat(1_000_000);
        assert_eq!(tidy_name(&long).chars().count(), MAX_NAME_CHARS);
        let mut data = ProgressData {
            certificate_name: long,
            ..Default::default()
        };
        let warnings = sanitise(&mut data);
        assert_eq!(
            warnings,
            vec![format!(
                "Shortened the name for the certificate to {MAX_NAME_CHARS} characters."
            )]
        );
    }

    #[test]
    fn megabyte_ids_are_dropped_and_quoted_briefly() {
        let mut data = ProgressData::default();
        data.completed.insert("x".repeat(2_000_000));
        data.last_lesson = Some("<b>".repeat(1_000));
        let warnings = sanitise(&mut data);
        assert!(data.completed.is_empty() && data.last_lesson.is_none());
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings.iter().all(|w| w.chars().count() < 120),
            "{warnings:#?}"
        );
    }

    #[test]
    fn attempt_history_keeps_the_latest() {
        let mut data = ProgressData {
            quiz_attempts: (0..500).map(|d| attempt("intro", d, 5, 10)).collect(),
            ..Default::default()
        };
        let warnings = sanitise(&mut data);
        assert_eq!(data.quiz_attempts.len(), MAX_QUIZ_ATTEMPTS);
        assert_eq!(data.quiz_attempts[0].day, 300);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn iso_dates_round_trip_and_reject_non_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(20_147), "2025-02-28");
        assert_eq!(iso_date(19_782), "2024-02-29");
        assert_eq!(parse_iso_date("2024-02-29"), Some(19_782));
        assert_eq!(parse_iso_date("1970-01-01"), Some(0));
        for bad in [
            "2023-02-29",
            "2025-13-01",
            "2025-1-01",
            "1969-12-31",
            "+025-01-01",
            "2025-01-0x",
            "",
            "2025-01-01T00",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        for day in [0, 59, 365, 10_000, 20_000, 2_932_896] {
            assert_eq!(parse_iso_date(&iso_date(day)), Some(day));
        }
        assert!(iso_date(u32::MAX).len() > 10);
    }

    #[test]
    fn recording_keeps_the_best_counts_attempts_and_dates_the_first_pass() {
        let mut data = ProgressData::default();
        record_quiz(&mut data, "intro", 10, 7, 10);
        record_quiz(&mut data, "intro", 11, 6, 10);
        assert_eq!(data.quiz_best["intro"], best(7, 10, 2));
        record_quiz(&mut data, FINAL_QUIZ, 12, 15, 20);
        assert_eq!(data.final_passed_on, None);
        record_quiz(&mut data, FINAL_QUIZ, 20_147, 16, 20);
        record_quiz(&mut data, FINAL_QUIZ, 20_150, 20, 20);
        assert_eq!(data.final_passed_on.as_deref(), Some("2025-02-28"));
        assert_eq!(data.quiz_best["final"], best(20, 20, 3));
        assert_eq!(data.quiz_attempts.len(), 5);
    }

    #[test]
    fn better_scores_compare_by_share_then_size() {
        assert!(best(9, 10, 1).beats(&best(8, 10, 5)));
        assert!(best(10, 10, 1).beats(&best(1, 1, 1)));
        assert!(best(1, 2, 1).beats(&best(4, 10, 1)));
        assert!(!best(4, 10, 1).beats(&best(4, 10, 1)));
        assert!(best(0, 10, 1).beats(&best(0, 0, 1)));
        assert!(!best(0, 0, 1).beats(&best(0, 10, 1)));
    }

    #[test]
    fn import_previews_what_changes() {
        let mut current = migrate_v1_to_v2(v1_expected());
        current.certificate_name = "Ana".into();
        let preview = check_import(V2, &current).unwrap();
        assert_eq!(preview.data, v2_expected());
        assert_eq!(preview.from_version, 2);
        assert!(preview.warnings.is_empty());
        let expected = [
            "Completed lessons: 2 → 3",
            "Introduction quiz best score: 8/10 → 9/10",
            "Final assessment best score: 17/20 → 18/20",
            "Final assessment: not passed → passed on 2025-02-28",
            "Questions to review: 0 → 2",
            "Quiz attempts in the history: 0 → 3",
            "Name on the certificate: “Ana” → “Ana <b>Pereira</b>”",
            "Colour theme: dark → light",
        ];
        for line in expected {
            assert!(
                preview.summary.iter().any(|l| l == line),
                "{line}: {:#?}",
                preview.summary
            );
        }
        assert!(preview
            .summary
            .iter()
            .any(|l| l.starts_with("Continue reading at: “Facebook")));
        let same = check_import(V3, &v3_expected()).unwrap();
        assert_eq!(
            same.summary,
            vec!["No changes: this file holds the same progress as you have now."]
        );
    }

    #[test]
    fn importing_an_old_file_says_it_will_be_updated() {
        let preview = check_import(&format!("\u{feff}{V1}"), &ProgressData::default()).unwrap();
        assert_eq!(preview.from_version, 1);
        assert!(
            preview.summary[0].contains("version 1") && preview.summary[0].contains("version 3")
        );
        assert!(preview
            .summary
            .contains(&"Completed lessons: 0 → 2".to_owned()));
    }

    #[test]
    fn import_refuses_with_plain_reasons() {
        let current = ProgressData::default();
        let err = |text: &str| check_import(text, &current).unwrap_err();
        let big = format!(
            "{{\"version\":3,\"data\":{{\"certificate_name\":\"{}\"}}}}",
            "a".repeat(MAX_IMPORT_BYTES)
        );
        assert_eq!(err(&big), ImportError::TooLarge { bytes: big.len() });
        assert!(err(&big).message().contains("1.0 MB"));
        assert_eq!(err("  \n"), ImportError::Empty);
        assert!(matches!(err("<html>"), ImportError::NotJson { .. }));
        assert!(matches!(
            err("{\"theme\":\"dark\"}"),
            ImportError::WrongShape { .. }
        ));
        assert_eq!(
            err("{\"version\":0,\"data\":{}}"),
            ImportError::UnknownVersion { version: 0 }
        );
        let newer = err("{\"version\":7,\"data\":{}}");
        assert_eq!(
            newer,
            ImportError::Newer {
                file_version: 7,
                app_version: CURRENT_VERSION
            }
        );
        assert!(newer.message().contains("version 7") && newer.message().contains("version 3"));
        assert_eq!(newer.to_string(), newer.message());
    }

    #[test]
    fn import_of_a_hostile_file_reports_its_repairs() {
        let preview = check_import(HOSTILE, &ProgressData::default()).unwrap();
        assert!(!preview.warnings.is_empty());
        assert_eq!(
            preview.data.certificate_name,
            "<script>alert(1)</script> Ana"
        );
    }

    #[test]
    fn merging_two_tabs_loses_nothing() {
        let ours = migrate_v1_to_v2(v1_expected());
        let mut theirs = v2_expected();
        theirs.certificate_name.clear();
        theirs.quiz_best.insert("intro".into(), best(7, 10, 1));
        let merged = merge2(&ours, &theirs);
        assert_eq!(merged.completed, &ours.completed | &theirs.completed);
        assert_eq!(merged.visited.len(), 5);
        assert_eq!(merged.quiz_best["intro"], best(8, 10, 2));
        assert_eq!(merged.quiz_best["final"], best(18, 20, 2));
        assert_eq!(merged.theme, ThemeChoice::Light);
        assert_eq!(merged.last_lesson.as_deref(), Some("instagram"));
        assert_eq!(
            merged.last_anchor.as_deref(),
            Some("what-works-on-instagram")
        );
        assert_eq!(merged.certificate_name, "");
        assert_eq!(merged.missed, theirs.missed);
        assert_eq!(merged.final_passed_on.as_deref(), Some("2025-02-28"));
    }

    #[test]
    fn merging_scalars_prefers_the_later_write_unless_empty() {
        let mut ours = v2_expected();
        let mut theirs = ProgressData {
            certificate_name: "Bo".into(),
            ..Default::default()
        };
        let merged = merge2(&ours, &theirs);
        assert_eq!(merged.certificate_name, "Bo");
        assert_eq!(merged.last_lesson, ours.last_lesson);
        assert_eq!(merged.last_anchor, ours.last_anchor);
        theirs.final_passed_on = Some("2025-03-01".into());
        ours.final_passed_on = Some("2025-02-28".into());
        assert_eq!(
            merge2(&theirs, &ours).final_passed_on.as_deref(),
            Some("2025-02-28")
        );
        assert_eq!(
            merge2(&ours, &theirs).final_passed_on.as_deref(),
            Some("2025-02-28")
        );
    }

    #[test]
    fn merging_attempt_histories_counts_shared_attempts_once() {
        let shared = vec![attempt("intro", 1, 5, 10), attempt("intro", 1, 5, 10)];
        let mut ours = ProgressData {
            quiz_attempts: shared.clone(),
            ..Default::default()
        };
        let mut theirs = ours.clone();
        ours.quiz_attempts.push(attempt("manage", 3, 8, 10));
        theirs.quiz_attempts.push(attempt("intro", 2, 7, 10));
        theirs.quiz_attempts.push(attempt("intro", 1, 5, 10));
        let merged = merge2(&ours, &theirs).quiz_attempts;
        assert_eq!(merged.len(), 5);
        assert_eq!(
            merged.iter().map(|a| a.day).collect::<Vec<_>>(),
            [1, 1, 1, 2, 3]
        );
        assert_eq!(merge2(&ours, &ours).quiz_attempts, ours.quiz_attempts);
    }

    #[test]
    fn merging_is_idempotent_and_order_free_for_collections() {
        let a = migrate_v1_to_v2(v1_expected());
        let b = v2_expected();
        assert_eq!(merge2(&b, &b), b);
        let (ab, ba) = (merge2(&a, &b), merge2(&b, &a));
        assert_eq!(ab.visited, ba.visited);
        assert_eq!(ab.quiz_best, ba.quiz_best);
        assert_eq!(ab.missed, ba.missed);
        assert_eq!(ab.quiz_attempts, ba.quiz_attempts);
    }

    #[test]
    fn loaded_helpers_tell_the_app_what_to_do() {
        let migrated = decode(Some(V1));
        assert!(migrated.needs_backup() && migrated.clone().into_data().is_some());
        let newer = decode(Some("{\"version\":9,\"data\":{}}"));
        assert!(matches!(newer, Loaded::Newer { .. }) && newer.into_data().is_none());
        let ok = decode(Some(V3));
        assert!(!ok.needs_backup() && ok.warnings().is_empty());
        assert_eq!(ok.into_data(), Some(v3_expected()));
        assert!(decode(Some("{")).needs_backup());
    }

    fn with_plan() -> ProgressData {
        let mut data = ProgressData {
            personas: vec![Persona {
                name: "Local parents".into(),
                ..Persona::default()
            }],
            active_persona: Some(0),
            chosen_platforms: vec!["instagram".into()],
            ..ProgressData::default()
        };
        data.workbook.smart.goal = "Reach 500 local followers by 30 June".into();
        data
    }

    #[test]
    fn an_import_of_lessons_only_lists_the_plan_and_a_merge_keeps_it() {
        let current = with_plan();
        let file = r#"{"version":1,"data":{"completed":["facebook"],"visited":["facebook"]}}"#;
        let preview = check_import(file, &current).unwrap();
        let has = |line: &str| preview.summary.iter().any(|l| l == line);
        assert!(
            has("Personas: 1: “Local parents” → none"),
            "{:#?}",
            preview.summary
        );
        assert!(has("Platforms chosen for the plan: Instagram → none"));
        assert!(preview
            .summary
            .iter()
            .any(|l| l.starts_with("Workbook: SMART goal: goal “Reach 500")));
        let sections: Vec<&str> = preview
            .sections
            .iter()
            .map(|r| r.section.as_str())
            .collect();
        for expected in [
            "Completed lessons",
            "Questions to review",
            "Personas",
            "Platforms chosen for the plan",
            "Workbook: SMART goal",
            "Workbook: Update process map and calendar",
            "Completion record",
        ] {
            assert!(sections.contains(&expected), "{expected}: {sections:?}");
        }
        assert_eq!(preview.merged.personas, current.personas);
        assert_eq!(preview.merged.workbook, current.workbook);
        assert_eq!(preview.merged.chosen_platforms, current.chosen_platforms);
        assert!(preview.merged.completed.contains("facebook"));
    }

    #[test]
    fn one_badly_typed_workbook_field_falls_back_alone_with_a_warning() {
        let text = r#"{"version":3,"data":{"workbook":{"smart":{
            "goal":"Reach 500 local followers by 30 June","baseline":120}}}}"#;
        let loaded = decode(Some(text));
        assert!(loaded.needs_backup(), "a repair is preceded by a backup");
        let warnings = loaded.warnings().to_vec();
        let data = loaded.into_data().unwrap();
        assert_eq!(
            data.workbook.smart.goal,
            "Reach 500 local followers by 30 June"
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("workbook › smart › baseline")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_hostile_solo_flag_is_set_aside_alone_and_a_good_one_is_kept() {
        for bad in [r#""yes""#, "1", "1e308", "null", r#"{"on":true}"#, "[true]"] {
            let text = format!(
                r#"{{"version":3,"data":{{"workbook":{{"process":{{"solo":{bad},
                "approval_rules":"Offers need my partner's OK"}}}}}}}}"#
            );
            let loaded = decode(Some(&text));
            let warnings = loaded.warnings().to_vec();
            let data = loaded.into_data().unwrap();
            assert!(!data.workbook.process.solo, "{bad}");
            assert_eq!(
                data.workbook.process.approval_rules, "Offers need my partner's OK",
                "{bad}"
            );
            if bad != "null" {
                assert!(
                    warnings
                        .iter()
                        .any(|w| w.contains("workbook › process › solo")),
                    "{bad}: {warnings:?}"
                );
            }
        }
        let text = r#"{"version":3,"data":{"workbook":{"process":{"solo":true}}}}"#;
        let data = decode(Some(text)).into_data().unwrap();
        assert!(data.workbook.process.solo);
        assert!(encode(&data).contains(r#""solo":true"#));
        // Off, it is not written at all: data from before the flag is stored as it was.
        assert!(!encode(&ProgressData::default()).contains("solo"));
    }

    #[test]
    fn tabs_editing_different_sections_keep_both_edits() {
        let base = with_plan();
        let mut ours = base.clone();
        ours.workbook.process.approval_rules = "Owner approves offers".into();
        let mut theirs = base.clone();
        theirs.workbook.smart.goal = "Sell 40 cakes by June".into();
        theirs.completed.insert("facebook".into());
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(
            merged.workbook.process.approval_rules,
            "Owner approves offers"
        );
        assert_eq!(merged.workbook.smart.goal, "Sell 40 cakes by June");
        assert!(merged.completed.contains("facebook"));
        assert_eq!(merged.personas, base.personas);
    }

    #[test]
    fn the_generation_travels_in_the_envelope_and_exports_have_none() {
        let data = with_plan();
        let stored = encode_stored(&data, 7);
        assert_eq!(generation_of(&stored), 7);
        assert_eq!(decode(Some(&stored)).into_data(), Some(data.clone()));
        assert!(!encode(&data).contains("generation"));
        assert_eq!(generation_of(&encode(&data)), 0);
        assert_eq!(generation_of("{oops"), 0);
    }

    fn draft(attempt: u64, answers: &[(&str, &[u8])]) -> QuizDraft {
        QuizDraft {
            attempt,
            answers: answers
                .iter()
                .map(|(id, picked)| ((*id).to_owned(), picked.to_vec()))
                .collect(),
        }
    }

    /// A single-answer and a multiple-answer question of the intro bank, with option counts.
    fn intro_questions() -> (&'static str, &'static str, u8) {
        let single = first_of_kind(content::QuestionKind::Single);
        let multiple = first_of_kind(content::QuestionKind::Multiple);
        let options = content::question(multiple).unwrap().options.len() as u8;
        (single, multiple, options)
    }

    fn first_of_kind(kind: content::QuestionKind) -> &'static str {
        content::QUESTIONS
            .iter()
            .find(|q| q.kind == kind && !q.final_only)
            .map(|q| q.id)
            .unwrap()
    }

    #[test]
    fn answers_in_progress_round_trip_and_are_left_out_when_empty() {
        let (single, multiple, _) = intro_questions();
        let mut data = with_plan();
        assert!(!encode(&data).contains("quiz_drafts"));
        data.quiz_drafts.insert(
            "intro".into(),
            draft(3, &[(single, &[1]), (multiple, &[0, 2])]),
        );
        data.quiz_drafts
            .insert(REVIEW_DRAFT.into(), draft(u64::MAX, &[(single, &[0])]));
        assert_eq!(decode(Some(&encode(&data))), Loaded::Ok(data));
    }

    #[test]
    fn hostile_answers_in_progress_are_set_aside_alone() {
        let (single, multiple, options) = intro_questions();
        let raw = format!(
            r#"{{"version":3,"data":{{"completed":["facebook"],"quiz_drafts":{{
            "intro":{{"attempt":"two","answers":{{
                "{single}":[0,1],
                "{multiple}":[1,1,-4,300,{options},0.5,"x",0],
                "no-such-question":[0]}}}},
            "final":{{"attempt":1e40,"answers":{{"{single}":[1]}}}},
            "lab":{{"attempt":1,"answers":{{"{single}":[1]}}}},
            "review":"all of them",
            "grow":{{"attempt":2,"answers":[[1]]}}}}}}}}"#
        );
        let loaded = decode(Some(&raw));
        assert!(loaded.needs_backup());
        let warnings = loaded.warnings().to_vec();
        let data = loaded.into_data().unwrap();
        assert!(data.completed.contains("facebook"), "the rest is kept");
        // Wrong types fall back alone: the attempt, the out-of-range and non-number options.
        assert_eq!(data.quiz_drafts["intro"], draft(0, &[(multiple, &[0, 1])]));
        assert_eq!(data.quiz_drafts["final"], draft(0, &[(single, &[1])]));
        assert_eq!(data.quiz_drafts.len(), 2, "{:?}", data.quiz_drafts);
        assert!(
            warnings.iter().any(|w| w.contains("quiz_drafts")),
            "{warnings:#?}"
        );
        assert!(
            warnings.iter().any(|w| w.contains("unchecked quiz")),
            "{warnings:#?}"
        );
        assert!(warnings.iter().all(|w| w.chars().count() < 200));
        // A huge list is not read one by one past the repair budget, and nothing panics.
        let huge = format!(
            r#"{{"version":3,"data":{{"quiz_drafts":{{"intro":{{"attempt":1,"answers":{{"{multiple}":[{}]}}}}}}}}}}"#,
            vec!["9999999999"; 100_000].join(",")
        );
        let data = decode(Some(&huge)).into_data().unwrap();
        assert!(data.quiz_drafts.is_empty());
        // Sanitising twice warns once.
        let mut again = data.clone();
        assert!(sanitise(&mut again).is_empty());
    }

    #[test]
    fn tabs_keep_each_others_answers_in_progress() {
        let (single, multiple, _) = intro_questions();
        let base = ProgressData::default();
        let mut ours = base.clone();
        ours.quiz_drafts
            .insert("intro".into(), draft(0, &[(single, &[1])]));
        let mut theirs = base.clone();
        theirs
            .quiz_drafts
            .insert("final".into(), draft(2, &[(multiple, &[0])]));
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(merged.quiz_drafts.len(), 2);
        // A quiz checked in the other tab (its draft gone) is not brought back by this one.
        let merged_again = merge(&merged, &merged, &ours_without(&merged, "final"));
        assert!(!merged_again.quiz_drafts.contains_key("final"));
        let imported = merge_import(&ours, &theirs);
        assert_eq!(imported.quiz_drafts.len(), 2);
        let preview = check_import(&encode(&theirs), &ours).unwrap();
        assert!(preview
            .sections
            .iter()
            .any(|r| r.section == "Quizzes with answers not yet checked"));
    }

    fn ours_without(data: &ProgressData, quiz: &str) -> ProgressData {
        let mut d = data.clone();
        d.quiz_drafts.remove(quiz);
        d
    }

    #[test]
    fn every_part_bank_is_a_known_quiz_in_course_order() {
        assert_eq!(
            quiz_ids().collect::<Vec<_>>(),
            [
                "intro",
                "manage",
                "strategy",
                "analytics",
                "grow",
                "platforms",
                FINAL_QUIZ
            ]
        );
        assert!(is_known_quiz("grow") && !is_known_quiz("lab"));
    }
}

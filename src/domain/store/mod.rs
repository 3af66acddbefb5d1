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
//!
//! This file holds the stored shape (`ProgressData` and its parts, the limits, `Loaded`,
//! `WorkbookTool`); each job on it has a file of its own: `decode` (envelope, versions,
//! migrations), `fields` (lenient reading), `clean` (`sanitise`), `record` (a finished quiz),
//! `import` (checking and previewing a file) and `merge` (two tabs, or an import added).

mod clean;
mod decode;
mod fields;
mod import;
mod merge;
mod record;
#[cfg(test)]
mod test_support;

use crate::content::text::workbook as t;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::lenient;
use crate::domain::locale::{is_singular, Lang};
use crate::domain::recommender::Persona;
use crate::domain::review::ReviewCard;
use crate::domain::theme::ThemeChoice;
use crate::domain::workbook::Workbook;

pub use crate::contracts::{BACKUP_KEY, REPLACED_KEY, STORAGE_KEY};
pub use crate::domain::date::{iso_date, parse_iso_date};
pub use clean::{is_known_quiz, quiz_ids, sanitise, tidy_name};
pub use decode::{
    decode, encode, encode_stored, generation_of, merge_base, migrate_v1_to_v2, migrate_v2_to_v3,
    parent_of, revision,
};
pub use import::{check_import, ImportError, ImportPreview, SectionRow};
pub use merge::{merge, merge_import};
pub use record::record_quiz;

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
    /// The language the learner chose with the header's switch; `None` until they use it (the
    /// browser's language decides). Shared by both editions, like everything here. Left out of
    /// the stored text when unset, so data without it reads and writes as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
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
            WorkbookTool::Comparison => t::TOOL_COMPARISON,
            WorkbookTool::Smart => t::TOOL_SMART,
            WorkbookTool::Triage => t::TOOL_TRIAGE,
            WorkbookTool::Process => t::TOOL_PROCESS,
            WorkbookTool::Tools => t::TOOL_TOOLS,
            WorkbookTool::Analytics => t::TOOL_ANALYTICS,
            WorkbookTool::Paid => t::TOOL_PAID,
            WorkbookTool::Plan => t::TOOL_PLAN,
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
            return t::NOTHING_ENTERED.into();
        }
        match self {
            WorkbookTool::Smart if !wb.smart.goal.trim().is_empty() => {
                t::goal(lenient::quote(&wb.smart.goal))
            }
            WorkbookTool::Plan if !wb.plan.business_name.trim().is_empty() => {
                t::business(lenient::quote(&wb.plan.business_name))
            }
            WorkbookTool::Process => {
                let posts: usize = wb.process.calendar.days.values().map(Vec::len).sum();
                if is_singular(posts as u64) {
                    t::posts_in_calendar_one(posts)
                } else {
                    t::posts_in_calendar_other(posts)
                }
            }
            _ => t::FILLED_IN.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::store::test_support::*;

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
}

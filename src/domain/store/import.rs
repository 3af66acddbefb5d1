//! Checking an import file before it replaces anything, and the plain sentences and section rows
//! that preview what it would change. Separate because it is wording for the progress page, not
//! part of reading or writing storage.

use super::decode::{decode_text, DecodeError, Decoded};
use super::{
    merge_import, quiz_ids, ProgressData, QuizBest, WorkbookTool, CURRENT_VERSION, MAX_IMPORT_BYTES,
};
use crate::content::platforms::Platform;
use crate::content::text::import as t;
use crate::content::{self, PartId};
use crate::domain::lenient;
use crate::domain::theme::ThemeChoice;

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
            ImportError::TooLarge { bytes } => t::error_too_large(megabytes(*bytes)),
            ImportError::Empty => t::ERROR_EMPTY.into(),
            ImportError::NotJson { .. } => t::ERROR_NOT_JSON.into(),
            ImportError::WrongShape { .. } => t::ERROR_WRONG_SHAPE.into(),
            ImportError::UnknownVersion { version } => t::error_unknown_version(version),
            ImportError::Newer {
                file_version,
                app_version,
            } => t::error_newer(file_version, app_version),
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
    crate::domain::wording::megabytes(bytes as f64)
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
        t::COMPLETED_LESSONS,
        current.completed.len(),
        new.completed.len(),
    );
    count_line(
        &mut lines,
        t::LESSONS_OPENED,
        current.visited.len(),
        new.visited.len(),
    );
    quiz_lines(&mut lines, current, new);
    final_line(&mut lines, current, new);
    count_line(
        &mut lines,
        t::QUESTIONS_TO_REVIEW,
        current.missed.len(),
        new.missed.len(),
    );
    count_line(
        &mut lines,
        t::UNCHECKED_QUIZZES,
        current.quiz_drafts.len(),
        new.quiz_drafts.len(),
    );
    count_line(
        &mut lines,
        t::QUIZ_ATTEMPTS,
        current.quiz_attempts.len(),
        new.quiz_attempts.len(),
    );
    text_line(
        &mut lines,
        t::CERTIFICATE_NAME,
        &current.certificate_name,
        &new.certificate_name,
    );
    text_line(
        &mut lines,
        t::CONTINUE_READING_AT,
        &lesson_title(&current.last_lesson),
        &lesson_title(&new.last_lesson),
    );
    change_line(
        &mut lines,
        t::COLOUR_THEME,
        theme_name(current.theme),
        theme_name(new.theme),
    );
    for (label, describe) in PLAN_SECTIONS {
        change_line(&mut lines, label, &describe(current), &describe(new));
    }
    for tool in WorkbookTool::ALL {
        if tool.differs(&current.workbook, &new.workbook) {
            lines.push(t::workbook_change(
                tool.name(),
                tool.describe(&current.workbook),
                tool.describe(&new.workbook),
            ));
        }
    }
    if lines.is_empty() {
        lines.push(t::NO_CHANGES.into());
    }
    if from < CURRENT_VERSION {
        lines.insert(0, t::older_version(from, CURRENT_VERSION));
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
    (t::PERSONAS, describe_personas),
    (t::ACTIVE_PERSONA, describe_active_persona),
    (t::CHOSEN_PLATFORMS, describe_platforms),
];

fn describe_personas(p: &ProgressData) -> String {
    if p.personas.is_empty() {
        return t::NONE.into();
    }
    let names: Vec<String> = p.personas.iter().map(|x| lenient::quote(&x.name)).collect();
    t::personas_list(p.personas.len(), names.join(", "))
}

fn describe_active_persona(p: &ProgressData) -> String {
    p.active_persona
        .and_then(|i| p.personas.get(i))
        .map_or(t::NONE.into(), |x| lenient::quote(&x.name))
}

fn describe_platforms(p: &ProgressData) -> String {
    if p.chosen_platforms.is_empty() {
        return t::NONE.into();
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
    row(t::COMPLETED_LESSONS, &|p| p.completed.len().to_string());
    row(t::LESSONS_OPENED, &|p| p.visited.len().to_string());
    for id in quiz_ids() {
        row(&t::best_score(quiz_label(id)), &|p| {
            p.quiz_best
                .get(id)
                .map_or(t::NONE.into(), |b| t::score(b.correct, b.total))
        });
    }
    row(t::COMPLETION_RECORD, &|p| {
        p.final_passed_on
            .as_ref()
            .map_or(t::FINAL_NOT_PASSED.into(), t::final_passed_on)
    });
    row(t::QUESTIONS_TO_REVIEW, &|p| p.missed.len().to_string());
    row(t::UNCHECKED_QUIZZES, &|p| p.quiz_drafts.len().to_string());
    row(t::QUIZ_ATTEMPTS, &|p| p.quiz_attempts.len().to_string());
    row(t::CERTIFICATE_NAME, &|p| {
        if p.certificate_name.is_empty() {
            t::NONE.into()
        } else {
            lenient::quote(&p.certificate_name)
        }
    });
    row(t::CONTINUE_READING_AT, &|p| {
        let title = lesson_title(&p.last_lesson);
        if title.is_empty() {
            t::NONE.into()
        } else {
            title
        }
    });
    row(t::COLOUR_THEME, &|p| theme_name(p.theme).into());
    for (label, describe) in PLAN_SECTIONS {
        row(label, &describe);
    }
    for tool in WorkbookTool::ALL {
        row(&t::workbook_section(tool.name()), &|p| {
            tool.describe(&p.workbook)
        });
    }
    rows
}

fn count_line(lines: &mut Vec<String>, label: &str, before: usize, after: usize) {
    if before != after {
        lines.push(t::change(label, before, after));
    }
}

/// A line for text the learner typed or chose, quoted; `none` when empty.
fn text_line(lines: &mut Vec<String>, label: &str, before: &str, after: &str) {
    let quoted = |s: &str| {
        if s.is_empty() {
            t::NONE.to_owned()
        } else {
            t::quoted(s)
        }
    };
    change_line(lines, label, &quoted(before), &quoted(after));
}

fn change_line(lines: &mut Vec<String>, label: &str, before: &str, after: &str) {
    if before != after {
        lines.push(t::change(label, before, after));
    }
}

fn quiz_lines(lines: &mut Vec<String>, current: &ProgressData, new: &ProgressData) {
    for id in quiz_ids() {
        let (before, after) = (current.quiz_best.get(id), new.quiz_best.get(id));
        let score =
            |b: Option<&QuizBest>| b.map_or(t::NONE.to_owned(), |b| t::score(b.correct, b.total));
        change_line(
            lines,
            &t::best_score(quiz_label(id)),
            &score(before),
            &score(after),
        );
    }
}

fn quiz_label(id: &str) -> String {
    match PartId::from_slug(id) {
        Some(part) => t::part_quiz(content::part(part).short_title),
        None => t::FINAL_ASSESSMENT.into(),
    }
}

fn final_line(lines: &mut Vec<String>, current: &ProgressData, new: &ProgressData) {
    let state = |d: &Option<String>| d.as_ref().map_or(t::NOT_PASSED.to_owned(), t::passed_on);
    change_line(
        lines,
        t::FINAL_ASSESSMENT,
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
        ThemeChoice::System => t::THEME_SYSTEM,
        ThemeChoice::Light => t::THEME_LIGHT,
        ThemeChoice::Dark => t::THEME_DARK,
    }
}

#[cfg(test)]
mod tests {
    use super::super::migrate_v1_to_v2;
    use super::*;
    use crate::domain::store::test_support::*;

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
}

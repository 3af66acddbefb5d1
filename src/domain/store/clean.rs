//! `sanitise`: brings readable but hand-edited or hostile values into range (unknown ids dropped,
//! scores clamped, long text shortened). Separate from reading: it runs on any `ProgressData`, read
//! from storage or from an import file.

use crate::content::text::clean as t;
use std::collections::{BTreeMap, BTreeSet};

use super::{
    parse_iso_date, ProgressData, QuizAttempt, QuizBest, QuizDraft, WorkbookTool, FINAL_QUIZ,
    MAX_ANCHOR_CHARS, MAX_ATTEMPTS, MAX_NAME_CHARS, MAX_PERSONAS, MAX_QUIZ_ATTEMPTS,
    MAX_QUIZ_TOTAL, REVIEW_DRAFT,
};
use crate::content::platforms::Platform;
use crate::content::{self, PartId};
use crate::domain::lenient;
use crate::domain::locale::is_singular;
use crate::domain::recommender;
use crate::domain::review::{self, ReviewCard};

/// Brings hand-edited or hostile values into range: drops lesson, quiz and question ids the course
/// does not know, clamps scores (correct ≤ total ≤ `MAX_QUIZ_TOTAL`, 1 ≤ attempts ≤
/// `MAX_ATTEMPTS`), caps the attempt history, removes duplicate review cards, tidies and shortens
/// the certificate name, and drops malformed dates and anchors. Returns a warning per kind of
/// change; running it twice returns no warnings the second time.
pub fn sanitise(data: &mut ProgressData) -> Vec<String> {
    let mut w = Vec::new();
    keep_known_lessons(&mut data.visited, Dropped::OpenedLessons, &mut w);
    keep_known_lessons(&mut data.completed, Dropped::CompletedLessons, &mut w);
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
            let Some(q) = content::question_shape(id) else {
                return false;
            };
            picked.retain(|&o| usize::from(o) < q.options);
            picked.sort_unstable();
            picked.dedup();
            !picked.is_empty() && (q.kind == content::QuestionKind::Multiple || picked.len() == 1)
        });
    }
    drafts.retain(|_, d| !d.answers.is_empty());
    if *drafts != before {
        w.push(t::DRAFTS_SET_ASIDE.into());
    }
}

/// Personas, chosen platforms and workbook entries: keep what the course knows, in range.
fn clean_plan_inputs(data: &mut ProgressData, w: &mut Vec<String>) {
    if data.personas.len() > MAX_PERSONAS {
        data.personas.truncate(MAX_PERSONAS);
        w.push(t::personas_kept(MAX_PERSONAS));
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
        w.push(t::PLATFORMS_REMOVED.into());
    }
    let before = data.workbook.clone();
    data.workbook.sanitise();
    for tool in WorkbookTool::ALL {
        if tool.differs(&before, &data.workbook) {
            w.push(t::workbook_adjusted(tool.name()));
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

fn keep_known_lessons(set: &mut BTreeSet<String>, what: Dropped, w: &mut Vec<String>) {
    let unknown: Vec<String> = set
        .iter()
        .filter(|s| !is_known_lesson(s))
        .cloned()
        .collect();
    set.retain(|s| is_known_lesson(s));
    warn_dropped(w, what, &unknown);
}

fn clean_last_place(data: &mut ProgressData, w: &mut Vec<String>) {
    if let Some(slug) = data.last_lesson.take_if(|s| !is_known_lesson(s)) {
        w.push(t::forgot_last_lesson(lenient::quote(&slug)));
    }
    let lesson_known = data.last_lesson.is_some();
    if let Some(anchor) = data
        .last_anchor
        .take_if(|a| !lesson_known || !is_plain_anchor(a))
    {
        w.push(t::forgot_reading_position(lenient::quote(&anchor)));
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
    warn_dropped(w, Dropped::UnknownQuizScores, &unknown);
    let empty: Vec<String> = best
        .iter()
        .filter(|(_, b)| b.total == 0)
        .map(|(k, _)| k.clone())
        .collect();
    best.retain(|_, b| b.total > 0);
    warn_dropped(w, Dropped::EmptyScores, &empty);
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
        let (quiz, correct, total, n) = (
            lenient::quote(id),
            score.correct,
            score.total,
            score.attempts,
        );
        w.push(if is_singular(u64::from(n)) {
            t::best_score_clamped_one(quiz, correct, total, n)
        } else {
            t::best_score_clamped_other(quiz, correct, total, n)
        });
    }
}

fn clean_attempts(attempts: &mut Vec<QuizAttempt>, w: &mut Vec<String>) {
    let before = attempts.len();
    attempts.retain(|a| is_known_quiz(&a.quiz) && a.total > 0);
    let dropped = before - attempts.len();
    if dropped > 0 {
        w.push(counted(
            dropped,
            t::attempts_ignored_one,
            t::attempts_ignored_other,
        ));
    }
    let clamped = attempts
        .iter_mut()
        .map(clamp_attempt)
        .filter(|&changed| changed)
        .count();
    if clamped > 0 {
        w.push(counted(
            clamped,
            t::attempts_adjusted_one,
            t::attempts_adjusted_other,
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

pub(super) fn cap_attempts(attempts: &mut Vec<QuizAttempt>, w: &mut Vec<String>) {
    let extra = attempts.len().saturating_sub(MAX_QUIZ_ATTEMPTS);
    if extra > 0 {
        attempts.drain(..extra);
        w.push(if is_singular(extra as u64) {
            t::attempts_capped_one(MAX_QUIZ_ATTEMPTS, extra)
        } else {
            t::attempts_capped_other(MAX_QUIZ_ATTEMPTS, extra)
        });
    }
}

fn clean_cards(cards: &mut Vec<ReviewCard>, w: &mut Vec<String>) {
    let unknown: Vec<String> = cards
        .iter()
        .filter(|c| content::question_shape(&c.question_id).is_none())
        .map(|c| c.question_id.clone())
        .collect();
    cards.retain(|c| content::question_shape(&c.question_id).is_some());
    warn_dropped(w, Dropped::Cards, &unknown);
    let out_of_range = cards
        .iter()
        .filter(|c| review::clamp_box(c.box_number) != c.box_number)
        .count();
    cards
        .iter_mut()
        .for_each(|c| c.box_number = review::clamp_box(c.box_number));
    if out_of_range > 0 {
        w.push(counted(
            out_of_range,
            t::cards_moved_one,
            t::cards_moved_other,
        ));
    }
    dedupe_cards(cards, w);
}

fn dedupe_cards(cards: &mut Vec<ReviewCard>, w: &mut Vec<String>) {
    let merged = review::merge_cards(cards, &[]);
    let duplicates = cards.len() - merged.len();
    if duplicates > 0 {
        w.push(counted(
            duplicates,
            t::cards_deduplicated_one,
            t::cards_deduplicated_other,
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
        w.push(t::NAME_CONTROLS_REMOVED.into());
    }
    if tidy.chars().count() < visible.chars().count() {
        w.push(t::name_shortened(MAX_NAME_CHARS));
    }
    *name = tidy;
}

fn clean_pass_date(date: &mut Option<String>, w: &mut Vec<String>) {
    if let Some(bad) = date.take_if(|d| parse_iso_date(d).is_none()) {
        w.push(t::forgot_pass_date(lenient::quote(&bad)));
    }
}

/// What [`warn_dropped`] reports as dropped.
#[derive(Clone, Copy)]
enum Dropped {
    OpenedLessons,
    CompletedLessons,
    UnknownQuizScores,
    EmptyScores,
    Cards,
}

/// One warning for ids dropped from a collection, naming the first few.
fn warn_dropped(w: &mut Vec<String>, what: Dropped, dropped: &[String]) {
    if dropped.is_empty() {
        return;
    }
    let quoted: Vec<String> = dropped.iter().take(3).map(|s| lenient::quote(s)).collect();
    let more = dropped.len().saturating_sub(quoted.len());
    let mut names = quoted.join(", ");
    if more > 0 {
        names.push_str(&t::and_more(more));
    }
    let n = dropped.len();
    let one = is_singular(n as u64);
    w.push(match (what, one) {
        (Dropped::OpenedLessons, true) => t::ignored_opened_lessons_one(n, names),
        (Dropped::OpenedLessons, false) => t::ignored_opened_lessons_other(n, names),
        (Dropped::CompletedLessons, true) => t::ignored_completed_lessons_one(n, names),
        (Dropped::CompletedLessons, false) => t::ignored_completed_lessons_other(n, names),
        (Dropped::UnknownQuizScores, true) => t::ignored_unknown_quiz_scores_one(n, names),
        (Dropped::UnknownQuizScores, false) => t::ignored_unknown_quiz_scores_other(n, names),
        (Dropped::EmptyScores, true) => t::ignored_empty_scores_one(n, names),
        (Dropped::EmptyScores, false) => t::ignored_empty_scores_other(n, names),
        (Dropped::Cards, true) => t::ignored_cards_one(n, names),
        (Dropped::Cards, false) => t::ignored_cards_other(n, names),
    });
}

/// The `…_one` or `…_other` text for a count, as the build's language chooses.
pub(super) fn counted(
    count: usize,
    one: fn(usize) -> String,
    other: fn(usize) -> String,
) -> String {
    if is_singular(count as u64) {
        one(count)
    } else {
        other(count)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{decode, Loaded};
    use super::*;
    use crate::domain::store::test_support::*;

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

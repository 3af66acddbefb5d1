//! Combining two versions of the progress so neither loses anything: two open tabs (a three-way
//! merge against what both last saw) and an import added to what is here. Separate because its
//! rules are per field and are the ones most worth reading on their own.

use std::collections::BTreeMap;

use super::clean::cap_attempts;
use super::{ProgressData, QuizAttempt, QuizBest, QuizDraft, WorkbookTool, MAX_PERSONAS};
use crate::domain::review;

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
/// - Everything else is a section edited as a whole — the theme, the language, the name, the reading place,
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
        language: if ours_only(
            base.language != ours.language,
            base.language != theirs.language,
        ) {
            ours.language
        } else {
            theirs.language
        },
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
/// language and the reading place come from the file only where the learner has nothing yet,
/// and the theme never (it is this device's).
pub fn merge_import(current: &ProgressData, file: &ProgressData) -> ProgressData {
    let mut merged = merge(current, current, file);
    merged.theme = current.theme;
    merged.language = current.language.or(file.language);
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
    crate::domain::sort::sort_by(&mut merged, &|a, b| a.day.cmp(&b.day));
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
    use super::super::{check_import, encode, migrate_v1_to_v2};
    use super::*;
    use crate::domain::store::test_support::*;
    use crate::domain::theme::ThemeChoice;

    #[test]
    fn the_language_chosen_in_one_tab_survives_the_other_tabs_write() {
        use crate::domain::locale::Lang;
        let base = ProgressData::default();
        let ours = ProgressData {
            language: Some(Lang::Fr),
            ..base.clone()
        };
        let mut theirs = base.clone();
        theirs.completed.insert("facebook".into());
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(merged.language, Some(Lang::Fr));
        assert!(merged.completed.contains("facebook"));
        // Both tabs changed it: the later write (theirs) wins, as for the theme.
        let theirs = ProgressData {
            language: Some(Lang::En),
            ..base.clone()
        };
        assert_eq!(merge(&base, &ours, &theirs).language, Some(Lang::En));
        // An import brings its language only where none was chosen here.
        assert_eq!(merge_import(&ours, &theirs).language, Some(Lang::Fr));
        assert_eq!(merge_import(&base, &theirs).language, Some(Lang::En));
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
}

//! Fixtures and builders shared by the tests of this module's files.

use std::collections::{BTreeMap, BTreeSet};

use super::{merge, ProgressData, ProgressV1, QuizAttempt, QuizBest, QuizDraft};
use crate::content;
use crate::domain::recommender::Persona;
use crate::domain::review::ReviewCard;
use crate::domain::theme::ThemeChoice;

pub(super) const V1: &str = include_str!("../../../tests/fixtures/store/v1.json");
pub(super) const V2: &str = include_str!("../../../tests/fixtures/store/v2.json");
pub(super) const V3: &str = include_str!("../../../tests/fixtures/store/v3.json");

pub(super) const HOSTILE: &str = include_str!("../../../tests/fixtures/store/hostile.json");

/// Two tabs that started from nothing.
pub(super) fn merge2(ours: &ProgressData, theirs: &ProgressData) -> ProgressData {
    merge(&ProgressData::default(), ours, theirs)
}

pub(super) fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

pub(super) fn best(correct: u32, total: u32, attempts: u32) -> QuizBest {
    QuizBest {
        correct,
        total,
        attempts,
    }
}

pub(super) fn card(id: &str, box_number: u8, due_day: u32) -> ReviewCard {
    ReviewCard {
        question_id: id.into(),
        box_number,
        due_day,
    }
}

pub(super) fn attempt(quiz: &str, day: u32, correct: u32, total: u32) -> QuizAttempt {
    QuizAttempt {
        quiz: quiz.into(),
        day,
        correct,
        total,
    }
}

/// What `v1.json` holds.
pub(super) fn v1_expected() -> ProgressV1 {
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
pub(super) fn v2_expected() -> ProgressData {
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

/// What `v3.json` holds: the v2 data plus a persona, chosen platforms and workbook entries.
pub(super) fn v3_expected() -> ProgressData {
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

pub(super) fn with_plan() -> ProgressData {
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

pub(super) fn draft(attempt: u64, answers: &[(&str, &[u8])]) -> QuizDraft {
    QuizDraft {
        attempt,
        answers: answers
            .iter()
            .map(|(id, picked)| ((*id).to_owned(), picked.to_vec()))
            .collect(),
    }
}

/// A single-answer and a multiple-answer question of the intro bank, with option counts.
pub(super) fn intro_questions() -> (&'static str, &'static str, u8) {
    let single = first_of_kind(content::QuestionKind::Single);
    let multiple = first_of_kind(content::QuestionKind::Multiple);
    let options = content::question(multiple).unwrap().options.len() as u8;
    (single, multiple, options)
}

pub(super) fn first_of_kind(kind: content::QuestionKind) -> &'static str {
    content::QUESTIONS
        .iter()
        .find(|q| q.kind == kind && !q.final_only)
        .map(|q| q.id)
        .unwrap()
}

pub(super) fn ours_without(data: &ProgressData, quiz: &str) -> ProgressData {
    let mut d = data.clone();
    d.quiz_drafts.remove(quiz);
    d
}

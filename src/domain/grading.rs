//! Grading quiz answers and drawing the final assessment.

use crate::content::{PartId, Question, QuestionKind};

pub const FINAL_QUESTION_COUNT: usize = 20;
pub const PASS_PERCENT: u32 = 80;

/// Whether the options the learner picked (indices) are exactly the correct ones.
pub fn is_correct(question: &Question, selected: &[usize]) -> bool {
    if question.kind == QuestionKind::Single && selected.len() != 1 {
        return false;
    }
    let mut picked: Vec<usize> = selected.to_vec();
    crate::domain::sort::sort(&mut picked);
    picked.dedup();
    let correct: Vec<usize> = question
        .options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.correct)
        .map(|(i, _)| i)
        .collect();
    picked == correct
}

/// Whether the learner picked anything for a question: a question left blank is not answered,
/// and a check neither marks it nor shows its answer.
pub fn is_answered(selected: &[usize]) -> bool {
    !selected.is_empty()
}

/// The positions (0-based) of the questions not answered yet, in order.
pub fn unanswered(answers: &[Vec<usize>]) -> Vec<usize> {
    answers
        .iter()
        .enumerate()
        .filter(|(_, a)| !is_answered(a))
        .map(|(i, _)| i)
        .collect()
}

/// What a check found for one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Right,
    Wrong,
    /// Left blank: neither marked nor explained, and never sent to review.
    Unanswered,
}

pub fn outcome(question: &Question, selected: &[usize]) -> Outcome {
    if !is_answered(selected) {
        Outcome::Unanswered
    } else if is_correct(question, selected) {
        Outcome::Right
    } else {
        Outcome::Wrong
    }
}

/// The outcome of each question, in order (a missing answer is unanswered).
pub fn outcomes(questions: &[&Question], answers: &[Vec<usize>]) -> Vec<Outcome> {
    questions
        .iter()
        .enumerate()
        .map(|(i, q)| outcome(q, answers.get(i).map_or(&[], Vec::as_slice)))
        .collect()
}

/// A checked quiz. `total` is every question of the quiz, answered or not, so a partial check
/// can pass only with 80% of *all* the questions right (see `grade`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub total: usize,
}

impl Score {
    /// Whole percent, rounded down so that 79.9% never shows as a pass.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        (self.correct * 100 / self.total) as u32
    }

    pub fn passed(&self) -> bool {
        self.total > 0 && self.percent() >= PASS_PERCENT
    }
}

/// Scores a set of answers, out of every question in the quiz.
///
/// A check with questions left blank (the learner was warned and chose "Check anyway") counts
/// as an attempt: it shows the explanations of every answered question, so checking those again
/// would no longer measure anything, and the next attempt draws a new order. It is scored out of
/// all the questions — a blank one is not marked wrong, but it is not right either — so the
/// best score never rewards answering only the questions one is sure of: 5 right of 5 answered
/// in a quiz of 10 is 50%, not a pass.
pub fn grade(questions: &[&Question], answers: &[Vec<usize>]) -> Score {
    let found = outcomes(questions, answers);
    Score {
        correct: found.iter().filter(|o| **o == Outcome::Right).count(),
        total: questions.len(),
    }
}

/// A small deterministic generator (SplitMix64): the same seed draws the same assessment, so a
/// learner who reloads mid-assessment gets the same questions back.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn shuffle<T>(items: &mut [T], rng: &mut SplitMix) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// FNV-1a: a stable hash of text, the same on every platform and build.
fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

/// The order in which to show a question's options: a permutation of `0..count`.
///
/// `quiz` and `attempt` come from data the progress store already keeps (the quiz id and the
/// number of attempts recorded for it), so the order is the same all through an attempt and
/// after a reload, changes with the next attempt, and can be reproduced in tests. Answers are
/// still stored and graded by the options' written positions.
pub fn option_order(quiz: &str, question_id: &str, attempt: u64, count: usize) -> Vec<usize> {
    let seed = text_hash(quiz) ^ text_hash(question_id).rotate_left(17) ^ attempt;
    let mut rng = SplitMix(seed);
    let mut order: Vec<usize> = (0..count).collect();
    shuffle(&mut order, &mut rng);
    order
}

/// Each objective gets at least this many questions in a final draw.
pub const MIN_PER_OBJECTIVE: usize = 2;

/// A part quiz lends at most this many questions to one final draw, so the final never reruns
/// the quiz the learner has just taken.
pub const MAX_FROM_ONE_PART_QUIZ: usize = 1;

/// Draws the final assessment by objective: first `MIN_PER_OBJECTIVE` questions for every
/// objective the bank covers, taken from the final assessment's own pool (questions no part quiz
/// shows) while it has any left for that objective; then one question for every part of the
/// course the draw has not reached yet; then the rest at random from the whole bank. A part quiz
/// lends at most `MAX_FROM_ONE_PART_QUIZ` questions, and two questions with the same `fact` never
/// share a draw. Questions come out grouped by objective. The objectives and parts come from the
/// bank, so a new part or question needs no change here.
pub fn draw_final(bank: &'static [Question], seed: u64) -> Vec<&'static Question> {
    let mut rng = SplitMix(seed);
    let mut shuffled: Vec<&'static Question> = bank.iter().collect();
    shuffle(&mut shuffled, &mut rng);
    // Own-pool questions first; the sort is stable, so each group stays shuffled.
    let mut own_first = shuffled.clone();
    crate::domain::sort::sort_by(&mut own_first, &|a, b| {
        a.final_only.cmp(&b.final_only).reverse()
    });
    let mut objectives: Vec<u8> = bank.iter().map(|q| q.objective).collect();
    crate::domain::sort::sort(&mut objectives);
    objectives.dedup();
    let mut parts: Vec<PartId> = Vec::new();
    for q in &shuffled {
        if !parts.contains(&q.part) {
            parts.push(q.part);
        }
    }

    let mut drawn: Vec<&'static Question> = Vec::with_capacity(FINAL_QUESTION_COUNT);
    let fits = |q: &Question, drawn: &[&Question]| {
        let lent = drawn
            .iter()
            .filter(|d| !d.final_only && d.part == q.part)
            .count();
        drawn.len() < FINAL_QUESTION_COUNT
            && !drawn.iter().any(|d| d.id == q.id || d.fact == q.fact)
            && (q.final_only || lent < MAX_FROM_ONE_PART_QUIZ)
    };
    for _ in 0..MIN_PER_OBJECTIVE {
        for objective in &objectives {
            if let Some(q) = own_first
                .iter()
                .find(|q| q.objective == *objective && fits(q, &drawn))
            {
                drawn.push(q);
            }
        }
    }
    for part in parts {
        if drawn.iter().any(|d| d.part == part) {
            continue;
        }
        if let Some(q) = shuffled.iter().find(|q| q.part == part && fits(q, &drawn)) {
            drawn.push(q);
        }
    }
    for q in &shuffled {
        if fits(q, &drawn) {
            drawn.push(q);
        }
    }
    crate::domain::sort::sort_by(&mut drawn, &|a, b| a.objective.cmp(&b.objective));
    drawn
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{AnswerOption, QUESTIONS};

    const OPTS: &[AnswerOption] = &[
        AnswerOption {
            text: "a",
            correct: true,
            explanation: "e",
        },
        AnswerOption {
            text: "b",
            correct: false,
            explanation: "e",
        },
        AnswerOption {
            text: "c",
            correct: true,
            explanation: "e",
        },
    ];
    const MULTI: Question = Question {
        id: "t-1",
        part: PartId::Intro,
        objective: 1,
        fact: "t-1",
        final_only: false,
        kind: QuestionKind::Multiple,
        scenario: false,
        lesson: "x",
        prompt: "p",
        options: OPTS,
    };
    const SINGLE: Question = Question {
        id: "t-2",
        part: PartId::Intro,
        objective: 1,
        fact: "t-2",
        final_only: false,
        kind: QuestionKind::Single,
        scenario: false,
        lesson: "x",
        prompt: "p",
        options: &[
            AnswerOption {
                text: "a",
                correct: false,
                explanation: "e",
            },
            AnswerOption {
                text: "b",
                correct: true,
                explanation: "e",
            },
        ],
    };

    #[test]
    fn multiple_choice_needs_exactly_the_correct_set() {
        assert!(is_correct(&MULTI, &[2, 0]));
        assert!(is_correct(&MULTI, &[0, 2, 2]));
        assert!(!is_correct(&MULTI, &[0]));
        assert!(!is_correct(&MULTI, &[0, 1, 2]));
        assert!(!is_correct(&MULTI, &[]));
    }

    #[test]
    fn single_choice_takes_one_answer() {
        assert!(is_correct(&SINGLE, &[1]));
        assert!(!is_correct(&SINGLE, &[0]));
        assert!(!is_correct(&SINGLE, &[1, 1]));
    }

    #[test]
    fn pass_mark_is_eighty_percent_rounded_down() {
        let qs: Vec<&Question> = vec![&SINGLE; 5];
        let four_right = vec![vec![1], vec![1], vec![1], vec![1], vec![0]];
        let s = grade(&qs, &four_right);
        assert_eq!(
            (s.correct, s.total, s.percent(), s.passed()),
            (4, 5, 80, true)
        );
        let missing = grade(&qs, &[vec![1], vec![1], vec![1]]);
        assert_eq!((missing.correct, missing.passed()), (3, false));
        assert!(!Score {
            correct: 79,
            total: 100
        }
        .passed());
        assert_eq!(
            Score {
                correct: 0,
                total: 0
            }
            .percent(),
            0
        );
    }

    #[test]
    fn a_blank_question_is_unanswered_not_wrong_and_scores_out_of_the_whole_quiz() {
        let qs: Vec<&Question> = vec![&SINGLE, &MULTI, &SINGLE, &MULTI, &SINGLE];
        let answers = vec![vec![1], vec![], vec![0], vec![0, 2], vec![]];
        assert_eq!(
            outcomes(&qs, &answers),
            [
                Outcome::Right,
                Outcome::Unanswered,
                Outcome::Wrong,
                Outcome::Right,
                Outcome::Unanswered
            ]
        );
        assert_eq!(unanswered(&answers), [1, 4]);
        let s = grade(&qs, &answers);
        assert_eq!((s.correct, s.total, s.percent()), (2, 5, 40));
        // Everything answered right but one question left blank: 80%, exactly the pass mark;
        // two blanks of five cannot pass however right the rest are.
        let one_blank = vec![vec![1], vec![0, 2], vec![1], vec![0, 2], vec![]];
        assert!(grade(&qs, &one_blank).passed());
        let two_blank = vec![vec![1], vec![0, 2], vec![1], vec![], vec![]];
        assert!(!grade(&qs, &two_blank).passed());
        // Fewer answers than questions (a hostile or short list) reads as unanswered.
        assert_eq!(outcomes(&qs, &[vec![1]])[4], Outcome::Unanswered);
    }

    fn ids(qs: &[&Question]) -> Vec<&'static str> {
        qs.iter().map(|q| q.id).collect()
    }

    #[test]
    fn every_final_draw_covers_each_objective_twice_with_distinct_facts() {
        let objectives: Vec<u8> = (1..=crate::content::OBJECTIVES.len() as u8).collect();
        for seed in 0..2_000 {
            let drawn = draw_final(QUESTIONS, seed);
            assert_eq!(drawn.len(), FINAL_QUESTION_COUNT, "seed {seed}");
            let mut facts: Vec<&str> = drawn.iter().map(|q| q.fact).collect();
            facts.sort_unstable();
            facts.dedup();
            assert_eq!(
                facts.len(),
                FINAL_QUESTION_COUNT,
                "seed {seed}: a fact twice"
            );
            for o in &objectives {
                let own = drawn
                    .iter()
                    .filter(|q| q.objective == *o && q.final_only)
                    .count();
                assert!(
                    own >= MIN_PER_OBJECTIVE,
                    "seed {seed}: objective {o} has {own}"
                );
            }
        }
        assert_eq!(
            ids(&draw_final(QUESTIONS, 42)),
            ids(&draw_final(QUESTIONS, 42))
        );
        assert_ne!(
            ids(&draw_final(QUESTIONS, 42)),
            ids(&draw_final(QUESTIONS, 7))
        );
    }

    #[test]
    fn every_final_draw_reaches_every_part_and_reruns_no_part_quiz() {
        let mut parts: Vec<PartId> = QUESTIONS.iter().map(|q| q.part).collect();
        parts.sort_unstable();
        parts.dedup();
        assert!(parts.contains(&PartId::Grow), "Room 4 is assessed");
        for seed in 0..2_000 {
            let drawn = draw_final(QUESTIONS, seed);
            for part in &parts {
                assert!(
                    drawn.iter().any(|q| q.part == *part),
                    "seed {seed}: no question on {part:?}"
                );
                let lent = drawn
                    .iter()
                    .filter(|q| !q.final_only && q.part == *part)
                    .count();
                assert!(
                    lent <= MAX_FROM_ONE_PART_QUIZ,
                    "seed {seed}: {lent} questions from the {part:?} quiz"
                );
            }
        }
    }

    #[test]
    fn the_draw_takes_its_objectives_and_parts_from_the_bank() {
        // A bank with one objective and only one part quiz still draws, without rerunning
        // more than one question of that quiz.
        let small: &'static [Question] = &[SINGLE, MULTI];
        let drawn = draw_final(small, 1);
        assert_eq!(drawn.len(), MAX_FROM_ONE_PART_QUIZ);
    }

    #[test]
    fn each_objective_has_five_part_questions_and_three_of_the_finals_own() {
        for o in 1..=crate::content::OBJECTIVES.len() as u8 {
            let part = QUESTIONS
                .iter()
                .filter(|q| q.objective == o && !q.final_only)
                .count();
            let own = QUESTIONS
                .iter()
                .filter(|q| q.objective == o && q.final_only)
                .count();
            assert!(
                part >= 5,
                "objective {o}: {part} questions in the part banks"
            );
            assert!(own >= 3, "objective {o}: {own} in the final's own pool");
        }
        // Objectives 6 and 7 are tested by judgement, not only by recall of an order.
        for o in [6, 7] {
            let scenarios = QUESTIONS
                .iter()
                .filter(|q| q.objective == o && q.scenario)
                .count();
            assert!(
                scenarios >= 4,
                "objective {o}: {scenarios} scenario questions"
            );
        }
    }

    #[test]
    fn no_part_quiz_shows_a_question_from_the_finals_own_pool() {
        for part in PartId::ALL {
            assert!(crate::content::questions_in(part).all(|q| !q.final_only));
        }
        assert!(QUESTIONS.iter().any(|q| q.final_only));
    }

    #[test]
    fn option_order_is_a_stable_permutation_that_changes_with_the_attempt() {
        let order = option_order("intro", "intro-01", 3, 4);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, vec![0, 1, 2, 3]);
        assert_eq!(
            order,
            option_order("intro", "intro-01", 3, 4),
            "same attempt, same order"
        );
        let orders: Vec<Vec<usize>> = (0..8)
            .map(|a| option_order("intro", "intro-01", a, 4))
            .collect();
        assert!(
            orders.iter().any(|o| *o != orders[0]),
            "another attempt, another order"
        );
        assert!(option_order("final", "x", 0, 0).is_empty());
    }

    #[test]
    fn shuffled_correct_options_land_evenly_across_positions() {
        // Over the real banks and ten attempts, the correct option of a single-answer question is
        // shown first about a quarter of the time, never most of the time.
        let mut first = 0;
        let mut total = 0;
        for attempt in 0..10 {
            for q in QUESTIONS.iter().filter(|q| q.kind == QuestionKind::Single) {
                let order = option_order(q.part.slug(), q.id, attempt, q.options.len());
                total += 1;
                if q.options[order[0]].correct {
                    first += 1;
                }
            }
        }
        let share = first * 100 / total;
        assert!(
            (15..=35).contains(&share),
            "correct shown first {share}% of the time"
        );
    }

    #[test]
    fn banks_are_within_the_length_bias_limit() {
        for part in PartId::ALL {
            let single: Vec<&Question> = crate::content::questions_in(part)
                .filter(|q| q.kind == QuestionKind::Single)
                .collect();
            let longest = single
                .iter()
                .filter(|q| {
                    let right = q
                        .options
                        .iter()
                        .find(|o| o.correct)
                        .map_or(0, |o| o.text.chars().count());
                    q.options
                        .iter()
                        .filter(|o| !o.correct)
                        .all(|o| o.text.chars().count() < right)
                })
                .count();
            assert!(
                longest * 100 <= 35 * single.len().max(1),
                "{part:?}: {longest} of {}",
                single.len()
            );
        }
    }

    #[test]
    fn every_part_bank_has_at_least_eight_questions() {
        for part in PartId::ALL.into_iter().filter(|p| p.has_quiz()) {
            let n = crate::content::questions_in(part).count();
            assert!(n >= 8, "{part:?} has {n} questions");
        }
    }
}

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
    picked.sort_unstable();
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

/// Scores a set of answers; a question with no answer counts as wrong.
pub fn grade(questions: &[&Question], answers: &[Vec<usize>]) -> Score {
    let correct = questions
        .iter()
        .enumerate()
        .filter(|(i, q)| answers.get(*i).is_some_and(|a| is_correct(q, a)))
        .count();
    Score {
        correct,
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

/// Draws the final assessment: questions spread evenly across the parts that have a bank
/// (any remainder goes to the first parts), shuffled within each part, in part order.
pub fn draw_final(bank: &'static [Question], seed: u64) -> Vec<&'static Question> {
    let mut rng = SplitMix(seed);
    let parts: Vec<PartId> = PartId::ALL
        .into_iter()
        .filter(|p| bank.iter().any(|q| q.part == *p))
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let mut pools: Vec<Vec<&'static Question>> = parts
        .iter()
        .map(|p| {
            let mut pool: Vec<&Question> = bank.iter().filter(|q| q.part == *p).collect();
            shuffle(&mut pool, &mut rng);
            pool
        })
        .collect();
    let mut drawn = Vec::with_capacity(FINAL_QUESTION_COUNT);
    // Round-robin across parts until enough are drawn or every pool is empty.
    let mut round = 0;
    while drawn.len() < FINAL_QUESTION_COUNT && pools.iter().any(|p| p.len() > round) {
        for pool in &mut pools {
            if drawn.len() < FINAL_QUESTION_COUNT {
                if let Some(q) = pool.get(round) {
                    drawn.push(*q);
                }
            }
        }
        round += 1;
    }
    drawn.sort_by_key(|q| q.part);
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
        kind: QuestionKind::Multiple,
        scenario: false,
        lesson: "x",
        prompt: "p",
        options: OPTS,
    };
    const SINGLE: Question = Question {
        id: "t-2",
        part: PartId::Intro,
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
    fn final_draw_is_twenty_distinct_questions_from_every_part() {
        let drawn = draw_final(QUESTIONS, 42);
        assert_eq!(drawn.len(), FINAL_QUESTION_COUNT);
        let mut ids: Vec<&str> = drawn.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), FINAL_QUESTION_COUNT, "no question twice");
        for part in PartId::ALL.into_iter().filter(|p| p.has_quiz()) {
            assert!(
                drawn.iter().filter(|q| q.part == part).count() >= 3,
                "{part:?}"
            );
        }
        assert_eq!(
            draw_final(QUESTIONS, 42)
                .iter()
                .map(|q| q.id)
                .collect::<Vec<_>>(),
            drawn.iter().map(|q| q.id).collect::<Vec<_>>(),
            "same seed, same draw"
        );
        assert_ne!(
            draw_final(QUESTIONS, 7)
                .iter()
                .map(|q| q.id)
                .collect::<Vec<_>>(),
            drawn.iter().map(|q| q.id).collect::<Vec<_>>(),
            "another seed, another draw"
        );
    }

    #[test]
    fn every_final_draw_reaches_every_bank_including_room_four() {
        for seed in 0..200 {
            let drawn = draw_final(QUESTIONS, seed);
            for part in PartId::ALL.into_iter().filter(|p| p.has_quiz()) {
                assert!(
                    drawn.iter().any(|q| q.part == part),
                    "seed {seed}: no {part:?} question"
                );
            }
            assert!(drawn.iter().any(|q| q.part == PartId::Grow));
        }
    }

    #[test]
    fn every_part_bank_has_at_least_eight_questions() {
        for part in PartId::ALL.into_iter().filter(|p| p.has_quiz()) {
            let n = QUESTIONS.iter().filter(|q| q.part == part).count();
            assert!(n >= 8, "{part:?} has {n} questions");
        }
    }
}

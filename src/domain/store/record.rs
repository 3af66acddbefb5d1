//! Recording a finished quiz: the one write the quiz page makes to the progress, and the rule for
//! which score is the better one. Separate because it is the only change made while learning.

use super::clean::cap_attempts;
use super::{iso_date, ProgressData, QuizAttempt, QuizBest, FINAL_QUIZ, MAX_ATTEMPTS};
use crate::domain::grading::Score;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::store::test_support::*;

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
}

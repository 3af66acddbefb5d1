//! When the learner has earned the (self-issued) completion record, and what it may say.
//!
//! The record rests on scores, not on clicks: every part quiz passed (80% or more) and the final
//! assessment passed. Lessons marked complete are reported as a count, never claimed as "every
//! part completed". The parts with a quiz come from the compiled banks, so a new part with a
//! quiz is required without a change here.

use super::date::Date;
use super::grading::Score;
use super::locale::{Lang, LANG};
use super::store::{ProgressData, FINAL_QUIZ};
use crate::content::text::certificate as t;
use crate::content::{has_part_quiz, Part, LESSONS, PARTS};

/// One part quiz and the learner's best score on it (`None`: never taken).
#[derive(Clone, Debug, PartialEq)]
pub struct PartQuiz {
    pub part: &'static Part,
    pub best: Option<Score>,
}

impl PartQuiz {
    pub fn passed(&self) -> bool {
        self.best.as_ref().is_some_and(Score::passed)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum CertificateStatus {
    Earned {
        /// Every part quiz with its best (passing) score, in course order.
        quizzes: Vec<PartQuiz>,
        /// Best final-assessment score.
        score: Score,
        /// ISO date of the first pass.
        passed_on: String,
        /// Lessons the learner marked complete, out of all lessons.
        lessons_completed: usize,
        lessons_total: usize,
    },
    NotYet {
        /// Part quizzes not yet passed (never taken or below 80%), in course order.
        quizzes_left: Vec<PartQuiz>,
        /// The final assessment has not been passed yet.
        final_left: bool,
    },
}

fn best(progress: &ProgressData, quiz: &str) -> Option<Score> {
    progress.quiz_best.get(quiz).map(|b| Score {
        correct: b.correct as usize,
        total: b.total as usize,
    })
}

/// Every part that has a quiz, with the learner's best score on it.
pub fn part_quizzes(progress: &ProgressData) -> Vec<PartQuiz> {
    PARTS
        .iter()
        .filter(|part| has_part_quiz(part.id))
        .map(|part| PartQuiz {
            part,
            best: best(progress, part.id.slug()),
        })
        .collect()
}

pub fn status(progress: &ProgressData) -> CertificateStatus {
    let quizzes = part_quizzes(progress);
    let final_best = best(progress, FINAL_QUIZ).filter(Score::passed);
    let all_passed = quizzes.iter().all(PartQuiz::passed);
    match (all_passed, final_best, &progress.final_passed_on) {
        (true, Some(score), Some(date)) => CertificateStatus::Earned {
            quizzes,
            score,
            passed_on: date.clone(),
            lessons_completed: LESSONS
                .iter()
                .filter(|l| progress.completed.contains(l.slug))
                .count(),
            lessons_total: LESSONS.len(),
        },
        (_, final_best, _) => CertificateStatus::NotYet {
            quizzes_left: quizzes.into_iter().filter(|q| !q.passed()).collect(),
            final_left: final_best.is_none(),
        },
    }
}

/// The name as the record prints it, or `None` while the learner has not given one: the record
/// is shown only once there is a name, so it never prints a placeholder.
pub fn printed_name(name: &str) -> Option<&str> {
    let name = name.trim();
    (!name.is_empty()).then_some(name)
}

/// The record's statement of what was done, in the order it was checked.
pub fn achievement_lines(status: &CertificateStatus) -> Vec<String> {
    let CertificateStatus::Earned {
        quizzes,
        score,
        passed_on,
        lessons_completed,
        lessons_total,
    } = status
    else {
        return Vec::new();
    };
    let mut lines = vec![t::passed_part_quizzes(quizzes.len())];
    for q in quizzes {
        if let Some(s) = &q.best {
            lines.push(t::part_score(
                q.part.short_title,
                s.correct,
                s.total,
                s.percent(),
            ));
        }
    }
    lines.push(t::final_score(
        score.correct,
        score.total,
        score.percent(),
        record_date_in(LANG, passed_on),
    ));
    lines.push(t::lessons_completed(lessons_completed, lessons_total));
    lines
}

/// The pass date as the record prints it: `2024-10-05` in English (as the English record always
/// has), `5 octobre 2024` in French. Anything that is not an ISO date is printed as it is.
pub fn record_date_in(lang: Lang, iso: &str) -> String {
    match (lang, Date::parse_iso(iso)) {
        (Lang::Fr, Some(date)) => date.long_in(lang),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pass_date_is_iso_in_english_and_in_words_in_french() {
        assert_eq!(record_date_in(Lang::En, "2024-10-05"), "2024-10-05");
        assert_eq!(record_date_in(Lang::Fr, "2024-10-05"), "5 octobre 2024");
        assert_eq!(record_date_in(Lang::Fr, "2026-03-01"), "1er mars 2026");
        assert_eq!(record_date_in(Lang::Fr, "not a date"), "not a date");
    }
    use crate::domain::store::record_quiz;

    fn quiz_parts() -> Vec<&'static str> {
        part_quizzes(&ProgressData::default())
            .iter()
            .map(|q| q.part.id.slug())
            .collect()
    }

    fn every_quiz_passed() -> ProgressData {
        let mut p = ProgressData::default();
        for slug in quiz_parts() {
            record_quiz(&mut p, slug, 20_000, 9, 10);
        }
        p
    }

    #[test]
    fn the_parts_with_a_quiz_come_from_the_banks() {
        // Every part with questions in its bank, in course order; a new part's quiz joins
        // the requirement without a change here.
        let with_bank: Vec<&str> = PARTS
            .iter()
            .filter(|p| crate::content::questions_in(p.id).next().is_some())
            .map(|p| p.id.slug())
            .collect();
        assert_eq!(quiz_parts(), with_bank);
        assert!(quiz_parts().len() >= 5);
        assert!(!quiz_parts().contains(&"lab"));
    }

    #[test]
    fn lessons_marked_complete_earn_nothing_without_the_quizzes() {
        // The case from issue 13: every lesson clicked complete, a passed final, quizzes skipped.
        let mut p = ProgressData {
            completed: LESSONS.iter().map(|l| l.slug.to_string()).collect(),
            ..Default::default()
        };
        record_quiz(&mut p, FINAL_QUIZ, 20_000, 19, 20);
        record_quiz(&mut p, "intro", 20_000, 10, 10);
        let CertificateStatus::NotYet {
            quizzes_left,
            final_left,
        } = status(&p)
        else {
            panic!("four part quizzes never taken")
        };
        assert!(!final_left);
        assert_eq!(quizzes_left.len(), quiz_parts().len() - 1);
        assert!(quizzes_left.iter().all(|q| q.best.is_none()));
    }

    #[test]
    fn a_part_quiz_below_eighty_percent_is_still_left() {
        let mut p = every_quiz_passed();
        record_quiz(&mut p, FINAL_QUIZ, 20_000, 16, 20);
        p.quiz_best.get_mut("manage").expect("recorded").correct = 7;
        let CertificateStatus::NotYet { quizzes_left, .. } = status(&p) else {
            panic!("manage at 70%")
        };
        assert_eq!(
            quizzes_left
                .iter()
                .map(|q| q.part.id.slug())
                .collect::<Vec<_>>(),
            ["manage"]
        );
    }

    #[test]
    fn needs_every_part_quiz_and_a_passed_final_and_says_exactly_that() {
        let fresh = status(&ProgressData::default());
        let CertificateStatus::NotYet {
            quizzes_left,
            final_left,
        } = fresh
        else {
            panic!("not earned yet")
        };
        assert_eq!(quizzes_left.len(), quiz_parts().len());
        assert!(final_left);

        let mut p = every_quiz_passed();
        p.completed.insert("facebook".into());
        record_quiz(&mut p, FINAL_QUIZ, 20_000, 15, 20);
        assert!(matches!(
            status(&p),
            CertificateStatus::NotYet {
                final_left: true,
                ..
            }
        ));
        record_quiz(&mut p, FINAL_QUIZ, 20_001, 17, 20);
        let earned = status(&p);
        let CertificateStatus::Earned {
            score,
            passed_on,
            lessons_completed,
            ..
        } = &earned
        else {
            panic!("earned")
        };
        assert_eq!((score.correct, score.total), (17, 20));
        assert_eq!(passed_on, "2024-10-05");
        assert_eq!(*lessons_completed, 1);
        let lines = achievement_lines(&earned);
        assert_eq!(
            lines[0],
            format!(
                "passed all {} part quizzes of the course with 80% or more:",
                quiz_parts().len()
            )
        );
        assert!(lines.contains(&"Introduction: 9 of 10 (90%)".to_string()));
        assert!(lines
            .contains(&"and the final assessment with 17 of 20 (85%) on 2024-10-05;".to_string()));
        assert_eq!(
            lines.last().map(String::as_str),
            Some(format!("and marked 1 of {} lessons as complete.", LESSONS.len()).as_str())
        );
        assert!(lines.iter().all(|l| !l.contains("every part")));
    }

    #[test]
    fn the_record_has_no_placeholder_name() {
        assert_eq!(printed_name("  "), None);
        assert_eq!(printed_name(""), None);
        assert_eq!(printed_name(" Priya Shah "), Some("Priya Shah"));
    }
}

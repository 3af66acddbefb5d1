//! When the learner has earned the (self-issued) completion record.

use super::grading::Score;
use super::store::{ProgressData, FINAL_QUIZ};
use crate::content::{Part, LESSONS, PARTS};

#[derive(Clone, Debug, PartialEq)]
pub enum CertificateStatus {
    Earned {
        /// Best final-assessment score.
        score: Score,
        /// ISO date of the first pass.
        passed_on: String,
    },
    NotYet {
        /// Parts with lessons not yet marked complete.
        parts_left: Vec<&'static Part>,
        /// The final assessment has not been passed yet.
        final_left: bool,
    },
}

pub fn status(progress: &ProgressData) -> CertificateStatus {
    let parts_left: Vec<&'static Part> = PARTS
        .iter()
        .filter(|part| {
            LESSONS
                .iter()
                .filter(|l| l.part == part.id)
                .any(|l| !progress.completed.contains(l.slug))
        })
        .collect();
    let best = progress.quiz_best.get(FINAL_QUIZ).map(|b| Score {
        correct: b.correct as usize,
        total: b.total as usize,
    });
    let passed = best.as_ref().filter(|s| s.passed());
    match (parts_left.is_empty(), passed, &progress.final_passed_on) {
        (true, Some(score), Some(date)) => CertificateStatus::Earned {
            score: score.clone(),
            passed_on: date.clone(),
        },
        _ => CertificateStatus::NotYet {
            parts_left,
            final_left: passed.is_none(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::store::record_quiz;

    fn everything_complete() -> ProgressData {
        ProgressData {
            completed: LESSONS.iter().map(|l| l.slug.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn needs_every_part_and_a_passed_final() {
        let fresh = status(&ProgressData::default());
        let CertificateStatus::NotYet {
            parts_left,
            final_left,
        } = fresh
        else {
            panic!("not earned yet")
        };
        assert_eq!(parts_left.len(), PARTS.len());
        assert!(final_left);

        let mut p = everything_complete();
        record_quiz(&mut p, FINAL_QUIZ, 20_000, 15, 20);
        assert!(matches!(
            status(&p),
            CertificateStatus::NotYet {
                final_left: true,
                ..
            }
        ));
        record_quiz(&mut p, FINAL_QUIZ, 20_001, 17, 20);
        assert_eq!(
            status(&p),
            CertificateStatus::Earned {
                score: Score {
                    correct: 17,
                    total: 20
                },
                passed_on: "2024-10-05".into()
            }
        );
    }

    #[test]
    fn a_lesson_left_keeps_its_part_listed() {
        let mut p = everything_complete();
        record_quiz(&mut p, FINAL_QUIZ, 20_000, 20, 20);
        p.completed.remove("pinterest");
        let CertificateStatus::NotYet {
            parts_left,
            final_left,
        } = status(&p)
        else {
            panic!("a lesson is left")
        };
        assert_eq!(
            parts_left.iter().map(|p| p.short_title).collect::<Vec<_>>(),
            ["Platform guides"]
        );
        assert!(!final_left);
    }
}

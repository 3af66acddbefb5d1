//! Questions about the course's structure: order, neighbours, time, objectives.

use std::collections::BTreeSet;

use crate::content::text::ui_shell as t;
use crate::content::{Lesson, PartId, LESSONS};

/// Position of a lesson in course order.
pub fn index_of(slug: &str) -> Option<usize> {
    LESSONS.iter().position(|l| l.slug == slug)
}

pub fn previous(slug: &str) -> Option<&'static Lesson> {
    index_of(slug)
        .and_then(|i| i.checked_sub(1))
        .map(|i| &LESSONS[i])
}

pub fn next(slug: &str) -> Option<&'static Lesson> {
    index_of(slug).and_then(|i| LESSONS.get(i + 1))
}

/// The lesson the course suggests next, and whether it is one the learner has started
/// (`last`, the lesson last opened, not yet complete): then it is "continue where you left off".
/// Otherwise it is the first incomplete lesson after `last` in course order, or from the start.
/// `None` when every lesson is complete. Home and My progress both ask this one function.
pub fn next_lesson(
    completed: &BTreeSet<String>,
    last: Option<&str>,
) -> Option<(&'static Lesson, bool)> {
    let open = |l: &&Lesson| !completed.contains(l.slug);
    let at = last.and_then(index_of);
    if let Some(i) = at {
        if open(&&LESSONS[i]) {
            return Some((&LESSONS[i], true));
        }
    }
    let after = at.map_or(0, |i| i + 1);
    LESSONS[after..]
        .iter()
        .chain(&LESSONS[..after])
        .find(open)
        .map(|l| (l, false))
}

pub fn total_minutes() -> u32 {
    LESSONS.iter().map(|l| l.minutes).sum()
}

pub fn part_minutes(part: PartId) -> u32 {
    LESSONS
        .iter()
        .filter(|l| l.part == part)
        .map(|l| l.minutes)
        .sum()
}

/// The lessons that teach an objective (numbered 1–7), in course order.
pub fn lessons_for_objective(number: u8) -> impl Iterator<Item = &'static Lesson> {
    LESSONS
        .iter()
        .filter(move |l| l.objectives.contains(&number))
}

/// "2 h 35 min" or "45 min".
pub fn format_minutes(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => t::minutes(m),
        (h, 0) => t::hours(h),
        (h, m) => t::hours_minutes(h, m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{OBJECTIVES, PARTS};

    #[test]
    fn neighbours_follow_course_order() {
        let first = &LESSONS[0];
        assert!(previous(first.slug).is_none());
        let second = next(first.slug).expect("a second lesson");
        assert_eq!(previous(second.slug).map(|l| l.slug), Some(first.slug));
        assert!(next(LESSONS[LESSONS.len() - 1].slug).is_none());
        assert!(next("no-such-lesson").is_none());
    }

    #[test]
    fn every_objective_is_taught_and_every_part_has_lessons() {
        for o in OBJECTIVES {
            assert!(
                lessons_for_objective(o.number).next().is_some(),
                "objective {}",
                o.number
            );
        }
        for p in PARTS {
            assert!(part_minutes(p.id) > 0, "part {:?} has no lessons", p.id);
        }
        assert_eq!(
            total_minutes(),
            PARTS.iter().map(|p| part_minutes(p.id)).sum::<u32>()
        );
    }

    #[test]
    fn the_next_lesson_is_one_answer_for_every_page() {
        let done = |slugs: &[&str]| slugs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        let first = &LESSONS[0];
        let last = &LESSONS[LESSONS.len() - 1];
        // A new learner starts at the beginning.
        assert_eq!(
            next_lesson(&done(&[]), None).map(|(l, r)| (l.slug, r)),
            Some((first.slug, false))
        );
        // A lesson opened and not finished is resumed, wherever it is.
        assert_eq!(
            next_lesson(&done(&[]), Some(last.slug)).map(|(l, r)| (l.slug, r)),
            Some((last.slug, true))
        );
        // A finished lesson leads to the next incomplete one after it.
        let third = &LESSONS[2];
        assert_eq!(
            next_lesson(&done(&[first.slug, LESSONS[1].slug]), Some(LESSONS[1].slug))
                .map(|(l, r)| (l.slug, r)),
            Some((third.slug, false))
        );
        // After the last lesson, it wraps round to the first one still open.
        assert_eq!(
            next_lesson(&done(&[last.slug]), Some(last.slug)).map(|(l, r)| (l.slug, r)),
            Some((first.slug, false))
        );
        // An unknown last lesson is ignored; everything complete gives nothing.
        assert_eq!(
            next_lesson(&done(&[]), Some("gone")).map(|(l, _)| l.slug),
            Some(first.slug)
        );
        let all: Vec<&str> = LESSONS.iter().map(|l| l.slug).collect();
        assert!(next_lesson(&done(&all), Some(last.slug)).is_none());
    }

    #[test]
    fn minutes_read_naturally() {
        // The words are the catalogue's (`ui_shell`); the English edition's, checked here.
        if crate::domain::locale::LANG == crate::domain::locale::Lang::En {
            assert_eq!(format_minutes(45), "45 min");
            assert_eq!(format_minutes(120), "2 h");
            assert_eq!(format_minutes(155), "2 h 35 min");
        }
        assert_eq!(format_minutes(155), t::hours_minutes(2, 35));
    }
}

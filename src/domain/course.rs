//! Questions about the course's structure: order, neighbours, time, objectives.

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
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
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
    fn minutes_read_naturally() {
        assert_eq!(format_minutes(45), "45 min");
        assert_eq!(format_minutes(120), "2 h");
        assert_eq!(format_minutes(155), "2 h 35 min");
    }
}

//! Course content, compiled from the Markdown and TOML beside this file by `build.rs`.

pub mod platforms;
pub mod types;

#[cfg(test)]
mod compile;

pub use types::*;

include!(concat!(env!("OUT_DIR"), "/course.rs"));

/// The lesson with this slug.
pub fn lesson(slug: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.slug == slug)
}

pub fn part(id: PartId) -> &'static Part {
    // build.rs guarantees one entry per PartId, in order.
    &PARTS[id as usize]
}

pub fn lessons_in(id: PartId) -> impl Iterator<Item = &'static Lesson> {
    LESSONS.iter().filter(move |l| l.part == id)
}

/// The questions of a part's quiz (never the final assessment's own pool).
pub fn questions_in(id: PartId) -> impl Iterator<Item = &'static Question> {
    QUESTIONS
        .iter()
        .filter(move |q| q.part == id && !q.final_only)
}

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

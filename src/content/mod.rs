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

/// Glossary entries the tools link to where they use the term (`components::glossary_link`).
/// A term renamed in `glossary.toml` fails the unit test below, not a link at run time.
pub mod term {
    pub const KPI: &str = "kpi";
    pub const CTR: &str = "ctr";
    pub const CPM: &str = "cpm";
    pub const ROI: &str = "roi";
    pub const ENGAGEMENT_RATE: &str = "engagement-rate";
    pub const CONVERSION_RATE: &str = "conversion-rate";
    pub const REACH: &str = "reach";
    pub const IMPRESSIONS: &str = "impressions";
    pub const ALL: [&str; 8] = [
        KPI,
        CTR,
        CPM,
        ROI,
        ENGAGEMENT_RATE,
        CONVERSION_RATE,
        REACH,
        IMPRESSIONS,
    ];
}

/// The glossary entry with this id.
pub fn glossary_entry(id: &str) -> Option<&'static GlossaryEntry> {
    GLOSSARY.iter().find(|g| g.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_a_tool_links_to_is_in_the_glossary() {
        for id in term::ALL {
            assert!(glossary_entry(id).is_some(), "no glossary entry {id}");
        }
    }
}

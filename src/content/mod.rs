//! Course content, compiled from the Markdown and TOML beside this file by `build.rs`.

mod labels;
pub mod platforms;
pub mod types;

#[cfg(test)]
mod catalogue;
#[cfg(test)]
mod compile;
#[cfg(test)]
mod french;

/// Course text a learner reads in the tools, compiled from `text/*.toml` by `build.rs`: one module
/// per file, a constant per plain entry and a function per entry with arguments (`AUTHORING.md`).
pub mod text {
    include!(concat!(env!("OUT_DIR"), "/text.rs"));
}

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
///
/// This and `question` name `QUESTIONS`, the questions' text: in a split build only code in the
/// quiz chunk may call them (`components/lazy_quiz.rs`); anything else that did would pull the
/// text back into the main wasm (`e2e/split.spec.mjs` checks it is not there). The app's own
/// logic uses `question_shape` and `has_part_quiz`.
pub fn questions_in(id: PartId) -> impl Iterator<Item = &'static Question> {
    QUESTIONS
        .iter()
        .filter(move |q| q.part == id && !q.final_only)
}

pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// The shape of the question with this id: its part, kind and number of options.
pub fn question_shape(id: &str) -> Option<&'static QuestionShape> {
    QUESTION_SHAPES.iter().find(|q| q.id == id)
}

/// Whether the part has a quiz of its own: questions in its bank that are not only for the final.
pub fn has_part_quiz(id: PartId) -> bool {
    QUESTION_SHAPES
        .iter()
        .any(|q| q.part == id && !q.final_only)
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

    /// Every `.rs` file under `dir`, with its text.
    fn rust_sources(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_sources(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }

    fn names_whole(text: &str, needle: &str) -> bool {
        text.match_indices(needle).any(|(i, _)| {
            !text[i + needle.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        })
    }

    /// An entry no code names is text nobody reads: it fails here with its file and line. The code
    /// names an entry through its module (`text::smart::EMPTY_GOAL`, `t::names_found(…)`).
    #[test]
    fn every_text_entry_is_used_by_the_code() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sources = Vec::new();
        rust_sources(&root.join("src"), &mut sources);
        let dir = root.join("src/content/text");
        let mut unused = Vec::new();
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
        files.sort_by_key(|f| f.path());
        for f in files {
            let path = f.path();
            let file = compile::SourceFile {
                path: path.strip_prefix(root).unwrap().display().to_string(),
                text: std::fs::read_to_string(&path).unwrap(),
            };
            let module = catalogue::compile_text(&file).expect("build.rs compiled it");
            for e in &module.entries {
                let needle = format!("::{}", e.ident());
                if !sources.iter().any(|(_, text)| names_whole(text, &needle)) {
                    unused.push(format!(
                        "{}:{}: `{}` is not used",
                        file.path, e.line, e.name
                    ));
                }
            }
        }
        assert!(unused.is_empty(), "{}", unused.join("\n"));
    }

    #[test]
    fn each_question_shape_is_its_question() {
        assert_eq!(QUESTION_SHAPES.len(), QUESTIONS.len());
        for (shape, q) in QUESTION_SHAPES.iter().zip(QUESTIONS) {
            assert_eq!(shape.id, q.id);
            assert_eq!(shape.part, q.part);
            assert_eq!(shape.final_only, q.final_only);
            assert_eq!(shape.kind, q.kind);
            assert_eq!(shape.options, q.options.len());
        }
        for part in PartId::ALL {
            assert_eq!(has_part_quiz(part), questions_in(part).next().is_some());
        }
    }

    #[test]
    fn every_term_a_tool_links_to_is_in_the_glossary() {
        for id in term::ALL {
            assert!(glossary_entry(id).is_some(), "no glossary entry {id}");
        }
    }
}

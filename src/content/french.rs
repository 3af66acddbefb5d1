//! The French edition's files beside their English twins (issue 15). `src/content/fr/` holds
//! the French course — lessons under `fr/lessons/<part>/` with the English file's name,
//! `fr/course.toml`, `fr/glossary.toml`, `fr/quizzes/`, `fr/text/` — with `fr/GLOSSARY.md`, the
//! terms every translation uses. The French build (`--features fr`) compiles them by the same
//! rules as the English; this test also holds each to its twin: a French lesson keeps its English
//! twin's slug, objectives, tools and headings count, a quiz its ids, lessons, kinds and correct
//! options, a text file its keys and their arguments, the glossary its ids. (An English file
//! stands in for a French one that does not exist, so this test reports what differs; the build
//! reports what is missing.) `cargo run --example check_french` runs the same check without
//! building the app.

use std::fs;
use std::path::Path;

use super::catalogue::compile_text;
use super::compile::{compile, files_in, slugify, CourseSource, SourceFile};
use super::types::PartId;

fn read(path: &Path) -> SourceFile {
    SourceFile {
        path: path.display().to_string(),
        text: fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    }
}

/// The French file if there is one, else the English.
fn french_or_english(en: &Path, fr: &Path) -> SourceFile {
    read(if fr.exists() { fr } else { en })
}

/// The lines of a quiz that a translation keeps: ids, lessons, kinds, objectives, facts and
/// which options are correct.
fn quiz_outline(text: &str) -> Vec<String> {
    const KEPT: [&str; 8] = [
        "id",
        "lesson",
        "kind",
        "objective",
        "fact",
        "correct",
        "scenario",
        "final_only",
    ];
    text.lines()
        .map(str::trim)
        .filter(|l| {
            l.starts_with("[[")
                || KEPT.iter().any(|k| {
                    l.strip_prefix(k)
                        .is_some_and(|r| r.trim_start().starts_with('='))
                })
        })
        .map(str::to_string)
        .collect()
}

/// `key: value` lines of a lesson's front matter, and what its body names.
fn outline(text: &str) -> (Vec<String>, Vec<String>, usize) {
    let front: Vec<String> = text
        .lines()
        .skip(1)
        .take_while(|l| *l != "---")
        .filter(|l| l.starts_with("slug:") || l.starts_with("objectives:"))
        .map(str::to_string)
        .collect();
    let tools: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with(":::widget") || l.starts_with(":::quiz"))
        .map(str::to_string)
        .collect();
    let headings = text.lines().filter(|l| l.starts_with("## ")).count();
    (front, tools, headings)
}

/// Compiles the course with the French files in `content/fr` where there are, the English ones
/// elsewhere: how many French lessons there are, and every problem, as `file:line: message`.
pub fn check(content: &Path) -> (usize, Vec<String>) {
    let fr = content.join("fr");
    let mut source = CourseSource {
        french: true,
        course_toml: Some(french_or_english(
            &content.join("course.toml"),
            &fr.join("course.toml"),
        )),
        glossary: Some(french_or_english(
            &content.join("glossary.toml"),
            &fr.join("glossary.toml"),
        )),
        ..Default::default()
    };
    let mut problems = Vec::new();
    let mut french = 0;
    for part in PartId::ALL {
        let en_dir = content.join("lessons").join(part.slug());
        let fr_dir = fr.join("lessons").join(part.slug());
        let english = files_in(&en_dir, "md");
        for orphan in files_in(&fr_dir, "md") {
            if !english.iter().any(|e| e.file_name() == orphan.file_name()) {
                problems.push(format!(
                    "{}: no English lesson of this name",
                    orphan.display()
                ));
            }
        }
        for en in &english {
            let Some(name) = en.file_name() else { continue };
            let fr_file = fr_dir.join(name);
            let file = french_or_english(en, &fr_file);
            if fr_file.exists() {
                french += 1;
                let twin = read(en);
                if outline(&file.text) != outline(&twin.text) {
                    problems.push(format!(
                        "{}: slug, objectives, tools or number of ## headings differ from {}",
                        fr_file.display(),
                        en.display()
                    ));
                }
            }
            source.lessons.push((part, file));
        }
        let quiz = format!("{}.toml", part.slug());
        let en_quiz = content.join("quizzes").join(&quiz);
        if en_quiz.exists() {
            source.quizzes.push((
                part,
                french_or_english(&en_quiz, &fr.join("quizzes").join(&quiz)),
            ));
        }
    }
    source.final_quiz = Some(french_or_english(
        &content.join("quizzes").join("final.toml"),
        &fr.join("quizzes").join("final.toml"),
    ));
    // A French quiz keeps its English twin's questions: the same ids, lessons, kinds and number
    // of options, with the correct ones in the same places (progress and review name them).
    for quiz in files_in(&fr.join("quizzes"), "toml") {
        let Some(name) = quiz.file_name() else {
            continue;
        };
        let en = content.join("quizzes").join(name);
        if !en.exists() {
            problems.push(format!("{}: no English quiz of this name", quiz.display()));
        } else if quiz_outline(&read(&quiz).text) != quiz_outline(&read(&en).text) {
            problems.push(format!(
                "{}: question ids, lessons, kinds, objectives or correct options differ from {}",
                quiz.display(),
                en.display()
            ));
        }
    }
    // The tools' text: each French file has its English twin's entries, with the same
    // arguments, and passes the same checks (content/catalogue.rs).
    for text in files_in(&fr.join("text"), "toml") {
        let Some(name) = text.file_name() else {
            continue;
        };
        let en = content.join("text").join(name);
        if !en.exists() {
            problems.push(format!(
                "{}: no English text file of this name",
                text.display()
            ));
            continue;
        }
        match (compile_text(&read(&text)), compile_text(&read(&en))) {
            (Ok(french), Ok(english)) => {
                let keys = |m: &super::catalogue::TextModule| {
                    let mut keys: Vec<(String, Vec<String>)> = m
                        .entries
                        .iter()
                        .map(|e| (e.name.clone(), e.args.clone()))
                        .collect();
                    keys.sort();
                    keys
                };
                if keys(&french) != keys(&english) {
                    problems.push(format!(
                        "{}: its entries or their arguments differ from {}",
                        text.display(),
                        en.display()
                    ));
                }
            }
            (Err(errors), _) => problems.extend(errors.iter().map(ToString::to_string)),
            (_, Err(_)) => {}
        }
    }
    // The French glossary keeps the English ids: lessons and tools link to them.
    let fr_glossary = fr.join("glossary.toml");
    if fr_glossary.exists() {
        let quoted = |text: &str, key: &str| -> Vec<String> {
            let prefix = format!("{key} = \"");
            let mut found: Vec<String> = text
                .lines()
                .filter_map(|l| {
                    l.strip_prefix(&prefix)?
                        .strip_suffix('"')
                        .map(str::to_string)
                })
                .collect();
            found.sort();
            found
        };
        let english: Vec<String> = {
            let mut ids: Vec<String> = quoted(&read(&content.join("glossary.toml")).text, "term")
                .iter()
                .map(|t| slugify(t))
                .collect();
            ids.sort();
            ids
        };
        let french = quoted(&read(&fr_glossary).text, "id");
        if english != french {
            problems.push(format!(
                "{}: the ids must be the English glossary's ({english:?}), found {french:?}",
                fr_glossary.display()
            ));
        }
    }
    if let Err(errors) = compile(&source) {
        problems.extend(errors.iter().map(ToString::to_string));
    }
    (french, problems)
}

#[test]
fn the_french_lessons_compile_by_the_english_rules() {
    let (french, problems) = check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content"));
    assert!(
        problems.is_empty(),
        "{french} French lesson(s); problems:\n{}",
        problems.join("\n")
    );
}

//! Compiles the course in `src/content/` into Rust data (`$OUT_DIR/course.rs`).
//! A content mistake stops the build with `file:line: message`.

use std::path::{Path, PathBuf};
use std::{env, fs};

#[path = "src/content/types.rs"]
#[allow(dead_code)]
mod types;

#[path = "src/content/compile.rs"]
mod compile;

#[path = "src/content/catalogue.rs"]
mod catalogue;

#[path = "src/contracts.rs"]
mod contracts;

use compile::{CourseSource, SourceFile};
use types::PartId;

fn read(path: &Path) -> SourceFile {
    println!("cargo:rerun-if-changed={}", path.display());
    SourceFile {
        path: path.display().to_string(),
        text: fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display())),
    }
}

/// Writes `src/contracts.json` from `src/contracts.rs` for the scripts and tests, only when it
/// changed (so an unchanged file keeps its time stamp).
fn write_contracts() {
    use contracts::*;
    println!("cargo:rerun-if-changed=src/contracts.rs");
    let strings = [
        ("storageKey", STORAGE_KEY),
        ("backupKey", BACKUP_KEY),
        ("replacedKey", REPLACED_KEY),
        ("probeKey", PROBE_KEY),
        ("cachePrefix", CACHE_PREFIX),
        ("appAttribute", APP_ATTRIBUTE),
        ("appReady", APP_READY),
        ("prerenderedAttribute", PRERENDERED_ATTRIBUTE),
        ("liveOnlyAttribute", LIVE_ONLY_ATTRIBUTE),
        ("toolAttribute", TOOL_ATTRIBUTE),
        ("quizAttribute", QUIZ_ATTRIBUTE),
        ("loadingAttribute", LOADING_ATTRIBUTE),
        ("courseTextAttribute", COURSE_TEXT_ATTRIBUTE),
        ("routeAttribute", ROUTE_ATTRIBUTE),
        ("notFoundRoute", NOT_FOUND_ROUTE),
        ("newTabNote", NEW_TAB_NOTE),
        ("newTabNoteFr", NEW_TAB_NOTE_FR),
        ("frenchFolder", FRENCH_FOLDER),
    ];
    let mut json = String::from("{\n");
    json.push_str(&format!("  \"storageVersion\": {STORAGE_VERSION}"));
    for (key, value) in strings {
        // The values are plain ASCII without quotes or backslashes: no escaping needed.
        assert!(
            value.chars().all(|c| c.is_ascii() && c != '"' && c != '\\'),
            "contracts.rs: {key} needs JSON escaping"
        );
        json.push_str(&format!(",\n  \"{key}\": \"{value}\""));
    }
    json.push_str("\n}\n");
    let path = Path::new("src/contracts.json");
    if fs::read_to_string(path).ok().as_deref() != Some(json.as_str()) {
        fs::write(path, json).expect("cannot write src/contracts.json");
    }
}

/// Writes a generated file as a new file, never into the old one: a target folder copied with
/// hard links (`cp -al`, how a second working copy is seeded) shares the old file with the copy,
/// and writing into it would change the copy's generated course behind cargo's back.
fn write_generated(path: &Path, contents: String) {
    let _ = fs::remove_file(path);
    fs::write(path, contents).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// `compile::files_in`, telling cargo to run this again when the folder changes.
fn files_in(dir: &Path, extension: &str) -> Vec<PathBuf> {
    println!("cargo:rerun-if-changed={}", dir.display());
    compile::files_in(dir, extension)
}

/// Where the build reads the course. The English course is `src/content/`; the French edition
/// (`--features fr`) reads each file's twin in `src/content/fr/`, and the English tree says which
/// files there are, so a file missing in French stops the build (`file:line: message`) instead
/// of leaving a lesson or a text out.
struct Edition {
    english: PathBuf,
    root: PathBuf,
    missing: Vec<String>,
}

impl Edition {
    /// The edition's copy of the English file at `english_path` (a path under `src/content/`).
    fn twin(&mut self, english_path: &Path) -> Option<SourceFile> {
        let relative = english_path
            .strip_prefix(&self.english)
            .expect("an English content path");
        let path = self.root.join(relative);
        if path.exists() {
            Some(read(&path))
        } else {
            println!(
                "cargo:rerun-if-changed={}",
                path.parent().unwrap_or(&path).display()
            );
            self.missing.push(format!(
                "{}:1: missing: the translation of {}",
                path.display(),
                english_path.display()
            ));
            None
        }
    }
}

/// Compiles every `text/*.toml` into `$OUT_DIR/text.rs` (`content::text`), or stops the build
/// with `file:line: message` for each mistake.
fn write_text_catalogue(edition: &mut Edition) {
    let mut modules = Vec::new();
    let mut errors = Vec::new();
    for english in files_in(&edition.english.join("text"), "toml") {
        let Some(file) = edition.twin(&english) else {
            continue;
        };
        match catalogue::compile_text(&file) {
            Ok(m) => modules.push(m),
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        eprintln!("\nThe course text has {} error(s):", errors.len());
        for e in &errors {
            println!("cargo:warning={e}");
            eprintln!("  {e}");
        }
        std::process::exit(1);
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    write_generated(&out.join("text.rs"), catalogue::text_to_rust(&modules));
}

fn main() {
    write_contracts();
    let english = PathBuf::from("src/content");
    println!("cargo:rerun-if-changed=src/content");
    let mut edition = Edition {
        root: if env::var_os("CARGO_FEATURE_FR").is_some() {
            english.join("fr")
        } else {
            english.clone()
        },
        english,
        missing: Vec::new(),
    };
    let mut source = CourseSource {
        french: edition.root != edition.english,
        course_toml: edition.twin(&edition.english.join("course.toml")),
        ..Default::default()
    };
    for part in PartId::ALL {
        let dir = edition.english.join("lessons").join(part.slug());
        for english in files_in(&dir, "md") {
            if let Some(file) = edition.twin(&english) {
                source.lessons.push((part, file));
            }
        }
        let quiz = edition
            .english
            .join("quizzes")
            .join(format!("{}.toml", part.slug()));
        if quiz.exists() {
            source
                .quizzes
                .extend(edition.twin(&quiz).map(|f| (part, f)));
        }
    }
    let final_quiz = edition.english.join("quizzes").join("final.toml");
    if final_quiz.exists() {
        source.final_quiz = edition.twin(&final_quiz);
    }
    println!("cargo:rerun-if-changed=src/content/quizzes");
    source.glossary = edition.twin(&edition.english.join("glossary.toml"));

    write_text_catalogue(&mut edition);
    if !edition.missing.is_empty() {
        eprintln!("\nThe edition misses {} file(s):", edition.missing.len());
        for e in &edition.missing {
            println!("cargo:warning={e}");
            eprintln!("  {e}");
        }
        std::process::exit(1);
    }

    match compile::compile(&source) {
        Ok(course) => {
            let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
            write_generated(&out.join("course.rs"), compile::to_rust(&course));
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning={e}");
            }
            eprintln!("\nThe course content has {} error(s):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
            }
            std::process::exit(1);
        }
    }
}

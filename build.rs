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
        ("loadingAttribute", LOADING_ATTRIBUTE),
        ("courseTextAttribute", COURSE_TEXT_ATTRIBUTE),
        ("routeAttribute", ROUTE_ATTRIBUTE),
        ("notFoundRoute", NOT_FOUND_ROUTE),
        ("newTabNote", NEW_TAB_NOTE),
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

/// Compiles every `text/*.toml` into `$OUT_DIR/text.rs` (`content::text`), or stops the build
/// with `file:line: message` for each mistake.
fn write_text_catalogue(dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut modules = Vec::new();
    let mut errors = Vec::new();
    for f in &files {
        match catalogue::compile_text(&read(f)) {
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
    fs::write(out.join("text.rs"), catalogue::text_to_rust(&modules)).expect("write text.rs");
}

fn main() {
    write_contracts();
    let content = PathBuf::from("src/content");
    println!("cargo:rerun-if-changed=src/content");
    let mut source = CourseSource {
        course_toml: Some(read(&content.join("course.toml"))),
        ..Default::default()
    };
    for part in PartId::ALL {
        let dir = content.join("lessons").join(part.slug());
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "md"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        source.lessons.extend(files.iter().map(|f| (part, read(f))));
        let quiz = content
            .join("quizzes")
            .join(format!("{}.toml", part.slug()));
        if quiz.exists() {
            source.quizzes.push((part, read(&quiz)));
        }
    }
    let final_quiz = content.join("quizzes").join("final.toml");
    if final_quiz.exists() {
        source.final_quiz = Some(read(&final_quiz));
    }
    println!("cargo:rerun-if-changed=src/content/quizzes");
    source.glossary = Some(read(&content.join("glossary.toml")));

    write_text_catalogue(&content.join("text"));

    match compile::compile(&source) {
        Ok(course) => {
            let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
            fs::write(out.join("course.rs"), compile::to_rust(&course)).expect("write course.rs");
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

//! Compiles the course text in `src/content/text/*.toml` into a typed Rust catalogue
//! (`$OUT_DIR/text.rs`, the module `content::text`).
//!
//! Each file is one module (`smart.toml` → `text::smart`); each entry is either a constant
//! (`empty_goal = "…"` → `EMPTY_GOAL: &str`) or, when its key declares named arguments, a function
//! (`"names_found(found)" = "Names {found}."` → `fn names_found(found: impl Display) -> String`).
//! The arguments are declared in the key, not read from the text, so a text may put its
//! placeholders in any order (a translation will need to) without changing the function the code
//! calls. A placeholder the key does not declare, a declared argument the text never names, an
//! empty text or a stray brace is an error with the file and line, never a wrong text at run time;
//! a key the code names but no file holds does not compile.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::compile::{CompileError, SourceFile};

/// One compiled text file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextModule {
    /// The Rust module: the file's name without `.toml`.
    pub name: String,
    pub path: String,
    pub entries: Vec<TextEntry>,
}

/// One entry: a constant when `args` is empty, a function otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEntry {
    pub name: String,
    pub args: Vec<String>,
    /// As written: `{name}` is a placeholder, `{{` and `}}` are braces.
    pub text: String,
    pub line: usize,
}

impl TextEntry {
    /// The name the code uses: `EMPTY_GOAL` for a constant, `names_found` for a function.
    pub fn ident(&self) -> String {
        if self.args.is_empty() {
            self.name.to_uppercase()
        } else {
            self.name.clone()
        }
    }
}

/// Words Rust reserves: not usable as a function or argument name.
const RUST_KEYWORDS: [&str; 51] = [
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "typeof", "unsized", "virtual", "yield", "try", "gen",
];

fn is_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.ends_with('_')
        && !s.contains("__")
}

fn error(file: &SourceFile, line: usize, message: String) -> CompileError {
    CompileError {
        path: file.path.clone(),
        line,
        message,
    }
}

/// The line on which `key` is written (bare or quoted) at the start of a line.
fn key_line(text: &str, key: &str) -> usize {
    let quoted = format!("\"{key}\"");
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            let rest = l
                .strip_prefix(quoted.as_str())
                .or_else(|| l.strip_prefix(key));
            let is_table = l.strip_prefix('[').and_then(|r| r.strip_prefix(key));
            rest.is_some_and(|r| r.trim_start().starts_with('='))
                || is_table.is_some_and(|r| r.starts_with(']'))
        })
        .map_or(1, |i| i + 1)
}

/// `name` or `name(a, b)`: the entry's name and its arguments.
fn parse_key(key: &str) -> Result<(String, Vec<String>), String> {
    let (name, args) = match key.split_once('(') {
        None => (key.trim(), Vec::new()),
        Some((name, rest)) => {
            let Some(inner) = rest.strip_suffix(')') else {
                return Err(format!("key `{key}`: the argument list must end with `)`"));
            };
            let args: Vec<String> = inner.split(',').map(|a| a.trim().to_string()).collect();
            if args.iter().any(String::is_empty) {
                return Err(format!(
                    "key `{key}`: an argument list names one or more arguments, `name(a, b)`"
                ));
            }
            (name.trim(), args)
        }
    };
    if !is_name(name) {
        return Err(format!(
            "key `{key}`: a name is lowercase letters, digits and single underscores, \
             starting with a letter"
        ));
    }
    if !args.is_empty() && RUST_KEYWORDS.contains(&name) {
        return Err(format!("key `{key}`: `{name}` is a Rust keyword"));
    }
    let mut seen = BTreeSet::new();
    for a in &args {
        if !is_name(a) || RUST_KEYWORDS.contains(&a.as_str()) {
            return Err(format!(
                "key `{key}`: argument `{a}` is not a name (lowercase letters, digits, \
                 underscores; not a Rust keyword)"
            ));
        }
        if !seen.insert(a.as_str()) {
            return Err(format!("key `{key}`: argument `{a}` is declared twice"));
        }
    }
    Ok((name.to_string(), args))
}

/// The placeholders a text names, in order, or what is wrong with its braces.
fn placeholders(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => {
                            return Err(format!(
                                "`{{{name}` is not closed (write `{{{{` for a brace)"
                            ))
                        }
                    }
                }
                if !is_name(&name) {
                    return Err(format!(
                        "placeholder `{{{name}}}` is not a name (lowercase letters, digits, \
                         underscores)"
                    ));
                }
                out.push(name);
            }
            '}' => return Err("a `}` closes no placeholder (write `}}` for a brace)".into()),
            _ => {}
        }
    }
    Ok(out)
}

/// `{{` and `}}` as the single braces a learner reads.
fn unescape(text: &str) -> String {
    text.replace("{{", "{").replace("}}", "}")
}

/// Compiles one text file; the module is named after the file.
pub fn compile_text(file: &SourceFile) -> Result<TextModule, Vec<CompileError>> {
    let stem = file
        .path
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(&file.path)
        .trim_end_matches(".toml");
    let mut errors = Vec::new();
    if !is_name(stem) || RUST_KEYWORDS.contains(&stem) {
        errors.push(error(
            file,
            1,
            format!("`{stem}` cannot name a module: use lowercase letters, digits, underscores"),
        ));
    }
    let table: toml::Table = match toml::from_str(&file.text) {
        Ok(t) => t,
        Err(e) => {
            let line = e
                .span()
                .map(|s| {
                    file.text[..s.start.min(file.text.len())]
                        .matches('\n')
                        .count()
                        + 1
                })
                .unwrap_or(1);
            return Err(vec![error(file, line, e.message().to_string())]);
        }
    };
    let mut entries = Vec::new();
    let mut names = BTreeSet::new();
    for (key, value) in &table {
        let line = key_line(&file.text, key);
        let toml::Value::String(text) = value else {
            errors.push(error(
                file,
                line,
                format!("`{key}` must be a text in quotes (no tables, numbers or lists)"),
            ));
            continue;
        };
        let (name, args) = match parse_key(key) {
            Ok(parsed) => parsed,
            Err(message) => {
                errors.push(error(file, line, message));
                continue;
            }
        };
        if !names.insert(name.clone()) {
            errors.push(error(file, line, format!("`{name}` is defined twice")));
            continue;
        }
        if text.trim().is_empty() {
            errors.push(error(file, line, format!("`{key}` is empty")));
            continue;
        }
        match placeholders(text) {
            Err(message) => errors.push(error(file, line, format!("`{key}`: {message}"))),
            Ok(used) => {
                for p in &used {
                    if !args.contains(p) {
                        errors.push(error(
                            file,
                            line,
                            format!(
                                "`{key}`: the text names `{{{p}}}`, which the key does not \
                                 declare (write `{name}({})`)",
                                args.iter()
                                    .chain(std::iter::once(p))
                                    .cloned()
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        ));
                    }
                }
                for a in &args {
                    if !used.contains(a) {
                        errors.push(error(
                            file,
                            line,
                            format!("`{key}`: argument `{a}` is declared but the text never names `{{{a}}}`"),
                        ));
                    }
                }
            }
        }
        entries.push(TextEntry {
            name,
            args,
            text: text.clone(),
            line,
        });
    }
    entries.sort_by_key(|e| e.line);
    if errors.is_empty() {
        Ok(TextModule {
            name: stem.to_string(),
            path: file.path.clone(),
            entries,
        })
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// The Rust source of `content::text`: one module per file.
pub fn text_to_rust(modules: &[TextModule]) -> String {
    let mut s = String::from("// Generated by build.rs from src/content/text. Do not edit.\n");
    for m in modules {
        let file = m.path.rsplit(['/', '\\']).next().unwrap_or(&m.path);
        let _ = writeln!(s, "/// Course text from `{file}`.\npub mod {} {{", m.name);
        for e in &m.entries {
            let _ = writeln!(s, "    /// `{file}:{}`", e.line);
            if e.args.is_empty() {
                let _ = writeln!(
                    s,
                    "    pub const {}: &str = {:?};",
                    e.ident(),
                    unescape(&e.text)
                );
            } else {
                let params: Vec<String> = e
                    .args
                    .iter()
                    .map(|a| format!("{a}: impl ::core::fmt::Display"))
                    .collect();
                // The text's own `{name}`, `{{` and `}}` are Rust's format syntax, and every
                // placeholder is a declared argument: format! captures them by name.
                let _ = writeln!(
                    s,
                    "    pub fn {}({}) -> String {{\n        format!({:?})\n    }}",
                    e.name,
                    params.join(", "),
                    e.text
                );
            }
        }
        s.push_str("}\n");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: "text/smart.toml".into(),
            text: text.into(),
        }
    }

    fn errors(text: &str) -> Vec<String> {
        compile_text(&file(text))
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn constants_and_functions_compile_in_file_order() {
        let m = compile_text(&file(
            "# A comment\nempty_goal = \"Write your goal first.\"\n\
             \"names_found(found)\" = \"Names {found}.\"\n\
             \"from_to(to, from)\" = \"\"\"\nfrom {from} to {to} {{not a placeholder}}\"\"\"\n",
        ))
        .expect("compiles");
        assert_eq!(m.name, "smart");
        let lines: Vec<usize> = m.entries.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3, 4]);
        assert_eq!(m.entries[1].ident(), "names_found");
        assert_eq!(m.entries[0].ident(), "EMPTY_GOAL");
        let rust = text_to_rust(&[m]);
        assert!(rust.contains("pub mod smart {"), "{rust}");
        assert!(rust.contains("/// `smart.toml:2`"), "{rust}");
        assert!(rust.contains("pub const EMPTY_GOAL: &str = \"Write your goal first.\";"));
        assert!(rust.contains(
            "pub fn names_found(found: impl ::core::fmt::Display) -> String {\n        format!(\"Names {found}.\")"
        ));
        // Arguments keep the key's order, whatever order the text names them in.
        assert!(rust.contains(
            "pub fn from_to(to: impl ::core::fmt::Display, from: impl ::core::fmt::Display)"
        ));
        assert!(rust.contains("{{not a placeholder}}"));
    }

    #[test]
    fn a_constant_reads_escaped_braces_as_braces() {
        let m = compile_text(&file("brace = \"a {{ b }}\"\n")).unwrap();
        assert!(text_to_rust(&[m]).contains("pub const BRACE: &str = \"a { b }\";"));
    }

    #[test]
    fn a_placeholder_the_key_does_not_declare_fails_with_file_and_line() {
        assert_eq!(
            errors("ok = \"fine\"\n\"posts(count)\" = \"{count} posts a {period}\"\n"),
            vec![
                "text/smart.toml:2: `posts(count)`: the text names `{period}`, which the key does \
                 not declare (write `posts(count, period)`)"
            ]
        );
        assert_eq!(
            errors("\n\nposts = \"{count} posts\"\n"),
            vec![
                "text/smart.toml:3: `posts`: the text names `{count}`, which the key does not \
                 declare (write `posts(count)`)"
            ]
        );
    }

    #[test]
    fn a_declared_argument_the_text_never_names_fails() {
        assert_eq!(
            errors("\"posts(count, period)\" = \"{count} posts\"\n"),
            vec![
                "text/smart.toml:1: `posts(count, period)`: argument `period` is declared but \
                 the text never names `{period}`"
            ]
        );
    }

    #[test]
    fn stray_braces_bad_names_and_empty_texts_fail() {
        let e = errors(
            "a = \"open { brace\"\nb = \"close } brace\"\nc = \"{Not a name}\"\n\
             d = \"  \"\n\"Bad-key\" = \"x\"\n\"f(type)\" = \"{type}\"\n\"g(x\" = \"{x}\"\n\
             \"h(x, x)\" = \"{x}\"\n",
        );
        assert_eq!(e.len(), 8, "{e:#?}");
        assert!(e[0].starts_with("text/smart.toml:1: `a`: `{ brace` is not closed"));
        assert!(e[1].starts_with("text/smart.toml:2: `b`: a `}` closes no placeholder"));
        assert!(e[2].starts_with("text/smart.toml:3: `c`: placeholder `{Not a name}`"));
        assert_eq!(e[3], "text/smart.toml:4: `d` is empty");
        assert!(e[4].starts_with("text/smart.toml:5: key `Bad-key`"));
        assert!(e[5].starts_with("text/smart.toml:6: key `f(type)`: argument `type`"));
        assert!(e[6].starts_with("text/smart.toml:7: key `g(x`"));
        assert!(e[7].ends_with("argument `x` is declared twice"));
    }

    #[test]
    fn a_name_defined_twice_fails() {
        assert_eq!(
            errors("posts = \"Posts\"\n\"posts(n)\" = \"{n} posts\"\n"),
            vec!["text/smart.toml:2: `posts` is defined twice"]
        );
    }

    #[test]
    fn toml_mistakes_fail_with_their_line() {
        let e = errors("a = \"fine\"\nb = \"not closed\n");
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("text/smart.toml:2:"), "{e:?}");
        assert_eq!(
            errors("a = \"fine\"\n[group]\nb = \"x\"\n"),
            vec![
                "text/smart.toml:2: `group` must be a text in quotes (no tables, numbers or lists)"
            ]
        );
        assert_eq!(
            errors("\n\nn = 3\n"),
            vec!["text/smart.toml:3: `n` must be a text in quotes (no tables, numbers or lists)"]
        );
    }

    #[test]
    fn a_file_name_must_name_a_module() {
        let e = compile_text(&SourceFile {
            path: "text/kpi-hints.toml".into(),
            text: "a = \"x\"\n".into(),
        })
        .unwrap_err();
        assert_eq!(e[0].line, 1);
        assert!(e[0].message.contains("`kpi-hints` cannot name a module"));
    }
}

//! Turns the course sources (Markdown lessons, TOML quizzes, `course.toml`) into checked data and
//! Rust source. Runs in `build.rs`, so a broken lesson is a compile error naming file and line;
//! the same code is unit-tested natively. Needs `super::types`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use super::types::{PartId, QuestionKind, Widget};

pub const MIN_WORDS: u32 = 600;
pub const MAX_WORDS: u32 = 1500;
/// Average adult silent reading speed for non-fiction, words per minute.
pub const WORDS_PER_MINUTE: u32 = 200;
/// Time added to a lesson's reading time for each embedded tool or quiz.
pub const MINUTES_PER_ACTIVITY: u32 = 3;
/// Highest share (percent) of a bank's single-answer questions whose correct option may be the
/// strictly longest one. With four options chance is 25%; above this, length gives it away.
pub const MAX_LONGEST_CORRECT_PERCENT: usize = 35;
/// Highest share (percent) of a bank's single-answer questions in which the correct option has the
/// same length rank (second longest, third longest, …): more, and "pick the second longest" wins.
pub const MAX_SAME_RANK_PERCENT: usize = 50;

/// The files in `dir` whose name ends in `.{extension}`, sorted; none if `dir` is missing. How
/// `build.rs` and the French check list the course's folders.
pub fn files_in(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == extension))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// A file handed to the compiler: its path (for messages) and text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

#[derive(Default, Debug)]
pub struct CourseSource {
    pub course_toml: Option<SourceFile>,
    /// Lesson files with the part their folder names; in course order within each part.
    pub lessons: Vec<(PartId, SourceFile)>,
    pub quizzes: Vec<(PartId, SourceFile)>,
    /// The final assessment's own pool (`quizzes/final.toml`): questions no part quiz shows.
    pub final_quiz: Option<SourceFile>,
    /// The glossary (`glossary.toml`): terms lessons link to with `[KPI](glossary:kpi)`.
    pub glossary: Option<SourceFile>,
    /// The French edition. French says the same in about a fifth more words, so a French lesson
    /// may run a fifth longer and is read a fifth faster in words per minute: the same lesson
    /// gets the same length limit and the same reading time in both languages.
    pub french: bool,
}

impl CourseSource {
    /// The most words a lesson may have in this edition.
    pub fn max_words(&self) -> u32 {
        if self.french {
            MAX_WORDS + MAX_WORDS / 5
        } else {
            MAX_WORDS
        }
    }

    /// The reading pace the lesson times assume in this edition.
    pub fn words_per_minute(&self) -> u32 {
        if self.french {
            WORDS_PER_MINUTE + WORDS_PER_MINUTE / 5
        } else {
            WORDS_PER_MINUTE
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

#[derive(Debug, Clone)]
pub struct PartOut {
    pub id: PartId,
    pub title: String,
    pub short_title: String,
    pub summary: String,
}

#[derive(Debug, Clone)]
pub enum BlockOut {
    Html(String),
    Widget(Widget),
    Quiz(PartId),
}

#[derive(Debug, Clone)]
pub struct HeadingOut {
    pub id: String,
    pub text: String,
    pub level: u8,
}

#[derive(Debug, Clone)]
pub struct LessonOut {
    pub slug: String,
    pub title: String,
    pub part: PartId,
    pub objectives: Vec<u8>,
    pub summary: String,
    pub words: u32,
    pub minutes: u32,
    pub headings: Vec<HeadingOut>,
    pub blocks: Vec<BlockOut>,
}

#[derive(Debug, Clone)]
pub struct OptionOut {
    pub text: String,
    pub correct: bool,
    pub explanation: String,
}

#[derive(Debug, Clone)]
pub struct QuestionOut {
    pub id: String,
    pub part: PartId,
    pub objective: u8,
    pub fact: String,
    pub final_only: bool,
    pub kind: QuestionKind,
    pub scenario: bool,
    pub lesson: String,
    pub prompt: String,
    pub options: Vec<OptionOut>,
}

#[derive(Debug, Default)]
pub struct Compiled {
    pub parts: Vec<PartOut>,
    pub objectives: Vec<String>,
    pub lessons: Vec<LessonOut>,
    pub questions: Vec<QuestionOut>,
    pub glossary: Vec<GlossaryOut>,
}

#[derive(Debug, Clone)]
pub struct GlossaryOut {
    pub id: String,
    pub term: String,
    pub expansion: String,
    pub definition: String,
    pub lesson: String,
    pub anchor: String,
}

// ---------------------------------------------------------------------------------------------
// course.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseToml {
    objectives: Vec<String>,
    parts: Vec<PartToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartToml {
    slug: String,
    title: String,
    short_title: String,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizToml {
    questions: Vec<QuestionToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionToml {
    id: String,
    kind: String,
    #[serde(default)]
    scenario: bool,
    lesson: String,
    /// The objective (1–7) the question tests; one of its lesson's objectives.
    objective: u8,
    /// What it tests, shared by questions a final draw must not combine (defaults to the id).
    #[serde(default)]
    fact: Option<String>,
    prompt: String,
    options: Vec<OptionToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionToml {
    text: String,
    correct: bool,
    explanation: String,
}

/// The line of a TOML error, read from the error's byte span.
fn toml_error(file: &SourceFile, err: toml::de::Error) -> CompileError {
    let line = err
        .span()
        .map(|s| line_of(&file.text, s.start))
        .unwrap_or(1);
    CompileError {
        path: file.path.clone(),
        line,
        message: err.message().to_string(),
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// First line holding `needle`, for messages about values serde has already parsed.
fn line_containing(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or(1)
}

// ---------------------------------------------------------------------------------------------
// Entry point

pub fn compile(src: &CourseSource) -> Result<Compiled, Vec<CompileError>> {
    let mut errors = Vec::new();
    let mut out = Compiled::default();

    match &src.course_toml {
        None => errors.push(CompileError {
            path: "src/content/course.toml".into(),
            line: 1,
            message: "missing".into(),
        }),
        Some(file) => compile_course_toml(file, &mut out, &mut errors),
    }

    // Pass 1: front matter of every lesson, so links can be checked in any order.
    let mut fronts = Vec::new();
    let mut slugs: HashMap<String, String> = HashMap::new();
    for (part, file) in &src.lessons {
        match parse_front_matter(file, out.objectives.len()) {
            Ok(front) => {
                if let Some(first) = slugs.get(&front.slug) {
                    errors.push(CompileError {
                        path: file.path.clone(),
                        line: front.slug_line,
                        message: format!("duplicate slug `{}` (also in {first})", front.slug),
                    });
                } else {
                    slugs.insert(front.slug.clone(), file.path.clone());
                }
                fronts.push((*part, file, front));
            }
            Err(e) => errors.push(e),
        }
    }

    let mut anchor_checks = Vec::new();
    if let Some(file) = &src.glossary {
        out.glossary = compile_glossary(file, &slugs, &mut anchor_checks, &mut errors);
    }
    let glossary: BTreeSet<String> = out.glossary.iter().map(|g| g.id.clone()).collect();

    // Pass 2: bodies.
    for (part, file, front) in fronts {
        let mut ctx = LessonCtx {
            file,
            slugs: &slugs,
            glossary: &glossary,
            errors: &mut errors,
            anchor_checks: &mut anchor_checks,
            own_slug: front.slug.clone(),
            new_tab_note: if src.french {
                crate::contracts::NEW_TAB_NOTE_FR
            } else {
                crate::contracts::NEW_TAB_NOTE
            },
        };
        let body = render_body(&mut ctx, front.body_line);
        check_sources(file, front.body_line, &body, &mut errors);
        let words = body.words;
        let max_words = src.max_words();
        if !(MIN_WORDS..=max_words).contains(&words) {
            errors.push(CompileError {
                path: file.path.clone(),
                line: 1,
                message: format!(
                    "lesson has {words} words; a lesson has {MIN_WORDS}–{max_words} words"
                ),
            });
        }
        if body.takeaways != 1 {
            errors.push(CompileError {
                path: file.path.clone(),
                line: 1,
                message: format!(
                    "a lesson has exactly one `:::takeaways` block (found {})",
                    body.takeaways
                ),
            });
        }
        let activities = body
            .blocks
            .iter()
            .filter(|b| !matches!(b, BlockOut::Html(_)))
            .count() as u32;
        out.lessons.push(LessonOut {
            slug: front.slug,
            title: front.title,
            part,
            objectives: front.objectives,
            summary: front.summary,
            words,
            minutes: words.div_ceil(src.words_per_minute()) + activities * MINUTES_PER_ACTIVITY,
            headings: body.headings,
            blocks: body.blocks,
        });
    }

    // Anchors are known only once every lesson is rendered.
    for check in anchor_checks {
        let found = out
            .lessons
            .iter()
            .find(|l| l.slug == check.slug)
            .map(|l| l.headings.iter().any(|h| h.id == check.anchor));
        if found == Some(false) {
            errors.push(CompileError {
                path: check.path,
                line: check.line,
                message: format!(
                    "broken link: lesson `{}` has no heading `#{}`",
                    check.slug, check.anchor
                ),
            });
        }
    }

    for (part, file) in &src.quizzes {
        compile_quiz(
            Some(*part),
            file,
            &out.lessons,
            &mut out.questions,
            &mut errors,
        );
    }
    if let Some(file) = &src.final_quiz {
        compile_quiz(None, file, &out.lessons, &mut out.questions, &mut errors);
    }

    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn compile_course_toml(file: &SourceFile, out: &mut Compiled, errors: &mut Vec<CompileError>) {
    let parsed: CourseToml = match toml::from_str(&file.text) {
        Ok(p) => p,
        Err(e) => return errors.push(toml_error(file, e)),
    };
    if parsed.objectives.len() != 7 {
        errors.push(CompileError {
            path: file.path.clone(),
            line: line_containing(&file.text, "objectives"),
            message: format!(
                "the course has seven objectives (found {})",
                parsed.objectives.len()
            ),
        });
    }
    out.objectives = parsed.objectives;
    for (i, part) in parsed.parts.into_iter().enumerate() {
        let expected = PartId::ALL.get(i).copied();
        match PartId::from_slug(&part.slug) {
            Some(id) if Some(id) == expected => out.parts.push(PartOut {
                id,
                title: part.title,
                short_title: part.short_title,
                summary: part.summary,
            }),
            _ => errors.push(CompileError {
                path: file.path.clone(),
                line: line_containing(&file.text, &format!("\"{}\"", part.slug)),
                message: format!(
                    "part `{}` is unknown or out of order; parts are, in order: {}",
                    part.slug,
                    PartId::ALL.map(|p| p.slug()).join(", ")
                ),
            }),
        }
    }
    if out.parts.len() != PartId::ALL.len() && errors.is_empty() {
        errors.push(CompileError {
            path: file.path.clone(),
            line: 1,
            message: format!("expected {} parts", PartId::ALL.len()),
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Front matter

struct FrontMatter {
    title: String,
    slug: String,
    slug_line: usize,
    objectives: Vec<u8>,
    summary: String,
    /// 1-based line where the body starts.
    body_line: usize,
}

fn parse_front_matter(
    file: &SourceFile,
    objective_count: usize,
) -> Result<FrontMatter, CompileError> {
    let err = |line: usize, message: String| CompileError {
        path: file.path.clone(),
        line,
        message,
    };
    let mut lines = file.text.lines().enumerate();
    match lines.next() {
        Some((_, "---")) => {}
        _ => {
            return Err(err(
                1,
                "a lesson starts with front matter between `---` lines".into(),
            ))
        }
    }
    let mut fields: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut body_line = None;
    for (i, line) in lines.by_ref() {
        if line == "---" {
            body_line = Some(i + 2);
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(err(i + 1, format!("expected `key: value`, found `{line}`")));
        };
        let key = key.trim().to_string();
        if !["title", "slug", "objectives", "summary"].contains(&key.as_str()) {
            return Err(err(
                i + 1,
                format!(
                    "unknown front matter key `{key}` (keys: title, slug, objectives, summary)"
                ),
            ));
        }
        fields.insert(key, (i + 1, value.trim().to_string()));
    }
    let Some(body_line) = body_line else {
        return Err(err(1, "front matter is not closed with `---`".into()));
    };
    let mut take = |key: &str| -> Result<(usize, String), CompileError> {
        match fields.remove(key) {
            Some((line, v)) if !v.is_empty() => Ok((line, v)),
            Some((line, _)) => Err(err(line, format!("`{key}` is empty"))),
            None => Err(err(1, format!("front matter lacks `{key}`"))),
        }
    };
    let (_, title) = take("title")?;
    let (slug_line, slug) = take("slug")?;
    let (_, summary) = take("summary")?;
    let (obj_line, objectives_text) = match take("objectives") {
        Ok(v) => v,
        Err(_) => {
            return Err(err(
                1,
                "a lesson serves at least one objective: add `objectives: 1, 3`".into(),
            ))
        }
    };
    if !slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(err(
            slug_line,
            format!("slug `{slug}` may only hold lowercase letters, digits and hyphens"),
        ));
    }
    let mut objectives = Vec::new();
    for part in objectives_text.split(',') {
        let n: u8 = part.trim().parse().map_err(|_| {
            err(
                obj_line,
                format!("objective `{}` is not a number", part.trim()),
            )
        })?;
        if n == 0 || usize::from(n) > objective_count.max(1) {
            return Err(err(
                obj_line,
                format!("objective {n} does not exist (1–{objective_count})"),
            ));
        }
        if !objectives.contains(&n) {
            objectives.push(n);
        }
    }
    objectives.sort_unstable();
    Ok(FrontMatter {
        title,
        slug,
        slug_line,
        objectives,
        summary,
        body_line,
    })
}

// ---------------------------------------------------------------------------------------------
// Body

struct LessonCtx<'a> {
    file: &'a SourceFile,
    slugs: &'a HashMap<String, String>,
    /// Ids of the glossary's terms.
    glossary: &'a BTreeSet<String>,
    errors: &'a mut Vec<CompileError>,
    anchor_checks: &'a mut Vec<AnchorCheck>,
    own_slug: String,
    /// The screen-reader hint after an external link, in the edition's language.
    new_tab_note: &'static str,
}

struct AnchorCheck {
    path: String,
    line: usize,
    slug: String,
    anchor: String,
}

impl LessonCtx<'_> {
    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(CompileError {
            path: self.file.path.clone(),
            line,
            message: message.into(),
        });
    }
}

#[derive(Default)]
struct Body {
    blocks: Vec<BlockOut>,
    headings: Vec<HeadingOut>,
    words: u32,
    takeaways: u32,
    used_ids: BTreeSet<String>,
    /// Each `:::sources` block: its line and its inner Markdown.
    sources: Vec<(usize, String)>,
}

impl Body {
    /// Appends HTML to the current HTML block, opening one after a widget or quiz.
    fn push_html(&mut self, html: &str) {
        if let Some(BlockOut::Html(current)) = self.blocks.last_mut() {
            current.push_str(html);
        } else {
            self.blocks.push(BlockOut::Html(html.to_string()));
        }
    }

    fn push_text(&mut self, text: &str) {
        self.words += text.split_whitespace().count() as u32;
    }

    fn unique_id(&mut self, text: &str) -> String {
        let base = slugify(text);
        let base = if base.is_empty() {
            "section".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.used_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.used_ids.insert(id.clone());
        id
    }
}

pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(plain) = unaccented(c) {
            // French headings (issue 15): « Étape 1 » is `etape-1`, not `tape-1`.
            out.push_str(plain);
        } else if (c.is_whitespace() || c == '-' || c == '/') && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// The plain letters of an accented lower-case Latin letter, for anchors.
fn unaccented(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'â' | 'ä' | 'á' => "a",
        'ç' => "c",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'î' | 'ï' | 'í' => "i",
        'ô' | 'ö' | 'ó' => "o",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'ÿ' => "y",
        'ñ' => "n",
        'œ' => "oe",
        'æ' => "ae",
        _ => return None,
    })
}

fn callout_title(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "tip" => "Tip",
        "example" => "Example",
        "warning" => "Watch out",
        "note" => "Note",
        "do" => "Do",
        "dont" => "Don’t",
        "source" => "Source",
        _ => return None,
    })
}

/// Splits the body into Markdown runs and `:::` blocks and renders each.
fn render_body(ctx: &mut LessonCtx<'_>, body_line: usize) -> Body {
    let mut body = Body::default();
    let all_lines: Vec<&str> = ctx.file.text.lines().collect();
    let lines = all_lines.get(body_line - 1..).unwrap_or(&[]);
    let mut run = String::new();
    let mut run_start = body_line;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let line_no = body_line + i;
        let Some(directive) = line.trim_end().strip_prefix(":::") else {
            if run.is_empty() {
                run_start = line_no;
            }
            run.push_str(line);
            run.push('\n');
            i += 1;
            continue;
        };
        render_markdown(ctx, &mut body, &run, run_start);
        run.clear();
        // Collect the block's inner lines up to the closing `:::`.
        let mut inner = String::new();
        let mut j = i + 1;
        let mut closed = false;
        while j < lines.len() {
            if lines[j].trim_end() == ":::" {
                closed = true;
                break;
            }
            if lines[j].starts_with(":::") {
                break;
            }
            inner.push_str(lines[j]);
            inner.push('\n');
            j += 1;
        }
        if !closed {
            ctx.error(
                line_no,
                format!("`:::{directive}` is not closed with `:::`"),
            );
            return body;
        }
        render_directive(ctx, &mut body, directive.trim(), &inner, line_no);
        i = j + 1;
    }
    render_markdown(ctx, &mut body, &run, run_start);
    body
}

fn render_directive(
    ctx: &mut LessonCtx<'_>,
    body: &mut Body,
    directive: &str,
    inner: &str,
    line: usize,
) {
    let (name, rest) = directive
        .split_once(char::is_whitespace)
        .map(|(a, b)| (a, b.trim()))
        .unwrap_or((directive, ""));
    match name {
        "callout" => {
            let (kind, title) = rest
                .split_once(char::is_whitespace)
                .map(|(a, b)| (a, b.trim()))
                .unwrap_or((rest, ""));
            let Some(default_title) = callout_title(kind) else {
                return ctx.error(
                    line,
                    format!("unknown callout kind `{kind}` (tip, example, warning, note, do, dont, source)"),
                );
            };
            let title = if title.is_empty() { default_title } else { title };
            body.push_html(&format!(
                "<aside class=\"callout callout-{kind}\"><p class=\"callout-title\">{}</p>",
                escape(title)
            ));
            body.push_text(title);
            render_markdown(ctx, body, inner, line + 1);
            body.push_html("</aside>");
        }
        "takeaways" => {
            body.takeaways += 1;
            let id = body.unique_id("Key takeaways");
            body.headings.push(HeadingOut {
                id: id.clone(),
                text: "Key takeaways".into(),
                level: 2,
            });
            body.push_html(&format!(
                "<aside class=\"takeaways\"><h2 id=\"{id}\">Key takeaways</h2>"
            ));
            render_markdown(ctx, body, inner, line + 1);
            body.push_html("</aside>");
        }
        "widget" => match Widget::from_slug(rest) {
            Some(w) if inner.trim().is_empty() => body.blocks.push(BlockOut::Widget(w)),
            Some(_) => ctx.error(line, "a widget block holds nothing between its `:::` lines"),
            None => ctx.error(
                line,
                format!(
                    "unknown widget `{rest}` (widgets: {})",
                    Widget::ALL.map(|w| w.slug()).join(", ")
                ),
            ),
        },
        "sources" => render_sources(ctx, body, inner, line),
        "quiz" => match PartId::from_slug(rest) {
            Some(p) if p.has_quiz() => body.blocks.push(BlockOut::Quiz(p)),
            _ => ctx.error(line, format!("unknown quiz `{rest}` (quizzes: intro, manage, strategy, analytics, grow, platforms)")),
        },
        other => ctx.error(
            line,
            format!("unknown block `:::{other}` (callout, takeaways, sources, widget, quiz)"),
        ),
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Where a link goes once checked.
enum LinkTarget {
    /// Relative to the document base, so it works at the root and under a sub-path.
    Internal(String),
    External(String),
}

fn resolve_link(ctx: &mut LessonCtx<'_>, dest: &str, line: usize) -> Option<LinkTarget> {
    if let Some(rest) = dest.strip_prefix("lesson:") {
        let (slug, anchor) = rest.split_once('#').unwrap_or((rest, ""));
        if !ctx.slugs.contains_key(slug) {
            ctx.error(line, format!("broken link: no lesson with slug `{slug}`"));
            return None;
        }
        if !anchor.is_empty() {
            ctx.anchor_checks.push(AnchorCheck {
                path: ctx.file.path.clone(),
                line,
                slug: slug.to_string(),
                anchor: anchor.to_string(),
            });
            return Some(LinkTarget::Internal(format!("lesson/{slug}#{anchor}")));
        }
        return Some(LinkTarget::Internal(format!("lesson/{slug}")));
    }
    if let Some(page) = dest.strip_prefix("page:") {
        let href = match page {
            "course" => "./",
            "tools" => "tools",
            "progress" => "progress",
            "explore" => "tools/platform-explorer",
            "plan" => "tools/plan-summary",
            "search" => "search",
            "print" => "print",
            "glossary" => "glossary",
            _ => {
                ctx.error(line, format!("unknown page `{page}` (course, tools, progress, explore, plan, search, print, glossary)"));
                return None;
            }
        };
        return Some(LinkTarget::Internal(href.to_string()));
    }
    if let Some(id) = dest.strip_prefix("glossary:") {
        if !ctx.glossary.contains(id) {
            ctx.error(
                line,
                format!("broken link: the glossary has no term `{id}` (src/content/glossary.toml)"),
            );
            return None;
        }
        return Some(LinkTarget::Internal(format!("glossary#{id}")));
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        let own = ctx.own_slug.clone();
        ctx.anchor_checks.push(AnchorCheck {
            path: ctx.file.path.clone(),
            line,
            slug: own.clone(),
            anchor: anchor.to_string(),
        });
        return Some(LinkTarget::Internal(format!("lesson/{own}#{anchor}")));
    }
    if dest.starts_with("https://") || dest.starts_with("http://") {
        return Some(LinkTarget::External(dest.to_string()));
    }
    ctx.error(
        line,
        format!(
            "link `{dest}`: use `lesson:slug`, `page:name`, `glossary:term` or an https:// address"
        ),
    );
    None
}

fn render_markdown(ctx: &mut LessonCtx<'_>, body: &mut Body, text: &str, start_line: usize) {
    if text.trim().is_empty() {
        return;
    }
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    let mut events: Vec<Event<'_>> = Vec::new();
    // Heading being collected: (level, id-less inner events, plain text).
    let mut heading: Option<(u8, Vec<Event<'_>>, String)> = None;
    let mut link_stack: Vec<bool> = Vec::new();
    // Example addresses in code blocks are text, not links.
    let mut in_code_block = false;
    // Where the last paragraph's events start and end in `events` (a table's caption).
    let (mut paragraph_start, mut paragraph_end) = (0, usize::MAX);
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let line = start_line + line_of(text, range.start) - 1;
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = match level {
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    other => {
                        ctx.error(line, format!("use `##` and `###` headings only (found {other:?}); the title comes from the front matter"));
                        3
                    }
                };
                heading = Some((level, Vec::new(), String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, inner, plain)) = heading.take() {
                    let plain = plain.trim().to_string();
                    let id = body.unique_id(&plain);
                    let mut inner_html = String::new();
                    pulldown_cmark::html::push_html(&mut inner_html, inner.into_iter());
                    events.push(Event::Html(CowStr::from(format!(
                        "<h{level} id=\"{id}\">{inner_html} <a class=\"anchor\" href=\"lesson/{}#{id}\" aria-label=\"Link to the section {}\">#</a></h{level}>",
                        ctx.own_slug,
                        escape(&plain)
                    ))));
                    body.words += plain.split_whitespace().count() as u32;
                    body.headings.push(HeadingOut {
                        id: id.clone(),
                        text: plain.clone(),
                        level,
                    });
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                ctx.error(
                    line,
                    "raw HTML is not allowed in lessons; use Markdown or a `:::` block",
                );
            }
            Event::Start(Tag::Image { .. }) => {
                ctx.error(
                    line,
                    "images are not supported in lessons (the course must work offline)",
                );
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                if matches!(link_type, LinkType::Email) {
                    link_stack.push(false);
                    push_event(
                        &mut heading,
                        &mut events,
                        Event::Html(CowStr::from(format!(
                            "<a href=\"mailto:{}\">",
                            escape(&dest_url)
                        ))),
                    );
                    continue;
                }
                match resolve_link(ctx, &dest_url, line) {
                    Some(LinkTarget::Internal(href)) => {
                        link_stack.push(false);
                        push_event(
                            &mut heading,
                            &mut events,
                            Event::Html(CowStr::from(format!("<a href=\"{}\">", escape(&href)))),
                        );
                    }
                    Some(LinkTarget::External(href)) => {
                        link_stack.push(true);
                        push_event(&mut heading, &mut events, Event::Html(CowStr::from(format!(
                            "<a href=\"{}\" class=\"external\" target=\"_blank\" rel=\"noopener noreferrer\">",
                            escape(&href)
                        ))));
                    }
                    None => {
                        link_stack.push(false);
                        push_event(&mut heading, &mut events, Event::Html(CowStr::from("<a>")));
                    }
                }
            }
            Event::End(TagEnd::Link) => {
                let external = link_stack.pop().unwrap_or(false);
                let close = if external {
                    format!(
                        "<span class=\"visually-hidden\">{}</span></a>",
                        ctx.new_tab_note
                    )
                } else {
                    "</a>".to_string()
                };
                push_event(&mut heading, &mut events, Event::Html(CowStr::from(close)));
            }
            Event::Start(Tag::Paragraph) if heading.is_none() => {
                paragraph_start = events.len();
                events.push(event);
            }
            Event::End(TagEnd::Paragraph) if heading.is_none() => {
                events.push(event);
                paragraph_end = events.len();
            }
            Event::Start(Tag::Table(_)) => {
                // The paragraph just before, `Table: what it shows`, becomes the caption.
                let caption = (paragraph_end == events.len() && paragraph_start < paragraph_end)
                    .then(|| {
                        let mut html = String::new();
                        let inner = &events[paragraph_start + 1..paragraph_end - 1];
                        pulldown_cmark::html::push_html(&mut html, inner.iter().cloned());
                        html.strip_prefix("Table:").map(|c| c.trim().to_string())
                    })
                    .flatten()
                    .filter(|c| !c.is_empty());
                let Some(caption) = caption else {
                    ctx.error(
                        line,
                        "a table needs a caption: write `Table: what it shows` as its own paragraph just before it",
                    );
                    continue;
                };
                events.truncate(paragraph_start);
                // Scrolls sideways when it is wider than the page; the app makes the wrapper a
                // named tab stop only then (`components::prose`).
                events.push(Event::Html(CowStr::from("<div class=\"table-scroll\">")));
                events.push(event);
                events.push(Event::Html(CowStr::from(format!(
                    "<caption>{caption}</caption>"
                ))));
            }
            Event::End(TagEnd::Table) => {
                events.push(event);
                events.push(Event::Html(CowStr::from("</div>")));
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_code_block = true;
                events.push(event);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                events.push(event);
            }
            Event::Text(ref t)
                if !in_code_block
                    && link_stack.is_empty()
                    && (t.contains("https://") || t.contains("http://")) =>
            {
                ctx.error(
                    line,
                    "a bare web address is not a link: write [text](https://…)",
                );
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                if let Some((_, _, plain)) = heading.as_mut() {
                    plain.push_str(t);
                } else {
                    body.push_text(t);
                }
                push_event(&mut heading, &mut events, event);
            }
            other => push_event(&mut heading, &mut events, other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    body.push_html(&html);
}

fn push_event<'a>(
    heading: &mut Option<(u8, Vec<Event<'a>>, String)>,
    events: &mut Vec<Event<'a>>,
    event: Event<'a>,
) {
    match heading {
        Some((_, inner, _)) => inner.push(event),
        None => events.push(event),
    }
}

// ---------------------------------------------------------------------------------------------
// Sources

/// Who publishes the figures a lesson may cite, defined once: the names a lesson uses for the
/// publisher, the names its `:::sources` entry may give it (one is enough), and whether naming
/// it is itself a citation. Survey and report publishers are named only for their figures, so a
/// mention counts; companies share their names with platforms that lessons talk about all the
/// time, so only a sentence that attributes a figure to them counts (see [`attributes_figure`]).
struct Publisher {
    names: &'static [&'static str],
    listed_as: &'static [&'static str],
    mention_cites: bool,
}

const CITED_PUBLISHERS: [Publisher; 9] = [
    Publisher {
        names: &["Pew"],
        listed_as: &["Pew Research Center"],
        mention_cites: true,
    },
    Publisher {
        names: &["DataReportal", "Kepios"],
        listed_as: &["DataReportal"],
        mention_cites: true,
    },
    Publisher {
        names: &["Rival IQ"],
        listed_as: &["Rival IQ"],
        mention_cites: true,
    },
    Publisher {
        names: &["W3C", "WCAG"],
        listed_as: &["W3C"],
        mention_cites: true,
    },
    Publisher {
        names: &["Meta"],
        listed_as: &["Meta"],
        mention_cites: false,
    },
    Publisher {
        names: &["YouTube", "Google"],
        listed_as: &["YouTube", "Google"],
        mention_cites: false,
    },
    Publisher {
        names: &["TikTok"],
        listed_as: &["TikTok"],
        mention_cites: false,
    },
    Publisher {
        names: &["Microsoft", "LinkedIn"],
        listed_as: &["Microsoft", "LinkedIn"],
        mention_cites: false,
    },
    Publisher {
        names: &["Pinterest"],
        listed_as: &["Pinterest"],
        mention_cites: false,
    },
];

/// Verbs that, right after a company's name, attribute what follows to it ("Meta reported …",
/// "YouTube says it has …").
const REPORTING_VERBS: [&str; 12] = [
    "reported",
    "reports",
    "says",
    "said",
    "found",
    "counted",
    "announced",
    "publishes",
    "published",
    "recommends",
    "needs",
    "puts",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The places where `name` stands as a whole word in `text`, as (start, end) byte offsets.
fn word_at(text: &str, name: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    text.match_indices(name)
        .map(|(i, m)| (i, i + m.len()))
        .filter(|&(s, e)| {
            (s == 0 || !b[s - 1].is_ascii_alphanumeric())
                && (e == b.len() || !b[e].is_ascii_alphanumeric())
        })
        .collect()
}

/// A figure: a number standing on its own ("3.07 billion", "62%", "$10", "2:3"), not a year
/// (1900–2099), not the day of a date ("21 October") and not part of a name ("Q4", "C2PA",
/// "GA4", "20s").
fn has_figure(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let run = &sentence[start..i];
        let in_word = (start > 0 && b[start - 1].is_ascii_alphabetic())
            || (i < b.len() && b[i].is_ascii_alphabetic());
        let year = run.len() == 4 && (run.starts_with("19") || run.starts_with("20"));
        let rest = sentence[i..].trim_start();
        let day = run.len() <= 2 && MONTHS.iter().any(|m| rest.starts_with(m));
        if !(in_word || day || year) {
            return true;
        }
    }
    false
}

/// Whether `sentence` attributes a figure to a company called `name`: it holds a figure and names
/// the company as the one who reports it ("Meta reported …", "according to Meta"), or as the
/// source in a citation: first in brackets, after a semicolon or dash, or first in a table cell
/// followed by a title ("(Microsoft, January 2024)", "(YouTube for Press)",
/// "| TikTok Ads Manager Help, \"About budgets\" |"). A mere mention ("post on YouTube",
/// "| TikTok | 4,000 characters |") is not one.
fn attributes_figure(sentence: &str, name: &str) -> bool {
    has_figure(sentence)
        && word_at(sentence, name).into_iter().any(|(s, e)| {
            let before = sentence[..s].trim_end();
            let after = &sentence[e..];
            let verb = after.strip_prefix(' ').is_some_and(|a| {
                REPORTING_VERBS
                    .iter()
                    .any(|v| a.starts_with(v) && !a[v.len()..].starts_with(char::is_alphanumeric))
            });
            // The citation's name ends at a `,` followed by a date, title or "as of" (not by
            // another platform, as in a list "(X, Facebook and TikTok)"), or at its `)`.
            let cited = after.find([',', ')', '|', '(']).is_some_and(|k| {
                let rest = after[k + 1..].trim_start();
                after[k..].starts_with(')')
                    || (after[k..].starts_with(',')
                        && (rest.starts_with(|c: char| c.is_ascii_digit() || "\"“'‘".contains(c))
                            || rest.starts_with("as of")
                            || rest.starts_with("updated")
                            || MONTHS.iter().any(|m| rest.starts_with(m))))
            });
            let opens = before.ends_with('(') || before.ends_with(';') || before.ends_with('—');
            let cell = before.ends_with('|');
            verb || before.ends_with("according to") || (opens && cited) || (cell && cited)
        })
}

/// The sentences of a line: a table row is one; prose is cut after `. `, `? ` or `! ` when a
/// capital follows ("U.S. adults" stays whole).
fn sentences(line: &str) -> Vec<&str> {
    if line.trim_start().starts_with('|') {
        return vec![line];
    }
    let mut out = Vec::new();
    let mut from = 0;
    let b = line.as_bytes();
    for i in 1..b.len().saturating_sub(1) {
        if matches!(b[i - 1], b'.' | b'?' | b'!') && b[i] == b' ' && b[i + 1].is_ascii_uppercase() {
            out.push(&line[from..i]);
            from = i + 1;
        }
    }
    out.push(&line[from..]);
    out
}

/// A `:::sources` block: a list, one source an item (publisher, title, year, link), under a
/// "Sources" heading. Its words do not count towards the lesson's length.
fn render_sources(ctx: &mut LessonCtx<'_>, body: &mut Body, inner: &str, line: usize) {
    let mut items = 0;
    let mut item: Option<(usize, String)> = None;
    let mut check = |ctx: &mut LessonCtx<'_>, item: Option<(usize, String)>| {
        let Some((at, text)) = item else { return };
        items += 1;
        let has_year = text
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0..2] == *b"19" || w[0..2] == *b"20"));
        if !has_year || !text.contains("](https://") {
            ctx.error(
                at,
                "a source reads `- Publisher, *Title*, year, [site](https://…)`: it needs a year and a link",
            );
        }
    };
    for (i, l) in inner.lines().enumerate() {
        if let Some(rest) = l.strip_prefix("- ") {
            check(ctx, item.take());
            item = Some((line + 1 + i, rest.to_string()));
        } else if let Some((_, text)) = item.as_mut() {
            text.push(' ');
            text.push_str(l.trim());
        } else if !l.trim().is_empty() {
            ctx.error(
                line + 1 + i,
                "a `:::sources` block holds a list: start each source with `- `",
            );
        }
    }
    check(ctx, item.take());
    if items == 0 {
        ctx.error(line, "a `:::sources` block lists at least one source");
    }
    body.sources.push((line, inner.to_string()));
    let id = body.unique_id("Sources");
    body.headings.push(HeadingOut {
        id: id.clone(),
        text: "Sources".into(),
        level: 2,
    });
    body.push_html(&format!(
        "<section class=\"sources\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">Sources</h2>"
    ));
    let words = body.words;
    render_markdown(ctx, body, inner, line + 1);
    body.words = words;
    body.push_html("</section>");
}

/// A lesson that cites a figure from one of [`CITED_PUBLISHERS`] ends with one `:::sources`
/// block that lists it; the error names the line of the first citation.
fn check_sources(file: &SourceFile, body_line: usize, body: &Body, errors: &mut Vec<CompileError>) {
    let mut err = |line: usize, message: String| {
        errors.push(CompileError {
            path: file.path.clone(),
            line,
            message,
        })
    };
    let lines: Vec<&str> = file.text.lines().collect();
    let mut in_sources = false;
    // (line, name used, publisher): the first citation of each publisher.
    let mut cited: Vec<(usize, &str, &Publisher)> = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(body_line.saturating_sub(1)) {
        let t = l.trim_end();
        if t == ":::sources" {
            in_sources = true;
        } else if in_sources && t == ":::" {
            in_sources = false;
        } else if !in_sources {
            for p in &CITED_PUBLISHERS {
                if cited.iter().any(|c| std::ptr::eq(c.2, p)) {
                    continue;
                }
                let name = p.names.iter().find(|n| {
                    sentences(l).iter().any(|s| {
                        if p.mention_cites {
                            !word_at(s, n).is_empty()
                        } else {
                            attributes_figure(s, n)
                        }
                    })
                });
                if let Some(name) = name {
                    cited.push((i + 1, name, p));
                }
            }
        }
    }
    match body.sources.as_slice() {
        [] => {
            if let Some((line, name, _)) = cited.first() {
                err(*line, format!("the lesson cites a figure from {name}, so it ends with a `:::sources` block (publisher, title, year, link); see AUTHORING.md"));
            }
        }
        [(line, inner)] => {
            for (at, name, p) in &cited {
                if !p.listed_as.iter().any(|n| inner.contains(n)) {
                    let publisher = p.listed_as[0];
                    err(*line, format!("the `:::sources` block does not list {publisher}, cited as {name} on line {at}"));
                }
            }
            // Only blank lines after the block's closing `:::`.
            let close = lines
                .iter()
                .enumerate()
                .skip(*line)
                .find(|(_, l)| l.trim_end() == ":::")
                .map(|(i, _)| i);
            if let Some(after) = close.and_then(|c| {
                lines
                    .iter()
                    .enumerate()
                    .skip(c + 1)
                    .find(|(_, l)| !l.trim().is_empty())
            }) {
                err(
                    after.0 + 1,
                    "the `:::sources` block ends the lesson: move this above it".into(),
                );
            }
        }
        [_, (line, _), ..] => err(*line, "a lesson has one `:::sources` block".into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Glossary

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryToml {
    terms: Vec<GlossaryTermToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryTermToml {
    /// What lessons link to (`glossary:id`); by default the term in lower case with hyphens. A
    /// translation keeps the English ids, so links and the tools' `content::term` hold.
    #[serde(default)]
    id: Option<String>,
    term: String,
    #[serde(default)]
    expansion: String,
    definition: String,
    /// Where the course teaches it: `slug` or `slug#heading`.
    lesson: String,
}

/// The glossary's terms, in the file's order; each links to the lesson that teaches it.
fn compile_glossary(
    file: &SourceFile,
    slugs: &HashMap<String, String>,
    anchor_checks: &mut Vec<AnchorCheck>,
    errors: &mut Vec<CompileError>,
) -> Vec<GlossaryOut> {
    let parsed: GlossaryToml = match toml::from_str(&file.text) {
        Ok(p) => p,
        Err(e) => {
            errors.push(toml_error(file, e));
            return Vec::new();
        }
    };
    let mut out: Vec<GlossaryOut> = Vec::new();
    for t in parsed.terms {
        let line = line_containing(&file.text, &format!("\"{}\"", t.term));
        let mut err = |message: String| {
            errors.push(CompileError {
                path: file.path.clone(),
                line,
                message: format!("term `{}`: {message}", t.term),
            })
        };
        let id = t.id.clone().unwrap_or_else(|| slugify(&t.term));
        if slugify(&id) != id {
            err(format!("the id `{id}` is not lower case with hyphens"));
        }
        if out.iter().any(|g| g.id == id) {
            err(format!("a second term with the id `{id}`"));
        }
        if t.definition.trim().is_empty() {
            err("the definition is empty".into());
        }
        let (slug, anchor) = t.lesson.split_once('#').unwrap_or((&t.lesson, ""));
        if !slugs.contains_key(slug) {
            err(format!("no lesson with slug `{slug}`"));
        } else if !anchor.is_empty() {
            anchor_checks.push(AnchorCheck {
                path: file.path.clone(),
                line,
                slug: slug.to_string(),
                anchor: anchor.to_string(),
            });
        }
        out.push(GlossaryOut {
            id,
            term: t.term.clone(),
            expansion: t.expansion.clone(),
            definition: t.definition.clone(),
            lesson: slug.to_string(),
            anchor: anchor.to_string(),
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Quizzes

/// Compiles one bank: a part's quiz (`Some(part)`) or the final assessment's own pool (`None`).
fn compile_quiz(
    part: Option<PartId>,
    file: &SourceFile,
    lessons: &[LessonOut],
    out: &mut Vec<QuestionOut>,
    errors: &mut Vec<CompileError>,
) {
    let parsed: QuizToml = match toml::from_str(&file.text) {
        Ok(p) => p,
        Err(e) => return errors.push(toml_error(file, e)),
    };
    let bank_start = out.len();
    for q in parsed.questions {
        let line = line_containing(&file.text, &format!("\"{}\"", q.id));
        let mut err = |message: String| {
            errors.push(CompileError {
                path: file.path.clone(),
                line,
                message: format!("question `{}`: {message}", q.id),
            })
        };
        if out.iter().any(|o| o.id == q.id) {
            err("duplicate question id".into());
        }
        let kind = match q.kind.as_str() {
            "single" => QuestionKind::Single,
            "multiple" => QuestionKind::Multiple,
            other => {
                err(format!("kind `{other}` is not `single` or `multiple`"));
                continue;
            }
        };
        let lesson = lessons.iter().find(|l| l.slug == q.lesson);
        let question_part = match (lesson, part) {
            (None, _) => {
                err(format!("no lesson with slug `{}`", q.lesson));
                continue;
            }
            (Some(l), Some(part)) if l.part != part => {
                err(format!(
                    "lesson `{}` is not in part `{}`",
                    q.lesson,
                    part.slug()
                ));
                part
            }
            (Some(l), _) => l.part,
        };
        if let Some(l) = lesson {
            if !l.objectives.contains(&q.objective) {
                err(format!(
                    "objective {} is not one of lesson `{}`'s objectives ({:?})",
                    q.objective, q.lesson, l.objectives
                ));
            }
        }
        // The quiz says under each prompt how many to choose; a prompt saying it too is read twice.
        if q.prompt.to_lowercase().contains("all that apply") {
            err("the prompt says \"all that apply\"; the quiz adds that hint itself".into());
        }
        let correct = q.options.iter().filter(|o| o.correct).count();
        if q.options.len() < 2 {
            err("a question has at least two options".into());
        }
        match kind {
            QuestionKind::Single if correct != 1 => err(format!(
                "a single-choice question has exactly one correct option (found {correct})"
            )),
            QuestionKind::Multiple if correct == 0 => {
                err("a multiple-choice question has at least one correct option".into())
            }
            _ => {}
        }
        for o in &q.options {
            if o.explanation.trim().is_empty() {
                err(format!("option `{}` has an empty explanation", o.text));
            }
            if o.text.trim().is_empty() {
                err("an option has no text".into());
            }
        }
        for o in &q.options {
            let lower = o.text.to_lowercase();
            if lower.contains("all of the above") || lower.contains("none of the above") {
                errors.push(CompileError {
                    path: file.path.clone(),
                    line: line_containing(&file.text, &o.text),
                    message: format!(
                        "question `{}`: option `{}` says “all/none of the above”, which only works in one order; options are shuffled, so name what it means",
                        q.id, o.text
                    ),
                });
            }
        }
        out.push(QuestionOut {
            fact: q.fact.unwrap_or_else(|| q.id.clone()),
            id: q.id,
            part: question_part,
            objective: q.objective,
            final_only: part.is_none(),
            kind,
            scenario: q.scenario,
            lesson: q.lesson,
            prompt: q.prompt,
            options: q
                .options
                .into_iter()
                .map(|o| OptionOut {
                    text: o.text,
                    correct: o.correct,
                    explanation: o.explanation,
                })
                .collect(),
        });
    }
    errors.extend(length_bias(file, &out[bank_start..]));
    errors.extend(rank_bias(file, &out[bank_start..]));
}

/// How often, in a bank's single-answer questions, the correct option is the strictly longest
/// and how often it comes first: (longest, first, single-answer questions).
pub fn bias_counts(questions: &[QuestionOut]) -> (usize, usize, usize) {
    let single: Vec<&QuestionOut> = questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Single)
        .collect();
    let longest = single
        .iter()
        .filter(|q| correct_is_strictly_longest(q))
        .count();
    let first = single
        .iter()
        .filter(|q| q.options.first().is_some_and(|o| o.correct))
        .count();
    (longest, first, single.len())
}

fn correct_is_strictly_longest(q: &QuestionOut) -> bool {
    let len = |o: &OptionOut| o.text.chars().count();
    let Some(right) = q.options.iter().find(|o| o.correct) else {
        return false;
    };
    q.options
        .iter()
        .filter(|o| !o.correct)
        .all(|o| len(o) < len(right))
}

/// 1 for the longest option, 2 for the second longest, …: how many options are strictly longer
/// than the correct one, plus one. `None` without a correct option.
fn correct_length_rank(q: &QuestionOut) -> Option<usize> {
    let len = |o: &OptionOut| o.text.chars().count();
    let right = q.options.iter().find(|o| o.correct).map(len)?;
    Some(q.options.iter().filter(|o| len(o) > right).count() + 1)
}

/// An error when one length rank holds the correct option in more than `MAX_SAME_RANK_PERCENT`%
/// of the bank's single-answer questions (at least four of them).
fn rank_bias(file: &SourceFile, bank: &[QuestionOut]) -> Option<CompileError> {
    let ranks: Vec<(usize, &str)> = bank
        .iter()
        .filter(|q| q.kind == QuestionKind::Single)
        .filter_map(|q| correct_length_rank(q).map(|r| (r, q.id.as_str())))
        .collect();
    if ranks.len() < 4 {
        return None;
    }
    let max_rank = ranks.iter().map(|(r, _)| *r).max().unwrap_or(1);
    for rank in 1..=max_rank {
        let ids: Vec<&str> = ranks
            .iter()
            .filter(|(r, _)| *r == rank)
            .map(|(_, id)| *id)
            .collect();
        if ids.len() * 100 > MAX_SAME_RANK_PERCENT * ranks.len() {
            let line = line_containing(&file.text, &format!("\"{}\"", ids[0]));
            return Some(CompileError {
                path: file.path.clone(),
                line,
                message: format!(
                    "the correct option is the number {rank} by length in {} of {} single-answer questions (at most {MAX_SAME_RANK_PERCENT}%): a learner could pass by length alone. Vary it in: {}",
                    ids.len(),
                    ranks.len(),
                    ids.join(", ")
                ),
            });
        }
    }
    None
}

/// An error when the correct option is the strictly longest in more than
/// `MAX_LONGEST_CORRECT_PERCENT`% of the bank's single-answer questions, naming the first of them.
fn length_bias(file: &SourceFile, bank: &[QuestionOut]) -> Option<CompileError> {
    let (longest, _, single) = bias_counts(bank);
    if single == 0 || longest * 100 <= MAX_LONGEST_CORRECT_PERCENT * single {
        return None;
    }
    let offenders: Vec<&str> = bank
        .iter()
        .filter(|q| q.kind == QuestionKind::Single && correct_is_strictly_longest(q))
        .map(|q| q.id.as_str())
        .collect();
    let line = offenders
        .first()
        .map(|id| line_containing(&file.text, &format!("\"{id}\"")))
        .unwrap_or(1);
    Some(CompileError {
        path: file.path.clone(),
        line,
        message: format!(
            "the correct option is the longest in {longest} of {single} single-answer questions ({}%, at most {MAX_LONGEST_CORRECT_PERCENT}%): a learner could pass by picking the longest. Shorten the right answer or lengthen a wrong one in: {}",
            longest * 100 / single,
            offenders.join(", ")
        ),
    })
}

// ---------------------------------------------------------------------------------------------
// Rust source for the app

fn lit(s: &str) -> String {
    format!("{s:?}")
}

pub fn to_rust(c: &Compiled) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    s.push_str("// Generated by build.rs from src/content. Do not edit.\n");
    s.push_str("pub static OBJECTIVES: &[Objective] = &[\n");
    for (i, o) in c.objectives.iter().enumerate() {
        let _ = writeln!(
            s,
            "    Objective {{ number: {}, text: {} }},",
            i + 1,
            lit(o)
        );
    }
    s.push_str("];\npub static PARTS: &[Part] = &[\n");
    for p in &c.parts {
        let _ = writeln!(
            s,
            "    Part {{ id: PartId::{:?}, title: {}, short_title: {}, summary: {} }},",
            p.id,
            lit(&p.title),
            lit(&p.short_title),
            lit(&p.summary)
        );
    }
    s.push_str("];\npub static LESSONS: &[Lesson] = &[\n");
    for l in &c.lessons {
        let _ = write!(
            s,
            "    Lesson {{ slug: {}, title: {}, part: PartId::{:?}, objectives: &{:?}, summary: {}, words: {}, minutes: {}, headings: &[",
            lit(&l.slug),
            lit(&l.title),
            l.part,
            l.objectives,
            lit(&l.summary),
            l.words,
            l.minutes
        );
        for h in &l.headings {
            let _ = write!(
                s,
                "Heading {{ id: {}, text: {}, level: {} }}, ",
                lit(&h.id),
                lit(&h.text),
                h.level
            );
        }
        s.push_str("], tools: &[");
        for b in &l.blocks {
            if let BlockOut::Widget(w) = b {
                let _ = write!(s, "Widget::{w:?}, ");
            }
        }
        s.push_str("] },\n");
    }
    // The lessons' text, apart from `LESSONS`: in a split build only the lazy chunk reaches it
    // (`components/course_text.rs`), so it stays off the critical path.
    s.push_str("];\npub static LESSON_BLOCKS: &[&[Block]] = &[\n");
    for l in &c.lessons {
        s.push_str("    &[");
        for b in &l.blocks {
            match b {
                BlockOut::Html(h) => {
                    let _ = write!(s, "Block::Html({}), ", lit(h));
                }
                BlockOut::Widget(w) => {
                    let _ = write!(s, "Block::Widget(Widget::{w:?}), ");
                }
                BlockOut::Quiz(p) => {
                    let _ = write!(s, "Block::Quiz(PartId::{p:?}), ");
                }
            }
        }
        s.push_str("],\n");
    }
    s.push_str("];\npub static QUESTIONS: &[Question] = &[\n");
    for q in &c.questions {
        let _ = write!(
            s,
            "    Question {{ id: {}, part: PartId::{:?}, objective: {}, fact: {}, final_only: {}, kind: QuestionKind::{:?}, scenario: {}, lesson: {}, prompt: {}, options: &[",
            lit(&q.id),
            q.part,
            q.objective,
            lit(&q.fact),
            q.final_only,
            q.kind,
            q.scenario,
            lit(&q.lesson),
            lit(&q.prompt)
        );
        for o in &q.options {
            let _ = write!(
                s,
                "AnswerOption {{ text: {}, correct: {}, explanation: {} }}, ",
                lit(&o.text),
                o.correct,
                lit(&o.explanation)
            );
        }
        s.push_str("] },\n");
    }
    // What the app's own logic needs of each question (the stored answers' check, the parts with
    // a quiz), apart from `QUESTIONS`: in a split build only the quiz chunk reaches the questions'
    // text (`components/lazy_quiz.rs`), so it stays off the critical path.
    s.push_str("];\npub static QUESTION_SHAPES: &[QuestionShape] = &[\n");
    for q in &c.questions {
        let _ = writeln!(
            s,
            "    QuestionShape {{ id: {}, part: PartId::{:?}, final_only: {}, kind: QuestionKind::{:?}, options: {} }},",
            lit(&q.id),
            q.part,
            q.final_only,
            q.kind,
            q.options.len()
        );
    }
    s.push_str("];\npub static GLOSSARY: &[GlossaryEntry] = &[\n");
    for g in &c.glossary {
        let _ = writeln!(
            s,
            "    GlossaryEntry {{ id: {}, term: {}, expansion: {}, definition: {}, lesson: {}, anchor: {} }},",
            lit(&g.id),
            lit(&g.term),
            lit(&g.expansion),
            lit(&g.definition),
            lit(&g.lesson),
            lit(&g.anchor)
        );
    }
    s.push_str("];\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: usize) -> String {
        vec!["word"; n].join(" ")
    }

    fn lesson(slug: &str, body: &str) -> SourceFile {
        SourceFile {
            path: format!("lessons/intro/01-{slug}.md"),
            text: format!(
                "---\ntitle: T {slug}\nslug: {slug}\nobjectives: 1, 3\nsummary: S\n---\n\n{body}\n\n:::takeaways\n- one\n:::\n"
            ),
        }
    }

    fn course_toml() -> SourceFile {
        let mut text = String::from("objectives = [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\"]\n");
        for p in PartId::ALL {
            text.push_str(&format!(
                "[[parts]]\nslug = \"{}\"\ntitle = \"T\"\nshort_title = \"T\"\nsummary = \"S\"\n",
                p.slug()
            ));
        }
        SourceFile {
            path: "course.toml".into(),
            text,
        }
    }

    fn compile_lessons(lessons: Vec<SourceFile>) -> Result<Compiled, Vec<CompileError>> {
        compile(&CourseSource {
            course_toml: Some(course_toml()),
            lessons: lessons.into_iter().map(|l| (PartId::Intro, l)).collect(),
            quizzes: vec![],
            final_quiz: None,
            glossary: None,
            french: false,
        })
    }

    fn messages(r: Result<Compiled, Vec<CompileError>>) -> Vec<String> {
        r.err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn a_good_lesson_compiles_with_anchors_widgets_and_safe_links() {
        let body = format!(
            "Intro {}\n\n## Why it matters\n\nSee [the other](lesson:other#why-it-matters) and [HubSpot](https://academy.hubspot.com/).\n\n:::widget smart-goal\n:::\n\n:::callout tip Bake ahead\nText.\n:::\n",
            words(650)
        );
        let c = compile_lessons(vec![lesson("first", &body), lesson("other", &body)])
            .expect("compiles");
        let l = &c.lessons[0];
        assert_eq!(l.objectives, vec![1, 3]);
        assert_eq!(l.headings[0].id, "why-it-matters");
        assert!(matches!(l.blocks[1], BlockOut::Widget(Widget::SmartGoal)));
        let BlockOut::Html(first) = &l.blocks[0] else {
            panic!("html first")
        };
        assert!(first.contains("href=\"lesson/other#why-it-matters\""));
        assert!(first.contains("rel=\"noopener noreferrer\""));
        let BlockOut::Html(last) = &l.blocks[2] else {
            panic!("html last")
        };
        assert!(last.contains("callout-tip") && last.contains("Bake ahead"));
        assert!(l.minutes >= 4 + MINUTES_PER_ACTIVITY);
        assert!(to_rust(&c).contains("Widget::SmartGoal"));
    }

    #[test]
    fn broken_content_fails_with_file_and_line() {
        let cases = [
            (
                "[x](lesson:nope)",
                "broken link: no lesson with slug `nope`",
            ),
            ("[x](lesson:first#nowhere)", "has no heading `#nowhere`"),
            (":::widget spinner\n:::", "unknown widget `spinner`"),
            ("<b>hi</b>", "raw HTML is not allowed"),
            ("# Big", "use `##` and `###` headings only"),
            ("[x](../Lab/)", "use `lesson:slug`"),
            (
                "See https://example.com now",
                "a bare web address is not a link",
            ),
            (":::callout tip\nno end", "is not closed"),
        ];
        for (snippet, expected) in cases {
            let body = format!("{}\n\n{snippet}\n", words(650));
            let msgs = messages(compile_lessons(vec![lesson("first", &body)]));
            assert!(
                msgs.iter().any(|m| m.contains(expected) && m.starts_with("lessons/intro/01-first.md:10:")),
                "{snippet}: {msgs:?}"
            );
        }
    }

    #[test]
    fn a_table_takes_its_caption_from_the_paragraph_before_and_needs_one() {
        let table = "| A | B |\n|---|---|\n| 1 | 2 |";
        let body = format!(
            "{}\n\nTable: Reply *targets* by channel\n\n{table}\n",
            words(650)
        );
        let c = compile_lessons(vec![lesson("first", &body)]).expect("compiles");
        let BlockOut::Html(html) = &c.lessons[0].blocks[0] else {
            panic!("html")
        };
        assert!(
            html.contains("<div class=\"table-scroll\"><table><caption>Reply <em>targets</em> by channel</caption>"),
            "{html}"
        );
        assert!(
            !html.contains("Table:") && !html.contains("tabindex"),
            "{html}"
        );
        for bare in [
            format!("{}\n\n{table}\n", words(650)),
            format!("{}\n\nTable:\n\n{table}\n", words(650)),
            format!(
                "{}\n\nTable: A caption\n\nA paragraph between.\n\n{table}\n",
                words(650)
            ),
        ] {
            let msgs = messages(compile_lessons(vec![lesson("first", &bare)]));
            assert!(
                msgs.iter().any(|m| m.contains("a table needs a caption")),
                "{bare}: {msgs:?}"
            );
        }
    }

    #[test]
    fn duplicate_slugs_missing_objectives_and_word_limits_are_errors() {
        let body = words(650);
        let msgs = messages(compile_lessons(vec![
            lesson("same", &body),
            lesson("same", &body),
        ]));
        assert!(
            msgs.iter().any(|m| m.contains("duplicate slug `same`")),
            "{msgs:?}"
        );

        let no_objective = SourceFile {
            path: "x.md".into(),
            text: format!("---\ntitle: T\nslug: x\nsummary: S\n---\n{body}\n"),
        };
        let msgs = messages(compile_lessons(vec![no_objective]));
        assert!(
            msgs.iter().any(|m| m.contains("at least one objective")),
            "{msgs:?}"
        );

        let msgs = messages(compile_lessons(vec![lesson("short", "too short")]));
        assert!(msgs.iter().any(|m| m.contains("words")), "{msgs:?}");
    }

    #[test]
    fn quiz_option_without_explanation_names_the_line() {
        let quiz = SourceFile {
            path: "quizzes/intro.toml".into(),
            text: "[[questions]]\nid = \"intro-01\"\nkind = \"single\"\nlesson = \"first\"\nobjective = 1\nprompt = \"P\"\n[[questions.options]]\ntext = \"A\"\ncorrect = true\n".into(),
        };
        let r = compile(&CourseSource {
            glossary: None,
            french: false,
            course_toml: Some(course_toml()),
            lessons: vec![(PartId::Intro, lesson("first", &words(650)))],
            quizzes: vec![(PartId::Intro, quiz)],
            final_quiz: None,
        });
        let msgs = messages(r);
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("quizzes/intro.toml:7:") && m.contains("explanation")),
            "{msgs:?}"
        );
    }

    #[test]
    fn single_choice_needs_exactly_one_correct_option() {
        let quiz = SourceFile {
            path: "q.toml".into(),
            text: "[[questions]]\nid = \"intro-01\"\nkind = \"single\"\nlesson = \"first\"\nobjective = 1\nprompt = \"P\"\n[[questions.options]]\ntext = \"A\"\ncorrect = true\nexplanation = \"e\"\n[[questions.options]]\ntext = \"B\"\ncorrect = true\nexplanation = \"e\"\n".into(),
        };
        let msgs = messages(compile(&CourseSource {
            glossary: None,
            french: false,
            course_toml: Some(course_toml()),
            lessons: vec![(PartId::Intro, lesson("first", &words(650)))],
            quizzes: vec![(PartId::Intro, quiz)],
            final_quiz: None,
        }));
        assert!(
            msgs.iter()
                .any(|m| m.contains("exactly one correct option (found 2)")),
            "{msgs:?}"
        );
    }

    #[test]
    fn a_prompt_leaves_the_how_many_hint_to_the_quiz() {
        let quiz = SourceFile {
            path: "q.toml".into(),
            text: "[[questions]]\nid = \"intro-01\"\nkind = \"multiple\"\nlesson = \"first\"\nobjective = 1\nprompt = \"Which? Choose all that apply.\"\n[[questions.options]]\ntext = \"A\"\ncorrect = true\nexplanation = \"e\"\n[[questions.options]]\ntext = \"B\"\ncorrect = false\nexplanation = \"e\"\n".into(),
        };
        let msgs = messages(compile(&CourseSource {
            glossary: None,
            french: false,
            course_toml: Some(course_toml()),
            lessons: vec![(PartId::Intro, lesson("first", &words(650)))],
            quizzes: vec![(PartId::Intro, quiz)],
            final_quiz: None,
        }));
        assert!(
            msgs.iter()
                .any(|m| m.contains("the quiz adds that hint itself")),
            "{msgs:?}"
        );
    }

    /// A single-answer question whose correct option is `right` and wrong ones are `wrong`.
    fn question_toml(id: &str, right: &str, wrong: &[&str]) -> String {
        let mut t = format!(
            "[[questions]]\nid = \"{id}\"\nkind = \"single\"\nlesson = \"first\"\nobjective = 1\nprompt = \"P\"\n"
        );
        t.push_str(&format!(
            "[[questions.options]]\ntext = \"{right}\"\ncorrect = true\nexplanation = \"e\"\n"
        ));
        for w in wrong {
            t.push_str(&format!(
                "[[questions.options]]\ntext = \"{w}\"\ncorrect = false\nexplanation = \"e\"\n"
            ));
        }
        t
    }

    fn compile_bank(text: String) -> Result<Compiled, Vec<CompileError>> {
        compile(&CourseSource {
            glossary: None,
            french: false,
            course_toml: Some(course_toml()),
            lessons: vec![(PartId::Intro, lesson("first", &words(650)))],
            quizzes: vec![(
                PartId::Intro,
                SourceFile {
                    path: "quizzes/intro.toml".into(),
                    text,
                },
            )],
            final_quiz: None,
        })
    }

    #[test]
    fn a_bank_where_the_longest_option_wins_fails_the_build() {
        // 2 of 5 (40%) have the right answer strictly longest: over 35%, so the build fails.
        let mut text = String::new();
        text.push_str(&question_toml(
            "intro-01",
            "the long right answer",
            &["no", "nope"],
        ));
        text.push_str(&question_toml(
            "intro-02",
            "a long right answer",
            &["no", "nah"],
        ));
        for i in 3..=4 {
            text.push_str(&question_toml(
                &format!("intro-0{i}"),
                "yes",
                &["a longer wrong one", "no"],
            ));
        }
        text.push_str(&question_toml(
            "intro-05",
            "yes",
            &["a longer wrong one", "nope!"],
        ));
        let msgs = messages(compile_bank(text.clone()));
        assert!(
            msgs.iter().any(|m| m.starts_with("quizzes/intro.toml:2:")
                && m.contains("longest in 2 of 5")
                && m.contains("intro-01, intro-02")),
            "{msgs:?}"
        );
        // A tie for longest does not count; 1 of 5 (20%) passes.
        let fixed = text.replace("a long right answer", "an equal length answ");
        let fixed = fixed.replace("\"nah\"", "\"an equal length wron\"");
        let compiled = compile_bank(fixed).expect("1 of 5 is within the limit");
        assert_eq!(bias_counts(&compiled.questions), (1, 5, 5));
    }

    #[test]
    fn a_bank_where_the_second_longest_option_wins_fails_the_build() {
        // 3 of 4 have the right answer second by length: over 50%, so the build fails.
        let mut text = String::new();
        for i in 1..=3 {
            text.push_str(&question_toml(
                &format!("intro-0{i}"),
                "medium",
                &["the longest one", "no"],
            ));
        }
        text.push_str(&question_toml(
            "intro-04",
            "no",
            &["the longest one", "medium"],
        ));
        let msgs = messages(compile_bank(text.clone()));
        assert!(
            msgs.iter().any(|m| m.starts_with("quizzes/intro.toml:2:")
                && m.contains("number 2 by length in 3 of 4")),
            "{msgs:?}"
        );
        let fixed = text.replacen("\"no\"", "\"a longer wrong answer\"", 1);
        assert!(compile_bank(fixed).is_ok());
    }

    #[test]
    fn all_or_none_of_the_above_fails_the_build_with_its_line() {
        let text = question_toml("intro-01", "yes", &["None Of The Above", "no"]);
        let msgs = messages(compile_bank(text));
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("quizzes/intro.toml:12:")
                    && m.contains("all/none of the above")),
            "{msgs:?}"
        );
        let text = question_toml("intro-01", "All of the above", &["yes", "no"]);
        assert!(messages(compile_bank(text))
            .iter()
            .any(|m| m.contains("all/none of the above")));
    }

    #[test]
    fn a_question_names_an_objective_of_its_lesson() {
        let text =
            question_toml("intro-01", "yes", &["no"]).replace("objective = 1", "objective = 5");
        let msgs = messages(compile_bank(text));
        assert!(
            msgs.iter()
                .any(|m| m.contains("objective 5 is not one of lesson `first`")),
            "{msgs:?}"
        );
    }

    #[test]
    fn the_final_pool_is_marked_and_takes_its_lessons_part() {
        let c = compile(&CourseSource {
            glossary: None,
            french: false,
            course_toml: Some(course_toml()),
            lessons: vec![(PartId::Intro, lesson("first", &words(650)))],
            quizzes: vec![],
            final_quiz: Some(SourceFile {
                path: "quizzes/final.toml".into(),
                text: question_toml("final-01", "yes", &["nope"])
                    .replace("prompt", "fact = \"f\"\nprompt"),
            }),
        })
        .expect("compiles");
        let q = &c.questions[0];
        assert!(q.final_only);
        assert_eq!(
            (q.part, q.objective, q.fact.as_str()),
            (PartId::Intro, 1, "f")
        );
        assert!(to_rust(&c).contains("final_only: true"));
    }

    #[test]
    fn slugify_makes_stable_anchors() {
        assert_eq!(slugify("Who is there? (2023)"), "who-is-there-2023");
        assert_eq!(slugify("Do / Don’t"), "do-dont");
        // French headings keep their letters without the accents.
        assert_eq!(
            slugify("Étape 1 : choisir les indicateurs clés"),
            "etape-1-choisir-les-indicateurs-cles"
        );
        assert_eq!(
            slugify("Cœur de cible, ça compte"),
            "coeur-de-cible-ca-compte"
        );
    }

    fn with_sources(slug: &str, body: &str, sources: &str) -> SourceFile {
        let mut l = lesson(slug, body);
        l.text.push_str(&format!("\n:::sources\n{sources}\n:::\n"));
        l
    }

    const PEW: &str = "- Pew Research Center, *Americans' Social Media Use*, 2024, [pewresearch.org](https://www.pewresearch.org/)";

    #[test]
    fn a_lesson_citing_a_figure_ends_with_its_sources() {
        let cites = format!("{}\n\n83% use YouTube (Pew, 2023 survey).", words(650));
        // Without a sources block: the error names the line of the citation.
        let msgs = messages(compile_lessons(vec![lesson("a", &cites)]));
        assert_eq!(msgs.len(), 1, "{msgs:?}");
        assert!(
            msgs[0].starts_with("lessons/intro/01-a.md:10: the lesson cites a figure from Pew"),
            "{msgs:?}"
        );
        // With one, listing the publisher: it compiles, under a "Sources" heading, and the
        // sources do not count towards the lesson's words.
        let c = compile_lessons(vec![with_sources("a", &cites, PEW)]).expect("compiles");
        let l = &c.lessons[0];
        assert_eq!(l.headings.last().map(|h| h.id.as_str()), Some("sources"));
        let BlockOut::Html(html) = &l.blocks[0] else {
            panic!("html")
        };
        assert!(html.contains("<section class=\"sources\" aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2><ul>"));
        assert!(html.contains("<em>Americans’ Social Media Use</em>"));
        assert_eq!(
            l.words,
            650 + 6 + 1,
            "the words, the citation and the takeaway only"
        );
    }

    #[test]
    fn sources_need_the_publisher_a_year_a_link_and_the_last_place() {
        let cites = format!("{}\n\nRival IQ put it at 2.63%.", words(650));
        let msgs = messages(compile_lessons(vec![with_sources("a", &cites, PEW)]));
        assert!(
            msgs.iter()
                .any(|m| m.contains("does not list Rival IQ, cited as Rival IQ on line 10")),
            "{msgs:?}"
        );
        let msgs = messages(compile_lessons(vec![with_sources(
            "a",
            &cites,
            "- Rival IQ, *Benchmarks*, [rivaliq.com](https://www.rivaliq.com/)\n- Rival IQ, *Benchmarks*, 2024",
        )]));
        assert_eq!(
            msgs.iter()
                .filter(|m| m.contains("it needs a year and a link"))
                .count(),
            2,
            "{msgs:?}"
        );
        let mut late = with_sources(
            "a",
            &cites,
            "- Rival IQ, *B*, 2024, [r](https://r.example/)",
        );
        late.text.push_str("\nA last word.\n");
        let msgs = messages(compile_lessons(vec![late]));
        assert!(
            msgs.iter()
                .any(|m| m.contains("the `:::sources` block ends the lesson")),
            "{msgs:?}"
        );
    }

    const META: &str = "- Meta, *Fourth Quarter and Full Year 2023 Results*, 2024, [investor.atmeta.com](https://investor.atmeta.com/)";

    #[test]
    fn a_company_figure_needs_the_company_in_the_sources() {
        let cites = format!(
            "{}\n\nFacebook is big. Meta reported 3.07 billion monthly active users in Q4 2023.",
            words(650)
        );
        // No sources block: the error names the file and the line of the attribution.
        let msgs = messages(compile_lessons(vec![lesson("a", &cites)]));
        assert_eq!(
            msgs,
            ["lessons/intro/01-a.md:10: the lesson cites a figure from Meta, so it ends with a `:::sources` block (publisher, title, year, link); see AUTHORING.md"]
        );
        // A block that lists someone else: the error names the block and the citation's line.
        let msgs = messages(compile_lessons(vec![with_sources("a", &cites, PEW)]));
        assert_eq!(
            msgs,
            ["lessons/intro/01-a.md:16: the `:::sources` block does not list Meta, cited as Meta on line 10"]
        );
        // Listing Meta: it compiles.
        compile_lessons(vec![with_sources("a", &cites, META)]).expect("compiles");
    }

    #[test]
    fn naming_a_platform_is_not_citing_its_company() {
        // Platform names next to numbers, a company named without a figure, lists in brackets,
        // dates, and names inside words: none of these needs a sources block.
        let body = format!(
            "{}\n\nPost on Facebook and YouTube 3 times a week. Meta Business Suite is free (Meta, as of 2025). Engagement fell 48% on the four platforms it tracked (X, Facebook, TikTok and Instagram). TikTok says captions help (TikTok, since 21 October 2024). Meta's labels read C2PA credentials. Film 2 clips for TikTok: 9:16.",
            words(650)
        );
        compile_lessons(vec![lesson("a", &body)]).expect("compiles without sources");
    }

    #[test]
    fn attributions_of_figures_are_recognised_in_each_form() {
        for s in [
            "Meta reported 3.07 billion monthly active users.",
            "YouTube says it has more than 2 billion logged-in monthly users (YouTube for Press).",
            "LinkedIn has more than 1 billion members (Microsoft, January 2024).",
            "Lookalikes need 100 people (Meta Business Help Centre, \"About lookalike audiences\").",
            "| TikTok | More than $50 a day | TikTok Ads Manager Help, \"About budgets\" |",
            "Its default is 7 days according to Meta.",
        ] {
            let cited = CITED_PUBLISHERS
                .iter()
                .flat_map(|p| p.names)
                .any(|n| attributes_figure(s, n));
            assert!(cited, "{s}");
        }
        for s in [
            "| TikTok | Caption | 4,000 characters |",
            "Down 48% on the platforms it tracked (X, Facebook, TikTok and Instagram).",
            "Meta reported new labels in July 2024 (Meta, 2024).",
            "Film 2 clips a week for YouTube.",
        ] {
            let cited = CITED_PUBLISHERS
                .iter()
                .filter(|p| !p.mention_cites)
                .flat_map(|p| p.names)
                .any(|n| attributes_figure(s, n));
            assert!(!cited, "{s}");
        }
        assert_eq!(
            sentences("U.S. adults. Meta said 3."),
            ["U.S. adults.", "Meta said 3."]
        );
    }

    #[test]
    fn glossary_terms_compile_and_lessons_link_to_them() {
        let glossary = SourceFile {
            path: "glossary.toml".into(),
            text: "[[terms]]\nterm = \"Engagement rate\"\ndefinition = \"D\"\nlesson = \"a#why\"\n\n[[terms]]\nterm = \"KPI\"\nexpansion = \"key performance indicator\"\ndefinition = \"D\"\nlesson = \"nope\"\n".into(),
        };
        let body = format!(
            "{}\n\n## Why\n\nSee [rates](glossary:engagement-rate) and [CPM](glossary:cpm).",
            words(650)
        );
        let msgs = messages(compile(&CourseSource {
            course_toml: Some(course_toml()),
            glossary: Some(glossary),
            lessons: vec![(PartId::Intro, lesson("a", &body))],
            ..Default::default()
        }));
        assert_eq!(
            msgs,
            [
                "glossary.toml:7: term `KPI`: no lesson with slug `nope`",
                "lessons/intro/01-a.md:12: broken link: the glossary has no term `cpm` (src/content/glossary.toml)",
            ]
        );
    }
}

//! Ranking search results over the index that `build.rs` makes (one entry per heading section).

use std::sync::OnceLock;

use crate::content::{Block, Lesson, LESSONS};

pub const MAX_RESULTS: usize = 12;
const SNIPPET_CHARS: usize = 110;

/// One searchable section: a lesson's opening, or a heading with the text under it. Anchors and
/// headings come from the compile-time course data; the text is taken from the compiled HTML
/// once, on the first search, so the bundle does not carry the course text twice.
#[derive(Debug)]
pub struct Section {
    pub lesson: &'static Lesson,
    /// Heading anchor; empty for the top of the lesson.
    pub anchor: &'static str,
    pub heading: &'static str,
    pub text: String,
    lower_text: String,
    lower_heading: String,
    lower_title: String,
}

#[derive(Clone, Debug)]
pub struct Hit {
    pub lesson: &'static Lesson,
    pub anchor: &'static str,
    pub heading: &'static str,
    pub snippet: String,
    pub score: u32,
}

impl PartialEq for Hit {
    fn eq(&self, other: &Self) -> bool {
        self.lesson.slug == other.lesson.slug
            && self.anchor == other.anchor
            && self.score == other.score
            && self.snippet == other.snippet
    }
}

/// Text of a fragment of compiled HTML: tags removed, the few entities the compiler writes
/// decoded, screen-reader-only link hints dropped.
pub fn html_text(html: &str) -> String {
    let html = html.replace(
        &format!(
            "<span class=\"visually-hidden\">{}</span>",
            crate::contracts::NEW_TAB_NOTE
        ),
        "",
    );
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a lesson's HTML at its headings (`<h2 id=` / `<h3 id=`).
fn lesson_sections(lesson: &'static Lesson) -> Vec<Section> {
    let html: String = lesson
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Html(h) => Some(*h),
            _ => None,
        })
        .collect();
    let mut sections = Vec::new();
    let mut rest = html.as_str();
    let mut current: (&'static str, &'static str) = ("", "");
    loop {
        let next = lesson.headings.iter().find_map(|h| {
            let marker = format!("<h{} id=\"{}\">", h.level, h.id);
            rest.find(&marker).map(|at| (at, marker.len(), h))
        });
        let (body, following) = match next {
            Some((at, _, _)) => rest.split_at(at),
            None => (rest, ""),
        };
        sections.push(section(lesson, current, body));
        let Some((_, _, heading)) = next else { break };
        // Skip the heading element itself: its text is the section's heading.
        let close = format!("</h{}>", heading.level);
        rest = following
            .find(&close)
            .map(|i| &following[i + close.len()..])
            .unwrap_or("");
        current = (heading.id, heading.text);
    }
    sections
}

fn section(
    lesson: &'static Lesson,
    (anchor, heading): (&'static str, &'static str),
    html: &str,
) -> Section {
    let text = html_text(html);
    Section {
        lesson,
        anchor,
        heading,
        lower_text: text.to_lowercase(),
        lower_heading: heading.to_lowercase(),
        lower_title: lesson.title.to_lowercase(),
        text,
    }
}

/// Every section of the course, built once.
pub fn sections() -> &'static [Section] {
    static SECTIONS: OnceLock<Vec<Section>> = OnceLock::new();
    SECTIONS.get_or_init(|| LESSONS.iter().flat_map(lesson_sections).collect())
}

/// Lower-case words of two or more characters.
pub fn terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| t.chars().count() >= 2)
        .map(str::to_lowercase)
        .collect()
}

/// Every term must appear in the section (its lesson title, heading or text). Matches in the
/// lesson title weigh most, then the heading, then the text (capped, so long sections do not
/// drown short precise ones).
pub fn search(sections: &[Section], query: &str) -> Vec<Hit> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = sections
        .iter()
        .filter_map(|s| {
            let mut score = 0;
            for term in &terms {
                let in_title = s.lower_title.contains(term.as_str());
                let in_heading = s.lower_heading.contains(term.as_str());
                let in_text = s.lower_text.matches(term.as_str()).count().min(5) as u32;
                if !in_title && !in_heading && in_text == 0 {
                    return None;
                }
                score += u32::from(in_title) * 8 + u32::from(in_heading) * 5 + in_text;
            }
            Some(Hit {
                lesson: s.lesson,
                anchor: s.anchor,
                heading: if s.heading.is_empty() {
                    s.lesson.title
                } else {
                    s.heading
                },
                snippet: snippet(&s.text, &s.lower_text, &terms[0]),
                score,
            })
        })
        .collect();
    // Stable sort keeps course order among equal scores.
    crate::domain::sort::sort_by(&mut hits, &|a, b| b.score.cmp(&a.score));
    hits.truncate(MAX_RESULTS);
    hits
}

/// A short excerpt of the original text around the first match of `term`.
fn snippet(original: &str, lower: &str, term: &str) -> String {
    // Lower-casing can change byte lengths for some scripts; fall back to the start then.
    let at = lower
        .find(term)
        .filter(|_| lower.len() == original.len())
        .unwrap_or(0);
    let chars: Vec<(usize, char)> = original.char_indices().collect();
    let centre = chars.iter().position(|(i, _)| *i >= at).unwrap_or(0);
    let start = centre.saturating_sub(SNIPPET_CHARS / 3);
    let end = (start + SNIPPET_CHARS).min(chars.len());
    let mut out: String = chars[start..end].iter().map(|(_, c)| c).collect();
    out = out.trim().to_string();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{lesson, LESSONS};

    #[test]
    fn finds_the_lesson_that_teaches_a_term_first() {
        let hits = search(sections(), "UTM");
        assert_eq!(
            hits.first().map(|h| h.lesson.slug),
            Some("utm-links-and-traffic")
        );
        let hits = search(sections(), "SMART goals");
        assert_eq!(
            hits.first().map(|h| h.lesson.slug),
            Some("smart-goals-kpis")
        );
    }

    #[test]
    fn every_term_must_match() {
        assert!(search(sections(), "bakery zzzqqq").is_empty());
        assert!(search(sections(), "  ").is_empty());
        assert!(
            search(sections(), "a").is_empty(),
            "one-letter terms are ignored"
        );
    }

    #[test]
    fn title_matches_outrank_text_matches() {
        let hits = search(sections(), "pinterest");
        assert_eq!(hits[0].lesson.slug, "pinterest");
        assert!(hits.len() > 1, "other lessons mention Pinterest too");
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(hits.len() <= MAX_RESULTS);
    }

    #[test]
    fn snippets_quote_the_original_text_around_the_match() {
        let hits = search(sections(), "troll");
        let hit = hits
            .iter()
            .find(|h| h.lesson.slug == "negative-feedback-process")
            .expect("hit");
        assert!(
            hit.snippet.to_lowercase().contains("troll"),
            "{}",
            hit.snippet
        );
        assert!(lesson(hit.lesson.slug).is_some());
        assert_eq!(
            snippet("Hello World", "hello world", "world"),
            "Hello World"
        );
    }

    #[test]
    fn html_becomes_plain_text() {
        let html = "<p>Fish &amp; chips <a href=\"x\" class=\"external\">site<span class=\"visually-hidden\"> (opens in a new tab)</span></a>, &quot;hot&quot; &lt;3</p>";
        assert_eq!(html_text(html), "Fish & chips site , \"hot\" <3");
    }

    #[test]
    fn every_heading_is_a_section_with_its_own_text() {
        let all = sections();
        for l in LESSONS {
            let mine: Vec<&Section> = all.iter().filter(|s| s.lesson.slug == l.slug).collect();
            assert_eq!(mine.len(), l.headings.len() + 1, "{}", l.slug);
            assert!(
                mine.iter().skip(1).all(|s| !s.text.contains("</")),
                "{}",
                l.slug
            );
        }
        let takeaways = all
            .iter()
            .find(|s| s.anchor == "key-takeaways")
            .expect("takeaways");
        assert!(!takeaways.text.is_empty() && !takeaways.text.contains('#'));
    }
}

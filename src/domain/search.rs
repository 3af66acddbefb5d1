//! Ranking search results over the index that `build.rs` makes (one entry per heading section).

use crate::content::{Lesson, SearchEntry};

pub const MAX_RESULTS: usize = 12;
const SNIPPET_CHARS: usize = 110;

#[derive(Clone, Debug)]
pub struct Hit {
    pub lesson: &'static Lesson,
    /// Heading anchor; empty for the top of the lesson.
    pub anchor: &'static str,
    pub heading: &'static str,
    pub snippet: String,
    pub score: u32,
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
pub fn search(index: &'static [SearchEntry], lessons: &'static [Lesson], query: &str) -> Vec<Hit> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = index
        .iter()
        .filter_map(|entry| {
            let lesson = lessons.get(usize::from(entry.lesson))?;
            let title = lesson.title.to_lowercase();
            let heading = entry.heading.to_lowercase();
            let text = entry.text.to_lowercase();
            let mut score = 0;
            for term in &terms {
                let in_title = title.contains(term.as_str());
                let in_heading = heading.contains(term.as_str());
                let in_text = text.matches(term.as_str()).count().min(5) as u32;
                if !in_title && !in_heading && in_text == 0 {
                    return None;
                }
                score += u32::from(in_title) * 8 + u32::from(in_heading) * 5 + in_text;
            }
            Some(Hit {
                lesson,
                anchor: entry.anchor,
                heading: if entry.heading.is_empty() { lesson.title } else { entry.heading },
                snippet: snippet(entry.text, &text, &terms[0]),
                score,
            })
        })
        .collect();
    // Stable sort keeps course order among equal scores.
    hits.sort_by(|a, b| b.score.cmp(&a.score));
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
    use crate::content::{lesson, LESSONS, SEARCH_INDEX};

    #[test]
    fn finds_the_lesson_that_teaches_a_term_first() {
        let hits = search(SEARCH_INDEX, LESSONS, "UTM");
        assert_eq!(hits.first().map(|h| h.lesson.slug), Some("utm-links-and-traffic"));
        let hits = search(SEARCH_INDEX, LESSONS, "SMART goals");
        assert_eq!(hits.first().map(|h| h.lesson.slug), Some("smart-goals-kpis"));
    }

    #[test]
    fn every_term_must_match() {
        assert!(search(SEARCH_INDEX, LESSONS, "bakery zzzqqq").is_empty());
        assert!(search(SEARCH_INDEX, LESSONS, "  ").is_empty());
        assert!(search(SEARCH_INDEX, LESSONS, "a").is_empty(), "one-letter terms are ignored");
    }

    #[test]
    fn title_matches_outrank_text_matches() {
        let hits = search(SEARCH_INDEX, LESSONS, "pinterest");
        assert_eq!(hits[0].lesson.slug, "pinterest");
        assert!(hits.len() > 1, "other lessons mention Pinterest too");
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(hits.len() <= MAX_RESULTS);
    }

    #[test]
    fn snippets_quote_the_original_text_around_the_match() {
        let hits = search(SEARCH_INDEX, LESSONS, "troll");
        let hit = hits.iter().find(|h| h.lesson.slug == "negative-feedback-process").expect("hit");
        assert!(hit.snippet.to_lowercase().contains("troll"), "{}", hit.snippet);
        assert!(lesson(hit.lesson.slug).is_some());
        assert_eq!(snippet("Hello World", "hello world", "world"), "Hello World");
    }
}

//! Ranking search results over the index that `build.rs` makes (one entry per heading section).

use std::sync::OnceLock;

use crate::content::{Block, Lesson, LESSONS};

/// Every lesson's blocks, in `LESSONS` order (`content::LESSON_BLOCKS`, which the app reaches
/// through `components::course_text`).
pub type CourseBlocks = &'static [&'static [Block]];

pub const MAX_RESULTS: usize = 12;
/// At most this many sections of one lesson, so one lesson does not fill the list.
const PER_LESSON: usize = 3;
/// Words shown around the match in a snippet.
use crate::domain::locale::{Lang, LANG};

const SNIPPET_WORDS: usize = 26;

/// Words a query may hold that say nothing about what is wanted ("how to use hashtags"), and
/// judging words a passage that answers rarely repeats ("best time to post" is answered by
/// "test your posting time"). They need not match, unless the query is nothing else; they still
/// count in a phrase.
const STOP_WORDS_EN: [&str; 42] = [
    "a", "an", "and", "are", "as", "at", "be", "best", "better", "by", "can", "do", "does", "for",
    "from", "good", "how", "i", "ideal", "in", "is", "it", "my", "of", "on", "or", "right",
    "should", "the", "to", "top", "way", "we", "what", "when", "where", "which", "who", "why",
    "with", "you", "your",
];

/// The same for French, accents folded as [`fold_in`] writes them ("ou" stands for « où »); the
/// single letters are what an elision leaves (« l’engagement » is "l" and "engagement").
const STOP_WORDS_FR: [&str; 65] = [
    "a",
    "au",
    "aux",
    "avec",
    "bon",
    "bonne",
    "c",
    "ce",
    "ces",
    "comment",
    "d",
    "dans",
    "de",
    "des",
    "du",
    "elle",
    "en",
    "est",
    "et",
    "faire",
    "faut",
    "il",
    "j",
    "je",
    "l",
    "la",
    "le",
    "les",
    "leur",
    "m",
    "ma",
    "meilleur",
    "meilleure",
    "meilleurs",
    "mes",
    "mieux",
    "mon",
    "n",
    "ne",
    "nos",
    "notre",
    "nous",
    "on",
    "ou",
    "par",
    "pour",
    "pourquoi",
    "qu",
    "quand",
    "que",
    "quel",
    "quelle",
    "qui",
    "quoi",
    "s",
    "sa",
    "se",
    "ses",
    "son",
    "sur",
    "un",
    "une",
    "vos",
    "votre",
    "vous",
];

/// Whether `word` (lower case) is a stop word of this build's language.
fn is_stop_word(word: &str) -> bool {
    is_stop_word_in(LANG, word)
}

fn is_stop_word_in(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::En => STOP_WORDS_EN.contains(&word),
        Lang::Fr => STOP_WORDS_FR.contains(&word),
    }
}

/// A lower-case word as the search compares it: as it is in English; in French without its
/// accents (« événement » and "evenement" are one word) and with « œ » as "oe".
fn fold_in(lang: Lang, lower: String) -> String {
    match lang {
        Lang::En => lower,
        Lang::Fr if lower.is_ascii() => lower,
        Lang::Fr => lower
            .chars()
            .flat_map(|c| {
                let plain = match c {
                    'à' | 'â' | 'ä' => "a",
                    'ç' => "c",
                    'é' | 'è' | 'ê' | 'ë' => "e",
                    'î' | 'ï' => "i",
                    'ô' | 'ö' => "o",
                    'ù' | 'û' | 'ü' => "u",
                    'ÿ' => "y",
                    'œ' => "oe",
                    'æ' => "ae",
                    _ => "",
                };
                let mut out: Vec<char> = plain.chars().collect();
                if out.is_empty() {
                    out.push(c);
                }
                out
            })
            .collect(),
    }
}

/// A word of a text: its byte range in the original and its lower-case form.
#[derive(Debug)]
struct Word {
    start: usize,
    end: usize,
    lower: String,
}

/// The words of `text`: runs of letters and digits.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    start: s,
                    end: i,
                    lower: fold_in(LANG, text[s..i].to_lowercase()),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// One searchable section: a lesson's opening, or a heading with the text under it. Anchors and
/// headings come from the compile-time course data; the text is taken from the compiled HTML
/// once, on the first search, so the bundle does not carry the course text twice.
#[derive(Debug)]
pub struct Section {
    pub lesson: &'static Lesson,
    /// Heading anchor; empty for the top of the lesson.
    pub anchor: &'static str,
    /// The section's heading; the lesson title for its opening.
    pub heading: &'static str,
    pub text: String,
    words: Vec<Word>,
    heading_words: Vec<Word>,
    title_words: Vec<Word>,
}

/// A run of text, marked when it matched the query (shown in `<mark>`).
pub type Marked = Vec<(String, bool)>;

#[derive(Clone, Debug)]
pub struct Hit {
    pub lesson: &'static Lesson,
    pub anchor: &'static str,
    /// The section heading, its matching words marked.
    pub heading: Marked,
    pub snippet: Marked,
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

/// A query read for matching: every word in order (for the phrase) and the words that must
/// each match somewhere (stop words left out, unless the query is nothing else).
#[derive(Debug, PartialEq)]
pub struct Query {
    pub words: Vec<String>,
    pub terms: Vec<Term>,
}

/// A word the query needs: its stem, and whether any word that starts with it counts.
#[derive(Debug, PartialEq)]
pub struct Term {
    pub stem: String,
    /// Set for a term no word of the course matches whole (a word still being typed: "pinter").
    pub loose: bool,
}

impl Term {
    fn hits(&self, word: &str) -> bool {
        if self.loose {
            word.starts_with(&self.stem)
        } else {
            word_matches(word, &self.stem)
        }
    }
}

/// A term's stem in this build's language (see [`stem_in`]).
fn stem(word: &str) -> &str {
    stem_in(LANG, word)
}

/// A term's stem: in English a plural "s" or an "-ing" dropped, so "hashtags" finds "hashtag"
/// and "posting" finds "post"; in French a plural "s" or "x" dropped (« abonnés » finds
/// « abonné »). A word matches when it starts with the stem (see [`word_matches_in`]).
fn stem_in(lang: Lang, word: &str) -> &str {
    if lang == Lang::Fr {
        if word.len() >= 4 {
            if let Some(s) = word.strip_suffix(['s', 'x']) {
                return s;
            }
        }
        return word;
    }
    if word.len() >= 6 {
        if let Some(s) = word.strip_suffix("ing") {
            return s;
        }
    }
    if word.len() >= 4 && !word.ends_with("ss") {
        if let Some(s) = word.strip_suffix('s') {
            return s;
        }
    }
    word
}

impl Query {
    pub fn parse(query: &str) -> Query {
        let words: Vec<String> = words(query).into_iter().map(|w| w.lower).collect();
        let mut terms: Vec<Term> = Vec::new();
        let content: Vec<&String> = words.iter().filter(|w| !is_stop_word(w)).collect();
        let chosen = if content.is_empty() {
            words.iter().collect()
        } else {
            content
        };
        for w in chosen {
            let t = stem(w).to_string();
            if t.chars().count() >= 2 && !terms.iter().any(|x| x.stem == t) {
                terms.push(Term {
                    stem: t,
                    loose: false,
                });
            }
        }
        Query { words, terms }
    }

    /// Whether the query's words appear one after another from `words[at]`.
    fn phrase_at(&self, words: &[Word], at: usize) -> bool {
        self.words.len() >= 2
            && self.words.iter().enumerate().all(|(k, q)| {
                words.get(at + k).is_some_and(|w| {
                    if is_stop_word(q) {
                        w.lower == *q
                    } else {
                        word_matches(&w.lower, stem(q))
                    }
                })
            })
    }

    fn phrase_in(&self, words: &[Word]) -> Option<usize> {
        (0..words.len()).find(|&i| self.phrase_at(words, i))
    }

    fn any_term(&self, word: &str) -> bool {
        self.terms.iter().any(|t| t.hits(word))
    }
}

/// A word matches a term that it is, or that it is with an ending ("post": "posts", "posted",
/// "posting", not "postponed"; "time": "times", not "timely").
fn word_matches(word: &str, term: &str) -> bool {
    word_matches_in(LANG, word, term)
}

/// [`word_matches`] with each language's endings: in French the plural and the feminine
/// ("abonne" matches « abonnés » and « abonnée », not « abonnement »).
fn word_matches_in(lang: Lang, word: &str, term: &str) -> bool {
    let endings: &[&str] = match lang {
        Lang::En => &["", "s", "es", "ed", "d", "ing", "er", "ers"],
        Lang::Fr => &["", "s", "x", "e", "es"],
    };
    word.strip_prefix(term)
        .is_some_and(|rest| endings.contains(&rest))
}

/// Tags inside a line of text: the text runs on across them ("<strong>Places</strong>: maps" reads
/// "Places: maps", not "Places : maps"). Every other tag starts or ends a block, or breaks a line.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "small", "span",
    "strong", "sub", "sup", "u",
];

/// Text of a fragment of compiled HTML: tags removed (a space where one ended a block), the few
/// entities the compiler writes decoded, screen-reader-only link hints dropped.
pub fn html_text(html: &str) -> String {
    let note = match crate::domain::locale::LANG {
        crate::domain::locale::Lang::En => crate::contracts::NEW_TAB_NOTE,
        crate::domain::locale::Lang::Fr => crate::contracts::NEW_TAB_NOTE_FR,
    };
    let html = html.replace(
        &format!("<span class=\"visually-hidden\">{note}</span>"),
        "",
    );
    let mut out = String::with_capacity(html.len());
    // Each piece after a `<` is a tag up to its `>`, then text up to the next tag.
    let mut pieces = html.split('<');
    out.push_str(pieces.next().unwrap_or_default());
    for piece in pieces {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !INLINE_TAGS.contains(&name.as_str()) && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(text);
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
fn lesson_sections(lesson: &'static Lesson, blocks: &'static [Block]) -> Vec<Section> {
    let html: String = blocks
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
    let heading = if heading.is_empty() {
        lesson.title
    } else {
        heading
    };
    Section {
        lesson,
        anchor,
        heading,
        words: words(&text),
        heading_words: words(heading),
        title_words: words(lesson.title),
        text,
    }
}

/// Every section of the course, built once.
pub fn sections(blocks: CourseBlocks) -> &'static [Section] {
    static SECTIONS: OnceLock<Vec<Section>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        LESSONS
            .iter()
            .zip(blocks)
            .flat_map(|(lesson, blocks)| lesson_sections(lesson, blocks))
            .collect()
    })
}

/// Ranks the sections that hold every term of `query` (in the lesson title, the heading or the
/// text). A section holding the whole query as a phrase comes first (in its heading or title
/// above in its text); then a term weighs most in the section's heading, then in the lesson
/// title, then in the text (counted, but capped so long sections do not drown short precise
/// ones). At most `PER_LESSON` sections of a lesson are listed.
pub fn search(sections: &[Section], query: &str) -> Vec<Hit> {
    let mut query = Query::parse(query);
    if query.terms.is_empty() {
        return Vec::new();
    }
    for term in &mut query.terms {
        term.loose = !sections
            .iter()
            .any(|s| s.words.iter().any(|w| word_matches(&w.lower, &term.stem)));
    }
    let mut scored: Vec<(u32, &Section)> = sections
        .iter()
        .filter_map(|s| score(s, &query).map(|n| (n, s)))
        .collect();
    // Stable sort keeps course order among equal scores.
    crate::domain::sort::sort_by(&mut scored, &|a, b| b.0.cmp(&a.0));
    let mut hits: Vec<Hit> = Vec::new();
    for (score, s) in scored {
        if hits.len() == MAX_RESULTS {
            break;
        }
        if hits
            .iter()
            .filter(|h| h.lesson.slug == s.lesson.slug)
            .count()
            < PER_LESSON
        {
            hits.push(Hit {
                lesson: s.lesson,
                anchor: s.anchor,
                heading: mark(
                    s.heading,
                    &s.heading_words,
                    0,
                    s.heading_words.len(),
                    &query,
                ),
                snippet: snippet(s, &query),
                score,
            });
        }
    }
    hits
}

fn score(s: &Section, query: &Query) -> Option<u32> {
    let has = |words: &[Word], t: &Term| words.iter().any(|w| t.hits(&w.lower));
    let mut score = 0;
    for term in &query.terms {
        let in_title = has(&s.title_words, term);
        let in_heading = has(&s.heading_words, term);
        let in_text = s
            .words
            .iter()
            .filter(|w| term.hits(&w.lower))
            .take(4)
            .count() as u32;
        if !in_title && !in_heading && in_text == 0 {
            return None;
        }
        score += u32::from(in_heading) * 40 + u32::from(in_title) * 25 + in_text * 3;
    }
    if query.phrase_in(&s.heading_words).is_some() || query.phrase_in(&s.title_words).is_some() {
        score += 1000;
    } else if query.phrase_in(&s.words).is_some() {
        score += 500;
    } else if query.terms.len() >= 2 && close_together(&s.words, query) {
        score += 200;
    }
    Some(score)
}

/// Whether every term falls within a few words of one another somewhere ("posting time" for
/// "time to post").
fn close_together(words: &[Word], query: &Query) -> bool {
    (0..words.len()).any(|i| {
        let near = &words[i..(i + 4).min(words.len())];
        query
            .terms
            .iter()
            .all(|t| near.iter().any(|w| t.hits(&w.lower)))
    })
}

/// The words `from..to` of `text` (all of it when they are all its words), with the words that
/// match a term marked.
fn mark(text: &str, words: &[Word], from: usize, to: usize, query: &Query) -> Marked {
    let (start, end) = match (
        words.get(from),
        to.checked_sub(1).and_then(|l| words.get(l)),
    ) {
        _ if from == 0 && to == words.len() => (0, text.len()),
        (Some(first), Some(last)) => (first.start, last.end),
        _ => return Vec::new(),
    };
    let mut out: Marked = Vec::new();
    let mut at = start;
    for w in &words[from..to] {
        if query.any_term(&w.lower) {
            push_run(&mut out, &text[at..w.start], false);
            push_run(&mut out, &text[w.start..w.end], true);
            at = w.end;
        }
    }
    push_run(&mut out, &text[at..end], false);
    out
}

fn push_run(out: &mut Marked, piece: &str, marked: bool) {
    match out.last_mut() {
        Some((last, m)) if *m == marked => last.push_str(piece),
        _ if !piece.is_empty() => out.push((piece.to_string(), marked)),
        _ => {}
    }
}

/// About `SNIPPET_WORDS` whole words of the section's text around its best match: where the
/// phrase starts, else where the most different terms fall close together.
fn snippet(s: &Section, query: &Query) -> Marked {
    let words = &s.words;
    if words.is_empty() {
        return Vec::new();
    }
    let centre = query.phrase_in(words).unwrap_or_else(|| {
        let mut best = (0, 0);
        for (i, w) in words.iter().enumerate() {
            if !query.any_term(&w.lower) {
                continue;
            }
            let near = &words[i..(i + 12).min(words.len())];
            let found = query
                .terms
                .iter()
                .filter(|t| near.iter().any(|w| t.hits(&w.lower)))
                .count();
            if found > best.0 {
                best = (found, i);
            }
        }
        best.1
    });
    let from = centre.saturating_sub(SNIPPET_WORDS / 3);
    let to = (from + SNIPPET_WORDS).min(words.len());
    let from = to.saturating_sub(SNIPPET_WORDS);
    let mut out = mark(&s.text, words, from, to, query);
    if from > 0 {
        out.insert(0, ("…".to_string(), false));
    }
    if to < words.len() {
        out.push(("…".to_string(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_sections() -> &'static [Section] {
        sections(crate::content::LESSON_BLOCKS)
    }
    use crate::content::{lesson, LESSONS};

    #[test]
    fn finds_the_lesson_that_teaches_a_term_first() {
        let hits = search(all_sections(), "UTM");
        assert_eq!(
            hits.first().map(|h| h.lesson.slug),
            Some("utm-links-and-traffic")
        );
        let hits = search(all_sections(), "SMART goals");
        assert_eq!(
            hits.first().map(|h| h.lesson.slug),
            Some("smart-goals-kpis")
        );
    }

    #[test]
    fn every_term_must_match() {
        assert!(search(all_sections(), "bakery zzzqqq").is_empty());
        assert!(search(all_sections(), "  ").is_empty());
        assert!(
            search(all_sections(), "a").is_empty(),
            "one-letter terms are ignored"
        );
    }

    #[test]
    fn title_matches_outrank_text_matches() {
        let hits = search(all_sections(), "pinterest");
        assert_eq!(hits[0].lesson.slug, "pinterest");
        assert!(hits.len() > 1, "other lessons mention Pinterest too");
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(hits.len() <= MAX_RESULTS);
    }

    fn plain(marked: &Marked) -> String {
        marked.iter().map(|(t, _)| t.as_str()).collect()
    }

    fn marked(marked: &Marked) -> Vec<&str> {
        marked
            .iter()
            .filter(|(_, m)| *m)
            .map(|(t, _)| t.as_str())
            .collect()
    }

    fn top(query: &str, n: usize) -> Vec<(&'static str, &'static str)> {
        search(all_sections(), query)
            .into_iter()
            .take(n)
            .map(|h| (h.lesson.slug, h.anchor))
            .collect()
    }

    #[test]
    fn best_time_to_post_finds_the_posting_time_passage_first() {
        let hits = search(all_sections(), "best time to post");
        let first = &hits[0];
        assert_eq!(
            (first.lesson.slug, first.anchor),
            ("testing-and-iterating", "what-a-fair-experiment-looks-like")
        );
        assert!(plain(&first.snippet).contains("posting time"));
        assert_eq!(marked(&first.snippet)[..2], ["posting", "time"]);
        // "best" need not match; "time" and "post" must, as words ("postponed" is not "post").
        assert!(hits
            .iter()
            .all(|h| !plain(&h.snippet).contains("postponed")));
    }

    #[test]
    fn engagement_rate_opens_its_own_lesson_and_phrases_rank_first() {
        assert_eq!(
            top("engagement rate", 3),
            [
                ("engagement-rate-formulas", ""),
                (
                    "engagement-rate-formulas",
                    "working-out-a-typical-rate-for-a-month"
                ),
                ("engagement-rate-formulas", "what-counts-as-an-engagement"),
            ]
        );
        // Every hit holds the phrase somewhere, so none is a section with only "rate".
        let hits = search(all_sections(), "engagement rate");
        assert_eq!(hits.len(), MAX_RESULTS);
        assert!(hits.iter().all(|h| h.score >= 500));
    }

    #[test]
    fn negative_comment_finds_the_phrase_then_the_feedback_lesson() {
        let hits = top("negative comment", 6);
        assert_eq!(hits[0], ("community-management-basics", "house-rules"));
        assert!(hits
            .iter()
            .any(|(slug, _)| *slug == "negative-feedback-process"));
    }

    #[test]
    fn kpi_and_hashtags_find_the_sections_that_teach_them() {
        assert_eq!(
            top("KPI", 2),
            [
                ("smart-goals-kpis", "choosing-kpis-for-each-objective"),
                ("smart-goals-kpis", "")
            ]
        );
        let hits = search(all_sections(), "hashtags");
        assert_eq!(
            (hits[0].lesson.slug, hits[0].anchor),
            (
                "accessible-and-lawful-posts",
                "hashtags-emoji-and-fancy-fonts"
            )
        );
        // The heading is marked too, for "hashtags" as for "hashtag".
        assert_eq!(marked(&hits[0].heading), ["Hashtags"]);
        assert!(hits.iter().any(|h| marked(&h.snippet).contains(&"hashtag")));
    }

    #[test]
    fn a_nonsense_word_finds_nothing() {
        assert!(search(all_sections(), "flibbertigibbet").is_empty());
        assert!(search(all_sections(), "hashtags flibbertigibbet").is_empty());
    }

    #[test]
    fn a_word_being_typed_still_finds_its_lesson() {
        assert_eq!(top("pinter", 1), [("pinterest", "who-is-on-pinterest")]);
    }

    #[test]
    fn one_lesson_fills_at_most_three_places() {
        let hits = search(all_sections(), "pinterest");
        assert_eq!(
            hits.iter().filter(|h| h.lesson.slug == "pinterest").count(),
            PER_LESSON
        );
    }

    #[test]
    fn snippets_are_whole_words() {
        for q in ["engagement rate", "troll", "budget", "alt text"] {
            for hit in search(all_sections(), q) {
                let text = plain(&hit.snippet);
                let inner = text.trim_start_matches('…').trim_end_matches('…');
                let section = all_sections()
                    .iter()
                    .find(|s| s.lesson.slug == hit.lesson.slug && s.anchor == hit.anchor)
                    .expect("section");
                let at = section.text.find(inner).expect("a slice of the text");
                let before = section.text[..at].chars().next_back();
                let after = section.text[at + inner.len()..].chars().next();
                assert!(!before.is_some_and(char::is_alphanumeric), "{text}");
                assert!(!after.is_some_and(char::is_alphanumeric), "{text}");
                assert!(inner.split_whitespace().count() <= SNIPPET_WORDS + 5);
            }
        }
    }

    #[test]
    fn queries_drop_stop_words_and_endings() {
        let q = Query::parse("How to use Hashtags?");
        assert_eq!(q.words, ["how", "to", "use", "hashtags"]);
        let stems: Vec<&str> = q.terms.iter().map(|t| t.stem.as_str()).collect();
        assert_eq!(stems, ["use", "hashtag"]);
        let q = Query::parse("the best");
        let stems: Vec<&str> = q.terms.iter().map(|t| t.stem.as_str()).collect();
        assert_eq!(
            stems,
            ["the", "best"],
            "a query of stop words only keeps them"
        );
        assert!(word_matches("posting", "post") && !word_matches("postponed", "post"));
    }

    #[test]
    fn snippets_quote_the_original_text_around_the_match() {
        let hits = search(all_sections(), "troll");
        let hit = hits
            .iter()
            .find(|h| h.lesson.slug == "negative-feedback-process")
            .expect("hit");
        assert!(
            plain(&hit.snippet).to_lowercase().contains("troll"),
            "{:?}",
            hit.snippet
        );
        assert!(marked(&hit.snippet)
            .iter()
            .all(|m| m.to_lowercase().starts_with("troll")));
        assert!(lesson(hit.lesson.slug).is_some());
    }

    #[test]
    fn html_becomes_plain_text() {
        let html = "<p>Fish &amp; chips <a href=\"x\" class=\"external\">site<span class=\"visually-hidden\"> (opens in a new tab)</span></a>, &quot;hot&quot; &lt;3</p>";
        assert_eq!(html_text(html), "Fish & chips site, \"hot\" <3");
    }

    #[test]
    fn text_runs_on_across_inline_markup_and_breaks_between_blocks() {
        let html = "<p>Write <code>#SourdoughSaturday</code>, not <em>#sourdoughsaturday</em>.</p>\
                    <ul><li><strong>Places</strong>: maps</li><li>Tags</li></ul>\
                    <table><tr><td>Cost</td><td>Reach</td></tr></table><p>End</p>";
        assert_eq!(
            html_text(html),
            "Write #SourdoughSaturday, not #sourdoughsaturday. Places: maps Tags Cost Reach End"
        );
    }

    #[test]
    fn every_heading_is_a_section_with_its_own_text() {
        let all = all_sections();
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

    #[test]
    fn french_queries_ignore_accents_plurals_and_little_words() {
        assert!(is_stop_word_in(Lang::Fr, "comment") && is_stop_word_in(Lang::Fr, "l"));
        assert!(!is_stop_word_in(Lang::En, "comment"));
        assert!(is_stop_word_in(Lang::En, "how") && !is_stop_word_in(Lang::Fr, "how"));
        assert_eq!(fold_in(Lang::Fr, "événement".to_string()), "evenement");
        assert_eq!(fold_in(Lang::Fr, "cœur".to_string()), "coeur");
        assert_eq!(fold_in(Lang::En, "café".to_string()), "café");
        assert_eq!(stem_in(Lang::Fr, "abonnés"), "abonné");
        assert_eq!(stem_in(Lang::Fr, "réseaux"), "réseau");
        assert_eq!(stem_in(Lang::Fr, "posting"), "posting");
        assert_eq!(stem_in(Lang::En, "posting"), "post");
        assert!(word_matches_in(Lang::Fr, "abonnees", "abonne"));
        assert!(word_matches_in(Lang::Fr, "reseaux", "reseau"));
        assert!(!word_matches_in(Lang::Fr, "abonnement", "abonne"));
        assert!(!word_matches_in(Lang::Fr, "posting", "post"));
        assert!(word_matches_in(Lang::En, "posting", "post"));
    }
}

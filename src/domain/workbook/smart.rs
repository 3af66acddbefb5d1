//! SMART goal builder (lesson `smart-goals-kpis`, widget `smart-goal`).
//!
//! [`check`] runs five plain heuristics over a goal the learner typed and says, for each letter,
//! whether it passes and what is missing. The heuristics read words and numbers of the build's
//! language (the word lists are in `smart_words.rs`); they coach, they do not grade.
//! [`suggested_kpis`] lists KPIs for an objective and platforms.

use crate::content::text::smart as t;
use crate::domain::locale::{Lang, LANG};
use crate::domain::wording::and_list;
use serde::{Deserialize, Serialize};

use super::smart_words::{lexicon, Lexicon};
use super::{clean_list, clean_text, Network, MAX_ITEMS, MAX_SHORT, MAX_TEXT};
use crate::domain::objective::MarketingObjective;

/// The five letters of SMART.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmartLetter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl SmartLetter {
    pub const ALL: [SmartLetter; 5] = [
        SmartLetter::Specific,
        SmartLetter::Measurable,
        SmartLetter::Achievable,
        SmartLetter::Relevant,
        SmartLetter::TimeBound,
    ];

    pub fn letter(self) -> char {
        match self {
            SmartLetter::Specific => 'S',
            SmartLetter::Measurable => 'M',
            SmartLetter::Achievable => 'A',
            SmartLetter::Relevant => 'R',
            SmartLetter::TimeBound => 'T',
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SmartLetter::Specific => t::LABEL_SPECIFIC,
            SmartLetter::Measurable => t::LABEL_MEASURABLE,
            SmartLetter::Achievable => t::LABEL_ACHIEVABLE,
            SmartLetter::Relevant => t::LABEL_RELEVANT,
            SmartLetter::TimeBound => t::LABEL_TIME_BOUND,
        }
    }

    /// The question to ask (from the lesson's table).
    pub fn question(self) -> &'static str {
        match self {
            SmartLetter::Specific => t::QUESTION_SPECIFIC,
            SmartLetter::Measurable => t::QUESTION_MEASURABLE,
            SmartLetter::Achievable => t::QUESTION_ACHIEVABLE,
            SmartLetter::Relevant => t::QUESTION_RELEVANT,
            SmartLetter::TimeBound => t::QUESTION_TIME_BOUND,
        }
    }
}

/// One letter's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmartCheck {
    pub letter: SmartLetter,
    pub passed: bool,
    /// On a fail: what is missing and an example. On a pass: what was found, plus any tip.
    pub message: String,
}

/// The result of [`check`]: five checks in S, M, A, R, T order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmartReport {
    pub checks: Vec<SmartCheck>,
}

impl SmartReport {
    pub fn passed_count(&self) -> usize {
        self.checks.iter().filter(|c| c.passed).count()
    }

    pub fn all_passed(&self) -> bool {
        self.checks.iter().all(|c| c.passed)
    }

    pub fn get(&self, letter: SmartLetter) -> Option<&SmartCheck> {
        self.checks.iter().find(|c| c.letter == letter)
    }

    /// The letters that fail, in order.
    pub fn missing(&self) -> Vec<SmartLetter> {
        self.checks
            .iter()
            .filter(|c| !c.passed)
            .map(|c| c.letter)
            .collect()
    }
}

/// Checks a goal against the five SMART letters for the chosen objective, reading the words of
/// the build's language.
pub fn check(goal_text: &str, objective: MarketingObjective) -> SmartReport {
    check_in(LANG, goal_text, objective)
}

/// [`check`] reading the words of `lang` (the messages stay in the build's language).
pub fn check_in(lang: Lang, goal_text: &str, objective: MarketingObjective) -> SmartReport {
    let lx = lexicon(lang);
    let words = tokenize(lx, goal_text);
    if words.is_empty() {
        return empty_report();
    }
    let numbers = classify_numbers(lx, &words);
    let checks = vec![
        specific(lx, &words),
        measurable(lx, &words, &numbers),
        achievable(lx, &words, &numbers),
        relevant(lx, &words, objective),
        time_bound(lx, &words, &numbers),
    ];
    SmartReport { checks }
}

fn empty_report() -> SmartReport {
    let checks = SmartLetter::ALL
        .into_iter()
        .map(|letter| SmartCheck {
            letter,
            passed: false,
            message: t::EMPTY_GOAL.to_string(),
        })
        .collect();
    SmartReport { checks }
}

// ---------------------------------------------------------------------------------------------
// Words and numbers

/// One word of the goal: lowercase, without surrounding punctuation.
#[derive(Clone, Debug, PartialEq)]
struct Word {
    text: String,
    number: Option<f64>,
    percent: bool,
    /// `10x`, `5x`, `x10`.
    multiplier: bool,
    /// `30/06/2025`, `2025-06-30`.
    date: bool,
    /// `30th`, `1st`, `1er`.
    ordinal: bool,
}

fn tokenize(lx: &Lexicon, text: &str) -> Vec<Word> {
    let keep = |c: char| c.is_alphanumeric() || c == '%' || c == '#';
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let trimmed = chunk.trim_matches(|c: char| !keep(c));
        if looks_like_date(trimmed) {
            out.push(word(lx, trimmed, true));
            continue;
        }
        let apostrophes: &[char] = if lx.split_apostrophes {
            &['\'', '’']
        } else {
            &[]
        };
        for part in
            trimmed.split(|c: char| matches!(c, '-' | '/' | '(' | ')') || apostrophes.contains(&c))
        {
            let part = part.trim_matches(|c: char| !keep(c));
            if !part.is_empty() {
                out.push(word(lx, part, false));
            }
        }
    }
    join_numbers(lx, out)
}

/// Joins what the tokenizer split: `20 %` and `20 pour cent` (a percentage), and in French
/// `1 200` (a thousands group).
fn join_numbers(lx: &Lexicon, words: Vec<Word>) -> Vec<Word> {
    let plain = |w: &Word| w.number.is_some() && !(w.percent || w.multiplier || w.ordinal);
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if let Some(prev) = out.last_mut().filter(|p| plain(p)) {
            if w.text == "%" {
                prev.percent = true;
                prev.text.push_str(" %");
                i += 1;
                continue;
            }
            let per_cent = lx.percent_words.len() == 2
                && w.text == lx.percent_words[0]
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.text == lx.percent_words[1]);
            if per_cent {
                prev.percent = true;
                prev.text = format!("{} {}", prev.text, lx.percent_words.join(" "));
                i += 2;
                continue;
            }
            let group = w.text.len() == 3 && w.text.chars().all(|c| c.is_ascii_digit());
            let short = prev.text.len() <= 3 && prev.text.chars().all(|c| c.is_ascii_digit())
                || prev.text.contains(' ');
            if lx.spaced_thousands && group && short && !prev.text.ends_with('%') {
                prev.number = prev.number.zip(w.number).map(|(a, b)| a * 1_000.0 + b);
                prev.text = format!("{} {}", prev.text, w.text);
                i += 1;
                continue;
            }
        }
        out.push(w.clone());
        i += 1;
    }
    out
}

fn looks_like_date(s: &str) -> bool {
    let seps = s.chars().filter(|c| matches!(c, '/' | '-' | '.')).count();
    seps == 2
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.'))
        && s.split(['/', '-', '.']).all(|p| (1..=4).contains(&p.len()))
}

fn word(lx: &Lexicon, raw: &str, date: bool) -> Word {
    let text = raw.to_lowercase();
    let mut w = Word {
        number: None,
        percent: false,
        multiplier: false,
        date,
        ordinal: false,
        text: text.clone(),
    };
    if date {
        return w;
    }
    let core = text
        .trim_start_matches(['£', '$', '€'])
        .trim_end_matches('€');
    let parse = |s: &str| parse_number(lx, s);
    if let Some(n) = core.strip_suffix('%').and_then(parse) {
        w.number = Some(n);
        w.percent = true;
    } else if let Some(n) = core
        .strip_suffix('x')
        .or_else(|| core.strip_prefix('x'))
        .and_then(parse)
    {
        w.number = Some(n);
        w.multiplier = true;
    } else if let Some(n) = core.strip_suffix('k').and_then(parse) {
        w.number = Some(n * 1_000.0);
    } else if let Some(n) = strip_ordinal(lx, core).and_then(parse) {
        w.number = Some(n);
        w.ordinal = true;
    } else {
        w.number = parse(core).or_else(|| number_word(lx, core));
    }
    w
}

fn strip_ordinal<'a>(lx: &Lexicon, s: &'a str) -> Option<&'a str> {
    lx.ordinal_suffixes
        .iter()
        .find_map(|suffix| s.strip_suffix(suffix))
        .filter(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
}

/// `1,200` and `4.5` in English; `4,5` and `1.200` in French.
fn parse_number(lx: &Lexicon, s: &str) -> Option<f64> {
    let digits: String = if lx.decimal_comma {
        let grouped = s.split('.').count() > 1
            && s.split('.').skip(1).all(|g| g.len() == 3)
            && !s.contains(',');
        if grouped {
            s.chars().filter(|&c| c != '.').collect()
        } else {
            s.replace(',', ".")
        }
    } else {
        s.chars().filter(|&c| c != ',').collect()
    };
    let ok = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.starts_with(|c: char| c.is_ascii_digit());
    if !ok {
        return None;
    }
    crate::domain::decimal::parse_decimal(&digits).filter(|n| n.is_finite())
}

fn number_word(lx: &Lexicon, s: &str) -> Option<f64> {
    lx.numbers.iter().find(|(w, _)| *w == s).map(|&(_, n)| n)
}

fn text_at(words: &[Word], i: Option<usize>) -> &str {
    i.and_then(|i| words.get(i)).map_or("", |w| w.text.as_str())
}

fn is_month_at(lx: &Lexicon, words: &[Word], i: usize) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    if !lx.months.contains(&w.text.as_str()) {
        return false;
    }
    if !lx.ambiguous_months.contains(&w.text.as_str()) {
        return true;
    }
    // "may" and "mar" are also ordinary words: count them only next to a number or after a
    // word that introduces a date.
    let prev = text_at(words, i.checked_sub(1));
    let next_is_number = words.get(i + 1).is_some_and(|n| n.number.is_some());
    let prev_is_number = i
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .is_some_and(|p| p.number.is_some());
    next_is_number || prev_is_number || lx.month_intro.contains(&prev)
}

/// What each number in the goal is for.
#[derive(Clone, Copy, Debug, PartialEq)]
enum NumberRole {
    /// A target or baseline the goal measures.
    Target,
    /// Part of a date, year or period ("30 June", "2025", "eight weeks").
    Time,
    /// A distance or service time ("within 15 miles", "within 4 hours").
    Other,
}

/// (index into words, value, role) for every number.
fn classify_numbers(lx: &Lexicon, words: &[Word]) -> Vec<(usize, f64, NumberRole)> {
    words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.number.map(|n| (i, n, number_role(lx, words, i, n))))
        .collect()
}

/// The index of the time unit after the number at `i` (`8 weeks`, `6 prochains mois`).
fn unit_after(lx: &Lexicon, words: &[Word], i: usize) -> Option<usize> {
    let next = text_at(words, Some(i + 1));
    if lx.time_units.contains(&next) {
        return Some(i + 1);
    }
    (lx.unit_adjectives.contains(&next) && lx.time_units.contains(&text_at(words, Some(i + 2))))
        .then_some(i + 2)
}

fn number_role(lx: &Lexicon, words: &[Word], i: usize, n: f64) -> NumberRole {
    let w = &words[i];
    if w.percent || w.multiplier {
        return NumberRole::Target;
    }
    let next = text_at(words, Some(i + 1));
    let prev = text_at(words, i.checked_sub(1));
    let near_month = is_month_at(lx, words, i + 1) || (i > 0 && is_month_at(lx, words, i - 1));
    let is_year = n.fract() == 0.0
        && (2000.0..=2100.0).contains(&n)
        && !words[i].text.contains([',', ' '])
        && (near_month || lx.year_intro.contains(&prev));
    if near_month || is_year || w.ordinal {
        return NumberRole::Time;
    }
    if unit_after(lx, words, i).is_some() {
        return NumberRole::Time;
    }
    if lx.other_units.contains(&next) {
        return NumberRole::Other;
    }
    NumberRole::Target
}

fn has_any(words: &[Word], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.text.as_str()))
}

fn first_of<'a>(words: &'a [Word], list: &[&str]) -> Option<&'a str> {
    words
        .iter()
        .map(|w| w.text.as_str())
        .find(|t| list.contains(t))
}

fn has_phrase(words: &[Word], phrase: &[&str]) -> bool {
    words
        .windows(phrase.len())
        .any(|win| win.iter().zip(phrase).all(|(w, p)| w.text == *p))
}

/// Whether `phrase` starts at word `i`.
fn phrase_at(words: &[Word], i: usize, phrase: &[&str]) -> bool {
    words
        .get(i..i + phrase.len())
        .is_some_and(|win| win.iter().zip(phrase).all(|(w, p)| w.text == *p))
}

// ---------------------------------------------------------------------------------------------
// S

/// The first network named in the goal, if any.
fn platform_named(lx: &Lexicon, words: &[Word]) -> Option<Network> {
    let by_word = Network::ALL
        .into_iter()
        .find(|n| has_any(words, n.mention_words()));
    by_word.or_else(|| {
        words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.text == "x")
            .any(|(i, _)| lx.before_x.contains(&text_at(words, i.checked_sub(1))))
            .then_some(Network::X)
    })
}

fn specific(lx: &Lexicon, words: &[Word]) -> SmartCheck {
    let platform = platform_named(lx, words);
    let audience = first_of(words, lx.audience);
    let action = first_of(words, lx.action);
    let mut found = Vec::new();
    if let Some(p) = platform {
        found.push(t::found_platform(p.label()));
    }
    if let Some(a) = audience {
        found.push(t::found_audience(a));
    } else if let Some(place) = distance(lx, words) {
        found.push(t::found_place(place));
    }
    if let Some(a) = action {
        found.push(t::found_action(a));
    }
    let passed = !found.is_empty() && words.len() >= 4;
    let message = if passed {
        let mut m = t::specific_names(and_list(&found));
        if found.len() < 3 {
            m.push_str(t::SPECIFIC_SHARPER);
        }
        m
    } else {
        t::SPECIFIC_MISSING.to_string()
    };
    SmartCheck {
        letter: SmartLetter::Specific,
        passed,
        message,
    }
}

/// "15 miles", "5 km": an area the goal is limited to.
fn distance(lx: &Lexicon, words: &[Word]) -> Option<String> {
    words.windows(2).find_map(|pair| {
        let is_distance =
            pair[0].number.is_some() && lx.distance_units.contains(&pair[1].text.as_str());
        is_distance.then(|| format!("{} {}", pair[0].text, pair[1].text))
    })
}

// ---------------------------------------------------------------------------------------------
// M

fn targets(numbers: &[(usize, f64, NumberRole)]) -> Vec<(usize, f64)> {
    numbers
        .iter()
        .filter(|(_, _, role)| *role == NumberRole::Target)
        .map(|&(i, n, _)| (i, n))
        .collect()
}

/// The number after "from" (the starting point), if the goal gives one.
fn baseline(lx: &Lexicon, words: &[Word]) -> Option<(usize, f64)> {
    words.iter().enumerate().find_map(|(i, w)| {
        let from = lx.from.contains(&w.text.as_str());
        if !from && !lx.against.contains(&w.text.as_str()) {
            return None;
        }
        let next = words.get(i + 1)?;
        let after_next = words.get(i + 2);
        let found = match (next.number, after_next) {
            (Some(n), _) => Some((i + 1, n)),
            // "from about 4", "from around 1,200"
            (None, Some(a)) if lx.about.contains(&next.text.as_str()) => {
                a.number.map(|n| (i + 2, n))
            }
            _ => None,
        }?;
        // French « de 4 à 10 »: « de » alone is too common to be a starting point.
        let needs_to = from && lx.from_needs_to;
        let to_follows = || {
            let at = found.0 + 1;
            lx.to.contains(&text_at(words, Some(at)))
                && words.get(at + 1).is_some_and(|n| n.number.is_some())
        };
        (!needs_to || to_follows()).then_some(found)
    })
}

fn measurable(lx: &Lexicon, words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> SmartCheck {
    let targets = targets(numbers);
    let passed = !targets.is_empty();
    let message = if !passed {
        t::MEASURABLE_MISSING.to_string()
    } else {
        let shown: Vec<String> = targets
            .iter()
            .map(|&(i, _)| words[i].text.clone())
            .take(3)
            .collect();
        let mut m = t::measurable_has(shown.join(", "));
        if baseline(lx, words).is_none() {
            m.push_str(t::MEASURABLE_ADD_BASELINE);
        }
        m
    };
    SmartCheck {
        letter: SmartLetter::Measurable,
        passed,
        message,
    }
}

// ---------------------------------------------------------------------------------------------
// A

/// Largest believable growth: the target at most this many times the baseline.
const MAX_RATIO: f64 = 5.0;
/// Largest believable growth written as a percentage.
const MAX_GROWTH_PERCENT: f64 = 300.0;

/// The target compared with the baseline ("from A to B", or "T … up from A").
fn growth_ratio(
    lx: &Lexicon,
    words: &[Word],
    numbers: &[(usize, f64, NumberRole)],
) -> Option<(f64, f64)> {
    let (b_index, base) = baseline(lx, words)?;
    let target = targets(numbers)
        .into_iter()
        .filter(|&(i, _)| i != b_index)
        .find(|&(i, _)| {
            (i > b_index && lx.to.contains(&text_at(words, i.checked_sub(1)))) || i < b_index
        })
        .map(|(_, n)| n)?;
    Some((base, target))
}

fn achievable(lx: &Lexicon, words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> SmartCheck {
    let fail = |message: String| SmartCheck {
        letter: SmartLetter::Achievable,
        passed: false,
        message,
    };
    let phrase = || {
        lx.unrealistic_phrases
            .iter()
            .find(|p| has_phrase(words, p))
            .map(|p| p.join(" "))
    };
    if let Some(w) = first_of(words, lx.unrealistic)
        .map(str::to_string)
        .or_else(phrase)
    {
        return fail(t::achievable_out_of_control(w));
    }
    let big_percent = words
        .iter()
        .find(|w| w.percent && w.number.is_some_and(|n| n > MAX_GROWTH_PERCENT));
    if let Some(w) = big_percent {
        return fail(t::achievable_extreme_percent(&w.text));
    }
    let big_multiple = words
        .iter()
        .find(|w| w.multiplier && w.number.is_some_and(|n| n >= MAX_RATIO));
    if let Some(w) = big_multiple {
        return fail(t::achievable_extreme_multiple(&w.text));
    }
    let message = match growth_ratio(lx, words, numbers) {
        Some((base, target)) if base > 0.0 && target / base > MAX_RATIO => {
            return fail(t::achievable_beyond_ratio(
                fmt_num(base),
                fmt_num(target),
                // Through `fmt_num`, like every number shown: an `f64` formatted by `Display`
                // would bring float formatting into the tools' chunk.
                fmt_num(MAX_RATIO),
            ));
        }
        Some((base, _)) if base <= 0.0 => t::ACHIEVABLE_FROM_ZERO.to_string(),
        Some((base, target)) if target / base > 2.0 => t::ACHIEVABLE_STRETCH.to_string(),
        Some(_) => t::ACHIEVABLE_REALISTIC.to_string(),
        None => t::ACHIEVABLE_NO_BASELINE.to_string(),
    };
    SmartCheck {
        letter: SmartLetter::Achievable,
        passed: true,
        message,
    }
}

fn fmt_num(n: f64) -> String {
    super::formulas::format_number(n, if n.fract() == 0.0 { 0 } else { 1 })
        .unwrap_or_else(|| "?".to_string())
}

// ---------------------------------------------------------------------------------------------
// R

fn example_words(objective: MarketingObjective) -> &'static str {
    match objective {
        MarketingObjective::Awareness => t::EXAMPLES_AWARENESS,
        MarketingObjective::Community => t::EXAMPLES_COMMUNITY,
        MarketingObjective::Traffic => t::EXAMPLES_TRAFFIC,
        MarketingObjective::Leads => t::EXAMPLES_LEADS,
        MarketingObjective::Sales => t::EXAMPLES_SALES,
    }
}

fn relevant(lx: &Lexicon, words: &[Word], objective: MarketingObjective) -> SmartCheck {
    let check = |passed: bool, message: String| SmartCheck {
        letter: SmartLetter::Relevant,
        passed,
        message,
    };
    if let Some(w) = first_of(words, lx.objective_words(objective)) {
        return check(true, t::relevant_connects(objective.label(), w));
    }
    let other = MarketingObjective::ALL
        .into_iter()
        .filter(|&o| o != objective)
        .find_map(|o| first_of(words, lx.objective_words(o)).map(|w| (o, w)));
    let message = if let Some((o, w)) = other {
        t::relevant_other_objective(
            w,
            o.label().to_lowercase(),
            objective.label().to_lowercase(),
            example_words(objective),
        )
    } else if has_any(words, lx.vanity) {
        t::relevant_vanity(example_words(objective))
    } else if has_any(words, lx.activity) {
        t::relevant_activity(example_words(objective))
    } else {
        t::relevant_missing(objective.label(), example_words(objective))
    };
    check(false, message)
}

// ---------------------------------------------------------------------------------------------
// T

/// The first words that set a deadline or period, if any.
fn deadline(lx: &Lexicon, words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> Option<String> {
    if let Some(w) = words.iter().find(|w| w.date) {
        return Some(w.text.clone());
    }
    if let Some(i) = (0..words.len()).find(|&i| is_month_at(lx, words, i)) {
        let day = |j: usize| words.get(j).filter(|w| w.number.is_some());
        let text = match (i.checked_sub(1).and_then(day), day(i + 1)) {
            (Some(d), _) => format!("{} {}", d.text, words[i].text),
            (None, Some(d)) => format!("{} {}", words[i].text, d.text),
            (None, None) => words[i].text.clone(),
        };
        return Some(text);
    }
    let period = numbers.iter().find_map(|&(i, _, role)| {
        // The number and its unit ("8 weeks", "6 prochains mois"), or the word after it.
        let last = unit_after(lx, words, i).unwrap_or(i + 1);
        (role == NumberRole::Time && !lx.rate_words.contains(&text_at(words, Some(last + 1)))).then(
            || {
                let phrase: Vec<&str> = (i..=last).map(|j| text_at(words, Some(j))).collect();
                phrase.join(" ")
            },
        )
    });
    if period.is_some() {
        return period;
    }
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| time_phrase(lx, words, i, w))
}

fn time_phrase(lx: &Lexicon, words: &[Word], i: usize, w: &Word) -> Option<String> {
    let prev = text_at(words, i.checked_sub(1));
    let next = text_at(words, Some(i + 1));
    let t = w.text.as_str();
    let quarter = lx.quarters.contains(&t);
    let unit = lx.time_units.contains(&t);
    let period_before = unit && lx.period_before.contains(&prev);
    let period_after = unit && lx.period_after.contains(&next);
    let end_of = lx
        .end_of
        .iter()
        .any(|&(word, then)| t == word && (then.is_empty() || next == then));
    let occasion = lx.occasions.contains(&t)
        && (lx.deadline_words.contains(&prev) || lx.this_next.contains(&prev));
    let by_end = lx.by_end.iter().any(|p| phrase_at(words, i, p));
    (quarter || period_before || period_after || end_of || occasion || by_end).then(|| {
        if period_before {
            format!("{prev} {t}")
        } else if period_after {
            format!("{t} {next}")
        } else {
            t.to_string()
        }
    })
}

fn time_bound(lx: &Lexicon, words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> SmartCheck {
    let found = deadline(lx, words, numbers);
    let rate_only = lx
        .rate_words
        .iter()
        .any(|r| lx.time_units.iter().any(|u| has_phrase(words, &[*r, *u])));
    let (passed, message) = match found {
        Some(f) => (true, t::time_bound_has(f)),
        None if rate_only => (false, t::TIME_BOUND_RATE_ONLY.to_string()),
        None => (false, t::TIME_BOUND_MISSING.to_string()),
    };
    SmartCheck {
        letter: SmartLetter::TimeBound,
        passed,
        message,
    }
}

// ---------------------------------------------------------------------------------------------
// KPIs

/// A key performance indicator suggested for an objective.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kpi {
    pub name: String,
    /// The formula or definition.
    pub definition: String,
    /// Where to read the number.
    pub source: String,
    /// Why it fits the objective (and platform, for platform-specific KPIs).
    pub why: String,
}

fn kpi(name: &str, definition: &str, source: &str, why: &str) -> Kpi {
    Kpi {
        name: name.to_string(),
        definition: definition.to_string(),
        source: source.to_string(),
        why: why.to_string(),
    }
}

fn base_kpis(objective: MarketingObjective) -> Vec<Kpi> {
    const INSIGHTS: &str = t::KPI_SOURCE_INSIGHTS;
    match objective {
        MarketingObjective::Awareness => vec![
            kpi(
                t::KPI_REACH,
                t::KPI_REACH_DEFINITION,
                INSIGHTS,
                t::KPI_REACH_WHY,
            ),
            kpi(
                t::KPI_IMPRESSIONS,
                t::KPI_IMPRESSIONS_DEFINITION,
                INSIGHTS,
                t::KPI_IMPRESSIONS_WHY,
            ),
            kpi(
                t::KPI_FOLLOWER_GROWTH,
                t::KPI_FOLLOWER_GROWTH_DEFINITION,
                INSIGHTS,
                t::KPI_FOLLOWER_GROWTH_WHY,
            ),
        ],
        MarketingObjective::Community => vec![
            kpi(
                t::KPI_ENGAGEMENT_RATE,
                t::KPI_ENGAGEMENT_RATE_DEFINITION,
                INSIGHTS,
                t::KPI_ENGAGEMENT_RATE_WHY,
            ),
            kpi(
                t::KPI_COMMENTS,
                t::KPI_COMMENTS_DEFINITION,
                INSIGHTS,
                t::KPI_COMMENTS_WHY,
            ),
            kpi(
                t::KPI_SHARES,
                t::KPI_SHARES_DEFINITION,
                INSIGHTS,
                t::KPI_SHARES_WHY,
            ),
        ],
        MarketingObjective::Traffic => vec![
            kpi(
                t::KPI_LINK_CLICKS,
                t::KPI_LINK_CLICKS_DEFINITION,
                INSIGHTS,
                t::KPI_LINK_CLICKS_WHY,
            ),
            kpi(t::KPI_CTR, t::KPI_CTR_DEFINITION, INSIGHTS, t::KPI_CTR_WHY),
            kpi(
                t::KPI_SESSIONS,
                t::KPI_SESSIONS_DEFINITION,
                t::KPI_SESSIONS_SOURCE,
                t::KPI_SESSIONS_WHY,
            ),
        ],
        MarketingObjective::Leads => vec![
            kpi(
                t::KPI_LEADS,
                t::KPI_LEADS_DEFINITION,
                t::KPI_LEADS_SOURCE,
                t::KPI_LEADS_WHY,
            ),
            kpi(
                t::KPI_COST_PER_LEAD,
                t::KPI_COST_PER_LEAD_DEFINITION,
                t::KPI_COST_PER_LEAD_SOURCE,
                t::KPI_COST_PER_LEAD_WHY,
            ),
            kpi(
                t::KPI_CONVERSION_RATE,
                t::KPI_CONVERSION_RATE_DEFINITION,
                t::KPI_CONVERSION_RATE_SOURCE,
                t::KPI_CONVERSION_RATE_WHY,
            ),
        ],
        MarketingObjective::Sales => vec![
            kpi(
                t::KPI_CONVERSIONS,
                t::KPI_CONVERSIONS_DEFINITION,
                t::KPI_CONVERSIONS_SOURCE,
                t::KPI_CONVERSIONS_WHY,
            ),
            kpi(
                t::KPI_REVENUE,
                t::KPI_REVENUE_DEFINITION,
                t::KPI_REVENUE_SOURCE,
                t::KPI_REVENUE_WHY,
            ),
            kpi(
                t::KPI_ROI,
                t::KPI_ROI_DEFINITION,
                t::KPI_ROI_SOURCE,
                t::KPI_ROI_WHY,
            ),
        ],
    }
}

fn platform_kpi(network: Network) -> Kpi {
    let source = t::kpi_platform_source(network.label());
    let (name, definition, why) = match network {
        Network::Instagram => (
            t::KPI_INSTAGRAM,
            t::KPI_INSTAGRAM_DEFINITION,
            t::KPI_INSTAGRAM_WHY,
        ),
        Network::Facebook => (
            t::KPI_FACEBOOK,
            t::KPI_FACEBOOK_DEFINITION,
            t::KPI_FACEBOOK_WHY,
        ),
        Network::Pinterest => (
            t::KPI_PINTEREST,
            t::KPI_PINTEREST_DEFINITION,
            t::KPI_PINTEREST_WHY,
        ),
        Network::TikTok => (t::KPI_TIKTOK, t::KPI_TIKTOK_DEFINITION, t::KPI_TIKTOK_WHY),
        Network::YouTube => (
            t::KPI_YOUTUBE,
            t::KPI_YOUTUBE_DEFINITION,
            t::KPI_YOUTUBE_WHY,
        ),
        Network::LinkedIn => (
            t::KPI_LINKEDIN,
            t::KPI_LINKEDIN_DEFINITION,
            t::KPI_LINKEDIN_WHY,
        ),
        Network::X => (t::KPI_X, t::KPI_X_DEFINITION, t::KPI_X_WHY),
    };
    Kpi {
        name: t::kpi_platform_name(name, network.label()),
        definition: definition.to_string(),
        source,
        why: why.to_string(),
    }
}

/// KPIs for the objective (the lesson's table), then one per recognised platform (names or
/// slugs, see [`Network::parse`]; unknown names are ignored, duplicates listed once). Pick two
/// or three: more than that and nobody reads the report.
pub fn suggested_kpis(objective: MarketingObjective, platforms: &[&str]) -> Vec<Kpi> {
    let mut out = base_kpis(objective);
    let mut seen: Vec<Network> = Vec::new();
    for network in platforms.iter().filter_map(|p| Network::parse(p)) {
        if !seen.contains(&network) {
            seen.push(network);
            out.push(platform_kpi(network));
        }
    }
    out
}

/// What each objective means, in the lesson's words.
pub fn objective_meaning(objective: MarketingObjective) -> &'static str {
    match objective {
        MarketingObjective::Awareness => t::MEANING_AWARENESS,
        MarketingObjective::Community => t::MEANING_COMMUNITY,
        MarketingObjective::Traffic => t::MEANING_TRAFFIC,
        MarketingObjective::Leads => t::MEANING_LEADS,
        MarketingObjective::Sales => t::MEANING_SALES,
    }
}

/// Whether [`suggested_kpis`] has a KPI of its own for this platform (name or slug).
pub fn has_platform_kpi(platform: &str) -> bool {
    Network::parse(platform).is_some()
}

/// A stable HTML id fragment for a KPI name: a readable slug plus a short hash, so different
/// names never share an id, whatever they contain.
pub fn kpi_id(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    // FNV-1a, 32 bits: small and stable across builds.
    let hash = name.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{}-{hash:08x}", slug.trim_end_matches('-'))
}

/// Advice on how many KPIs the learner has picked (the lesson: two or three per objective).
pub fn kpi_count_advice(count: usize) -> String {
    match count {
        0 => t::KPI_COUNT_NONE.to_string(),
        1 => t::KPI_COUNT_ONE.to_string(),
        2 | 3 => t::kpi_count_good(count),
        n => t::kpi_count_many(n),
    }
}

// ---------------------------------------------------------------------------------------------
// Learner data

/// Everything the learner enters in the SMART goal builder.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SmartWork {
    /// The broad business outcome ("grow our event-cake business").
    pub business_goal: String,
    pub objective: MarketingObjective,
    /// The SMART objective as written by the learner.
    pub goal: String,
    /// The starting point ("about 4 enquiries a month").
    pub baseline: String,
    /// The KPIs the learner chose (names).
    pub kpis: Vec<String>,
}

impl SmartWork {
    /// Carries the audience's objective (the active persona's) into a builder the learner has not
    /// touched yet, so "Sales" chosen for the persona is not shown as "Awareness" here. Returns
    /// whether it changed anything; a builder with anything in it is left as it is.
    pub fn prefill_objective(&mut self, from_persona: Option<MarketingObjective>) -> bool {
        match from_persona {
            Some(o) if *self == SmartWork::default() && o != self.objective => {
                self.objective = o;
                true
            }
            _ => false,
        }
    }

    /// [`check`] on the learner's goal and objective.
    pub fn report(&self) -> SmartReport {
        check(&self.goal, self.objective)
    }

    /// Whether a KPI with this name is in the plan.
    pub fn has_kpi(&self, name: &str) -> bool {
        self.kpis.iter().any(|k| k == name)
    }

    /// Adds a KPI to the plan (once, up to [`MAX_ITEMS`]) or takes it out.
    pub fn set_kpi(&mut self, name: &str, chosen: bool) {
        if !chosen {
            self.kpis.retain(|k| k != name);
        } else if !name.trim().is_empty() && !self.has_kpi(name) && self.kpis.len() < MAX_ITEMS {
            self.kpis.push(name.to_string());
        }
    }

    /// The chosen KPIs that are not among `suggested` (kept from another objective or platform).
    pub fn other_kpis<'a>(&'a self, suggested: &[Kpi]) -> Vec<&'a str> {
        self.kpis
            .iter()
            .filter(|k| !suggested.iter().any(|s| &s.name == *k))
            .map(String::as_str)
            .collect()
    }

    pub(crate) fn sanitise(&mut self) {
        clean_text(&mut self.business_goal, MAX_TEXT);
        clean_text(&mut self.goal, MAX_TEXT);
        clean_text(&mut self.baseline, MAX_SHORT);
        clean_list(&mut self.kpis, MAX_SHORT, MAX_ITEMS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_personas_objective_fills_an_untouched_builder_only() {
        let mut w = SmartWork::default();
        assert!(!w.prefill_objective(None));
        assert!(w.prefill_objective(Some(MarketingObjective::Sales)));
        assert_eq!(w.objective, MarketingObjective::Sales);
        // Once anything is in the builder, the learner's choice stands.
        let mut typed = SmartWork {
            goal: "20 bookings a month by June".into(),
            ..SmartWork::default()
        };
        assert!(!typed.prefill_objective(Some(MarketingObjective::Leads)));
        assert_eq!(typed.objective, MarketingObjective::default());
    }
    use MarketingObjective::*;

    fn passes(goal: &str, objective: MarketingObjective) -> Vec<SmartLetter> {
        check_in(Lang::En, goal, objective)
            .checks
            .iter()
            .filter(|c| c.passed)
            .map(|c| c.letter)
            .collect()
    }

    fn message(goal: &str, objective: MarketingObjective, letter: SmartLetter) -> String {
        check_in(Lang::En, goal, objective)
            .get(letter)
            .unwrap()
            .message
            .clone()
    }

    #[test]
    fn lesson_strong_goals_pass_everything() {
        let strong = [
            (
                "Grow Crumb & Co.'s Instagram followers within 15 miles of the shops from 1,200 \
                 to 1,500 by 30 June, to widen the audience for event-cake posts.",
                Awareness,
            ),
            (
                "Generate 30 demo requests from LinkedIn (tracked with tagged links) between \
                 January and March, up from 18 last quarter.",
                Leads,
            ),
            (
                "Get 25 wedding enquiries that name Instagram or Pinterest as the source on \
                 Maya's enquiry form by 31 October, for next year's season.",
                Leads,
            ),
            (
                "Raise the average engagement rate by reach on Crumb & Co.'s Instagram carousels \
                 from 3% to 4% over the next eight weeks, reviewed every two weeks.",
                Community,
            ),
            (
                "Raise celebration-cake enquiries received through social media messages from \
                 about 4 to 10 a month by the end of the second quarter.",
                Leads,
            ),
        ];
        for (goal, objective) in strong {
            let report = check_in(Lang::En, goal, objective);
            assert!(report.all_passed(), "{goal}\n{report:#?}");
            assert_eq!(report.passed_count(), 5);
            assert!(report.missing().is_empty());
        }
    }

    #[test]
    fn get_more_followers_is_weak() {
        let r = check_in(Lang::En, "Get more followers.", Awareness);
        assert_eq!(
            r.missing(),
            vec![
                SmartLetter::Specific,
                SmartLetter::Measurable,
                SmartLetter::TimeBound
            ]
        );
        assert!(r
            .get(SmartLetter::Measurable)
            .unwrap()
            .message
            .starts_with("Add a number"));
        assert!(r
            .get(SmartLetter::TimeBound)
            .unwrap()
            .message
            .contains("by 30 June"));
    }

    #[test]
    fn go_viral_fails_everything() {
        let r = check_in(Lang::En, "Go viral.", Awareness);
        assert_eq!(r.passed_count(), 0, "{r:#?}");
        assert!(r
            .get(SmartLetter::Achievable)
            .unwrap()
            .message
            .contains("\"viral\" is not within your control"));
    }

    #[test]
    fn activity_is_not_a_result() {
        let goal = "Be more active on LinkedIn.";
        assert_eq!(
            passes(goal, Leads),
            vec![SmartLetter::Specific, SmartLetter::Achievable]
        );
        assert!(message(goal, Leads, SmartLetter::Relevant).contains("activity, not a result"));
        assert!(message(goal, Leads, SmartLetter::Specific).contains("LinkedIn"));
    }

    #[test]
    fn improve_engagement_is_only_relevant() {
        assert_eq!(
            passes("Improve engagement.", Community),
            vec![SmartLetter::Achievable, SmartLetter::Relevant]
        );
    }

    #[test]
    fn extreme_growth_is_not_achievable() {
        for goal in [
            "Increase Instagram sales by 1000% by December",
            "Grow TikTok followers 10x by June",
            "Get from 8 to 400 enquiries on Instagram by June",
            "Reach a million people on TikTok by Christmas",
            "Become the number one bakery on Instagram by 2026",
        ] {
            assert!(
                !passes(goal, Sales).contains(&SmartLetter::Achievable),
                "{goal}"
            );
        }
        let m = message(
            "Get from 8 to 400 enquiries on Instagram by June",
            Leads,
            SmartLetter::Achievable,
        );
        assert!(m.contains("from 8 to 400"), "{m}");
        // The limit reads as a whole number ("5 times"), shown through `fmt_num`.
        assert!(m.contains("more than 5 times"), "{m}");
    }

    #[test]
    fn stretch_and_zero_baselines_pass_with_advice() {
        let m = message(
            "Get from 8 to 40 enquiries on Instagram by June",
            Leads,
            SmartLetter::Achievable,
        );
        assert!(m.starts_with("A stretch"), "{m}");
        let m = message(
            "Get from 0 to 99999999999999999999 enquiries on Instagram by June",
            Leads,
            SmartLetter::Achievable,
        );
        assert!(m.starts_with("Starting from zero"), "{m}");
        let m = message(
            "Get from 10 to 12 enquiries on Instagram by June",
            Leads,
            SmartLetter::Achievable,
        );
        assert!(m.starts_with("Realistic"), "{m}");
    }

    #[test]
    fn a_rate_is_not_a_deadline() {
        let goal = "Get 10 enquiries a month from Instagram";
        assert!(!passes(goal, Leads).contains(&SmartLetter::TimeBound));
        assert!(message(goal, Leads, SmartLetter::TimeBound).contains("is a rate"));
        assert!(!passes("Post on Instagram 3 days a week", Leads).contains(&SmartLetter::TimeBound));
    }

    #[test]
    fn many_ways_to_be_time_bound() {
        for goal in [
            "Get 20 Instagram enquiries within 8 weeks",
            "Get 20 Instagram enquiries in Q3",
            "Get 20 Instagram enquiries by 30/06/2025",
            "Get 20 Instagram enquiries by 2025-06-30",
            "Get 20 Instagram enquiries in 2026",
            "Get 20 Instagram enquiries by Christmas",
            "Get 20 Instagram enquiries this quarter",
            "Get 20 Instagram enquiries by the end of the year",
            "Get 20 Instagram enquiries by 1st May",
            "Get twenty Instagram enquiries over the next six weeks",
        ] {
            assert!(
                passes(goal, Leads).contains(&SmartLetter::TimeBound),
                "{goal}"
            );
        }
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let goal = "Customers may like 20 new Instagram posts";
        assert!(!passes(goal, Community).contains(&SmartLetter::TimeBound));
        assert!(
            passes("Get 20 Instagram enquiries by May", Leads).contains(&SmartLetter::TimeBound)
        );
    }

    #[test]
    fn numbers_in_dates_do_not_count_as_targets() {
        let goal = "Get more Instagram followers by 30 June 2025";
        assert!(!passes(goal, Awareness).contains(&SmartLetter::Measurable));
        let goal = "Get Instagram followers within 15 miles by June";
        assert!(!passes(goal, Awareness).contains(&SmartLetter::Measurable));
        assert!(passes("Double our Instagram enquiries by June", Leads)
            .contains(&SmartLetter::Measurable));
    }

    #[test]
    fn measurable_asks_for_a_baseline() {
        let m = message(
            "Get 30 demo requests from LinkedIn by March",
            Leads,
            SmartLetter::Measurable,
        );
        assert!(m.contains("(30)"), "{m}");
        assert!(m.contains("starting point"));
        let m = message(
            "Get 30 demo requests from LinkedIn by March, up from 18",
            Leads,
            SmartLetter::Measurable,
        );
        assert!(!m.contains("starting point"), "{m}");
    }

    #[test]
    fn wrong_objective_is_named() {
        let goal = "Get 500 website visits from Pinterest by 31 May";
        assert!(passes(goal, Traffic).contains(&SmartLetter::Relevant));
        let m = message(goal, Sales, SmartLetter::Relevant);
        assert!(m.contains("\"website\" measures website traffic"), "{m}");
        assert!(m.contains("you chose sales"), "{m}");
        let m = message(
            "Get 500 likes on Instagram by May",
            Sales,
            SmartLetter::Relevant,
        );
        assert!(m.starts_with("Likes alone"), "{m}");
    }

    #[test]
    fn specific_names_what_it_found() {
        let m = message(
            "Get 20 bookings from local couples on Instagram by June",
            Sales,
            SmartLetter::Specific,
        );
        assert!(m.contains("Instagram") && m.contains("\"local\"") && m.contains("\"bookings\""));
        assert!(!m.contains("sharper"));
        let m = message(
            "Grow Instagram followers within 15 miles of the shops from 1,200 to 1,500 by 30 June",
            Awareness,
            SmartLetter::Specific,
        );
        assert!(m.contains("a place (\"15 miles\")"), "{m}");
        let m = message(
            "Get 20 Instagram enquiries by 30 June",
            Leads,
            SmartLetter::TimeBound,
        );
        assert!(m.contains("(\"30 june\")"), "{m}");
        assert!(
            passes("Get 20 more enquiries on X by June", Leads).contains(&SmartLetter::Specific)
        );
        assert!(!passes("x x", Leads).contains(&SmartLetter::Specific));
    }

    #[test]
    fn blank_and_odd_input_never_panics() {
        let r = check_in(Lang::En, "", Sales);
        assert_eq!(r.passed_count(), 0);
        assert!(r.checks[0].message.starts_with("Write your goal"));
        assert_eq!(check_in(Lang::En, "   \n\t ", Sales).passed_count(), 0);
        for goal in [
            "<script>alert('x')</script> 40 Instagram orders by June",
            "🍰🍰🍰 100% 1e400 -5 £ $ ,,, ... from from to to by by",
            "from",
            "from about",
            "by the",
            "end",
            "1,2,3,4,5/6/7-8",
            &"word ".repeat(5_000),
            &"9".repeat(400),
        ] {
            let r = check_in(Lang::En, goal, Leads);
            assert_eq!(r.checks.len(), 5);
        }
    }

    #[test]
    fn letters_describe_themselves() {
        let letters: String = SmartLetter::ALL.iter().map(|l| l.letter()).collect();
        assert_eq!(letters, "SMART");
        for l in SmartLetter::ALL {
            assert!(l.question().ends_with('?'));
            assert!(!l.label().is_empty());
        }
    }

    #[test]
    fn kpis_follow_objective_and_platforms() {
        for o in MarketingObjective::ALL {
            let kpis = suggested_kpis(o, &[]);
            assert_eq!(kpis.len(), 3, "{o:?}");
            assert!(kpis
                .iter()
                .all(|k| !k.definition.is_empty() && !k.why.is_empty()));
        }
        let kpis = suggested_kpis(Sales, &[]);
        assert!(kpis
            .iter()
            .any(|k| k.definition == "(value gained − cost) ÷ cost × 100"));
        let kpis = suggested_kpis(
            Leads,
            &["Instagram", "instagram", "myspace", "X (Twitter)", ""],
        );
        assert_eq!(kpis.len(), 5);
        assert_eq!(kpis[3].name, "Saves per post (Instagram)");
        assert!(kpis[4].name.ends_with("(X (Twitter))"));
        assert!(kpis[3].source.starts_with("Instagram"));
    }

    #[test]
    fn smart_work_reports_and_sanitises() {
        let mut w = SmartWork {
            objective: Leads,
            // `report` reads the build's language.
            goal: match LANG {
                Lang::En => "Generate 30 demo requests from LinkedIn by 31 March, up from 18",
                Lang::Fr => "Obtenir 30 demandes de démo via LinkedIn d’ici le 31 mars, contre 18",
            }
            .into(),
            kpis: vec!["".into(), "Demo requests".into()],
            ..SmartWork::default()
        };
        assert!(w.report().all_passed());
        w.sanitise();
        assert_eq!(w.kpis, vec!["Demo requests".to_string()]);
    }

    #[test]
    fn kpis_are_picked_once_and_removed() {
        let mut w = SmartWork::default();
        w.set_kpi("Reach", true);
        w.set_kpi("Reach", true);
        w.set_kpi("  ", true);
        assert_eq!(w.kpis, vec!["Reach".to_string()]);
        assert!(w.has_kpi("Reach"));
        w.set_kpi("Cost per lead", true);
        let suggested = suggested_kpis(Awareness, &[]);
        assert_eq!(w.other_kpis(&suggested), vec!["Cost per lead"]);
        w.set_kpi("Reach", false);
        assert_eq!(w.kpis, vec!["Cost per lead".to_string()]);
        for i in 0..(MAX_ITEMS + 5) {
            w.set_kpi(&format!("kpi {i}"), true);
        }
        assert_eq!(w.kpis.len(), MAX_ITEMS);
    }

    #[test]
    fn kpi_advice_follows_the_lesson() {
        assert!(kpi_count_advice(0).starts_with("No KPIs"));
        assert!(kpi_count_advice(1).starts_with("1 KPI picked"));
        assert!(kpi_count_advice(3).contains("will read"));
        assert!(kpi_count_advice(5).contains("two or three"));
        assert!(has_platform_kpi("instagram"));
        assert!(has_platform_kpi("x"));
        assert!(!has_platform_kpi("snapchat"));
        for o in MarketingObjective::ALL {
            assert!(objective_meaning(o).ends_with('.'));
        }
        let id = kpi_id("Return on investment (ROI)");
        assert!(id.starts_with("return-on-investment-roi-"), "{id}");
        assert_ne!(kpi_id("A+B"), kpi_id("A B"));
        assert_eq!(kpi_id("Reach"), kpi_id("Reach"));
        assert!(kpi_id("<script>\"x\"</script>")
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }

    // French goals, read with the French word lists whatever the build's language (the
    // messages come from the build's catalogue, so these look at what passes and what was found).

    fn passes_fr(goal: &str, objective: MarketingObjective) -> Vec<SmartLetter> {
        check_in(Lang::Fr, goal, objective)
            .checks
            .iter()
            .filter(|c| c.passed)
            .map(|c| c.letter)
            .collect()
    }

    fn message_fr(goal: &str, objective: MarketingObjective, letter: SmartLetter) -> String {
        check_in(Lang::Fr, goal, objective)
            .get(letter)
            .unwrap()
            .message
            .clone()
    }

    #[test]
    fn french_strong_goals_pass_everything() {
        let strong = [
            (
                "Augmenter de 20\u{a0}% les demandes de devis d’ici le 30 juin 2026",
                Leads,
            ),
            (
                "Faire passer les abonnés Instagram de Crumb & Co. dans un rayon de 15 km de \
                 1\u{202f}200 à 1\u{202f}500 d’ici le 30 juin, pour élargir le public des \
                 gâteaux de fête.",
                Awareness,
            ),
            (
                "Obtenir 30 demandes de démo via LinkedIn entre janvier et mars, contre 18 le \
                 trimestre dernier.",
                Leads,
            ),
            (
                "Faire passer le taux d’engagement des carrousels Instagram de 3 % à 4 % sur \
                 les huit prochaines semaines, avec un point toutes les deux semaines.",
                Community,
            ),
            (
                "Passer de 4 à 10 commandes de gâteaux par mois via les messages Instagram des \
                 clients du quartier d’ici la fin du deuxième trimestre.",
                Sales,
            ),
            (
                "Obtenir 500 clics vers le site depuis Pinterest chaque semaine, d’ici fin \
                 septembre.",
                Traffic,
            ),
        ];
        for (goal, objective) in strong {
            let report = check_in(Lang::Fr, goal, objective);
            assert!(report.all_passed(), "{goal}\n{report:#?}");
        }
    }

    #[test]
    fn french_weak_goals_fail_what_they_lack() {
        // Nothing measurable, no deadline, no platform, audience or action.
        assert_eq!(
            check_in(Lang::Fr, "Avoir plus d’abonnés.", Awareness).missing(),
            vec![
                SmartLetter::Specific,
                SmartLetter::Measurable,
                SmartLetter::TimeBound
            ]
        );
        // « un » is an article, « neuf » an adjective: neither is a target.
        assert!(!passes_fr(
            "Lancer un site neuf pour les clients du quartier d’ici juin",
            Traffic
        )
        .contains(&SmartLetter::Measurable));
        // Out of control, extreme or far beyond the starting point.
        for goal in [
            "Devenir viral sur TikTok d’ici Noël",
            "Atteindre un million d’abonnés sur TikTok d’ici 2026",
            "Être le numéro un des boulangeries sur Instagram d’ici 2026",
            "Que tout le monde connaisse la boutique d’ici l’été",
            "Augmenter les ventes Instagram de 1\u{a0}000 % d’ici décembre",
            "Multiplier les abonnés TikTok par 10x d’ici juin",
            "Multiplier les abonnés TikTok x10 d’ici juin",
            "Passer de 8 à 400 demandes sur Instagram d’ici juin",
        ] {
            assert!(
                !passes_fr(goal, Sales).contains(&SmartLetter::Achievable),
                "{goal}"
            );
        }
        let m = message_fr(
            "Passer de 8 à 400 demandes sur Instagram d’ici juin",
            Leads,
            SmartLetter::Achievable,
        );
        assert!(m.contains('8') && m.contains("400"), "{m}");
        // A rate is not a deadline.
        for goal in [
            "Obtenir 10 demandes par mois sur Instagram",
            "Publier sur Instagram chaque semaine",
            "Obtenir 10 demandes tous les mois sur Instagram",
        ] {
            assert!(
                !passes_fr(goal, Leads).contains(&SmartLetter::TimeBound),
                "{goal}"
            );
        }
        // Posting is activity; likes are vanity; visits measure traffic, not sales.
        let relevant = |goal: &str, o| passes_fr(goal, o).contains(&SmartLetter::Relevant);
        assert!(!relevant("Être plus actif sur LinkedIn.", Leads));
        assert!(!relevant(
            "Obtenir 500 j’aime sur Instagram d’ici mai",
            Sales
        ));
        assert!(!relevant(
            "Obtenir 500 visites du site depuis Pinterest d’ici le 31 mai",
            Sales
        ));
        assert!(relevant(
            "Obtenir 500 visites du site depuis Pinterest d’ici le 31 mai",
            Traffic
        ));
        assert!(relevant(
            "Gagner 200 abonnés sur Instagram d’ici juin",
            Awareness
        ));
        assert!(relevant(
            "Doubler les clics sur nos liens d’ici juin",
            Traffic
        ));
    }

    #[test]
    fn french_numbers_percentages_and_baselines() {
        let m = message_fr(
            "Augmenter de 20\u{a0}% les demandes de devis d’ici le 30 juin 2026",
            Leads,
            SmartLetter::Measurable,
        );
        assert!(m.contains("20 %"), "{m}");
        // « augmenter de 20 % » is not a starting point; « de 4 à 10 » and « contre 18 » are.
        assert!(m.contains(t::MEASURABLE_ADD_BASELINE), "{m}");
        for goal in [
            "Passer de 4 à 10 demandes par mois d’ici juin",
            "Obtenir 30 demandes de démo d’ici mars, contre 18 aujourd’hui",
            "Passer d’environ 1\u{202f}200 à 1\u{202f}500 abonnés d’ici juin",
        ] {
            let m = message_fr(goal, Leads, SmartLetter::Measurable);
            assert!(!m.contains(t::MEASURABLE_ADD_BASELINE), "{goal}: {m}");
        }
        // 1 200 → 1 500 is realistic, not 200 → 1 500; 4,5 is a decimal.
        let realistic = message_fr(
            "Passer de 1 200 à 1 500 abonnés Instagram d’ici juin",
            Awareness,
            SmartLetter::Achievable,
        );
        assert_eq!(realistic, t::ACHIEVABLE_REALISTIC);
        let realistic = message_fr(
            "Passer de 4,5 à 6 demandes par semaine d’ici juin",
            Leads,
            SmartLetter::Achievable,
        );
        assert_eq!(realistic, t::ACHIEVABLE_REALISTIC);
        assert!(
            passes_fr("Obtenir 20 pour cent de clics en plus d’ici juin", Traffic)
                .contains(&SmartLetter::Measurable)
        );
        assert!(
            passes_fr("Doubler les demandes Instagram d’ici juin", Leads)
                .contains(&SmartLetter::Measurable)
        );
        // Days, months and years of a date are not targets.
        assert!(!passes_fr(
            "Avoir plus d’abonnés Instagram d’ici le 30 juin 2026",
            Awareness
        )
        .contains(&SmartLetter::Measurable));
        assert!(!passes_fr(
            "Avoir des abonnés Instagram dans un rayon de 15 km d’ici juin",
            Awareness
        )
        .contains(&SmartLetter::Measurable));
    }

    #[test]
    fn french_deadlines() {
        for goal in [
            "Obtenir 20 demandes Instagram en 8 semaines",
            "Obtenir 20 demandes Instagram au T3",
            "Obtenir 20 demandes Instagram d’ici le 30/06/2026",
            "Obtenir 20 demandes Instagram en 2026",
            "Obtenir 20 demandes Instagram avant Noël",
            "Obtenir 20 demandes Instagram d’ici l’été",
            "Obtenir 20 demandes Instagram pour la rentrée",
            "Obtenir 20 demandes Instagram ce trimestre",
            "Obtenir 20 demandes Instagram le mois prochain",
            "Obtenir 20 demandes Instagram d’ici la fin de l’année",
            "Obtenir 20 demandes Instagram d’ici le 1er mai",
            "Obtenir vingt demandes Instagram sur les six prochaines semaines",
            "Obtenir 20 demandes Instagram d’ici fevrier",
            "Atteindre 1 500 abonnés sur Instagram au 31 décembre",
            "Gagner 15 % d’abonnés Instagram en 3 mois",
            "Obtenir 20 demandes Instagram au T3 2026",
            "Obtenir 20 demandes Instagram d’ici la mi-juin",
            "Obtenir 20 demandes Instagram d’ici 2027",
        ] {
            assert!(
                passes_fr(goal, Leads).contains(&SmartLetter::TimeBound),
                "{goal}"
            );
        }
        let m = message_fr(
            "Obtenir 20 demandes Instagram d’ici le 30 juin",
            Leads,
            SmartLetter::TimeBound,
        );
        assert!(m.contains("30 juin"), "{m}");
        let m = message_fr(
            "Obtenir vingt demandes Instagram sur les six prochaines semaines",
            Leads,
            SmartLetter::TimeBound,
        );
        assert!(m.contains("six prochaines semaines"), "{m}");
        // « a été » is a verb, not summer.
        assert!(
            !passes_fr("Le compte Instagram a été créé pour les clients", Leads)
                .contains(&SmartLetter::TimeBound)
        );
    }

    #[test]
    fn french_specific_names_what_it_found() {
        let m = message_fr(
            "Obtenir 20 réservations de couples du quartier sur Instagram d’ici juin",
            Sales,
            SmartLetter::Specific,
        );
        assert!(m.contains("Instagram") && m.contains("couples") && m.contains("réservations"));
        let m = message_fr(
            "Gagner des abonnés Instagram dans un rayon de 15 km d’ici juin",
            Awareness,
            SmartLetter::Specific,
        );
        assert!(m.contains("15 km"), "{m}");
        assert!(
            passes_fr("Obtenir 20 demandes de plus sur X d’ici juin", Leads)
                .contains(&SmartLetter::Specific)
        );
        assert!(!passes_fr("Faire mieux", Leads).contains(&SmartLetter::Specific));
    }

    #[test]
    fn both_word_lists_take_odd_input() {
        for lang in Lang::ALL {
            for goal in [
                "",
                "d’ d' ’ ' %",
                "de de à à 1 200 300 400 % pour cent pour",
                "1.200.300 4,5,6 1er 2e 3ème x10 10x 500€",
                &"mot ".repeat(5_000),
                &"9 ".repeat(400),
            ] {
                assert_eq!(check_in(lang, goal, Leads).checks.len(), 5);
            }
        }
        // `check` reads the build's language.
        let goal = "Obtenir 20 demandes Instagram d’ici le 30 juin";
        assert_eq!(check(goal, Leads), check_in(LANG, goal, Leads));
    }
}

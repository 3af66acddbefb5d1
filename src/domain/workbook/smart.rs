//! SMART goal builder (lesson `smart-goals-kpis`, widget `smart-goal`).
//!
//! [`check`] runs five plain heuristics over a goal the learner typed and says, for each letter,
//! whether it passes and what is missing. The heuristics read English words and numbers; they
//! coach, they do not grade. [`suggested_kpis`] lists KPIs for an objective and platforms.

use crate::content::text::smart as t;
use crate::domain::wording::and_list;
use serde::{Deserialize, Serialize};

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

/// Checks a goal against the five SMART letters for the chosen objective.
pub fn check(goal_text: &str, objective: MarketingObjective) -> SmartReport {
    let words = tokenize(goal_text);
    if words.is_empty() {
        return empty_report();
    }
    let numbers = classify_numbers(&words);
    let checks = vec![
        specific(&words),
        measurable(&words, &numbers),
        achievable(&words, &numbers),
        relevant(&words, objective),
        time_bound(&words, &numbers),
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
    /// `10x`, `5x`.
    multiplier: bool,
    /// `30/06/2025`, `2025-06-30`.
    date: bool,
    /// `30th`, `1st`.
    ordinal: bool,
}

fn tokenize(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let trimmed = chunk.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '#');
        if looks_like_date(trimmed) {
            out.push(word(trimmed, true));
            continue;
        }
        for part in trimmed.split(['-', '/', '(', ')']) {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != '%' && c != '#');
            if !part.is_empty() {
                out.push(word(part, false));
            }
        }
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

fn word(raw: &str, date: bool) -> Word {
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
    let core = text.trim_start_matches(['£', '$', '€']);
    if let Some(n) = core.strip_suffix('%').and_then(parse_number) {
        w.number = Some(n);
        w.percent = true;
    } else if let Some(n) = core.strip_suffix('x').and_then(parse_number) {
        w.number = Some(n);
        w.multiplier = true;
    } else if let Some(n) = core.strip_suffix('k').and_then(parse_number) {
        w.number = Some(n * 1_000.0);
    } else if let Some(n) = strip_ordinal(core).and_then(parse_number) {
        w.number = Some(n);
        w.ordinal = true;
    } else {
        w.number = parse_number(core).or_else(|| number_word(core));
    }
    w
}

fn strip_ordinal(s: &str) -> Option<&str> {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| s.strip_suffix(suffix))
        .filter(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
}

fn parse_number(s: &str) -> Option<f64> {
    let digits: String = s.chars().filter(|&c| c != ',').collect();
    let ok = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.starts_with(|c: char| c.is_ascii_digit());
    if !ok {
        return None;
    }
    digits.parse::<f64>().ok().filter(|n| n.is_finite())
}

fn number_word(s: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 22] = [
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("fifteen", 15.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("hundred", 100.0),
        ("thousand", 1_000.0),
        ("dozen", 12.0),
        ("double", 2.0),
        ("triple", 3.0),
    ];
    WORDS.iter().find(|(w, _)| *w == s).map(|&(_, n)| n)
}

const MONTHS: [&str; 23] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
];
const TIME_UNITS: [&str; 10] = [
    "day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years",
];
const DISTANCE_UNITS: [&str; 8] = [
    "mile",
    "miles",
    "km",
    "kilometres",
    "kilometers",
    "minutes",
    "hours",
    "hour",
];
const RATE_WORDS: [&str; 4] = ["a", "per", "each", "every"];
const DEADLINE_WORDS: [&str; 8] = ["by", "before", "until", "till", "ahead", "on", "for", "in"];
const OCCASIONS: [&str; 14] = [
    "christmas",
    "easter",
    "summer",
    "spring",
    "autumn",
    "winter",
    "halloween",
    "valentine's",
    "valentines",
    "diwali",
    "eid",
    "tomorrow",
    "season",
    "friday",
];

fn text_at(words: &[Word], i: Option<usize>) -> &str {
    i.and_then(|i| words.get(i)).map_or("", |w| w.text.as_str())
}

fn is_month_at(words: &[Word], i: usize) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    if !MONTHS.contains(&w.text.as_str()) {
        return false;
    }
    if w.text != "may" && w.text != "mar" {
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
    next_is_number
        || prev_is_number
        || [
            "by", "in", "until", "before", "of", "from", "between", "to", "through", "end",
        ]
        .contains(&prev)
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
fn classify_numbers(words: &[Word]) -> Vec<(usize, f64, NumberRole)> {
    words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.number.map(|n| (i, n, number_role(words, i, n))))
        .collect()
}

fn number_role(words: &[Word], i: usize, n: f64) -> NumberRole {
    let w = &words[i];
    if w.percent || w.multiplier {
        return NumberRole::Target;
    }
    let next = text_at(words, Some(i + 1));
    let prev = text_at(words, i.checked_sub(1));
    let near_month = is_month_at(words, i + 1) || (i > 0 && is_month_at(words, i - 1));
    let is_year = n.fract() == 0.0
        && (2000.0..=2100.0).contains(&n)
        && !words[i].text.contains(',')
        && (near_month
            || [
                "in", "by", "of", "until", "before", "end", "q1", "q2", "q3", "q4",
            ]
            .contains(&prev));
    if near_month || is_year || w.ordinal {
        return NumberRole::Time;
    }
    if TIME_UNITS.contains(&next) {
        return NumberRole::Time;
    }
    if DISTANCE_UNITS.contains(&next) {
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

// ---------------------------------------------------------------------------------------------
// S

const AUDIENCE_WORDS: [&str; 32] = [
    "customers",
    "customer",
    "clients",
    "client",
    "families",
    "parents",
    "couples",
    "brides",
    "students",
    "locals",
    "local",
    "practices",
    "accountants",
    "owners",
    "businesses",
    "members",
    "residents",
    "teens",
    "mums",
    "dads",
    "professionals",
    "b2b",
    "aged",
    "nearby",
    "shoppers",
    "buyers",
    "visitors",
    "neighbours",
    "people",
    "town",
    "city",
    "area",
];
const ACTION_WORDS: [&str; 34] = [
    "enquiries",
    "enquiry",
    "inquiries",
    "inquiry",
    "bookings",
    "booking",
    "book",
    "orders",
    "order",
    "sales",
    "demo",
    "demos",
    "requests",
    "signups",
    "sign",
    "registrations",
    "downloads",
    "leads",
    "clicks",
    "visits",
    "purchases",
    "subscribers",
    "messages",
    "calls",
    "quotes",
    "reviews",
    "tickets",
    "reservations",
    "appointments",
    "saves",
    "shares",
    "comments",
    "sessions",
    "conversions",
];

/// The first network named in the goal, if any.
fn platform_named(words: &[Word]) -> Option<Network> {
    let by_word = Network::ALL
        .into_iter()
        .find(|n| has_any(words, n.mention_words()));
    by_word.or_else(|| {
        words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.text == "x")
            .any(|(i, _)| {
                ["on", "via", "from", "and", "or", "through"]
                    .contains(&text_at(words, i.checked_sub(1)))
            })
            .then_some(Network::X)
    })
}

fn specific(words: &[Word]) -> SmartCheck {
    let platform = platform_named(words);
    let audience = first_of(words, &AUDIENCE_WORDS);
    let action = first_of(words, &ACTION_WORDS);
    let mut found = Vec::new();
    if let Some(p) = platform {
        found.push(t::found_platform(p.label()));
    }
    if let Some(a) = audience {
        found.push(t::found_audience(a));
    } else if let Some(place) = distance(words) {
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
fn distance(words: &[Word]) -> Option<String> {
    words.windows(2).find_map(|pair| {
        let is_distance = pair[0].number.is_some()
            && ["mile", "miles", "km", "kilometres", "kilometers"].contains(&pair[1].text.as_str());
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
fn baseline(words: &[Word]) -> Option<(usize, f64)> {
    words.iter().enumerate().find_map(|(i, w)| {
        let next = words.get(i + 1)?;
        let after_next = words.get(i + 2);
        if w.text != "from" {
            return None;
        }
        match (next.number, after_next) {
            (Some(n), _) => Some((i + 1, n)),
            // "from about 4", "from around 1,200"
            (None, Some(a)) if ["about", "around", "roughly"].contains(&next.text.as_str()) => {
                a.number.map(|n| (i + 2, n))
            }
            _ => None,
        }
    })
}

fn measurable(words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> SmartCheck {
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
        if baseline(words).is_none() {
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

const UNREALISTIC: [&str; 10] = [
    "viral",
    "overnight",
    "million",
    "millions",
    "billion",
    "billions",
    "everyone",
    "everybody",
    "#1",
    "famous",
];
/// Largest believable growth: the target at most this many times the baseline.
const MAX_RATIO: f64 = 5.0;
/// Largest believable growth written as a percentage.
const MAX_GROWTH_PERCENT: f64 = 300.0;

/// The target compared with the baseline ("from A to B", or "T … up from A").
fn growth_ratio(words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> Option<(f64, f64)> {
    let (b_index, base) = baseline(words)?;
    let target = targets(numbers)
        .into_iter()
        .filter(|&(i, _)| i != b_index)
        .find(|&(i, _)| (i > b_index && text_at(words, i.checked_sub(1)) == "to") || i < b_index)
        .map(|(_, n)| n)?;
    Some((base, target))
}

fn achievable(words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> SmartCheck {
    let fail = |message: String| SmartCheck {
        letter: SmartLetter::Achievable,
        passed: false,
        message,
    };
    if let Some(w) = first_of(words, &UNREALISTIC)
        .or_else(|| has_phrase(words, &["number", "one"]).then_some("number one"))
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
    let message = match growth_ratio(words, numbers) {
        Some((base, target)) if base > 0.0 && target / base > MAX_RATIO => {
            return fail(t::achievable_beyond_ratio(
                fmt_num(base),
                fmt_num(target),
                MAX_RATIO,
            ))
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

fn objective_words(objective: MarketingObjective) -> &'static [&'static str] {
    match objective {
        MarketingObjective::Awareness => &[
            "reach",
            "impressions",
            "impression",
            "followers",
            "follower",
            "awareness",
            "aware",
            "views",
            "viewers",
            "audience",
            "visibility",
            "seen",
            "discover",
            "known",
            "mentions",
        ],
        MarketingObjective::Community => &[
            "engagement",
            "engaged",
            "comments",
            "comment",
            "shares",
            "saves",
            "replies",
            "reply",
            "community",
            "members",
            "loyal",
            "loyalty",
            "repeat",
            "conversation",
            "conversations",
            "regulars",
            "interactions",
        ],
        MarketingObjective::Traffic => &[
            "clicks", "click", "ctr", "website", "site", "visits", "visitors", "sessions",
            "traffic", "link", "links", "landing", "page", "blog",
        ],
        MarketingObjective::Leads => &[
            "leads",
            "lead",
            "enquiries",
            "enquiry",
            "inquiries",
            "inquiry",
            "demo",
            "demos",
            "signups",
            "form",
            "quote",
            "quotes",
            "consultations",
            "calls",
            "requests",
            "subscribers",
            "registrations",
            "contacts",
            "downloads",
        ],
        MarketingObjective::Sales => &[
            "sales",
            "sale",
            "sell",
            "sold",
            "orders",
            "order",
            "revenue",
            "purchases",
            "purchase",
            "buy",
            "buyers",
            "conversions",
            "conversion",
            "bookings",
            "booked",
            "roi",
            "customers",
            "income",
            "turnover",
        ],
    }
}

fn example_words(objective: MarketingObjective) -> &'static str {
    match objective {
        MarketingObjective::Awareness => t::EXAMPLES_AWARENESS,
        MarketingObjective::Community => t::EXAMPLES_COMMUNITY,
        MarketingObjective::Traffic => t::EXAMPLES_TRAFFIC,
        MarketingObjective::Leads => t::EXAMPLES_LEADS,
        MarketingObjective::Sales => t::EXAMPLES_SALES,
    }
}

const ACTIVITY_WORDS: [&str; 6] = ["post", "posting", "active", "publish", "upload", "tweet"];
const VANITY_WORDS: [&str; 3] = ["likes", "like", "hearts"];

fn relevant(words: &[Word], objective: MarketingObjective) -> SmartCheck {
    let check = |passed: bool, message: String| SmartCheck {
        letter: SmartLetter::Relevant,
        passed,
        message,
    };
    if let Some(w) = first_of(words, objective_words(objective)) {
        return check(true, t::relevant_connects(objective.label(), w));
    }
    let other = MarketingObjective::ALL
        .into_iter()
        .filter(|&o| o != objective)
        .find_map(|o| first_of(words, objective_words(o)).map(|w| (o, w)));
    let message = if let Some((o, w)) = other {
        t::relevant_other_objective(
            w,
            o.label().to_lowercase(),
            objective.label().to_lowercase(),
            example_words(objective),
        )
    } else if has_any(words, &VANITY_WORDS) {
        t::relevant_vanity(example_words(objective))
    } else if has_any(words, &ACTIVITY_WORDS) {
        t::relevant_activity(example_words(objective))
    } else {
        t::relevant_missing(objective.label(), example_words(objective))
    };
    check(false, message)
}

// ---------------------------------------------------------------------------------------------
// T

/// The first words that set a deadline or period, if any.
fn deadline(words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> Option<String> {
    if let Some(w) = words.iter().find(|w| w.date) {
        return Some(w.text.clone());
    }
    if let Some(i) = (0..words.len()).find(|&i| is_month_at(words, i)) {
        let day = |j: usize| words.get(j).filter(|w| w.number.is_some());
        let text = match (i.checked_sub(1).and_then(day), day(i + 1)) {
            (Some(d), _) => format!("{} {}", d.text, words[i].text),
            (None, Some(d)) => format!("{} {}", words[i].text, d.text),
            (None, None) => words[i].text.clone(),
        };
        return Some(text);
    }
    let period = numbers.iter().find(|&&(i, _, role)| {
        role == NumberRole::Time && !RATE_WORDS.contains(&text_at(words, Some(i + 2)))
    });
    if let Some(&(i, _, _)) = period {
        return Some(format!("{} {}", words[i].text, text_at(words, Some(i + 1))));
    }
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| time_phrase(words, i, w))
}

fn time_phrase(words: &[Word], i: usize, w: &Word) -> Option<String> {
    let prev = text_at(words, i.checked_sub(1));
    let next = text_at(words, Some(i + 1));
    let t = w.text.as_str();
    let quarter = matches!(t, "q1" | "q2" | "q3" | "q4");
    let relative_period = matches!(
        prev,
        "next" | "this" | "coming" | "first" | "second" | "third" | "fourth" | "current"
    ) && TIME_UNITS.contains(&t);
    let end_of = t == "end" && next == "of" || t == "deadline";
    let occasion = OCCASIONS.contains(&t)
        && (DEADLINE_WORDS.contains(&prev) || prev == "this" || prev == "next");
    let by_end =
        t == "by" && (next == "end" || (next == "the" && text_at(words, Some(i + 2)) == "end"));
    (quarter || relative_period || end_of || occasion || by_end).then(|| {
        if relative_period {
            format!("{prev} {t}")
        } else {
            t.to_string()
        }
    })
}

fn time_bound(words: &[Word], numbers: &[(usize, f64, NumberRole)]) -> SmartCheck {
    let found = deadline(words, numbers);
    let rate_only = RATE_WORDS
        .iter()
        .any(|r| TIME_UNITS.iter().any(|u| has_phrase(words, &[*r, *u])));
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
        check(goal, objective)
            .checks
            .iter()
            .filter(|c| c.passed)
            .map(|c| c.letter)
            .collect()
    }

    fn message(goal: &str, objective: MarketingObjective, letter: SmartLetter) -> String {
        check(goal, objective).get(letter).unwrap().message.clone()
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
            let report = check(goal, objective);
            assert!(report.all_passed(), "{goal}\n{report:#?}");
            assert_eq!(report.passed_count(), 5);
            assert!(report.missing().is_empty());
        }
    }

    #[test]
    fn get_more_followers_is_weak() {
        let r = check("Get more followers.", Awareness);
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
        let r = check("Go viral.", Awareness);
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
        let r = check("", Sales);
        assert_eq!(r.passed_count(), 0);
        assert!(r.checks[0].message.starts_with("Write your goal"));
        assert_eq!(check("   \n\t ", Sales).passed_count(), 0);
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
            let r = check(goal, Leads);
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
            goal: "Generate 30 demo requests from LinkedIn by 31 March, up from 18".into(),
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
}

//! The update process map (lesson `update-process-map`, widget `process-map`).
//!
//! The ten steps every update goes through ([`STEPS`]), the learner's roles per step
//! ([`StepConfig`]), an ordering exercise ([`check_order`]), platform character limits with
//! [`check_post`], content pillars and a one-week content calendar ([`WeekCalendar`]).

use crate::content::text::process as t;
use crate::domain::locale::is_singular;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{clean_text, Issue, Network, MAX_ITEMS, MAX_SHORT, MAX_TEXT};

/// The ten steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    Idea,
    Plan,
    Draft,
    Visual,
    Review,
    Schedule,
    Publish,
    Engage,
    Measure,
    Learn,
}

impl StepId {
    /// The correct order.
    pub const ALL: [StepId; 10] = [
        StepId::Idea,
        StepId::Plan,
        StepId::Draft,
        StepId::Visual,
        StepId::Review,
        StepId::Schedule,
        StepId::Publish,
        StepId::Engage,
        StepId::Measure,
        StepId::Learn,
    ];

    /// The step's description.
    pub fn step(self) -> &'static Step {
        &STEPS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.step().name
    }
}

/// One step of the process map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub id: StepId,
    /// 1–10.
    pub number: u8,
    pub name: &'static str,
    pub what_happens: &'static str,
    pub output: &'static str,
}

/// The ten steps with what happens and what each produces (from the lesson).
pub const STEPS: [Step; 10] = [
    Step {
        id: StepId::Idea,
        number: 1,
        name: t::STEP_IDEA,
        what_happens: t::STEP_IDEA_WHAT,
        output: t::STEP_IDEA_OUTPUT,
    },
    Step {
        id: StepId::Plan,
        number: 2,
        name: t::STEP_PLAN,
        what_happens: t::STEP_PLAN_WHAT,
        output: t::STEP_PLAN_OUTPUT,
    },
    Step {
        id: StepId::Draft,
        number: 3,
        name: t::STEP_DRAFT,
        what_happens: t::STEP_DRAFT_WHAT,
        output: t::STEP_DRAFT_OUTPUT,
    },
    Step {
        id: StepId::Visual,
        number: 4,
        name: t::STEP_VISUAL,
        what_happens: t::STEP_VISUAL_WHAT,
        output: t::STEP_VISUAL_OUTPUT,
    },
    Step {
        id: StepId::Review,
        number: 5,
        name: t::STEP_REVIEW,
        what_happens: t::STEP_REVIEW_WHAT,
        output: t::STEP_REVIEW_OUTPUT,
    },
    Step {
        id: StepId::Schedule,
        number: 6,
        name: t::STEP_SCHEDULE,
        what_happens: t::STEP_SCHEDULE_WHAT,
        output: t::STEP_SCHEDULE_OUTPUT,
    },
    Step {
        id: StepId::Publish,
        number: 7,
        name: t::STEP_PUBLISH,
        what_happens: t::STEP_PUBLISH_WHAT,
        output: t::STEP_PUBLISH_OUTPUT,
    },
    Step {
        id: StepId::Engage,
        number: 8,
        name: t::STEP_ENGAGE,
        what_happens: t::STEP_ENGAGE_WHAT,
        output: t::STEP_ENGAGE_OUTPUT,
    },
    Step {
        id: StepId::Measure,
        number: 9,
        name: t::STEP_MEASURE,
        what_happens: t::STEP_MEASURE_WHAT,
        output: t::STEP_MEASURE_OUTPUT,
    },
    Step {
        id: StepId::Learn,
        number: 10,
        name: t::STEP_LEARN,
        what_happens: t::STEP_LEARN_WHAT,
        output: t::STEP_LEARN_OUTPUT,
    },
];

/// Who does a step, and whether it needs approval (a "RACI-lite").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StepConfig {
    /// Who does the step.
    pub who: String,
    /// Whether a second person must approve before the next step.
    pub approval_needed: bool,
    /// Who approves (when `approval_needed`).
    pub approver: String,
    /// Who needs to know.
    pub informed: String,
}

impl StepConfig {
    /// "done by Priya; approved by Sam; sales team informed", or "needs approval" without an
    /// approver; empty when nothing is filled in.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.who.trim().is_empty() {
            parts.push(t::done_by(self.who.trim()));
        }
        if self.approval_needed {
            let by = self.approver.trim();
            parts.push(if by.is_empty() {
                t::NEEDS_APPROVAL.to_string()
            } else {
                t::approved_by(by)
            });
        }
        if !self.informed.trim().is_empty() {
            parts.push(t::informed(self.informed.trim()));
        }
        parts.join(t::LIST_SEPARATOR)
    }

    fn sanitise(&mut self) {
        clean_text(&mut self.who, MAX_SHORT);
        clean_text(&mut self.approver, MAX_SHORT);
        clean_text(&mut self.informed, MAX_SHORT);
    }
}

// ---------------------------------------------------------------------------------------------
// Ordering exercise

/// One position of the learner's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PositionResult {
    /// 1-based position.
    pub position: usize,
    pub given: StepId,
    /// The right step for this position; `None` beyond the tenth.
    pub expected: Option<StepId>,
    pub correct: bool,
}

/// The result of [`check_order`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderResult {
    pub positions: Vec<PositionResult>,
    pub correct_count: usize,
    /// Steps not placed at all.
    pub missing: Vec<StepId>,
    /// Steps placed more than once (each listed once).
    pub repeated: Vec<StepId>,
    /// All ten, each once, in the right order.
    pub complete: bool,
}

impl OrderResult {
    /// A one-line summary for the learner.
    pub fn summary(&self) -> String {
        if self.complete {
            return t::ORDER_COMPLETE.to_string();
        }
        let mut s = t::order_partly(self.correct_count, StepId::ALL.len());
        if !self.missing.is_empty() {
            s.push_str(&t::order_missing(names(&self.missing)));
        }
        if !self.repeated.is_empty() {
            s.push_str(&t::order_repeated(names(&self.repeated)));
        }
        s
    }
}

/// The text cut to at most `max_chars` characters (trimmed), ending in "…" when cut; for labels
/// in a drawn diagram, where long text would overflow.
pub fn ellipsize(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let kept: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

fn names(steps: &[StepId]) -> String {
    steps
        .iter()
        .map(|s| s.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Compares the learner's order with the right one, position by position.
pub fn check_order(order: &[StepId]) -> OrderResult {
    let positions: Vec<PositionResult> = order
        .iter()
        .enumerate()
        .map(|(i, &given)| {
            let expected = StepId::ALL.get(i).copied();
            PositionResult {
                position: i + 1,
                given,
                expected,
                correct: expected == Some(given),
            }
        })
        .collect();
    let count = |s: StepId| order.iter().filter(|&&o| o == s).count();
    OrderResult {
        correct_count: positions.iter().filter(|p| p.correct).count(),
        missing: StepId::ALL.into_iter().filter(|&s| count(s) == 0).collect(),
        repeated: StepId::ALL.into_iter().filter(|&s| count(s) > 1).collect(),
        complete: order == StepId::ALL,
        positions,
    }
}

/// The ten steps in a shuffled order for the exercise, never already correct. The same seed
/// gives the same order.
pub fn shuffled(seed: u64) -> Vec<StepId> {
    let mut steps = StepId::ALL.to_vec();
    let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
    for i in (1..steps.len()).rev() {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        steps.swap(i, (r % (i as u64 + 1)) as usize);
    }
    if steps == StepId::ALL {
        steps.rotate_left(1);
    }
    steps
}

/// Moves the step at `index` one place up (towards 1) or down, for the ordering exercise.
/// Returns its new index, or `None` (and nothing changes) at either end or out of range.
pub fn move_step(order: &mut [StepId], index: usize, up: bool) -> Option<usize> {
    let to = if up {
        index.checked_sub(1)?
    } else {
        index.checked_add(1)?
    };
    if index >= order.len() || to >= order.len() {
        return None;
    }
    order.swap(index, to);
    Some(to)
}

/// Whether `order` holds each of the ten steps exactly once (in any order).
pub fn is_permutation(order: &[StepId]) -> bool {
    order.len() == StepId::ALL.len() && StepId::ALL.iter().all(|s| order.contains(s))
}

// ---------------------------------------------------------------------------------------------
// Character limits

/// When the limits below were checked. Limits change: check each platform's help pages.
pub const LIMITS_AS_OF: &str = "2025";

/// How [`check_post`] counts, for display next to the counter.
pub const COUNTING_NOTE: &str = t::COUNTING_NOTE;

/// A platform's maximum length for a post field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PostLimit {
    pub network: Network,
    /// What the limit applies to ("Post", "Caption", "Title").
    pub field: &'static str,
    pub max_chars: usize,
    /// Extra detail ("standard, non-Premium account").
    pub note: &'static str,
}

/// Maximum lengths as of [`LIMITS_AS_OF`].
pub const LIMITS: [PostLimit; 7] = [
    PostLimit {
        network: Network::X,
        field: t::FIELD_POST,
        max_chars: 280,
        note: t::NOTE_X,
    },
    PostLimit {
        network: Network::Instagram,
        field: t::FIELD_CAPTION,
        max_chars: 2_200,
        note: "",
    },
    PostLimit {
        network: Network::LinkedIn,
        field: t::FIELD_POST,
        max_chars: 3_000,
        note: "",
    },
    PostLimit {
        network: Network::TikTok,
        field: t::FIELD_CAPTION,
        max_chars: 4_000,
        note: "",
    },
    PostLimit {
        network: Network::Pinterest,
        field: t::FIELD_PIN_DESCRIPTION,
        max_chars: 500,
        note: "",
    },
    PostLimit {
        network: Network::YouTube,
        field: t::FIELD_VIDEO_TITLE,
        max_chars: 100,
        note: t::NOTE_YOUTUBE,
    },
    PostLimit {
        network: Network::Facebook,
        field: t::FIELD_POST,
        max_chars: 63_206,
        note: t::NOTE_FACEBOOK,
    },
];

/// The limit for a network.
pub fn limit(network: Network) -> PostLimit {
    match LIMITS.iter().find(|l| l.network == network) {
        Some(l) => *l,
        // Every network is in LIMITS (a test checks); fall back to the strictest.
        None => LIMITS[0],
    }
}

/// The result of [`check_post`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostCheck {
    pub limit: PostLimit,
    /// Unicode scalar values in the text.
    pub chars: usize,
    pub fits: bool,
    /// Characters left (0 when over).
    pub remaining: usize,
    /// Characters over the limit (0 when it fits).
    pub over_by: usize,
    /// Characters in the first line: the hook most platforms show before "more".
    pub first_line_chars: usize,
    pub message: String,
}

/// Counts the text's characters (Unicode scalar values, see [`COUNTING_NOTE`]) against the
/// network's limit as of [`LIMITS_AS_OF`].
pub fn check_post(text: &str, network: Network) -> PostCheck {
    let limit = limit(network);
    let chars = text.chars().count();
    let fits = chars <= limit.max_chars;
    let remaining = limit.max_chars.saturating_sub(chars);
    let over_by = chars.saturating_sub(limit.max_chars);
    let first_line_chars = text
        .trim_start()
        .lines()
        .next()
        .map_or(0, |l| l.chars().count());
    let message = if chars == 0 {
        t::limit_empty(
            network.label(),
            limit.field.to_lowercase(),
            group(limit.max_chars),
            LIMITS_AS_OF,
        )
    } else if fits {
        t::limit_fits(
            group(chars),
            group(limit.max_chars),
            group(remaining),
            LIMITS_AS_OF,
        )
    } else {
        let over = if is_singular(over_by as u64) {
            t::limit_over_one
        } else {
            t::limit_over_other
        };
        over(
            group(over_by),
            network.label(),
            limit.field.to_lowercase(),
            group(limit.max_chars),
            LIMITS_AS_OF,
        )
    };
    PostCheck {
        limit,
        chars,
        fits,
        remaining,
        over_by,
        first_line_chars,
        message,
    }
}

/// [`check_post`] against every platform in [`LIMITS`], in that order.
pub fn check_post_everywhere(text: &str) -> Vec<PostCheck> {
    LIMITS.iter().map(|l| check_post(text, l.network)).collect()
}

/// The text split where it passes `max_chars` characters (Unicode scalar values, as
/// [`check_post`] counts): what fits, and what is over the limit (empty when it fits).
pub fn split_at_limit(text: &str, max_chars: usize) -> (&str, &str) {
    match text.char_indices().nth(max_chars) {
        Some((at, _)) => text.split_at(at),
        None => (text, ""),
    }
}

/// Longest post draft kept in the preview, in characters.
pub const MAX_DRAFT: usize = 5_000;

/// The post the learner is trying out in the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PostDraft {
    pub network: Option<Network>,
    pub text: String,
}

impl PostDraft {
    pub fn is_empty(&self) -> bool {
        self == &PostDraft::default()
    }

    /// The platform chosen here, else `first` (the learner's first platform for the plan), else
    /// X (the strictest limit).
    pub fn network_or(&self, first: Option<Network>) -> Network {
        self.network.or(first).unwrap_or(Network::X)
    }

    /// The platform chosen here, X (the strictest limit) until one is chosen.
    pub fn network_or_default(&self) -> Network {
        self.network_or(None)
    }

    /// [`check_post`] on the draft for `network`.
    pub fn check_on(&self, network: Network) -> PostCheck {
        check_post(&self.text, network)
    }

    /// [`check_post`] on the draft for its platform.
    pub fn check(&self) -> PostCheck {
        self.check_on(self.network_or_default())
    }
}

fn group(n: usize) -> String {
    super::formulas::format_number(n as f64, 0).unwrap_or_else(|| n.to_string())
}

// ---------------------------------------------------------------------------------------------
// Pillars and the weekly calendar

/// A content pillar: a recurring theme, and its share of posts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pillar {
    pub name: String,
    /// Percent of posts, 0–100.
    pub share: u8,
}

/// Checks the pillars: three to five, named, shares adding up to 100 (if any share is given).
pub fn validate_pillars(pillars: &[Pillar]) -> Vec<Issue> {
    let mut issues = Vec::new();
    let named = pillars.iter().filter(|p| !p.name.trim().is_empty()).count();
    if !(3..=5).contains(&named) {
        issues.push(Issue::new(
            "pillars",
            if is_singular(named as u64) {
                t::pillar_count_one(named)
            } else {
                t::pillar_count_other(named)
            },
        ));
    }
    if pillars.len() > named {
        issues.push(Issue::new("pillars", t::NAME_EVERY_PILLAR));
    }
    let total: u32 = pillars.iter().map(|p| u32::from(p.share)).sum();
    if total != 0 && total != 100 {
        issues.push(Issue::new("pillar_shares", t::pillar_shares(total)));
    }
    issues
}

/// Days of the calendar week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Weekday::Mon => t::MONDAY,
            Weekday::Tue => t::TUESDAY,
            Weekday::Wed => t::WEDNESDAY,
            Weekday::Thu => t::THURSDAY,
            Weekday::Fri => t::FRIDAY,
            Weekday::Sat => t::SATURDAY,
            Weekday::Sun => t::SUNDAY,
        }
    }
}

/// The format of a planned post.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostFormat {
    #[default]
    Photo,
    Carousel,
    /// Reels, TikToks, Shorts.
    ShortVideo,
    LongVideo,
    Story,
    Text,
    Live,
    Pin,
    Poll,
    Event,
    Other,
}

impl PostFormat {
    pub const ALL: [PostFormat; 11] = [
        PostFormat::Photo,
        PostFormat::Carousel,
        PostFormat::ShortVideo,
        PostFormat::LongVideo,
        PostFormat::Story,
        PostFormat::Text,
        PostFormat::Live,
        PostFormat::Pin,
        PostFormat::Poll,
        PostFormat::Event,
        PostFormat::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PostFormat::Photo => t::FORMAT_PHOTO,
            PostFormat::Carousel => t::FORMAT_CAROUSEL,
            PostFormat::ShortVideo => t::FORMAT_SHORT_VIDEO,
            PostFormat::LongVideo => t::FORMAT_LONG_VIDEO,
            PostFormat::Story => t::FORMAT_STORY,
            PostFormat::Text => t::FORMAT_TEXT,
            PostFormat::Live => t::FORMAT_LIVE,
            PostFormat::Pin => t::FORMAT_PIN,
            PostFormat::Poll => t::FORMAT_POLL,
            PostFormat::Event => t::FORMAT_EVENT,
            PostFormat::Other => t::FORMAT_OTHER,
        }
    }
}

/// One planned post.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CalendarEntry {
    pub platform: Option<Network>,
    pub pillar: String,
    pub format: PostFormat,
    /// Topic, hook or call to action.
    pub note: String,
}

/// Most entries kept per day.
pub const MAX_ENTRIES_PER_DAY: usize = 10;

/// A one-week content calendar: up to [`MAX_ENTRIES_PER_DAY`] posts a day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WeekCalendar {
    pub days: BTreeMap<Weekday, Vec<CalendarEntry>>,
}

impl WeekCalendar {
    /// The posts planned for a day.
    pub fn day(&self, day: Weekday) -> &[CalendarEntry] {
        self.days.get(&day).map_or(&[], Vec::as_slice)
    }

    /// Adds a post to a day; `false` (and nothing added) when the day is full.
    pub fn add(&mut self, day: Weekday, entry: CalendarEntry) -> bool {
        let list = self.days.entry(day).or_default();
        if list.len() >= MAX_ENTRIES_PER_DAY {
            return false;
        }
        list.push(entry);
        true
    }

    /// Puts `entry` in place of the post at `index` on `day` (an edit); `false` (and nothing
    /// changed) when there is no such post.
    pub fn replace(&mut self, day: Weekday, index: usize, entry: CalendarEntry) -> bool {
        match self.days.get_mut(&day).and_then(|list| list.get_mut(index)) {
            Some(slot) => {
                *slot = entry;
                true
            }
            None => false,
        }
    }

    /// Removes the post at `index` on `day`, if there is one.
    pub fn remove(&mut self, day: Weekday, index: usize) -> Option<CalendarEntry> {
        let list = self.days.get_mut(&day)?;
        if index >= list.len() {
            return None;
        }
        let removed = list.remove(index);
        if list.is_empty() {
            self.days.remove(&day);
        }
        Some(removed)
    }

    /// All posts in the week.
    pub fn total(&self) -> usize {
        self.days.values().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }

    /// Posts per week on each platform (entries without a platform are left out).
    pub fn posts_per_platform(&self) -> BTreeMap<Network, usize> {
        let mut counts = BTreeMap::new();
        for e in self.days.values().flatten() {
            if let Some(p) = e.platform {
                *counts.entry(p).or_insert(0) += 1;
            }
        }
        counts
    }

    /// Posts per week for each pillar name (trimmed; blank pillars left out), most first.
    pub fn posts_per_pillar(&self) -> Vec<(String, usize)> {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for e in self.days.values().flatten() {
            let name = e.pillar.trim();
            if !name.is_empty() {
                *counts.entry(name.to_string()).or_insert(0) += 1;
            }
        }
        let mut out: Vec<(String, usize)> = counts.into_iter().collect();
        crate::domain::sort::sort_by(&mut out, &|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }

    /// "Instagram: 4 posts a week", one line per platform.
    pub fn cadence(&self) -> Vec<String> {
        self.posts_per_platform()
            .into_iter()
            .map(|(n, count)| {
                if is_singular(count as u64) {
                    t::cadence_one(n.label(), count)
                } else {
                    t::cadence_other(n.label(), count)
                }
            })
            .collect()
    }

    /// Entries missing a platform or a pillar.
    pub fn validate(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        for day in Weekday::ALL {
            for (i, e) in self.day(day).iter().enumerate() {
                if e.platform.is_none() {
                    issues.push(Issue::new(
                        "platform",
                        t::post_needs_platform(day.label(), i + 1),
                    ));
                }
                if e.pillar.trim().is_empty() {
                    issues.push(Issue::new(
                        "pillar",
                        t::post_needs_pillar(day.label(), i + 1),
                    ));
                }
            }
        }
        issues
    }

    fn sanitise(&mut self) {
        for list in self.days.values_mut() {
            list.truncate(MAX_ENTRIES_PER_DAY);
            for e in list.iter_mut() {
                clean_text(&mut e.pillar, MAX_SHORT);
                clean_text(&mut e.note, MAX_TEXT);
            }
        }
        self.days.retain(|_, list| !list.is_empty());
    }
}

// ---------------------------------------------------------------------------------------------
// Learner data

/// Everything the learner enters in the process-map tool.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProcessWork {
    /// Roles per step.
    pub steps: BTreeMap<StepId, StepConfig>,
    /// The learner's latest attempt at the ordering exercise.
    pub order_attempt: Vec<StepId>,
    /// Which posts need approval, deadlines for approvers.
    pub approval_rules: String,
    pub pillars: Vec<Pillar>,
    pub calendar: WeekCalendar,
    /// The post being tried out against the platforms' limits. Left out of stored data while
    /// empty, so data without a draft is stored exactly as before this field existed.
    #[serde(skip_serializing_if = "PostDraft::is_empty")]
    pub draft: PostDraft,
    /// "I do everything myself": the who-and-approval grid is hidden and every step is the
    /// learner's. Left out of stored data while off, so older data is stored as before.
    #[serde(skip_serializing_if = "is_false")]
    pub solo: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ProcessWork {
    /// The learner's config for a step (empty if not filled in).
    pub fn config(&self, step: StepId) -> StepConfig {
        self.steps.get(&step).cloned().unwrap_or_default()
    }

    /// The order to show in the exercise: the learner's saved attempt when it holds all ten
    /// steps once, otherwise a fresh shuffle from `seed` (see [`shuffled`]).
    pub fn exercise_order(&self, seed: u64) -> Vec<StepId> {
        if is_permutation(&self.order_attempt) {
            self.order_attempt.clone()
        } else {
            shuffled(seed)
        }
    }

    /// Adds a blank pillar (`false` when there are already [`MAX_ITEMS`]).
    pub fn add_pillar(&mut self) -> bool {
        if self.pillars.len() >= MAX_ITEMS {
            return false;
        }
        self.pillars.push(Pillar::default());
        true
    }

    /// The named pillars, trimmed, in the learner's order, without repeats.
    pub fn pillar_names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for p in &self.pillars {
            let name = p.name.trim();
            if !name.is_empty() && !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
        out
    }

    /// Steps with nobody named, and approvals with no approver.
    pub fn validate_roles(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        let unnamed: Vec<StepId> = StepId::ALL
            .into_iter()
            .filter(|&s| self.config(s).who.trim().is_empty())
            .collect();
        if !unnamed.is_empty() {
            issues.push(Issue::new("who", t::name_who_does(names(&unnamed))));
        }
        for s in [StepId::Engage, StepId::Measure] {
            if unnamed.contains(&s) {
                issues.push(Issue::new("who", t::often_skipped(s.name())));
            }
        }
        let no_approver: Vec<StepId> = StepId::ALL
            .into_iter()
            .filter(|&s| {
                let c = self.config(s);
                c.approval_needed && c.approver.trim().is_empty()
            })
            .collect();
        if !no_approver.is_empty() {
            issues.push(Issue::new(
                "approver",
                t::name_who_approves(names(&no_approver)),
            ));
        }
        issues
    }

    /// True when no role, rule, pillar or calendar entry has been entered.
    pub fn is_empty(&self) -> bool {
        self.steps.values().all(|c| c == &StepConfig::default())
            && self.approval_rules.trim().is_empty()
            && self.pillars.is_empty()
            && self.calendar.is_empty()
    }

    pub(crate) fn sanitise(&mut self) {
        for c in self.steps.values_mut() {
            c.sanitise();
        }
        self.order_attempt.truncate(StepId::ALL.len() * 2);
        clean_text(&mut self.approval_rules, MAX_TEXT);
        self.pillars.truncate(MAX_ITEMS);
        for p in &mut self.pillars {
            clean_text(&mut p.name, MAX_SHORT);
            p.share = p.share.min(100);
        }
        self.calendar.sanitise();
        clean_text(&mut self.draft.text, MAX_DRAFT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_numbered_in_order() {
        for (i, s) in STEPS.iter().enumerate() {
            assert_eq!(s.number as usize, i + 1);
            assert_eq!(s.id, StepId::ALL[i]);
            assert_eq!(s.id.step(), s);
            assert!(!s.what_happens.is_empty() && !s.output.is_empty());
        }
        assert_eq!(StepId::Review.name(), "Review / approve");
    }

    #[test]
    fn correct_order_is_complete() {
        let r = check_order(&StepId::ALL);
        assert!(r.complete);
        assert_eq!(r.correct_count, 10);
        assert_eq!(r.summary(), "All ten steps in the right order.");
    }

    #[test]
    fn swapped_steps_are_pointed_out() {
        let mut order = StepId::ALL.to_vec();
        order.swap(5, 6); // publish before schedule
        let r = check_order(&order);
        assert!(!r.complete);
        assert_eq!(r.correct_count, 8);
        assert!(!r.positions[5].correct);
        assert_eq!(r.positions[5].expected, Some(StepId::Schedule));
        assert_eq!(r.positions[5].given, StepId::Publish);
        assert!(r.positions[4].correct);
        assert!(r.missing.is_empty() && r.repeated.is_empty());
    }

    #[test]
    fn short_long_and_repeated_orders() {
        let r = check_order(&[]);
        assert_eq!(r.correct_count, 0);
        assert_eq!(r.missing.len(), 10);
        assert!(r.summary().starts_with("0 of 10"));

        let r = check_order(&[StepId::Idea, StepId::Idea, StepId::Draft]);
        assert_eq!(r.correct_count, 2);
        assert!(!r.positions[1].correct);
        assert_eq!(r.repeated, vec![StepId::Idea]);
        assert!(r.missing.contains(&StepId::Learn));
        assert!(r.summary().contains("Placed twice: Idea"));

        let mut long = StepId::ALL.to_vec();
        long.push(StepId::Learn);
        let r = check_order(&long);
        assert!(!r.complete);
        assert_eq!(r.positions[10].expected, None);
        assert!(!r.positions[10].correct);
    }

    #[test]
    fn shuffled_is_a_wrong_permutation() {
        for seed in 0..200 {
            let s = shuffled(seed);
            let r = check_order(&s);
            assert!(!r.complete, "seed {seed}");
            assert!(r.missing.is_empty() && r.repeated.is_empty());
        }
        assert_eq!(shuffled(7), shuffled(7));
    }

    #[test]
    fn every_network_has_a_limit() {
        for n in Network::ALL {
            assert_eq!(limit(n).network, n);
        }
        assert_eq!(limit(Network::X).max_chars, 280);
        assert_eq!(limit(Network::Instagram).max_chars, 2_200);
        assert_eq!(limit(Network::LinkedIn).max_chars, 3_000);
        assert_eq!(limit(Network::TikTok).max_chars, 4_000);
        assert_eq!(limit(Network::Pinterest).max_chars, 500);
        assert_eq!(limit(Network::YouTube).max_chars, 100);
        assert_eq!(limit(Network::Facebook).max_chars, 63_206);
    }

    #[test]
    fn posts_are_counted_in_scalar_values() {
        let c = check_post("Fresh bread 🍞 today", Network::X);
        assert_eq!(c.chars, 19);
        assert!(c.fits);
        assert_eq!(c.remaining, 261);
        assert!(c.message.contains("19 of 280"));
        assert!(c.message.contains("as of 2025"));
        // é as one precomposed scalar vs e + combining accent: 1 vs 2.
        assert_eq!(check_post("\u{e9}", Network::X).chars, 1);
        assert_eq!(check_post("e\u{301}", Network::X).chars, 2);
    }

    #[test]
    fn over_the_limit_says_by_how_much() {
        let text = "a".repeat(281);
        let c = check_post(&text, Network::X);
        assert!(!c.fits);
        assert_eq!(c.over_by, 1);
        assert_eq!(c.remaining, 0);
        assert!(c
            .message
            .starts_with("1 character over the X (Twitter) post limit of 280"));
        assert!(check_post(&"a".repeat(280), Network::X).fits);
        let huge = "b".repeat(100_000);
        let c = check_post(&huge, Network::Facebook);
        assert_eq!(c.over_by, 100_000 - 63_206);
        assert!(c.message.contains("63,206"));
    }

    #[test]
    fn empty_post_and_first_line() {
        let c = check_post("", Network::Pinterest);
        assert!(c.fits);
        assert!(c
            .message
            .starts_with("Empty. Pinterest pin description limit: 500"));
        let c = check_post("\n  Hook line here\nMore detail below", Network::Instagram);
        assert_eq!(c.first_line_chars, "Hook line here".len());
        assert!(COUNTING_NOTE.contains("scalar values"));
    }

    #[test]
    fn pillars_need_three_to_five_and_shares_to_100() {
        let p = |name: &str, share: u8| Pillar {
            name: name.into(),
            share,
        };
        let good = [
            p("Celebrations", 40),
            p("The bake", 30),
            p("Our town", 20),
            p("Today at the counter", 10),
        ];
        assert!(validate_pillars(&good).is_empty());
        let issues = validate_pillars(&good[..2]);
        assert!(issues[0].message.starts_with("You have 2 pillars"));
        assert_eq!(issues[1].field, "pillar_shares");
        let unnamed = [p("A", 0), p("B", 0), p("C", 0), p(" ", 0)];
        assert_eq!(
            validate_pillars(&unnamed)[0].message,
            "Give every pillar a name."
        );
        assert_eq!(validate_pillars(&[]).len(), 1);
    }

    fn entry(platform: Option<Network>, pillar: &str) -> CalendarEntry {
        CalendarEntry {
            platform,
            pillar: pillar.into(),
            format: PostFormat::Photo,
            note: String::new(),
        }
    }

    #[test]
    fn calendar_counts_cadence_and_pillars() {
        let mut cal = WeekCalendar::default();
        assert!(cal.is_empty());
        assert!(cal.add(Weekday::Mon, entry(Some(Network::Instagram), "The bake")));
        assert!(cal.add(Weekday::Wed, entry(Some(Network::Facebook), "Celebrations")));
        assert!(cal.add(
            Weekday::Fri,
            entry(Some(Network::Instagram), "Celebrations")
        ));
        assert!(cal.add(Weekday::Fri, entry(Some(Network::Instagram), " The bake ")));
        assert_eq!(cal.total(), 4);
        assert_eq!(cal.day(Weekday::Fri).len(), 2);
        assert!(cal.day(Weekday::Sun).is_empty());
        assert_eq!(
            cal.cadence(),
            vec!["Facebook: 1 post a week", "Instagram: 3 posts a week"]
        );
        assert_eq!(
            cal.posts_per_pillar(),
            vec![("Celebrations".to_string(), 2), ("The bake".to_string(), 2)]
        );
        assert!(cal.validate().is_empty());
        assert_eq!(cal.remove(Weekday::Mon, 0).unwrap().pillar, "The bake");
        assert_eq!(cal.remove(Weekday::Mon, 0), None);
        assert_eq!(cal.remove(Weekday::Fri, 9), None);
    }

    #[test]
    fn a_post_is_edited_in_place() {
        let mut cal = WeekCalendar::default();
        cal.add(Weekday::Wed, entry(Some(Network::Instagram), "The bake"));
        cal.add(Weekday::Wed, entry(None, ""));
        let edited = CalendarEntry {
            platform: Some(Network::Facebook),
            pillar: "Celebrations".into(),
            format: PostFormat::Carousel,
            note: "Wedding cake".into(),
        };
        assert!(cal.replace(Weekday::Wed, 1, edited.clone()));
        assert_eq!(cal.day(Weekday::Wed)[1], edited);
        assert_eq!(
            cal.day(Weekday::Wed)[0].pillar,
            "The bake",
            "the other post is kept"
        );
        assert_eq!(cal.total(), 2);
        assert!(!cal.replace(Weekday::Wed, 2, edited.clone()));
        assert!(!cal.replace(Weekday::Mon, 0, edited));
        assert!(
            cal.day(Weekday::Mon).is_empty(),
            "no day is created by a failed edit"
        );
    }

    #[test]
    fn calendar_day_is_capped_and_incomplete_entries_flagged() {
        let mut cal = WeekCalendar::default();
        for _ in 0..MAX_ENTRIES_PER_DAY {
            assert!(cal.add(Weekday::Tue, entry(None, "")));
        }
        assert!(!cal.add(Weekday::Tue, entry(None, "")));
        let issues = cal.validate();
        assert_eq!(issues.len(), 2 * MAX_ENTRIES_PER_DAY);
        assert_eq!(issues[0].message, "Tuesday post 1: choose a platform.");
    }

    #[test]
    fn roles_flag_missing_names_and_approvers() {
        let mut w = ProcessWork::default();
        assert!(w.is_empty());
        let issues = w.validate_roles();
        assert!(issues[0]
            .message
            .starts_with("Name who does: Idea, Plan in the content calendar"));
        assert!(issues
            .iter()
            .any(|i| i.message.contains("\"Engage\" is the step")));
        for s in StepId::ALL {
            w.steps.insert(
                s,
                StepConfig {
                    who: "Priya".into(),
                    ..StepConfig::default()
                },
            );
        }
        assert!(w.validate_roles().is_empty());
        w.steps.get_mut(&StepId::Review).unwrap().approval_needed = true;
        let issues = w.validate_roles();
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].message, "Name who approves: Review / approve.");
        assert!(!w.is_empty());
    }

    #[test]
    fn sanitise_caps_lists_and_text() {
        let mut w = ProcessWork {
            order_attempt: vec![StepId::Idea; 100],
            pillars: vec![
                Pillar {
                    name: "<script>".repeat(100),
                    share: 250,
                };
                80
            ],
            ..ProcessWork::default()
        };
        w.sanitise();
        assert_eq!(w.order_attempt.len(), 20);
        assert_eq!(w.pillars.len(), MAX_ITEMS);
        assert_eq!(w.pillars[0].share, 100);
        assert_eq!(w.pillars[0].name.chars().count(), MAX_SHORT);
    }

    #[test]
    fn step_config_describes_roles() {
        let mut c = StepConfig::default();
        assert_eq!(c.describe(), "");
        c.approval_needed = true;
        assert_eq!(c.describe(), "needs approval");
        c.who = " Priya ".into();
        c.approver = "Sam".into();
        c.informed = "Sales team".into();
        assert_eq!(
            c.describe(),
            "done by Priya; approved by Sam; Sales team informed"
        );
    }

    #[test]
    fn ellipsize_cuts_long_labels() {
        assert_eq!(ellipsize("  Priya  ", 10), "Priya");
        assert_eq!(ellipsize("abcdefghij", 10), "abcdefghij");
        assert_eq!(ellipsize("abcdefghijk", 10), "abcdefghi…");
        assert_eq!(ellipsize("ab cd", 4), "ab…");
        assert_eq!(ellipsize("🍞🍞🍞", 2), "🍞…");
        assert_eq!(ellipsize("abc", 0), "…");
    }

    #[test]
    fn steps_move_up_and_down_within_bounds() {
        let mut order = StepId::ALL.to_vec();
        assert_eq!(move_step(&mut order, 0, true), None);
        assert_eq!(move_step(&mut order, 9, false), None);
        assert_eq!(move_step(&mut order, 10, true), None);
        assert_eq!(move_step(&mut order, usize::MAX, false), None);
        assert_eq!(order, StepId::ALL.to_vec());
        assert_eq!(move_step(&mut order, 5, false), Some(6));
        assert_eq!(order[6], StepId::Schedule);
        assert_eq!(move_step(&mut order, 6, true), Some(5));
        assert_eq!(order, StepId::ALL.to_vec());
        assert_eq!(move_step(&mut [], 0, false), None);
    }

    #[test]
    fn exercise_order_uses_a_full_attempt_only() {
        let mut w = ProcessWork::default();
        assert_eq!(w.exercise_order(4), shuffled(4));
        w.order_attempt = vec![StepId::Idea, StepId::Idea];
        assert!(!is_permutation(&w.order_attempt));
        assert_eq!(w.exercise_order(4), shuffled(4));
        let mut solved = StepId::ALL.to_vec();
        solved.swap(0, 1);
        w.order_attempt = solved.clone();
        assert!(is_permutation(&solved));
        assert_eq!(w.exercise_order(4), solved);
    }

    #[test]
    fn posts_are_checked_everywhere_and_split_at_the_limit() {
        let all = check_post_everywhere("hello");
        assert_eq!(all.len(), LIMITS.len());
        assert!(all.iter().all(|c| c.fits && c.chars == 5));
        assert_eq!(all[0].limit.network, Network::X);
        assert_eq!(split_at_limit("abcdef", 4), ("abcd", "ef"));
        assert_eq!(split_at_limit("abc", 4), ("abc", ""));
        assert_eq!(split_at_limit("abcd", 4), ("abcd", ""));
        assert_eq!(split_at_limit("é🍞ü", 1), ("é", "🍞ü"));
        assert_eq!(split_at_limit("", 0), ("", ""));
        assert_eq!(split_at_limit("a", 0), ("", "a"));
    }

    #[test]
    fn the_draft_counts_for_the_learners_first_platform_until_one_is_picked_here() {
        let mut d = PostDraft::default();
        assert_eq!(d.network_or(Some(Network::Instagram)), Network::Instagram);
        assert_eq!(d.network_or(None), Network::X);
        d.network = Some(Network::LinkedIn);
        assert_eq!(d.network_or(Some(Network::Instagram)), Network::LinkedIn);
        d.text = "a".repeat(300);
        assert!(d.check_on(Network::Instagram).fits);
        assert!(!d.check_on(Network::X).fits);
    }

    #[test]
    fn solo_mode_is_stored_only_when_on() {
        let mut w = ProcessWork::default();
        assert!(!serde_json::to_string(&w).unwrap().contains("solo"));
        w.solo = true;
        let text = serde_json::to_string(&w).unwrap();
        assert!(text.contains(r#""solo":true"#), "{text}");
        assert_eq!(serde_json::from_str::<ProcessWork>(&text).unwrap(), w);
    }

    #[test]
    fn draft_defaults_to_x_and_is_capped() {
        let mut w = ProcessWork::default();
        assert_eq!(w.draft.network_or_default(), Network::X);
        w.draft.text = "a".repeat(300);
        assert!(!w.draft.check().fits);
        w.draft.network = Some(Network::Instagram);
        assert!(w.draft.check().fits);
        w.draft.text = "b".repeat(MAX_DRAFT + 10);
        w.sanitise();
        assert_eq!(w.draft.text.chars().count(), MAX_DRAFT);
        assert!(!serde_json::to_string(&ProcessWork::default())
            .unwrap()
            .contains("draft"));
        let json = r#"{"draft": {"network": "myspace", "text": "Hi"}}"#;
        let mut warnings = Vec::new();
        let value = serde_json::from_str(json).unwrap();
        let w: ProcessWork = crate::domain::lenient::read(&value, "process", &mut warnings);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(w.draft.network, None);
        assert_eq!(w.draft.text, "Hi");
    }

    #[test]
    fn pillars_are_added_up_to_the_cap_and_named_once() {
        let mut w = ProcessWork::default();
        assert!(w.add_pillar());
        w.pillars[0].name = " The bake ".into();
        w.add_pillar();
        w.add_pillar();
        w.pillars[2].name = "The bake".into();
        assert_eq!(w.pillar_names(), vec!["The bake".to_string()]);
        while w.add_pillar() {}
        assert_eq!(w.pillars.len(), MAX_ITEMS);
    }

    #[test]
    fn calendar_json_with_unknown_values_loads() {
        let json = r#"{"days": {"mon": [{"platform": "instagram", "pillar": "The bake",
            "format": "hologram"}, {"platform": "myspace"}], "funday": [{}]}}"#;
        let mut warnings = Vec::new();
        let value = serde_json::from_str(json).unwrap();
        let cal: WeekCalendar = crate::domain::lenient::read(&value, "calendar", &mut warnings);
        assert_eq!(
            warnings.len(),
            3,
            "each value set aside is named: {warnings:?}"
        );
        assert_eq!(cal.day(Weekday::Mon).len(), 2);
        assert_eq!(cal.day(Weekday::Mon)[0].format, PostFormat::Photo);
        assert_eq!(cal.day(Weekday::Mon)[1].platform, None);
        assert_eq!(cal.days.len(), 1);
    }
}

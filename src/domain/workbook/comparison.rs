//! Traditional vs social media marketing (lesson `traditional-vs-social`, widget
//! `traditional-vs-social`).
//!
//! The learner rates how much each of the six criteria matters for one real goal (1–5), ticks
//! any situations where traditional marketing still wins, and [`assess`] says which approach
//! fits and why. A budget-split exercise ([`BudgetSplit::check`]) checks four shares add to 100%.

use crate::content::text::comparison as t;
use crate::domain::locale::is_singular;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::formulas::parse_count;
use super::{clean_text, Issue, MAX_TEXT};

/// The six criteria of the side-by-side comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Cost,
    Reach,
    Targeting,
    Conversation,
    Speed,
    Measurability,
}

impl Criterion {
    pub const ALL: [Criterion; 6] = [
        Criterion::Cost,
        Criterion::Reach,
        Criterion::Targeting,
        Criterion::Conversation,
        Criterion::Speed,
        Criterion::Measurability,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Criterion::Cost => t::COST,
            Criterion::Reach => t::REACH,
            Criterion::Targeting => t::TARGETING,
            Criterion::Conversation => t::CONVERSATION,
            Criterion::Speed => t::SPEED,
            Criterion::Measurability => t::MEASURABILITY,
        }
    }

    /// The question the learner answers when rating this criterion (1 = hardly, 5 = a lot).
    pub fn question(self) -> &'static str {
        match self {
            Criterion::Cost => t::COST_QUESTION,
            Criterion::Reach => t::REACH_QUESTION,
            Criterion::Targeting => t::TARGETING_QUESTION,
            Criterion::Conversation => t::CONVERSATION_QUESTION,
            Criterion::Speed => t::SPEED_QUESTION,
            Criterion::Measurability => t::MEASURABILITY_QUESTION,
        }
    }

    /// How traditional marketing does on this criterion.
    pub fn traditional(self) -> &'static str {
        match self {
            Criterion::Cost => t::COST_TRADITIONAL,
            Criterion::Reach => t::REACH_TRADITIONAL,
            Criterion::Targeting => t::TARGETING_TRADITIONAL,
            Criterion::Conversation => t::CONVERSATION_TRADITIONAL,
            Criterion::Speed => t::SPEED_TRADITIONAL,
            Criterion::Measurability => t::MEASURABILITY_TRADITIONAL,
        }
    }

    /// How social media marketing does on this criterion.
    pub fn social(self) -> &'static str {
        match self {
            Criterion::Cost => t::COST_SOCIAL,
            Criterion::Reach => t::REACH_SOCIAL,
            Criterion::Targeting => t::TARGETING_SOCIAL,
            Criterion::Conversation => t::CONVERSATION_SOCIAL,
            Criterion::Speed => t::SPEED_SOCIAL,
            Criterion::Measurability => t::MEASURABILITY_SOCIAL,
        }
    }

    /// How well each approach typically does, 1 (weak) to 3 (strong): (traditional, social).
    fn strengths(self) -> (u32, u32) {
        match self {
            Criterion::Cost => (1, 2),
            Criterion::Reach => (2, 2),
            Criterion::Targeting
            | Criterion::Conversation
            | Criterion::Speed
            | Criterion::Measurability => (1, 3),
        }
    }

    /// One clause on who wins this criterion, for the "why" list.
    fn winner_sentence(self) -> &'static str {
        match self {
            Criterion::Cost => t::COST_WINNER,
            Criterion::Reach => t::REACH_WINNER,
            Criterion::Targeting => t::TARGETING_WINNER,
            Criterion::Conversation => t::CONVERSATION_WINNER,
            Criterion::Speed => t::SPEED_WINNER,
            Criterion::Measurability => t::MEASURABILITY_WINNER,
        }
    }
}

/// The 1–5 importance scale, with a word for each point.
pub const RATING_SCALE: [(u8, &str); 5] = [
    (1, t::WEIGHT_1),
    (2, t::WEIGHT_2),
    (3, t::WEIGHT_3),
    (4, t::WEIGHT_4),
    (5, t::WEIGHT_5),
];

/// Situations in which traditional marketing still wins (from the lesson).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// Your best customers are rarely on the platforms you would use.
    CustomersOffline,
    /// You need to be physically present (stall, fair, street sign).
    PhysicalPresence,
    /// An outside endorsement (press, trade magazine) matters.
    Credibility,
    /// Decision-makers gather offline (conferences, trade events).
    OfflineDecisionMakers,
    /// You want something people keep (price list, business card).
    Keepsake,
}

impl Situation {
    pub const ALL: [Situation; 5] = [
        Situation::CustomersOffline,
        Situation::PhysicalPresence,
        Situation::Credibility,
        Situation::OfflineDecisionMakers,
        Situation::Keepsake,
    ];

    /// The tick-box text.
    pub fn label(self) -> &'static str {
        match self {
            Situation::CustomersOffline => t::SITUATION_OFFLINE_CUSTOMERS,
            Situation::PhysicalPresence => t::SITUATION_PRESENCE,
            Situation::Credibility => t::SITUATION_ENDORSEMENT,
            Situation::OfflineDecisionMakers => t::SITUATION_OFFLINE_DECIDERS,
            Situation::Keepsake => t::SITUATION_KEEPSAKE,
        }
    }

    fn reason(self) -> &'static str {
        match self {
            Situation::CustomersOffline => t::SITUATION_OFFLINE_CUSTOMERS_REASON,
            Situation::PhysicalPresence => t::SITUATION_PRESENCE_REASON,
            Situation::Credibility => t::SITUATION_ENDORSEMENT_REASON,
            Situation::OfflineDecisionMakers => t::SITUATION_OFFLINE_DECIDERS_REASON,
            Situation::Keepsake => t::SITUATION_KEEPSAKE_REASON,
        }
    }
}

/// Which approach fits the learner's goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approach {
    Traditional,
    Social,
    /// Close call: use both, each for what it does best.
    Mix,
}

impl Approach {
    pub fn summary(self) -> &'static str {
        match self {
            Approach::Traditional => t::TRADITIONAL_LEADS,
            Approach::Social => t::SOCIAL_LEADS,
            Approach::Mix => t::CLOSE_CALL,
        }
    }
}

/// The result of [`assess`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub approach: Approach,
    /// How well traditional marketing fits what matters to the learner, 0–100.
    pub traditional_score: u32,
    /// How well social media marketing fits what matters to the learner, 0–100.
    pub social_score: u32,
    /// Why, most important first.
    pub reasons: Vec<String>,
    /// Cautions that apply to the choice.
    pub caveats: Vec<String>,
}

/// Importance given to each ticked [`Situation`], on the 1–5 scale.
const SITUATION_WEIGHT: u32 = 5;
/// Social must lead by at least this many points (of 100) to be the verdict.
const SOCIAL_MARGIN: i64 = 20;
/// Traditional must lead by at least this many points to be the verdict. Smaller than
/// [`SOCIAL_MARGIN`] because social media is stronger on most of the six criteria by design.
const TRADITIONAL_MARGIN: i64 = 10;

/// Which approach fits, given importance ratings (1–5; unrated criteria are left out, values
/// outside 1–5 are clamped) and ticked situations. `None` until at least one criterion is rated
/// or one situation ticked.
pub fn assess(
    ratings: &BTreeMap<Criterion, u8>,
    situations: &BTreeSet<Situation>,
) -> Option<Verdict> {
    if ratings.is_empty() && situations.is_empty() {
        return None;
    }
    let (traditional_score, social_score) = scores(ratings, situations);
    let margin = i64::from(social_score) - i64::from(traditional_score);
    let approach = if margin >= SOCIAL_MARGIN {
        Approach::Social
    } else if margin <= -TRADITIONAL_MARGIN {
        Approach::Traditional
    } else {
        Approach::Mix
    };
    Some(Verdict {
        approach,
        traditional_score,
        social_score,
        reasons: reasons(ratings, situations),
        caveats: caveats(ratings),
    })
}

fn weight(rating: u8) -> u32 {
    u32::from(rating.clamp(1, 5))
}

/// (traditional, social) as whole percentages of the best possible score.
fn scores(ratings: &BTreeMap<Criterion, u8>, situations: &BTreeSet<Situation>) -> (u32, u32) {
    let mut traditional = 0;
    let mut social = 0;
    let mut best = 0;
    for (criterion, &rating) in ratings {
        let w = weight(rating);
        let (t, s) = criterion.strengths();
        traditional += w * t;
        social += w * s;
        best += w * 3;
    }
    let n = situations.len() as u32;
    traditional += n * SITUATION_WEIGHT * 3;
    social += n * SITUATION_WEIGHT;
    best += n * SITUATION_WEIGHT * 3;
    if best == 0 {
        return (0, 0);
    }
    let pct = |x: u32| (x * 100 + best / 2) / best;
    (pct(traditional), pct(social))
}

fn reasons(ratings: &BTreeMap<Criterion, u8>, situations: &BTreeSet<Situation>) -> Vec<String> {
    let mut important: Vec<(Criterion, u32)> = ratings
        .iter()
        .map(|(&c, &r)| (c, weight(r)))
        .filter(|&(_, w)| w >= 4)
        .collect();
    crate::domain::sort::sort_by(&mut important, &|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<String> = situations.iter().map(|s| s.reason().to_string()).collect();
    out.extend(
        important
            .into_iter()
            .map(|(c, w)| t::matters_a_lot(c.label(), w, c.winner_sentence())),
    );
    if out.is_empty() {
        out.push(t::NO_DECIDING_CRITERION.to_string());
    }
    out
}

fn caveats(ratings: &BTreeMap<Criterion, u8>) -> Vec<String> {
    let matters = |c: Criterion| ratings.get(&c).is_some_and(|&r| weight(r) >= 4);
    let mut out = Vec::new();
    if matters(Criterion::Cost) {
        out.push(t::CHEAP_CAVEAT.to_string());
    }
    if matters(Criterion::Measurability) {
        out.push(t::MEASURABILITY_CAVEAT.to_string());
    }
    out.push(t::CONNECT_BOTH.to_string());
    out
}

/// The four lines of the budget-split exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetLine {
    Traditional,
    SocialOrganic,
    SocialPaid,
    Other,
}

impl BudgetLine {
    pub const ALL: [BudgetLine; 4] = [
        BudgetLine::Traditional,
        BudgetLine::SocialOrganic,
        BudgetLine::SocialPaid,
        BudgetLine::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BudgetLine::Traditional => t::BUDGET_TRADITIONAL,
            BudgetLine::SocialOrganic => t::BUDGET_SOCIAL_ORGANIC,
            BudgetLine::SocialPaid => t::BUDGET_SOCIAL_PAID,
            BudgetLine::Other => t::BUDGET_OTHER,
        }
    }

    /// The field name used in [`Issue::field`].
    pub fn field(self) -> &'static str {
        match self {
            BudgetLine::Traditional => "traditional",
            BudgetLine::SocialOrganic => "social_organic",
            BudgetLine::SocialPaid => "social_paid",
            BudgetLine::Other => "other",
        }
    }
}

/// Percent of the marketing budget (money and time) going to each line; must add up to 100.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetSplit {
    pub traditional: u32,
    pub social_organic: u32,
    pub social_paid: u32,
    pub other: u32,
}

/// The result of [`BudgetSplit::check`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetCheck {
    pub total: u32,
    /// True when every share is 0–100 and they add up to exactly 100.
    pub ok: bool,
    /// What must be fixed (field `"total"` for the sum, else the line's [`BudgetLine::field`]).
    pub issues: Vec<Issue>,
    /// Advice that does not block.
    pub notes: Vec<String>,
}

impl BudgetSplit {
    pub fn get(&self, line: BudgetLine) -> u32 {
        match line {
            BudgetLine::Traditional => self.traditional,
            BudgetLine::SocialOrganic => self.social_organic,
            BudgetLine::SocialPaid => self.social_paid,
            BudgetLine::Other => self.other,
        }
    }

    pub fn set(&mut self, line: BudgetLine, percent: u32) {
        let slot = match line {
            BudgetLine::Traditional => &mut self.traditional,
            BudgetLine::SocialOrganic => &mut self.social_organic,
            BudgetLine::SocialPaid => &mut self.social_paid,
            BudgetLine::Other => &mut self.other,
        };
        *slot = percent;
    }

    /// The sum of the four shares (saturating, so huge values cannot overflow).
    pub fn total(&self) -> u32 {
        BudgetLine::ALL
            .iter()
            .fold(0u32, |sum, &l| sum.saturating_add(self.get(l)))
    }

    /// Checks every share is at most 100 and that they add up to 100, with messages.
    pub fn check(&self) -> BudgetCheck {
        let total = self.total();
        let mut issues: Vec<Issue> = BudgetLine::ALL
            .iter()
            .filter(|&&l| self.get(l) > 100)
            .map(|&l| Issue::new(l.field(), t::share_over_100(l.label(), self.get(l))))
            .collect();
        if let Some(issue) = total_issue(total) {
            issues.push(issue);
        }
        BudgetCheck {
            total,
            ok: issues.is_empty(),
            issues,
            notes: self.notes(),
        }
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.total() == 100 && self.traditional == 0 {
            notes.push(t::NOTHING_FOR_TRADITIONAL.to_string());
        }
        if self.social_organic > 0 && self.social_paid == 0 {
            notes.push(t::ORGANIC_ONLY.to_string());
        }
        notes
    }

    pub(crate) fn sanitise(&mut self) {
        for line in BudgetLine::ALL {
            self.set(line, self.get(line).min(100));
        }
    }
}

fn total_issue(total: u32) -> Option<Issue> {
    let message = match total {
        100 => return None,
        0 => t::ENTER_SPLIT.to_string(),
        total if total < 100 && is_singular(u64::from(100 - total)) => {
            t::shares_under_one(total, 100 - total)
        }
        total if total < 100 => t::shares_under_other(total, 100 - total),
        total if is_singular(u64::from(total - 100)) => t::shares_over_one(total, total - 100),
        total => t::shares_over_other(total, total - 100),
    };
    Some(Issue::new("total", message))
}

/// Parses a share typed by the learner (`"25"`, `"25%"`, `" 40 "`): a whole number, 0 to 100.
pub fn parse_share(input: &str) -> Result<u32, String> {
    read_share(input).map_err(ShareError::message)
}

/// Why a share was refused: the number itself, or a value above 100.
enum ShareError {
    Unreadable(String),
    TooLarge(u64),
}

impl ShareError {
    fn message(self) -> String {
        match self {
            ShareError::Unreadable(message) => message,
            ShareError::TooLarge(value) => t::share_too_large(value),
        }
    }
}

fn read_share(input: &str) -> Result<u32, ShareError> {
    let trimmed = input.trim().trim_end_matches('%');
    let value = parse_count(trimmed).map_err(|e| ShareError::Unreadable(e.to_string()))?;
    match u32::try_from(value) {
        Ok(v) if v <= 100 => Ok(v),
        _ => Err(ShareError::TooLarge(value)),
    }
}

/// Reads one budget box as the learner types: blank counts as 0% (the box was cleared to type
/// a new number); anything else must be a whole percentage, 0 to 100 (see [`parse_share`]).
pub fn share_from_input(input: &str) -> Result<u32, String> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Ok(0);
    }
    read_share(trimmed).map_err(|e| match e {
        ShareError::Unreadable(_) if trimmed.contains(['.', ',']) => {
            t::WHOLE_PERCENTAGES.to_string()
        }
        e => e.message(),
    })
}

/// Everything the learner enters in the comparison tool.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ComparisonWork {
    /// The one real goal the learner has in mind ("fill the stall at next month's fair").
    pub goal: String,
    /// Importance of each criterion, 1–5. Missing = not rated yet.
    pub ratings: BTreeMap<Criterion, u8>,
    pub situations: BTreeSet<Situation>,
    pub budget: BudgetSplit,
}

impl ComparisonWork {
    /// [`assess`] on the learner's ratings and situations.
    pub fn verdict(&self) -> Option<Verdict> {
        assess(&self.ratings, &self.situations)
    }

    /// True when nothing has been entered.
    pub fn is_empty(&self) -> bool {
        self == &ComparisonWork::default()
    }

    pub(crate) fn sanitise(&mut self) {
        clean_text(&mut self.goal, MAX_TEXT);
        self.ratings.retain(|_, r| *r > 0);
        for r in self.ratings.values_mut() {
            *r = (*r).min(5);
        }
        self.budget.sanitise();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(rating: u8) -> BTreeMap<Criterion, u8> {
        Criterion::ALL.iter().map(|&c| (c, rating)).collect()
    }

    fn ticked(n: usize) -> BTreeSet<Situation> {
        Situation::ALL.iter().copied().take(n).collect()
    }

    #[test]
    fn every_criterion_has_text_for_both_sides() {
        for c in Criterion::ALL {
            assert!(!c.label().is_empty());
            assert!(c.question().ends_with('?'));
            assert!(c.traditional().len() > 20);
            assert!(c.social().len() > 20);
        }
        for s in Situation::ALL {
            assert!(!s.label().is_empty());
            assert!(s.reason().ends_with('.'));
        }
    }

    #[test]
    fn nothing_rated_gives_no_verdict() {
        assert_eq!(assess(&BTreeMap::new(), &BTreeSet::new()), None);
        assert_eq!(ComparisonWork::default().verdict(), None);
    }

    #[test]
    fn even_ratings_favour_social() {
        let v = assess(&all(3), &BTreeSet::new()).unwrap();
        assert_eq!(v.approach, Approach::Social);
        assert!(v.social_score > v.traditional_score);
        assert!(v.reasons[0].contains("no single criterion"));
    }

    #[test]
    fn offline_situations_tip_towards_traditional() {
        assert_eq!(assess(&all(3), &ticked(3)).unwrap().approach, Approach::Mix);
        let v = assess(&all(1), &ticked(3)).unwrap();
        assert_eq!(v.approach, Approach::Traditional);
        assert!(v.reasons[0].contains("rarely on social platforms"));
        assert_eq!(
            assess(&all(3), &ticked(5)).unwrap().approach,
            Approach::Traditional
        );
        let only_situations = assess(&BTreeMap::new(), &ticked(1)).unwrap();
        assert_eq!(only_situations.approach, Approach::Traditional);
    }

    #[test]
    fn reasons_list_most_important_first_and_caveats_follow_ratings() {
        let mut r = all(2);
        r.insert(Criterion::Targeting, 4);
        r.insert(Criterion::Cost, 5);
        let v = assess(&r, &BTreeSet::new()).unwrap();
        assert!(v.reasons[0].starts_with("Cost matters a lot to you (5/5)"));
        assert!(v.reasons[1].starts_with("Targeting"));
        assert!(v.caveats.iter().any(|c| c.contains("time as free")));
        assert!(v.caveats.last().unwrap().contains("connect the two"));
    }

    #[test]
    fn out_of_range_ratings_are_clamped() {
        let mut r = BTreeMap::new();
        r.insert(Criterion::Speed, 200);
        let v = assess(&r, &BTreeSet::new()).unwrap();
        assert_eq!(v.social_score, 100);
        assert!(v.reasons[0].contains("(5/5)"));
        let mut zero = BTreeMap::new();
        zero.insert(Criterion::Speed, 0);
        assert!(assess(&zero, &BTreeSet::new()).is_some());
    }

    #[test]
    fn budget_must_add_to_100() {
        let mut b = BudgetSplit::default();
        let c = b.check();
        assert!(!c.ok);
        assert!(c.issues[0].message.contains("Enter how you would split"));

        b = BudgetSplit {
            traditional: 20,
            social_organic: 40,
            social_paid: 30,
            other: 0,
        };
        let c = b.check();
        assert!(!c.ok);
        assert_eq!(c.total, 90);
        assert_eq!(c.issues[0].field, "total");
        assert!(c.issues[0].message.contains("Add 10 more points"));

        b.set(BudgetLine::Other, 10);
        let c = b.check();
        assert!(c.ok, "{:?}", c.issues);
        assert!(c.notes.is_empty());

        b.other = 25;
        assert!(b.check().issues[0].message.contains("Take away 15 points"));
    }

    #[test]
    fn budget_share_over_100_is_named() {
        let b = BudgetSplit {
            traditional: 150,
            ..BudgetSplit::default()
        };
        let c = b.check();
        assert_eq!(c.issues.len(), 2);
        assert_eq!(c.issues[0].field, "traditional");
        assert!(c.issues[0].message.contains("150%"));
    }

    #[test]
    fn budget_total_never_overflows() {
        let b = BudgetSplit {
            traditional: u32::MAX,
            social_organic: u32::MAX,
            social_paid: 1,
            other: 1,
        };
        assert_eq!(b.total(), u32::MAX);
        assert!(!b.check().ok);
    }

    #[test]
    fn budget_notes_give_advice() {
        let b = BudgetSplit {
            social_organic: 100,
            ..BudgetSplit::default()
        };
        let c = b.check();
        assert!(c.ok);
        assert_eq!(c.notes.len(), 2);
    }

    #[test]
    fn shares_parse_from_text() {
        assert_eq!(parse_share(" 25% "), Ok(25));
        assert_eq!(parse_share("0"), Ok(0));
        assert!(parse_share("").is_err());
        assert!(parse_share("-5").unwrap_err().contains("negative"));
        assert!(parse_share("101").unwrap_err().contains("0 to 100"));
        assert!(parse_share("99999999999").unwrap_err().contains("0 to 100"));
        assert!(parse_share("ten").is_err());
    }

    #[test]
    fn budget_boxes_read_blank_as_zero() {
        assert_eq!(share_from_input(""), Ok(0));
        assert_eq!(share_from_input("  "), Ok(0));
        assert_eq!(share_from_input("40"), Ok(40));
        assert_eq!(share_from_input("40%"), Ok(40));
        assert!(share_from_input("12.5")
            .unwrap_err()
            .contains("whole percentages"));
        assert!(share_from_input("120").unwrap_err().contains("0 to 100"));
        assert!(share_from_input("-5").unwrap_err().contains("negative"));
        assert!(share_from_input("lots").is_err());
    }
}

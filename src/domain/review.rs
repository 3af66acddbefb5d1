//! Spaced review of missed questions: a Leitner box system.
//!
//! Every question the learner gets wrong becomes a card. Cards sit in boxes 1–5; a card in box
//! `b` comes back after `interval_days(b)` days (1, 2, 4, 8, 16). Days are whole day numbers that
//! the caller supplies (for example days since 1970-01-01 in the learner's time zone), so
//! everything here is pure and testable.
//!
//! The rules, chosen and fixed here:
//! - A wrong answer (new card or old) puts the card in box 1, due **tomorrow** (`today + 1`), not
//!   today: the quiz has just shown the explanation, and seeing the question again straight away
//!   tests short-term memory, not learning.
//! - A right answer to a card that is due moves it up one box and schedules it after that box's
//!   interval. A right answer in box 5 retires the card (it leaves the list).
//! - A right answer to a card that is not due yet changes nothing, so repeating a question within
//!   a day cannot rush a card through the boxes. A right answer to a question with no card is
//!   ignored too.
//! - Cards are kept sorted by question id, at most one per question.
//! - A question left blank in a check changes nothing (`record_check`): it was neither tested
//!   nor explained, so it is not "missed".
//! - Practising missed questions before they are due (the review page's "Practise now") records
//!   nothing: the schedule keeps saying what is due.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::grading::Outcome;

/// The number of boxes; a right answer in the last box retires the card.
pub const BOX_COUNT: u8 = 5;

/// Days until a card in box 1, 2, … 5 comes back.
const INTERVALS: [u32; BOX_COUNT as usize] = [1, 2, 4, 8, 16];

/// One missed question waiting for review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewCard {
    pub question_id: String,
    /// The Leitner box, 1 to `BOX_COUNT` (`box` is a Rust keyword; stored as `"box"`).
    #[serde(rename = "box")]
    pub box_number: u8,
    /// The first day on which the card is due again.
    pub due_day: u32,
}

/// What `record_answer` did to the card list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewChange {
    /// A new card in box 1.
    Added,
    /// An existing card went back to box 1.
    BackToBoxOne,
    /// The card moved up to this box.
    MovedUp { to: u8 },
    /// The card left box 5 and the list.
    Retired,
    /// Answered right before it was due: unchanged.
    NotDueYet,
    /// Answered right and never missed: nothing to do.
    NotTracked,
}

/// A number that stays the same until a review session's answers are recorded (they move the
/// cards), used to order a session's options without storing anything new.
pub fn session_seed(cards: &[ReviewCard]) -> u64 {
    cards.iter().fold(0u64, |acc, c| {
        acc.wrapping_mul(31)
            .wrapping_add(u64::from(c.due_day) * 8 + u64::from(c.box_number))
    })
}

/// `box_number` brought into 1..=`BOX_COUNT`.
pub fn clamp_box(box_number: u8) -> u8 {
    box_number.clamp(1, BOX_COUNT)
}

/// Days until a card in this box is due again (out-of-range boxes are clamped).
pub fn interval_days(box_number: u8) -> u32 {
    INTERVALS[usize::from(clamp_box(box_number) - 1)]
}

/// Records one answer to a question and reschedules its card by the rules in the module docs.
pub fn record_answer(
    cards: &mut Vec<ReviewCard>,
    question_id: &str,
    correct: bool,
    today: u32,
) -> ReviewChange {
    let found = cards.iter().position(|c| c.question_id == question_id);
    match (found, correct) {
        (None, false) => add_card(cards, question_id, today),
        (None, true) => ReviewChange::NotTracked,
        (Some(i), false) => {
            cards[i] = card_in_box(question_id, 1, today);
            ReviewChange::BackToBoxOne
        }
        (Some(i), true) => promote(cards, i, today),
    }
}

/// Records every answered question of a check (a quiz or a review session) by the rules in the
/// module docs; questions left blank are skipped.
pub fn record_check<'a>(
    cards: &mut Vec<ReviewCard>,
    results: impl IntoIterator<Item = (&'a str, Outcome)>,
    today: u32,
) {
    for (question_id, outcome) in results {
        match outcome {
            Outcome::Right => record_answer(cards, question_id, true, today),
            Outcome::Wrong => record_answer(cards, question_id, false, today),
            Outcome::Unanswered => continue,
        };
    }
}

fn card_in_box(question_id: &str, box_number: u8, today: u32) -> ReviewCard {
    ReviewCard {
        question_id: question_id.to_owned(),
        box_number,
        due_day: today.saturating_add(interval_days(box_number)),
    }
}

fn add_card(cards: &mut Vec<ReviewCard>, question_id: &str, today: u32) -> ReviewChange {
    let at = cards.partition_point(|c| c.question_id.as_str() < question_id);
    cards.insert(at, card_in_box(question_id, 1, today));
    ReviewChange::Added
}

fn promote(cards: &mut Vec<ReviewCard>, i: usize, today: u32) -> ReviewChange {
    let card = &cards[i];
    if card.due_day > today {
        return ReviewChange::NotDueYet;
    }
    if card.box_number >= BOX_COUNT {
        cards.remove(i);
        return ReviewChange::Retired;
    }
    let to = clamp_box(card.box_number + 1);
    cards[i] = card_in_box(&card.question_id, to, today);
    ReviewChange::MovedUp { to }
}

/// The cards due on `today` (or overdue), most overdue first, then lower boxes, then by id.
pub fn due(cards: &[ReviewCard], today: u32) -> Vec<&ReviewCard> {
    let mut list: Vec<&ReviewCard> = cards.iter().filter(|c| c.due_day <= today).collect();
    super::sort::sort_by(&mut list, &|a, b| {
        (a.due_day, a.box_number, &a.question_id).cmp(&(b.due_day, b.box_number, &b.question_id))
    });
    list
}

/// Every card, the soonest due first (then lower boxes, then by id): what "Practise now" shows.
pub fn by_due_day(cards: &[ReviewCard]) -> Vec<&ReviewCard> {
    let mut list: Vec<&ReviewCard> = cards.iter().collect();
    super::sort::sort_by(&mut list, &|a, b| {
        (a.due_day, a.box_number, &a.question_id).cmp(&(b.due_day, b.box_number, &b.question_id))
    });
    list
}

pub fn due_count(cards: &[ReviewCard], today: u32) -> usize {
    cards.iter().filter(|c| c.due_day <= today).count()
}

/// The earliest day any card is due, for "next review in N days".
pub fn next_due_day(cards: &[ReviewCard]) -> Option<u32> {
    cards.iter().map(|c| c.due_day).min()
}

/// Of two cards for the same question, the one with the later schedule: the later due day, and
/// on a tie the lower box (the more cautious one).
pub fn later_schedule<'a>(a: &'a ReviewCard, b: &'a ReviewCard) -> &'a ReviewCard {
    match a.due_day.cmp(&b.due_day) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal if b.box_number < a.box_number => b,
        std::cmp::Ordering::Equal => a,
    }
}

/// Every question from both lists once, sorted by id; where both have a card, the later
/// schedule wins (`later_schedule`). A card retired in one list but still present in the other
/// comes back: one extra review is cheaper than losing a card. Also removes duplicates from a
/// single list: `merge_cards(cards, &[])`.
pub fn merge_cards(ours: &[ReviewCard], theirs: &[ReviewCard]) -> Vec<ReviewCard> {
    let mut by_id: BTreeMap<&str, &ReviewCard> = BTreeMap::new();
    for card in ours.iter().chain(theirs) {
        let keep = match by_id.get(card.question_id.as_str()) {
            Some(old) => later_schedule(old, card),
            None => card,
        };
        by_id.insert(&card.question_id, keep);
    }
    by_id.into_values().cloned().collect()
}

/// Pulls in cards scheduled further ahead than their box allows (after the device clock was
/// wrong, or a hand edit), so they are due at most `interval_days(box)` after `today`. Returns
/// how many cards changed.
pub fn limit_to_schedule(cards: &mut [ReviewCard], today: u32) -> usize {
    let mut changed = 0;
    for card in cards.iter_mut() {
        let latest = today.saturating_add(interval_days(card.box_number));
        if card.due_day > latest {
            card.due_day = latest;
            changed += 1;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: &str, box_number: u8, due_day: u32) -> ReviewCard {
        ReviewCard {
            question_id: id.into(),
            box_number,
            due_day,
        }
    }

    #[test]
    fn a_wrong_answer_adds_a_card_due_tomorrow() {
        let mut cards = Vec::new();
        assert_eq!(
            record_answer(&mut cards, "intro-02", false, 100),
            ReviewChange::Added
        );
        assert_eq!(cards, vec![card("intro-02", 1, 101)]);
        assert_eq!(due_count(&cards, 100), 0);
        assert_eq!(due_count(&cards, 101), 1);
    }

    #[test]
    fn right_answers_climb_the_boxes_and_then_retire() {
        let mut cards = vec![card("intro-01", 1, 101)];
        let mut today = 101;
        for (to, gap) in [(2, 2), (3, 4), (4, 8), (5, 16)] {
            assert_eq!(
                record_answer(&mut cards, "intro-01", true, today),
                ReviewChange::MovedUp { to }
            );
            assert_eq!(cards[0].due_day, today + gap);
            today += gap;
        }
        assert_eq!(
            record_answer(&mut cards, "intro-01", true, today),
            ReviewChange::Retired
        );
        assert!(cards.is_empty());
    }

    #[test]
    fn a_wrong_answer_sends_any_box_back_to_one() {
        let mut cards = vec![card("intro-01", 4, 130)];
        assert_eq!(
            record_answer(&mut cards, "intro-01", false, 120),
            ReviewChange::BackToBoxOne
        );
        assert_eq!(cards, vec![card("intro-01", 1, 121)]);
    }

    #[test]
    fn early_or_untracked_right_answers_change_nothing() {
        let mut cards = vec![card("intro-01", 2, 110)];
        assert_eq!(
            record_answer(&mut cards, "intro-01", true, 109),
            ReviewChange::NotDueYet
        );
        assert_eq!(
            record_answer(&mut cards, "intro-05", true, 109),
            ReviewChange::NotTracked
        );
        assert_eq!(cards, vec![card("intro-01", 2, 110)]);
    }

    #[test]
    fn overdue_cards_move_up_from_today_not_from_their_due_day() {
        let mut cards = vec![card("intro-01", 2, 100)];
        record_answer(&mut cards, "intro-01", true, 150);
        assert_eq!(cards, vec![card("intro-01", 3, 154)]);
    }

    #[test]
    fn due_lists_the_most_overdue_first_and_stays_sorted_by_id() {
        let mut cards = Vec::new();
        for id in ["strategy-03", "intro-09", "manage-01"] {
            record_answer(&mut cards, id, false, 10);
        }
        let ids: Vec<&str> = cards.iter().map(|c| c.question_id.as_str()).collect();
        assert_eq!(ids, ["intro-09", "manage-01", "strategy-03"]);
        cards[2].due_day = 5;
        cards[1].box_number = 3;
        let order: Vec<&str> = due(&cards, 11)
            .iter()
            .map(|c| c.question_id.as_str())
            .collect();
        assert_eq!(order, ["strategy-03", "intro-09", "manage-01"]);
        assert!(due(&cards, 4).is_empty());
        assert_eq!(next_due_day(&cards), Some(5));
        assert_eq!(next_due_day(&[]), None);
    }

    #[test]
    fn out_of_range_boxes_and_days_never_panic() {
        assert_eq!(interval_days(0), 1);
        assert_eq!(interval_days(200), 16);
        let mut cards = vec![card("intro-01", 0, 0)];
        assert_eq!(
            record_answer(&mut cards, "intro-01", true, u32::MAX),
            ReviewChange::MovedUp { to: 1 }
        );
        assert_eq!(cards[0].due_day, u32::MAX);
    }

    #[test]
    fn merging_keeps_the_later_schedule_and_every_question() {
        let ours = vec![card("intro-01", 2, 50), card("intro-02", 1, 40)];
        let theirs = vec![
            card("intro-01", 1, 45),
            card("intro-03", 3, 60),
            card("intro-02", 3, 40),
        ];
        let merged = merge_cards(&ours, &theirs);
        assert_eq!(
            merged,
            vec![
                card("intro-01", 2, 50),
                card("intro-02", 1, 40),
                card("intro-03", 3, 60)
            ]
        );
        assert_eq!(merge_cards(&theirs, &ours), merged);
        let twice = vec![card("intro-01", 1, 10), card("intro-01", 3, 20)];
        assert_eq!(merge_cards(&twice, &[]), vec![card("intro-01", 3, 20)]);
    }

    #[test]
    fn far_future_schedules_are_pulled_in() {
        let mut cards = vec![card("intro-01", 2, 9_999), card("intro-02", 5, 110)];
        assert_eq!(limit_to_schedule(&mut cards, 100), 1);
        assert_eq!(cards[0].due_day, 102);
        assert_eq!(cards[1].due_day, 110);
    }

    #[test]
    fn a_check_records_answered_questions_and_skips_blank_ones() {
        let mut cards = vec![card("intro-01", 2, 100)];
        record_check(
            &mut cards,
            [
                ("intro-01", Outcome::Unanswered),
                ("intro-02", Outcome::Unanswered),
                ("intro-03", Outcome::Wrong),
                ("intro-04", Outcome::Right),
            ],
            100,
        );
        // The blank due card stays as it was; the blank new question gets no card.
        assert_eq!(
            cards,
            vec![card("intro-01", 2, 100), card("intro-03", 1, 101)]
        );
        record_check(&mut cards, [("intro-01", Outcome::Right)], 100);
        assert_eq!(cards[0], card("intro-01", 3, 104));
    }

    #[test]
    fn practice_lists_every_card_soonest_first() {
        let cards = vec![
            card("intro-01", 2, 105),
            card("intro-02", 1, 101),
            card("intro-03", 1, 99),
        ];
        let order: Vec<&str> = by_due_day(&cards)
            .iter()
            .map(|c| c.question_id.as_str())
            .collect();
        assert_eq!(order, ["intro-03", "intro-02", "intro-01"]);
        assert_eq!(due(&cards, 100).len(), 1);
    }

    #[test]
    fn a_session_seed_holds_until_the_cards_move() {
        let card = |id: &str, box_number: u8, due_day: u32| ReviewCard {
            question_id: id.to_string(),
            box_number,
            due_day,
        };
        let cards = vec![card("intro-01", 1, 20_000), card("manage-02", 2, 20_001)];
        assert_eq!(session_seed(&cards), session_seed(&cards.clone()));
        let moved = vec![card("intro-01", 2, 20_002), card("manage-02", 2, 20_001)];
        assert_ne!(session_seed(&cards), session_seed(&moved));
    }
}

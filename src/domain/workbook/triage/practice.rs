//! The scenario content: practice comments about the course's three example businesses, each with
//! the right category, reply and reasons, and the scoring of the learner's answers. Separate
//! because it is course text, not logic.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Category;

/// The course's example businesses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Business {
    /// Crumb & Co., Priya's neighbourhood bakery.
    CrumbAndCo,
    /// Ledgerly, invoicing software for small accountancy practices (B2B).
    Ledgerly,
    /// Maya Okafor Photography, a solo wedding and portrait photographer.
    MayaOkafor,
}

impl Business {
    pub fn label(self) -> &'static str {
        match self {
            Business::CrumbAndCo => "Crumb & Co.",
            Business::Ledgerly => "Ledgerly",
            Business::MayaOkafor => "Maya Okafor Photography",
        }
    }
}

/// A realistic comment to triage, with the model answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PracticeComment {
    /// Stable id, used as the key of stored answers.
    pub id: &'static str,
    /// The flowchart action box where the model answer ends (see [`path_to`]).
    pub node: &'static str,
    pub business: Business,
    /// Where it was posted ("Instagram comment", "Google review").
    pub channel: &'static str,
    pub author: &'static str,
    pub text: &'static str,
    pub category: Category,
    /// The recommended action.
    pub action: &'static str,
    /// The model reply; `None` means do not reply.
    pub reply: Option<&'static str>,
    /// Why this is the right call.
    pub why: &'static str,
}

impl PracticeComment {
    /// The model reply, or "Do not reply." when there is none.
    pub fn reply_text(&self) -> &'static str {
        self.reply.unwrap_or("Do not reply.")
    }
}

/// The practice set: every category at least once, across all three businesses.
pub const PRACTICE: [PracticeComment; 11] = [
    PracticeComment {
        id: "crumb-allergy",
        node: "escalate",
        business: Business::CrumbAndCo,
        channel: "Facebook Page comment",
        author: "Dan R.",
        text: "My son had an allergic reaction after eating one of your 'nut-free' brownies \
               yesterday. We ended up in A&E. How can you label these nut-free?!",
        category: Category::Crisis,
        action: "Escalate to Priya at once (level 3: owner plus specialist help, such as the \
                 insurer and food-safety adviser). Take the brownies off sale while you check. \
                 Post only the holding statement, then continue privately.",
        reply: Some(
            "Dan, we're so sorry to hear this and we're treating it with the utmost urgency. \
             Priya, our owner, is messaging you now and you can call her directly on [number]. \
             We have taken these brownies off sale while we investigate.",
        ),
        why: "A safety and allergen issue: never handle it alone or argue the facts in public. \
              Acknowledge quickly, move to a private channel and follow the crisis plan.",
    },
    PracticeComment {
        id: "crumb-wrong-name",
        node: "restore",
        business: Business::CrumbAndCo,
        channel: "Google review",
        author: "Sophie T.",
        text: "Ordered a birthday cake for my daughter and the name was spelled wrong. When I \
               pointed it out at the counter I just got a shrug. Really disappointing.",
        category: Category::UnhappyCustomer,
        action: "Acknowledge publicly, apologise without excuses, offer to put it right and \
                 give a phone number or email: a Google review can't be answered privately.",
        reply: Some(
            "Sophie, I'm so sorry we spelled your daughter's name wrong, and that nobody put it \
             right at the counter. That's not the standard we aim for. Please call me at the \
             shop on [number] or email [address] so I can make it up to you. Priya",
        ),
        why: "A real customer with a fair complaint. Future customers read how you handle it, so \
              a prompt, specific apology matters as much as the fix.",
    },
    PracticeComment {
        id: "crumb-gluten-free",
        node: "fix_facts",
        business: Business::CrumbAndCo,
        channel: "Instagram comment",
        author: "@hannah.bakes.not",
        text: "Shame Crumb & Co. doesn't do anything for coeliacs. Would love to try your cakes!",
        category: Category::Misguided,
        action: "Correct the fact politely and point to the source: the gluten-free range and \
                 how it is baked.",
        reply: Some(
            "Thanks Hannah! Good news: we bake a gluten-free range every Thursday and Saturday, \
             made separately. Details and allergen information here: [link]. Hope to see you \
             soon!",
        ),
        why: "Honestly wrong, asked in good faith. A friendly correction with a link helps her \
              and everyone else reading.",
    },
    PracticeComment {
        id: "crumb-buns",
        node: "thank",
        business: Business::CrumbAndCo,
        channel: "Instagram comment",
        author: "@jonnyeats",
        text: "Best cinnamon buns in town. The Saturday stall is the highlight of my week!",
        category: Category::Positive,
        action: "Let it stand and thank them with something specific.",
        reply: Some(
            "Thank you Jonny! The buns are Priya's grandmother's recipe, so that means a lot. \
             See you Saturday!",
        ),
        why: "Praise deserves a human thank-you; it also shows others that you read and answer.",
    },
    PracticeComment {
        id: "crumb-followers-spam",
        node: "remove_spam",
        business: Business::CrumbAndCo,
        channel: "Instagram comment",
        author: "@growth.promo.4u",
        text: "Wow nice page!! Want 10K REAL followers?? DM us for cheap promo 🔥 bit.ly/xx",
        category: Category::Spam,
        action: "Don't reply. Hide or delete it and report the account.",
        reply: None,
        why: "A fake offer from a bot account. Replying only shows it to more people.",
    },
    PracticeComment {
        id: "ledgerly-sync",
        node: "restore",
        business: Business::Ledgerly,
        channel: "LinkedIn comment",
        author: "Ravi Mehta, practice manager",
        text: "Our invoices haven't synced with the bank feed since Tuesday and nobody has \
               answered our support ticket. We have month-end on Friday.",
        category: Category::UnhappyCustomer,
        action: "Acknowledge, get support on it the same day, and move to a private channel.",
        reply: Some(
            "Ravi, I'm sorry: that's not the support you should get, least of all before \
             month-end. I've passed your ticket to our support lead, who will call you this \
             morning so we can fix the sync today. Sam, Ledgerly",
        ),
        why: "A real customer with a real, urgent problem. Fix it first; the public reply shows \
              other practices you respond.",
    },
    PracticeComment {
        id: "ledgerly-fees",
        node: "fix_facts",
        business: Business::Ledgerly,
        channel: "LinkedIn comment",
        author: "Claire Dunn",
        text: "Doesn't Ledgerly take a fee on every invoice you send? That's why we never \
               switched.",
        category: Category::Misguided,
        action: "Correct the fact politely and link to the published pricing.",
        reply: Some(
            "Thanks for asking, Claire. To clear this up: Ledgerly charges one monthly price \
             per practice, with no fee per invoice. Our pricing is set out here: [link]. Happy \
             to answer any other questions.",
        ),
        why: "A factual error that costs customers. Correct it once, with a source, and keep \
              it friendly.",
    },
    PracticeComment {
        id: "ledgerly-rant",
        node: "monitor_rager",
        business: Business::Ledgerly,
        channel: "LinkedIn post mentioning Ledgerly",
        author: "Anonymous account",
        text: "ALL subscription software is a scam and Ledgerly is the worst of the lot. Thieves, \
               every one of you. Boycott them!!!",
        category: Category::Rager,
        action: "Monitor. Don't reply unless it starts spreading; then reply once, with facts \
                 only.",
        reply: None,
        why: "A rant, not a request: arguing feeds it. If others start repeating it, one calm \
              factual reply is enough.",
    },
    PracticeComment {
        id: "maya-phone",
        node: "monitor_troll",
        business: Business::MayaOkafor,
        channel: "Instagram comment",
        author: "@nobody_8812",
        text: "lol imagine paying for photos when everyone has a phone. clown business",
        category: Category::Troll,
        action: "Monitor only; don't engage. Hide or block only if it breaks your house rules.",
        reply: None,
        why: "No booking, no real complaint, an account with no history: just provocation. \
              Real clients' reviews answer it better than a reply.",
    },
    PracticeComment {
        id: "maya-gallery",
        node: "thank",
        business: Business::MayaOkafor,
        channel: "Facebook review",
        author: "Leah & Tom",
        text: "Gorgeous photos and Maya kept everyone calm on the day. Only downside: the \
               gallery took seven weeks, not the six we were told.",
        category: Category::Positive,
        action: "Thank them, acknowledge the fair point and say what you are changing.",
        reply: Some(
            "Thank you, Leah and Tom! It was a joy to photograph your day. You're right about \
             the gallery; I now give couples a firm delivery date at booking and keep to it.",
        ),
        why: "Balanced: praise with a fair criticism. Thank them and act on the point.",
    },
    PracticeComment {
        id: "maya-private-gallery",
        node: "escalate",
        business: Business::MayaOkafor,
        channel: "Instagram direct message",
        author: "Priti S.",
        text: "Maya, the link you sent us opens other couples' private galleries too, including \
               photos of their children.",
        category: Category::Crisis,
        action: "Escalate at once (level 3): take the galleries offline, get data-protection \
                 advice, and reply privately with a holding message.",
        reply: Some(
            "Thank you for telling me, Priti. I've taken the galleries offline while I fix this \
             and I'm getting advice today. I'll update you personally by [time].",
        ),
        why: "Personal data and children's photos: a data breach, not a social media question. \
              Act first, then follow specialist advice.",
    },
];

/// The practice comment with this id.
pub fn practice(id: &str) -> Option<&'static PracticeComment> {
    PRACTICE.iter().find(|c| c.id == id)
}

/// The result for one answered comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageResult {
    pub id: &'static str,
    pub chosen: Category,
    pub expected: Category,
    pub correct: bool,
    /// Feedback: "Right: …" or "This is … : why".
    pub feedback: String,
}

/// The result of [`score`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageScore {
    pub correct: usize,
    pub answered: usize,
    /// Number of practice comments.
    pub total: usize,
    /// One entry per answered comment, in practice order.
    pub results: Vec<TriageResult>,
}

impl TriageScore {
    /// Whole percent of all practice comments answered correctly.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        (self.correct * 100 / self.total) as u32
    }
}

/// Scores the learner's answers (practice id → chosen category). Unknown ids are ignored.
pub fn score(answers: &BTreeMap<String, Category>) -> TriageScore {
    let results: Vec<TriageResult> = PRACTICE
        .iter()
        .filter_map(|c| answers.get(c.id).map(|&chosen| result(c, chosen)))
        .collect();
    TriageScore {
        correct: results.iter().filter(|r| r.correct).count(),
        answered: results.len(),
        total: PRACTICE.len(),
        results,
    }
}

fn result(c: &PracticeComment, chosen: Category) -> TriageResult {
    let correct = chosen == c.category;
    let feedback = if correct {
        format!("Right: {}. {}", c.category.label().to_lowercase(), c.why)
    } else {
        format!(
            "This one is {}, not {}. {}",
            c.category.label().to_lowercase(),
            chosen.label().to_lowercase(),
            c.why
        )
    };
    TriageResult {
        id: c.id,
        chosen,
        expected: c.category,
        correct,
        feedback,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{node, NodeKind};
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn each_practice_comment_ends_in_a_box_of_its_category() {
        for p in PRACTICE {
            let end = node(p.node).unwrap();
            assert_eq!(end.kind, NodeKind::Action, "{}", p.id);
            assert_eq!(end.category, Some(p.category), "{}", p.id);
        }
    }

    #[test]
    fn practice_covers_every_category_and_business() {
        assert!(PRACTICE.len() >= 8);
        for c in Category::ALL {
            assert!(PRACTICE.iter().any(|p| p.category == c), "{c:?}");
        }
        for b in [
            Business::CrumbAndCo,
            Business::Ledgerly,
            Business::MayaOkafor,
        ] {
            assert!(PRACTICE.iter().any(|p| p.business == b));
        }
        let ids: BTreeSet<&str> = PRACTICE.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), PRACTICE.len());
        let allergy = practice("crumb-allergy").unwrap();
        assert_eq!(allergy.category, Category::Crisis);
        assert!(allergy.action.contains("Escalate"));
    }

    #[test]
    fn no_reply_exactly_when_the_model_says_so() {
        for p in PRACTICE {
            match p.category {
                Category::Troll | Category::Spam => {
                    assert_eq!(p.reply, None, "{}", p.id);
                    assert_eq!(p.reply_text(), "Do not reply.");
                }
                Category::Rager => {}
                _ => assert!(p.reply.is_some(), "{}", p.id),
            }
            assert!(!p.why.is_empty() && !p.action.is_empty());
        }
    }

    #[test]
    fn scoring_counts_right_wrong_and_ignores_unknown() {
        let mut answers = BTreeMap::new();
        assert_eq!(score(&answers).answered, 0);
        assert_eq!(score(&answers).percent(), 0);
        answers.insert("crumb-allergy".to_string(), Category::Crisis);
        answers.insert("maya-phone".to_string(), Category::Rager);
        answers.insert("deleted-comment".to_string(), Category::Troll);
        let s = score(&answers);
        assert_eq!((s.correct, s.answered, s.total), (1, 2, PRACTICE.len()));
        let wrong = s.results.iter().find(|r| !r.correct).unwrap();
        assert_eq!(wrong.id, "maya-phone");
        assert!(wrong.feedback.starts_with("This one is troll, not rager."));
        assert!(s.results[0].feedback.starts_with("Right: crisis."));
    }

    #[test]
    fn all_correct_scores_100() {
        let answers: BTreeMap<String, Category> = PRACTICE
            .iter()
            .map(|p| (p.id.to_string(), p.category))
            .collect();
        let s = score(&answers);
        assert_eq!(s.percent(), 100);
        assert!(s.results.iter().all(|r| r.correct));
    }

    #[test]
    fn no_reply_claims_a_private_message_on_a_channel_without_one() {
        let template = Category::UnhappyCustomer
            .suggested_template()
            .unwrap_or_default();
        assert!(!template.contains("sent you a message"), "{template}");
        for c in PRACTICE.iter().filter(|c| c.channel.contains("review")) {
            assert!(
                !c.reply_text().contains("sent you a message"),
                "{}: a review cannot be answered privately",
                c.id
            );
        }
    }
}

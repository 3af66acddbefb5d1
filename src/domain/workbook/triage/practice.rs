//! The scenario content: practice comments about the course's three example businesses, each with
//! the right category, reply and reasons, and the scoring of the learner's answers. Separate
//! because it is course text, not logic.

use crate::content::text::triage_practice as t;
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
            Business::CrumbAndCo => t::CRUMB_AND_CO,
            Business::Ledgerly => t::LEDGERLY,
            Business::MayaOkafor => t::MAYA_OKAFOR,
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
        self.reply.unwrap_or(t::DO_NOT_REPLY)
    }
}

/// The practice set: every category at least once, across all three businesses.
pub const PRACTICE: [PracticeComment; 11] = [
    PracticeComment {
        id: "crumb-allergy",
        node: "escalate",
        business: Business::CrumbAndCo,
        channel: t::CHANNEL_FACEBOOK_PAGE_COMMENT,
        author: t::CRUMB_ALLERGY_AUTHOR,
        text: t::CRUMB_ALLERGY_TEXT,
        category: Category::Crisis,
        action: t::CRUMB_ALLERGY_ACTION,
        reply: Some(t::CRUMB_ALLERGY_REPLY),
        why: t::CRUMB_ALLERGY_WHY,
    },
    PracticeComment {
        id: "crumb-wrong-name",
        node: "restore",
        business: Business::CrumbAndCo,
        channel: t::CHANNEL_GOOGLE_REVIEW,
        author: t::CRUMB_WRONG_NAME_AUTHOR,
        text: t::CRUMB_WRONG_NAME_TEXT,
        category: Category::UnhappyCustomer,
        action: t::CRUMB_WRONG_NAME_ACTION,
        reply: Some(t::CRUMB_WRONG_NAME_REPLY),
        why: t::CRUMB_WRONG_NAME_WHY,
    },
    PracticeComment {
        id: "crumb-gluten-free",
        node: "fix_facts",
        business: Business::CrumbAndCo,
        channel: t::CHANNEL_INSTAGRAM_COMMENT,
        author: t::CRUMB_GLUTEN_FREE_AUTHOR,
        text: t::CRUMB_GLUTEN_FREE_TEXT,
        category: Category::Misguided,
        action: t::CRUMB_GLUTEN_FREE_ACTION,
        reply: Some(t::CRUMB_GLUTEN_FREE_REPLY),
        why: t::CRUMB_GLUTEN_FREE_WHY,
    },
    PracticeComment {
        id: "crumb-buns",
        node: "thank",
        business: Business::CrumbAndCo,
        channel: t::CHANNEL_INSTAGRAM_COMMENT,
        author: t::CRUMB_BUNS_AUTHOR,
        text: t::CRUMB_BUNS_TEXT,
        category: Category::Positive,
        action: t::CRUMB_BUNS_ACTION,
        reply: Some(t::CRUMB_BUNS_REPLY),
        why: t::CRUMB_BUNS_WHY,
    },
    PracticeComment {
        id: "crumb-followers-spam",
        node: "remove_spam",
        business: Business::CrumbAndCo,
        channel: t::CHANNEL_INSTAGRAM_COMMENT,
        author: t::CRUMB_FOLLOWERS_SPAM_AUTHOR,
        text: t::CRUMB_FOLLOWERS_SPAM_TEXT,
        category: Category::Spam,
        action: t::CRUMB_FOLLOWERS_SPAM_ACTION,
        reply: None,
        why: t::CRUMB_FOLLOWERS_SPAM_WHY,
    },
    PracticeComment {
        id: "ledgerly-sync",
        node: "restore",
        business: Business::Ledgerly,
        channel: t::CHANNEL_LINKEDIN_COMMENT,
        author: t::LEDGERLY_SYNC_AUTHOR,
        text: t::LEDGERLY_SYNC_TEXT,
        category: Category::UnhappyCustomer,
        action: t::LEDGERLY_SYNC_ACTION,
        reply: Some(t::LEDGERLY_SYNC_REPLY),
        why: t::LEDGERLY_SYNC_WHY,
    },
    PracticeComment {
        id: "ledgerly-fees",
        node: "fix_facts",
        business: Business::Ledgerly,
        channel: t::CHANNEL_LINKEDIN_COMMENT,
        author: t::LEDGERLY_FEES_AUTHOR,
        text: t::LEDGERLY_FEES_TEXT,
        category: Category::Misguided,
        action: t::LEDGERLY_FEES_ACTION,
        reply: Some(t::LEDGERLY_FEES_REPLY),
        why: t::LEDGERLY_FEES_WHY,
    },
    PracticeComment {
        id: "ledgerly-rant",
        node: "monitor_rager",
        business: Business::Ledgerly,
        channel: t::CHANNEL_LINKEDIN_POST_MENTIONING_LEDGERLY,
        author: t::LEDGERLY_RANT_AUTHOR,
        text: t::LEDGERLY_RANT_TEXT,
        category: Category::Rager,
        action: t::LEDGERLY_RANT_ACTION,
        reply: None,
        why: t::LEDGERLY_RANT_WHY,
    },
    PracticeComment {
        id: "maya-phone",
        node: "monitor_troll",
        business: Business::MayaOkafor,
        channel: t::CHANNEL_INSTAGRAM_COMMENT,
        author: t::MAYA_PHONE_AUTHOR,
        text: t::MAYA_PHONE_TEXT,
        category: Category::Troll,
        action: t::MAYA_PHONE_ACTION,
        reply: None,
        why: t::MAYA_PHONE_WHY,
    },
    PracticeComment {
        id: "maya-gallery",
        node: "thank",
        business: Business::MayaOkafor,
        channel: t::CHANNEL_FACEBOOK_REVIEW,
        author: t::MAYA_GALLERY_AUTHOR,
        text: t::MAYA_GALLERY_TEXT,
        category: Category::Positive,
        action: t::MAYA_GALLERY_ACTION,
        reply: Some(t::MAYA_GALLERY_REPLY),
        why: t::MAYA_GALLERY_WHY,
    },
    PracticeComment {
        id: "maya-private-gallery",
        node: "escalate",
        business: Business::MayaOkafor,
        channel: t::CHANNEL_INSTAGRAM_DIRECT_MESSAGE,
        author: t::MAYA_PRIVATE_GALLERY_AUTHOR,
        text: t::MAYA_PRIVATE_GALLERY_TEXT,
        category: Category::Crisis,
        action: t::MAYA_PRIVATE_GALLERY_ACTION,
        reply: Some(t::MAYA_PRIVATE_GALLERY_REPLY),
        why: t::MAYA_PRIVATE_GALLERY_WHY,
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
        t::feedback_right(c.category.label().to_lowercase(), c.why)
    } else {
        t::feedback_wrong(
            c.category.label().to_lowercase(),
            chosen.label().to_lowercase(),
            c.why,
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

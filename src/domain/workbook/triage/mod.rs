//! Negative-feedback triage (lesson `negative-feedback-process`, widget `feedback-triage`).
//!
//! The U.S. Air Force Public Affairs "Web Posting Response Assessment" as data for a flowchart
//! ([`NODES`], [`EDGES`], with grid positions for drawing), a step-by-step guide, practice
//! comments about the course's three example businesses with [`score`], and the learner's own
//! [`ResponsePlaybook`] with [`ResponsePlaybook::validate`].
//!
//! This file holds the categories every part shares; `flow` is the decision data and the walk
//! through it, `practice` the scenario content and its scoring, `playbook` what the learner writes,
//! and `layout` places the chart's boxes and routes its arrows for the SVG drawing.

mod flow;
mod layout;
mod playbook;
mod practice;

pub use flow::{
    flow_steps, next, node, path_to, reply_for, walk, walked_ids, Answer, FlowEdge, FlowNode,
    FlowStep, GuideStep, NodeKind, StepOutcome, CONSIDERATIONS, EDGES, GUIDE, NODES, START,
};
pub use layout::{chart, chart_layout, wrap_words, ChartArrow, ChartBox, ChartLayout};
pub use playbook::{
    parse_response_hours, ResponsePlaybook, Tone, TriageWork, MAX_RESPONSE_HOURS,
    SLOW_RESPONSE_HOURS,
};
pub use practice::{
    practice, score, Business, PracticeComment, TriageResult, TriageScore, PRACTICE,
};

use serde::{Deserialize, Serialize};

/// Where the model comes from, for display under the chart.
pub const SOURCE: &str = "Adapted from the U.S. Air Force Public Affairs \"Web Posting Response \
    Assessment\" (about 2008–09, public domain), with two cases small businesses meet often \
    added: spam and crises.";

/// The kinds of post the triage tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Positive, or balanced (fair criticism mixed with praise).
    Positive,
    Troll,
    Rager,
    Misguided,
    UnhappyCustomer,
    Spam,
    Crisis,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Positive,
        Category::Troll,
        Category::Rager,
        Category::Misguided,
        Category::UnhappyCustomer,
        Category::Spam,
        Category::Crisis,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Positive => "Positive or balanced",
            Category::Troll => "Troll",
            Category::Rager => "Rager",
            Category::Misguided => "Misguided",
            Category::UnhappyCustomer => "Unhappy customer",
            Category::Spam => "Spam",
            Category::Crisis => "Crisis",
        }
    }

    /// How to recognise it.
    pub fn recognise(self) -> &'static str {
        match self {
            Category::Positive => "Praise, or fair criticism mixed with praise.",
            Category::Troll => {
                "Aims to provoke; insults, no real complaint, often an anonymous account."
            }
            Category::Rager => "Angry, ranting, not interested in a conversation.",
            Category::Misguided => {
                "Honestly wrong about a fact, including a question or rumour about an incident \
                 that has not happened."
            }
            Category::UnhappyCustomer => "A real customer with a real problem.",
            Category::Spam => "Scams, fake offers, bots, unrelated links.",
            Category::Crisis => {
                "An actual incident: someone hurt or made ill, an allergic reaction, personal data \
                 exposed, a legal threat, or a post spreading fast. A question or rumour about \
                 one is not a crisis."
            }
        }
    }

    /// What to do.
    pub fn action(self) -> &'static str {
        match self {
            Category::Positive => "Let it stand; thank them, and act on any fair point.",
            Category::Troll => {
                "Monitor only. Don't engage. Hide or block only if it breaks your house rules."
            }
            Category::Rager => "Monitor. If it starts spreading, reply once with facts only.",
            Category::Misguided => "Correct the facts politely and cite a source.",
            Category::UnhappyCustomer => {
                "Acknowledge, fix the problem, take it to a private channel."
            }
            Category::Spam => "Don't reply. Hide or delete, and report the account.",
            Category::Crisis => "Escalate at once and follow your crisis plan.",
        }
    }

    /// Whether the model ever replies to this kind of post.
    pub fn gets_reply(self) -> bool {
        !matches!(self, Category::Troll | Category::Spam)
    }

    /// The lesson's reply template (placeholders in brackets); `None` means no reply.
    pub fn suggested_template(self) -> Option<&'static str> {
        match self {
            Category::Positive => Some(
                "Thank you, [name]! [Something specific about their order]. We'll pass this on \
                 to [team member].",
            ),
            Category::Misguided => Some(
                "Thanks for asking, [name]. To clear this up: [correct fact], as set out here: \
                 [link]. Happy to answer any other questions.",
            ),
            Category::UnhappyCustomer => Some(
                "[Name], I'm so sorry about [the specific problem]. That's not the standard we \
                 aim for and I'd like to put it right. Please call me on [number] or email \
                 [address], or message us here if this platform allows it. [First name]",
            ),
            Category::Rager => Some(
                "For anyone following this: [one or two facts], details here: [link]. If you've \
                 been affected, message us and we'll help.",
            ),
            Category::Crisis => Some(
                "We're very sorry to hear this and are looking into it urgently. [Owner's name] \
                 is contacting you directly now; please check your messages or call [number].",
            ),
            Category::Troll | Category::Spam => None,
        }
    }

    /// The escalation level (1 = whoever runs the accounts, 2 = owner or manager the same day,
    /// 3 = owner plus specialist help at once). Ragers reach 2 once they spread.
    pub fn escalation_level(self) -> u8 {
        match self {
            Category::Crisis => 3,
            Category::Positive
            | Category::Troll
            | Category::Rager
            | Category::Misguided
            | Category::UnhappyCustomer
            | Category::Spam => 1,
        }
    }

    /// The field name for this category's template in [`Issue::field`].
    pub fn template_field(self) -> &'static str {
        match self {
            Category::Positive => "template_positive",
            Category::Troll => "template_troll",
            Category::Rager => "template_rager",
            Category::Misguided => "template_misguided",
            Category::UnhappyCustomer => "template_unhappy_customer",
            Category::Spam => "template_spam",
            Category::Crisis => "template_crisis",
        }
    }
}

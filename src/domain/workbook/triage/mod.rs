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

use crate::content::text::triage as t;
use serde::{Deserialize, Serialize};

/// Where the model comes from, for display under the chart.
pub const SOURCE: &str = t::SOURCE;

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
            Category::Positive => t::POSITIVE,
            Category::Troll => t::TROLL,
            Category::Rager => t::RAGER,
            Category::Misguided => t::MISGUIDED,
            Category::UnhappyCustomer => t::UNHAPPY_CUSTOMER,
            Category::Spam => t::SPAM,
            Category::Crisis => t::CRISIS,
        }
    }

    /// How to recognise it.
    pub fn recognise(self) -> &'static str {
        match self {
            Category::Positive => t::POSITIVE_DESCRIPTION,
            Category::Troll => t::TROLL_DESCRIPTION,
            Category::Rager => t::RAGER_DESCRIPTION,
            Category::Misguided => t::MISGUIDED_DESCRIPTION,
            Category::UnhappyCustomer => t::UNHAPPY_CUSTOMER_DESCRIPTION,
            Category::Spam => t::SPAM_DESCRIPTION,
            Category::Crisis => t::CRISIS_DESCRIPTION,
        }
    }

    /// What to do.
    pub fn action(self) -> &'static str {
        match self {
            Category::Positive => t::POSITIVE_ACTION,
            Category::Troll => t::TROLL_ACTION,
            Category::Rager => t::RAGER_ACTION,
            Category::Misguided => t::MISGUIDED_ACTION,
            Category::UnhappyCustomer => t::UNHAPPY_CUSTOMER_ACTION,
            Category::Spam => t::SPAM_ACTION,
            Category::Crisis => t::CRISIS_ACTION,
        }
    }

    /// Whether the model ever replies to this kind of post.
    pub fn gets_reply(self) -> bool {
        !matches!(self, Category::Troll | Category::Spam)
    }

    /// The lesson's reply template (placeholders in brackets); `None` means no reply.
    pub fn suggested_template(self) -> Option<&'static str> {
        match self {
            Category::Positive => Some(t::POSITIVE_TEMPLATE),
            Category::Misguided => Some(t::MISGUIDED_TEMPLATE),
            Category::UnhappyCustomer => Some(t::UNHAPPY_CUSTOMER_TEMPLATE),
            Category::Rager => Some(t::RAGER_TEMPLATE),
            Category::Crisis => Some(t::CRISIS_TEMPLATE),
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

//! The decision data: the flowchart's nodes and edges, walking them with yes/no answers, the guide,
//! the considerations, and the same flow as numbered steps. Separate from the drawing (`layout`)
//! and from the practice content, which both only read it.

use crate::content::text::triage as t;
use serde::{Deserialize, Serialize};

use super::{Category, ResponsePlaybook};

/// A box in the flowchart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A yes/no question (draw as a diamond).
    Question,
    /// What to do (draw as a rectangle); ends the path.
    Action,
}

/// One box of the flowchart. `row` and `col` place it on a grid (row 0 at the top, col 0 on the
/// left): questions run down column 0, each "yes" branch goes right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowNode {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: NodeKind,
    /// For actions: which kind of post ends here.
    pub category: Option<Category>,
    pub row: u8,
    pub col: u8,
}

/// The answer an edge stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
}

impl Answer {
    /// `"yes"` or `"no"`, the edge label.
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => t::YES,
            Answer::No => t::NO,
        }
    }
}

/// An arrow from a question to the next box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowEdge {
    pub from: &'static str,
    pub to: &'static str,
    pub answer: Answer,
}

impl FlowEdge {
    /// `"yes"` or `"no"`.
    pub fn label(&self) -> &'static str {
        self.answer.label()
    }
}

/// The id of the first question.
pub const START: &str = "about_us";

const fn question(id: &'static str, label: &'static str, row: u8, col: u8) -> FlowNode {
    FlowNode {
        id,
        label,
        kind: NodeKind::Question,
        category: None,
        row,
        col,
    }
}

const fn action(
    id: &'static str,
    label: &'static str,
    category: Option<Category>,
    row: u8,
    col: u8,
) -> FlowNode {
    FlowNode {
        id,
        label,
        kind: NodeKind::Action,
        category,
        row,
        col,
    }
}

/// Every box of the flowchart.
pub const NODES: [FlowNode; 19] = [
    question(START, t::ASK_ABOUT_US, 0, 0),
    action("not_ours", t::DO_NOT_OURS, None, 0, 1),
    question("crisis", t::ASK_CRISIS, 1, 0),
    action("escalate", t::DO_ESCALATE, Some(Category::Crisis), 1, 1),
    question("spam", t::ASK_SPAM, 2, 0),
    action("remove_spam", t::DO_REMOVE_SPAM, Some(Category::Spam), 2, 1),
    question("positive", t::ASK_POSITIVE, 3, 0),
    action("thank", t::DO_THANK, Some(Category::Positive), 3, 1),
    question("troll", t::ASK_TROLL, 4, 0),
    action(
        "monitor_troll",
        t::DO_MONITOR_TROLL,
        Some(Category::Troll),
        4,
        1,
    ),
    question("rager", t::ASK_RAGER, 5, 0),
    question("spreading", t::ASK_SPREADING, 5, 1),
    action("facts_once", t::DO_FACTS_ONCE, Some(Category::Rager), 5, 2),
    action(
        "monitor_rager",
        t::DO_MONITOR_RAGER,
        Some(Category::Rager),
        6,
        2,
    ),
    question("misguided", t::ASK_MISGUIDED, 6, 0),
    action(
        "fix_facts",
        t::DO_FIX_FACTS,
        Some(Category::Misguided),
        6,
        1,
    ),
    question("unhappy", t::ASK_UNHAPPY, 7, 0),
    action(
        "restore",
        t::DO_RESTORE,
        Some(Category::UnhappyCustomer),
        7,
        1,
    ),
    action("let_stand", t::DO_LET_STAND, None, 8, 0),
];

const fn edge(from: &'static str, answer: Answer, to: &'static str) -> FlowEdge {
    FlowEdge { from, to, answer }
}

/// Every arrow of the flowchart: each question has exactly one "yes" and one "no".
pub const EDGES: [FlowEdge; 18] = [
    edge(START, Answer::Yes, "crisis"),
    edge(START, Answer::No, "not_ours"),
    edge("crisis", Answer::Yes, "escalate"),
    edge("crisis", Answer::No, "spam"),
    edge("spam", Answer::Yes, "remove_spam"),
    edge("spam", Answer::No, "positive"),
    edge("positive", Answer::Yes, "thank"),
    edge("positive", Answer::No, "troll"),
    edge("troll", Answer::Yes, "monitor_troll"),
    edge("troll", Answer::No, "rager"),
    edge("rager", Answer::Yes, "spreading"),
    edge("rager", Answer::No, "misguided"),
    edge("spreading", Answer::Yes, "facts_once"),
    edge("spreading", Answer::No, "monitor_rager"),
    edge("misguided", Answer::Yes, "fix_facts"),
    edge("misguided", Answer::No, "unhappy"),
    edge("unhappy", Answer::Yes, "restore"),
    edge("unhappy", Answer::No, "let_stand"),
];

/// The box with this id.
pub fn node(id: &str) -> Option<&'static FlowNode> {
    NODES.iter().find(|n| n.id == id)
}

/// Where answering `answer` at question `from` leads; `None` for an unknown id or an action.
pub fn next(from: &str, answer: Answer) -> Option<&'static FlowNode> {
    EDGES
        .iter()
        .find(|e| e.from == from && e.answer == answer)
        .and_then(|e| node(e.to))
}

/// The questions and answers that lead from [`START`] to the box `target`, in order, for
/// highlighting a path on the chart. Empty for [`START`] itself or an unknown id.
pub fn path_to(target: &str) -> Vec<(&'static FlowNode, Answer)> {
    let mut path = Vec::new();
    let mut at = target;
    // The chart is a tree: walk back along the single incoming edge of each box.
    while let Some(e) = EDGES.iter().find(|e| e.to == at) {
        match node(e.from) {
            Some(from) => path.push((from, e.answer)),
            None => break,
        }
        at = e.from;
        if path.len() > NODES.len() {
            break;
        }
    }
    path.reverse();
    path
}

/// Where a walk through the chart stands after `answers`, given in order from [`START`]: the
/// questions answered (with their answers) and the box reached (a question still to answer, or
/// an action that ends the walk). Answers beyond an action are ignored.
pub fn walk(answers: &[Answer]) -> (Vec<(&'static FlowNode, Answer)>, &'static FlowNode) {
    let mut at = &NODES[0];
    let mut path = Vec::new();
    for &answer in answers {
        match next(at.id, answer) {
            Some(to) => {
                path.push((at, answer));
                at = to;
            }
            None => break,
        }
    }
    (path, at)
}

/// The ids of the boxes a walk has visited, the current one last, for highlighting the chart.
pub fn walked_ids(answers: &[Answer]) -> Vec<&'static str> {
    let (path, at) = walk(answers);
    path.iter().map(|(n, _)| n.id).chain([at.id]).collect()
}

/// The reply for a comment that ended at `action`: the learner's own template for its kind of
/// post, else the lesson's suggestion (`(text, true)` when it is the learner's own). `None` when
/// that kind of post gets no reply (trolls, spam, posts not about the business).
pub fn reply_for(playbook: &ResponsePlaybook, action: &FlowNode) -> Option<(String, bool)> {
    let category = action.category?;
    if let Some(own) = playbook.template(category) {
        return category.gets_reply().then(|| (own.to_string(), true));
    }
    category
        .suggested_template()
        .map(|t| (t.to_string(), false))
}

/// One step of the written guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideStep {
    pub title: &'static str,
    pub text: &'static str,
}

/// The five-step process, for showing beside the chart.
pub const GUIDE: [GuideStep; 5] = [
    GuideStep {
        title: t::GUIDE_CAPTURE,
        text: t::GUIDE_CAPTURE_TEXT,
    },
    GuideStep {
        title: t::GUIDE_TRIAGE,
        text: t::GUIDE_TRIAGE_TEXT,
    },
    GuideStep {
        title: t::GUIDE_RESPOND,
        text: t::GUIDE_RESPOND_TEXT,
    },
    GuideStep {
        title: t::GUIDE_ESCALATE,
        text: t::GUIDE_ESCALATE_TEXT,
    },
    GuideStep {
        title: t::GUIDE_LOG,
        text: t::GUIDE_LOG_TEXT,
    },
];

/// The five response considerations of the Air Force model: (name, what it means).
pub const CONSIDERATIONS: [(&str, &str); 5] = [
    (t::TRANSPARENCY, t::TRANSPARENCY_TEXT),
    (t::SOURCING, t::SOURCING_TEXT),
    (t::TIMELINESS, t::TIMELINESS_TEXT),
    (t::TONE, t::TONE_TEXT),
    (t::INFLUENCE, t::INFLUENCE_TEXT),
];

/// Where a yes or a no leads, for the step-by-step version of the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepOutcome {
    /// Go on to the question with this number (see [`FlowStep::number`]).
    Question(usize),
    /// Stop here and do this.
    Action(&'static FlowNode),
}

/// One question of the chart in reading order, with where each answer leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowStep {
    /// 1-based, in the order of [`NODES`].
    pub number: usize,
    pub node: &'static FlowNode,
    pub yes: StepOutcome,
    pub no: StepOutcome,
}

/// The chart as numbered questions, each saying where "yes" and "no" lead: the text
/// alternative to the drawing.
pub fn flow_steps() -> Vec<FlowStep> {
    let questions: Vec<&'static FlowNode> = NODES
        .iter()
        .filter(|n| n.kind == NodeKind::Question)
        .collect();
    let number_of = |id: &str| questions.iter().position(|q| q.id == id).map(|i| i + 1);
    let outcome = |from: &str, answer: Answer| {
        let to = next(from, answer)?;
        Some(match number_of(to.id) {
            Some(n) => StepOutcome::Question(n),
            None => StepOutcome::Action(to),
        })
    };
    questions
        .iter()
        .enumerate()
        .filter_map(|(i, &q)| {
            Some(FlowStep {
                number: i + 1,
                node: q,
                yes: outcome(q.id, Answer::Yes)?,
                no: outcome(q.id, Answer::No)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::SOURCE;
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn a_walk_follows_the_answers_and_stops_at_an_action() {
        let (path, at) = walk(&[]);
        assert!(path.is_empty());
        assert_eq!(at.id, START);
        // An angry one-star review: about us, no crisis, not spam, not positive, not a troll, not
        // a rant, not misinformed, a real customer with a real problem.
        use Answer::{No, Yes};
        let answers = [Yes, No, No, No, No, No, No, Yes];
        let (path, at) = walk(&answers);
        assert_eq!(path.len(), 8);
        assert_eq!(at.id, "restore");
        assert_eq!(at.category, Some(Category::UnhappyCustomer));
        // Extra answers after the end change nothing.
        let mut more = answers.to_vec();
        more.push(No);
        assert_eq!(walk(&more).1.id, "restore");
        assert_eq!(walked_ids(&[Yes, Yes]), vec![START, "crisis", "escalate"]);
        // The path matches the one the chart gives for that box.
        let expected: Vec<&str> = path_to("restore").iter().map(|(n, _)| n.id).collect();
        let walked: Vec<&str> = path.iter().map(|(n, _)| n.id).collect();
        assert_eq!(walked, expected);
    }

    #[test]
    fn the_reply_comes_from_the_learners_playbook_first() {
        let restore = node("restore").unwrap();
        let mut pb = ResponsePlaybook::default();
        let (text, own) = reply_for(&pb, restore).unwrap();
        assert!(!own);
        assert_eq!(
            Some(text.as_str()),
            Category::UnhappyCustomer.suggested_template()
        );
        pb.templates.insert(
            Category::UnhappyCustomer,
            "So sorry, [name]: please call me on 0123.".into(),
        );
        assert_eq!(
            reply_for(&pb, restore),
            Some((
                "So sorry, [name]: please call me on 0123.".to_string(),
                true
            ))
        );
        // No reply for trolls, spam or posts that are not about the business, whatever is stored.
        pb.templates.insert(Category::Troll, "Shh".into());
        assert_eq!(reply_for(&pb, node("monitor_troll").unwrap()), None);
        assert_eq!(reply_for(&pb, node("remove_spam").unwrap()), None);
        assert_eq!(reply_for(&pb, node("not_ours").unwrap()), None);
    }

    #[test]
    fn node_ids_are_unique_and_edges_connect_known_nodes() {
        let ids: BTreeSet<&str> = NODES.iter().map(|n| n.id).collect();
        assert_eq!(ids.len(), NODES.len());
        for e in EDGES {
            assert!(ids.contains(e.from), "{}", e.from);
            assert!(ids.contains(e.to), "{}", e.to);
            assert_eq!(node(e.from).unwrap().kind, NodeKind::Question);
        }
    }

    #[test]
    fn every_question_has_one_yes_and_one_no_and_actions_have_none() {
        for n in NODES {
            let out: Vec<&FlowEdge> = EDGES.iter().filter(|e| e.from == n.id).collect();
            match n.kind {
                NodeKind::Question => {
                    assert_eq!(out.len(), 2, "{}", n.id);
                    assert!(next(n.id, Answer::Yes).is_some());
                    assert!(next(n.id, Answer::No).is_some());
                }
                NodeKind::Action => assert!(out.is_empty(), "{}", n.id),
            }
        }
        assert!(EDGES.iter().all(|e| ["yes", "no"].contains(&e.label())));
    }

    #[test]
    fn every_node_is_reachable_and_grid_cells_are_distinct() {
        let mut seen = BTreeSet::from([START]);
        let mut stack = vec![START];
        while let Some(id) = stack.pop() {
            for e in EDGES.iter().filter(|e| e.from == id) {
                if seen.insert(e.to) {
                    stack.push(e.to);
                }
            }
        }
        assert_eq!(seen.len(), NODES.len());
        let cells: BTreeSet<(u8, u8)> = NODES.iter().map(|n| (n.row, n.col)).collect();
        assert_eq!(cells.len(), NODES.len());
    }

    #[test]
    fn every_category_ends_somewhere_in_the_chart() {
        for c in Category::ALL {
            assert!(
                NODES.iter().any(|n| n.category == Some(c)),
                "{c:?} has no action box"
            );
        }
    }

    #[test]
    fn walking_the_chart_reaches_the_troll_box() {
        let mut at = node(START).unwrap();
        for answer in [Answer::Yes, Answer::No, Answer::No, Answer::No, Answer::Yes] {
            at = next(at.id, answer).unwrap();
        }
        assert_eq!(at.category, Some(Category::Troll));
        assert_eq!(next("monitor_troll", Answer::Yes), None);
        assert_eq!(next("nope", Answer::No), None);
    }

    #[test]
    fn paths_lead_from_the_start_to_the_box() {
        let path = path_to("monitor_troll");
        let steps: Vec<(&str, Answer)> = path.iter().map(|(n, a)| (n.id, *a)).collect();
        assert_eq!(
            steps,
            vec![
                (START, Answer::Yes),
                ("crisis", Answer::No),
                ("spam", Answer::No),
                ("positive", Answer::No),
                ("troll", Answer::Yes),
            ]
        );
        assert!(path_to(START).is_empty());
        assert!(path_to("nowhere").is_empty());
        for n in NODES.iter().filter(|n| n.id != START) {
            let path = path_to(n.id);
            assert_eq!(path[0].0.id, START);
            let (last, answer) = path[path.len() - 1];
            assert_eq!(next(last.id, answer).unwrap().id, n.id);
        }
    }

    #[test]
    fn guide_and_considerations_are_complete() {
        assert_eq!(GUIDE.len(), 5);
        let names: Vec<&str> = CONSIDERATIONS.iter().map(|c| c.0).collect();
        assert_eq!(
            names,
            [
                "Transparency",
                "Sourcing",
                "Timeliness",
                "Tone",
                "Influence"
            ]
        );
        assert!(SOURCE.contains("public domain"));
        assert_eq!(Category::Crisis.escalation_level(), 3);
    }

    #[test]
    fn flow_steps_number_every_question_and_point_forward() {
        let steps = flow_steps();
        let questions = NODES
            .iter()
            .filter(|n| n.kind == NodeKind::Question)
            .count();
        assert_eq!(steps.len(), questions);
        assert_eq!(steps[0].node.id, START);
        assert_eq!(steps[0].yes, StepOutcome::Question(2));
        assert!(matches!(steps[0].no, StepOutcome::Action(n) if n.id == "not_ours"));
        for (i, s) in steps.iter().enumerate() {
            assert_eq!(s.number, i + 1);
            for outcome in [s.yes, s.no] {
                match outcome {
                    StepOutcome::Question(n) => assert!(n > s.number && n <= steps.len()),
                    StepOutcome::Action(a) => assert_eq!(a.kind, NodeKind::Action),
                }
            }
        }
        // Every action box is reached from exactly one step.
        let actions = NODES.iter().filter(|n| n.kind == NodeKind::Action).count();
        let reached = steps
            .iter()
            .flat_map(|s| [s.yes, s.no])
            .filter(|o| matches!(o, StepOutcome::Action(_)))
            .count();
        assert_eq!(reached, actions);
    }

    #[test]
    fn a_crisis_is_an_actual_incident_and_a_rumour_about_one_is_misguided() {
        let crisis = node("crisis").map(|n| n.label).unwrap_or_default();
        assert!(crisis.contains("actually happened"), "{crisis}");
        assert!(crisis.contains("A rumour is not an incident"), "{crisis}");
        assert!(Category::Crisis
            .recognise()
            .contains("rumour about one is not a crisis"));
        assert!(Category::Misguided.recognise().contains("rumour"));
        // Issue 13's case: Ledgerly's data rumour follows the flow to "misguided", as the lesson
        // and quiz manage-09 say, not to "crisis".
        let path: Vec<&str> = path_to("fix_facts").iter().map(|(n, _)| n.id).collect();
        assert!(path.contains(&"crisis"));
        assert_eq!(next("crisis", Answer::No).map(|n| n.id), Some("spam"));
    }
}

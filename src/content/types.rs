//! The shapes of compiled course content.
//!
//! This file is shared: `build.rs` includes it (to check widget and part names while compiling the
//! Markdown), and the app uses it for the generated data. So it depends on nothing but `core`.

/// The parts of the course, in course order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartId {
    Intro,
    Manage,
    Strategy,
    Analytics,
    Grow,
    Platforms,
    Certification,
    Lab,
}

impl PartId {
    pub const ALL: [PartId; 8] = [
        PartId::Intro,
        PartId::Manage,
        PartId::Strategy,
        PartId::Analytics,
        PartId::Grow,
        PartId::Platforms,
        PartId::Certification,
        PartId::Lab,
    ];

    /// The folder name under `lessons/`, the quiz file name and the URL segment.
    pub fn slug(self) -> &'static str {
        match self {
            PartId::Intro => "intro",
            PartId::Manage => "manage",
            PartId::Strategy => "strategy",
            PartId::Analytics => "analytics",
            PartId::Grow => "grow",
            PartId::Platforms => "platforms",
            PartId::Certification => "certification",
            PartId::Lab => "lab",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PartId> {
        PartId::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// Parts that have a question bank (and so a part quiz).
    pub fn has_quiz(self) -> bool {
        matches!(
            self,
            PartId::Intro
                | PartId::Manage
                | PartId::Strategy
                | PartId::Analytics
                | PartId::Grow
                | PartId::Platforms
        )
    }
}

/// The interactive tools a lesson can embed with a `:::widget NAME` block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Widget {
    PlatformExplorer,
    AudienceTargeting,
    TraditionalVsSocial,
    SmartGoal,
    FeedbackTriage,
    ProcessMap,
    ToolChooser,
    AnalyticsCalculators,
    BoostOrNot,
    PlanSummary,
}

impl Widget {
    pub const ALL: [Widget; 10] = [
        Widget::PlatformExplorer,
        Widget::AudienceTargeting,
        Widget::TraditionalVsSocial,
        Widget::SmartGoal,
        Widget::FeedbackTriage,
        Widget::ProcessMap,
        Widget::ToolChooser,
        Widget::AnalyticsCalculators,
        Widget::BoostOrNot,
        Widget::PlanSummary,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Widget::PlatformExplorer => "platform-explorer",
            Widget::AudienceTargeting => "audience-targeting",
            Widget::TraditionalVsSocial => "traditional-vs-social",
            Widget::SmartGoal => "smart-goal",
            Widget::FeedbackTriage => "feedback-triage",
            Widget::ProcessMap => "process-map",
            Widget::ToolChooser => "tool-chooser",
            Widget::AnalyticsCalculators => "analytics-calculators",
            Widget::BoostOrNot => "boost-or-not",
            Widget::PlanSummary => "plan-summary",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.slug() == slug)
    }

    // `title` and `summary` are in `labels.rs`: they read the course text, which `build.rs`
    // (which includes this file) does not have.
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one option is correct.
    Single,
    /// One or more options are correct; the learner ticks all that apply.
    Multiple,
}

#[derive(Debug, PartialEq)]
pub struct Part {
    pub id: PartId,
    pub title: &'static str,
    pub short_title: &'static str,
    pub summary: &'static str,
}

#[derive(Debug)]
pub struct Objective {
    pub number: u8,
    pub text: &'static str,
}

#[derive(Debug)]
pub struct Heading {
    pub id: &'static str,
    pub text: &'static str,
    pub level: u8,
}

#[derive(Debug)]
pub enum Block {
    /// HTML rendered at build time from the lesson's Markdown (never from learner data).
    Html(&'static str),
    Widget(Widget),
    Quiz(PartId),
}

#[derive(Debug)]
pub struct Lesson {
    pub slug: &'static str,
    pub title: &'static str,
    pub part: PartId,
    pub objectives: &'static [u8],
    pub summary: &'static str,
    pub words: u32,
    pub minutes: u32,
    pub headings: &'static [Heading],
    /// The tools the lesson embeds, in order (its blocks are in `LESSON_BLOCKS`).
    pub tools: &'static [Widget],
}

#[derive(Debug)]
pub struct AnswerOption {
    pub text: &'static str,
    pub correct: bool,
    pub explanation: &'static str,
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    /// The part whose lesson teaches it (for a final-pool question too).
    pub part: PartId,
    /// The learning objective (1–7) the question tests.
    pub objective: u8,
    /// What the question tests; two questions with the same fact never share a final draw.
    /// Defaults to the id.
    pub fact: &'static str,
    /// From the final assessment's own pool (`quizzes/final.toml`): never in a part quiz.
    pub final_only: bool,
    pub kind: QuestionKind,
    pub scenario: bool,
    pub lesson: &'static str,
    pub prompt: &'static str,
    pub options: &'static [AnswerOption],
}

/// What the app's logic needs of a question, without its text: the text is in `QUESTIONS`, which
/// only the quiz chunk may name (`components/lazy_quiz.rs`).
#[derive(Debug)]
pub struct QuestionShape {
    pub id: &'static str,
    pub part: PartId,
    pub final_only: bool,
    pub kind: QuestionKind,
    /// How many answer options it has.
    pub options: usize,
}

/// A term of the glossary page, linked from lessons with `[KPI](glossary:kpi)`.
#[derive(Debug)]
pub struct GlossaryEntry {
    /// The anchor on the glossary page.
    pub id: &'static str,
    pub term: &'static str,
    /// What an abbreviation stands for; empty otherwise.
    pub expansion: &'static str,
    pub definition: &'static str,
    /// The lesson that teaches it, and the heading there (may be empty).
    pub lesson: &'static str,
    pub anchor: &'static str,
}

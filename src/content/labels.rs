//! The labels of the shapes in `types.rs` that a learner reads, from the course text
//! (`text/labels.toml`). Apart from `types.rs` because `build.rs` includes that file and has no
//! course text.

use super::text::labels as l;
use super::types::Widget;

impl Widget {
    /// The tool's name on its card, its page and its block in a lesson.
    pub fn title(self) -> &'static str {
        match self {
            Widget::PlatformExplorer => l::WIDGET_PLATFORM_EXPLORER,
            Widget::AudienceTargeting => l::WIDGET_AUDIENCE_TARGETING,
            Widget::TraditionalVsSocial => l::WIDGET_TRADITIONAL_VS_SOCIAL,
            Widget::SmartGoal => l::WIDGET_SMART_GOAL,
            Widget::FeedbackTriage => l::WIDGET_FEEDBACK_TRIAGE,
            Widget::ProcessMap => l::WIDGET_PROCESS_MAP,
            Widget::ToolChooser => l::WIDGET_TOOL_CHOOSER,
            Widget::AnalyticsCalculators => l::WIDGET_ANALYTICS_CALCULATORS,
            Widget::BoostOrNot => l::WIDGET_BOOST_OR_NOT,
            Widget::PlanSummary => l::WIDGET_PLAN_SUMMARY,
        }
    }

    /// One line on what the tool does.
    pub fn summary(self) -> &'static str {
        match self {
            Widget::PlatformExplorer => l::SUMMARY_PLATFORM_EXPLORER,
            Widget::AudienceTargeting => l::SUMMARY_AUDIENCE_TARGETING,
            Widget::TraditionalVsSocial => l::SUMMARY_TRADITIONAL_VS_SOCIAL,
            Widget::SmartGoal => l::SUMMARY_SMART_GOAL,
            Widget::FeedbackTriage => l::SUMMARY_FEEDBACK_TRIAGE,
            Widget::ProcessMap => l::SUMMARY_PROCESS_MAP,
            Widget::ToolChooser => l::SUMMARY_TOOL_CHOOSER,
            Widget::AnalyticsCalculators => l::SUMMARY_ANALYTICS_CALCULATORS,
            Widget::BoostOrNot => l::SUMMARY_BOOST_OR_NOT,
            Widget::PlanSummary => l::SUMMARY_PLAN_SUMMARY,
        }
    }
}

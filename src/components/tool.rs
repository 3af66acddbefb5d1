//! One place that maps a tool name to its component, for the Tools pages and for lessons that
//! embed a tool.

use leptos::prelude::*;

use crate::components::{
    analytics_calculators::AnalyticsCalculators, audience_targeting::AudienceTargeting,
    boost_calculator::BoostCalculator, feedback_triage::FeedbackTriage, plan_summary::PlanSummary,
    platform_explorer::PlatformExplorer, process_map::ProcessMap, smart_goal::SmartGoal,
    tool_chooser::ToolChooser, traditional_vs_social::TraditionalVsSocial,
};
use crate::content::Widget;

pub fn tool_view(widget: Widget) -> AnyView {
    match widget {
        Widget::PlatformExplorer => view! { <PlatformExplorer /> }.into_any(),
        Widget::AudienceTargeting => view! { <AudienceTargeting /> }.into_any(),
        Widget::TraditionalVsSocial => view! { <TraditionalVsSocial /> }.into_any(),
        Widget::SmartGoal => view! { <SmartGoal /> }.into_any(),
        Widget::FeedbackTriage => view! { <FeedbackTriage /> }.into_any(),
        Widget::ProcessMap => view! { <ProcessMap /> }.into_any(),
        Widget::ToolChooser => view! { <ToolChooser /> }.into_any(),
        Widget::AnalyticsCalculators => view! { <AnalyticsCalculators /> }.into_any(),
        Widget::BoostOrNot => view! { <BoostCalculator /> }.into_any(),
        Widget::PlanSummary => view! { <PlanSummary /> }.into_any(),
    }
}

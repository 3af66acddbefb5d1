//! One place that maps a tool name to its component, for the Tools pages and for lessons that
//! embed a tool — and the split point that keeps the tools off the critical path.
//!
//! In a release build (`scripts/build.sh` builds with the cargo feature `split`), `build_tool`
//! and everything only it reaches (the ten tools and their logic) are cut out of the main wasm
//! into a chunk of their own, fetched the first time a tool is shown. Without the feature (the
//! dev server, clippy, tests) it is an ordinary function and the tools' code is always here.
//!
//! Use: `<LazyTool widget=… />` wherever a tool is shown.

use leptos::prelude::*;

use crate::components::lazy_slot::LazySlot;
use crate::components::{
    analytics_calculators::AnalyticsCalculators, audience_targeting::AudienceTargeting,
    boost_calculator::BoostCalculator, feedback_triage::FeedbackTriage, plan_summary::PlanSummary,
    platform_explorer::PlatformExplorer, process_map::ProcessMap, smart_goal::SmartGoal,
    tool_chooser::ToolChooser, traditional_vs_social::TraditionalVsSocial,
};
use crate::content::text::ui_shell as t;
use crate::content::Widget;
use crate::contracts::TOOL_ATTRIBUTE;
use crate::lazy_code::{loader, when_loaded};

/// Builds the live view of `widget` under `owner`.
///
/// The split point. Its body runs inside the chunk, called from the main module: it is given the
/// caller's reactive owner rather than trusting whatever owner is current, so every tool finds
/// the app's context. `fallible`: a chunk that cannot be fetched is an `Err` here, where
/// `#[leptos::lazy]` (which expands to this attribute without `fallible`) would panic, and a panic
/// aborts the whole app.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        smm_tools,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(load_tools)
    )
)]
fn build_tool(
    widget: Widget,
    owner: Owner,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(owner.with(|| match widget {
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
    }))
}

/// The live view of `widget`, once its code is in; `None` should it be missing after all.
fn tool_view(widget: Widget) -> Option<AnyView> {
    let owner = Owner::current().unwrap_or_default();
    when_loaded!(build_tool(widget, owner))
}

/// A tool on a page — embedded in a lesson or on its own tool page — live once it is near the
/// screen and its code is in (`components/lazy_slot.rs`). A chunk that cannot be fetched
/// (offline before the first visit, a network error) shows `ui_shell::TOOL_FAILED`, announced:
/// never a panic, never a dead page.
#[component]
pub fn LazyTool(widget: Widget) -> impl IntoView {
    view! {
        <LazySlot
            attribute=TOOL_ATTRIBUTE
            key=widget.slug()
            class="tool-slot"
            load=loader!(load_tools)
            live=move || tool_view(widget)
            loading=t::LOADING_TOOL
            failed=t::TOOL_FAILED
        />
    }
}

//! A tool embedded in a lesson with `:::widget NAME`.

use leptos::prelude::*;

use crate::app::href;
use crate::components::lazy_tool::LazyTool;
use crate::content::Widget;

/// The button that unfolds a long tool inside a lesson; `None` for a short tool, shown open.
/// Long: taller than about two laptop screens when open (measured at 1280 px), so the lesson
/// text after it is not pushed three screens down. A folded tool's prerendered copy is folded
/// too, so the page does not shift when the app takes over.
fn fold_label(widget: Widget) -> Option<&'static str> {
    match widget {
        Widget::AnalyticsCalculators => Some("Open the calculators"),
        Widget::BoostOrNot => Some("Open the calculator"),
        Widget::PlatformExplorer => Some("Open the explorer"),
        Widget::AudienceTargeting => Some("Open the targeting tool"),
        Widget::FeedbackTriage => Some("Open the triage practice"),
        Widget::ProcessMap => Some("Open the process map"),
        Widget::PlanSummary => Some("Open your plan"),
        Widget::ToolChooser | Widget::SmartGoal | Widget::TraditionalVsSocial => None,
    }
}

#[component]
pub fn WidgetBlock(widget: Widget) -> impl IntoView {
    let heading = format!("widget-{}", widget.slug());
    let labelled_by = heading.clone();
    view! {
        <section class="widget-card" aria-labelledby=labelled_by>
            <p class="widget-kicker">"Interactive tool"</p>
            <h2 id=heading>{widget.title()}</h2>
            <p>{widget.summary()} " " <a href=href(&format!("/tools/{}", widget.slug()))>"Open it on its own page"</a> "."</p>
            {match fold_label(widget) {
                // Closed, the tool stays a stand-in (`LazyTool` waits until it is in view).
                Some(label) => view! {
                    <details class="tool-fold">
                        <summary>{label}</summary>
                        <LazyTool widget=widget />
                    </details>
                }
                .into_any(),
                None => view! { <LazyTool widget=widget /> }.into_any(),
            }}
        </section>
    }
}

//! A tool embedded in a lesson with `:::widget NAME`.

use leptos::prelude::*;

use crate::app::href;
use crate::components::lazy_tool::LazyTool;
use crate::content::Widget;
use crate::domain::route::Route;

/// The button that unfolds a long tool inside a lesson; `None` for a short tool, shown open.
/// Long: taller than 2,000 px (two and a half laptop screens) on its own page at 1280 × 800
/// (measured on the release build, empty: triage 9,330, process map 5,570, targeting 5,080,
/// calculators 3,600, explorer 2,830, chooser 2,720, traditional vs social 2,340; open: SMART
/// goal 1,940, boost 1,910, plan 1,520), so the lesson text after it is not pushed screens down.
/// A folded tool's prerendered copy is folded too: the page does not shift on takeover.
fn fold_label(widget: Widget) -> Option<&'static str> {
    match widget {
        Widget::FeedbackTriage => Some("Open the triage practice"),
        Widget::ProcessMap => Some("Open the process map"),
        Widget::AudienceTargeting => Some("Open the targeting tool"),
        Widget::AnalyticsCalculators => Some("Open the calculators"),
        Widget::PlatformExplorer => Some("Open the explorer"),
        Widget::ToolChooser => Some("Open the tool chooser"),
        Widget::TraditionalVsSocial => Some("Open the comparison"),
        Widget::SmartGoal | Widget::BoostOrNot | Widget::PlanSummary => None,
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
            <p>{widget.summary()} " " <a href=href(&Route::tool(widget.slug()))>"Open it on its own page"</a> "."</p>
            {match fold_label(widget) {
                // Closed, the tool stays a stand-in (`LazyTool` waits until it is in view).
                Some(label) => view! {
                    <details class="tool-fold">
                        <summary><span class="fold-mark" aria-hidden="true"></span>{label}</summary>
                        <LazyTool widget=widget />
                    </details>
                }
                .into_any(),
                None => view! { <LazyTool widget=widget /> }.into_any(),
            }}
        </section>
    }
}

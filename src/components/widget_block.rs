//! A tool embedded in a lesson with `:::widget NAME`.

use leptos::prelude::*;

use crate::app::href;
use crate::components::tool::LazyTool;
use crate::content::text::ui_shell as t;
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
        Widget::FeedbackTriage => Some(t::OPEN_TRIAGE),
        Widget::ProcessMap => Some(t::OPEN_PROCESS_MAP),
        Widget::AudienceTargeting => Some(t::OPEN_TARGETING),
        Widget::AnalyticsCalculators => Some(t::OPEN_CALCULATORS),
        Widget::PlatformExplorer => Some(t::OPEN_EXPLORER),
        Widget::ToolChooser => Some(t::OPEN_CHOOSER),
        Widget::TraditionalVsSocial => Some(t::OPEN_COMPARISON),
        Widget::SmartGoal | Widget::BoostOrNot | Widget::PlanSummary => None,
    }
}

#[component]
pub fn WidgetBlock(widget: Widget) -> impl IntoView {
    let heading = format!("widget-{}", widget.slug());
    let labelled_by = heading.clone();
    view! {
        <section class="widget-card" aria-labelledby=labelled_by>
            <p class="widget-kicker">{t::INTERACTIVE_TOOL}</p>
            <h2 id=heading>{widget.title()}</h2>
            <p>{widget.summary()} " " <a href=href(&Route::tool(widget.slug()))>{t::OPEN_OWN_PAGE}</a> "."</p>
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

//! A tool embedded in a lesson with `:::widget NAME`.

use leptos::prelude::*;

use crate::app::href;
use crate::components::lazy_tool::LazyTool;
use crate::content::Widget;
use crate::domain::route::Route;

#[component]
pub fn WidgetBlock(widget: Widget) -> impl IntoView {
    let heading = format!("widget-{}", widget.slug());
    let labelled_by = heading.clone();
    view! {
        <section class="widget-card" aria-labelledby=labelled_by>
            <p class="widget-kicker">"Interactive tool"</p>
            <h2 id=heading>{widget.title()}</h2>
            <p>{widget.summary()} " " <a href=href(&Route::tool(widget.slug()))>"Open it on its own page"</a> "."</p>
            <LazyTool widget=widget />
        </section>
    }
}

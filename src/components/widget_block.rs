//! A tool embedded in a lesson with `:::widget NAME`.

use leptos::prelude::*;

use crate::app::href;
use crate::content::Widget;

#[component]
pub fn WidgetBlock(widget: Widget) -> impl IntoView {
    view! {
        <section class="widget-card" aria-labelledby=format!("widget-{}", widget.slug())>
            <p class="widget-kicker">"Interactive tool"</p>
            <h2 id=format!("widget-{}", widget.slug())>{widget.title()}</h2>
            <p>{widget.summary()}</p>
            <p>
                <a class="button" href=href(&format!("/tools/{}", widget.slug()))>
                    "Open the " {widget.title()}
                </a>
            </p>
        </section>
    }
}

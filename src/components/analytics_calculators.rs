//! (Being built.) The AnalyticsCalculators tool.

use leptos::prelude::*;

#[component]
pub fn AnalyticsCalculators() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

//! (Being built.) The PlanSummary tool.

use leptos::prelude::*;

#[component]
pub fn PlanSummary() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

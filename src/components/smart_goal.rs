//! (Being built.) The SmartGoal tool.

use leptos::prelude::*;

#[component]
pub fn SmartGoal() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

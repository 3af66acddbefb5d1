//! (Being built.) The ProcessMap tool.

use leptos::prelude::*;

#[component]
pub fn ProcessMap() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

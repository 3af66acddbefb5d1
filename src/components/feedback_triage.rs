//! (Being built.) The FeedbackTriage tool.

use leptos::prelude::*;

#[component]
pub fn FeedbackTriage() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

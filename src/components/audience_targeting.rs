//! (Being built.) The AudienceTargeting tool.

use leptos::prelude::*;

#[component]
pub fn AudienceTargeting() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

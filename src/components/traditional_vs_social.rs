//! (Being built.) The TraditionalVsSocial tool.

use leptos::prelude::*;

#[component]
pub fn TraditionalVsSocial() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

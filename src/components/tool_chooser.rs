//! (Being built.) The ToolChooser tool.

use leptos::prelude::*;

#[component]
pub fn ToolChooser() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

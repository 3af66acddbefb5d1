//! (Being built.) The PlatformExplorer tool.

use leptos::prelude::*;

#[component]
pub fn PlatformExplorer() -> impl IntoView {
    view! { <p class="notice notice-info">"This tool is being built."</p> }
}

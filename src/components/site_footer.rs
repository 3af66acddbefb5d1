use leptos::prelude::*;

use crate::app::href;
use crate::domain::route::Route;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Works offline after your first visit. Your progress stays in this browser — no account, no server. "
                <a href=href(&Route::Progress)>"Export or reset it"</a>
                "."
            </p>
            <p>
                "Usage figures: Pew Research Center (2023–2025 surveys), DataReportal (2025), Rival IQ (2024–2025), each named where it is used. "
                <a href=href(&Route::Print)>"Whole course for printing"</a>
                "."
            </p>
        </footer>
    }
}

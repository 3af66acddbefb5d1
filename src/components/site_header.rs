use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::href;
use crate::components::theme_toggle::ThemeToggle;
use crate::domain::review;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

/// Primary navigation entries: (label, shorter label shown on a phone or "" for the same, route
/// path, whether sub-paths count as this section). On a phone the full label stays for screen
/// readers (visually hidden) and the short one is hidden from them; Search shows an icon.
const NAV: [(&str, &str, &str, bool); 4] = [
    ("Course", "", "/", false),
    ("Tools", "", "/tools", true),
    ("My progress", "Progress", "/progress", false),
    ("Search", "", "/search", false),
];

/// A magnifying glass: the Search link's face on a phone.
fn search_icon() -> impl IntoView {
    view! {
        <svg class="nav-short nav-icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2.2" />
            <path d="M12.7 12.7 L17.5 17.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
        </svg>
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    let state = use_app_state();
    let missed = state.progress.missed();
    // A memo: the badge and its <Show> re-render only when the count changes, not on every change
    // to the review cards.
    let due = Memo::new(move |_| missed.with(|missed| review::due_count(missed, today())));
    let current = move |path: &'static str, nested: bool| {
        let here = location.pathname.get();
        let target = href(path);
        let target = if target.is_empty() {
            "/".to_string()
        } else {
            target
        };
        let here = if here.is_empty() {
            "/".to_string()
        } else {
            here
        };
        let active = here == target
            || (here.trim_end_matches('/') == target.trim_end_matches('/'))
            || (nested && here.starts_with(&format!("{target}/")));
        active.then_some("page")
    };
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href=href("/")>
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    <span class="brand-name">"Social Media Marketing"</span>
                    <span class="brand-sub">"an offline course"</span>
                </a>
                <nav aria-label="Primary">
                    <ul class="nav-list">
                        {NAV
                            .into_iter()
                            .map(|(label, short, path, nested)| {
                                let short = if path == "/search" {
                                    Some(search_icon().into_any())
                                } else if short.is_empty() {
                                    None
                                } else {
                                    Some(view! { <span class="nav-short" aria-hidden="true">{short}</span> }.into_any())
                                };
                                let full = if short.is_some() { "nav-full" } else { "" };
                                view! {
                                    <li>
                                        <a href=href(path) aria-current=move || current(path, nested)>
                                            <span class=full>{label}</span>
                                            {short}
                                            {(path == "/progress").then(|| view! {
                                                <Show when=move || { due.get() > 0 }>
                                                    " "
                                                    <span class="badge">{move || due.get()} <span class="nav-full">" due"</span></span>
                                                    <span class="visually-hidden">" for review"</span>
                                                </Show>
                                            })}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <ThemeToggle />
            </div>
        </header>
    }
}

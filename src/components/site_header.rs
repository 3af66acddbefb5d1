use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::href;
use crate::components::theme_toggle::ThemeToggle;
use crate::domain::review;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

/// Primary navigation entries: (label, route path, whether sub-paths count as this section).
const NAV: [(&str, &str, bool); 4] = [
    ("Course", "/", false),
    ("Tools", "/tools", true),
    ("My progress", "/progress", false),
    ("Search", "/search", false),
];

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
                    <span>"Social Media Marketing"</span>
                    <span class="brand-sub">"an offline course"</span>
                </a>
                <nav aria-label="Primary">
                    <ul class="nav-list">
                        {NAV
                            .into_iter()
                            .map(|(label, path, nested)| {
                                view! {
                                    <li>
                                        <a href=href(path) aria-current=move || current(path, nested)>
                                            {label}
                                            {(path == "/progress").then(|| view! {
                                                <Show when=move || { due.get() > 0 }>
                                                    " "
                                                    <span class="badge">{move || format!("{} due", due.get())}</span>
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

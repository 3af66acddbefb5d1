use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::{base, href};
use crate::components::theme_toggle::ThemeToggle;
use crate::domain::review;
use crate::domain::route::{strip_base, Route, Section};
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let location = use_location();
    let state = use_app_state();
    let missed = state.progress.missed();
    // A memo: the badge and its <Show> re-render only when the count changes, not on every change
    // to the review cards.
    let due = Memo::new(move |_| missed.with(|missed| review::due_count(missed, today())));
    // The section of the page shown, from the one route table: what `aria-current` marks.
    let section = Memo::new(move |_| {
        location
            .pathname
            .with(|p| Route::parse(strip_base(p, &base())).section())
    });
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="brand" href=href(&Route::Home)>
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    <span>"Social Media Marketing"</span>
                    <span class="brand-sub">"an offline course"</span>
                </a>
                <nav aria-label="Primary">
                    <ul class="nav-list">
                        {Section::ALL
                            .into_iter()
                            .map(|entry| {
                                view! {
                                    <li>
                                        <a
                                            href=href(&entry.route())
                                            aria-current=move || (section.get() == Some(entry)).then_some("page")
                                        >
                                            {entry.label()}
                                            {(entry == Section::Progress).then(|| view! {
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

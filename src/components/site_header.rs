use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::{base, href};
use crate::components::language_switch::LanguageSwitch;
use crate::components::theme_toggle::ThemeToggle;
use crate::content::text::ui_shell as t;
use crate::domain::review;
use crate::domain::route::{strip_base, Route, Section};
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

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
                    <span class="brand-name">{t::BRAND_NAME}</span>
                    <span class="brand-sub">{t::BRAND_SUB}</span>
                </a>
                <nav aria-label=t::NAV_LABEL>
                    <ul class="nav-list">
                        {Section::ALL
                            .into_iter()
                            .map(|entry| {
                                // On a phone the full label stays for screen readers (visually
                                // hidden) and a short face is shown instead: a shorter word, hidden
                                // from them, or for Search an icon.
                                let short = if entry == Section::Search {
                                    Some(search_icon().into_any())
                                } else {
                                    entry.short_label().map(|short| {
                                        view! { <span class="nav-short" aria-hidden="true">{short}</span> }.into_any()
                                    })
                                };
                                let full = if short.is_some() { "nav-full" } else { "" };
                                view! {
                                    <li>
                                        <a
                                            href=href(&entry.route())
                                            aria-current=move || (section.get() == Some(entry)).then_some("page")
                                        >
                                            <span class=full>{entry.label()}</span>
                                            {short}
                                            {(entry == Section::Progress).then(|| view! {
                                                <Show when=move || { due.get() > 0 }>
                                                    " "
                                                    <span class="badge">{move || due.get()} <span class="nav-full">{t::BADGE_DUE}</span></span>
                                                    <span class="visually-hidden">{t::BADGE_FOR_REVIEW}</span>
                                                </Show>
                                            })}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <LanguageSwitch />
                <ThemeToggle />
            </div>
        </header>
    }
}

//! The header's link to the same page in the course's other language. Each language is its own
//! build (`domain::locale`), so the link leaves this app: the browser loads the other edition, and
//! the progress, stored once for the site, comes along. The choice is stored before leaving, so
//! the home page opens in it next time (`app::open_in_preferred_language`).

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::app::base;
use crate::content::text::language as t;
use crate::contracts::CACHE_PREFIX;
use crate::domain::locale::{edition_base, LANG};
use crate::domain::route::{strip_base, url_with_query};
use crate::domain::store::ProgressDataStoreFields;
use crate::state::use_app_state;

/// Whether the other edition has a service-worker cache on this device (its caches are named
/// `CACHE_PREFIX` + its base + `/|` + version: `scripts/sw-template.js`).
async fn other_edition_saved(other_base: &str) -> bool {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return false;
    };
    let prefix = format!("{CACHE_PREFIX}{other_base}/|");
    let Ok(keys) = wasm_bindgen_futures::JsFuture::from(caches.keys()).await else {
        return false;
    };
    keys.dyn_into::<js_sys::Array>()
        .map(|keys| {
            keys.iter()
                .any(|k| k.as_string().is_some_and(|k| k.starts_with(&prefix)))
        })
        .unwrap_or(false)
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_app_state();
    let other = LANG.other();
    let other_base = edition_base(&base(), LANG, other);
    let location = use_location();
    let href = {
        let other_base = other_base.clone();
        Memo::new(move |_| {
            let path = location.pathname.get();
            let mut url = url_with_query(
                &format!("{other_base}{}", strip_base(&path, &base())),
                &location.search.get(),
            );
            // The router's hash may come with or without its `#`.
            let hash = location.hash.get();
            if !hash.is_empty() && !hash.starts_with('#') {
                url.push('#');
            }
            url.push_str(&hash);
            url
        })
    };
    let message = RwSignal::new("");
    let choose = move |ev: leptos::ev::MouseEvent| {
        state.progress.language().set(Some(other));
        // The page is about to go: write now rather than after the save delay.
        state.save_now();
        let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
        if online {
            return;
        }
        // Offline, the other edition opens only if it was saved here before.
        ev.prevent_default();
        let target = href.get_untracked();
        let other_base = other_base.clone();
        leptos::task::spawn_local(async move {
            if other_edition_saved(&other_base).await {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().assign(&target);
                }
            } else {
                message.set(t::NOT_SAVED_OFFLINE);
            }
        });
    };
    view! {
        <a
            class="language-switch"
            href=href
            hreflang=other.code()
            lang=other.code()
            rel="external"
            on:click=choose
        >
            // On a phone the code stands in for the name (hidden from screen readers, which
            // keep the name), as the primary links' short faces do.
            <span class="nav-full">{other.name()}</span>
            <span class="nav-short" aria-hidden="true">{other.code().to_ascii_uppercase()}</span>
            <span class="visually-hidden" lang=LANG.code()>" "{t::SWITCH_HINT}</span>
        </a>
        // An alert, added only when there is something to say: it is announced as it appears.
        <Show when=move || !message.get().is_empty()>
            <p class="language-offline" role="alert">{move || message.get()}</p>
        </Show>
    }
}

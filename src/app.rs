//! The app: router, context, shell.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::browser::focus_element;
use crate::components::{
    notices::StorageNotices, site_footer::SiteFooter, site_header::SiteHeader,
};
use crate::content::text::ui_shell as t;
use crate::domain::locale::{self, edition_base, Lang, LANG};
use crate::domain::route::{strip_base, Route};
use crate::domain::store::ProgressDataStoreFields;
use crate::pages;
use crate::prerendered;
use crate::state::{use_app_state, AppState};

/// Starts the app; called by `main`.
///
/// On a slow phone every step here is a long task if it shares one with another, so each has a
/// task of its own: the one that instantiated the wasm is long already; then the app's state
/// (stored progress read and decoded, the service worker, the theme); then its shell; then its
/// page (`prerendered::take_over`).
pub fn start() {
    console_error_panic_hook::set_once();
    set_timeout(
        || {
            // `mount_to` would start the async executor; the state's effects need it first.
            let _ = any_spawner::Executor::init_wasm_bindgen();
            // The root of the reactive tree: it holds the app's context and lives as long as the
            // page, like the owner `mount_to` makes (which becomes its child).
            let root = Owner::new();
            root.with(provide_app_context);
            if root.with(open_in_preferred_language) {
                return;
            }
            root.with(|| {
                let state = use_app_state();
                crate::service_worker::register_when_idle(move || state.new_version.set(true));
            });
            set_timeout(
                move || {
                    root.with(|| {
                        prerendered::take_over(|parent| {
                            leptos::mount::mount_to(parent, App).forget();
                        })
                    });
                    std::mem::forget(root);
                },
                Duration::ZERO,
            );
        },
        Duration::ZERO,
    );
}

/// What every component can ask for: the app state.
fn provide_app_context() {
    let state = AppState::init();
    provide_context(state);
    crate::components::theme_toggle::apply_theme_effect();
}

/// On the home page, opens the edition in the learner's language when this is not it: the
/// language they chose with the header's switch, else the first of their browser's languages the
/// course has (`locale::preferred`). Any other page opens as it is — a shared link shows what was
/// shared, and the switch is one step away — and so does the home page offline, where the other
/// edition may not be saved. True when the page is being replaced.
fn open_in_preferred_language() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    // An address in the French edition's folder that no file answers gets the host's one
    // not-found page, which is the English app's (GitHub Pages serves the root 404.html for every
    // folder): the French edition says "not found" instead.
    let french = edition_base(&base(), LANG, Lang::Fr);
    if LANG == Lang::En && path.starts_with(&format!("{french}/")) {
        return location.replace(&format!("{french}/404.html")).is_ok();
    }
    if !strip_base(&path, &base()).trim_matches('/').is_empty() || !window.navigator().on_line() {
        return false;
    }
    let chosen = use_app_state().progress.language().get_untracked();
    let browser: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|code| code.as_string())
        .collect();
    let wanted = locale::preferred(chosen, &browser);
    if wanted == LANG {
        return false;
    }
    let target = format!(
        "{}/{}{}",
        edition_base(&base(), LANG, wanted),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    location.replace(&target).is_ok()
}

thread_local! {
    static BASE: String = read_base();
}

/// The path the app is served under, without a trailing slash ("" at the site root, "/course"
/// under a sub-path). Trunk writes `--public-url` into `<base href>`; this is its only reader.
fn read_base() -> String {
    let uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = web_sys::Url::new(&uri)
        .map(|u| u.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

pub fn base() -> String {
    BASE.with(Clone::clone)
}

/// The full URL path of a route, base included: how every link in the app is written.
pub fn href(route: &Route) -> String {
    format!("{}{}", base(), route.path())
}

/// The full URL path of a place in a route's page: `id` is an element id ("" for the top).
pub fn href_at(route: &Route, id: &str) -> String {
    if id.is_empty() {
        href(route)
    } else {
        format!("{}#{id}", href(route))
    }
}

/// The full URL path of a file the build puts beside the app, such as "sw.js".
pub fn asset(file: &str) -> String {
    format!("{}/{}", base(), file)
}

/// With `<base href>` set, "#main" would resolve to the home page; move focus ourselves.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        let _ = main.focus();
    }
}

/// Focuses the element the URL's `#hash` names, else the page's field marked `data-autofocus`
/// (the search box), else the page's `<h1>` (read with the page), once the new page is in the
/// document.
fn focus_new_page(hash: Memo<String>) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let id = hash.with_untracked(|h| h.trim_start_matches('#').to_string());
        let target = (!id.is_empty())
            .then(|| document.get_element_by_id(&id))
            .flatten()
            .or_else(|| {
                document
                    .query_selector("main [data-autofocus]")
                    .ok()
                    .flatten()
            })
            .or_else(|| document.query_selector("main h1").ok().flatten());
        if let Some(el) =
            target.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            focus_element(&el);
        }
    });
}

/// The shell. Needs the context of `provide_app_context`. On a prerendered page its first render
/// shows only the header; the rest comes with the page, one task later (`page_held`).
#[component]
pub fn App() -> impl IntoView {
    let held = prerendered::page_held();
    let after_shell = move || !held.get();
    view! {
        <Router base=base()>
            <a class="skip-link" href="#main" on:click=skip_to_main>
                {t::SKIP_TO_CONTENT}
            </a>
            <SiteHeader />
            <Show when=after_shell.clone()>
                <StorageNotices />
            </Show>
            <main id="main" tabindex="-1">
                <CurrentPage />
            </main>
            <Show when=after_shell.clone()>
                <SiteFooter />
            </Show>
        </Router>
    }
}

/// Renders the page for the current URL.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let hash = location.hash;
    let route = Memo::new(move |_| {
        location
            .pathname
            .with(|p| Route::parse(strip_base(p, &base())))
    });
    // The router writes a link's URL to the address bar (and history) only once the new page is
    // rendered; with our own route match, we say when that is.
    let browser = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        route.track();
        if let Some(browser) = &browser {
            browser.ready_to_complete();
        }
    });
    // Every later route change (a link, Back, Forward) moves focus into the new page, as
    // accessible routers do: otherwise it stays on a link that may be gone or now leads elsewhere,
    // or falls to <body>. Not for the first page: one being loaded (or taken over from its
    // prerendered copy) keeps the browser's own focus. The route is compared with the one last
    // seen, not the runs counted, so only a real change moves focus.
    Effect::new(move |shown: Option<Route>| {
        let now = route.get();
        if shown.is_some_and(|shown| shown != now) {
            focus_new_page(hash);
        }
        now
    });
    let page_held = prerendered::page_held();
    move || {
        if page_held.get() {
            return ().into_any();
        }
        match route.get() {
            Route::Home => view! { <pages::home::Home /> }.into_any(),
            Route::Lesson(slug) => view! { <pages::lesson::LessonPage slug=slug /> }.into_any(),
            Route::PartQuiz(part) => view! { <pages::quiz::PartQuizPage part=part /> }.into_any(),
            Route::FinalAssessment => view! { <pages::quiz::FinalAssessmentPage /> }.into_any(),
            Route::Tools => view! { <pages::tools::ToolsPage /> }.into_any(),
            Route::Tool(tool) => view! { <pages::tools::ToolPage tool=tool /> }.into_any(),
            Route::Progress => view! { <pages::progress::ProgressPage /> }.into_any(),
            Route::Review => view! { <pages::review::ReviewPage /> }.into_any(),
            Route::Certificate => view! { <pages::certificate::CertificatePage /> }.into_any(),
            Route::Search => view! { <pages::search::SearchPage /> }.into_any(),
            Route::Glossary => view! { <pages::glossary::GlossaryPage /> }.into_any(),
            Route::Print => view! { <pages::print::PrintPage /> }.into_any(),
            Route::NotFound => view! { <pages::not_found::NotFound /> }.into_any(),
        }
    }
}

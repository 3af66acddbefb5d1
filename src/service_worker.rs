//! Registers the service worker that keeps the course available offline, and reports when a new
//! version has taken over, so the learner can reload into it.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::app::asset;

/// Registers `sw.js` (generated at build time) when the browser supports service workers; calls
/// `on_new_version` when a newer worker takes control of this page.
///
/// Not in a debug build (`./scripts/run.sh --dev`): a worker registered there would keep serving
/// cached debug builds on that origin after the dev server is gone.
pub fn register(on_new_version: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Browsers without service workers (or with them disabled) still run the course online.
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !supported {
        return;
    }
    let container = navigator.service_worker();
    let had_controller = container.controller().is_some();
    let on_change = Closure::<dyn Fn()>::new(move || {
        if had_controller {
            on_new_version();
        }
    });
    if container
        .add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref())
        .is_ok()
    {
        on_change.forget();
    }
    let registering = container.register(&asset("sw.js"));
    leptos::task::spawn_local(async move {
        // A failed registration (private mode, an insecure origin) only means no offline copy.
        let _ = wasm_bindgen_futures::JsFuture::from(registering).await;
    });
}

/// Reloads the page into the new version.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

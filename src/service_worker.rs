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
    // Only this edition's own worker being replaced is a new version. A page of the other edition
    // (`domain::locale`) may be controlled by that edition's worker until its own takes over: that
    // change is the first install, not an update.
    let had_own_controller = container.controller().is_some_and(|worker| {
        web_sys::Url::new(&worker.script_url()).is_ok_and(|url| url.pathname() == asset("sw.js"))
    });
    let on_change = Closure::<dyn Fn()>::new(move || {
        if had_own_controller {
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

/// `register`, once the browser is idle: installing the worker downloads the whole course (the
/// lazy chunks included) to keep it for offline use, which must not compete with what the page
/// itself needs to become interactive. `requestIdleCallback` where there is one (not Safari),
/// else two seconds later.
pub fn register_when_idle(on_new_version: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let run = Closure::once_into_js(move || register(on_new_version));
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = match idle {
        Some(request) => {
            // At the latest after five seconds, even on a page that never goes idle.
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &options,
                &JsValue::from_str("timeout"),
                &JsValue::from(5000),
            );
            request.call2(&window, &run, &options).is_ok()
        }
        None => window
            .set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 2000)
            .is_ok(),
    };
    if !scheduled {
        if let Ok(run) = run.dyn_into::<js_sys::Function>() {
            let _ = run.call0(&JsValue::NULL);
        }
    }
}

/// Reloads the page into the new version.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

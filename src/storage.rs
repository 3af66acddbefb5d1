//! The only code that touches localStorage.
//!
//! localStorage can be missing or throw on access (private modes, blocked cookies, sandboxed
//! frames), and gloo-storage panics then; so every access here goes through `local`, which turns
//! each of those into an error value, and no caller has to probe first.

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The browser's storage quota for this site is full.
    QuotaExceeded,
    Other(String),
}

use crate::content::text::ui_shell as t;
use crate::contracts::PROBE_KEY;

fn js_message(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| t::UNKNOWN_ERROR.into())
}

fn js_name(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default()
}

/// The page's localStorage, or why it cannot be used.
fn local() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or(t::NO_WINDOW)?;
    // Asked here first: gloo-storage's accessor panics where this answers with an error.
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(t::NO_LOCAL_STORAGE.into()),
        Err(e) => Err(js_message(&e)),
    }
}

/// Whether localStorage can be read and written now; the reason when not.
pub fn probe() -> Result<(), String> {
    let storage = local()?;
    storage
        .set_item(PROBE_KEY, "1")
        .and_then(|_| storage.remove_item(PROBE_KEY))
        .map_err(|e| js_message(&e))
}

/// The raw text under `key`.
pub fn load(key: &str) -> Result<Option<String>, String> {
    local()?.get_item(key).map_err(|e| js_message(&e))
}

/// Stores `text` under `key`.
pub fn save(key: &str, text: &str) -> Result<(), SaveError> {
    local()
        .map_err(SaveError::Other)?
        .set_item(key, text)
        .map_err(|e| {
            let name = js_name(&e);
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                SaveError::QuotaExceeded
            } else {
                SaveError::Other(js_message(&e))
            }
        })
}

/// Calls `on_change` with the new text whenever another tab changes `key`.
pub fn on_external_change(key: &'static str, on_change: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() == Some(key) {
                on_change(ev.new_value());
            }
        });
    if window
        .add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref())
        .is_ok()
    {
        // The listener lives as long as the page.
        handler.forget();
    }
}

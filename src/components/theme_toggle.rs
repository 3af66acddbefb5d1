//! Light and dark themes: follow the system until the learner chooses, then remember the choice.

use leptos::prelude::*;

use crate::content::text::ui_shell as t;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::use_app_state;

fn system_is_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Keeps `data-theme` on `<html>` in step with the stored choice.
pub fn apply_theme_effect() {
    let state = use_app_state();
    Effect::new(move |_| {
        let choice = state.theme();
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let _ = match choice.attribute() {
            Some(value) => root.set_attribute("data-theme", value),
            None => root.remove_attribute("data-theme"),
        };
    });
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let state = use_app_state();
    let theme = state.progress.theme();
    let is_dark = Memo::new(move |_| theme.get().is_dark(system_is_dark()));
    let toggle = move |_| {
        let dark = system_is_dark();
        theme.update(|theme| *theme = theme.next(dark));
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || if is_dark.get() { "true" } else { "false" }
            on:click=toggle
        >
            <span aria-hidden="true">{move || if is_dark.get() { "☾" } else { "☀" }}</span>
            // Visually hidden on a phone, where the header keeps to one row (style/layout.css).
            <span class="theme-label">{t::DARK_THEME}</span>
        </button>
    }
}

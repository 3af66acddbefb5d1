//! The document's title for the page on screen: "Lesson title · Social media marketing course".
//!
//! Every page names itself once, when it renders, so the title is all this needs: setting
//! `document.title` directly costs the wasm far less than a head-management library would.

use leptos::prelude::*;

use crate::content::text::ui_shell as t;

/// Sets the document's title to `text` followed by the course's name.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&t::document_title(text));
    }
}

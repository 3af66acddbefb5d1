//! A block of compiled lesson text. Its tables sit in a sideways-scrolling wrapper
//! (`content::compile`) that becomes a named tab stop only while the table is wider than the
//! page, so a keyboard can scroll it then and Tab never stops on a wrapper with nothing to
//! scroll.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::text::ui_shell as t;

/// Marks each table wrapper in `root` as a scrollable region (tab stop, role, name) while it
/// overflows, and unmarks it otherwise.
fn mark_scrollers(root: &web_sys::Element) {
    let Ok(wrappers) = root.query_selector_all(".table-scroll") else {
        return;
    };
    for i in 0..wrappers.length() {
        let Some(el) = wrappers
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if el.scroll_width() > el.client_width() {
            let caption = el
                .query_selector("caption")
                .ok()
                .flatten()
                .and_then(|c| c.text_content())
                .unwrap_or_else(|| t::TABLE.into());
            let _ = el.set_attribute("tabindex", "0");
            let _ = el.set_attribute("role", "region");
            let _ = el.set_attribute("aria-label", &t::table_scrolls(caption));
        } else {
            for name in ["tabindex", "role", "aria-label"] {
                let _ = el.remove_attribute(name);
            }
        }
    }
}

#[component]
pub fn Prose(html: &'static str) -> impl IntoView {
    let div = NodeRef::<html::Div>::new();
    let mark = move || {
        // Run in a frame: the page may have been left meanwhile.
        if let Some(el) = div.try_get_untracked().flatten() {
            mark_scrollers(&el);
        }
    };
    Effect::new(move |_| {
        if div.get().is_some() {
            request_animation_frame(mark);
        }
    });
    // The page's width changes with the window and with zoom, both of which fire `resize`.
    let resize = window_event_listener(leptos::ev::resize, move |_| mark());
    on_cleanup(move || resize.remove());
    view! { <div class="prose" inner_html=html node_ref=div></div> }
}

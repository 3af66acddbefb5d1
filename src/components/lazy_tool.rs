//! A tool on a page — embedded in a lesson or on its own tool page — made live only when it
//! comes near the screen and its code is in.
//!
//! On a prerendered page the first render of the app is one long task on a slow phone; a lesson's
//! tool is often most of it, and usually below the fold. So while the learner reads, the tool's
//! prerendered copy stands in (visible, `inert`, so neither clicks nor screen readers reach a
//! copy that would not answer), and the live tool replaces it in a task of its own once it is
//! within a screen of the viewport. Everywhere else (a page reached inside the app, a browser
//! without IntersectionObserver) the tool is live at once.
//!
//! In a release build the tools' code is a wasm chunk of its own (`components/tool.rs`), fetched
//! when the first tool comes near: the stand-in stays until it has arrived (or "Loading the
//! tool…" when there is no copy), and a chunk that cannot be fetched shows `ui_shell::TOOL_FAILED`.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::contracts::TOOL_ATTRIBUTE;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::tool::{load_failed_view, load_tool_code, tool_view};
use crate::content::text::ui_shell as t;
use crate::content::Widget;
use crate::lazy_code::LazyCode;
use crate::prerendered::take_copy;

/// How near the viewport the stand-in has to come before the tool goes live.
const NEAR: &str = "100% 0px";

#[component]
pub fn LazyTool(widget: Widget) -> impl IntoView {
    let copy = take_copy(TOOL_ATTRIBUTE, widget.slug());
    let has_copy = copy.is_some();
    let code = RwSignal::new(LazyCode::Loading);
    let standin = NodeRef::<Div>::new();
    if let Some(copy) = copy {
        standin.on_load(move |holder| {
            while let Some(child) = copy.first_child() {
                let _ = holder.append_child(&child);
            }
            let _ = holder.set_attribute("inert", "");
            // The stand-in itself has no box (`display: contents`), so its slot is watched: its
            // parent, once it is in the page (not yet when the stand-in is built inside a
            // lesson's text that arrives after the takeover). An element with no box never
            // comes near, so without a slot the tool goes live at once.
            request_animation_frame(move || {
                let watched = holder
                    .parent_element()
                    .is_some_and(|slot| when_near(&slot, move || load_tool_code(code)).is_ok());
                if !watched {
                    load_tool_code(code);
                }
            });
        });
    } else {
        load_tool_code(code);
    }
    // Re-renders only when the state changes, so the stand-in is built (and filled) once.
    let shown = Memo::new(move |_| code.get());
    view! {
        // `data-loading` (until live or failed): scripts/prerender.mjs and the browser tests wait
        // for the tools near the screen to be live.
        <div
            class="tool-slot"
            data-loading=move || (shown.get() == LazyCode::Loading).then_some("")
            aria-busy=move || (shown.get() == LazyCode::Loading).then_some("true")
            {..custom_attribute(TOOL_ATTRIBUTE, widget.slug())}
        >
            {move || match shown.get() {
                LazyCode::Ready => tool_view(widget),
                LazyCode::Failed => load_failed_view(),
                LazyCode::Loading if has_copy => {
                    view! { <div class="tool-standin" node_ref=standin></div> }.into_any()
                }
                LazyCode::Loading => {
                    view! { <p class="tool-loading">{t::LOADING_TOOL}</p> }.into_any()
                }
            }}
        </div>
    }
}

/// Calls `f` once `element` comes within `NEAR` of the viewport.
fn when_near(element: &web_sys::Element, f: impl FnOnce() + 'static) -> Result<(), JsValue> {
    let mut f = Some(f);
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                observer.disconnect();
                if let Some(f) = f.take() {
                    f();
                }
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin(NEAR);
    let observer =
        web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)?;
    // The observer holds the callback until it fires; one per embedded tool, so it is leaked.
    callback.forget();
    observer.observe(element);
    Ok(())
}

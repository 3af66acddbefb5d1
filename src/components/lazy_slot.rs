//! A part of a page whose code is a lazy chunk — a tool, a quiz — made live only when it comes
//! near the screen and its code is in. `components/tool.rs` (`LazyTool`) and
//! `components/lazy_quiz.rs` (`LazyQuiz`) are its two uses.
//!
//! On a prerendered page the first render of the app is one long task on a slow phone; a lesson's
//! tool or quiz is often most of it, and usually below the fold. So while the learner reads, the
//! part's prerendered copy stands in (visible, `inert`, so neither clicks nor screen readers reach
//! a copy that would not answer), and the live part replaces it in a task of its own once it is
//! within a screen of the viewport. Everywhere else (a page reached inside the app, a browser
//! without IntersectionObserver) its code is asked for at once.
//!
//! In a release build the code is a wasm chunk (`lazy_code`), fetched when the first such part
//! comes near: the stand-in stays until it has arrived (or a "Loading…" line when there is no
//! copy), and a chunk that cannot be fetched shows the part's own message in an alert.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::lazy_code::LazyCode;
use crate::prerendered::take_copy;

/// How near the viewport the stand-in has to come before the part goes live.
const NEAR: &str = "100% 0px";

#[component]
pub fn LazySlot<F>(
    /// Marks the slot (`attribute="key"`), so its prerendered copy can be found.
    attribute: &'static str,
    key: &'static str,
    class: &'static str,
    /// Whether the prerendered copy may stand in: not when the part shows the learner's own
    /// progress, which the copy (prerendered with none) would misstate.
    #[prop(default = true)]
    use_copy: bool,
    /// Starts fetching the code; sets the state to `Ready` or `Failed` (`lazy_code::load`).
    load: fn(RwSignal<LazyCode>),
    /// The live part, once the code is `Ready`; `None` if the code is missing after all.
    live: F,
    loading: &'static str,
    failed: &'static str,
) -> impl IntoView
where
    F: Fn() -> Option<AnyView> + Send + Sync + 'static,
{
    let copy = use_copy.then(|| take_copy(attribute, key)).flatten();
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
            // comes near, so without a slot the part goes live at once.
            request_animation_frame(move || {
                let watched = holder
                    .parent_element()
                    .is_some_and(|slot| when_near(&slot, move || load(code)).is_ok());
                if !watched {
                    load(code);
                }
            });
        });
    } else {
        load(code);
    }
    let failed_view = move || view! { <p class="tool-error" role="alert">{failed}</p> }.into_any();
    // Re-renders only when the state changes, so the stand-in is built (and filled) once.
    let shown = Memo::new(move |_| code.get());
    view! {
        // `data-loading` (until live or failed): scripts/prerender.mjs and the browser tests wait
        // for the parts near the screen to be live.
        <div
            class=class
            data-loading=move || (shown.get() == LazyCode::Loading).then_some("")
            aria-busy=move || (shown.get() == LazyCode::Loading).then_some("true")
            {..custom_attribute(attribute, key)}
        >
            {move || match shown.get() {
                LazyCode::Ready => live().unwrap_or_else(failed_view),
                LazyCode::Failed => failed_view(),
                LazyCode::Loading if has_copy => {
                    view! { <div class="slot-standin" node_ref=standin></div> }.into_any()
                }
                LazyCode::Loading => view! { <p class="slot-loading">{loading}</p> }.into_any(),
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
    // The observer holds the callback until it fires; one per lazy part, so it is leaked.
    callback.forget();
    observer.observe(element);
    Ok(())
}

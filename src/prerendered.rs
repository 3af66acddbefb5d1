//! The page `scripts/prerender.mjs` wrote at build time, and how the app takes it over.
//!
//! A prerendered page is the app's own rendering for a first-time visitor, so its text paints as
//! soon as the HTML arrives; the start-up script loads the wasm only once that text has painted
//! (`scripts/post-build.mjs`). The app then takes the page over in short tasks, because one
//! task for the whole first render was most of Lighthouse's total blocking time on a slow phone
//! (`app::start` gives the app's state a task of its own before this):
//!
//! 1. the app's shell (its header) renders into an element that is not in the document, with
//!    everything else held back (`page_held`);
//! 2. in the next task the page, notices and footer render there too, and the live nodes replace
//!    the prerendered ones in one step (same content, so nothing moves).
//!
//! Until then the prerendered copy stays on screen. `<html data-app="ready">` marks the end, for
//! tests and tools, because a prerendered page looks live before it is.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

use crate::contracts::{
    APP_ATTRIBUTE, APP_READY, COURSE_TEXT_ATTRIBUTE, PRERENDERED_ATTRIBUTE as PRERENDERED,
    QUIZ_ATTRIBUTE, TOOL_ATTRIBUTE,
};
use crate::domain::decimal::parse_decimal;

thread_local! {
    /// The prerendered page, still on screen, while the app's first render runs: a tool or a
    /// lesson's text can take a copy of its own part of it (`take_copy`).
    static COPY: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    /// A lesson's prerendered text while the live text replaces it, after the takeover
    /// (`with_late_copy`): its tools can be taken from it as from the page.
    static LATE_COPY: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    /// True while the app's header is live but the rest is not rendered yet (step 1 above).
    static PAGE_HELD: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Whether the page is held back for the next task; the app renders only its header while it is.
pub fn page_held() -> ArcRwSignal<bool> {
    PAGE_HELD.with(Clone::clone)
}

/// Renders the app with `mount` (given the element to mount into) and takes over the prerendered
/// page if there is one.
pub fn take_over(mount: impl FnOnce(web_sys::HtmlElement)) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if !body.has_attribute(PRERENDERED) {
        mount(body);
        mark_ready(&document);
        return;
    }
    let Some(holder) = document
        .create_element("div")
        .ok()
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        mount(body);
        mark_ready(&document);
        return;
    };
    COPY.set(Some(body.clone().into()));
    page_held().set(true);
    mount(holder.clone());
    set_timeout(
        move || {
            page_held().set(false);
            // The page renders in the reactive system's next turn, still inside this task; the
            // swap waits for it, so the live page is in the document before the next frame.
            leptos::task::spawn_local(async move {
                leptos::task::tick().await;
                leptos::task::tick().await;
                let focus = carry_over(&body, &holder);
                replace_children(&body, &holder);
                if let Some(element) = focus {
                    let _ = element.focus();
                }
                let _ = body.remove_attribute(PRERENDERED);
                COPY.set(None);
                mark_ready(&document);
            });
        },
        Duration::ZERO,
    );
}

/// What the learner did on the prerendered page while the app was starting, made true of the
/// live page before it replaces the copy, so the swap undoes nothing (`Interaction`); the
/// control that had focus is returned, to be focused once the live page is in the document.
fn carry_over(
    copy: &web_sys::HtmlElement,
    live: &web_sys::HtmlElement,
) -> Option<web_sys::HtmlElement> {
    Interaction::note(copy).replay(live)
}

/// What the learner did in a part of a page that is about to be replaced by the same rendering
/// (the prerendered page by the live one; a lesson's prerendered text by the live text): which
/// folds (`<details>`) are open and which control has focus — and the room each tool's card in
/// the lesson text took. The two are the same rendering, so their elements match by order; if
/// the counts differ nothing is carried over rather than the wrong thing. What is inside a tool
/// is left out: on one side it may be the tool's copy, on the other "Loading the tool…", and a
/// copy is inert anyway.
pub struct Interaction {
    folds: Vec<bool>,
    /// The focused control's place among the focusable elements, and their number.
    focus: Option<(usize, usize)>,
    /// The content height of each tool's card in the text (`tool_cards`), in hundredths of a CSS
    /// pixel: exact enough that nothing moves by a rounding, and an integer, because formatting
    /// an `f64` would bring float formatting into the main wasm (6.8 KB brotli).
    cards: Vec<i64>,
}

const FOCUSABLE: &str = "a[href],button,input,select,textarea,summary,[tabindex]";

/// The tools' cards in a lesson's text, on the page or in the copy standing in for it: below the
/// screen they skip layout and take a stand-in height (`style/layout.css`), or the height they
/// had when last laid out. A new element has no such memory, so a card that replaces another is
/// given the height the old one took (`Interaction::replay`): otherwise everything below it —
/// the lesson's Next link, the spot a learner is about to tap — would move as the app takes the
/// page over and again when the text arrives.
fn tool_cards() -> String {
    let text = format!("[{COURSE_TEXT_ATTRIBUTE}]");
    format!("{text} > .widget-card, {text} > .text-standin > .widget-card")
}

/// The elements under `root` that `selector` matches, in document order.
pub fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The elements `selector` matches under `root`, leaving out those inside a tool's or a quiz's
/// slot (`components/lazy_slot.rs`): a stand-in copy there is not the live part.
fn outside_lazy_parts(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let slot = format!("[{TOOL_ATTRIBUTE}],[{QUIZ_ATTRIBUTE}]");
    elements(root, selector)
        .into_iter()
        .filter(|e| e.closest(&slot).ok().flatten().is_none())
        .collect()
}

impl Interaction {
    pub fn note(root: &web_sys::Element) -> Interaction {
        let folds = outside_lazy_parts(root, "details")
            .iter()
            .map(|fold| fold.has_attribute("open"))
            .collect();
        let focus = (|| {
            let focused = root.owner_document()?.active_element()?;
            if !root.contains(Some(&focused)) || focused.is_same_node(Some(root)) {
                return None;
            }
            let focusable = outside_lazy_parts(root, FOCUSABLE);
            let index = focusable
                .iter()
                .position(|e| e.is_same_node(Some(&focused)))?;
            Some((index, focusable.len()))
        })();
        let cards = outside_lazy_parts(root, &tool_cards())
            .iter()
            .map(content_height)
            .collect();
        Interaction {
            folds,
            focus,
            cards,
        }
    }

    /// Makes the folds of `root` open as they were; the element to focus, if one had focus.
    pub fn replay(&self, root: &web_sys::Element) -> Option<web_sys::HtmlElement> {
        let folds = outside_lazy_parts(root, "details");
        if folds.len() == self.folds.len() {
            for (now, &open) in folds.iter().zip(&self.folds) {
                if open != now.has_attribute("open") {
                    let _ = if open {
                        now.set_attribute("open", "")
                    } else {
                        now.remove_attribute("open")
                    };
                }
            }
        }
        let cards = outside_lazy_parts(root, &tool_cards());
        if cards.len() == self.cards.len() {
            for (card, height) in cards.iter().zip(&self.cards) {
                if let Some(card) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(card) {
                    let _ = card.style().set_property(
                        "contain-intrinsic-size",
                        &format!("auto {}.{:02}px", height / 100, height % 100),
                    );
                }
            }
        }
        let (index, count) = self.focus?;
        let focusable = outside_lazy_parts(root, FOCUSABLE);
        if focusable.len() != count {
            return None;
        }
        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(focusable.get(index)?.clone()).ok()
    }
}

/// The height of `element`'s content box in hundredths of a pixel: its rendered height less
/// padding and borders, which a stand-in height (`contain-intrinsic-size`) does not include.
fn content_height(element: &web_sys::Element) -> i64 {
    let style = web_sys::window().and_then(|w| w.get_computed_style(element).ok().flatten());
    let px = |property: &str| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(property).ok())
            .and_then(|value| parse_decimal(value.trim_end_matches("px")))
            .unwrap_or(0.0)
    };
    let edges = px("padding-top")
        + px("padding-bottom")
        + px("border-top-width")
        + px("border-bottom-width");
    let height = element.get_bounding_client_rect().height() - edges;
    (height.max(0.0) * 100.0).round() as i64
}

/// Moves every child of `from` into `to`, after removing `to`'s own.
fn replace_children(to: &web_sys::HtmlElement, from: &web_sys::HtmlElement) {
    while let Some(child) = to.first_child() {
        let _ = to.remove_child(&child);
    }
    while let Some(child) = from.first_child() {
        if to.append_child(&child).is_err() {
            break;
        }
    }
}

fn mark_ready(document: &web_sys::Document) {
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute(APP_ATTRIBUTE, APP_READY);
    }
}

/// A copy of the prerendered rendering of the element marked `attribute="value"` (a tool's
/// slot, a lesson's text), during the app's first render of a prerendered page; `None`
/// otherwise. The original stays on screen until the live page replaces it.
pub fn take_copy(attribute: &str, value: &str) -> Option<web_sys::Element> {
    let selector = format!("[{attribute}=\"{value}\"]");
    let find = |copy: &Option<web_sys::Element>| {
        let found = copy.as_ref()?.query_selector(&selector).ok()??;
        let clone = found.clone_node_with_deep(true).ok()?;
        wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(clone).ok()
    };
    COPY.with_borrow(find)
        .or_else(|| LATE_COPY.with_borrow(find))
}

/// Runs `render` with `copy` — prerendered text that the live text is replacing after the
/// takeover (`components/course_text.rs`) — as a place `take_copy` looks, so the tools in it
/// stand in for themselves until they come near, as they do on the page.
pub fn with_late_copy<T>(copy: web_sys::Element, render: impl FnOnce() -> T) -> T {
    LATE_COPY.set(Some(copy));
    let rendered = render();
    LATE_COPY.set(None);
    rendered
}

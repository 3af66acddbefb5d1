//! The page `scripts/prerender.mjs` wrote at build time, and how the app takes it over.
//!
//! A prerendered page is the app's own rendering for a first-time visitor, so its text paints as
//! soon as the HTML arrives; the start-up script loads the wasm only once that text has painted
//! (`scripts/post-build.mjs`). The app then removes the copy and renders the live page in the
//! same task (same content, so nothing moves), and marks `<html data-app="ready">` for tests and
//! tools, because a prerendered page looks live before it is.

use std::cell::RefCell;

/// The attribute the prerender script puts on `<body>`.
const PRERENDERED: &str = "data-prerendered";

thread_local! {
    /// The prerendered page, detached, while the app's first render runs: a tool can take its
    /// own part of it (`take_tool_copy`).
    static COPY: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Renders the app with `mount`, first removing the prerendered copy of the page if there is one.
pub fn take_over(mount: impl FnOnce()) {
    let document = web_sys::window().and_then(|w| w.document());
    let body = document.as_ref().and_then(|d| d.body());
    if let (Some(body), Some(document)) = (body.filter(|b| b.has_attribute(PRERENDERED)), &document)
    {
        COPY.set(detach_children(&body, document));
        let _ = body.remove_attribute(PRERENDERED);
    }
    mount();
    COPY.set(None);
    if let Some(root) = document.and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// Moves every child of `body` into a new element that is not in the document.
fn detach_children(
    body: &web_sys::HtmlElement,
    document: &web_sys::Document,
) -> Option<web_sys::Element> {
    let holder = document.create_element("div").ok()?;
    while let Some(child) = body.first_child() {
        holder.append_child(&child).ok()?;
    }
    Some(holder)
}

/// The prerendered rendering of the tool `slug` (the element marked `data-tool="slug"`), during
/// the app's first render of a prerendered page; `None` otherwise. Each copy is given out once.
pub fn take_tool_copy(slug: &str) -> Option<web_sys::Element> {
    COPY.with_borrow(|copy| {
        let found = copy
            .as_ref()?
            .query_selector(&format!("[data-tool=\"{slug}\"]"))
            .ok()??;
        found.remove();
        Some(found)
    })
}

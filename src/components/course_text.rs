//! The lessons' text — every lesson's blocks: prose, embedded tools and quizzes — and the split
//! point that keeps it off the critical path.
//!
//! In a split build (`lazy_code`) the text (`content::LESSON_BLOCKS`, about a fifth of the app)
//! is a wasm chunk of its own, fetched once the app has started and then served by the service
//! worker's cache. Only `all_blocks` may name `LESSON_BLOCKS`: anything else that did would pull
//! the text back into the main wasm (the size report checks it is not there).
//!
//! Use `<CourseText>` where a page shows lesson text. On the app's first render of a prerendered
//! page it shows the prerendered copy of that part of the page until the text is in, so the
//! learner reads on undisturbed; elsewhere "Loading…", for the moment the chunk takes.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::content::text::ui_shell as t;
use crate::content::Block;
use crate::contracts::{COURSE_TEXT_ATTRIBUTE, QUIZ_ATTRIBUTE, TOOL_ATTRIBUTE};
use crate::domain::search::CourseBlocks;
use crate::lazy_code::{when_loaded, LazyCode};
use crate::prerendered::{elements, take_copy, with_late_copy, Interaction};

/// Every lesson's blocks, in `LESSONS` order. The split point: in a split build its body and
/// the static text it returns live in the chunk `smm_text`.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        smm_text,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(load_text)
    )
)]
fn all_blocks() -> Result<CourseBlocks, leptos::wasm_split::SplitLoaderError> {
    Ok(crate::content::LESSON_BLOCKS)
}

thread_local! {
    /// Whether the text is in. One for the app: the chunk is fetched once.
    static STATE: RefCell<Option<ArcRwSignal<LazyCode>>> = const { RefCell::new(None) };
}

fn state() -> ArcRwSignal<LazyCode> {
    STATE.with_borrow_mut(|state| {
        state
            .get_or_insert_with(|| {
                ArcRwSignal::new(if cfg!(feature = "split") {
                    LazyCode::Loading
                } else {
                    LazyCode::Ready
                })
            })
            .clone()
    })
}

/// Starts fetching the text if it is not in yet (and again after a failure). Cheap to call.
pub fn load_course_text() {
    // Without splitting the text is always in.
    #[cfg(feature = "split")]
    {
        let state = state();
        if state.get_untracked() != LazyCode::Ready {
            crate::lazy_code::load(state, load_text);
        }
    }
}

/// Whether the text is in, `Loading` or `Failed` (tracked).
pub fn text_state() -> LazyCode {
    state().get()
}

/// The text, once it is in (untracked).
pub fn course_text() -> Option<CourseBlocks> {
    if state().get_untracked() != LazyCode::Ready {
        return None;
    }
    when_loaded!(all_blocks())
}

/// `render(text)` once the text is in, inside `<div class=class data-course-text=part>`.
/// Until then the prerendered copy of the same element (its tools inert: they are copies), or
/// "Loading…"; `ui_shell::TEXT_FAILED` if the text cannot be fetched (below the copy, if there is
/// one): never a panic, never a dead page.
#[component]
pub fn CourseText<F, V>(
    /// Names this part of the page, so its prerendered copy can be found.
    part: &'static str,
    class: &'static str,
    render: F,
) -> impl IntoView
where
    F: Fn(CourseBlocks) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    load_course_text();
    // The copy is needed only while the text is not in.
    let copy = course_text()
        .is_none()
        .then(|| take_copy(COURSE_TEXT_ATTRIBUTE, part))
        .flatten();
    let has_copy = copy.is_some();
    let container = NodeRef::<leptos::html::Div>::new();
    let standin = NodeRef::<leptos::html::Div>::new();
    if let Some(copy) = copy {
        standin.on_load(move |holder| {
            while let Some(child) = copy.first_child() {
                let _ = holder.append_child(&child);
            }
            for part in elements(&holder, &format!("[{TOOL_ATTRIBUTE}],[{QUIZ_ATTRIBUTE}]")) {
                let _ = part.set_attribute("inert", "");
            }
        });
    }
    let shown = Memo::new(move |_| text_state());
    view! {
        <div
            class=class
            node_ref=container
            data-loading=move || (shown.get() == LazyCode::Loading).then_some("")
            aria-busy=move || (shown.get() == LazyCode::Loading).then_some("true")
            {..custom_attribute(COURSE_TEXT_ATTRIBUTE, part)}
        >
            // Rendered once, so it stays through a failed fetch and a retry; emptied by hand
            // when the live text takes its place.
            {has_copy.then(|| view! { <div class="text-standin" node_ref=standin></div> })}
            {move || match (shown.get(), course_text()) {
                (LazyCode::Ready, Some(text)) => Some(match standin.get_untracked() {
                    Some(holder) => match give_way(&holder, container) {
                        Some(copy) => with_late_copy(copy, || render(text).into_any()),
                        None => render(text).into_any(),
                    },
                    None => render(text).into_any(),
                }),
                (LazyCode::Loading, _) if has_copy => None,
                (LazyCode::Loading, _) => {
                    Some(view! { <p class="text-loading">{t::LOADING}</p> }.into_any())
                }
                _ => Some(
                    view! { <p class="tool-error" role="alert">{t::TEXT_FAILED}</p> }.into_any(),
                ),
            }}
        </div>
    }
}

/// The copy in `holder` gives way to the live text about to render in `container`: what the
/// learner did in it (an opened fold, focus) is made true of the live text once it is in. The
/// copy is returned, out of the page, for the live text's tools to stand in with.
fn give_way(
    holder: &web_sys::HtmlDivElement,
    container: NodeRef<leptos::html::Div>,
) -> Option<web_sys::Element> {
    let noted = Interaction::note(holder);
    let copy = holder
        .owner_document()
        .and_then(|d| d.create_element("div").ok());
    while let Some(child) = holder.first_child() {
        let moved = copy
            .as_ref()
            .is_some_and(|c| c.append_child(&child).is_ok());
        if !moved {
            let _ = holder.remove_child(&child);
        }
    }
    queue_microtask(move || {
        // The page may have been left before the microtask.
        let focus = container
            .try_get_untracked()
            .flatten()
            .and_then(|root| noted.replay(&root));
        if let Some(element) = focus {
            let _ = element.focus();
        }
    });
    copy
}

/// The blocks of the lesson at `index` in `LESSONS`.
pub fn blocks_of(text: CourseBlocks, index: usize) -> &'static [Block] {
    text.get(index).copied().unwrap_or(&[])
}

use crate::components::page_title::PageTitle;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::app::{href, href_at};
use crate::components::course_text::{course_text, load_course_text, text_state};
use crate::content::text::ui_shell as t;
use crate::domain::locale::is_singular;
use crate::domain::query;
use crate::domain::route::Route;
use crate::domain::search::{search, sections, CourseBlocks, Hit, Marked};
use crate::domain::wording::thousands;
use crate::lazy_code::{loader, when_loaded, LazyCode};
use crate::url_state::use_query_writer;

/// How long typing has to pause before the count read out and the address follow (the results
/// themselves follow each keystroke, so the arrow keys reach them at once).
const SETTLE: std::time::Duration = std::time::Duration::from_millis(250);

/// The sections of `blocks` that hold every word of `query`, best first
/// (`domain::search::search`). The split point: in a split build the search code (the index,
/// the ranking, the snippets) is a chunk of its own, `smm_search`, that only this page fetches,
/// so no other page — a lesson least of all — downloads or compiles it.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        smm_search,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(load_search)
    )
)]
fn search_lessons(
    blocks: CourseBlocks,
    query: &str,
) -> Result<Vec<Hit>, leptos::wasm_split::SplitLoaderError> {
    Ok(search(sections(blocks), query))
}

/// Whether searching can start: the text and the search code both in, or which is not.
fn both(text: LazyCode, code: LazyCode) -> LazyCode {
    match (text, code) {
        (LazyCode::Ready, LazyCode::Ready) => LazyCode::Ready,
        (LazyCode::Failed, _) | (_, LazyCode::Failed) => LazyCode::Failed,
        _ => LazyCode::Loading,
    }
}

/// Moves focus among the search box and the result links with the arrow keys.
fn move_focus(ev: &KeyboardEvent, step: i32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(links) = document.query_selector_all("#search-input, .search-results a") else {
        return;
    };
    let active = document.active_element();
    let count = links.length() as i32;
    let current = (0..count).find(|i| {
        links
            .item(*i as u32)
            .zip(active.as_ref())
            .is_some_and(|(node, el)| node.is_same_node(Some(el)))
    });
    let Some(current) = current else { return };
    let target = (current + step).clamp(0, count - 1);
    if let Some(el) = links
        .item(target as u32)
        .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
    {
        ev.prevent_default();
        let _ = el.focus();
    }
}

/// Text with its matching words in `<mark>`.
fn marked(runs: Marked) -> impl IntoView {
    runs.into_iter()
        .map(|(text, hit)| {
            if hit {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}

/// "3 results".
fn results(n: usize) -> String {
    let count = thousands(n as u32);
    if is_singular(n as u64) {
        t::results_one(count)
    } else {
        t::results_other(count)
    }
}

/// The advice when nothing matches, cut where its two links go: the text before the first link,
/// between them, and after the second.
fn nothing_found() -> [String; 3] {
    const LESSONS: &str = "\u{1}";
    const GLOSSARY: &str = "\u{2}";
    let sentence = t::search_none(LESSONS, GLOSSARY);
    let (before, rest) = sentence.split_once(LESSONS).unwrap_or((&sentence, ""));
    let (between, after) = rest.split_once(GLOSSARY).unwrap_or((rest, ""));
    [before.to_string(), between.to_string(), after.to_string()]
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let url_query = Memo::new(move |_| use_query_map().with(|q| q.get("q")).unwrap_or_default());
    let initial = url_query.get_untracked();
    // What is in the box, and the query once typing pauses: the address (replaced, not pushed, so
    // Back from a result shows this search) and the count read out follow that one.
    let typed = RwSignal::new(initial.clone());
    let settled = RwSignal::new(initial);
    let address = use_query_writer(SETTLE);
    let on_input = move |ev| {
        typed.set(event_target_value(&ev));
        address.write_later(move || {
            let q = typed.try_get_untracked()?;
            settled.set(q.clone());
            let q = q.trim();
            Some(if q.is_empty() {
                String::new()
            } else {
                format!("q={}", query::encode(q))
            })
        });
    };
    // The address changed by other means (the menu's Search link while a search is shown).
    Effect::new(move |_| {
        let q = url_query.get();
        if settled.get_untracked().trim() != q.trim() {
            typed.set(q.clone());
            settled.set(q);
        }
    });
    // The lessons' text and the search code may still be on their way (a split build's chunks):
    // no results until both are in, and the count says why. The search code's own preload is
    // awaited even when its chunk is in: a split point's first call waits for it otherwise, and
    // `when_loaded!` would find nothing.
    load_course_text();
    let code = RwSignal::new(LazyCode::Loading);
    (loader!(load_search))(code);
    let searchable = Memo::new(move |_| both(text_state(), code.get()));
    let hits = Memo::new(move |_| {
        if searchable.get() != LazyCode::Ready {
            return Vec::new();
        }
        course_text()
            .and_then(|blocks| typed.with(|q| when_loaded!(search_lessons(blocks, q))))
            .unwrap_or_default()
    });
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => move_focus(&ev, 1),
        "ArrowUp" => move_focus(&ev, -1),
        _ => {}
    };
    // What the count line reads out: whether searching can start, the count and the query,
    // taken when typing pauses, so a screen reader hears one count, not one a keystroke. One
    // memo that the line and "nothing found" read alone: when the line read both the text's
    // state and a memo derived from it, a search opened from its address with the text failing
    // to load said "Loading the lessons…" for good (seemingly the change was spent on the
    // derived memo, which came out the same, and the line was not run again).
    let summary = Memo::new(move |_| {
        let code = searchable.get();
        let query = settled.get();
        (code, hits.with_untracked(Vec::len), query)
    });
    let nothing = move || {
        summary.with(|(code, n, q)| *code == LazyCode::Ready && *n == 0 && !q.trim().is_empty())
    };
    let none = nothing_found();
    view! {
        <PageTitle text=t::SEARCH_TITLE />
        <div class="page narrow" on:keydown=on_key>
            <h1>{t::SEARCH_HEADING}</h1>
            <form role="search" class="search-form" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">{t::SEARCH_LABEL}</label>
                // Focused when the page is opened from the menu (`focus_new_page` in app.rs).
                <input
                    id="search-input"
                    type="search"
                    autocomplete="off"
                    data-autofocus=""
                    aria-describedby="search-help search-count"
                    prop:value=move || typed.get()
                    on:input=on_input
                />
                <p id="search-help" class="hint">{t::SEARCH_HELP}</p>
            </form>
            <p id="search-count" role="status" class="meta">
                {move || {
                    summary.with(|(code, n, q)| {
                        if q.trim().is_empty() {
                            String::new()
                        } else if *code == LazyCode::Loading {
                            t::LOADING_LESSONS.to_string()
                        } else if *code == LazyCode::Failed {
                            t::SEARCH_FAILED.to_string()
                        } else if *n == 0 {
                            t::not_covered(q.trim())
                        } else {
                            results(*n)
                        }
                    })
                }}
            </p>
            <Show when=nothing>
                <p class="search-none">
                    {none[0].clone()}
                    <a href=href_at(&Route::Home, "parts-title")>{t::LESSONS_LIST}</a>
                    {none[1].clone()}
                    <a href=href(&Route::Glossary)>{t::THE_GLOSSARY}</a>
                    {none[2].clone()}
                </p>
            </Show>
            <ol class="search-results">
                {move || hits.get().into_iter().map(|hit| {
                    let target = href_at(&Route::lesson(hit.lesson.slug), hit.anchor);
                    let opening = hit.anchor.is_empty();
                    view! {
                        <li>
                            <a href=target>
                                {if opening {
                                    view! { <span class="result-title">{marked(hit.heading)}</span> }.into_any()
                                } else {
                                    view! {
                                        <span class="result-title">{hit.lesson.title}</span>
                                        <span class="result-heading">" › " {marked(hit.heading)}</span>
                                    }.into_any()
                                }}
                            </a>
                            <p class="result-snippet">{marked(hit.snippet)}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </div>
    }
}

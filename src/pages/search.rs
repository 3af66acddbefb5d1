use crate::components::page_title::PageTitle;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::app::href_at;
use crate::domain::route::Route;
use crate::domain::search::{search, sections};

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

#[component]
pub fn SearchPage() -> impl IntoView {
    let initial = use_query_map()
        .with_untracked(|q| q.get("q"))
        .unwrap_or_default();
    let query = RwSignal::new(initial);
    let hits = Memo::new(move |_| query.with(|q| search(sections(), q)));
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => move_focus(&ev, 1),
        "ArrowUp" => move_focus(&ev, -1),
        _ => {}
    };
    view! {
        <PageTitle text="Search" />
        <div class="page narrow" on:keydown=on_key>
            <h1>"Search the course"</h1>
            <form role="search" class="search-form" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">"Search lessons"</label>
                <input
                    id="search-input"
                    type="search"
                    autocomplete="off"
                    aria-describedby="search-help search-count"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <p id="search-help" class="hint">"Results appear as you type. Use the arrow keys to move through them."</p>
            </form>
            <p id="search-count" role="status" class="meta">
                {move || {
                    let n = hits.with(Vec::len);
                    if query.with(|q| q.trim().is_empty()) {
                        String::new()
                    } else if n == 0 {
                        "No lessons match. Try another word.".to_string()
                    } else {
                        format!("{n} result{}", if n == 1 { "" } else { "s" })
                    }
                }}
            </p>
            <ol class="search-results">
                {move || hits.get().into_iter().map(|hit| {
                    let target = href_at(&Route::lesson(hit.lesson.slug), hit.anchor);
                    let same = hit.heading == hit.lesson.title;
                    view! {
                        <li>
                            <a href=target>
                                <span class="result-title">{hit.lesson.title}</span>
                                {(!same).then(|| view! { <span class="result-heading">{format!(" › {}", hit.heading)}</span> })}
                            </a>
                            <p class="result-snippet">{hit.snippet}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </div>
    }
}

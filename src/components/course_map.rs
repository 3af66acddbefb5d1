//! The home page's picture of the course: the parts in order along a path, each with a ring
//! showing how much of it is complete and a link to its next lesson.
//!
//! The rings are inline SVG, hidden from screen readers: the words beside each ring ("2 of 5
//! lessons complete", "Next: …") say the same. Every row has a fixed height (the next lesson's
//! title is cut to one line), so the prerendered copy, made for a first visit, and the learner's
//! own progress take the same space: nothing moves when the app takes over.

use leptos::prelude::*;

use crate::app::href;
use crate::content::text::ui_shell as t;
use crate::content::{self, Part, PARTS};
use crate::domain::locale::is_singular;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::wording::thousands;
use crate::state::use_app_state;

#[component]
pub fn CourseMap() -> impl IntoView {
    let state = use_app_state();
    let completed = state.progress.completed();
    // The first part with a lesson left is where the learner is.
    let current = Memo::new(move |_| {
        completed.with(|done| {
            PARTS
                .iter()
                .position(|p| content::lessons_in(p.id).any(|l| !done.contains(l.slug)))
        })
    });
    view! {
        <section class="course-map" aria-labelledby="course-map-title">
            <h2 id="course-map-title">{t::COURSE_MAP_HEADING}</h2>
            <ol class="map-parts">
                {PARTS
                    .iter()
                    .enumerate()
                    .map(|(i, part)| view! { <MapPart part=part number=i + 1 current=Signal::derive(move || current.get() == Some(i)) /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn MapPart(part: &'static Part, number: usize, current: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    let completed = state.progress.completed();
    let total = content::lessons_in(part.id).count();
    let done = Memo::new(move |_| {
        completed.with(|c| {
            content::lessons_in(part.id)
                .filter(|l| c.contains(l.slug))
                .count()
        })
    });
    let next = Memo::new(move |_| {
        completed.with(|c| {
            content::lessons_in(part.id)
                .find(|l| !c.contains(l.slug))
                .map(|l| l.slug)
        })
    });
    // Share of the ring drawn, out of 100 (the circle's `pathLength`).
    let share = move || (done.get() * 100).checked_div(total).unwrap_or(0);
    let first = content::lessons_in(part.id).next();
    view! {
        <li class="map-part" class:map-current=move || current.get() class:map-done=move || done.get() == total>
            <svg class="map-ring" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
                <circle class="ring-track" cx="24" cy="24" r="20" />
                <circle
                    class="ring-done"
                    cx="24"
                    cy="24"
                    r="20"
                    pathLength="100"
                    stroke-dasharray=move || format!("{} 100", share())
                    transform="rotate(-90 24 24)"
                />
                <text x="24" y="29.5" text-anchor="middle">{number}</text>
            </svg>
            <div class="map-text">
                <p class="map-title">
                    {match first {
                        Some(l) => view! { <a href=href(&Route::lesson(l.slug))>{part.title}</a> }.into_any(),
                        None => view! { <span>{part.title}</span> }.into_any(),
                    }}
                </p>
                <p class="map-meta">
                    {move || map_done(done.get(), total)}
                    {move || current.get().then(|| format!(" · {}", t::YOU_ARE_HERE))}
                </p>
                <p class="map-next">
                    {move || match next.get().and_then(content::lesson) {
                        Some(l) => view! {
                            {t::MAP_NEXT} <a href=href(&Route::lesson(l.slug))>{l.title}</a>
                        }
                        .into_any(),
                        None => t::PART_COMPLETE.into_any(),
                    }}
                </p>
            </div>
        </li>
    }
}

/// "2 of 5 lessons complete": singular or plural as the part's number of lessons asks.
fn map_done(done: usize, total: usize) -> String {
    let (d, n) = (thousands(done as u32), thousands(total as u32));
    if is_singular(total as u64) {
        t::map_done_one(d, n)
    } else {
        t::map_done_other(d, n)
    }
}

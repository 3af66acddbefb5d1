use crate::components::page_title::PageTitle;
use crate::components::plan_path::PlanPath;
use leptos::prelude::*;

use crate::app::href;
use crate::content::text::ui_shell as t;
use crate::content::{self, OBJECTIVES, PARTS};
use crate::domain::course::{
    format_minutes, lessons_for_objective, next_lesson, part_minutes, total_minutes,
};
use crate::domain::locale::is_singular;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::wording::thousands;
use crate::state::use_app_state;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <PageTitle text=t::HOME_TITLE />
        <div class="page">
            <section class="hero" aria-labelledby="course-title">
                <h1 id="course-title">{t::HOME_HEADING}</h1>
                <p class="lead">{t::HOME_LEAD}</p>
                <p class="meta">
                    {t::home_meta(
                        thousands(content::LESSONS.len() as u32),
                        thousands(PARTS.len() as u32),
                        format_minutes(total_minutes()),
                    )}
                </p>
                <ContinueLink />
            </section>

            <PlanPath />
            <crate::components::course_map::CourseMap />

            <section aria-labelledby="objectives-title">
                <h2 id="objectives-title">{t::OBJECTIVES_HEADING}</h2>
                <ol class="objectives">
                    {OBJECTIVES
                        .iter()
                        .map(|o| {
                            view! {
                                <li>
                                    <p class="objective-text">{o.text}</p>
                                    <p class="objective-where">
                                        {t::TAUGHT_IN}
                                        {lessons_for_objective(o.number)
                                            .take(4)
                                            .enumerate()
                                            .map(|(i, l)| {
                                                view! {
                                                    {(i > 0).then_some(", ")}
                                                    <a href=href(&Route::lesson(l.slug))>{l.title}</a>
                                                }
                                            })
                                            .collect_view()}
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>

            <section aria-labelledby="parts-title">
                <h2 id="parts-title">{t::PARTS_HEADING}</h2>
                <ul class="card-grid">
                    {PARTS.iter().map(|p| view! { <PartCard part=p /> }).collect_view()}
                </ul>
            </section>
        </div>
    }
}

#[component]
fn ContinueLink() -> impl IntoView {
    let state = use_app_state();
    let last_lesson = state.progress.last_lesson();
    let completed = state.progress.completed();
    // The same answer as My progress: `course::next_lesson` decides for both.
    let next = move || {
        let last = last_lesson.get();
        completed.with(|completed| next_lesson(completed, last.as_deref()))
    };
    view! {
        {move || {
            let (route, label) = match next() {
                Some((lesson, true)) => (Route::lesson(lesson.slug), t::continue_lesson(lesson.title)),
                Some((lesson, false)) if lesson.slug != content::LESSONS[0].slug || last_lesson.with(Option::is_some) => {
                    (Route::lesson(lesson.slug), t::next_lesson(lesson.title))
                }
                Some(_) => (Route::lesson(content::LESSONS[0].slug), t::START_COURSE.to_string()),
                None => (Route::Progress, t::ALL_DONE.to_string()),
            };
            view! { <p><a class="button button-primary" href=href(&route)>{label}</a></p> }
        }}
    }
}

#[component]
fn PartCard(part: &'static content::Part) -> impl IntoView {
    let state = use_app_state();
    let completed = state.progress.completed();
    let lessons: Vec<&'static content::Lesson> = content::lessons_in(part.id).collect();
    let total = lessons.len();
    let done = move || {
        completed.with(|completed| {
            lessons
                .iter()
                .filter(|l| completed.contains(l.slug))
                .count()
        })
    };
    let first = content::lessons_in(part.id).next();
    let heading_id = format!("part-{}", part.id.slug());
    view! {
        <li class="card">
            <h3 id=heading_id.clone()>
                {match first {
                    Some(l) => view! { <a href=href(&Route::lesson(l.slug))>{part.title}</a> }.into_any(),
                    None => view! { <span>{part.title}</span> }.into_any(),
                }}
            </h3>
            <p>{part.summary}</p>
            <p class="meta">
                {part_lessons(total, format_minutes(part_minutes(part.id)))}
                " · "
                {move || part_done(done(), total)}
            </p>
            <ol class="card-lessons">
                {content::lessons_in(part.id)
                    .map(|l| view! { <li><a href=href(&Route::lesson(l.slug))>{l.title}</a></li> })
                    .collect_view()}
            </ol>
        </li>
    }
}

/// "5 lessons · 40 min".
fn part_lessons(total: usize, time: String) -> String {
    let count = thousands(total as u32);
    if is_singular(total as u64) {
        t::part_lessons_one(count, time)
    } else {
        t::part_lessons_other(count, time)
    }
}

/// "2 of 5 complete".
fn part_done(done: usize, total: usize) -> String {
    let (d, n) = (thousands(done as u32), thousands(total as u32));
    if is_singular(done as u64) {
        t::part_done_one(d, n)
    } else {
        t::part_done_other(d, n)
    }
}

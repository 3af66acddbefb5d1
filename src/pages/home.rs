use crate::components::page_title::PageTitle;
use crate::components::plan_path::PlanPath;
use leptos::prelude::*;

use crate::app::href;
use crate::content::{self, OBJECTIVES, PARTS};
use crate::domain::course::{
    format_minutes, lessons_for_objective, next_lesson, part_minutes, total_minutes,
};
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::use_app_state;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <PageTitle text="Home" />
        <div class="page">
            <section class="hero" aria-labelledby="course-title">
                <h1 id="course-title">"Social media marketing, step by step"</h1>
                <p class="lead">
                    "A practical course for small-business owners and marketing students. Learn how social media differs from traditional marketing, find your audience, choose platforms on evidence, set goals, handle negative feedback and run a repeatable process — and leave with your own plan."
                </p>
                <p class="meta">
                    {format!(
                        "{} lessons in {} parts · about {} to complete · works offline",
                        content::LESSONS.len(),
                        PARTS.len(),
                        format_minutes(total_minutes())
                    )}
                </p>
                <ContinueLink />
            </section>

            <PlanPath />
            <crate::components::course_map::CourseMap />

            <section aria-labelledby="objectives-title">
                <h2 id="objectives-title">"What you will be able to do"</h2>
                <ol class="objectives">
                    {OBJECTIVES
                        .iter()
                        .map(|o| {
                            view! {
                                <li>
                                    <p class="objective-text">{o.text}</p>
                                    <p class="objective-where">
                                        "Taught in: "
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
                <h2 id="parts-title">"The course"</h2>
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
                Some((lesson, true)) => (Route::lesson(lesson.slug), format!("Continue where you left off: {}", lesson.title)),
                Some((lesson, false)) if lesson.slug != content::LESSONS[0].slug || last_lesson.with(Option::is_some) => {
                    (Route::lesson(lesson.slug), format!("Next lesson: {}", lesson.title))
                }
                Some(_) => (Route::lesson(content::LESSONS[0].slug), "Start the course".to_string()),
                None => (Route::Progress, "Every lesson done: see your progress".to_string()),
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
                {format!("{total} lesson{} · {}", if total == 1 { "" } else { "s" }, format_minutes(part_minutes(part.id)))}
                " · "
                {move || format!("{} of {total} complete", done())}
            </p>
            <ol class="card-lessons">
                {content::lessons_in(part.id)
                    .map(|l| view! { <li><a href=href(&Route::lesson(l.slug))>{l.title}</a></li> })
                    .collect_view()}
            </ol>
        </li>
    }
}

use crate::components::page_title::PageTitle;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{href, href_at};
use crate::components::course_text::{blocks_of, course_text, text_state, CourseText};
use crate::components::lazy_quiz::{LazyQuiz, QuizSet};
use crate::components::{prose::Prose, widget_block::WidgetBlock};
use crate::content::text::ui_shell as t;
use crate::content::{self, Block, Lesson, OBJECTIVES};
use crate::domain::course::{self, format_minutes};
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::wording::thousands;
use crate::lazy_code::LazyCode;
use crate::pages::not_found::NotFound;
use crate::state::use_app_state;

/// How long the end of a lesson has to stay in view before the lesson counts as read.
const READ_DWELL: std::time::Duration = std::time::Duration::from_millis(1500);

/// What the quiet notice at the end of a lesson says.
#[derive(Clone, Copy, PartialEq)]
enum ReadNotice {
    None,
    Marked,
    Undone,
}

#[component]
pub fn LessonPage(slug: String) -> impl IntoView {
    match content::lesson(&slug) {
        Some(l) => view! { <LessonView lesson=l /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// Scrolls to the element the URL's `#hash` names, once the lesson is in the page.
fn scroll_to_hash() {
    request_animation_frame(|| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
            return;
        };
        if let Some(el) = window.document().and_then(|d| d.get_element_by_id(id)) {
            el.scroll_into_view();
        }
    });
}

#[component]
fn LessonView(lesson: &'static Lesson) -> impl IntoView {
    let state = use_app_state();
    // Opening a lesson records it; each field is written only when it changes, so a revisit
    // wakes nobody.
    if !state
        .progress
        .visited()
        .with_untracked(|v| v.contains(lesson.slug))
    {
        state.progress.visited().update(|v| {
            v.insert(lesson.slug.to_string());
        });
    }
    if state
        .progress
        .last_lesson()
        .with_untracked(|l| l.as_deref() != Some(lesson.slug))
    {
        state
            .progress
            .last_lesson()
            .set(Some(lesson.slug.to_string()));
    }
    scroll_to_hash();
    // Text that arrives after the first render (a split build's text chunk): the `#hash` it holds
    // is reached then.
    Effect::new(move |was_ready: Option<bool>| {
        let ready = text_state() == LazyCode::Ready;
        if ready && was_ready == Some(false) {
            scroll_to_hash();
        }
        ready
    });
    let index = content::LESSONS
        .iter()
        .position(|l| l.slug == lesson.slug)
        .unwrap_or(usize::MAX);
    let part = content::part(lesson.part);
    let completed = move || {
        state
            .progress
            .completed()
            .with(|completed| completed.contains(lesson.slug))
    };
    let notice = RwSignal::new(ReadNotice::None);
    let sentinel = NodeRef::<Div>::new();
    let watch = StoredValue::new_local(None::<web_sys::IntersectionObserver>);
    // Cleared once the learner uses the button: from then on the button alone decides.
    let auto = StoredValue::new(true);
    let completed_field = state.progress.completed();
    sentinel.on_load(move |el| {
        let mark = move || {
            // The end is in view only because the text is not in yet: not read.
            if course_text().is_none() {
                return;
            }
            // Gone (the learner left the lesson), already noted, or already complete: nothing.
            let done = completed_field.try_with_untracked(|c| c.contains(lesson.slug));
            let waiting = notice.try_get_untracked() == Some(ReadNotice::None)
                && auto.try_get_value() == Some(true);
            if !waiting || done != Some(false) {
                return;
            }
            completed_field.update(|completed| {
                completed.insert(lesson.slug.to_string());
            });
            notice.set(ReadNotice::Marked);
        };
        watch.set_value(watch_end(&el, mark));
    });
    // Leaving the lesson stops the watch.
    on_cleanup(move || {
        if let Some(observer) = watch.try_get_value().flatten() {
            observer.disconnect();
        }
    });
    let undo = move |_| {
        state.progress.completed().update(|completed| {
            completed.remove(lesson.slug);
        });
        notice.set(ReadNotice::Undone);
        crate::browser::focus_later("complete-lesson");
    };
    let toggle_complete = move |_| {
        auto.set_value(false);
        notice.set(ReadNotice::None);
        state.progress.completed().update(|completed| {
            if !completed.remove(lesson.slug) {
                completed.insert(lesson.slug.to_string());
            }
        })
    };
    view! {
        <PageTitle text=lesson.title />
        <article class="page lesson">
            <header class="lesson-header">
                <p class="kicker">{part.title}</p>
                <h1>{lesson.title}</h1>
                <p class="lead">{lesson.summary}</p>
                <p class="meta">
                    {t::lesson_meta(format_minutes(lesson.minutes), thousands(lesson.words))}
                    <Show when=completed>" · " <span class="tag tag-done">{t::COMPLETED_TAG}</span></Show>
                </p>
                <div class="serves">
                    <p class="serves-title">{t::SERVES_OBJECTIVES}</p>
                    <ul>
                        {lesson
                            .objectives
                            .iter()
                            .filter_map(|n| OBJECTIVES.get(usize::from(*n) - 1))
                            .map(|o| view! { <li>{format!("{}. {}", o.number, o.text)}</li> })
                            .collect_view()}
                    </ul>
                </div>
            </header>
            <nav class="toc" aria-label=t::ON_THIS_PAGE>
                <p class="toc-title">{t::ON_THIS_PAGE}</p>
                <ul>
                    {lesson
                        .headings
                        .iter()
                        .filter(|h| h.level == 2)
                        .map(|h| view! { <li><a href=href_at(&Route::lesson(lesson.slug), h.id)>{h.text}</a></li> })
                        .collect_view()}
                </ul>
            </nav>
            <CourseText part="lesson" class="lesson-body" render=move |text| {
                blocks_of(text, index).iter().map(render_block).collect_view()
            } />
            <div class="lesson-sentinel" node_ref=sentinel></div>
            <section class="lesson-end" aria-label=t::FINISH_LESSON>
                // Space kept for the notice, so nothing moves when it appears.
                <div class="read-notice">
                    <p role="status">
                        {move || match notice.get() {
                            ReadNotice::Marked if completed() => t::MARKED_READ,
                            ReadNotice::Undone => t::UNMARKED_READ,
                            _ => "",
                        }}
                    </p>
                    <Show when=move || notice.get() == ReadNotice::Marked && completed()>
                        <button type="button" class="link-button" aria-label=t::UNDO_READ_LABEL on:click=undo>
                            {t::UNDO}
                        </button>
                    </Show>
                </div>
                // The label says the state; not also `aria-pressed`, which would read "Completed…,
                // pressed".
                <button type="button" id="complete-lesson" class="button button-primary" on:click=toggle_complete>
                    {move || if completed() { t::COMPLETED_BUTTON } else { t::MARK_COMPLETE }}
                </button>
            </section>
            <PrevNext slug=lesson.slug />
        </article>
    }
}

/// Calls `mark` once the end of the lesson (`sentinel`) has stayed in view for `READ_DWELL`.
///
/// Decided: a lesson whose end is already in view when the page opens (a short lesson on a tall
/// screen, or a link straight to its takeaways) is not marked: nothing shows it was read. Its
/// end has to come into view by scrolling; the "Mark this lesson complete" button is always
/// there. Without IntersectionObserver nothing is marked either.
fn watch_end(
    sentinel: &web_sys::HtmlDivElement,
    mark: impl Fn() + 'static,
) -> Option<web_sys::IntersectionObserver> {
    let mut first = true;
    let mut timer: Option<TimeoutHandle> = None;
    let mark = std::rc::Rc::new(mark);
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let visible = entries.iter().any(|e| {
                e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if std::mem::take(&mut first) && visible {
                observer.disconnect();
                return;
            }
            if let Some(handle) = timer.take() {
                handle.clear();
            }
            if visible {
                let mark = mark.clone();
                let observer = observer.clone();
                timer = set_timeout_with_handle(
                    move || {
                        observer.disconnect();
                        mark();
                    },
                    READ_DWELL,
                )
                .ok();
            }
        },
    );
    let observer =
        web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref::<js_sys::Function>())
            .ok()?;
    // The observer holds the callback; one per lesson opened, so it is leaked (small).
    callback.forget();
    observer.observe(sentinel);
    Some(observer)
}

fn render_block(block: &'static Block) -> AnyView {
    match block {
        Block::Html(html) => view! { <Prose html=*html /> }.into_any(),
        Block::Widget(w) => view! { <WidgetBlock widget=*w /> }.into_any(),
        Block::Quiz(part) => view! {
            <section class="embedded-quiz" aria-labelledby=format!("quiz-{}", part.slug())>
                <h2 id=format!("quiz-{}", part.slug())>{t::quiz_heading(content::part(*part).short_title)}</h2>
                <LazyQuiz set=QuizSet::Part(*part) />
            </section>
        }
        .into_any(),
    }
}

#[component]
fn PrevNext(slug: &'static str) -> impl IntoView {
    let state = use_app_state();
    let completed = state.progress.completed();
    let prev = course::previous(slug);
    let next = course::next(slug);
    // Moving on counts as having read to the end.
    let mark_done = move |_| {
        completed.update(|completed| {
            completed.insert(slug.to_string());
        })
    };
    view! {
        <nav class="prev-next" aria-label=t::LESSONS_NAV>
            {prev.map(|l| view! {
                <a class="prev" href=href(&Route::lesson(l.slug))>
                    <span class="dir">{t::PREVIOUS}</span>
                    <span>{l.title}</span>
                </a>
            })}
            {next.map(|l| view! {
                <a class="next" href=href(&Route::lesson(l.slug)) on:click=mark_done>
                    <span class="dir">{t::NEXT}</span>
                    <span>{l.title}</span>
                </a>
            })}
        </nav>
    }
}

use crate::components::page_title::PageTitle;
use leptos::html;
use leptos::prelude::*;

use crate::app::href;
use crate::browser::focus_element;
use crate::components::lazy_quiz::{LazyQuiz, QuizSet};
use crate::components::quiz::Quiz;
use crate::content::text::ui_progress as t;
use crate::content::{self, Question};
use crate::domain::locale::is_singular;
use crate::domain::review;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

/// Questions in one review session at most, so a session stays short.
const SESSION_SIZE: usize = 10;
/// Questions in one practice round at most.
const PRACTICE_SIZE: usize = 20;

/// When a card comes back, in words.
fn when_due(due_day: u32, today: u32) -> String {
    match due_day.saturating_sub(today) {
        0 => t::DUE_NOW.into(),
        1 => t::BACK_TOMORROW.into(),
        days => t::back_in_days(days),
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    view! {
        <PageTitle text=t::REVIEW />
        <div class="page narrow">
            <h1>{t::REVIEW_TITLE}</h1>
            <p class="lead">{t::REVIEW_LEAD}</p>
            <LazyQuiz set=QuizSet::Review />
            <p><a href=href(&Route::Progress)>{t::BACK_TO_PROGRESS}</a></p>
        </div>
    }
}

/// Today's session of questions due, and the list of every missed one: the page's body, in the
/// quiz chunk (`components/lazy_quiz.rs`).
pub fn review_session() -> AnyView {
    let state = use_app_state();
    let missed = state.progress.missed();
    // The session is fixed when the page opens; answering reschedules the cards.
    let questions: Vec<&'static Question> = missed.with_untracked(|missed| {
        review::due(missed, today())
            .into_iter()
            .filter_map(|card| content::question(&card.question_id))
            .take(SESSION_SIZE)
            .collect()
    });
    let next_day = move || missed.with(|missed| review::next_due_day(missed));
    view! {
        {if questions.is_empty() {
            view! {
                <p role="status">
                    {t::NOTHING_DUE}
                    {move || next_day().map(|d| {
                        let days = d.saturating_sub(today());
                        if is_singular(u64::from(days)) {
                            t::next_back_one(days)
                        } else {
                            t::next_back_other(days)
                        }
                    })}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p>
                    {if is_singular(questions.len() as u64) {
                        t::session_one(questions.len())
                    } else {
                        t::session_other(questions.len())
                    }}
                </p>
                <Quiz quiz_id=None questions=questions />
            }
            .into_any()
        }}
        <MissedList />
    }
    .into_any()
}

/// Every missed question with when it comes back, and practice of them now.
#[component]
fn MissedList() -> impl IntoView {
    let state = use_app_state();
    let missed = state.progress.missed();
    let practising = RwSignal::new(None::<Vec<&'static Question>>);
    let practice_heading = NodeRef::<html::H2>::new();
    let start = move |_| {
        let questions: Vec<&'static Question> = missed.with_untracked(|cards| {
            review::by_due_day(cards)
                .into_iter()
                .filter_map(|card| content::question(&card.question_id))
                .take(PRACTICE_SIZE)
                .collect()
        });
        practising.set(Some(questions));
        request_animation_frame(move || {
            if let Some(h) = practice_heading.try_get_untracked().flatten() {
                focus_element(&h);
            }
        });
    };
    let rows = move || {
        let day = today();
        missed.with(|cards| {
            review::by_due_day(cards)
                .into_iter()
                .filter_map(|card| {
                    let q = content::question(&card.question_id)?;
                    Some((q, when_due(card.due_day, day), card.box_number))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || missed.with(|m| !m.is_empty())>
            <section class="missed" aria-labelledby="missed-heading">
                <h2 id="missed-heading">{move || t::missed_heading(missed.with(Vec::len))}</h2>
                <p>{t::MISSED_INTRO}</p>
                <ul class="missed-list">
                    {move || rows()
                        .into_iter()
                        .map(|(q, when, box_number)| {
                            let lesson = content::lesson(q.lesson);
                            view! {
                                <li>
                                    <span class="missed-prompt">{q.prompt}</span>
                                    <span class="missed-when">{t::missed_when(when, box_number, review::BOX_COUNT)}</span>
                                    {lesson.map(|l| view! {
                                        <a href=href(&Route::lesson(l.slug))>{t::lesson_link(l.title)}</a>
                                    })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <Show
                    when=move || practising.with(Option::is_some)
                    fallback=move || view! {
                        <button type="button" class="button" on:click=start>
                            {move || {
                                let n = missed.with(Vec::len).min(PRACTICE_SIZE);
                                if is_singular(n as u64) {
                                    t::practise_one(n)
                                } else {
                                    t::practise_other(n)
                                }
                            }}
                        </button>
                    }
                >
                    <h2 id="practice-heading" tabindex="-1" node_ref=practice_heading>{t::PRACTICE}</h2>
                    <p>{t::PRACTICE_NOT_RECORDED}</p>
                    {move || practising.get().map(|questions| view! { <Quiz quiz_id=None questions=questions practice=true /> })}
                </Show>
            </section>
        </Show>
    }
}

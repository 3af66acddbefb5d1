use crate::components::page_title::PageTitle;
use leptos::html;
use leptos::prelude::*;

use crate::app::href;
use crate::browser::focus_element;
use crate::components::quiz::Quiz;
use crate::content::{self, Question};
use crate::domain::review;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

/// Questions in one review session at most, so a session stays short.
const SESSION_SIZE: usize = 10;
/// Questions in one practice round at most.
const PRACTICE_SIZE: usize = 20;

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// When a card comes back, in words.
fn when_due(due_day: u32, today: u32) -> String {
    match due_day.saturating_sub(today) {
        0 => "due now".into(),
        1 => "back tomorrow".into(),
        days => format!("back in {days} days"),
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
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
        <PageTitle text="Review" />
        <div class="page narrow">
            <h1>"Review missed questions"</h1>
            <p class="lead">
                "Questions you answered wrongly come back after 1, 2, 4, 8 and 16 days. Answer one right when it is due and it moves to a longer gap; after the last box it is retired."
            </p>
            {if questions.is_empty() {
                view! {
                    <p role="status">
                        "Nothing is due for review today. "
                        {move || next_day().map(|d| {
                            let days = d.saturating_sub(today());
                            format!("The next question comes back in {days} day{}.", if days == 1 { "" } else { "s" })
                        })}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p>{format!("{} question{} due in this session.", questions.len(), if questions.len() == 1 { "" } else { "s" })}</p>
                    <Quiz quiz_id=None questions=questions />
                }
                .into_any()
            }}
            <MissedList />
            <p><a href=href(&Route::Progress)>"Back to My progress"</a></p>
        </div>
    }
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
            if let Some(h) = practice_heading.get_untracked() {
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
                <h2 id="missed-heading">{move || format!("What you missed ({})", missed.with(Vec::len))}</h2>
                <p>"Each question comes back on its day. You can also practise them now: practice shows the explanations but does not change when they are due."</p>
                <ul class="missed-list">
                    {move || rows()
                        .into_iter()
                        .map(|(q, when, box_number)| {
                            let lesson = content::lesson(q.lesson);
                            view! {
                                <li>
                                    <span class="missed-prompt">{q.prompt}</span>
                                    <span class="missed-when">{format!("{when} (box {box_number} of {})", review::BOX_COUNT)}</span>
                                    {lesson.map(|l| view! {
                                        <a href=href(&Route::lesson(l.slug))>{format!("Lesson: {}", l.title)}</a>
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
                                let n = missed.with(Vec::len).min(PRACTICE_SIZE) as u32;
                                format!("Practise {} now", plural(n, "question", "questions"))
                            }}
                        </button>
                    }
                >
                    <h2 id="practice-heading" tabindex="-1" node_ref=practice_heading>"Practice"</h2>
                    <p>"Not recorded: your review schedule stays as listed above."</p>
                    {move || practising.get().map(|questions| view! { <Quiz quiz_id=None questions=questions practice=true /> })}
                </Show>
            </section>
        </Show>
    }
}

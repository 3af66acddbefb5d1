use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::components::quiz::Quiz;
use crate::content::{self, Question};
use crate::domain::review;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

/// Questions in one review session at most, so a session stays short.
const SESSION_SIZE: usize = 10;

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
                    <p><a href=href(&Route::Progress)>"Back to My progress"</a></p>
                }
                .into_any()
            } else {
                view! {
                    <p>{format!("{} question{} due in this session.", questions.len(), if questions.len() == 1 { "" } else { "s" })}</p>
                    <Quiz quiz_id=None questions=questions />
                }
                .into_any()
            }}
        </div>
    }
}

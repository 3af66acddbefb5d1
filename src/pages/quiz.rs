use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::components::lazy_quiz::{LazyQuiz, QuizSet};
use crate::components::quiz::Quiz;
use crate::content::text::ui_progress as t;
use crate::content::{self, PartId, QUESTIONS};
use crate::domain::grading::{draw_final, FINAL_QUESTION_COUNT, MIN_PER_OBJECTIVE, PASS_PERCENT};
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::pages::not_found::NotFound;
use crate::state::use_app_state;

#[component]
pub fn PartQuizPage(part: String) -> impl IntoView {
    let part = PartId::from_slug(&part).filter(|p| p.has_quiz());
    view! {
        {match part {
            Some(id) => {
                let part = content::part(id);
                view! {
                    <PageTitle text=t::quiz_title(part.short_title) />
                    <div class="page narrow">
                        <p class="kicker">{part.title}</p>
                        <h1>{t::quiz_title(part.short_title)}</h1>
                        <p>{t::QUIZ_INTRO}</p>
                        <LazyQuiz set=QuizSet::Part(id) />
                    </div>
                }
                .into_any()
            }
            None => view! { <NotFound /> }.into_any(),
        }}
    }
}

#[component]
pub fn FinalAssessmentPage() -> impl IntoView {
    view! {
        <PageTitle text=t::FINAL_ASSESSMENT />
        <div class="page narrow">
            <h1>{t::FINAL_ASSESSMENT}</h1>
            <p>
                {t::final_intro(FINAL_QUESTION_COUNT, MIN_PER_OBJECTIVE, PASS_PERCENT)}
                <a href=href(&Route::Progress)>{t::MY_PROGRESS}</a>
                {t::FINAL_INTRO_END}
            </p>
            <LazyQuiz set=QuizSet::Final />
        </div>
    }
}

/// The final assessment's questions, drawn for this attempt: a new draw for each attempt, the
/// same one if the page is reloaded mid-attempt. In the quiz chunk (`components/lazy_quiz.rs`).
pub fn final_quiz() -> AnyView {
    let state = use_app_state();
    let attempt = state
        .progress
        .quiz_best()
        .with_untracked(|quiz_best| quiz_best.get("final").map(|b| b.attempts).unwrap_or(0));
    let questions = draw_final(QUESTIONS, u64::from(attempt) + 1);
    view! { <Quiz quiz_id=Some("final") questions=questions /> }.into_any()
}

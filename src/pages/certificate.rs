use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::browser::print_page;
use crate::content::text::ui_progress as t;
use crate::content::OBJECTIVES;
use crate::domain::certificate::{achievement_lines, printed_name, status, CertificateStatus};
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::store::{tidy_name, MAX_NAME_CHARS};
use crate::state::use_app_state;

#[component]
pub fn CertificatePage() -> impl IntoView {
    let state = use_app_state();
    // The record reads the quiz scores, the date the final was passed and the lessons completed:
    // it follows those fields only, not a keystroke in the name field below it.
    let current = move || {
        state.progress.quiz_best().track();
        state.progress.final_passed_on().track();
        state.progress.completed().track();
        state.progress.with_untracked(status)
    };
    view! {
        <PageTitle text=t::COMPLETION_RECORD />
        <div class="page narrow">
            {move || match current() {
                earned @ CertificateStatus::Earned { .. } => view! { <Earned lines=achievement_lines(&earned) /> }.into_any(),
                CertificateStatus::NotYet { quizzes_left, final_left } => view! {
                    <h1>{t::COMPLETION_RECORD}</h1>
                    <p>{t::RECORD_INTRO}</p>
                    <ul>
                        {quizzes_left.into_iter().map(|q| {
                            let text = match &q.best {
                                Some(s) => t::pass_quiz_best(q.part.short_title, s.percent()),
                                None => t::pass_quiz(q.part.short_title),
                            };
                            view! { <li><a href=href(&Route::part_quiz(q.part.id.slug()))>{text}</a></li> }
                        }).collect_view()}
                        {final_left.then(|| view! { <li><a href=href(&Route::FinalAssessment)>{t::PASS_FINAL}</a></li> })}
                    </ul>
                }
                .into_any(),
            }}
        </div>
    }
}

#[component]
fn Earned(lines: Vec<String>) -> impl IntoView {
    let state = use_app_state();
    let certificate_name = state.progress.certificate_name();
    let name = move || certificate_name.get();
    let lines = StoredValue::new(lines);
    view! {
        <div class="screen-only certificate-controls">
            <h1>{t::YOUR_RECORD}</h1>
            <p>{t::NAME_FIRST}</p>
            // Not a `TextField`: the name is tidied (spaces trimmed) when the box is left, which
            // at every key would swallow the space between two names.
            <label for="certificate-name">{t::NAME_LABEL}</label>
            <input
                id="certificate-name"
                type="text"
                autocomplete="name"
                maxlength=MAX_NAME_CHARS.to_string()
                prop:value=name
                on:change=move |ev| {
                    let value = tidy_name(&event_target_value(&ev));
                    certificate_name.set(value);
                }
            />
        </div>
        {move || {
            let name = name();
            printed_name(&name).map(|shown| {
                let shown = shown.to_string();
                view! {
                    <p class="screen-only"><button type="button" class="button button-primary" on:click=|_| print_page()>{t::PRINT}</button></p>
                    <section class="certificate" aria-label=t::COMPLETION_RECORD>
                        <p class="certificate-kicker">{t::COMPLETION_RECORD}</p>
                        <p class="certificate-name">{shown}</p>
                        <p class="certificate-course">{t::COURSE_NAME}</p>
                        <ul class="certificate-results">
                            {lines.get_value().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                        </ul>
                        <p class="certificate-objectives-title">{t::OBJECTIVES_TITLE}</p>
                        <ol class="certificate-objectives">
                            {OBJECTIVES.iter().map(|o| view! { <li>{o.text}</li> }).collect_view()}
                        </ol>
                        <p class="certificate-note">{t::RECORD_NOTE}</p>
                    </section>
                }
            })
        }}
    }
}

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::href;
use crate::browser::print_page;
use crate::content::OBJECTIVES;
use crate::domain::certificate::{status, CertificateStatus};
use crate::domain::store::{tidy_name, MAX_NAME_CHARS};
use crate::state::use_app_state;

#[component]
pub fn CertificatePage() -> impl IntoView {
    let state = use_app_state();
    let current = move || state.progress.with(status);
    view! {
        <Title text="Completion record" />
        <div class="page narrow">
            {move || match current() {
                CertificateStatus::Earned { score, passed_on } => view! { <Earned percent=score.percent() correct=score.correct total=score.total passed_on=passed_on /> }.into_any(),
                CertificateStatus::NotYet { parts_left, final_left } => view! {
                    <h1>"Completion record"</h1>
                    <p>"Your completion record appears here when every part of the course is complete and you have passed the final assessment (80% or more)."</p>
                    <ul>
                        {parts_left.into_iter().map(|p| view! { <li>{format!("Lessons left in: {}", p.title)}</li> }).collect_view()}
                        {final_left.then(|| view! { <li><a href=href("/final")>"Pass the final assessment"</a></li> })}
                    </ul>
                }
                .into_any(),
            }}
        </div>
    }
}

#[component]
fn Earned(percent: u32, correct: usize, total: usize, passed_on: String) -> impl IntoView {
    let state = use_app_state();
    let name = move || state.progress.with(|p| p.certificate_name.clone());
    view! {
        <div class="screen-only certificate-controls">
            <h1>"Your completion record"</h1>
            <label for="certificate-name">"Name to show on the record"</label>
            <input
                id="certificate-name"
                type="text"
                autocomplete="name"
                maxlength=MAX_NAME_CHARS.to_string()
                prop:value=name
                on:change=move |ev| {
                    let value = tidy_name(&event_target_value(&ev));
                    state.update(|p| p.certificate_name = value);
                }
            />
            <p><button type="button" class="button button-primary" on:click=|_| print_page()>"Print or save as PDF"</button></p>
        </div>
        <section class="certificate" aria-label="Completion record">
            <p class="certificate-kicker">"Completion record"</p>
            <p class="certificate-name">{move || { let n = name(); if n.is_empty() { "(your name)".to_string() } else { n } }}</p>
            <p>"completed every part of the course"</p>
            <p class="certificate-course">"Social media marketing, step by step"</p>
            <p>{format!("and passed its final assessment with {correct} of {total} ({percent}%) on {passed_on}.")}</p>
            <p class="certificate-objectives-title">"Objectives covered"</p>
            <ol class="certificate-objectives">
                {OBJECTIVES.iter().map(|o| view! { <li>{o.text}</li> }).collect_view()}
            </ol>
            <p class="certificate-note">
                "Self-issued and unverified: this record was produced by the learner's own browser from their own progress. No organisation checked it. It does not expire."
            </p>
        </section>
    }
}

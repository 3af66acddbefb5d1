use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::components::plan_path::PlanPath;
use crate::components::progress_data::ProgressDataPanel;
use crate::content::text::ui_progress as t;
use crate::content::{self, PartId, LESSONS, PARTS};
use crate::domain::certificate::{status, CertificateStatus};
use crate::domain::course::{format_minutes, next_lesson};
use crate::domain::grading::PASS_PERCENT;
use crate::domain::locale::is_singular;
use crate::domain::review;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{today, use_app_state};

#[component]
pub fn ProgressPage() -> impl IntoView {
    let state = use_app_state();
    let completed = state.progress.completed();
    let done_count = move || {
        completed.with(|completed| {
            LESSONS
                .iter()
                .filter(|l| completed.contains(l.slug))
                .count()
        })
    };
    let minutes_left = move || {
        completed.with(|completed| {
            LESSONS
                .iter()
                .filter(|l| !completed.contains(l.slug))
                .map(|l| l.minutes)
                .sum::<u32>()
        })
    };
    // The same answer as home: `course::next_lesson` decides for both.
    let last_lesson = state.progress.last_lesson();
    let suggested = move || {
        let last = last_lesson.get();
        completed.with(|completed| next_lesson(completed, last.as_deref()).map(|(l, _)| l))
    };
    view! {
        <PageTitle text=t::MY_PROGRESS />
        <div class="page narrow">
            <h1>{t::MY_PROGRESS}</h1>
            <p class="lead">
                {move || {
                    let (done, left) = (done_count(), format_minutes(minutes_left()));
                    if is_singular(done as u64) {
                        t::lessons_done_one(done, LESSONS.len(), left)
                    } else {
                        t::lessons_done_other(done, LESSONS.len(), left)
                    }
                }}
            </p>
            {move || suggested().map(|l| view! {
                <p>
                    <a class="button button-primary" href=href(&Route::lesson(l.slug))>
                        {t::next_lesson(l.title)}
                    </a>
                </p>
            })}

            <PlanPath />

            <ReviewAndRecord />

            <h2>{t::PARTS}</h2>
            <ul class="part-progress">
                {PARTS.iter().map(|p| view! { <PartProgress part=p.id /> }).collect_view()}
            </ul>

            <h2>{t::QUIZ_SCORES}</h2>
            <table class="scores">
                <caption class="visually-hidden">{t::SCORES_CAPTION}</caption>
                <thead>
                    <tr><th scope="col">{t::COLUMN_QUIZ}</th><th scope="col">{t::COLUMN_BEST_SCORE}</th><th scope="col">{t::COLUMN_ATTEMPTS}</th></tr>
                </thead>
                <tbody>
                    {PartId::ALL
                        .into_iter()
                        .filter(|p| p.has_quiz())
                        .map(|p| (p.slug(), content::part(p).short_title, Route::part_quiz(p.slug())))
                        .chain(std::iter::once(("final", t::FINAL_ASSESSMENT, Route::FinalAssessment)))
                        .map(|(id, label, route)| view! { <ScoreRow id=id label=label route=route /> })
                        .collect_view()}
                </tbody>
            </table>

            <ProgressDataPanel />
        </div>
    }
}

#[component]
fn ReviewAndRecord() -> impl IntoView {
    let state = use_app_state();
    let missed = state.progress.missed();
    let due = move || missed.with(|missed| review::due_count(missed, today()));
    // `status` reads the quiz scores, the final's date and the lessons completed: only those wake it.
    let earned = move || {
        state.progress.quiz_best().track();
        state.progress.final_passed_on().track();
        state.progress.completed().track();
        state
            .progress
            .with_untracked(|p| matches!(status(p), CertificateStatus::Earned { .. }))
    };
    view! {
        <div class="card-grid two">
            <section class="card" aria-labelledby="review-title">
                <h2 id="review-title" class="card-title">{t::REVIEW}</h2>
                <p>
                    {move || match due() {
                        0 => t::DUE_NONE.to_string(),
                        n if is_singular(n as u64) => t::due_one(n),
                        n => t::due_other(n),
                    }}
                </p>
                <Show when=move || { due() > 0 }>
                    <p><a class="button button-primary" href=href(&Route::Review)>{t::START_REVIEW}</a></p>
                </Show>
            </section>
            <section class="card" aria-labelledby="record-title">
                <h2 id="record-title" class="card-title">{t::COMPLETION_RECORD}</h2>
                <p>
                    {move || if earned() {
                        t::RECORD_EARNED
                    } else {
                        t::RECORD_NOT_YET
                    }}
                </p>
                <p><a href=href(&Route::Certificate)>{move || if earned() { t::OPEN_RECORD } else { t::SEE_WHAT_IS_LEFT }}</a></p>
            </section>
        </div>
    }
}

#[component]
fn PartProgress(part: PartId) -> impl IntoView {
    let state = use_app_state();
    let completed = state.progress.completed();
    let info = content::part(part);
    let total = content::lessons_in(part).count();
    let done = move || {
        completed.with(|completed| {
            content::lessons_in(part)
                .filter(|l| completed.contains(l.slug))
                .count()
        })
    };
    let id = format!("progress-{}", part.slug());
    view! {
        <li>
            <label for=id.clone()>{info.short_title}</label>
            <progress id=id max=total.to_string() value=move || done().to_string()></progress>
            <span class="meta">{move || t::part_done(done(), total)}</span>
        </li>
    }
}

#[component]
fn ScoreRow(id: &'static str, label: &'static str, route: Route) -> impl IntoView {
    let state = use_app_state();
    let quiz_best = state.progress.quiz_best();
    let best = move || quiz_best.with(|quiz_best| quiz_best.get(id).cloned());
    view! {
        <tr>
            <th scope="row"><a href=href(&route)>{label}</a></th>
            <td>
                {move || match best() {
                    Some(b) if b.total > 0 => {
                        let percent = b.correct * 100 / b.total;
                        if percent >= PASS_PERCENT {
                            t::best_score_pass(b.correct, b.total, percent)
                        } else {
                            t::best_score(b.correct, b.total, percent)
                        }
                    }
                    _ => t::NOT_TAKEN.to_string(),
                }}
            </td>
            <td>{move || best().map(|b| b.attempts).unwrap_or(0)}</td>
        </tr>
    }
}

//! "Build my plan in about an hour": the workbook tools as one path (`domain::workbook::path`),
//! each step with why it matters and the lesson behind it, what is done, and the one next step.
//! Shown on home and on My progress, which therefore always agree on what comes next.

use leptos::prelude::*;

use crate::app::href;
use crate::content;
use crate::content::text::ui_planning as t;
use crate::domain::locale::is_singular;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::path::{self, PathProgress, PLAN_TOOL, STEPS};
use crate::state::use_app_state;

/// The path's name, on home and My progress and under each tool that is one of its steps.
const PATH_TITLE: &str = t::PP_TITLE;

/// The learner's progress along the path, rebuilt only when a part it reads changes.
fn use_path_progress() -> Memo<PathProgress> {
    let state = use_app_state();
    Memo::new(move |_| {
        state.progress.personas().track();
        state.progress.active_persona().track();
        state.progress.chosen_platforms().track();
        state.progress.workbook().track();
        state.progress.with_untracked(path::progress)
    })
}

/// The path with its steps, the count done and the next step as the main button.
#[component]
pub fn PlanPath() -> impl IntoView {
    let progress = use_path_progress();
    let summary = move || progress.with(summary_text);
    view! {
        <section class="plan-path" aria-labelledby="plan-path-title">
            <h2 id="plan-path-title">{PATH_TITLE}</h2>
            <p>{t::PP_INTRO}</p>
            <p class="meta plan-path-count">{summary}</p>
            <NextStep progress=progress />
            <ol class="plan-path-steps">
                {STEPS
                    .iter()
                    .enumerate()
                    .map(|(i, step)| {
                        let done = move || progress.with(|p| p.done[i]);
                        let next = move || progress.with(|p| p.next.is_some_and(|n| n.id == step.id));
                        let lesson = content::lesson(step.lesson);
                        view! {
                            <li class="plan-path-step" class:plan-path-done=done class:plan-path-next=next>
                                <span class="plan-path-mark" aria-hidden="true">{move || if done() { "✓" } else { "" }}</span>
                                <div>
                                    <a href=href(&Route::tool(step.tool))>
                                        <span class="visually-hidden">{move || if done() { t::PP_DONE } else { "" }}</span>
                                        {step.title}
                                    </a>
                                    <Show when=next>
                                        " " <strong class="plan-path-badge">{t::PP_NEXT_BADGE}</strong>
                                    </Show>
                                    <span class="meta">{t::pp_step_minutes(step.minutes)}</span>
                                    <p class="plan-path-why">
                                        {step.why}
                                        {lesson.map(|l| view! {
                                            " " <a href=href(&Route::lesson(l.slug))>{t::pp_why_lesson(l.title)}</a>
                                        })}
                                    </p>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p><a href=href(&Route::tool(PLAN_TOOL))>{t::PP_OPEN_PLAN}</a></p>
        </section>
    }
}

/// How far along the path the learner is, in one sentence.
fn summary_text(p: &PathProgress) -> String {
    let done = p.done_count();
    if p.next.is_none() {
        t::pp_all_done(STEPS.len())
    } else if done == 0 {
        t::pp_not_started(STEPS.len(), path::total_minutes())
    } else if is_singular(done as u64) {
        t::pp_progress_one(done, STEPS.len(), p.minutes_left())
    } else {
        t::pp_progress_other(done, STEPS.len(), p.minutes_left())
    }
}

/// The path in short, under a tool that is one of its steps: how far the learner is, and either
/// the step this page does or the one next step, so a learner on a phone goes on from here
/// instead of returning home.
#[component]
pub fn PlanPathHere(tool: &'static str) -> impl IntoView {
    let progress = use_path_progress();
    view! {
        <aside class="plan-path plan-path-here" aria-labelledby="plan-path-here-title">
            <h2 id="plan-path-here-title">{PATH_TITLE}</h2>
            <p class="meta plan-path-count">{move || progress.with(summary_text)}</p>
            {move || {
                let here = progress.with(|p| p.next.filter(|step| step.tool == tool));
                match here {
                    Some(step) => {
                        let number = STEPS.iter().position(|s| s.id == step.id).map_or(0, |i| i + 1);
                        view! {
                            <p>{t::pp_step_here(number, STEPS.len(), step.title)}</p>
                        }
                        .into_any()
                    }
                    None => view! { <NextStep progress=progress /> }.into_any(),
                }
            }}
        </aside>
    }
}

/// The one next step (or the plan, when every step is done), as the page's main button.
#[component]
fn NextStep(progress: Memo<PathProgress>) -> impl IntoView {
    view! {
        {move || {
            let (next, started) = progress.with(|p| (p.next, !p.not_started()));
            let (route, label) = match next {
                Some(step) => (
                    Route::tool(step.tool),
                    if started {
                        t::pp_next_step(step.title)
                    } else {
                        t::pp_first_step(step.title)
                    },
                ),
                None => (Route::tool(PLAN_TOOL), t::PP_OPEN_PLAN.to_string()),
            };
            view! { <p><a class="button button-primary" href=href(&route)>{label}</a></p> }
        }}
    }
}

//! "My social media plan": the workbook, the active persona and the chosen platforms assembled
//! into one page (`plan::from_progress`), with empty sections pointing to the tool that fills
//! them, a Markdown download (`plan::to_markdown`) and printing.

use leptos::prelude::*;

use crate::app::href;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::plan::{self, PlanSection};
use crate::state::use_app_state;

/// The name of the downloaded file.
const FILE_NAME: &str = "social-media-plan.md";

#[component]
pub fn PlanSummary() -> impl IntoView {
    let state = use_app_state();
    // The plan reads the active persona, the chosen platforms and the workbook: only a change to
    // one of those rebuilds it (not a lesson opened or a quiz answered).
    let sections = Memo::new(move |_| {
        state.progress.personas().track();
        state.progress.active_persona().track();
        state.progress.chosen_platforms().track();
        state.progress.workbook().track();
        state.progress.with_untracked(plan::from_progress)
    });
    let filled = move || sections.with(|s| s.iter().filter(|x| !x.is_empty()).count());
    let message = RwSignal::new(String::new());

    let download = move |_| {
        let markdown = sections.with_untracked(|s| plan::to_markdown(s));
        match crate::browser::download_text(FILE_NAME, "text/markdown;charset=utf-8", &markdown) {
            Ok(()) => message.set(format!("Your plan was saved as {FILE_NAME}.")),
            Err(reason) => message.set(format!("The download did not start ({reason}).")),
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if w.print().is_err() {
                message.set("Printing is not available in this browser.".to_string());
            }
        }
    };

    view! {
        <div class="plan-summary">
            <div class="plan-toolbar screen-only">
                <p class="plan-progress">
                    {move || format!("{} of {} sections filled in.", filled(), plan::SectionId::ALL.len())}
                </p>
                <div class="plan-actions">
                    <button type="button" class="button button-primary" on:click=download>
                        "Download as Markdown"
                    </button>
                    <button type="button" class="button" on:click=print>"Print"</button>
                </div>
                <p class="plan-message" role="status">{move || message.get()}</p>
            </div>
            <article class="plan-document" aria-labelledby="plan-title">
                <h2 id="plan-title" class="plan-title">"Social media plan"</h2>
                {move || {
                    sections
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, s)| view! { <Section number=i + 1 section=s /> })
                        .collect_view()
                }}
            </article>
        </div>
    }
}

#[component]
fn Section(number: usize, section: PlanSection) -> impl IntoView {
    let heading_id = format!("plan-section-{number}");
    let labelled_by = heading_id.clone();
    let body = if section.is_empty() {
        let id = section.id;
        view! {
            <p class="plan-empty">
                "Not filled in yet: use "
                {id.tool_article()}
                <a href=href(&format!("/tools/{}", id.widget()))>{id.tool()}</a>
                "."
            </p>
        }
        .into_any()
    } else {
        view! {
            <dl class="plan-lines">
                {section
                    .lines
                    .into_iter()
                    .map(|l| view! {
                        <div class="plan-line">
                            <dt>{l.label}</dt>
                            <dd>{l.value}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        }
        .into_any()
    };
    view! {
        <section class="plan-section" aria-labelledby=labelled_by>
            <h3 id=heading_id>{format!("{number}. {}", section.title)}</h3>
            {body}
        </section>
    }
}

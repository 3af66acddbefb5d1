//! "My social media plan": the workbook, the active persona and the chosen platforms assembled
//! into one document (`plan::document`) under the business's name and today's date, with empty
//! sections pointing to the tool that fills them, the week of posts as a table, a Markdown
//! download (`plan::to_markdown`), the week as a calendar file (`CalendarExport`) and printing.

use leptos::prelude::*;

use crate::components::text_field::TextField;
use crate::content::text::ui_planning as t;
use crate::domain::locale::is_singular;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::app::href;
use crate::components::calendar_export::CalendarExport;
use crate::contracts::LIVE_ONLY_ATTRIBUTE;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::plan::{self, PlanSection, WeekRow, WEEK_CAPTION, WEEK_COLUMNS};
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

/// The name of the downloaded file.
const FILE_NAME: &str = t::PS_FILE_NAME;

/// Stands for a link in a sentence from the catalogue, which the code cuts there.
const LINK: &str = "\u{1}";

#[component]
pub fn PlanSummary() -> impl IntoView {
    let state = use_app_state();
    // The learner's local date when the page opened: the plan is "made" when it is looked at.
    let today = crate::browser::today();
    // The plan reads the active persona, the chosen platforms and the workbook: only a change to
    // one of those rebuilds it (not a lesson opened or a quiz answered).
    let doc = Memo::new(move |_| {
        state.progress.personas().track();
        state.progress.active_persona().track();
        state.progress.chosen_platforms().track();
        state.progress.workbook().track();
        state
            .progress
            .with_untracked(|data| plan::document(data, Some(today)))
    });
    let filled = move || doc.with(|d| d.sections.iter().filter(|x| !x.is_empty()).count());
    let message = RwSignal::new(String::new());
    let business = state.progress.workbook().plan();

    let download = move |_| {
        // Dated the day it is downloaded, which may be later than the day the page opened.
        let markdown = doc.with_untracked(|d| {
            let mut d = d.clone();
            d.made_on = Some(crate::browser::today());
            plan::to_markdown(&d)
        });
        match crate::browser::download_text(FILE_NAME, "text/markdown;charset=utf-8", &markdown) {
            Ok(()) => message.set(t::ps_saved_as(FILE_NAME)),
            Err(reason) => message.set(t::ps_download_failed(reason)),
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if w.print().is_err() {
                message.set(t::PS_NO_PRINT.to_string());
            }
        }
    };

    view! {
        <div class="plan-summary">
            <div class="plan-toolbar screen-only">
                <TextField
                    id="plan-business-name"
                    label=t::PS_BUSINESS_NAME
                    class="plan-business"
                    autocomplete="organization"
                    maxlength=200
                    value=Signal::derive(move || business.with(|p| p.business_name.clone()))
                    on_input=Callback::new(move |v| business.update(|p| p.business_name = v))
                />
                <p class="plan-progress">
                    {move || {
                        let (filled, total) = (filled(), plan::SectionId::ALL.len());
                        if is_singular(filled as u64) {
                            t::ps_filled_one(filled, total)
                        } else {
                            t::ps_filled_other(filled, total)
                        }
                    }}
                </p>
                <div class="plan-actions">
                    <button type="button" class="button button-primary" on:click=download>
                        {t::PS_DOWNLOAD}
                    </button>
                    <button type="button" class="button" on:click=print>{t::PS_PRINT}</button>
                </div>
                <p class="plan-message" role="status">{move || message.get()}</p>
                <CalendarExport />
            </div>
            <article class="plan-document" aria-labelledby="plan-title">
                <h2 id="plan-title" class="plan-title">{move || doc.with(|d| d.title())}</h2>
                <p class="plan-date" {..custom_attribute(LIVE_ONLY_ATTRIBUTE, "")}>{move || doc.with(|d| d.made_on_text())}</p>
                {move || {
                    doc.get()
                        .sections
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
        // The sentence around the link: the link goes where the text has LINK.
        let sentence = t::ps_empty_section(id.tool_article(), LINK);
        let (before, after) = sentence.split_once(LINK).unwrap_or((sentence.as_str(), ""));
        let (before, after) = (before.to_string(), after.to_string());
        view! {
            <p class="plan-empty">
                {before}
                <a href=href(&Route::tool(id.widget()))>{id.tool()}</a>
                {after}
            </p>
        }
        .into_any()
    } else {
        let lines = (!section.lines.is_empty()).then(|| {
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
        });
        let week = (!section.week.is_empty()).then(|| view! { <WeekTable rows=section.week /> });
        view! { {lines} {week} }.into_any()
    };
    view! {
        <section class="plan-section" aria-labelledby=labelled_by>
            <h3 id=heading_id>{format!("{number}. {}", section.title)}</h3>
            {body}
        </section>
    }
}

/// The week of posts: one row per post, the day as the row's header. On a phone the rows are
/// laid out as blocks (`style/components.css`), so the table roles are explicit (a change of
/// `display` drops them in some browsers) and each cell carries its column's name.
#[component]
fn WeekTable(rows: Vec<WeekRow>) -> impl IntoView {
    let dash = |s: String| if s.is_empty() { "–".to_string() } else { s };
    let [_, platform, pillar, format, note] = WEEK_COLUMNS;
    view! {
        <div class="table-scroll plan-week-scroll" tabindex="0" role="region" aria-label=WEEK_CAPTION>
            <table class="plan-week" role="table">
                <caption>{WEEK_CAPTION}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        {WEEK_COLUMNS.into_iter().map(|c| view! { <th scope="col" role="columnheader">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {rows
                        .into_iter()
                        .map(|r| view! {
                            <tr role="row">
                                <th scope="row" role="rowheader">{r.day}</th>
                                <td role="cell" data-label=platform>{dash(r.platform)}</td>
                                <td role="cell" data-label=pillar>{dash(r.pillar)}</td>
                                <td role="cell" data-label=format>{r.format}</td>
                                <td role="cell" data-label=note class="plan-week-note">{dash(r.note)}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::components::plan_path::PlanPathHere;
use crate::components::tool::LazyTool;
use crate::content::text::ui_shell as t;
use crate::content::{Widget, LESSONS};
use crate::domain::route::Route;
use crate::domain::workbook::path;
use crate::pages::not_found::NotFound;

/// Lessons that embed a tool, so a tool page can point to the method behind it.
fn lessons_using(widget: Widget) -> impl Iterator<Item = &'static crate::content::Lesson> {
    LESSONS.iter().filter(move |l| l.tools.contains(&widget))
}

#[component]
pub fn ToolsPage() -> impl IntoView {
    view! {
        <PageTitle text=t::TOOLS_TITLE />
        <div class="page">
            <h1>{t::TOOLS_TITLE}</h1>
            <p class="lead">{t::TOOLS_LEAD}</p>
            <ul class="card-grid">
                {Widget::ALL
                    .into_iter()
                    .map(|w| view! {
                        <li class="card">
                            <h2 class="card-title"><a href=href(&Route::tool(w.slug()))>{w.title()}</a></h2>
                            <p>{w.summary()}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

#[component]
pub fn ToolPage(tool: String) -> impl IntoView {
    match Widget::from_slug(&tool) {
        Some(w) => view! { <ToolView widget=w /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn ToolView(widget: Widget) -> impl IntoView {
    let lessons: Vec<_> = lessons_using(widget).collect();
    view! {
        <PageTitle text=widget.title() />
        <div class="page tool-page">
            <p class="kicker"><a href=href(&Route::Tools)>{t::TOOLS_TITLE}</a></p>
            <h1>{widget.title()}</h1>
            <p class="lead">{widget.summary()}</p>
            // The tools are written to sit under a lesson's h2 (`WidgetBlock`), so several open
            // with h3 headings: this h2 keeps the outline from jumping from h1 to h3.
            <h2 class="visually-hidden">{t::tool_hidden_heading(widget.title())}</h2>
            <LazyTool widget=widget />
            {path::STEPS
                .iter()
                .find(|step| step.tool == widget.slug())
                .map(|step| view! { <PlanPathHere tool=step.tool /> })}
            {(!lessons.is_empty()).then(|| view! {
                <aside class="related" aria-labelledby="related-lessons">
                    <h2 id="related-lessons">{t::TOOL_LESSONS}</h2>
                    <ul class="link-list">
                        {lessons
                            .into_iter()
                            .map(|l| view! { <li><a href=href(&Route::lesson(l.slug))>{l.title}</a></li> })
                            .collect_view()}
                    </ul>
                </aside>
            })}
        </div>
    }
}

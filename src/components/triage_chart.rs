//! The response-assessment flowchart, drawn from `triage::NODES`/`EDGES` by
//! `triage::chart_layout`, with the same flow written out as numbered steps.

use leptos::prelude::*;

use crate::content::text::ui_process as t;
use crate::domain::workbook::triage::{self, NodeKind, StepOutcome};

/// The flowchart as an SVG image (with a title and a description), then the same flow as an
/// ordered list. `walked`: the boxes of a walk in progress ("try your own comment"), in order,
/// highlighted with the arrows between them.
#[component]
pub fn TriageChart(#[prop(optional)] walked: Option<Memo<Vec<&'static str>>>) -> impl IntoView {
    let layout = triage::chart_layout();
    let on_path = move |from: &'static str, to: &'static str| {
        walked.is_some_and(|w| w.with(|ids| ids.windows(2).any(|p| p[0] == from && p[1] == to)))
    };
    let visited = move |id: &'static str| walked.is_some_and(|w| w.with(|ids| ids.contains(&id)));
    let current =
        move |id: &'static str| walked.is_some_and(|w| w.with(|ids| ids.last() == Some(&id)));
    let steps = triage::flow_steps();
    let description = t::chart_desc(steps.len());
    let view_box = format!("0 0 {} {}", layout.width, layout.height);
    let arrows = layout
        .arrows
        .iter()
        .map(|a| {
            let (lx, ly) = a.label_at;
            let (from, to) = (a.edge.from, a.edge.to);
            view! {
                <g class="triage-arrow" class:triage-arrow-walked=move || on_path(from, to)>
                    <polyline points=a.svg_points() />
                    <polygon points=a.head_points() />
                    <text
                        x=lx.to_string()
                        y=ly.to_string()
                        text-anchor=if a.label_end { "end" } else { "start" }
                        class="triage-arrow-label"
                    >
                        {a.edge.label()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let boxes = layout
        .boxes
        .iter()
        .map(|b| {
            let class = match b.node.kind {
                NodeKind::Question => "triage-node triage-node-question",
                NodeKind::Action => "triage-node triage-node-action",
            };
            let rx = match b.node.kind {
                NodeKind::Question => "18",
                NodeKind::Action => "4",
            };
            let cx = b.center_x().to_string();
            let lines = b
                .lines
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    view! { <tspan x=cx.clone() y=b.line_y(i).to_string()>{line.clone()}</tspan> }
                })
                .collect_view();
            let id = b.node.id;
            view! {
                <g class=class class:triage-node-walked=move || visited(id) class:triage-node-current=move || current(id)>
                    <rect
                        x=b.x.to_string()
                        y=b.y.to_string()
                        width=b.width.to_string()
                        height=b.height.to_string()
                        rx=rx
                    />
                    <text text-anchor="middle">{lines}</text>
                </g>
            }
        })
        .collect_view();

    view! {
        <figure class="triage-figure">
            <div class="triage-chart-scroll" tabindex="0" role="region" aria-label=t::CHART_REGION>
                <svg
                    class="triage-chart"
                    role="img"
                    aria-labelledby="triage-chart-title"
                    aria-describedby="triage-chart-desc"
                    viewBox=view_box
                    width=layout.width.to_string()
                    height=layout.height.to_string()
                >
                    <title id="triage-chart-title">{t::CHART_TITLE}</title>
                    <desc id="triage-chart-desc">{description}</desc>
                    {arrows}
                    {boxes}
                </svg>
            </div>
            <figcaption class="hint">
                {t::chart_caption(triage::SOURCE)}
            </figcaption>
        </figure>
        <h4 id="triage-steps-heading">{t::STEPS_HEADING}</h4>
        <ol class="triage-steps" aria-labelledby="triage-steps-heading">
            {steps
                .into_iter()
                .map(|step| {
                    view! {
                        <li>
                            <span class="triage-step-question">{step.node.label}</span>
                            <ul class="triage-step-answers">
                                <li><strong>{t::STEP_YES}</strong> {outcome_text(step.yes)}</li>
                                <li><strong>{t::STEP_NO}</strong> {outcome_text(step.no)}</li>
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

fn outcome_text(outcome: StepOutcome) -> String {
    match outcome {
        StepOutcome::Question(n) => t::go_to_question(n),
        StepOutcome::Action(node) => node.label.to_string(),
    }
}

//! The update process map (lesson `update-process-map`): content pillars and a week's content
//! calendar first, an ordering exercise (before the map that answers it, with the post preview
//! between them), a post preview against each platform's limit, then the ten steps drawn as a
//! diagram the learner adapts (who does each step, whether it needs approval; "I do everything
//! myself" hides that grid and the approval rules), the same map as a list. The logic lives in
//! `domain::workbook::process`.

use leptos::prelude::*;

use crate::components::checkbox_field::CheckboxField;
use crate::components::text_field::TextField;
use crate::content::text::ui_process as t;

use crate::components::process_calendar::{ContentCalendar, Pillars};
use crate::components::process_order::OrderExercise;
use crate::components::process_post::PostPreview;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::process::{ellipsize, StepConfig, StepId, STEPS};
use crate::domain::workbook::slug_of;
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

#[component]
pub fn ProcessMap() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let solo = Memo::new(move |_| process.with(|p| p.solo));
    view! {
        <div class="process-map">
            // The week first: it is what a busy owner needs on Monday. The ordering exercise comes
            // before the map and away from it, so its answer is not on screen while ordering.
            <Pillars />
            <ContentCalendar />
            <OrderExercise />
            <PostPreview />
            <section class="pm-section" aria-labelledby="pm-map-heading">
                <h2 id="pm-map-heading">{t::MAP_HEADING}</h2>
                <CheckboxField
                    id="pm-solo"
                    label=t::SOLO_LABEL
                    class="pm-solo"
                    checked=solo
                    on_change=Callback::new(move |on| process.update(|p| p.solo = on))
                    hint=Signal::derive(move || if solo.get() {
                        t::SOLO_HINT_ON
                    } else {
                        t::SOLO_HINT_OFF
                    })
                />
                <div class="pm-map-layout" class:pm-map-solo=move || solo.get()>
                    <div class="pm-map-figure">
                        <MapDiagram solo=solo />
                        <MapList solo=solo />
                    </div>
                    <Show when=move || !solo.get()>
                        <div class="pm-roles">
                            {STEPS.iter().map(|s| view! { <StepRoles step=s.id /> }).collect_view()}
                            <RoleIssues />
                        </div>
                    </Show>
                </div>
            </section>
            <Show when=move || !solo.get()>
                <ApprovalRules />
            </Show>
        </div>
    }
}

/// Height of one step's box in the diagram, and the gap (with an arrow) below it.
/// Whole numbers: an `f64` shown as text would bring float formatting into the tools' chunk.
const NODE_H: u32 = 66;
const GAP: u32 = 18;
const TOP: u32 = 10;
const NODE_X: u32 = 10;
const NODE_W: u32 = 290;
/// Longest label drawn on the second line of a box, in characters.
const LINE_CHARS: usize = 34;

fn node_y(index: usize) -> u32 {
    TOP + index as u32 * (NODE_H + GAP)
}

/// The second line of a step's box: who does it.
fn who_line(c: &StepConfig, solo: bool) -> String {
    let who = c.who.trim();
    if solo {
        t::WHO_YOU.to_string()
    } else if who.is_empty() {
        t::WHO_NOT_NAMED.to_string()
    } else {
        ellipsize(&t::who_named(who), LINE_CHARS)
    }
}

/// The third line of a step's box, when it needs approval: who approves.
fn approver_line(c: &StepConfig) -> String {
    let by = c.approver.trim();
    if by.is_empty() {
        t::APPROVER_NOT_NAMED.to_string()
    } else {
        ellipsize(&t::approver_named(by), LINE_CHARS)
    }
}

/// The ten steps drawn top to bottom, with an arrow from Learn back to Idea.
#[component]
fn MapDiagram(solo: Memo<bool>) -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let height = node_y(STEPS.len()) + TOP;
    let loop_top = node_y(0) + NODE_H / 2;
    let loop_bottom = node_y(STEPS.len() - 1) + NODE_H / 2;
    let right = NODE_X + NODE_W;
    let loop_path = format!(
        "M {right} {loop_bottom} H {x} V {loop_top} H {end}",
        x = right + 24,
        end = right + 6
    );
    view! {
        <svg
            class="pm-diagram"
            role="img"
            aria-labelledby="pm-diagram-title"
            aria-describedby="pm-diagram-desc"
            viewBox=format!("0 0 348 {height}")
            preserveAspectRatio="xMidYMin meet"
        >
            <title id="pm-diagram-title">{t::DIAGRAM_TITLE}</title>
            <desc id="pm-diagram-desc">{t::DIAGRAM_DESC}</desc>
            <defs>
                <marker id="pm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path class="pm-arrow-head" d="M 0 0 L 10 5 L 0 10 z" />
                </marker>
            </defs>
            {STEPS
                .iter()
                .enumerate()
                .map(|(i, step)| {
                    let id = step.id;
                    let y = node_y(i);
                    let config = move || process.with(|process| process.config(id));
                    let approval = move || !solo.get() && config().approval_needed;
                    let named = move || solo.get() || !config().who.trim().is_empty();
                    let arrow = (i + 1 < STEPS.len()).then(|| {
                        let x = NODE_X + NODE_W / 2;
                        view! {
                            <line class="pm-edge" x1=x.to_string() y1=(y + NODE_H).to_string()
                                x2=x.to_string() y2=(y + NODE_H + GAP - 2).to_string()
                                marker-end="url(#pm-arrow)" />
                        }
                    });
                    view! {
                        <g class="pm-node" class:pm-node-approval=approval>
                            <rect x=NODE_X.to_string() y=y.to_string() width=NODE_W.to_string()
                                height=NODE_H.to_string() rx="8" />
                            <circle class="pm-node-number" cx=(NODE_X + 22).to_string()
                                cy=(y + NODE_H / 2).to_string() r="14" />
                            <text class="pm-node-number-text" x=(NODE_X + 22).to_string()
                                y=(y + NODE_H / 2 + 5).to_string() text-anchor="middle">
                                {step.number.to_string()}
                            </text>
                            <text class="pm-node-name" x=(NODE_X + 46).to_string() y=(y + 20).to_string()>
                                {step.name}
                            </text>
                            <text class="pm-node-who" class:pm-node-unnamed=move || !named()
                                x=(NODE_X + 46).to_string() y=(y + 39).to_string()>
                                {move || who_line(&config(), solo.get())}
                            </text>
                            <Show when=approval>
                                <text class="pm-node-approver" x=(NODE_X + 46).to_string() y=(y + 57).to_string()>
                                    {move || approver_line(&config())}
                                </text>
                            </Show>
                        </g>
                        {arrow}
                    }
                })
                .collect_view()}
            <path class="pm-loop" d=loop_path marker-end="url(#pm-arrow)" />
            <text class="pm-loop-label" x=(right + 44).to_string() y=((loop_top + loop_bottom) / 2).to_string()
                text-anchor="middle" transform=format!("rotate(-90 {} {})", right + 44, (loop_top + loop_bottom) / 2)>
                {t::LOOP_LABEL}
            </text>
        </svg>
    }
}

/// The same map as an ordered list: the text alternative to the diagram.
#[component]
fn MapList(solo: Memo<bool>) -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    view! {
        <details class="pm-map-list">
            <summary>{t::LIST_SUMMARY}</summary>
            <ol>
                {STEPS
                    .iter()
                    .map(|step| {
                        let id = step.id;
                        let roles = move || {
                            if solo.get() {
                                return t::LIST_YOU.to_string();
                            }
                            let text = process.with(|process| process.config(id).describe());
                            if text.is_empty() { t::LIST_NOBODY.to_string() } else { text }
                        };
                        view! {
                            <li>
                                <strong>{step.name}</strong>
                                {t::list_step(step.what_happens, step.output)}
                                <span class="pm-list-roles">{move || t::list_your_map(roles())}</span>
                            </li>
                        }
                    })
                    .collect_view()}
                <li class="pm-list-loop">{t::LIST_LOOP}</li>
            </ol>
        </details>
    }
}

/// Who does one step, whether it needs approval, who approves and who is informed.
#[component]
fn StepRoles(step: StepId) -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let info = step.step();
    let slug = slug_of(&step);
    let who_id = format!("pm-who-{slug}");
    let approval_id = format!("pm-approval-{slug}");
    let approver_id = format!("pm-approver-{slug}");
    let informed_id = format!("pm-informed-{slug}");
    let config = move || process.with(|process| process.config(step));
    let edit = move |f: Box<dyn FnOnce(&mut StepConfig)>| {
        process.update(|process| f(process.steps.entry(step).or_default()));
    };
    view! {
        <fieldset class="pm-role">
            <legend>{t::step_legend(info.number, info.name)}</legend>
            <p class="hint">{info.what_happens}</p>
            <TextField
                id=who_id
                label=t::WHO_DOES_IT
                maxlength=200
                value=Signal::derive(move || config().who)
                on_input=Callback::new(move |v: String| edit(Box::new(move |c| c.who = v)))
            />
            <CheckboxField
                id=approval_id
                label=t::NEEDS_APPROVAL
                checked=Signal::derive(move || config().approval_needed)
                on_change=Callback::new(move |on| edit(Box::new(move |c| c.approval_needed = on)))
            />
            <Show when=move || config().approval_needed>
                <TextField
                    id=approver_id.clone()
                    label=t::WHO_APPROVES
                    maxlength=200
                    value=Signal::derive(move || config().approver)
                    on_input=Callback::new(move |v: String| edit(Box::new(move |c| c.approver = v)))
                />
            </Show>
            <TextField
                id=informed_id
                label=t::WHO_INFORMED
                maxlength=200
                value=Signal::derive(move || config().informed)
                on_input=Callback::new(move |v: String| edit(Box::new(move |c| c.informed = v)))
            />
        </fieldset>
    }
}

/// What is still missing from the roles.
#[component]
fn RoleIssues() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let issues = move || process.with(|process| process.validate_roles());
    view! {
        <div class="pm-issues">
            {move || {
                let issues = issues();
                if issues.is_empty() {
                    view! { <p class="pm-ok">{t::ROLES_OK}</p> }.into_any()
                } else {
                    view! {
                        <p class="pm-issues-title">{t::ROLES_STILL_TO_DO}</p>
                        <ul>
                            {issues.into_iter().map(|i| view! { <li>{i.message}</li> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

#[component]
fn ApprovalRules() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    view! {
        <section class="pm-section" aria-labelledby="pm-rules-heading">
            <h2 id="pm-rules-heading">{t::RULES_HEADING}</h2>
            <TextField
                id="pm-rules"
                label=t::RULES_LABEL
                rows=4
                maxlength=2000
                hint=t::RULES_HINT
                value=Signal::derive(move || process.with(|process| process.approval_rules.clone()))
                on_input=Callback::new(move |v| process.update(|process| process.approval_rules = v))
            />
        </section>
    }
}

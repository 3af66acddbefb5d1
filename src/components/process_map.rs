//! The update process map (lesson `update-process-map`): content pillars and a week's content
//! calendar first, an ordering exercise (before the map that answers it, with the post preview
//! between them), a post preview against each platform's limit, then the ten steps drawn as a
//! diagram the learner adapts (who does each step, whether it needs approval; "I do everything
//! myself" hides that grid and the approval rules), the same map as a list. The logic lives in
//! `domain::workbook::process`.

use leptos::prelude::*;

use crate::components::checkbox_field::CheckboxField;
use crate::components::text_field::TextField;

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
                <h2 id="pm-map-heading">"Your process map"</h2>
                <CheckboxField
                    id="pm-solo"
                    label="I do everything myself"
                    class="pm-solo"
                    checked=solo
                    on_change=Callback::new(move |on| process.update(|p| p.solo = on))
                    hint=Signal::derive(move || if solo.get() {
                        "Every step is yours, so there is no one to name and nothing to approve. Untick this if someone helps you."
                    } else {
                        "Every update goes through the same ten steps. Name who does each one, and tick where a second person must approve before the next step. The map redraws as you type."
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
const NODE_H: f64 = 66.0;
const GAP: f64 = 18.0;
const TOP: f64 = 10.0;
const NODE_X: f64 = 10.0;
const NODE_W: f64 = 290.0;
/// Longest label drawn on the second line of a box, in characters.
const LINE_CHARS: usize = 34;

fn node_y(index: usize) -> f64 {
    TOP + index as f64 * (NODE_H + GAP)
}

/// The second line of a step's box: who does it.
fn who_line(c: &StepConfig, solo: bool) -> String {
    let who = c.who.trim();
    if solo {
        "Who: you".to_string()
    } else if who.is_empty() {
        "Who: not named yet".to_string()
    } else {
        ellipsize(&format!("Who: {who}"), LINE_CHARS)
    }
}

/// The third line of a step's box, when it needs approval: who approves.
fn approver_line(c: &StepConfig) -> String {
    let by = c.approver.trim();
    if by.is_empty() {
        "✓ Approves: not named yet".to_string()
    } else {
        ellipsize(&format!("✓ Approves: {by}"), LINE_CHARS)
    }
}

/// The ten steps drawn top to bottom, with an arrow from Learn back to Idea.
#[component]
fn MapDiagram(solo: Memo<bool>) -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let height = node_y(STEPS.len()) + TOP;
    let loop_top = node_y(0) + NODE_H / 2.0;
    let loop_bottom = node_y(STEPS.len() - 1) + NODE_H / 2.0;
    let right = NODE_X + NODE_W;
    let loop_path = format!(
        "M {right} {loop_bottom} H {x} V {loop_top} H {end}",
        x = right + 24.0,
        end = right + 6.0
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
            <title id="pm-diagram-title">"Your update process map"</title>
            <desc id="pm-diagram-desc">
                "Ten steps from idea to learn, each with who does it; steps that need approval are \
                 marked. Learn feeds back into the next ideas. The same map follows as a list."
            </desc>
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
                        let x = NODE_X + NODE_W / 2.0;
                        view! {
                            <line class="pm-edge" x1=x.to_string() y1=(y + NODE_H).to_string()
                                x2=x.to_string() y2=(y + NODE_H + GAP - 2.0).to_string()
                                marker-end="url(#pm-arrow)" />
                        }
                    });
                    view! {
                        <g class="pm-node" class:pm-node-approval=approval>
                            <rect x=NODE_X.to_string() y=y.to_string() width=NODE_W.to_string()
                                height=NODE_H.to_string() rx="8" />
                            <circle class="pm-node-number" cx=(NODE_X + 22.0).to_string()
                                cy=(y + NODE_H / 2.0).to_string() r="14" />
                            <text class="pm-node-number-text" x=(NODE_X + 22.0).to_string()
                                y=(y + NODE_H / 2.0 + 5.0).to_string() text-anchor="middle">
                                {step.number.to_string()}
                            </text>
                            <text class="pm-node-name" x=(NODE_X + 46.0).to_string() y=(y + 20.0).to_string()>
                                {step.name}
                            </text>
                            <text class="pm-node-who" class:pm-node-unnamed=move || !named()
                                x=(NODE_X + 46.0).to_string() y=(y + 39.0).to_string()>
                                {move || who_line(&config(), solo.get())}
                            </text>
                            <Show when=approval>
                                <text class="pm-node-approver" x=(NODE_X + 46.0).to_string() y=(y + 57.0).to_string()>
                                    {move || approver_line(&config())}
                                </text>
                            </Show>
                        </g>
                        {arrow}
                    }
                })
                .collect_view()}
            <path class="pm-loop" d=loop_path marker-end="url(#pm-arrow)" />
            <text class="pm-loop-label" x=(right + 44.0).to_string() y=((loop_top + loop_bottom) / 2.0).to_string()
                text-anchor="middle" transform=format!("rotate(-90 {} {})", right + 44.0, (loop_top + loop_bottom) / 2.0)>
                "Learn feeds the next ideas"
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
            <summary>"The map as a list"</summary>
            <ol>
                {STEPS
                    .iter()
                    .map(|step| {
                        let id = step.id;
                        let roles = move || {
                            if solo.get() {
                                return "you".to_string();
                            }
                            let text = process.with(|process| process.config(id).describe());
                            if text.is_empty() { "nobody named yet".to_string() } else { text }
                        };
                        view! {
                            <li>
                                <strong>{step.name}</strong>
                                ": " {step.what_happens} " Output: " {step.output} ". "
                                <span class="pm-list-roles">"Your map: " {roles} "."</span>
                            </li>
                        }
                    })
                    .collect_view()}
                <li class="pm-list-loop">"Then back to step 1: what you learn feeds the next ideas."</li>
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
            <legend>{format!("Step {}: {}", info.number, info.name)}</legend>
            <p class="hint">{info.what_happens}</p>
            <TextField
                id=who_id
                label="Who does it"
                maxlength=200
                value=Signal::derive(move || config().who)
                on_input=Callback::new(move |v: String| edit(Box::new(move |c| c.who = v)))
            />
            <CheckboxField
                id=approval_id
                label="Needs approval before the next step"
                checked=Signal::derive(move || config().approval_needed)
                on_change=Callback::new(move |on| edit(Box::new(move |c| c.approval_needed = on)))
            />
            <Show when=move || config().approval_needed>
                <TextField
                    id=approver_id.clone()
                    label="Who approves"
                    maxlength=200
                    value=Signal::derive(move || config().approver)
                    on_input=Callback::new(move |v: String| edit(Box::new(move |c| c.approver = v)))
                />
            </Show>
            <TextField
                id=informed_id
                label="Who needs to know (optional)"
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
                    view! { <p class="pm-ok">"Every step has a name, and every approval an approver."</p> }.into_any()
                } else {
                    view! {
                        <p class="pm-issues-title">"Still to do:"</p>
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
            <h2 id="pm-rules-heading">"Approval rules"</h2>
            <TextField
                id="pm-rules"
                label="Your approval rules"
                rows=4
                maxlength=2000
                hint="Which posts always need a second pair of eyes (prices, offers, claims, customers' photos, complaints, adverts), which never do (routine stories, friendly replies), and how long an approver has before the post moves to the next slot."
                value=Signal::derive(move || process.with(|process| process.approval_rules.clone()))
                on_input=Callback::new(move |v| process.update(|process| process.approval_rules = v))
            />
        </section>
    }
}

//! Traditional vs social: rate how much six criteria matter for one real goal, see how each
//! approach does on them side by side, get a verdict with reasons, and split a budget.
//! The logic lives in `domain::workbook::comparison`; everything is saved in
//! `ProgressData.workbook.comparison`.
//!
//! Each 1–5 scale is written by hand, not a `ChoiceGroup`: its legend (criterion and question)
//! and each point's label (number and word) are two styled parts, where the group takes text.

use leptos::prelude::*;

use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::number_field::NumberField;
use crate::components::text_field::TextField;

use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::comparison::{
    share_from_input, Approach, BudgetLine, Criterion, Situation, RATING_SCALE,
};
use crate::domain::workbook::slug_of;
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

#[component]
pub fn TraditionalVsSocial() -> impl IntoView {
    let state = use_app_state();
    let comparison = state.progress.workbook().comparison();
    let goal = Signal::derive(move || comparison.with(|comparison| comparison.goal.clone()));
    let set_goal =
        Callback::new(move |text| comparison.update(|comparison| comparison.goal = text));

    view! {
        <div class="tool tool-a tvs">
            <TextField
                id="tvs-goal"
                label="Your goal: one real goal you have in mind"
                value=goal
                on_input=set_goal
                hint="For example \"fill the stall at next month's fair\" or \"get five demo bookings\". The answer often differs from goal to goal."
            />

            <section class="tool-section" aria-labelledby="tvs-rate-heading">
                <h3 id="tvs-rate-heading">"1. How much does each criterion matter for this goal?"</h3>
                <p>"Rate each one from 1 (hardly) to 5 (essential). Each card shows how the two approaches usually do on it."</p>
                <div class="tvs-criteria">
                    {Criterion::ALL.into_iter().map(|c| view! { <CriterionCard criterion=c /> }).collect_view()}
                </div>
            </section>

            <Situations />
            <VerdictPanel />
            <BudgetSplitter />
        </div>
    }
}

#[component]
fn CriterionCard(criterion: Criterion) -> impl IntoView {
    let state = use_app_state();
    let comparison = state.progress.workbook().comparison();
    let slug = slug_of(&criterion);
    let name = format!("tvs-rate-{slug}");
    let rating = Memo::new(move |_| {
        comparison.with(|comparison| comparison.ratings.get(&criterion).copied())
    });
    let clear = move |_| {
        comparison.update(|comparison| {
            comparison.ratings.remove(&criterion);
        })
    };
    let clear_label = format!("Clear rating: {}", criterion.label());
    view! {
        <fieldset class="tvs-criterion">
            <legend>
                <span class="tvs-criterion-name">{criterion.label()}</span>
                <span class="tvs-criterion-question">{criterion.question()}</span>
            </legend>
            <div class="scale">
                {RATING_SCALE
                    .into_iter()
                    .map(|(value, word)| {
                        let id = format!("{name}-{value}");
                        view! {
                            <span class="scale-point">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name.clone()
                                    value=value.to_string()
                                    prop:checked=move || rating.get() == Some(value)
                                    on:change=move |_| {
                                        comparison.update(|comparison| {
                                            comparison.ratings.insert(criterion, value);
                                        })
                                    }
                                />
                                <label for=id>
                                    <span class="scale-number">{value.to_string()}</span>
                                    " "
                                    <span class="scale-word">{word}</span>
                                </label>
                            </span>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="tvs-rated">
                {move || match rating.get() {
                    Some(_) => view! {
                        <button type="button" class="button-link" aria-label=clear_label.clone() on:click=clear>
                            "Clear rating"
                        </button>
                    }
                    .into_any(),
                    None => view! { <span class="hint">"Not rated yet: left out of the verdict."</span> }.into_any(),
                }}
            </p>
            <dl class="tvs-sides">
                <div class="tvs-side">
                    <dt>"Traditional"</dt>
                    <dd>{criterion.traditional()}</dd>
                </div>
                <div class="tvs-side">
                    <dt>"Social media"</dt>
                    <dd>{criterion.social()}</dd>
                </div>
            </dl>
        </fieldset>
    }
}

#[component]
fn Situations() -> impl IntoView {
    let state = use_app_state();
    let comparison = state.progress.workbook().comparison();
    view! {
        <section class="tool-section" aria-labelledby="tvs-situations-heading">
            <h3 id="tvs-situations-heading">"2. When traditional marketing still wins"</h3>
            <ChoiceGroup
                name="tvs-situation"
                legend="Tick any that are true for this goal."
                multiple=true
                class="checklist"
                list_class="plain-list"
                options=Situation::ALL.into_iter().map(|s| Choice::new(slug_of(&s), s.label())).collect()
                checked=Callback::new(move |i: usize| comparison.with(|comparison| comparison.situations.contains(&Situation::ALL[i])))
                on_change=Callback::new(move |(i, on): (usize, bool)| {
                    let s = Situation::ALL[i];
                    comparison.update(|comparison| {
                        let set = &mut comparison.situations;
                        if on {
                            set.insert(s);
                        } else {
                            set.remove(&s);
                        }
                    });
                })
            />
        </section>
    }
}

#[component]
fn VerdictPanel() -> impl IntoView {
    let state = use_app_state();
    let comparison = state.progress.workbook().comparison();
    let verdict = Memo::new(move |_| comparison.with(|comparison| comparison.verdict()));
    view! {
        <section class="tool-section tvs-verdict" aria-labelledby="tvs-verdict-heading">
            <h3 id="tvs-verdict-heading">"3. Verdict"</h3>
            <div role="status" class="result-box">
                {move || match verdict.get() {
                    None => view! {
                        <p>"Rate at least one criterion, or tick a situation, to see which approach fits this goal."</p>
                    }
                    .into_any(),
                    Some(v) => view! {
                        <p class="tvs-approach">
                            <strong>{approach_title(v.approach)}</strong>
                            " "
                            {v.approach.summary()}
                        </p>
                        <p>
                            {format!(
                                "How well each fits what matters to you: social media {} out of 100, traditional {} out of 100.",
                                v.social_score,
                                v.traditional_score
                            )}
                        </p>
                    }
                    .into_any(),
                }}
            </div>
            {move || {
                verdict
                    .get()
                    .map(|v| {
                        view! {
                            <div class="tvs-bars" aria-hidden="true">
                                <ScoreBar label="Social media" value=v.social_score />
                                <ScoreBar label="Traditional" value=v.traditional_score />
                            </div>
                            <h4>"Why"</h4>
                            <ul>{v.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                            <h4>"Keep in mind"</h4>
                            <ul>{v.caveats.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                        }
                    })
            }}
        </section>
    }
}

fn approach_title(approach: Approach) -> &'static str {
    match approach {
        Approach::Social => "Social media first.",
        Approach::Traditional => "Traditional first.",
        Approach::Mix => "Use both.",
    }
}

/// A bar for a 0–100 score; the numbers are also given in text, so it is hidden from
/// assistive technology. Drawn as SVG (no inline style, which the content security policy
/// forbids).
#[component]
fn ScoreBar(label: &'static str, value: u32) -> impl IntoView {
    let width = value.min(100).to_string();
    view! {
        <div class="bar-row">
            <span class="bar-label">{label}</span>
            <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect class="bar-fill" x="0" y="0" width=width height="10" />
            </svg>
            <span class="bar-value">{value.to_string()}</span>
        </div>
    }
}

#[component]
fn BudgetSplitter() -> impl IntoView {
    let state = use_app_state();
    let comparison = state.progress.workbook().comparison();
    let budget = Memo::new(move |_| comparison.with(|comparison| comparison.budget.clone()));
    // What is in each box, as typed; blank until the learner has entered a split.
    let initial = budget.get_untracked();
    let blank = initial.total() == 0;
    let raw: [RwSignal<String>; 4] = BudgetLine::ALL.map(|line| {
        RwSignal::new(if blank {
            String::new()
        } else {
            initial.get(line).to_string()
        })
    });
    let errors: [RwSignal<Option<String>>; 4] = BudgetLine::ALL.map(|_| RwSignal::new(None));
    let check = Memo::new(move |_| budget.with(|b| b.check()));
    let any_error = move || errors.iter().any(|e| e.with(Option::is_some));

    view! {
        <section class="tool-section" aria-labelledby="tvs-budget-heading">
            <h3 id="tvs-budget-heading">"4. Split your marketing budget"</h3>
            <p>"Counting money and your time, how would you share your marketing effort for this goal? The four shares must add up to 100%."</p>
            <fieldset class="tvs-budget">
                <legend class="visually-hidden">"Budget shares, in percent"</legend>
                {BudgetLine::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| {
                        let text = raw[i];
                        let error = errors[i];
                        let on_input = move |typed: String| {
                            match share_from_input(&typed) {
                                Ok(v) => {
                                    error.set(None);
                                    comparison.update(|comparison| comparison.budget.set(line, v));
                                }
                                Err(message) => error.set(Some(message)),
                            }
                            text.set(typed);
                        };
                        view! {
                            <NumberField
                                id=format!("tvs-budget-{}", line.field())
                                label=line.label()
                                class="field-inline"
                                max=100
                                unit="%"
                                value=text
                                on_input=Callback::new(on_input)
                                error=error
                            />
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div role="status" class="budget-total" class:ok=move || check.with(|c| c.ok) && !any_error()>
                {move || {
                    let c = check.get();
                    if any_error() {
                        view! {
                            <p>
                                <strong>"Total not updated."</strong>
                                " Fix the share marked with a message above first."
                            </p>
                        }
                        .into_any()
                    } else if c.ok {
                        view! {
                            <p><strong>"Total: 100%."</strong> " The shares add up. Well done."</p>
                        }
                        .into_any()
                    } else {
                        let message = c
                            .issues
                            .iter()
                            .map(|i| i.message.clone())
                            .collect::<Vec<_>>()
                            .join(" ");
                        view! {
                            <p><strong>{format!("Total: {}%.", c.total)}</strong> " " {message}</p>
                        }
                        .into_any()
                    }
                }}
            </div>
            {move || {
                let notes = check.with(|c| if c.ok { c.notes.clone() } else { Vec::new() });
                (!notes.is_empty())
                    .then(|| {
                        view! {
                            <ul class="advice">
                                {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                            </ul>
                        }
                    })
            }}
        </section>
    }
}

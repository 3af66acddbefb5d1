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
use crate::content::text::ui_calculators as t;

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
                label=t::TVS_GOAL
                value=goal
                on_input=set_goal
                hint=t::TVS_GOAL_HINT
            />

            <section class="tool-section" aria-labelledby="tvs-rate-heading">
                <h3 id="tvs-rate-heading">{t::TVS_RATE}</h3>
                <p>{t::TVS_RATE_INTRO}</p>
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
    let clear_label = t::clear_rating_of(criterion.label());
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
                            {t::CLEAR_RATING}
                        </button>
                    }
                    .into_any(),
                    None => view! { <span class="hint">{t::NOT_RATED}</span> }.into_any(),
                }}
            </p>
            <dl class="tvs-sides">
                <div class="tvs-side">
                    <dt>{t::TRADITIONAL}</dt>
                    <dd>{criterion.traditional()}</dd>
                </div>
                <div class="tvs-side">
                    <dt>{t::SOCIAL_MEDIA}</dt>
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
            <h3 id="tvs-situations-heading">{t::TVS_SITUATIONS}</h3>
            <ChoiceGroup
                name="tvs-situation"
                legend=t::TVS_SITUATIONS_LEGEND
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
            <h3 id="tvs-verdict-heading">{t::TVS_VERDICT}</h3>
            <div role="status" class="result-box">
                {move || match verdict.get() {
                    None => view! {
                        <p>{t::TVS_NO_VERDICT}</p>
                    }
                    .into_any(),
                    Some(v) => view! {
                        <p class="tvs-approach">
                            <strong>{approach_title(v.approach)}</strong>
                            " "
                            {v.approach.summary()}
                        </p>
                        <p>
                            {t::tvs_scores(v.social_score, v.traditional_score)}
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
                                <ScoreBar label=t::SOCIAL_MEDIA value=v.social_score />
                                <ScoreBar label=t::TRADITIONAL value=v.traditional_score />
                            </div>
                            <h4>{t::WHY}</h4>
                            <ul>{v.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                            <h4>{t::KEEP_IN_MIND}</h4>
                            <ul>{v.caveats.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                        }
                    })
            }}
        </section>
    }
}

fn approach_title(approach: Approach) -> &'static str {
    match approach {
        Approach::Social => t::SOCIAL_FIRST,
        Approach::Traditional => t::TRADITIONAL_FIRST,
        Approach::Mix => t::USE_BOTH,
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
            <h3 id="tvs-budget-heading">{t::TVS_BUDGET}</h3>
            <p>{t::TVS_BUDGET_INTRO}</p>
            <fieldset class="tvs-budget">
                <legend class="visually-hidden">{t::TVS_BUDGET_LEGEND}</legend>
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
                                <strong>{t::TOTAL_NOT_UPDATED}</strong>
                                {t::FIX_SHARE_FIRST}
                            </p>
                        }
                        .into_any()
                    } else if c.ok {
                        view! {
                            <p><strong>{t::TOTAL_OK}</strong> {t::SHARES_ADD_UP}</p>
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
                            <p><strong>{t::total_is(c.total)}</strong> " " {message}</p>
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

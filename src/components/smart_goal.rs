//! SMART goal builder: pick an objective, write the goal, see live which of the five SMART
//! checks pass and what is missing, and pick suggested KPIs into the plan. The logic lives in
//! `domain::workbook::smart`; everything is saved in `ProgressData.workbook.smart`.

use leptos::prelude::*;

use crate::components::checkbox_field::CheckboxField;
use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::glossary_link::GlossaryLink;
use crate::components::text_field::TextField;
use crate::content::term;

use crate::components::live_summary::LiveSummary;
use crate::domain::wording::and_list;

use crate::app::href;
use crate::content::platforms::Platform;
use crate::content::Widget;
use crate::domain::objective::MarketingObjective;
use crate::domain::route::Route;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::smart::{
    self, has_platform_kpi, kpi_count_advice, kpi_id, objective_meaning, SmartLetter,
};
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

#[component]
pub fn SmartGoal() -> impl IntoView {
    let state = use_app_state();
    let smart = state.progress.workbook().smart();
    let text_field =
        move |get: fn(&smart::SmartWork) -> &String| move || smart.with(|smart| get(smart).clone());
    // The audience's objective fills a builder that is still untouched (once, when it opens).
    let from_persona = state.progress.with_untracked(|d| {
        d.active_persona
            .and_then(|i| d.personas.get(i))
            .map(|p| p.objective)
    });
    let mut work = smart.get_untracked();
    let prefilled = work.prefill_objective(from_persona).then(|| {
        let label = work.objective.label();
        smart.set(work);
        label
    });

    view! {
        <div class="tool tool-a smart">
            <TextField
                id="smart-business-goal"
                label="Business goal: the broad outcome you want"
                value=Signal::derive(text_field(|w| &w.business_goal))
                on_input=Callback::new(move |text| smart.update(|smart| smart.business_goal = text))
                hint="For example \"grow our event-cake business\" or \"win more accountancy practices\"."
            />

            {prefilled.map(|label| view! {
                <p class="hint smart-prefilled">
                    {format!("“{label}” is filled in from your audience, the objective you chose there. Change it here if this goal is different.")}
                </p>
            })}
            <ObjectivePicker />

            <TextField
                id="smart-baseline"
                label="Your starting point (baseline)"
                value=Signal::derive(text_field(|w| &w.baseline))
                on_input=Callback::new(move |text| smart.update(|smart| smart.baseline = text))
                hint="A number from your audit, for example \"about 4 enquiries a month\". Put it in your objective too (\"up from 4\")."
            />

            <TextField
                id="smart-goal"
                label="Your SMART objective"
                rows=4
                value=Signal::derive(text_field(|w| &w.goal))
                on_input=Callback::new(move |text| smart.update(|smart| smart.goal = text))
                hint="Name the platform, the number, the starting point and the date. For example: \"Generate 30 demo requests from LinkedIn between January and March, up from 18 last quarter.\""
            />

            <SmartChecks />
            <KpiPicker />
        </div>
    }
}

#[component]
fn ObjectivePicker() -> impl IntoView {
    let state = use_app_state();
    let smart = state.progress.workbook().smart();
    let current = Memo::new(move |_| smart.with(|smart| smart.objective));
    view! {
        <ChoiceGroup
            name="smart-objective"
            legend="What should social media do for this goal?"
            class="smart-objectives"
            list_class="choice-grid"
            options=MarketingObjective::ALL
                .into_iter()
                .map(|o| Choice::new(o.slug(), o.label()).with_hint(objective_meaning(o)))
                .collect()
            checked=Callback::new(move |i: usize| current.get() == MarketingObjective::ALL[i])
            on_change=Callback::new(move |(i, _): (usize, bool)| smart.update(|smart| smart.objective = MarketingObjective::ALL[i]))
        />
    }
}

#[component]
fn SmartChecks() -> impl IntoView {
    let state = use_app_state();
    let smart = state.progress.workbook().smart();
    let report = Memo::new(move |_| smart.with(|smart| smart.report()));
    let passed = Memo::new(move |_| report.with(|r| r.passed_count()));
    view! {
        <section class="tool-section" aria-labelledby="smart-checks-heading">
            <h3 id="smart-checks-heading">"SMART check"</h3>
            <p class="hint">
                "The checks read your words and numbers as you type. They coach; they don't grade. Trust your own judgement too."
            </p>
            <LiveSummary text=Signal::derive(move || report.with(|r| {
                let missing: Vec<&str> = SmartLetter::ALL
                    .into_iter()
                    .filter(|l| !r.get(*l).is_some_and(|c| c.passed))
                    .map(SmartLetter::label)
                    .collect();
                if missing.is_empty() {
                    "SMART check: all 5 pass.".to_string()
                } else {
                    format!("SMART check: {} of 5 pass; missing {}.", 5 - missing.len(), and_list(&missing))
                }
            })) />
            <div class="result-box">
                <p class="smart-count">
                    <strong>
                        {move || {
                            let n = passed.get();
                            if n == SmartLetter::ALL.len() {
                                "All 5 checks pass.".to_string()
                            } else {
                                format!("{n} of 5 checks pass.")
                            }
                        }}
                    </strong>
                </p>
                <ul class="smart-checks">
                    {SmartLetter::ALL
                        .into_iter()
                        .map(|letter| {
                            let check = Memo::new(move |_| {
                                report.with(|r| r.get(letter).map(|c| (c.passed, c.message.clone())))
                            });
                            let ok = move || check.with(|c| c.as_ref().is_some_and(|c| c.0));
                            view! {
                                <li class="smart-check" class:pass=ok>
                                    <span class="smart-letter" aria-hidden="true">{letter.letter().to_string()}</span>
                                    <span class="smart-text">
                                        <strong>
                                            {letter.label()}
                                            {move || if ok() { ": passes" } else { ": missing" }}
                                        </strong>
                                        <span class="smart-mark" aria-hidden="true">
                                            {move || if ok() { " ✓" } else { " ✗" }}
                                        </span>
                                        " "
                                        <span class="smart-message">
                                            {move || check.with(|c| c.as_ref().map(|c| c.1.clone()).unwrap_or_default())}
                                        </span>
                                        <span class="smart-question">{letter.question()}</span>
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        </section>
    }
}

#[component]
fn KpiPicker() -> impl IntoView {
    let state = use_app_state();
    let smart = state.progress.workbook().smart();
    let chosen_platforms = state.progress.chosen_platforms();
    let objective = Memo::new(move |_| smart.with(|smart| smart.objective));
    let platforms = Memo::new(move |_| chosen_platforms.get());
    let suggested = Memo::new(move |_| {
        let list = platforms.get();
        let names: Vec<&str> = list.iter().map(String::as_str).collect();
        smart::suggested_kpis(objective.get(), &names)
    });
    let chosen_count = Memo::new(move |_| smart.with(|smart| smart.kpis.len()));
    // KPIs unticked from the "picked earlier" list stay on screen (unticked) for this visit, so
    // the checkbox just used does not vanish from under the pointer or the keyboard focus.
    let sticky = RwSignal::new(Vec::<String>::new());
    let others = Memo::new(move |_| {
        let s = suggested.get();
        let mut list: Vec<String> = smart.with(|smart| {
            smart
                .other_kpis(&s)
                .into_iter()
                .map(str::to_string)
                .collect()
        });
        sticky.with(|kept| {
            for name in kept {
                if !list.contains(name) && !s.iter().any(|k| &k.name == name) {
                    list.push(name.clone());
                }
            }
        });
        list
    });
    let targeting = Widget::AudienceTargeting;

    view! {
        <section class="tool-section" aria-labelledby="smart-kpis-heading">
            <h3 id="smart-kpis-heading">"Suggested KPIs"</h3>
            <p class="glossary-links"><GlossaryLink id=term::KPI /></p>
            <p>
                {move || format!("Suggested for your objective ({})", objective.get().label().to_lowercase())}
                {move || {
                    let names = platform_names(&platforms.get());
                    if names.is_empty() {
                        ".".to_string()
                    } else {
                        format!(" and your platforms ({}).", names.join(", "))
                    }
                }}
                " Pick two or three into your plan: more than that and nobody reads the report."
            </p>
            {move || {
                let list = platforms.get();
                if list.is_empty() {
                    view! {
                        <p class="notice-inline">
                            "You haven't chosen platforms yet, so only the objective's KPIs are listed. Choose your platforms in the "
                            <a href=href(&Route::tool(targeting.slug()))>{targeting.title()} " tool"</a>
                            " to add a KPI for each."
                        </p>
                    }
                    .into_any()
                } else {
                    let without: Vec<String> = list
                        .iter()
                        .filter(|p| !has_platform_kpi(p))
                        .filter_map(|p| Platform::from_slug(p).map(|p| p.name().to_string()))
                        .collect();
                    (!without.is_empty())
                        .then(|| view! {
                            <p class="hint">
                                {format!(
                                    "No platform-specific KPI is suggested for {}; the objective's KPIs apply there.",
                                    without.join(", ")
                                )}
                            </p>
                        })
                        .into_any()
                }
            }}
            <fieldset class="checklist">
                <legend>"KPIs to track in your plan"</legend>
                <ul class="plain-list kpi-list">
                    <For each=move || suggested.get() key=|kpi| kpi.name.clone() let:kpi>
                        <KpiRow
                            name=kpi.name.clone()
                            detail=format!("{} · Where to read it: {}. {}", kpi.definition, kpi.source, kpi.why)
                        />
                    </For>
                    <For each=move || others.get() key=|name| name.clone() let:name>
                        <KpiRow
                            name=name.clone()
                            detail="Picked earlier, for another objective or platform."
                            on_untick=Callback::new(move |name: String| {
                                sticky.update(|s| {
                                    if !s.contains(&name) {
                                        s.push(name);
                                    }
                                })
                            })
                        />
                    </For>
                </ul>
            </fieldset>
            <p role="status" class="kpi-count">{move || kpi_count_advice(chosen_count.get())}</p>
        </section>
    }
}

/// One KPI with a checkbox that puts it in the plan or takes it out.
#[component]
fn KpiRow(
    name: String,
    #[prop(into)] detail: String,
    #[prop(optional)] on_untick: Option<Callback<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let smart = state.progress.workbook().smart();
    let id = format!("smart-kpi-{}", kpi_id(&name));
    let name = StoredValue::new(name);
    let chosen = move || name.with_value(|n| smart.with(|smart| smart.has_kpi(n)));
    let on_change = move |on: bool| {
        let n = name.get_value();
        smart.update(|smart| smart.set_kpi(&n, on));
        if let (false, Some(callback)) = (on, on_untick) {
            callback.run(n);
        }
    };
    view! {
        <li class="kpi">
            <CheckboxField
                id=id
                label=name.get_value()
                hint=detail
                checked=Signal::derive(chosen)
                on_change=Callback::new(on_change)
            />
        </li>
    }
}

/// Display names of the chosen platforms (slugs the course does not know are skipped).
fn platform_names(slugs: &[String]) -> Vec<&'static str> {
    slugs
        .iter()
        .filter_map(|s| Platform::from_slug(s).map(Platform::name))
        .collect()
}

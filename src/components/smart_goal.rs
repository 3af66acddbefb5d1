//! SMART goal builder: pick an objective, write the goal, see live which of the five SMART
//! checks pass and what is missing, and pick suggested KPIs into the plan. The logic lives in
//! `domain::workbook::smart`; everything is saved in `ProgressData.workbook.smart`.

use leptos::prelude::*;

use crate::components::checkbox_field::CheckboxField;
use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::glossary_link::GlossaryLink;
use crate::components::text_field::TextField;
use crate::content::term;
use crate::content::text::ui_planning as t;
use crate::domain::locale::is_singular;

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
                label=t::SG_BUSINESS_GOAL
                value=Signal::derive(text_field(|w| &w.business_goal))
                on_input=Callback::new(move |text| smart.update(|smart| smart.business_goal = text))
                hint=t::SG_BUSINESS_GOAL_HINT
            />

            {prefilled.map(|label| view! {
                <p class="hint smart-prefilled">
                    {t::sg_prefilled(label)}
                </p>
            })}
            <ObjectivePicker />

            <TextField
                id="smart-baseline"
                label=t::SG_BASELINE
                value=Signal::derive(text_field(|w| &w.baseline))
                on_input=Callback::new(move |text| smart.update(|smart| smart.baseline = text))
                hint=t::SG_BASELINE_HINT
            />

            <TextField
                id="smart-goal"
                label=t::SG_GOAL
                rows=4
                value=Signal::derive(text_field(|w| &w.goal))
                on_input=Callback::new(move |text| smart.update(|smart| smart.goal = text))
                hint=t::SG_GOAL_HINT
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
            legend=t::SG_OBJECTIVE_QUESTION
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
            <h3 id="smart-checks-heading">{t::SG_CHECKS_HEADING}</h3>
            <p class="hint">
                {t::SG_CHECKS_HINT}
            </p>
            <LiveSummary text=Signal::derive(move || report.with(|r| {
                let missing: Vec<&str> = SmartLetter::ALL
                    .into_iter()
                    .filter(|l| !r.get(*l).is_some_and(|c| c.passed))
                    .map(SmartLetter::label)
                    .collect();
                if missing.is_empty() {
                    t::SG_LIVE_ALL_PASS.to_string()
                } else {
                    let passed = SmartLetter::ALL.len() - missing.len();
                    if is_singular(passed as u64) {
                        t::sg_live_partly_one(passed, and_list(&missing))
                    } else {
                        t::sg_live_partly_other(passed, and_list(&missing))
                    }
                }
            })) />
            <div class="result-box">
                <p class="smart-count">
                    <strong>
                        {move || {
                            let n = passed.get();
                            if n == SmartLetter::ALL.len() {
                                t::SG_ALL_PASS.to_string()
                            } else if is_singular(n as u64) {
                                t::sg_passed_one(n)
                            } else {
                                t::sg_passed_other(n)
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
                                            {move || if ok() { t::sg_check_passes(letter.label()) } else { t::sg_check_missing(letter.label()) }}
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
            <h3 id="smart-kpis-heading">{t::SG_KPIS_HEADING}</h3>
            <p class="glossary-links"><GlossaryLink id=term::KPI /></p>
            <p>
                {move || {
                    let objective = objective.get().label().to_lowercase();
                    let names = platform_names(&platforms.get());
                    if names.is_empty() {
                        t::sg_kpis_for_objective(objective)
                    } else {
                        t::sg_kpis_for_objective_and_platforms(objective, names.join(", "))
                    }
                }}
            </p>
            {move || {
                let list = platforms.get();
                if list.is_empty() {
                    // The sentence around the link: the link goes where the text has LINK.
                    let sentence = t::sg_no_platforms(LINK);
                    let (before, after) = sentence.split_once(LINK).unwrap_or((sentence.as_str(), ""));
                    let (before, after) = (before.to_string(), after.to_string());
                    view! {
                        <p class="notice-inline">
                            {before}
                            <a href=href(&Route::tool(targeting.slug()))>{t::sg_targeting_link(targeting.title())}</a>
                            {after}
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
                                {t::sg_no_platform_kpi(without.join(", "))}
                            </p>
                        })
                        .into_any()
                }
            }}
            <fieldset class="checklist">
                <legend>{t::SG_KPIS_LEGEND}</legend>
                <ul class="plain-list kpi-list">
                    <For each=move || suggested.get() key=|kpi| kpi.name.clone() let:kpi>
                        <KpiRow
                            name=kpi.name.clone()
                            detail=t::sg_kpi_detail(&kpi.definition, &kpi.source, &kpi.why)
                        />
                    </For>
                    <For each=move || others.get() key=|name| name.clone() let:name>
                        <KpiRow
                            name=name.clone()
                            detail=t::SG_KPI_PICKED_EARLIER
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

/// Stands for a link in a sentence from the catalogue, which the code cuts there.
const LINK: &str = "\u{1}";

/// Display names of the chosen platforms (slugs the course does not know are skipped).
fn platform_names(slugs: &[String]) -> Vec<&'static str> {
    slugs
        .iter()
        .filter_map(|s| Platform::from_slug(s).map(Platform::name))
        .collect()
}

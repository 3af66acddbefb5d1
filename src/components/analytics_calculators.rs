//! Analytics calculators (lessons `engagement-rate-formulas`, `reporting-and-roi`): engagement
//! rate three ways, click-through rate, conversion rate, cost per result and ROI, each with its
//! formula and sourced benchmark context, plus the learner's reporting rhythm. Every calculation
//! is `CalculatorInputs::compute` in the domain: blank or zero inputs give its `CalcError`
//! message, never NaN or infinity.

use leptos::prelude::*;

use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::text_field::TextField;

use crate::components::glossary_link::GlossaryLink;
use crate::content::term;
use crate::content::text::ui_calculators as t;

use crate::components::live_summary::LiveSummary;

use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::formulas::{
    benchmark_table, format_number, format_percent, parse_amount, parse_count, CalcError,
    CalculatorInputs, CalculatorResults, MeasurementPlan, RateBasis, METHODS_DIFFER,
    WHY_RATES_DIFFER, YEAR_ON_YEAR_SOURCE,
};
use crate::domain::workbook::slug_of;
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

/// How a box is read: a whole count, or an amount of money.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Count,
    Amount,
}

type Getter = fn(&CalculatorInputs) -> &String;
type Setter = fn(&mut CalculatorInputs, String);

#[component]
pub fn AnalyticsCalculators() -> impl IntoView {
    let state = use_app_state();
    let analytics = state.progress.workbook().analytics();
    let results = Memo::new(move |_| analytics.with(|analytics| analytics.inputs.compute()));
    view! {
        <div class="analytics-calculators">
            <p>{t::AC_INTRO}</p>
            <Engagement results=results />
            <Benchmarks />
            <ClickThrough results=results />
            <Conversion results=results />
            <CostAndRoi results=results />
            <ReportingRhythm />
        </div>
    }
}

/// A number box bound to one field of the inputs, with its own parse error shown next to it.
#[component]
fn AmountField(
    id: &'static str,
    label: &'static str,
    kind: Kind,
    get: Getter,
    set: Setter,
) -> impl IntoView {
    let state = use_app_state();
    let analytics = state.progress.workbook().analytics();
    let value = move || analytics.with(|analytics| get(&analytics.inputs).clone());
    let error = move || {
        let v = value();
        if v.trim().is_empty() {
            return None;
        }
        let problem = match kind {
            Kind::Count => parse_count(&v).err(),
            Kind::Amount => parse_amount(&v).err(),
        };
        problem.map(|e| e.to_string())
    };
    view! {
        <TextField
            id=id
            label=label
            class="ac-field"
            inputmode=if kind == Kind::Count { "numeric" } else { "decimal" }
            maxlength=40
            value=Signal::derive(value)
            on_input=Callback::new(move |v| analytics.update(|analytics| set(&mut analytics.inputs, v)))
            error=Signal::derive(error)
        />
    }
}

/// One calculator's answer: the value, or "–" and why not. Read out through its section's
/// `LiveSummary`, once typing pauses, not as each digit changes it.
#[component]
fn ResultLine(
    label: &'static str,
    /// What to fill in, for the blank case: "Enter engagements and followers to calculate this."
    needs: &'static str,
    value: Signal<Result<f64, CalcError>>,
    show: fn(f64) -> String,
) -> impl IntoView {
    view! {
        <div class="ac-result" role="group" aria-label=label>
            <p class="ac-result-line">
                <span class="ac-result-label">{label} {t::COLON}</span>
                <strong class="ac-result-value">
                    {move || value.get().map(show).unwrap_or_else(|_| "–".to_string())}
                </strong>
            </p>
            {move || value.get().err().map(|e| {
                let blank = e == CalcError::Blank;
                let text = if blank { needs.to_string() } else { e.to_string() };
                view! { <p class="ac-result-message" class:ac-result-blank=blank>{text}</p> }
            })}
        </div>
    }
}

/// "Label: value" for a section's spoken summary ("Label: not calculated yet" when it can't be).
fn spoken(label: &str, value: &Result<f64, CalcError>, show: fn(f64) -> String) -> String {
    match value {
        Ok(v) => t::spoken(label, show(*v)),
        Err(_) => t::spoken_not_yet(label),
    }
}

fn percent(v: f64) -> String {
    format_percent(v, 2)
}

fn whole_percent(v: f64) -> String {
    format_percent(v, 0)
}

fn money(v: f64) -> String {
    format_number(v, 2).unwrap_or_else(|| "–".to_string())
}

#[component]
fn Engagement(results: Memo<CalculatorResults>) -> impl IntoView {
    let total = move || results.with(|r| r.engagements.clone());
    let rate = move |basis: RateBasis| {
        Signal::derive(move || {
            results.with(|r| match basis {
                RateBasis::Followers => r.by_followers.clone(),
                RateBasis::Reach => r.by_reach.clone(),
                RateBasis::Impressions => r.by_impressions.clone(),
            })
        })
    };
    view! {
        <section class="ac-section" aria-labelledby="ac-eng-heading">
            <h2 id="ac-eng-heading">{t::AC_ENGAGEMENT}</h2>
            <p class="glossary-links">
                <GlossaryLink id=term::ENGAGEMENT_RATE /> " · " <GlossaryLink id=term::REACH /> " · "
                <GlossaryLink id=term::IMPRESSIONS />
            </p>
            <fieldset class="ac-fieldset">
                <legend>{t::AC_ENGAGEMENTS_LEGEND}</legend>
                <div class="ac-fields">
                    <AmountField id="ac-reactions" label=t::AC_REACTIONS kind=Kind::Count get=|i| &i.reactions set=|i, v| i.reactions = v />
                    <AmountField id="ac-comments" label=t::AC_COMMENTS kind=Kind::Count get=|i| &i.comments set=|i, v| i.comments = v />
                    <AmountField id="ac-shares" label=t::AC_SHARES kind=Kind::Count get=|i| &i.shares set=|i, v| i.shares = v />
                    <AmountField id="ac-saves" label=t::AC_SAVES kind=Kind::Count get=|i| &i.saves set=|i, v| i.saves = v />
                </div>
                <p class="ac-total">
                    {move || match total() {
                        Ok(n) => t::total_engagements_is(format_number(n as f64, 0).unwrap_or_default()),
                        Err(CalcError::Blank) => t::TOTAL_ENGAGEMENTS_BLANK.to_string(),
                        Err(e) => t::total_engagements_error(e),
                    }}
                </p>
            </fieldset>
            <fieldset class="ac-fieldset">
                <legend>{t::AC_DIVIDE_BY}</legend>
                <div class="ac-fields">
                    <AmountField id="ac-followers" label=t::AC_FOLLOWERS kind=Kind::Count get=|i| &i.followers set=|i, v| i.followers = v />
                    <AmountField id="ac-reach" label=t::AC_REACH kind=Kind::Count get=|i| &i.reach set=|i, v| i.reach = v />
                    <AmountField id="ac-impressions" label=t::AC_IMPRESSIONS kind=Kind::Count get=|i| &i.impressions set=|i, v| i.impressions = v />
                </div>
            </fieldset>
            <div class="ac-results">
                {RateBasis::ALL
                    .into_iter()
                    .map(|basis| {
                        let needs = match basis {
                            RateBasis::Followers => t::NEEDS_FOLLOWERS,
                            RateBasis::Reach => t::NEEDS_REACH,
                            RateBasis::Impressions => t::NEEDS_IMPRESSIONS,
                        };
                        let compare = match basis {
                            RateBasis::Followers => t::COMPARE_BY_FOLLOWERS,
                            _ => t::COMPARE_OTHER,
                        };
                        view! {
                            <div class="ac-card">
                                <ResultLine label=basis.label() needs=needs value=rate(basis) show=percent />
                                <p class="ac-formula">{t::FORMULA} <code>{basis.formula()}</code></p>
                                <p class="ac-context">{t::BEST_FOR} {basis.best_for()} " " {compare}</p>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <LiveSummary text=Signal::derive(move || results.with(|r| {
                let total = match &r.engagements {
                    Ok(n) => t::spoken(t::TOTAL_ENGAGEMENTS, format_number(*n as f64, 0).unwrap_or_default()),
                    Err(_) => t::spoken_not_yet(t::TOTAL_ENGAGEMENTS),
                };
                t::engagement_summary(
                    total,
                    spoken(RateBasis::Followers.label(), &r.by_followers, percent),
                    spoken(RateBasis::Reach.label(), &r.by_reach, percent),
                    spoken(RateBasis::Impressions.label(), &r.by_impressions, percent),
                )
            })) />
            <p class="ac-why"><strong>{t::WHY_RATES_DIFFER}</strong>{WHY_RATES_DIFFER}</p>
        </section>
    }
}

/// Published engagement-rate benchmarks, each labelled with its source.
#[component]
fn Benchmarks() -> impl IntoView {
    let rows = benchmark_table();
    let median_source = rows
        .iter()
        .find_map(|r| r.median)
        .map(|b| (b.measure, b.source));
    view! {
        <section class="ac-section" aria-labelledby="ac-bench-heading">
            <h2 id="ac-bench-heading">{t::AC_BENCHMARKS}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::AC_BENCHMARKS_REGION>
                <table class="ac-bench">
                    <caption>{t::AC_BENCHMARKS_CAPTION}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t::AC_NETWORK}</th>
                            <th scope="col">
                                {t::AC_MEDIAN_COLUMN}
                                {median_source.map(|(_, source)| view! { <span class="ac-source">{format!(" ({source})")}</span> })}
                            </th>
                            <th scope="col">
                                {t::AC_CHANGE_COLUMN}
                                <span class="ac-source">{format!(" ({YEAR_ON_YEAR_SOURCE})")}</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|r| view! {
                                <tr>
                                    <th scope="row">{r.network.label()}</th>
                                    <td>{r.median.map_or_else(|| t::NO_FIGURE.to_string(), |b| crate::domain::wording::percent_upto(b.rate_percent, 3))}</td>
                                    <td>{r.change.map_or_else(|| t::NO_FIGURE.to_string(), |c| crate::domain::wording::percent_upto(c, 0))}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            {median_source.map(|(measure, _)| view! { <p class="hint">{t::median_method(measure)}</p> })}
            <p class="hint">{t::RELATIVE_CHANGE}</p>
            <p class="hint">{METHODS_DIFFER}</p>
        </section>
    }
}

#[component]
fn ClickThrough(results: Memo<CalculatorResults>) -> impl IntoView {
    let state = use_app_state();
    let analytics = state.progress.workbook().analytics();
    let impressions = move || {
        analytics.with(|analytics| {
            let v = analytics.inputs.impressions.trim().to_string();
            if v.is_empty() {
                t::IMPRESSIONS_NOT_ENTERED.to_string()
            } else {
                v
            }
        })
    };
    view! {
        <section class="ac-section" aria-labelledby="ac-ctr-heading">
            <h2 id="ac-ctr-heading">{t::AC_CLICK_THROUGH}</h2>
            <p class="glossary-links"><GlossaryLink id=term::CTR /></p>
            <div class="ac-fields">
                <AmountField id="ac-clicks" label=t::AC_LINK_CLICKS kind=Kind::Count get=|i| &i.clicks set=|i, v| i.clicks = v />
            </div>
            <p class="hint">{move || t::uses_impressions(impressions())}</p>
            <div class="ac-card">
                <ResultLine
                    label=t::AC_CLICK_THROUGH
                    needs=t::NEEDS_CLICKS
                    value=Signal::derive(move || results.with(|r| r.click_through.clone()))
                    show=percent
                />
                <LiveSummary text=Signal::derive(move || results.with(|r| spoken(t::AC_CLICK_THROUGH, &r.click_through, percent))) />
                <p class="ac-formula">{t::FORMULA} <code>{t::CTR_FORMULA}</code></p>
                <p class="ac-context">{t::CTR_CONTEXT}</p>
            </div>
        </section>
    }
}

#[component]
fn Conversion(results: Memo<CalculatorResults>) -> impl IntoView {
    view! {
        <section class="ac-section" aria-labelledby="ac-conv-heading">
            <h2 id="ac-conv-heading">{t::AC_CONVERSION}</h2>
            <p class="glossary-links"><GlossaryLink id=term::CONVERSION_RATE /></p>
            <div class="ac-fields">
                <AmountField id="ac-conversions" label=t::AC_CONVERSIONS kind=Kind::Count get=|i| &i.conversions set=|i, v| i.conversions = v />
                <AmountField id="ac-visits" label=t::AC_VISITS kind=Kind::Count get=|i| &i.visits set=|i, v| i.visits = v />
            </div>
            <div class="ac-card">
                <ResultLine
                    label=t::AC_CONVERSION
                    needs=t::NEEDS_CONVERSIONS
                    value=Signal::derive(move || results.with(|r| r.conversion.clone()))
                    show=percent
                />
                <LiveSummary text=Signal::derive(move || results.with(|r| spoken(t::AC_CONVERSION, &r.conversion, percent))) />
                <p class="ac-formula">{t::FORMULA} <code>{t::CONVERSION_FORMULA}</code></p>
                <p class="ac-context">{t::CONVERSION_CONTEXT}</p>
            </div>
        </section>
    }
}

#[component]
fn CostAndRoi(results: Memo<CalculatorResults>) -> impl IntoView {
    view! {
        <section class="ac-section" aria-labelledby="ac-roi-heading">
            <h2 id="ac-roi-heading">{t::AC_COST_AND_ROI}</h2>
            <p class="glossary-links"><GlossaryLink id=term::ROI /></p>
            <div class="ac-fields">
                <AmountField id="ac-cost" label=t::AC_COST kind=Kind::Amount get=|i| &i.cost set=|i, v| i.cost = v />
                <AmountField id="ac-results" label=t::AC_RESULTS kind=Kind::Count get=|i| &i.results set=|i, v| i.results = v />
                <AmountField id="ac-value" label=t::AC_VALUE kind=Kind::Amount get=|i| &i.value set=|i, v| i.value = v />
            </div>
            <LiveSummary text=Signal::derive(move || results.with(|r| t::cost_summary(
                spoken(t::COST_PER_RESULT, &r.cost_per_result, money),
                spoken(t::ROI, &r.roi, whole_percent)
            ))) />
            <div class="ac-results">
                <div class="ac-card">
                    <ResultLine
                        label=t::COST_PER_RESULT
                        needs=t::NEEDS_COST_PER_RESULT
                        value=Signal::derive(move || results.with(|r| r.cost_per_result.clone()))
                        show=money
                    />
                    <p class="ac-formula">{t::FORMULA} <code>{t::COST_FORMULA}</code></p>
                    <p class="ac-context">{t::COST_CONTEXT}</p>
                </div>
                <div class="ac-card">
                    <ResultLine
                        label=t::ROI
                        needs=t::NEEDS_ROI
                        value=Signal::derive(move || results.with(|r| r.roi.clone()))
                        show=whole_percent
                    />
                    <p class="ac-formula">{t::FORMULA} <code>{t::ROI_FORMULA}</code></p>
                    <p class="ac-context">{t::ROI_CONTEXT}</p>
                </div>
            </div>
        </section>
    }
}

/// Which rate the learner reports, and the weekly, monthly and quarterly rhythm.
#[component]
fn ReportingRhythm() -> impl IntoView {
    let state = use_app_state();
    let analytics = state.progress.workbook().analytics();
    let text_area = |id: &'static str,
                     label: &'static str,
                     hint: &'static str,
                     get: fn(&MeasurementPlan) -> &String,
                     set: fn(&mut MeasurementPlan, String)| {
        view! {
            <TextField
                id=id
                label=label
                rows=3
                maxlength=2000
                hint=hint
                value=Signal::derive(move || analytics.with(|analytics| get(&analytics.measurement).clone()))
                on_input=Callback::new(move |v| analytics.update(|analytics| set(&mut analytics.measurement, v)))
            />
        }
    };
    view! {
        <section class="ac-section" aria-labelledby="ac-rhythm-heading">
            <h2 id="ac-rhythm-heading">{t::AC_RHYTHM}</h2>
            <ChoiceGroup
                name="ac-basis"
                legend=t::AC_WHICH_RATE
                class="ac-fieldset"
                list_class="ac-options"
                options=RateBasis::ALL.into_iter().map(|b| Choice::new(slug_of(&b), b.label())).collect()
                checked=Callback::new(move |i: usize| analytics.with(|analytics| analytics.measurement.rate_basis == Some(RateBasis::ALL[i])))
                on_change=Callback::new(move |(i, _): (usize, bool)| analytics.update(|analytics| analytics.measurement.rate_basis = Some(RateBasis::ALL[i])))
            />
            {text_area(
                "ac-weekly",
                t::AC_WEEKLY,
                t::AC_WEEKLY_HINT,
                |m| &m.weekly,
                |m, v| m.weekly = v,
            )}
            {text_area(
                "ac-monthly",
                t::AC_MONTHLY,
                t::AC_MONTHLY_HINT,
                |m| &m.monthly,
                |m, v| m.monthly = v,
            )}
            {text_area(
                "ac-quarterly",
                t::AC_QUARTERLY,
                t::AC_QUARTERLY_HINT,
                |m| &m.quarterly,
                |m, v| m.quarterly = v,
            )}
            <TextField
                id="ac-first-review"
                label=t::AC_FIRST_REVIEW
                maxlength=200
                value=Signal::derive(move || analytics.with(|analytics| analytics.measurement.first_review.clone()))
                on_input=Callback::new(move |v| analytics.update(|analytics| analytics.measurement.first_review = v))
            />
        </section>
    }
}

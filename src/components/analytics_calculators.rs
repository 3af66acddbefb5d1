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
            <p>
                "Type the numbers from your platform's insights. Commas and spaces are fine "
                "(1,500 or 1 500); amounts may start with £, $ or €. Results update as you type."
            </p>
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
    /// What to fill in, for the blank case: "engagements and followers".
    needs: &'static str,
    value: Signal<Result<f64, CalcError>>,
    show: fn(f64) -> String,
) -> impl IntoView {
    view! {
        <div class="ac-result" role="group" aria-label=label>
            <p class="ac-result-line">
                <span class="ac-result-label">{label} ": "</span>
                <strong class="ac-result-value">
                    {move || value.get().map(show).unwrap_or_else(|_| "–".to_string())}
                </strong>
            </p>
            {move || value.get().err().map(|e| {
                let blank = e == CalcError::Blank;
                let text = if blank { format!("Enter {needs} to calculate this.") } else { e.to_string() };
                view! { <p class="ac-result-message" class:ac-result-blank=blank>{text}</p> }
            })}
        </div>
    }
}

/// "Label: value" for a section's spoken summary ("Label: not calculated yet" when it can't be).
fn spoken(label: &str, value: &Result<f64, CalcError>, show: fn(f64) -> String) -> String {
    match value {
        Ok(v) => format!("{label}: {}", show(*v)),
        Err(_) => format!("{label}: not calculated yet"),
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
            <h2 id="ac-eng-heading">"Engagement rate"</h2>
            <p class="glossary-links">
                <GlossaryLink id=term::ENGAGEMENT_RATE /> " · " <GlossaryLink id=term::REACH /> " · "
                <GlossaryLink id=term::IMPRESSIONS />
            </p>
            <fieldset class="ac-fieldset">
                <legend>"Engagements on the post (blank boxes count as 0)"</legend>
                <div class="ac-fields">
                    <AmountField id="ac-reactions" label="Reactions (likes)" kind=Kind::Count get=|i| &i.reactions set=|i, v| i.reactions = v />
                    <AmountField id="ac-comments" label="Comments" kind=Kind::Count get=|i| &i.comments set=|i, v| i.comments = v />
                    <AmountField id="ac-shares" label="Shares" kind=Kind::Count get=|i| &i.shares set=|i, v| i.shares = v />
                    <AmountField id="ac-saves" label="Saves" kind=Kind::Count get=|i| &i.saves set=|i, v| i.saves = v />
                </div>
                <p class="ac-total">
                    {move || match total() {
                        Ok(n) => format!("Total engagements: {}.", format_number(n as f64, 0).unwrap_or_default()),
                        Err(CalcError::Blank) => "Total engagements: – (enter at least one of the four).".to_string(),
                        Err(e) => format!("Total engagements: – {e}"),
                    }}
                </p>
            </fieldset>
            <fieldset class="ac-fieldset">
                <legend>"What to divide by"</legend>
                <div class="ac-fields">
                    <AmountField id="ac-followers" label="Followers" kind=Kind::Count get=|i| &i.followers set=|i, v| i.followers = v />
                    <AmountField id="ac-reach" label="Reach (accounts that saw it)" kind=Kind::Count get=|i| &i.reach set=|i, v| i.reach = v />
                    <AmountField id="ac-impressions" label="Impressions (views)" kind=Kind::Count get=|i| &i.impressions set=|i, v| i.impressions = v />
                </div>
            </fieldset>
            <div class="ac-results">
                {RateBasis::ALL
                    .into_iter()
                    .map(|basis| {
                        let needs = match basis {
                            RateBasis::Followers => "engagements and followers",
                            RateBasis::Reach => "engagements and reach",
                            RateBasis::Impressions => "engagements and impressions",
                        };
                        let compare = match basis {
                            RateBasis::Followers => "Calculated like the published benchmarks below (by followers).",
                            _ => "Don't compare this with the benchmarks below: they divide by followers.",
                        };
                        view! {
                            <div class="ac-card">
                                <ResultLine label=basis.label() needs=needs value=rate(basis) show=percent />
                                <p class="ac-formula">"Formula: " <code>{basis.formula()}</code></p>
                                <p class="ac-context">"Best for: " {basis.best_for()} " " {compare}</p>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <LiveSummary text=Signal::derive(move || results.with(|r| {
                let total = match &r.engagements {
                    Ok(n) => format!("Total engagements: {}", format_number(*n as f64, 0).unwrap_or_default()),
                    Err(_) => "Total engagements: not calculated yet".to_string(),
                };
                let rates = [
                    spoken(RateBasis::Followers.label(), &r.by_followers, percent),
                    spoken(RateBasis::Reach.label(), &r.by_reach, percent),
                    spoken(RateBasis::Impressions.label(), &r.by_impressions, percent),
                ];
                format!("{total}; {}.", rates.join("; "))
            })) />
            <p class="ac-why"><strong>"Why the three differ. "</strong>{WHY_RATES_DIFFER}</p>
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
            <h2 id="ac-bench-heading">"Published benchmarks, with their sources"</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Published engagement-rate benchmarks">
                <table class="ac-bench">
                    <caption>"Engagement-rate benchmarks quoted in the course"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Network"</th>
                            <th scope="col">
                                "Median engagement rate per post, by followers"
                                {median_source.map(|(_, source)| view! { <span class="ac-source">{format!(" ({source})")}</span> })}
                            </th>
                            <th scope="col">
                                "Change year on year (relative)"
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
                                    <td>{r.median.map_or_else(|| "No figure in the course".to_string(), |b| format!("{}%", b.rate_percent))}</td>
                                    <td>{r.change.map_or_else(|| "No figure in the course".to_string(), |c| format!("{c}%"))}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            {median_source.map(|(measure, _)| view! { <p class="hint">{format!("Method of the median rates: {measure}.")}</p> })}
            <p class="hint">
                "A relative change is not percentage points: a rate of 1.00% that falls by 36% becomes 0.64%."
            </p>
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
                "not entered yet".to_string()
            } else {
                v
            }
        })
    };
    view! {
        <section class="ac-section" aria-labelledby="ac-ctr-heading">
            <h2 id="ac-ctr-heading">"Click-through rate"</h2>
            <p class="glossary-links"><GlossaryLink id=term::CTR /></p>
            <div class="ac-fields">
                <AmountField id="ac-clicks" label="Link clicks" kind=Kind::Count get=|i| &i.clicks set=|i, v| i.clicks = v />
            </div>
            <p class="hint">{move || format!("Uses the impressions entered above: {}.", impressions())}</p>
            <div class="ac-card">
                <ResultLine
                    label="Click-through rate"
                    needs="link clicks and impressions"
                    value=Signal::derive(move || results.with(|r| r.click_through.clone()))
                    show=percent
                />
                <LiveSummary text=Signal::derive(move || results.with(|r| spoken("Click-through rate", &r.click_through, percent))) />
                <p class="ac-formula">"Formula: " <code>"link clicks ÷ impressions × 100"</code></p>
                <p class="ac-context">
                    "The course quotes no published benchmark for click-through rate: compare with your own "
                    "previous months, measured the same way."
                </p>
            </div>
        </section>
    }
}

#[component]
fn Conversion(results: Memo<CalculatorResults>) -> impl IntoView {
    view! {
        <section class="ac-section" aria-labelledby="ac-conv-heading">
            <h2 id="ac-conv-heading">"Conversion rate"</h2>
            <p class="glossary-links"><GlossaryLink id=term::CONVERSION_RATE /></p>
            <div class="ac-fields">
                <AmountField id="ac-conversions" label="Conversions (orders, bookings, demo requests)" kind=Kind::Count get=|i| &i.conversions set=|i, v| i.conversions = v />
                <AmountField id="ac-visits" label="Visits from social (or clicks)" kind=Kind::Count get=|i| &i.visits set=|i, v| i.visits = v />
            </div>
            <div class="ac-card">
                <ResultLine
                    label="Conversion rate"
                    needs="conversions and visits"
                    value=Signal::derive(move || results.with(|r| r.conversion.clone()))
                    show=percent
                />
                <LiveSummary text=Signal::derive(move || results.with(|r| spoken("Conversion rate", &r.conversion, percent))) />
                <p class="ac-formula">"Formula: " <code>"conversions ÷ visits × 100"</code></p>
                <p class="ac-context">
                    "Count only conversions you can trace (tagged links, codes, \"How did you hear about "
                    "us?\"). No benchmark is quoted in the course: track your own trend."
                </p>
            </div>
        </section>
    }
}

#[component]
fn CostAndRoi(results: Memo<CalculatorResults>) -> impl IntoView {
    view! {
        <section class="ac-section" aria-labelledby="ac-roi-heading">
            <h2 id="ac-roi-heading">"Cost per result and ROI"</h2>
            <p class="glossary-links"><GlossaryLink id=term::ROI /></p>
            <div class="ac-fields">
                <AmountField id="ac-cost" label="Total cost (ads, tools and your time)" kind=Kind::Amount get=|i| &i.cost set=|i, v| i.cost = v />
                <AmountField id="ac-results" label="Results (orders, leads, demo requests)" kind=Kind::Count get=|i| &i.results set=|i, v| i.results = v />
                <AmountField id="ac-value" label="Value gained (margin, not revenue)" kind=Kind::Amount get=|i| &i.value set=|i, v| i.value = v />
            </div>
            <LiveSummary text=Signal::derive(move || results.with(|r| format!(
                "{}; {}.",
                spoken("Cost per result", &r.cost_per_result, money),
                spoken("ROI", &r.roi, whole_percent)
            ))) />
            <div class="ac-results">
                <div class="ac-card">
                    <ResultLine
                        label="Cost per result"
                        needs="the total cost and the number of results"
                        value=Signal::derive(move || results.with(|r| r.cost_per_result.clone()))
                        show=money
                    />
                    <p class="ac-formula">"Formula: " <code>"total cost ÷ number of results"</code></p>
                    <p class="ac-context">"In the currency you entered. Use it when a result has no fair money value, or the sale comes months later."</p>
                </div>
                <div class="ac-card">
                    <ResultLine
                        label="ROI"
                        needs="the value gained and the total cost"
                        value=Signal::derive(move || results.with(|r| r.roi.clone()))
                        show=whole_percent
                    />
                    <p class="ac-formula">"Formula: " <code>"(value gained − cost) ÷ cost × 100"</code></p>
                    <p class="ac-context">
                        "0% means you got your money back and nothing more; below 0% you lost money. Count "
                        "margin rather than revenue, and include your time, or the ROI flatters the campaign."
                    </p>
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
            <h2 id="ac-rhythm-heading">"Your reporting rhythm"</h2>
            <ChoiceGroup
                name="ac-basis"
                legend="Which engagement rate will you report?"
                class="ac-fieldset"
                list_class="ac-options"
                options=RateBasis::ALL.into_iter().map(|b| Choice::new(slug_of(&b), b.label())).collect()
                checked=Callback::new(move |i: usize| analytics.with(|analytics| analytics.measurement.rate_basis == Some(RateBasis::ALL[i])))
                on_change=Callback::new(move |(i, _): (usize, bool)| analytics.update(|analytics| analytics.measurement.rate_basis = Some(RateBasis::ALL[i])))
            />
            {text_area(
                "ac-weekly",
                "Weekly check (15 minutes)",
                "Is anything broken or urgent? Unanswered messages, unusual posts, broken links.",
                |m| &m.weekly,
                |m, v| m.weekly = v,
            )}
            {text_area(
                "ac-monthly",
                "Monthly report (1–2 hours)",
                "Are we moving towards our goals? The decision metric per goal, two or three supporting metrics, cost, one lesson.",
                |m| &m.monthly,
                |m, v| m.monthly = v,
            )}
            {text_area(
                "ac-quarterly",
                "Quarterly review (half a day)",
                "Is the strategy still right? Goals, platforms, budget, pillars, ROI per channel: start, stop, continue.",
                |m| &m.quarterly,
                |m, v| m.quarterly = v,
            )}
            <TextField
                id="ac-first-review"
                label="Date of the first full review"
                maxlength=200
                value=Signal::derive(move || analytics.with(|analytics| analytics.measurement.first_review.clone()))
                on_input=Callback::new(move |v| analytics.update(|analytics| analytics.measurement.first_review = v))
            />
        </section>
    }
}

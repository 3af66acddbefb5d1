//! "Boost or not, and for how much" (lesson `paid-social-basics`): platform, objective, audience
//! size, budget per day and days in; expected reach, frequency and clicks out as ranges, with
//! warnings and a verdict. The logic is `domain::workbook::paid`; entries are saved in
//! `workbook.paid` through the store's field (`state.progress.workbook().paid()`), never the
//! whole progress.
//!
//! The boxes save on every keystroke (saving itself waits, see `state.rs`), but the results and
//! their live summary follow a copy that settles `SETTLE` after typing pauses, so a screen reader
//! hears one summary, not one per key.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::glossary_link::GlossaryLink;
use crate::content::term;

use crate::components::checkbox_field::CheckboxField;
use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::number_field::NumberField;
use crate::components::text_field::TextField;
use crate::domain::objective::MarketingObjective;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::paid::{
    self, benchmark, Benchmark, Estimate, Needed, PaidPlatform, PaidWork, Warning, BENCHMARK_NOTE,
    MAX_AUDIENCE, MAX_CPM_CENTS, MAX_CTR_BP, MAX_DAILY_BUDGET, MAX_DAYS, MINIMUMS, RULES_OF_THUMB,
};
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::{use_app_state, AppState};

/// How long typing must pause before the results and their summary update.
const SETTLE: Duration = Duration::from_millis(600);

/// What a box shows, read from the entries.
type Shown = fn(&PaidWork) -> Option<f64>;
/// Stores a box's value (already scaled and clamped), `None` for blank.
type StoreFn = fn(&mut PaidWork, Option<u64>);

fn paid_of(state: AppState) -> impl Fn() -> PaidWork + Copy {
    move || state.progress.workbook().paid().get()
}

fn edit(state: AppState, f: impl FnOnce(&mut PaidWork)) {
    state.progress.workbook().paid().update(f);
}

#[component]
pub fn BoostCalculator() -> impl IntoView {
    let state = use_app_state();
    let current = paid_of(state);

    // The copy the results follow: it catches up once typing pauses.
    let settled = RwSignal::new(state.progress.workbook().paid().get_untracked());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first_done: Option<()>| {
        let now = current();
        if first_done.is_none() {
            settled.set(now);
            return;
        }
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                let _ = settled.try_set(now);
            },
            SETTLE,
        )
        .ok();
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
    });

    let estimate = Memo::new(move |_| settled.with(PaidWork::estimate));
    let warnings = Memo::new(move |_| settled.with(PaidWork::warnings));
    let verdict = Memo::new(move |_| settled.with(PaidWork::verdict));

    let platform = Signal::derive(move || state.progress.workbook().paid().with(|p| p.platform));
    let objective = Signal::derive(move || state.progress.workbook().paid().with(|p| p.objective));
    let followers = move || {
        state
            .progress
            .workbook()
            .paid()
            .with(|p| p.followers_already)
    };
    let decision = move || {
        state
            .progress
            .workbook()
            .paid()
            .with(|p| p.decision.clone())
    };

    view! {
        <div class="tool tool-a boost">
            <p>
                "Try a boost on paper before you pay for it. Amounts are in your ad account's currency; "
                "the platforms' minimums are in U.S. dollars or the equivalent. What you enter is kept in "
                "this browser and goes into the Paid section of your plan."
            </p>

            <ChoiceGroup
                name="boost-platform"
                legend="1. Where would you advertise?"
                list_class="tc-options"
                options=PaidPlatform::ALL.into_iter().map(|p| Choice::new(p.slug(), p.label())).collect()
                checked=Callback::new(move |i: usize| platform.get() == Some(PaidPlatform::ALL[i]))
                on_change=Callback::new(move |(i, _): (usize, bool)| edit(state, |w| w.platform = Some(PaidPlatform::ALL[i])))
            />

            <ChoiceGroup
                name="boost-objective"
                legend="2. What should the advert do?"
                list_class="tc-options"
                options=MarketingObjective::ALL.into_iter().map(|o| Choice::new(o.slug(), o.label())).collect()
                checked=Callback::new(move |i: usize| objective.get() == Some(MarketingObjective::ALL[i]))
                on_change=Callback::new(move |(i, _): (usize, bool)| edit(state, |w| w.objective = Some(MarketingObjective::ALL[i])))
            >
                <CheckboxField
                    id="boost-followers"
                    label="Most of the people I want to reach already follow us"
                    checked=Signal::derive(followers)
                    on_change=Callback::new(move |on| edit(state, |w| w.followers_already = on))
                />
            </ChoiceGroup>

            <fieldset>
                <legend>"3. Audience, budget and days"</legend>
                <NumberBox
                    id="boost-audience"
                    label="Audience size (people)"
                    hint="The size your ads manager shows for the audience you would choose."
                    step="1"
                    scale=1.0
                    max=MAX_AUDIENCE
                    shown=|p| p.audience.map(|a| a as f64)
                    store=|p, v| p.audience = v
                />
                <NumberBox
                    id="boost-budget"
                    label="Budget per day"
                    hint="Whole units of your currency, for example 5."
                    step="1"
                    scale=1.0
                    max=u64::from(MAX_DAILY_BUDGET)
                    shown=|p| p.daily_budget.map(f64::from)
                    store=|p, v| p.daily_budget = v.map(|v| u32::try_from(v).unwrap_or(MAX_DAILY_BUDGET))
                />
                <NumberBox
                    id="boost-days"
                    label="Number of days"
                    hint="Up to 365."
                    step="1"
                    scale=1.0
                    max=u64::from(MAX_DAYS)
                    shown=|p| p.days.map(f64::from)
                    store=|p, v| p.days = v.map(|v| u32::try_from(v).unwrap_or(MAX_DAYS))
                />
            </fieldset>

            <fieldset>
                <legend>"4. Costs and click rates (edit them)"</legend>
                <p class="hint" id="boost-assumption-note">{BENCHMARK_NOTE}</p>
                <p class="glossary-links"><GlossaryLink id=term::CPM /> " · " <GlossaryLink id=term::CTR /></p>
                <p class="hint">
                    {move || match platform.get() {
                        Some(p) => suggested(p),
                        None => "Choose a platform to fill in suggested ranges.".to_string(),
                    }}
                </p>
                <div class="boost-pairs">
                    <NumberBox
                        id="boost-cpm-low"
                        label="Cost per 1,000 impressions, low"
                        step="any"
                        scale=100.0
                        max=u64::from(MAX_CPM_CENTS)
                        shown=|p| p.cpm_low.or(p.platform.map(|x| benchmark(x).cpm_cents.0)).map(|c| f64::from(c) / 100.0)
                        store=|p, v| p.cpm_low = v.map(|v| u32::try_from(v).unwrap_or(MAX_CPM_CENTS))
                    />
                    <NumberBox
                        id="boost-cpm-high"
                        label="Cost per 1,000 impressions, high"
                        step="any"
                        scale=100.0
                        max=u64::from(MAX_CPM_CENTS)
                        shown=|p| p.cpm_high.or(p.platform.map(|x| benchmark(x).cpm_cents.1)).map(|c| f64::from(c) / 100.0)
                        store=|p, v| p.cpm_high = v.map(|v| u32::try_from(v).unwrap_or(MAX_CPM_CENTS))
                    />
                    <NumberBox
                        id="boost-ctr-low"
                        label="Click-through rate (%), low"
                        step="any"
                        scale=100.0
                        max=u64::from(MAX_CTR_BP)
                        shown=|p| p.ctr_low.or(p.platform.map(|x| benchmark(x).ctr_bp.0)).map(|c| f64::from(c) / 100.0)
                        store=|p, v| p.ctr_low = v.map(|v| u32::try_from(v).unwrap_or(MAX_CTR_BP))
                    />
                    <NumberBox
                        id="boost-ctr-high"
                        label="Click-through rate (%), high"
                        step="any"
                        scale=100.0
                        max=u64::from(MAX_CTR_BP)
                        shown=|p| p.ctr_high.or(p.platform.map(|x| benchmark(x).ctr_bp.1)).map(|c| f64::from(c) / 100.0)
                        store=|p, v| p.ctr_high = v.map(|v| u32::try_from(v).unwrap_or(MAX_CTR_BP))
                    />
                </div>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| edit(state, |w| {
                        w.cpm_low = None;
                        w.cpm_high = None;
                        w.ctr_low = None;
                        w.ctr_high = None;
                    })
                >
                    "Use the suggested ranges again"
                </button>
            </fieldset>

            <section class="tool-section" aria-labelledby="boost-results-heading">
                <h3 id="boost-results-heading">"What to expect"</h3>
                <div class="result-box" role="status" aria-live="polite" aria-atomic="true">
                    <p>{move || summary(&estimate.get(), &warnings.get())}</p>
                    {move || verdict.get().map(|v| view! {
                        <p class="boost-verdict"><strong>"Verdict: "</strong>{v.label()}</p>
                    })}
                </div>
                {move || estimate.get().ok().map(|e| view! { <Results estimate=e /> })}
                <Warnings warnings=warnings />
                <p class="hint">
                    "The low end uses the high cost per 1,000 impressions and the low click-through rate; the "
                    "high end the opposite. Reach assumes the platform spreads the impressions at random over "
                    "the audience; real delivery repeats more, so real reach is often lower and frequency higher."
                </p>
            </section>

            <TextField
                id="boost-decision"
                label="Your decision: boost or not, and why"
                rows=3
                maxlength=2000
                value=Signal::derive(decision)
                on_input=Callback::new(move |text| edit(state, |w| w.decision = text))
            />

            <Sources />
        </div>
    }
}

/// "Suggested for Meta (Facebook, Instagram): cost per 1,000 impressions 17.97–24.67 (from
/// Superads, 2025), click-through rate 0.79%–1.30% (from Lebesgue, 2024)."
fn suggested(p: PaidPlatform) -> String {
    let b = benchmark(p);
    format!(
        "Suggested for {}: cost per 1,000 impressions {}–{} ({}), click-through rate {}–{} ({}).",
        p.label(),
        paid::cents_text(b.cpm_cents.0),
        paid::cents_text(b.cpm_cents.1),
        Benchmark::credit(b.cpm_source),
        paid::bp_text(b.ctr_bp.0),
        paid::bp_text(b.ctr_bp.1),
        Benchmark::credit(b.ctr_source),
    )
}

/// One sentence for the live region.
fn summary(estimate: &Result<Estimate, Vec<Needed>>, warnings: &[Warning]) -> String {
    let count = match warnings.len() {
        0 => "No warnings.".to_string(),
        1 => "1 warning below.".to_string(),
        n => format!("{n} warnings below."),
    };
    match estimate {
        Ok(e) => format!(
            "Expected: {} people reached, about {} views each, {} clicks. {count}",
            paid::range_text(e.reach),
            paid::frequency_text(e.frequency),
            paid::range_text(e.clicks),
        ),
        Err(needed) if warnings.is_empty() => paid::needed_sentence(needed),
        Err(needed) => format!("{} {count}", paid::needed_sentence(needed)),
    }
}

#[component]
fn Results(estimate: Estimate) -> impl IntoView {
    let rows = [
        (
            "Spend",
            paid::format_money(estimate.spend),
            "budget per day × days",
        ),
        (
            "Impressions",
            paid::range_text(estimate.impressions),
            "times the advert is shown",
        ),
        (
            "Reach",
            format!("{} people", paid::range_text(estimate.reach)),
            "people who see it at least once",
        ),
        (
            "Frequency",
            format!(
                "{} views per person ({} a week)",
                paid::frequency_text(estimate.frequency),
                paid::frequency_text(estimate.weekly_frequency)
            ),
            "impressions ÷ reach",
        ),
        (
            "Clicks",
            paid::range_text(estimate.clicks),
            "impressions × click-through rate",
        ),
    ];
    view! {
        <dl class="boost-results">
            {rows
                .into_iter()
                .map(|(label, value, how)| view! {
                    <div class="boost-result">
                        <dt>{label}</dt>
                        <dd><strong>{value}</strong>" "<span class="hint">{format!("({how})")}</span></dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
}

#[component]
fn Warnings(warnings: Memo<Vec<Warning>>) -> impl IntoView {
    view! {
        <Show when=move || warnings.with(|w| !w.is_empty())>
            <h4>"Warnings"</h4>
            <ul class="boost-warnings">
                {move || warnings
                    .get()
                    .into_iter()
                    .map(|w| view! { <li class="field-issue"><span class="field-issue-label">"Warning: "</span>{w.message}</li> })
                    .collect_view()}
            </ul>
        </Show>
    }
}

/// The cited minimums and benchmarks, and which figures are guesses or rules of thumb.
#[component]
fn Sources() -> impl IntoView {
    view! {
        <details class="tool-section">
            <summary>"Where the figures come from"</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Platform minimum budgets">
                <table>
                    <caption>"Minimum daily budgets the tool checks"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Platform"</th>
                            <th scope="col">"Minimum"</th>
                            <th scope="col">"Applies to"</th>
                            <th scope="col">"Source"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {MINIMUMS
                            .iter()
                            .map(|m| view! {
                                <tr>
                                    <th scope="row">{m.platform.label()}</th>
                                    <td>{m.phrase()}</td>
                                    <td>{m.applies_to}</td>
                                    <td>{m.citation()}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint">"Starting ranges for cost per 1,000 impressions and click-through rate:"</p>
            <ul class="hint">
                {PaidPlatform::ALL
                    .into_iter()
                    .map(|p| view! { <li>{suggested(p)}</li> })
                    .collect_view()}
            </ul>
            <ul class="hint">
                {paid::SOURCES
                    .iter()
                    .map(|s| view! { <li>{s.publisher}", "<a href=s.url>{s.title}</a>", "{s.year}</li> })
                    .collect_view()}
            </ul>
            <ul class="hint">
                {RULES_OF_THUMB
                    .into_iter()
                    .map(|(what, why)| view! { <li><strong>{what}</strong>": "{why}</li> })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// A number box for one entry: the stored value as text, and what is typed read with
/// `paid::parse_scaled` (blank is kept as "not given").
#[component]
fn NumberBox(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    /// The arrows' step ("1", or "any" for amounts with cents).
    step: &'static str,
    /// Stored units per unit typed (100 for cents).
    scale: f64,
    max: u64,
    shown: Shown,
    store: StoreFn,
) -> impl IntoView {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    let value = Signal::derive(move || {
        state
            .progress
            .workbook()
            .paid()
            .with(|p| shown(p).map(number_text).unwrap_or_default())
    });
    let on_input = move |text: String| match paid::parse_scaled(&text, scale, max) {
        Ok(v) => {
            error.set(None);
            edit(state, |p| store(p, v));
        }
        Err(_) => error.set(Some("Enter a number of 0 or more.".to_string())),
    };
    let on_input = Callback::new(on_input);
    match hint {
        Some(hint) => view! { <NumberField id label hint step value on_input error /> }.into_any(),
        None => view! { <NumberField id label step value on_input error /> }.into_any(),
    }
}

/// A value as a number box accepts it: no separators, no trailing zeros (2.5, 40000).
fn number_text(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = crate::domain::wording::fixed(value, 2).unwrap_or_default();
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_string()
}

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
use crate::content::text::ui_calculators as t;

use crate::components::checkbox_field::CheckboxField;
use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::number_field::NumberField;
use crate::components::text_field::TextField;
use crate::domain::locale::is_singular;
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
            <p>{t::BOOST_INTRO}</p>

            <ChoiceGroup
                name="boost-platform"
                legend=t::BOOST_WHERE
                list_class="tc-options"
                options=PaidPlatform::ALL.into_iter().map(|p| Choice::new(p.slug(), p.label())).collect()
                checked=Callback::new(move |i: usize| platform.get() == Some(PaidPlatform::ALL[i]))
                on_change=Callback::new(move |(i, _): (usize, bool)| edit(state, |w| w.platform = Some(PaidPlatform::ALL[i])))
            />

            <ChoiceGroup
                name="boost-objective"
                legend=t::BOOST_OBJECTIVE
                list_class="tc-options"
                options=MarketingObjective::ALL.into_iter().map(|o| Choice::new(o.slug(), o.label())).collect()
                checked=Callback::new(move |i: usize| objective.get() == Some(MarketingObjective::ALL[i]))
                on_change=Callback::new(move |(i, _): (usize, bool)| edit(state, |w| w.objective = Some(MarketingObjective::ALL[i])))
            >
                <CheckboxField
                    id="boost-followers"
                    label=t::BOOST_FOLLOWERS_ALREADY
                    checked=Signal::derive(followers)
                    on_change=Callback::new(move |on| edit(state, |w| w.followers_already = on))
                />
            </ChoiceGroup>

            <fieldset>
                <legend>{t::BOOST_NUMBERS}</legend>
                <NumberBox
                    id="boost-audience"
                    label=t::BOOST_AUDIENCE
                    hint=t::BOOST_AUDIENCE_HINT
                    step="1"
                    scale=1.0
                    max=MAX_AUDIENCE
                    shown=|p| p.audience.map(|a| a as f64)
                    store=|p, v| p.audience = v
                />
                <NumberBox
                    id="boost-budget"
                    label=t::BOOST_BUDGET
                    hint=t::BOOST_BUDGET_HINT
                    step="1"
                    scale=1.0
                    max=u64::from(MAX_DAILY_BUDGET)
                    shown=|p| p.daily_budget.map(f64::from)
                    store=|p, v| p.daily_budget = v.map(|v| u32::try_from(v).unwrap_or(MAX_DAILY_BUDGET))
                />
                <NumberBox
                    id="boost-days"
                    label=t::BOOST_DAYS
                    hint=t::BOOST_DAYS_HINT
                    step="1"
                    scale=1.0
                    max=u64::from(MAX_DAYS)
                    shown=|p| p.days.map(f64::from)
                    store=|p, v| p.days = v.map(|v| u32::try_from(v).unwrap_or(MAX_DAYS))
                />
            </fieldset>

            <fieldset>
                <legend>{t::BOOST_RATES}</legend>
                <p class="hint" id="boost-assumption-note">{BENCHMARK_NOTE}</p>
                <p class="glossary-links"><GlossaryLink id=term::CPM /> " · " <GlossaryLink id=term::CTR /></p>
                <p class="hint">
                    {move || match platform.get() {
                        Some(p) => suggested(p),
                        None => t::CHOOSE_PLATFORM.to_string(),
                    }}
                </p>
                <div class="boost-pairs">
                    <NumberBox
                        id="boost-cpm-low"
                        label=t::CPM_LOW
                        step="any"
                        scale=100.0
                        max=u64::from(MAX_CPM_CENTS)
                        shown=|p| p.cpm_low.or(p.platform.map(|x| benchmark(x).cpm_cents.0)).map(|c| f64::from(c) / 100.0)
                        store=|p, v| p.cpm_low = v.map(|v| u32::try_from(v).unwrap_or(MAX_CPM_CENTS))
                    />
                    <NumberBox
                        id="boost-cpm-high"
                        label=t::CPM_HIGH
                        step="any"
                        scale=100.0
                        max=u64::from(MAX_CPM_CENTS)
                        shown=|p| p.cpm_high.or(p.platform.map(|x| benchmark(x).cpm_cents.1)).map(|c| f64::from(c) / 100.0)
                        store=|p, v| p.cpm_high = v.map(|v| u32::try_from(v).unwrap_or(MAX_CPM_CENTS))
                    />
                    <NumberBox
                        id="boost-ctr-low"
                        label=t::CTR_LOW
                        step="any"
                        scale=100.0
                        max=u64::from(MAX_CTR_BP)
                        shown=|p| p.ctr_low.or(p.platform.map(|x| benchmark(x).ctr_bp.0)).map(|c| f64::from(c) / 100.0)
                        store=|p, v| p.ctr_low = v.map(|v| u32::try_from(v).unwrap_or(MAX_CTR_BP))
                    />
                    <NumberBox
                        id="boost-ctr-high"
                        label=t::CTR_HIGH
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
                    {t::USE_SUGGESTED}
                </button>
            </fieldset>

            <section class="tool-section" aria-labelledby="boost-results-heading">
                <h3 id="boost-results-heading">{t::BOOST_EXPECT}</h3>
                <div class="result-box" role="status" aria-live="polite" aria-atomic="true">
                    <p>{move || summary(&estimate.get(), &warnings.get())}</p>
                    {move || verdict.get().map(|v| view! {
                        <p class="boost-verdict"><strong>{t::VERDICT}</strong>{v.label()}</p>
                    })}
                </div>
                {move || estimate.get().ok().map(|e| view! { <Results estimate=e /> })}
                <Warnings warnings=warnings />
                <p class="hint">{t::BOOST_RANGES}</p>
            </section>

            <TextField
                id="boost-decision"
                label=t::BOOST_DECISION
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
    t::suggested(
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
        0 => t::NO_WARNINGS.to_string(),
        n if is_singular(n as u64) => t::warnings_below_one(n),
        n => t::warnings_below_other(n),
    };
    match estimate {
        Ok(e) => t::expected(
            paid::range_text(e.reach),
            paid::frequency_text(e.frequency),
            paid::range_text(e.clicks),
            count,
        ),
        Err(needed) if warnings.is_empty() => paid::needed_sentence(needed),
        Err(needed) => t::needed_and_warnings(paid::needed_sentence(needed), count),
    }
}

#[component]
fn Results(estimate: Estimate) -> impl IntoView {
    let rows = [
        (t::SPEND, paid::format_money(estimate.spend), t::SPEND_HOW),
        (
            t::IMPRESSIONS,
            paid::range_text(estimate.impressions),
            t::IMPRESSIONS_HOW,
        ),
        (
            t::REACH,
            t::reach_people(paid::range_text(estimate.reach)),
            t::REACH_HOW,
        ),
        (
            t::FREQUENCY,
            t::frequency_views(
                paid::frequency_text(estimate.frequency),
                paid::frequency_text(estimate.weekly_frequency),
            ),
            t::FREQUENCY_HOW,
        ),
        (t::CLICKS, paid::range_text(estimate.clicks), t::CLICKS_HOW),
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
            <h4>{t::WARNINGS}</h4>
            <ul class="boost-warnings">
                {move || warnings
                    .get()
                    .into_iter()
                    .map(|w| view! { <li class="field-issue"><span class="field-issue-label">{t::WARNING}</span>{w.message}</li> })
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
            <summary>{t::BOOST_SOURCES}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::MINIMUMS_REGION>
                <table>
                    <caption>{t::MINIMUMS_CAPTION}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t::COLUMN_PLATFORM}</th>
                            <th scope="col">{t::COLUMN_MINIMUM}</th>
                            <th scope="col">{t::COLUMN_APPLIES_TO}</th>
                            <th scope="col">{t::COLUMN_SOURCE}</th>
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
            <p class="hint">{t::STARTING_RANGES}</p>
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
                    .map(|(what, why)| view! { <li><strong>{what}</strong>{t::COLON}{why}</li> })
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
        Err(_) => error.set(Some(t::ENTER_NUMBER.to_string())),
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
    let text = crate::domain::wording::fixed_machine(value, 2).unwrap_or_default();
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_string()
}

//! The platform explorer: a sortable, filterable table of the platforms, a side-by-side
//! comparison of two or three of them, and two charts (`platform_charts`).
//!
//! The whole view lives in the URL query (`ExplorerState::from_query` / `to_query`), so a teacher
//! can link to it: the view reads the location and every control writes a new query with
//! `replace`, never adding history entries. The logic is in `domain::explorer`.
//!
//! The minimum-share box is written by hand, not a `NumberField`: it applies when left (or on
//! Enter), not at every key, as each change re-sorts the table and is announced, and shows the
//! share applied ("12.6" as 13) at once; its refusal is an alert, read before its hint.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use web_sys::HtmlInputElement;

use crate::browser::focus_later;
use crate::components::checkbox_field::CheckboxField;
use crate::components::platform_charts::{AgeHeatMap, UsageBars};
use crate::components::select_field::{with_blank, SelectField, SelectOption};
use crate::content::platforms::{AgeBand, ContentFormat, Platform, PlatformData, PEW_2023};
use crate::content::text::ui_calculators as t;
use crate::domain::decimal::parse_decimal;
use crate::domain::explorer::{
    self, comparison_rows, formats_text, objectives_text, parse_min_percent, source_line,
    AudienceFilter, ExplorerState, SortColumn, SortDirection, MAX_COMPARE, TABLE_COLUMNS,
};
use crate::domain::objective::MarketingObjective;
use crate::domain::wording::capitalise;
use crate::url_state::use_query_writer;

/// Applies `f` to the current view and writes the result to the URL.
fn change(
    state: Memo<ExplorerState>,
    write: Callback<ExplorerState>,
    f: impl FnOnce(&mut ExplorerState),
) {
    let mut next = state.get_untracked();
    f(&mut next);
    if next != state.get_untracked() {
        write.run(next);
    }
}

#[component]
pub fn PlatformExplorer() -> impl IntoView {
    let location = use_location();
    let state = Memo::new(move |_| location.search.with(|q| ExplorerState::from_query(q)));
    // Written at once: the explorer's state is read back from the address. The hash is dropped:
    // the router scrolls to the element it names on every navigation.
    let address = use_query_writer(Duration::ZERO);
    let write = Callback::new(move |next: ExplorerState| address.write_now(next.to_query()));
    let refusal = RwSignal::new(String::new());
    let rows = Memo::new(move |_| state.with(explorer::rows));

    view! {
        <div class="tool platforms-tool explorer">
            <Filters state=state write=write />
            <p class="explorer-status" role="status">
                {move || state.with(|s| s.summary(rows.with(Vec::len)))}
            </p>
            <PlatformTable state=state write=write rows=rows refusal=refusal />
            <Comparison state=state write=write refusal=refusal />
            <section class="explorer-charts" aria-labelledby="pe-charts-heading">
                <h3 id="pe-charts-heading">{t::PE_CHARTS}</h3>
                <UsageBars state=state />
                <AgeHeatMap rows=rows />
            </section>
        </div>
    }
}

#[component]
fn Filters(state: Memo<ExplorerState>, write: Callback<ExplorerState>) -> impl IntoView {
    // The minimum share is kept even while no age band is chosen, so choosing one applies it.
    let min_percent =
        RwSignal::new(state.with_untracked(|s| s.audience.map_or(0, |a| a.min_percent)));
    let set_audience = move |age: Option<AgeBand>, min: u8| {
        change(state, write, |s| {
            s.audience = age.map(|age| AudienceFilter {
                age,
                min_percent: min,
            });
        });
    };
    let age = move || state.with(|s| s.audience.map(|a| a.age));
    // A share outside 0–100 (or not a number) is refused with a message beside the field; the
    // filter keeps the last valid share and the learner's text stays for them to correct.
    let min_error = RwSignal::new(false);
    let on_min = move |ev: leptos::ev::Event| {
        let input = event_target::<HtmlInputElement>(&ev);
        let text = input.value();
        let valid = text.trim().is_empty()
            || parse_decimal(text.trim()).is_some_and(|v| (0.0..=100.0).contains(&v));
        min_error.set(!valid);
        if !valid {
            return;
        }
        let min = parse_min_percent(&text, min_percent.get_untracked());
        // Show what is applied, even when it equals the last value (e.g. "12.6" read as 13).
        input.set_value(&min.to_string());
        min_percent.set(min);
        set_audience(age(), min);
    };
    let shown_min = move || {
        state
            .with(|s| s.audience.map(|a| a.min_percent))
            .unwrap_or_else(|| min_percent.get())
    };
    view! {
        <div class="explorer-controls">
            <fieldset class="explorer-fieldset">
                <legend>{t::PE_FILTER}</legend>
                <SelectField
                    id="pe-objective"
                    label=t::PE_OBJECTIVE
                    class="pt-field"
                    options=with_blank(t::ANY_OBJECTIVE, MarketingObjective::ALL.map(|o| SelectOption::new(o.slug(), o.label())))
                    value=Signal::derive(move || state.with(|s| s.objective.map_or("", |o| o.slug()).to_string()))
                    on_change=Callback::new(move |v: String| {
                        let value = MarketingObjective::from_slug(&v);
                        change(state, write, |s| s.objective = value);
                    })
                />
                <SelectField
                    id="pe-format"
                    label=t::PE_FORMAT
                    class="pt-field"
                    options=with_blank(t::ANY_FORMAT, ContentFormat::ALL.map(|f| SelectOption::new(f.slug(), f.label())))
                    value=Signal::derive(move || state.with(|s| s.format.map_or("", |f| f.slug()).to_string()))
                    on_change=Callback::new(move |v: String| {
                        let value = ContentFormat::from_slug(&v);
                        change(state, write, |s| s.format = value);
                    })
                />
                <SelectField
                    id="pe-age"
                    label=t::PE_AGE
                    class="pt-field"
                    options=with_blank(t::ANY_AGE, AgeBand::ALL.map(|a| SelectOption::new(a.slug(), t::ages(a.label()))))
                    value=Signal::derive(move || age().map_or("", |a| a.slug()).to_string())
                    on_change=Callback::new(move |v: String| {
                        set_audience(AgeBand::from_slug(&v), min_percent.get_untracked());
                    })
                />
                <div class="pt-field">
                    <label for="pe-min">{t::PE_MIN}</label>
                    <input
                        id="pe-min"
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max="100"
                        step="5"
                        aria-describedby=move || if min_error.get() { "pe-min-error pe-min-hint" } else { "pe-min-hint" }
                        aria-invalid=move || min_error.get().then_some("true")
                        prop:value=move || shown_min().to_string()
                        on:change=on_min
                    />
                    <Show when=move || min_error.get()>
                        <p class="field-error" id="pe-min-error" role="alert">
                            {move || t::pe_min_error(shown_min())}
                        </p>
                    </Show>
                    <p class="hint" id="pe-min-hint">
                        {move || if age().is_some() {
                            t::PE_MIN_HINT_CHOSEN
                        } else {
                            t::PE_MIN_HINT_NONE
                        }}
                    </p>
                </div>
                <div class="pt-actions">
                    <button
                        type="button"
                        class="button"
                        disabled=move || !state.with(ExplorerState::filtered)
                        on:click=move |_| {
                            change(state, write, |s| {
                                s.objective = None;
                                s.format = None;
                                s.audience = None;
                            });
                            // The button is now disabled, which would drop focus: back to the
                            // first filter.
                            focus_later("pe-objective");
                        }
                    >
                        {t::CLEAR_FILTERS}
                    </button>
                </div>
            </fieldset>
            <fieldset class="explorer-fieldset">
                <legend>{t::PE_SORT}</legend>
                <SelectField
                    id="pe-sort"
                    label=t::PE_SORT_BY
                    class="pt-field"
                    options={ SortColumn::all().into_iter().map(|c| SelectOption::new(c.slug(), sort_option_label(c))).collect::<Vec<_>>() }
                    value=Signal::derive(move || state.with(|s| s.sort.slug().to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(column) = SortColumn::from_slug(&v) {
                            change(state, write, |s| {
                                s.sort = column;
                                s.direction = column.default_direction();
                            });
                        }
                    })
                />
                // The two orders are named after the column ("Highest share first").
                <SelectField
                    id="pe-dir"
                    label=t::PE_ORDER
                    class="pt-field"
                    options=Signal::derive(move || {
                        let column = state.with(|s| s.sort);
                        [SortDirection::Descending, SortDirection::Ascending]
                            .map(|d| SelectOption::new(d.slug(), capitalise(column.direction_label(d))))
                            .to_vec()
                    })
                    value=Signal::derive(move || state.with(|s| s.direction.slug().to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(d) = SortDirection::from_slug(&v) {
                            change(state, write, |s| s.direction = d);
                        }
                    })
                />
            </fieldset>
        </div>
    }
}

/// "Ages 18–29 (2023)", "Teens 13–17 (2024)": the sort list names the survey year of figures.
fn sort_option_label(c: SortColumn) -> String {
    match c {
        SortColumn::Name | SortColumn::Effort => c.label(),
        SortColumn::Teens => format!("{} (2024)", c.label()),
        _ => format!("{} (2023)", c.label()),
    }
}

#[component]
fn PlatformTable(
    state: Memo<ExplorerState>,
    write: Callback<ExplorerState>,
    rows: Memo<Vec<&'static PlatformData>>,
    refusal: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="pe-table-caption">
            <table class="platform-table">
                <caption id="pe-table-caption">
                    {t::PE_TABLE_CAPTION}
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="compare-col">{t::PE_COMPARE}</th>
                        {TABLE_COLUMNS
                            .map(|column| view! { <SortHeader column=column state=state write=write /> })
                            .collect_view()}
                        <th scope="col">{t::PE_BEST_OBJECTIVES}</th>
                        <th scope="col">{t::PE_FORMATS}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|d| d.platform let:d>
                        <PlatformRow d=d state=state write=write refusal=refusal />
                    </For>
                </tbody>
            </table>
        </div>
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="pt-empty">{t::PE_TABLE_EMPTY}</p>
        </Show>
        <p class="source-line">
            {source_line(&PEW_2023)}
            {t::PE_TABLE_SOURCE}
        </p>
    }
}

#[component]
fn SortHeader(
    column: SortColumn,
    state: Memo<ExplorerState>,
    write: Callback<ExplorerState>,
) -> impl IntoView {
    let arrow = move || match state.with(|s| s.aria_sort(column)) {
        Some("ascending") => "▲",
        Some(_) => "▼",
        None => "↕",
    };
    let numeric = !matches!(column, SortColumn::Name | SortColumn::Effort);
    view! {
        <th scope="col" class:num=numeric aria-sort=move || state.with(|s| s.aria_sort(column))>
            <button
                type="button"
                class="sort-button"
                on:click=move |_| change(state, write, |s| s.sort_by(column))
            >
                {column.label()}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

#[component]
fn PlatformRow(
    d: &'static PlatformData,
    state: Memo<ExplorerState>,
    write: Callback<ExplorerState>,
    refusal: RwSignal<String>,
) -> impl IntoView {
    let p = d.platform;
    let id = format!("pe-compare-{}", p.slug());
    let checked = move || state.with(|s| s.compare.contains(&p));
    let on_change = move |_: bool| {
        let mut next = state.get_untracked();
        if next.toggle_compare(p) {
            refusal.set(String::new());
            write.run(next);
        } else {
            refusal.set(next.refusal(p));
        }
    };
    view! {
        <tr class:compared=checked>
            <td class="compare-col">
                <CheckboxField
                    id=id
                    label=t::compare_platform(d.name())
                    label_hidden=true
                    checked=Signal::derive(checked)
                    on_change=Callback::new(on_change)
                />
            </td>
            <th scope="row">{d.name()}</th>
            <td class="num">{crate::domain::wording::percent_upto(d.all_adults().percent, 3)}</td>
            {AgeBand::ALL
                .map(|b| view! { <td class="num">{crate::domain::wording::percent_upto(d.age(b).percent, 3)}</td> })
                .collect_view()}
            <td>{d.effort.label()}</td>
            <td>{objectives_text(d)}</td>
            <td>{formats_text(d)}</td>
        </tr>
    }
}

#[component]
fn Comparison(
    state: Memo<ExplorerState>,
    write: Callback<ExplorerState>,
    refusal: RwSignal<String>,
) -> impl IntoView {
    let picked = Memo::new(move |_| state.with(|s| s.compare.clone()));
    // The comparison is drawn afresh on every change, so the button just used is gone: focus
    // moves to the heading, or after a removal to the button that took its place.
    let clear = move |_| {
        refusal.set(String::new());
        change(state, write, |s| s.compare.clear());
        focus_later("pe-compare-heading");
    };
    let remove = Callback::new(move |p: Platform| {
        refusal.set(String::new());
        let mut left = picked.get_untracked();
        let Some(at) = left.iter().position(|&q| q == p) else {
            return;
        };
        left.remove(at);
        change(state, write, |s| {
            s.toggle_compare(p);
        });
        // The next platform's button, or the previous one's after the last; with one platform
        // left there are no buttons.
        focus_later(match left.len() {
            0 | 1 => "pe-compare-heading".to_string(),
            n => remove_button_id(left[at.min(n - 1)]),
        });
    });
    view! {
        <section class="explorer-compare" aria-labelledby="pe-compare-heading">
            <h3 id="pe-compare-heading">{t::PE_SIDE_BY_SIDE}</h3>
            <p class="pt-refusal" role="alert">{move || refusal.get()}</p>
            {move || {
                let list = picked.get();
                match list.len() {
                    0 => view! {
                        <p>{t::pe_pick(MAX_COMPARE)}</p>
                    }.into_any(),
                    1 => view! {
                        <p>{t::pe_picked_one(list[0].name())}</p>
                        <button type="button" class="button" on:click=clear>{t::CLEAR_COMPARISON}</button>
                    }.into_any(),
                    _ => view! { <ComparisonTable picked=list remove=remove /> <button type="button" class="button" on:click=clear>{t::CLEAR_COMPARISON}</button> }.into_any(),
                }
            }}
        </section>
    }
}

fn remove_button_id(p: Platform) -> String {
    format!("pe-remove-{}", p.slug())
}

#[component]
fn ComparisonTable(picked: Vec<Platform>, remove: Callback<Platform>) -> impl IntoView {
    let data: Vec<&'static PlatformData> = picked.iter().map(|p| p.data()).collect();
    let names: Vec<&str> = data.iter().map(|d| d.name()).collect();
    let caption = t::side_by_side(crate::domain::wording::and_list(&names));
    view! {
        <ul class="compare-chips" aria-label=t::PE_CHIPS>
            {data
                .iter()
                .map(|d| {
                    let p = d.platform;
                    view! {
                        <li>
                            <button type="button" id=remove_button_id(p) class="button button-small" on:click=move |_| remove.run(p)>
                                {t::remove_platform(d.name())}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="pe-compare-caption">
            <table class="compare-table">
                <caption id="pe-compare-caption">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t::COLUMN_MEASURE}</th>
                        {data.iter().map(|d| view! { <th scope="col">{d.name()}</th> }).collect_view()}
                        <th scope="col">{t::COLUMN_SOURCE}</th>
                    </tr>
                </thead>
                <tbody>
                    {comparison_rows(&data)
                        .into_iter()
                        .map(|r| view! {
                            <tr>
                                <th scope="row">{r.measure}</th>
                                {r.cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                <td class="source-cell">{r.source.text()}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <p class="source-line">
            {t::PE_SOURCES}
        </p>
    }
}

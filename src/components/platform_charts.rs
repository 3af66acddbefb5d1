//! The explorer's two charts, drawn as inline SVG from the geometry in `domain::explorer`:
//! grouped bars of use by age band, and a platform-by-age heat map. Each has a title, a text
//! description, its source line and the same figures as a table.

use leptos::prelude::*;

use crate::content::platforms::{AgeBand, PlatformData, PEW_2023};
use crate::content::text::ui_calculators as t;
use crate::domain::explorer::{
    bar_chart_description, chart_platforms, grouped_bars, heat_level_label, heat_map,
    heat_map_description, source_line, svg_num, ChartBasis, ExplorerState, HEAT_LEVELS,
};
use crate::domain::wording::and_list;

/// The fill patterns that tell the bar series apart without colour: solid, stripes, dots.
fn series_patterns() -> impl IntoView {
    view! {
        <defs>
            <pattern id="pe-pattern-1" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect class="series-fill-1" width="4" height="8" />
            </pattern>
            <pattern id="pe-pattern-2" width="8" height="8" patternUnits="userSpaceOnUse">
                <circle class="series-fill-2" cx="4" cy="4" r="2.6" />
            </pattern>
        </defs>
    }
}

/// A small swatch for the legend, drawn like the bars of series `i`.
fn swatch(i: usize) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">
            <rect class=format!("bar series-{i}") x="1" y="1" width="22" height="14" />
        </svg>
    }
}

#[component]
pub fn UsageBars(state: Memo<ExplorerState>) -> impl IntoView {
    let chart = Memo::new(move |_| state.with(chart_platforms));
    move || {
        let (platforms, basis) = chart.get();
        if platforms.is_empty() {
            return view! {
                <p class="pt-empty">{t::BARS_EMPTY}</p>
            }
            .into_any();
        }
        view! { <BarFigure platforms=platforms basis=basis /> }.into_any()
    }
}

#[component]
fn BarFigure(platforms: Vec<&'static PlatformData>, basis: ChartBasis) -> impl IntoView {
    let names: Vec<&str> = platforms.iter().map(|d| d.name()).collect();
    let title = t::bars_title(and_list(&names));
    let why = match basis {
        ChartBasis::Compared => t::BARS_COMPARED,
        ChartBasis::TopRows => t::BARS_TOP_ROWS,
    };
    let chart = grouped_bars(&platforms);
    let description = bar_chart_description(&platforms);
    let width = svg_num(chart.width);
    let height = svg_num(chart.height);
    let view_box = format!("0 0 {width} {height}");
    let left = svg_num(chart.plot_left);
    let right = svg_num(chart.plot_right);
    let ticks = chart
        .ticks
        .iter()
        .map(|t| {
            let y = svg_num(t.y);
            view! {
                <line class="grid" x1=left.clone() x2=right.clone() y1=y.clone() y2=y.clone() />
                <text class="axis-label" x=svg_num(chart.plot_left - 6.0) y=svg_num(t.y + 4.0) text-anchor="end">
                    {crate::domain::wording::percent_upto(t.percent, 3)}
                </text>
            }
        })
        .collect_view();
    let label_y = svg_num(chart.label_y);
    let groups = chart
        .groups
        .iter()
        .map(|g| {
            let bars = g
                .bars
                .iter()
                .map(|b| {
                    view! {
                        <rect
                            class=format!("bar series-{}", b.series)
                            x=svg_num(b.x + 1.0)
                            y=svg_num(b.y)
                            width=svg_num((b.width - 2.0).max(1.0))
                            height=svg_num(b.height)
                        />
                        <text class="value-label" x=svg_num(b.x + b.width / 2.0) y=svg_num(b.y - 5.0) text-anchor="middle">
                            {crate::domain::wording::percent_upto(b.percent, 3)}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <g>
                    {bars}
                    <text class="axis-label" x=svg_num(g.label_x) y=label_y.clone() text-anchor="middle">
                        {g.band.label()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let baseline = svg_num(chart.baseline);
    view! {
        <figure class="chart">
            <svg class="chart-svg" viewBox=view_box role="img" aria-labelledby="pe-bars-title pe-bars-desc" focusable="false">
                <title id="pe-bars-title">{title.clone()}</title>
                <desc id="pe-bars-desc">{description}</desc>
                {series_patterns()}
                {ticks}
                {groups}
                <line class="axis" x1=left x2=right y1=baseline.clone() y2=baseline />
            </svg>
            <ul class="chart-legend" aria-label=t::LEGEND>
                {names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| view! { <li>{swatch(i)} {n.to_string()}</li> })
                    .collect_view()}
            </ul>
            <figcaption>
                <strong>{title}</strong>
                {t::bars_caption(why)}
                <span class="source-line">{source_line(&PEW_2023)}</span>
            </figcaption>
            <details class="chart-data">
                <summary>{t::SAME_AS_TABLE}</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label=t::BARS_TABLE_REGION>
                    <table>
                        <caption>{t::BARS_TABLE_CAPTION}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t::COLUMN_PLATFORM}</th>
                                {AgeBand::ALL.map(|b| view! { <th scope="col" class="num">{t::ages(b.label())}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {platforms
                                .iter()
                                .map(|d| view! {
                                    <tr>
                                        <th scope="row">{d.name()}</th>
                                        {AgeBand::ALL.map(|b| view! { <td class="num">{crate::domain::wording::percent_upto(d.age(b).percent, 3)}</td> }).collect_view()}
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

#[component]
pub fn AgeHeatMap(rows: Memo<Vec<&'static PlatformData>>) -> impl IntoView {
    move || {
        let platforms = rows.get();
        if platforms.is_empty() {
            return view! {
                <p class="pt-empty">{t::HEAT_EMPTY}</p>
            }
            .into_any();
        }
        view! { <HeatFigure platforms=platforms /> }.into_any()
    }
}

#[component]
fn HeatFigure(platforms: Vec<&'static PlatformData>) -> impl IntoView {
    let map = heat_map(&platforms);
    let view_box = format!("0 0 {} {}", svg_num(map.width), svg_num(map.height));
    let header_y = svg_num(map.header_y + 5.0);
    let columns = map
        .columns
        .iter()
        .map(|(band, x)| {
            view! {
                <text class="axis-label" x=svg_num(*x) y=header_y.clone() text-anchor="middle">
                    {band.label()}
                </text>
            }
        })
        .collect_view();
    let label_x = svg_num(map.label_right);
    let rows = map
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|c| {
                    view! {
                        <rect
                            class=format!("heat heat-{}", c.level)
                            x=svg_num(c.x + 1.0)
                            y=svg_num(c.y + 1.0)
                            width=svg_num(c.width - 2.0)
                            height=svg_num(c.height - 2.0)
                        />
                        <text
                            class=format!("heat-text heat-text-{}", c.level)
                            x=svg_num(c.x + c.width / 2.0)
                            y=svg_num(c.y + c.height / 2.0 + 5.0)
                            text-anchor="middle"
                        >
                            {crate::domain::wording::percent_upto(c.percent, 3)}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <g>
                    <text class="row-label" x=label_x.clone() y=svg_num(row.label_y + 5.0) text-anchor="end">
                        {row.platform.name()}
                    </text>
                    {cells}
                </g>
            }
        })
        .collect_view();
    let legend = (0..HEAT_LEVELS)
        .map(|l| {
            view! {
                <li>
                    <svg class="swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">
                        <rect class=format!("heat heat-{l}") x="1" y="1" width="22" height="14" />
                    </svg>
                    {heat_level_label(l)}
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg class="chart-svg" viewBox=view_box role="img" aria-labelledby="pe-heat-title pe-heat-desc" focusable="false">
                <title id="pe-heat-title">{t::HEAT_TITLE}</title>
                <desc id="pe-heat-desc">{heat_map_description(&platforms)}</desc>
                {columns}
                {rows}
            </svg>
            <ul class="chart-legend" aria-label=t::SHADES>{legend}</ul>
            <figcaption>
                <strong>{t::HEAT_TITLE}</strong>
                {t::HEAT_CAPTION}
                <span class="source-line">{source_line(&PEW_2023)}</span>
            </figcaption>
        </figure>
    }
}

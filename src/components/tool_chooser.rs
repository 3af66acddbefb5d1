//! The management-tool chooser (lesson `management-tools`): what third-party tools do and the
//! risks, six tools compared (as of 2025), filtered by the learner's networks, team size and
//! budget with reasons (`tools::filter`), and the learner's shortlist and decision.

use leptos::prelude::*;

use crate::components::checkbox_field::CheckboxField;
use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::text_field::TextField;
use crate::content::text::ui_planning as t;
use crate::domain::locale::is_singular;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::tools::{
    BudgetBand, Feature, Point, TeamSize, ToolId, ToolMatch, AS_OF, BENEFITS, RISKS, TOOLS,
};
use crate::domain::workbook::WorkbookStoreFields;
use crate::domain::workbook::{slug_of, Network};
use crate::state::use_app_state;

#[component]
pub fn ToolChooser() -> impl IntoView {
    view! {
        <div class="tool-chooser">
            <div class="tc-points">
                <PointList id="tc-benefits" title=t::TC_BENEFITS_TITLE points=&BENEFITS />
                <PointList id="tc-risks" title=t::TC_RISKS_TITLE points=&RISKS />
            </div>
            <Questions />
            <Results />
            <Comparison />
            <Decision />
        </div>
    }
}

#[component]
fn PointList(id: &'static str, title: &'static str, points: &'static [Point]) -> impl IntoView {
    view! {
        <section class="tc-point-list" aria-labelledby=id>
            <h2 id=id>{title}</h2>
            <ul>
                {points
                    .iter()
                    .map(|p| view! { <li><strong>{p.title}</strong> " — " {p.text}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Networks, team size and budget.
#[component]
fn Questions() -> impl IntoView {
    let state = use_app_state();
    let chosen_platforms = state.progress.chosen_platforms();
    let tools = state.progress.workbook().tools();
    // The platforms chosen for the plan that a management tool can cover.
    let planned = Memo::new(move |_| {
        chosen_platforms.with(|chosen_platforms| {
            chosen_platforms
                .iter()
                .filter_map(|s| Network::parse(s))
                .collect::<Vec<_>>()
        })
    });
    let use_planned = move |_| {
        let nets = planned.get_untracked();
        tools.update(|tools| tools.networks = nets.into_iter().collect());
    };
    view! {
        <section class="tc-section" aria-labelledby="tc-find-heading">
            <h2 id="tc-find-heading">{t::TC_FIND_HEADING}</h2>
            <p>{t::TC_FIND_INTRO}</p>
            <div class="tc-questions">
                <ChoiceGroup
                    name="tc-net"
                    legend=t::TC_NETWORKS_QUESTION
                    multiple=true
                    class="tc-fieldset"
                    list_class="tc-options"
                    options=Network::ALL.into_iter().map(|n| Choice::new(n.slug(), n.label())).collect()
                    checked=Callback::new(move |i: usize| tools.with(|tools| tools.networks.contains(&Network::ALL[i])))
                    on_change=Callback::new(move |(i, on): (usize, bool)| {
                        let n = Network::ALL[i];
                        tools.update(|tools| {
                            if on {
                                tools.networks.insert(n);
                            } else {
                                tools.networks.remove(&n);
                            }
                        });
                    })
                >
                    <Show when=move || !planned.with(Vec::is_empty)>
                        <button type="button" class="button" on:click=use_planned>
                            {t::TC_USE_PLANNED}
                        </button>
                    </Show>
                </ChoiceGroup>
                <ChoiceGroup
                    name="tc-team"
                    legend=t::TC_TEAM_QUESTION
                    class="tc-fieldset"
                    list_class="tc-options"
                    options=TeamSize::ALL.into_iter().map(|team| Choice::new(slug_of(&team), team.label())).collect()
                    checked=Callback::new(move |i: usize| tools.with(|tools| tools.team_size == Some(TeamSize::ALL[i])))
                    on_change=Callback::new(move |(i, _): (usize, bool)| tools.update(|tools| tools.team_size = Some(TeamSize::ALL[i])))
                />
                <ChoiceGroup
                    name="tc-budget"
                    legend=t::TC_BUDGET_QUESTION
                    class="tc-fieldset"
                    list_class="tc-options"
                    options=BudgetBand::ALL.into_iter().map(|b| Choice::new(slug_of(&b), b.label())).collect()
                    checked=Callback::new(move |i: usize| tools.with(|tools| tools.budget == Some(BudgetBand::ALL[i])))
                    on_change=Callback::new(move |(i, _): (usize, bool)| tools.update(|tools| tools.budget = Some(BudgetBand::ALL[i])))
                >
                    <p class="hint">{t::TC_PRICE_HINT}</p>
                </ChoiceGroup>
            </div>
        </section>
    }
}

/// Fits and misfits with reasons, and advice for this situation.
#[component]
fn Results() -> impl IntoView {
    let state = use_app_state();
    let tools = state.progress.workbook().tools();
    let result = Memo::new(move |_| tools.with(|tools| tools.result()));
    view! {
        <section class="tc-section" aria-labelledby="tc-results-heading">
            <h2 id="tc-results-heading">{t::TC_RESULTS_HEADING}</h2>
            <p class="tc-verdict" role="status">
                {move || match result.get() {
                    None => t::TC_RESULTS_UNANSWERED.to_string(),
                    Some(r) => {
                        let (fits, misfits) = (r.fits.len(), r.misfits.len());
                        if is_singular(fits as u64) {
                            t::tc_fit_count_one(fits, TOOLS.len(), misfits)
                        } else {
                            t::tc_fit_count_other(fits, TOOLS.len(), misfits)
                        }
                    }
                }}
            </p>
            {move || result.get().map(|r| view! {
                <ul class="tc-notes">
                    {r.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
                </ul>
                <div class="tc-matches">
                    <MatchList title=t::TC_FIT_TITLE mark="✓ " class="tc-match tc-fit" matches=r.fits.clone()
                        empty=t::TC_NO_FIT />
                    <MatchList title=t::TC_MISFIT_TITLE mark="✗ " class="tc-match tc-misfit" matches=r.misfits.clone()
                        empty=t::TC_ALL_FIT />
                </div>
            })}
        </section>
    }
}

/// The six tools side by side, optionally only those that fit.
#[component]
fn Comparison() -> impl IntoView {
    let state = use_app_state();
    let tools = state.progress.workbook().tools();
    let result = Memo::new(move |_| tools.with(|tools| tools.result()));
    let only_fits = RwSignal::new(false);
    let visible = move |id: ToolId| {
        !only_fits.get()
            || result.with(|r| {
                r.as_ref()
                    .and_then(|r| r.verdict(id))
                    .is_none_or(|(fits, _)| fits)
            })
    };
    view! {
        <section class="tc-section" aria-labelledby="tc-compare-heading">
            <h2 id="tc-compare-heading">{t::TC_COMPARE_HEADING}</h2>
            <p>{t::tc_compare_intro(AS_OF)}</p>
            <CheckboxField
                id="tc-only-fits"
                label=t::TC_ONLY_FITS
                checked=only_fits
                on_change=Callback::new(move |on| only_fits.set(on))
            />
            <div class="table-scroll" tabindex="0" role="region" aria-label=t::TC_TABLE_LABEL>
                <table class="tc-table">
                    <caption>{t::tc_table_caption(AS_OF)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t::TC_COLUMN_TOOL}</th>
                            <th scope="col">{t::TC_COLUMN_FITS}</th>
                            <th scope="col">{t::TC_COLUMN_NETWORKS}</th>
                            {Feature::ALL.into_iter().map(|f| view! { <th scope="col">{f.label()}</th> }).collect_view()}
                            <th scope="col">{t::TC_COLUMN_FREE_PLAN}</th>
                            <th scope="col">{t::TC_COLUMN_PRICE_BAND}</th>
                            <th scope="col">{t::TC_COLUMN_TYPICAL_FIT}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {TOOLS
                            .iter()
                            .map(|tool| {
                                let id = tool.id;
                                let fit = move || match result.with(|r| r.as_ref().and_then(|r| r.verdict(id)).map(|(f, _)| f)) {
                                    None => t::TC_FIT_UNKNOWN,
                                    Some(true) => t::TC_FITS,
                                    Some(false) => t::TC_MISFITS,
                                };
                                let networks = if tool.networks.len() == Network::ALL.len() {
                                    t::TC_ALL_NETWORKS.to_string()
                                } else {
                                    tool.networks.iter().map(|n| n.label()).collect::<Vec<_>>().join(", ")
                                };
                                view! {
                                    <tr class:tc-hidden=move || !visible(id)>
                                        <th scope="row">{tool.name}</th>
                                        <td>{fit}</td>
                                        <td>{networks}</td>
                                        {Feature::ALL.into_iter().map(|f| view! { <td>{tool.feature(f).label()}</td> }).collect_view()}
                                        <td>{if tool.free_tier { t::TC_YES } else { t::TC_NO }}</td>
                                        <td>{tool.price_band.label()}</td>
                                        <td>{tool.typical_fit}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The shortlist, the must-have features and the decision.
#[component]
fn Decision() -> impl IntoView {
    let state = use_app_state();
    let tools = state.progress.workbook().tools();
    let advice = move || tools.with(|tools| tools.shortlist_advice());
    view! {
        <section class="tc-section" aria-labelledby="tc-decision-heading">
            <h2 id="tc-decision-heading">{t::TC_DECISION_HEADING}</h2>
            <ChoiceGroup
                name="tc-short"
                legend=t::TC_SHORTLIST_LEGEND
                multiple=true
                class="tc-fieldset"
                list_class="tc-options tc-shortlist"
                options=TOOLS.iter().map(|tool| Choice::new(slug_of(&tool.id), tool.name)).collect()
                checked=Callback::new(move |i: usize| tools.with(|tools| tools.shortlist.contains(&TOOLS[i].id)))
                on_change=Callback::new(move |(i, on): (usize, bool)| tools.update(|tools| tools.set_shortlisted(TOOLS[i].id, on)))
            >
                <p class="hint" role="status">{move || advice().unwrap_or(t::TC_SHORTLIST_HINT)}</p>
            </ChoiceGroup>
            <TextField
                id="tc-must"
                label=t::TC_MUST_HAVES
                rows=3
                maxlength=2000
                value=Signal::derive(move || tools.with(|tools| tools.must_haves.clone()))
                on_input=Callback::new(move |v| tools.update(|tools| tools.must_haves = v))
            />
            <TextField
                id="tc-decision"
                label=t::TC_DECISION
                rows=3
                maxlength=2000
                value=Signal::derive(move || tools.with(|tools| tools.decision.clone()))
                on_input=Callback::new(move |v| tools.update(|tools| tools.decision = v))
            />
        </section>
    }
}

/// One column of the filter result: the tools that fit (or not), each with its reasons.
#[component]
fn MatchList(
    title: &'static str,
    mark: &'static str,
    class: &'static str,
    matches: Vec<ToolMatch>,
    empty: &'static str,
) -> impl IntoView {
    view! {
        <div>
            <h3>{title}</h3>
            {if matches.is_empty() {
                view! { <p>{empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="tc-match-list">
                        {matches.into_iter().map(|m| view! {
                            <li class=class>
                                <p class="tc-match-name">{mark} {m.tool.name()}</p>
                                <ul>{m.reasons.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}

//! The persona form: native controls only, each labelled. Every change goes to the tool's draft
//! (`Targeting::edit`), which keeps it at once in the active saved persona; a persona opened from
//! a link is kept only when the learner saves it.

use leptos::prelude::*;

use crate::components::audience_targeting::Targeting;
use crate::content::platforms::{AgeBand, Community, ContentFormat, Education, Market};
use crate::domain::objective::MarketingObjective;
use crate::domain::recommender::{
    check_name, GenderSkew, Persona, MAX_HOURS_PER_WEEK, NAME_MAX_CHARS,
};

/// A control's value as its own memo: the control is touched only when that value changes, not
/// on every change to the persona.
fn memo<T: Clone + PartialEq + Send + Sync + 'static>(
    draft: RwSignal<Persona>,
    f: impl Fn(&Persona) -> T + Send + Sync + 'static,
) -> impl Fn() -> T + Copy {
    let value = Memo::new(move |_| draft.with(&f));
    move || value.get()
}

#[component]
pub fn PersonaForm(t: Targeting) -> impl IntoView {
    let draft = t.draft;
    let name_error = RwSignal::new(None::<String>);
    let hours_error = RwSignal::new(None::<String>);
    let budget_error = RwSignal::new(None::<String>);
    // Another persona in the form clears the messages about the last one's fields.
    Effect::new(move |_| {
        t.shown.track();
        name_error.set(None);
        hours_error.set(None);
        budget_error.set(None);
    });

    let on_name = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        match check_name(&name) {
            Ok(()) => {
                name_error.set(None);
                t.edit(|p| p.name = name);
            }
            Err(e) => name_error.set(Some(format!("Not saved ({e})."))),
        }
    };
    let on_hours = move |ev: leptos::ev::Event| match event_target_value(&ev).trim().parse::<u8>() {
        Ok(h) if h <= MAX_HOURS_PER_WEEK => {
            hours_error.set(None);
            t.edit(|p| p.hours_per_week = h);
        }
        _ => hours_error.set(Some(format!(
            "Enter a whole number of hours from 0 to {MAX_HOURS_PER_WEEK}."
        ))),
    };
    let on_budget = move |ev: leptos::ev::Event| match event_target_value(&ev).trim().parse::<u32>()
    {
        Ok(b) => {
            budget_error.set(None);
            t.edit(|p| p.weekly_budget = b);
        }
        Err(_) => budget_error.set(Some(
            "Enter a whole amount of 0 or more, without a currency sign.".to_string(),
        )),
    };

    view! {
        <form class="persona-form" aria-label="Persona" on:submit=|ev| ev.prevent_default()>
            <div class="pt-field">
                <label for="at-name">"Persona name"</label>
                <input
                    id="at-name"
                    type="text"
                    autocomplete="off"
                    maxlength=NAME_MAX_CHARS.to_string()
                    aria-describedby="at-name-hint at-name-error"
                    aria-invalid=move || name_error.with(Option::is_some).to_string()
                    prop:value=memo(draft, move |p: &Persona| p.name.clone())
                    on:input=on_name
                />
                <p class="hint" id="at-name-hint">"For example “Busy parents near the shop” or “IT managers”."</p>
                <p class="field-error" id="at-name-error">{move || name_error.get()}</p>
            </div>

            <fieldset class="pt-choice">
                <legend>"Your business sells to"</legend>
                {Market::ALL
                    .map(|m| {
                        let id = format!("at-market-{}", m.slug());
                        let text = match m {
                            Market::B2c => "Consumers (B2C)",
                            Market::B2b => "Other businesses (B2B)",
                        };
                        view! {
                            <div class="pt-check">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name="at-market"
                                    prop:checked=memo(draft, move |p: &Persona| p.market == m)
                                    on:change=move |_| t.edit(|p| p.market = m)
                                />
                                <label for=id>{text}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>

            <fieldset class="pt-choice">
                <legend>"Audience age bands"</legend>
                <p class="hint">"Tick every band your audience falls in; none (or all) means any age."</p>
                {AgeBand::ALL
                    .map(|a| {
                        let id = format!("at-age-{}", a.slug());
                        view! {
                            <div class="pt-check">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=memo(draft, move |p: &Persona| p.ages.contains(&a))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        t.edit(|p| p.set_age(a, on));
                                    }
                                />
                                <label for=id>{format!("Ages {}", a.label())}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>

            <div class="pt-grid">
                <div class="pt-field">
                    <label for="at-gender">"Gender skew"</label>
                    <select
                        id="at-gender"
                        on:change=move |ev| {
                            if let Some(g) = GenderSkew::from_slug(&event_target_value(&ev)) {
                                t.edit(|p| p.gender = g);
                            }
                        }
                    >
                        {GenderSkew::ALL
                            .map(|g| view! {
                                <option value=g.slug() prop:selected=memo(draft, move |p: &Persona| p.gender == g)>{g.label()}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="pt-field">
                    <label for="at-education">"Education"</label>
                    <select
                        id="at-education"
                        on:change=move |ev| {
                            let e = Education::from_slug(&event_target_value(&ev));
                            t.edit(|p| p.education = e);
                        }
                    >
                        <option value="" prop:selected=memo(draft, move |p: &Persona| p.education.is_none())>"Any education"</option>
                        {Education::ALL
                            .map(|e| view! {
                                <option value=e.slug() prop:selected=memo(draft, move |p: &Persona| p.education == Some(e))>{e.label()}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="pt-field">
                    <label for="at-community">"Community type"</label>
                    <select
                        id="at-community"
                        on:change=move |ev| {
                            let c = Community::from_slug(&event_target_value(&ev));
                            t.edit(|p| p.community = c);
                        }
                    >
                        <option value="" prop:selected=memo(draft, move |p: &Persona| p.community.is_none())>"Any community type"</option>
                        {Community::ALL
                            .map(|c| view! {
                                <option value=c.slug() prop:selected=memo(draft, move |p: &Persona| p.community == Some(c))>{c.label()}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="pt-field">
                    <label for="at-objective">"Main objective"</label>
                    <select
                        id="at-objective"
                        on:change=move |ev| {
                            if let Some(o) = MarketingObjective::from_slug(&event_target_value(&ev)) {
                                t.edit(|p| p.objective = o);
                            }
                        }
                    >
                        {MarketingObjective::ALL
                            .map(|o| view! {
                                <option value=o.slug() prop:selected=memo(draft, move |p: &Persona| p.objective == o)>{o.label()}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>

            <fieldset class="pt-choice pt-formats">
                <legend>"Formats your audience consumes"</legend>
                <p class="hint">"Leave all unticked for no preference."</p>
                {ContentFormat::ALL
                    .map(|f| {
                        let id = format!("at-format-{}", f.slug());
                        view! {
                            <div class="pt-check">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=memo(draft, move |p: &Persona| p.formats.contains(&f))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        t.edit(|p| p.set_format(f, on));
                                    }
                                />
                                <label for=id>{f.label()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>

            <div class="pt-grid">
                <div class="pt-field">
                    <label for="at-hours">"Hours a week for social media"</label>
                    <input
                        id="at-hours"
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max=MAX_HOURS_PER_WEEK.to_string()
                        step="1"
                        aria-describedby="at-hours-hint at-hours-error"
                        aria-invalid=move || hours_error.with(Option::is_some).to_string()
                        prop:value=memo(draft, move |p: &Persona| p.hours_per_week.to_string())
                        on:input=on_hours
                    />
                    <p class="hint" id="at-hours-hint">"Time you can give it each week, including replies."</p>
                    <p class="field-error" id="at-hours-error">{move || hours_error.get()}</p>
                </div>
                <div class="pt-field">
                    <label for="at-budget">"Weekly budget for paid reach"</label>
                    <input
                        id="at-budget"
                        type="number"
                        inputmode="numeric"
                        min="0"
                        step="1"
                        aria-describedby="at-budget-hint at-budget-error"
                        aria-invalid=move || budget_error.with(Option::is_some).to_string()
                        prop:value=memo(draft, move |p: &Persona| p.weekly_budget.to_string())
                        on:input=on_budget
                    />
                    <p class="hint" id="at-budget-hint">"Any currency; 0 for none. Only whether you have a budget changes the ranking."</p>
                    <p class="field-error" id="at-budget-error">{move || budget_error.get()}</p>
                </div>
            </div>
        </form>
    }
}

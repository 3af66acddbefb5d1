//! The persona form: native controls only, each labelled. Every change goes to the tool's draft
//! (`Targeting::edit`), which keeps it at once in the active saved persona; a persona opened from
//! a link is kept only when the learner saves it.

use leptos::prelude::*;

use crate::components::audience_targeting::Targeting;
use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::number_field::NumberField;
use crate::components::select_field::{with_blank, SelectField, SelectOption};
use crate::components::text_field::TextField;
use crate::content::platforms::{AgeBand, Community, ContentFormat, Education, Market};
use crate::content::text::ui_planning as text;
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

    let on_name = move |name: String| match check_name(&name) {
        Ok(()) => {
            name_error.set(None);
            t.edit(|p| p.name = name);
        }
        Err(e) => name_error.set(Some(text::pf_name_not_saved(e))),
    };
    let on_hours = move |text: String| match text.trim().parse::<u8>() {
        Ok(h) if h <= MAX_HOURS_PER_WEEK => {
            hours_error.set(None);
            t.edit(|p| p.hours_per_week = h);
        }
        _ => hours_error.set(Some(text::pf_hours_error(MAX_HOURS_PER_WEEK))),
    };
    let on_budget = move |text: String| match text.trim().parse::<u32>() {
        Ok(b) => {
            budget_error.set(None);
            t.edit(|p| p.weekly_budget = b);
        }
        Err(_) => budget_error.set(Some(text::PF_BUDGET_ERROR.to_string())),
    };

    let markets = Market::ALL.map(|m| memo(draft, move |p: &Persona| p.market == m));
    let ages = AgeBand::ALL.map(|a| memo(draft, move |p: &Persona| p.ages.contains(&a)));
    let formats =
        ContentFormat::ALL.map(|f| memo(draft, move |p: &Persona| p.formats.contains(&f)));

    view! {
        <form class="persona-form" aria-label=text::PF_FORM_LABEL on:submit=|ev| ev.prevent_default()>
            <TextField
                id="at-name"
                label=text::PF_NAME
                class="pt-field"
                maxlength=NAME_MAX_CHARS as u32
                value=Signal::derive(memo(draft, move |p: &Persona| p.name.clone()))
                on_input=Callback::new(on_name)
                hint=text::PF_NAME_HINT
                error=name_error
            />

            <ChoiceGroup
                name="at-market"
                legend=text::PF_MARKET
                class="pt-choice"
                options=Market::ALL
                    .into_iter()
                    .map(|m| Choice::new(m.slug(), match m {
                        Market::B2c => text::PF_MARKET_B2C,
                        Market::B2b => text::PF_MARKET_B2B,
                    }))
                    .collect()
                checked=Callback::new(move |i: usize| markets[i]())
                on_change=Callback::new(move |(i, _): (usize, bool)| t.edit(|p| p.market = Market::ALL[i]))
            />

            <ChoiceGroup
                name="at-age"
                legend=text::PF_AGES
                hint=text::PF_AGES_HINT
                multiple=true
                class="pt-choice"
                options=AgeBand::ALL.into_iter().map(|a| Choice::new(a.slug(), text::pf_age_band(a.label()))).collect()
                checked=Callback::new(move |i: usize| ages[i]())
                on_change=Callback::new(move |(i, on): (usize, bool)| t.edit(|p| p.set_age(AgeBand::ALL[i], on)))
            />

            <div class="pt-grid">
                <SelectField
                    id="at-gender"
                    label=text::PF_GENDER
                    class="pt-field"
                    options=GenderSkew::ALL.map(|g| SelectOption::new(g.slug(), g.label())).to_vec()
                    value=Signal::derive(memo(draft, |p: &Persona| p.gender.slug().to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(g) = GenderSkew::from_slug(&v) {
                            t.edit(|p| p.gender = g);
                        }
                    })
                />
                <SelectField
                    id="at-education"
                    label=text::PF_EDUCATION
                    class="pt-field"
                    options=with_blank(text::PF_ANY_EDUCATION, Education::ALL.map(|e| SelectOption::new(e.slug(), e.label())))
                    value=Signal::derive(memo(draft, |p: &Persona| p.education.map_or("", |e| e.slug()).to_string()))
                    on_change=Callback::new(move |v: String| {
                        let e = Education::from_slug(&v);
                        t.edit(|p| p.education = e);
                    })
                />
                <SelectField
                    id="at-community"
                    label=text::PF_COMMUNITY
                    class="pt-field"
                    options=with_blank(text::PF_ANY_COMMUNITY, Community::ALL.map(|c| SelectOption::new(c.slug(), c.label())))
                    value=Signal::derive(memo(draft, |p: &Persona| p.community.map_or("", |c| c.slug()).to_string()))
                    on_change=Callback::new(move |v: String| {
                        let c = Community::from_slug(&v);
                        t.edit(|p| p.community = c);
                    })
                />
                <SelectField
                    id="at-objective"
                    label=text::PF_OBJECTIVE
                    class="pt-field"
                    options=MarketingObjective::ALL.map(|o| SelectOption::new(o.slug(), o.label())).to_vec()
                    value=Signal::derive(memo(draft, |p: &Persona| p.objective.slug().to_string()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(o) = MarketingObjective::from_slug(&v) {
                            t.edit(|p| p.objective = o);
                        }
                    })
                />
            </div>

            <ChoiceGroup
                name="at-format"
                legend=text::PF_FORMATS
                hint=text::PF_FORMATS_HINT
                multiple=true
                class="pt-choice pt-formats"
                options=ContentFormat::ALL.into_iter().map(|f| Choice::new(f.slug(), f.label())).collect()
                checked=Callback::new(move |i: usize| formats[i]())
                on_change=Callback::new(move |(i, on): (usize, bool)| t.edit(|p| p.set_format(ContentFormat::ALL[i], on)))
            />

            <div class="pt-grid">
                <NumberField
                    id="at-hours"
                    label=text::PF_HOURS
                    class="pt-field"
                    max=MAX_HOURS_PER_WEEK as u32
                    value=Signal::derive(memo(draft, move |p: &Persona| p.hours_per_week.to_string()))
                    on_input=Callback::new(on_hours)
                    hint=text::PF_HOURS_HINT
                    error=hours_error
                />
                <NumberField
                    id="at-budget"
                    label=text::PF_BUDGET
                    class="pt-field"
                    value=Signal::derive(memo(draft, move |p: &Persona| p.weekly_budget.to_string()))
                    on_input=Callback::new(on_budget)
                    hint=text::PF_BUDGET_HINT
                    error=budget_error
                />
            </div>
        </form>
    }
}

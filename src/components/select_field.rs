//! A labelled native `<select>` with an optional hint wired to it (`field::Field`). Options are
//! plain values and labels, so one (non-generic) component serves every enum: `value` is the
//! chosen option's value (a slug, or "" for an "Any …" or "Choose …" option) and `on_change`
//! receives the new one for the caller to read back. `options` may change (a list of the
//! learner's platforms or personas).

use leptos::prelude::*;

use crate::components::field::{Field, Messages};

/// One option of a `SelectField`.
#[derive(Clone, PartialEq)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
}

impl SelectOption {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        SelectOption {
            value: value.into(),
            label: label.into(),
        }
    }
}

#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] options: Signal<Vec<SelectOption>>,
    /// The value of the option shown as chosen.
    #[prop(into)]
    value: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    /// Extra classes on the field's wrapper (layout only).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let messages = Messages::default();
    view! {
        <Field id=id.clone() label hint messages class>
            <select
                id=id.clone()
                aria-describedby=messages.described_by(&id, hint.is_some())
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|option| {
                            let mine = option.value.clone();
                            view! {
                                <option
                                    value=option.value
                                    prop:selected=move || value.with(|v| *v == mine)
                                >
                                    {option.label}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </Field>
    }
}

/// `options` after a first option with the value "" ("Any format", "Choose a platform"): the
/// choice of none.
pub fn with_blank(
    label: &str,
    options: impl IntoIterator<Item = SelectOption>,
) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", label))
        .chain(options)
        .collect()
}

//! A labelled whole number (`<input type=number>`, step 1, `min`/`max`) with an optional hint,
//! an optional unit shown after the box, and an inline error wired to it (`field::Field`). The
//! caller reads the text (`on_input`) with its own rule and sets `error`; while the text is
//! wrong the box keeps what was typed.

use leptos::prelude::*;

use crate::components::field::{Field, Messages};

#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// What was typed and not kept (none if every text is read somehow).
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] min: u32,
    #[prop(optional)] max: Option<u32>,
    /// Shown after the box (hidden from screen readers: the label says it).
    #[prop(optional)]
    unit: &'static str,
    /// Extra classes on the field's wrapper (layout only).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let messages = Messages { error, issue: None };
    let input = view! {
        <input
            type="number"
            id=id.clone()
            class="input input-number"
            inputmode="numeric"
            min=min.to_string()
            max=max.map(|n| n.to_string())
            step="1"
            placeholder=placeholder
            aria-describedby=messages.described_by(&id, hint.is_some())
            aria-invalid=messages.invalid(value)
            prop:value=move || value.get()
            on:input=move |ev| on_input.run(event_target_value(&ev))
        />
    };
    view! {
        <Field id label hint messages class>
            {if unit.is_empty() {
                input.into_any()
            } else {
                view! {
                    <span class="input-with-unit">
                        {input}
                        <span class="unit" aria-hidden="true">{unit}</span>
                    </span>
                }
                .into_any()
            }}
        </Field>
    }
}

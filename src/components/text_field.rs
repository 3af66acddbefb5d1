//! A labelled line or box of text (`rows` makes it a `<textarea>`), with an optional hint and
//! error wired to it (`field::Field`). The value is the learner's text as typed; `on_input`
//! receives every change. A one-line input may be another text-like kind (`input_type`, such
//! as "date", whose value is still text: `2026-03-02`).

use leptos::prelude::*;

use crate::components::field::{Field, Messages};

#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    /// What was typed and not kept.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// What is still missing ("To do: …").
    #[prop(optional, into)]
    issue: Option<Signal<Option<String>>>,
    /// A `<textarea>` of this many rows instead of a one-line input.
    #[prop(optional)]
    rows: Option<u8>,
    #[prop(optional)] maxlength: Option<u32>,
    /// The kind of one-line input: "text" unless given ("date" for a day).
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// The phone keyboard for a one-line input ("numeric", "decimal").
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// What the browser may suggest ("organization"); "off" unless given.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional, into)]
    list: Option<String>,
    /// Extra classes on the field's wrapper (layout only).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let messages = Messages { error, issue };
    let described = messages.described_by(&id, hint.is_some());
    let invalid = messages.invalid(value);
    let maxlength = maxlength.map(|n| n.to_string());
    let on_input = move |ev| on_input.run(event_target_value(&ev));
    let control = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                class="input"
                rows=rows.to_string()
                maxlength=maxlength
                aria-describedby=described
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=on_input
            ></textarea>
        }
        .into_any(),
        None => view! {
            <input
                type=input_type.unwrap_or("text")
                id=id.clone()
                class="input"
                autocomplete=autocomplete.unwrap_or("off")
                list=list
                inputmode=inputmode
                maxlength=maxlength
                aria-describedby=described
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=on_input
            />
        }
        .into_any(),
    };
    view! {
        <Field id label hint messages class>
            {control}
        </Field>
    }
}

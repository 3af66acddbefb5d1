//! A labelled number (`<input type=number>`, `min`/`max`) with an optional hint, an optional
//! unit shown after the box, and an inline error wired to it (`field::Field`). Whole numbers
//! unless `step` says otherwise: "any" takes decimal amounts (and asks a phone for the decimal
//! keyboard). The caller reads the text (`on_input`) with its own rule and sets `error`; while
//! the text is wrong the box keeps what was typed.
//!
//! The box never rewrites what the learner is typing: `value` is written into it only while it
//! is not focused (another tab, an import, a reset button) and when it is left without an error,
//! so "05" becomes the "5" kept only once the learner moves on, and "2." is not cut to "2"
//! halfway through "2.5".

use leptos::html::Input;
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
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional)] min: u32,
    #[prop(optional)] max: Option<u32>,
    /// The arrows' step: "1" unless given; "any" for decimal amounts.
    #[prop(optional)]
    step: Option<&'static str>,
    /// Shown after the box (hidden from screen readers: the label says it).
    #[prop(optional)]
    unit: &'static str,
    /// Extra classes on the field's wrapper (layout only).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let messages = Messages { error, issue: None };
    let step = step.unwrap_or("1");
    let node = NodeRef::<Input>::new();
    let show = move |text: &str| {
        if let Some(el) = node.get_untracked() {
            if el.value() != text {
                el.set_value(text);
            }
        }
    };
    Effect::new(move |_| {
        let text = value.get();
        if let Some(el) = node.get() {
            let el: &web_sys::Node = &el;
            let focused = document()
                .active_element()
                .is_some_and(|a| a.is_same_node(Some(el)));
            if !focused {
                show(&text);
            }
        }
    });
    let kept = move || error.is_none_or(|e| e.with_untracked(Option::is_none));
    let input = view! {
        <input
            node_ref=node
            type="number"
            id=id.clone()
            class="input input-number"
            inputmode=if step == "any" { "decimal" } else { "numeric" }
            min=min.to_string()
            max=max.map(|n| n.to_string())
            step=step
            placeholder=placeholder
            autocomplete="off"
            aria-describedby=messages.described_by(&id, hint.is_some())
            aria-invalid=messages.invalid(value)
            value=value.get_untracked()
            on:input=move |ev| on_input.run(event_target_value(&ev))
            on:blur=move |_| {
                if kept() {
                    show(&value.get_untracked());
                }
            }
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

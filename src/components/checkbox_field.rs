//! One native checkbox with its label after it and an optional hint under the label, wired to
//! it (`field::Field`, class `field-check`). For several related boxes use `ChoiceGroup`.
//!
//! The box shows `checked`, not the click: after `on_change` it is set back to `checked`, so a
//! change the caller refuses (a fourth platform to compare) leaves it as it was.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use crate::components::field::{Field, Messages};

#[component]
pub fn CheckboxField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    /// The label is read, not shown (a table's column heading shows what it says).
    #[prop(optional)]
    label_hidden: bool,
    /// Extra classes on the field's wrapper (layout only).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let messages = Messages::default();
    view! {
        <Field id=id.clone() label hint messages class check=true label_hidden>
            <input
                type="checkbox"
                id=id.clone()
                aria-describedby=messages.described_by(&id, hint.is_some())
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    let input = event_target::<HtmlInputElement>(&ev);
                    on_change.run(input.checked());
                    input.set_checked(checked.get_untracked());
                }
            />
        </Field>
    }
}

//! A list of native radio buttons for picking one value of a small enum.

use leptos::prelude::*;

/// One radio per `(value, id suffix, label)`; `selected` reports the current value and `choose`
/// stores a new one. Ids are `{name}-{suffix}` so labels and tests can find each option.
#[component]
pub fn RadioChoices<T>(
    name: &'static str,
    options: Vec<(T, String, &'static str)>,
    selected: Signal<Option<T>>,
    choose: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <ul class="tc-options">
            {options
                .into_iter()
                .map(|(value, suffix, label)| {
                    let id = format!("{name}-{suffix}");
                    view! {
                        <li>
                            <input
                                type="radio"
                                name=name
                                id=id.clone()
                                prop:checked=move || selected.get() == Some(value)
                                on:change=move |_| choose.run(value)
                            />
                            <label for=id>{label}</label>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

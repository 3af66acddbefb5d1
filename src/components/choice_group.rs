//! A group of native radio buttons or checkboxes in a `<fieldset>` with its `<legend>`, an
//! optional hint for the group and an optional hint for each option. Options are addressed by
//! their index, so one (non-generic) component serves every enum: `checked(i)` says whether
//! option `i` is on, `on_change((i, on))` reports a change. Ids are `{name}-{key}`; an option's
//! hint is `{name}-{key}-hint` and describes it, the group's hint is `{name}-hint` and describes
//! the fieldset. Radios share the `name`.

use leptos::prelude::*;

use crate::components::field::FieldIssue;

/// One option: `key` makes its id (and a radio's value), `label` is its name.
pub struct Choice {
    pub key: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Self {
        Choice {
            key: key.into(),
            label: label.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

#[component]
pub fn ChoiceGroup(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    options: Vec<Choice>,
    checked: Callback<usize, bool>,
    on_change: Callback<(usize, bool)>,
    /// Checkboxes (any number on) instead of radios (one on).
    #[prop(optional)]
    multiple: bool,
    #[prop(optional, into)] hint: Option<String>,
    /// What is still missing ("To do: …"), under the options: `{name}-issue`.
    #[prop(optional, into)]
    issue: Option<Signal<Option<String>>>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// Extra classes on the fieldset and on the list of options (layout only).
    #[prop(optional)]
    class: &'static str,
    #[prop(optional)] list_class: &'static str,
    /// Anything after the options, inside the fieldset (a button, a note).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let issue_id = format!("{name}-issue");
    let described: Vec<&str> = [(hint.is_some(), &hint_id), (issue.is_some(), &issue_id)]
        .into_iter()
        .filter_map(|(on, id)| on.then_some(id.as_str()))
        .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    view! {
        <fieldset class=format!("choice-group {class}") aria-describedby=described>
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <ul class=format!("choice-list {list_class}")>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, choice)| {
                        let id = format!("{name}-{}", choice.key);
                        let key = choice.key;
                        let hint_id = format!("{id}-hint");
                        view! {
                            <li class="choice-item">
                                <input
                                    type=if multiple { "checkbox" } else { "radio" }
                                    id=id.clone()
                                    name=(!multiple).then(|| name.clone())
                                    value=key
                                    aria-describedby=choice.hint.is_some().then(|| hint_id.clone())
                                    disabled=move || disabled.get()
                                    prop:checked=move || checked.run(i)
                                    on:change=move |ev| on_change.run((i, event_target_checked(&ev)))
                                />
                                <label for=id>{choice.label}</label>
                                {choice.hint.map(|hint| view! { <p class="choice-hint" id=hint_id>{hint}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {issue.map(|issue| view! { <FieldIssue id=issue_id message=issue /> })}
            {children.map(|c| c())}
        </fieldset>
    }
}

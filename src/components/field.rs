//! The frame every form field shares: a label, the control, an optional hint, an optional error
//! and an optional "to do" note. One way to name the parts: the control is `{id}`, its hint
//! `{id}-hint`, its error `{id}-error` and its note `{id}-issue`, and the control is described
//! by each that it has (`described_by`), so a screen reader reads them with the field. Used by
//! `TextField`, `NumberField`, `SelectField` and `CheckboxField`; `ChoiceGroup` names its hint
//! the same way.
//!
//! An error means "what you typed was not kept" (`aria-invalid` while it shows); a note means
//! "this is still missing for the plan" and marks the field invalid only once something is typed.

use leptos::prelude::*;

use crate::content::text::ui_shell as t;

/// The optional messages of a field.
#[derive(Clone, Copy, Default)]
pub struct Messages {
    pub error: Option<Signal<Option<String>>>,
    pub issue: Option<Signal<Option<String>>>,
}

impl Messages {
    /// The `aria-describedby` of a control with these messages (and a hint if `hint`).
    pub fn described_by(self, id: &str, hint: bool) -> Option<String> {
        let parts: Vec<String> = [
            (hint, "hint"),
            (self.error.is_some(), "error"),
            (self.issue.is_some(), "issue"),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// `aria-invalid` for a control holding `value`.
    pub fn invalid(self, value: Signal<String>) -> impl Fn() -> &'static str + Copy {
        move || {
            let shows =
                |m: Option<Signal<Option<String>>>| m.is_some_and(|m| m.with(Option::is_some));
            let typed = move || value.with(|v| !v.trim().is_empty());
            if shows(self.error) || (shows(self.issue) && typed()) {
                "true"
            } else {
                "false"
            }
        }
    }
}

/// The label, the control (`children`), the hint and the messages, in that order; a checkbox
/// (`check`) comes before its label, as people expect one. A message's paragraph is there
/// whenever the field can have one, empty (and not shown) while it has none.
#[component]
pub fn Field(
    id: String,
    label: String,
    hint: Option<Signal<String>>,
    messages: Messages,
    class: &'static str,
    /// The control first, then its label (class `field-check`).
    #[prop(optional)]
    check: bool,
    /// The label is read, not shown (a table's column heading shows what it says).
    #[prop(optional)]
    label_hidden: bool,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let issue_id = format!("{id}-issue");
    let label =
        view! { <label for=id class=label_hidden.then_some("visually-hidden")>{label}</label> };
    let (label_before, label_after) = if check {
        (None, Some(label))
    } else {
        (Some(label), None)
    };
    let class = match (check, class.is_empty()) {
        (false, true) => "field".to_string(),
        (false, false) => format!("field {class}"),
        (true, true) => "field field-check".to_string(),
        (true, false) => format!("field field-check {class}"),
    };
    view! {
        <div class=class>
            {label_before}
            {children()}
            {label_after}
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{move || hint.get()}</p> })}
            {messages.error.map(|error| view! { <p class="field-error" id=error_id>{move || error.get()}</p> })}
            {messages.issue.map(|issue| view! { <FieldIssue id=issue_id message=issue /> })}
        </div>
    }
}

/// A "to do" note under a field or group; empty (and silent) when there is nothing to say.
#[component]
pub fn FieldIssue(#[prop(into)] id: String, message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-issue" id=id>
            {move || message.get().map(|m| view! { <span class="field-issue-label">{t::TO_DO}</span> {m} })}
        </p>
    }
}

//! The learner's response playbook: tone, first-response target, escalation contact and reply
//! templates per kind of post, with `ResponsePlaybook::validate`'s messages next to the fields.
//! Saved in `ProgressData.workbook.triage.playbook`.

use leptos::prelude::*;

use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::components::text_field::TextField;
use crate::content::text::ui_process as t;
use crate::domain::locale::is_singular;

use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::triage::{parse_response_hours, Category, Tone};
use crate::domain::workbook::WorkbookStoreFields;
use crate::domain::workbook::{slug_of, Issue};
use crate::state::use_app_state;

#[component]
pub fn TriagePlaybook() -> impl IntoView {
    let state = use_app_state();
    let triage = state.progress.workbook().triage();
    let issues = Memo::new(move |_| triage.with(|triage| triage.playbook.validate()));
    let issue_for = move |field: &'static str| {
        move || {
            issues.with(|list: &Vec<Issue>| {
                list.iter()
                    .find(|i| i.field == field)
                    .map(|i| i.message.clone())
            })
        }
    };
    let tone = Memo::new(move |_| triage.with(|triage| triage.playbook.tone));
    let contact =
        Signal::derive(move || triage.with(|triage| triage.playbook.escalation_contact.clone()));
    let always =
        Signal::derive(move || triage.with(|triage| triage.playbook.always_escalate.clone()));
    let fill = move |_| triage.update(|triage| triage.playbook.fill_suggested_templates());
    let tone_issue = issue_for("tone");
    let contact_issue = issue_for("escalation_contact");

    view! {
        <section class="tool-section triage-playbook" aria-labelledby="triage-playbook-heading">
            <h3 id="triage-playbook-heading">{t::PLAYBOOK_HEADING}</h3>
            <p>{t::PLAYBOOK_INTRO}</p>
            <p role="status" class="result-box" class:result-right=move || issues.with(Vec::is_empty)>
                {move || match issues.with(Vec::len) {
                    0 => t::PLAYBOOK_COMPLETE.to_string(),
                    n if is_singular(n as u64) => t::playbook_left_one(n),
                    n => t::playbook_left_other(n),
                }}
            </p>

            <ChoiceGroup
                name="triage-tone"
                legend=t::TONE_LEGEND
                class="field"
                list_class="plain-list"
                options=Tone::ALL.into_iter().map(|t| Choice::new(slug_of(&t), t.label())).collect()
                checked=Callback::new(move |i: usize| tone.get() == Some(Tone::ALL[i]))
                on_change=Callback::new(move |(i, _): (usize, bool)| triage.update(|triage| triage.playbook.tone = Some(Tone::ALL[i])))
                issue=Signal::derive(tone_issue)
            />

            <ResponseHours issue=Signal::derive(issue_for("response_hours")) />

            <TextField
                id="triage-contact"
                label=t::CONTACT_LABEL
                value=contact
                on_input=Callback::new(move |text| triage.update(|triage| triage.playbook.escalation_contact = text))
                hint=t::CONTACT_HINT
                issue=Signal::derive(contact_issue)
            />

            <TextField
                id="triage-always"
                label=t::ALWAYS_LABEL
                rows=2
                value=always
                on_input=Callback::new(move |text| triage.update(|triage| triage.playbook.always_escalate = text))
                hint=t::ALWAYS_HINT
            />

            <h4>{t::TEMPLATES_HEADING}</h4>
            <p>{t::TEMPLATES_INTRO}</p>
            <p>
                <button type="button" class="button" on:click=fill>{t::FILL_TEMPLATES}</button>
            </p>
            {Category::ALL
                .into_iter()
                .map(|c| view! { <TemplateField category=c issue=Signal::derive(issue_for(c.template_field())) /> })
                .collect_view()}
        </section>
    }
}

#[component]
fn ResponseHours(issue: Signal<Option<String>>) -> impl IntoView {
    let state = use_app_state();
    let triage = state.progress.workbook().triage();
    let initial = triage
        .with_untracked(|triage| triage.playbook.response_hours)
        .map(|h| h.to_string())
        .unwrap_or_default();
    let text = RwSignal::new(initial);
    let parse_error = RwSignal::new(None::<String>);
    let on_input = move |typed: String| {
        match parse_response_hours(&typed) {
            Ok(hours) => {
                parse_error.set(None);
                triage.update(|triage| triage.playbook.response_hours = hours);
            }
            Err(message) => parse_error.set(Some(message)),
        }
        text.set(typed);
    };
    let message = Signal::derive(move || parse_error.get().or_else(|| issue.get()));
    view! {
        <TextField
            id="triage-hours"
            label=t::HOURS_LABEL
            class="field-short"
            inputmode="numeric"
            value=text
            on_input=Callback::new(on_input)
            hint=t::HOURS_HINT
            issue=message
        />
    }
}

#[component]
fn TemplateField(category: Category, issue: Signal<Option<String>>) -> impl IntoView {
    let state = use_app_state();
    let triage = state.progress.workbook().triage();
    let slug = slug_of(&category);
    let id = format!("triage-template-{slug}");
    let text = move || {
        triage.with(|triage| {
            triage
                .playbook
                .templates
                .get(&category)
                .cloned()
                .unwrap_or_default()
        })
    };
    let has_text = move || !text().trim().is_empty();
    let on_input = move |typed: String| {
        triage.update(|triage| {
            if typed.is_empty() {
                triage.playbook.templates.remove(&category);
            } else {
                triage.playbook.templates.insert(category, typed);
            }
        });
    };
    // Trolls and spam get no reply: show the rule, and a box only to clear an old template.
    let no_reply = !category.gets_reply();
    view! {
        <Show
            when=move || !no_reply || has_text()
            fallback=move || view! {
                <p class="triage-no-reply">
                    <strong>{t::no_template(category.label())}</strong>
                    " " {t::MODEL_NO_REPLY} " " {category.action()}
                </p>
            }
        >
            <TextField
                id=id.clone()
                label=t::template_label(category.label())
                rows=3
                value=Signal::derive(text)
                on_input=Callback::new(on_input)
                hint=format!("{} {}", category.recognise(), category.action())
                issue=issue
            />
        </Show>
    }
}

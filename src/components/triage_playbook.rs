//! The learner's response playbook: tone, first-response target, escalation contact and reply
//! templates per kind of post, with `ResponsePlaybook::validate`'s messages next to the fields.
//! Saved in `ProgressData.workbook.triage.playbook`.

use leptos::prelude::*;

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
    let contact = move || triage.with(|triage| triage.playbook.escalation_contact.clone());
    let always = move || triage.with(|triage| triage.playbook.always_escalate.clone());
    let fill = move |_| triage.update(|triage| triage.playbook.fill_suggested_templates());
    let tone_issue = issue_for("tone");
    let contact_issue = issue_for("escalation_contact");

    view! {
        <section class="tool-section triage-playbook" aria-labelledby="triage-playbook-heading">
            <h3 id="triage-playbook-heading">"Your response playbook"</h3>
            <p>"Your own rules, so replies sound the same whoever is on duty and serious problems reach the right person fast. The notes under each field say what is still missing."</p>
            <p role="status" class="result-box" class:result-right=move || issues.with(Vec::is_empty)>
                {move || match issues.with(Vec::len) {
                    0 => "Your playbook is complete.".to_string(),
                    1 => "1 thing left to finish in your playbook.".to_string(),
                    n => format!("{n} things left to finish in your playbook."),
                }}
            </p>

            <fieldset class="field" aria-describedby="triage-tone-issue">
                <legend>"Tone of voice"</legend>
                <ul class="plain-list">
                    {Tone::ALL
                        .into_iter()
                        .map(|t| {
                            let id = format!("triage-tone-{}", slug_of(&t));
                            view! {
                                <li class="check-item">
                                    <input
                                        type="radio"
                                        id=id.clone()
                                        name="triage-tone"
                                        prop:checked=move || tone.get() == Some(t)
                                        on:change=move |_| triage.update(|triage| triage.playbook.tone = Some(t))
                                    />
                                    <label for=id>{t.label()}</label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <FieldIssue id="triage-tone-issue" message=Signal::derive(tone_issue) />
            </fieldset>

            <ResponseHours issue=Signal::derive(issue_for("response_hours")) />

            <div class="field">
                <label for="triage-contact">"Escalation contact"</label>
                <input
                    type="text"
                    id="triage-contact"
                    class="input"
                    aria-describedby="triage-contact-hint triage-contact-issue"
                    prop:value=contact
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        triage.update(|triage| triage.playbook.escalation_contact = text);
                    }
                />
                <p class="hint" id="triage-contact-hint">"Name, role and phone, for example \"Priya (owner), 07700 900123\"."</p>
                <FieldIssue id="triage-contact-issue" message=Signal::derive(contact_issue) />
            </div>

            <div class="field">
                <label for="triage-always">"What always goes to them (optional)"</label>
                <textarea
                    id="triage-always"
                    class="input"
                    rows="2"
                    aria-describedby="triage-always-hint"
                    prop:value=always
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        triage.update(|triage| triage.playbook.always_escalate = text);
                    }
                ></textarea>
                <p class="hint" id="triage-always-hint">"For example: compensation over £20, anything about allergens, journalists asking."</p>
            </div>

            <h4>"Reply templates"</h4>
            <p>"Adapt the lesson's templates to your business; never paste them unchanged. Keep the [brackets] for what changes each time."</p>
            <p>
                <button type="button" class="button" on:click=fill>"Fill empty templates with the lesson's suggestions"</button>
            </p>
            {Category::ALL
                .into_iter()
                .map(|c| view! { <TemplateField category=c issue=Signal::derive(issue_for(c.template_field())) /> })
                .collect_view()}
        </section>
    }
}

/// A validation message under a field; empty (and silent) when there is nothing to say.
#[component]
fn FieldIssue(#[prop(into)] id: String, message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-issue" id=id>
            {move || message.get().map(|m| view! { <span class="field-issue-label">"To do: "</span> {m} })}
        </p>
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
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
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
        <div class="field">
            <label for="triage-hours">"First-response target, in hours"</label>
            <input
                type="text"
                id="triage-hours"
                class="input input-number"
                inputmode="numeric"
                aria-describedby="triage-hours-hint triage-hours-issue"
                aria-invalid=move || {
                    let typed = text.with(|t| !t.trim().is_empty());
                    if typed && message.with(Option::is_some) { "true" } else { "false" }
                }
                prop:value=move || text.get()
                on:input=on_input
            />
            <p class="hint" id="triage-hours-hint">"How soon someone acknowledges a post, for example 4 (shop hours) or 24. The full answer can take longer."</p>
            <FieldIssue id="triage-hours-issue" message=message />
        </div>
    }
}

#[component]
fn TemplateField(category: Category, issue: Signal<Option<String>>) -> impl IntoView {
    let state = use_app_state();
    let triage = state.progress.workbook().triage();
    let slug = slug_of(&category);
    let id = format!("triage-template-{slug}");
    let hint_id = format!("{id}-hint");
    let issue_id = format!("{id}-issue");
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
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        triage.update(|triage| {
            if typed.is_empty() {
                triage.playbook.templates.remove(&category);
            } else {
                triage.playbook.templates.insert(category, typed);
            }
        });
    };
    let describedby = format!("{hint_id} {issue_id}");
    // Trolls and spam get no reply: show the rule, and a box only to clear an old template.
    let no_reply = !category.gets_reply();
    view! {
        <Show
            when=move || !no_reply || has_text()
            fallback=move || view! {
                <p class="triage-no-reply">
                    <strong>{category.label()} ": no reply template."</strong>
                    " The model is not to reply. " {category.action()}
                </p>
            }
        >
            <div class="field">
                <label for=id.clone()>{format!("Reply template: {}", category.label())}</label>
                <textarea
                    id=id.clone()
                    class="input"
                    rows="3"
                    aria-describedby=describedby.clone()
                    aria-invalid=move || if has_text() && issue.with(Option::is_some) { "true" } else { "false" }
                    prop:value=text
                    on:input=on_input
                ></textarea>
                <p class="hint" id=hint_id.clone()>{category.recognise()} " " {category.action()}</p>
                <FieldIssue id=issue_id.clone() message=issue />
            </div>
        </Show>
    }
}

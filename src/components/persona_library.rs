//! The learner's saved personas: switch, add and delete (renaming is the form's name field).

use leptos::html;
use leptos::prelude::*;

use crate::components::audience_targeting::Targeting;
use crate::domain::recommender::{add_persona, delete_persona, persona_label, select_persona};
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::store::MAX_PERSONAS;
use crate::state::use_app_state;

#[component]
pub fn PersonaLibrary(t: Targeting) -> impl IntoView {
    let app = use_app_state();
    let labels = Memo::new(move |_| {
        app.progress.personas().with(|personas| {
            personas
                .iter()
                .enumerate()
                .map(|(i, persona)| persona_label(persona, i))
                .collect::<Vec<String>>()
        })
    });
    let active = Memo::new(move |_| app.progress.active_persona().get());
    let full = move || labels.with(Vec::len) >= MAX_PERSONAS;
    let confirming = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let yes_ref = NodeRef::<html::Button>::new();
    let select_ref = NodeRef::<html::Select>::new();

    let switch = move |ev: leptos::ev::Event| {
        let Ok(index) = event_target_value(&ev).parse::<usize>() else {
            return;
        };
        t.flush.run(());
        let mut chosen = None;
        app.update(|p| chosen = select_persona(&p.personas, &mut p.active_persona, index));
        if let Some(persona) = chosen {
            confirming.set(false);
            message.set(String::new());
            t.show.run(persona);
        }
    };
    let add = move |_| {
        t.flush.run(());
        let mut added = None;
        app.update(|p| added = add_persona(&mut p.personas, &mut p.active_persona));
        match added {
            Some(persona) => {
                message.set(format!("Added “{}”. Fill in the form below.", persona.name));
                confirming.set(false);
                t.show.run(persona);
            }
            None => message.set(format!(
                "You already keep {MAX_PERSONAS} personas, the most this tool saves. Delete one first."
            )),
        }
    };
    let ask_delete = move |_| {
        confirming.set(true);
        request_animation_frame(move || {
            if let Some(button) = yes_ref.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let delete = move |_| {
        t.flush.run(());
        let Some(index) = active.get_untracked() else {
            return;
        };
        let name = labels.with_untracked(|l| l.get(index).cloned().unwrap_or_default());
        let mut next = None;
        app.update(|p| next = delete_persona(&mut p.personas, &mut p.active_persona, index));
        confirming.set(false);
        message.set(format!("Deleted “{name}”."));
        t.show.run(next.unwrap_or_default());
        request_animation_frame(move || {
            if let Some(select) = select_ref.get_untracked() {
                let _ = select.focus();
            }
        });
    };

    view! {
        <fieldset class="persona-library">
            <legend>"Your personas"</legend>
            <div class="persona-library-row">
                <div class="pt-field">
                    <label for="at-persona">"Persona to work on"</label>
                    <select
                        id="at-persona"
                        node_ref=select_ref
                        on:change=switch
                    >
                        {move || {
                            let list = labels.get();
                            let unsaved = active.get().is_none();
                            let placeholder = unsaved.then(|| {
                                let text = if list.is_empty() {
                                    "New persona (saved when you answer)"
                                } else {
                                    "Persona from the link (not saved)"
                                };
                                view! { <option value="" selected>{text}</option> }
                            });
                            view! {
                                {placeholder}
                                {list
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, label)| view! {
                                        <option value=i.to_string() prop:selected=move || active.get() == Some(i)>{label}</option>
                                    })
                                    .collect_view()}
                            }
                        }}
                    </select>
                </div>
                <div class="pt-actions">
                    <button type="button" class="button" on:click=add aria-disabled=move || full().to_string()>
                        "New persona"
                    </button>
                    <button
                        type="button"
                        class="button button-danger"
                        disabled=move || active.get().is_none()
                        on:click=ask_delete
                    >
                        "Delete this persona"
                    </button>
                </div>
            </div>
            <p class="hint">
                {move || format!(
                    "{} of {MAX_PERSONAS} saved. Changes save as you make them; rename a persona with its name field.",
                    labels.with(Vec::len)
                )}
            </p>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group" aria-labelledby="at-confirm-text">
                    <p id="at-confirm-text">
                        {move || {
                            let name = active
                                .get()
                                .and_then(|i| labels.with(|l| l.get(i).cloned()))
                                .unwrap_or_default();
                            format!("Delete “{name}”? This cannot be undone.")
                        }}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button-danger" node_ref=yes_ref on:click=delete>
                            "Yes, delete it"
                        </button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>
                            "Cancel"
                        </button>
                    </div>
                </div>
            </Show>
            <p class="pt-message" role="status">{move || message.get()}</p>
        </fieldset>
    }
}

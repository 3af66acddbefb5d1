//! The learner's saved personas: switch, add and delete (renaming is the form's name field), and
//! keep a persona opened from a link ("Save this persona").

use leptos::prelude::*;

use crate::browser::{focus_later, on_escape};
use crate::components::audience_targeting::{edit_personas, Targeting};
use crate::components::select_field::{with_blank, SelectField, SelectOption};
use crate::content::text::ui_planning as text;
use crate::domain::locale::is_singular;
use crate::domain::recommender::{
    add_persona, delete_persona, persona_label, save_linked, select_persona, LinkSaved,
};
use crate::domain::store::{ProgressDataStoreFields, MAX_PERSONAS};
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
    let linked = t.linked;
    let full = move || labels.with(Vec::len) >= MAX_PERSONAS;
    // Whether "Save this persona" has no room: the list is full and the form's persona is not
    // one of the saved ones (a saved one is only selected).
    let no_room_for_link = move || {
        full()
            && !app
                .progress
                .personas()
                .with(|list| t.draft.with(|d| list.contains(d)))
    };
    let confirming = RwSignal::new(false);
    let message = RwSignal::new(String::new());

    let switch = move |value: String| {
        let Ok(index) = value.parse::<usize>() else {
            return;
        };
        if let Some(persona) =
            edit_personas(app, |list, active| select_persona(list, active, index))
        {
            confirming.set(false);
            message.set(String::new());
            t.show.run(persona);
        }
    };
    let add = move |_| match edit_personas(app, add_persona) {
        Some(persona) => {
            message.set(text::pl_added(&persona.name));
            confirming.set(false);
            t.show.run(persona);
        }
        None => message.set(text::pl_full(MAX_PERSONAS)),
    };
    let focus_picker = || focus_later("at-persona");
    // The confirmation opens on its safe choice (a deletion cannot be undone); Cancel or Escape
    // returns to the button that opened it.
    let ask_delete = move |_| {
        confirming.set(true);
        focus_later("at-delete-cancel");
    };
    let cancel_delete = move || {
        confirming.set(false);
        focus_later("at-delete");
    };
    let delete = move |_| {
        let Some(index) = active.get_untracked().filter(|_| !linked.get_untracked()) else {
            return;
        };
        let name = labels.with_untracked(|l| l.get(index).cloned().unwrap_or_default());
        let next = edit_personas(app, |list, active| delete_persona(list, active, index));
        confirming.set(false);
        message.set(text::pl_deleted(name));
        t.show.run(next.unwrap_or_default());
        focus_picker();
    };
    let save_link = move |_| {
        let persona = t.draft.get_untracked();
        let saved = edit_personas(app, |list, active| save_linked(list, active, &persona));
        let text = match saved {
            LinkSaved::Added(i) => text::pl_link_saved(persona_label(&persona, i)),
            LinkSaved::Existing(i) => text::pl_link_existing(persona_label(&persona, i)),
            LinkSaved::Full => {
                message.set(text::pl_link_full(MAX_PERSONAS));
                return;
            }
        };
        message.set(text);
        confirming.set(false);
        t.show.run(persona);
        // The button goes once the persona is saved: focus moves to the list that now holds it.
        focus_picker();
    };

    view! {
        <fieldset class="persona-library">
            <legend>{text::PL_LEGEND}</legend>
            <div class="persona-library-row">
                <SelectField
                    id="at-persona"
                    label=text::PL_PICKER
                    class="pt-field"
                    options=Signal::derive(move || {
                        // Until the form's persona is a saved one, a first option says what it is.
                        let placeholder = if linked.get() {
                            Some(text::PL_FROM_LINK)
                        } else if active.get().is_none() {
                            Some(text::PL_NEW_UNSAVED)
                        } else {
                            None
                        };
                        let saved = labels
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, label)| SelectOption::new(i.to_string(), label));
                        match placeholder {
                            Some(text) => with_blank(text, saved),
                            None => saved.collect(),
                        }
                    })
                    value=Signal::derive(move || match active.get() {
                        Some(i) if !linked.get() => i.to_string(),
                        _ => String::new(),
                    })
                    on_change=Callback::new(switch)
                />
                <div class="pt-actions">
                    <button type="button" class="button" on:click=add aria-disabled=move || full().to_string()>
                        {text::PL_NEW}
                    </button>
                    <button
                        type="button"
                        id="at-delete"
                        class="button button-danger"
                        disabled=move || linked.get() || active.get().is_none()
                        on:click=ask_delete
                    >
                        {text::PL_DELETE}
                    </button>
                </div>
            </div>
            <Show when=move || linked.get()>
                <div class="button-row">
                    <button
                        type="button"
                        class="button"
                        aria-disabled=move || no_room_for_link().to_string()
                        on:click=save_link
                    >
                        {text::PL_SAVE_LINK}
                    </button>
                </div>
            </Show>
            <p class="hint">
                {move || {
                    let count = labels.with(Vec::len);
                    match (linked.get(), is_singular(count as u64)) {
                        (true, true) => text::pl_count_linked_one(count, MAX_PERSONAS),
                        (true, false) => text::pl_count_linked_other(count, MAX_PERSONAS),
                        (false, true) => text::pl_count_one(count, MAX_PERSONAS),
                        (false, false) => text::pl_count_other(count, MAX_PERSONAS),
                    }
                }}
            </p>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group" aria-labelledby="at-confirm-text" on:keydown=move |ev| on_escape(&ev, cancel_delete)>
                    <p id="at-confirm-text">
                        {move || {
                            let name = active
                                .get()
                                .and_then(|i| labels.with(|l| l.get(i).cloned()))
                                .unwrap_or_default();
                            text::pl_confirm_delete(name)
                        }}
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button-danger" on:click=delete>
                            {text::PL_CONFIRM_YES}
                        </button>
                        <button type="button" id="at-delete-cancel" class="button" on:click=move |_| cancel_delete()>
                            {text::PL_CANCEL}
                        </button>
                    </div>
                </div>
            </Show>
            <p class="pt-message" role="status">{move || message.get()}</p>
        </fieldset>
    }
}

//! Audience targeting: describe the audience and the resources behind the marketing, get every
//! platform ranked with the reasons, cautions and confidence from `domain::recommender::rank`.
//!
//! The form always shows one persona. The active saved one (`ProgressData.personas`,
//! `active_persona`) is kept on every change; a persona opened from a link is only shown until
//! the learner presses "Save this persona" (`open_personas`, `save_linked`). The form is written
//! to the URL query (debounced, with `replace`) so the view can be shared.
//!
//! The tool reads and writes only `personas`, `active_persona` and `chosen_platforms`, so typing
//! here wakes nothing else. To keep every answer painted within one frame on a slow phone, the
//! ranking (the costly part) is rebuilt in the frame after the form change is painted
//! (`scripts/measure-repaint.mjs` measures both steps).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::persona_form::PersonaForm;
use crate::components::persona_library::PersonaLibrary;
use crate::components::persona_results::PersonaResults;
use crate::content::text::ui_calculators as t;
use crate::domain::recommender::{
    open_personas, persona_to_query, rank, save_persona, OpeningNotice, Persona,
};
use crate::domain::store::ProgressDataStoreFields;
use crate::state::{use_app_state, AppState};
use crate::url_state::use_query_writer;

/// Runs `f` once the next frame has been painted: in a task queued from the frame's
/// animation callback, which the browser runs only after that frame's rendering.
fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// How long the URL waits for typing to pause before it is rewritten.
const URL_DELAY: Duration = Duration::from_millis(300);

/// Changes the saved personas and the active index together (adding, switching, deleting,
/// saving a link's persona). Each of the two fields is written only if it changed, so a switch
/// wakes the readers of `active_persona` alone and nothing outside the persona fields wakes.
pub fn edit_personas<R>(
    app: AppState,
    f: impl FnOnce(&mut Vec<Persona>, &mut Option<usize>) -> R,
) -> R {
    let mut list = app.progress.personas().get_untracked();
    let mut active = app.progress.active_persona().get_untracked();
    let result = f(&mut list, &mut active);
    if app.progress.personas().with_untracked(|old| *old != list) {
        app.progress.personas().set(list);
    }
    if app.progress.active_persona().get_untracked() != active {
        app.progress.active_persona().set(active);
    }
    result
}

/// What the parts of the tool share.
#[derive(Clone, Copy)]
pub struct Targeting {
    /// The persona in the form.
    pub draft: RwSignal<Persona>,
    /// Whether the form shows a link's persona that is not saved: changes stay in the form and
    /// the URL until the learner presses "Save this persona".
    pub linked: RwSignal<bool>,
    /// Keeps the draft (unless it is a link's unsaved persona), schedules the ranking for the
    /// next frame and the URL update; call after every change to the draft.
    pub commit: Callback<()>,
    /// Puts a saved (or new) persona in the form (switching, adding, deleting, saving a link's
    /// persona) and updates the URL.
    pub show: Callback<Persona>,
    /// Counts the personas put in the form by `show`, so fields can reset their messages.
    pub shown: RwSignal<u32>,
}

impl Targeting {
    /// Changes the persona in the form and keeps it.
    pub fn edit(self, f: impl FnOnce(&mut Persona)) {
        self.draft.update(f);
        self.commit.run(());
    }
}

#[component]
pub fn AudienceTargeting() -> impl IntoView {
    let app = use_app_state();
    let location = use_location();

    // What to open with: a persona in the link (shown, not saved), else the saved one. Only a
    // stale active index is repaired here, and the save effect keeps that like any change.
    let query = location.search.get_untracked();
    let mut active = app.progress.active_persona().get_untracked();
    let opening = app
        .progress
        .personas()
        .with_untracked(|list| open_personas(list, &mut active, &query));
    if app.progress.active_persona().get_untracked() != active {
        app.progress.active_persona().set(active);
    }

    let draft = RwSignal::new(opening.persona.clone());
    let linked = RwSignal::new(opening.linked);
    // The persona the results show: it follows the form one frame later, so the answer the
    // learner just gave is painted at once and the ranking is rebuilt after it.
    let ranked = RwSignal::new(opening.persona);
    let notice = RwSignal::new(opening.notice);
    let ranking = Memo::new(move |_| ranked.with(rank));

    // The URL follows the form once typing pauses; never after the tool has gone.
    let address = use_query_writer(URL_DELAY);
    let write_url = move || address.write_later(move || draft.try_with_untracked(persona_to_query));

    // The active persona is kept at once: the write wakes only the readers of `personas` (the
    // library's names), and storage is written later, off the keystroke path (`state.rs`).
    let keep = move || {
        if linked.get_untracked() {
            return;
        }
        let persona = draft.get_untracked();
        let active = app.progress.active_persona().get_untracked();
        let in_place = app.progress.personas().with_untracked(|list| {
            active
                .and_then(|i| list.get(i))
                .map(|saved| *saved == persona)
        });
        match in_place {
            Some(true) => {}
            Some(false) => app.progress.personas().update(|list| {
                if let Some(slot) = active.and_then(|i| list.get_mut(i)) {
                    *slot = persona;
                }
            }),
            // No active persona (a blank form): the first answer saves it, room permitting.
            None => edit_personas(app, |list, active| {
                save_persona(list, active, &persona);
            }),
        }
    };
    let rank_pending = StoredValue::new(false);
    let rank_now = move || {
        if !rank_pending.try_get_value().unwrap_or(false) {
            return;
        }
        rank_pending.set_value(false);
        if let Some(persona) = draft.try_get_untracked() {
            ranked.try_set(persona);
        }
    };
    let commit = Callback::new(move |_: ()| {
        keep();
        if !rank_pending.get_value() {
            rank_pending.set_value(true);
            after_paint(rank_now);
        }
        write_url();
    });
    let shown = RwSignal::new(0_u32);
    let show = Callback::new(move |persona: Persona| {
        rank_pending.set_value(false);
        linked.set(false);
        draft.set(persona.clone());
        ranked.set(persona);
        shown.update(|n| *n = n.wrapping_add(1));
        notice.set(None);
        write_url();
    });
    let t = Targeting {
        draft,
        linked,
        commit,
        show,
        shown,
    };

    view! {
        <div class="tool platforms-tool targeting">
            <p class="pt-intro">{t::TARGETING_INTRO}</p>
            <PersonaLibrary t=t />
            <p
                class="pt-notice"
                class:pt-notice-error=move || notice.with(|n| n.as_ref().is_some_and(OpeningNotice::is_error))
                role="status"
            >
                {move || notice.with(|n| n.as_ref().map(OpeningNotice::text))}
            </p>
            <PersonaForm t=t />
            <PersonaResults ranking=ranking persona=ranked linked=linked />
        </div>
    }
}

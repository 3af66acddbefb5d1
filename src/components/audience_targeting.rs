//! Audience targeting: describe the audience and the resources behind the marketing, get every
//! platform ranked with the reasons, cautions and confidence from `domain::recommender::rank`.
//!
//! The form always shows one persona. It is kept in `ProgressData.personas` (the active one,
//! `active_persona`) on every change, and written to the URL query (debounced, with `replace`)
//! so the view can be shared; opening such a link fills the form (`open_personas`).
//!
//! To keep every answer painted within one frame on a slow phone, work is staged: the form
//! change is painted first, the ranking is rebuilt in the next frame, and the save follows once
//! that is painted (`scripts/measure-repaint.mjs` measures both steps).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::components::persona_form::PersonaForm;
use crate::components::persona_library::PersonaLibrary;
use crate::components::persona_results::PersonaResults;
use crate::domain::recommender::{
    open_personas, persona_to_query, rank, save_persona, OpeningNotice, Persona,
};
use crate::state::use_app_state;

/// Runs `f` once the next frame has been painted: in a task queued from the frame's
/// animation callback, which the browser runs only after that frame's rendering.
fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// How long the URL waits for typing to pause before it is rewritten.
const URL_DELAY: Duration = Duration::from_millis(300);

/// What the parts of the tool share.
#[derive(Clone, Copy)]
pub struct Targeting {
    /// The persona in the form.
    pub draft: RwSignal<Persona>,
    /// Saves the draft (after the next paint) and schedules the URL update; call after every
    /// change to the draft.
    pub commit: Callback<()>,
    /// Saves a pending change now; call before another persona becomes the active one.
    pub flush: Callback<()>,
    /// Puts another persona in the form (switching, adding, deleting) and updates the URL.
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
    let navigate = use_navigate();

    // What to open with: a persona in the link, else the saved one.
    let query = location.search.get_untracked();
    let (opening, changed) = app.progress.with_untracked(|p| {
        let (mut list, mut active) = (p.personas.clone(), p.active_persona);
        let opening = open_personas(&mut list, &mut active, &query);
        let changed = list != p.personas || active != p.active_persona;
        (opening, changed.then_some((list, active)))
    });
    if let Some((list, active)) = changed {
        // After the first frame: an update made before the save effect's first run would be
        // taken for what was loaded and never written.
        request_animation_frame(move || {
            app.update(|p| {
                p.personas = list;
                p.active_persona = active;
            })
        });
    }

    let draft = RwSignal::new(opening.persona.clone());
    // The persona the results show: it follows the form one frame later, so the answer the
    // learner just gave is painted at once and the ranking is rebuilt after it.
    let ranked = RwSignal::new(opening.persona);
    let notice = RwSignal::new(opening.notice);
    let ranking = Memo::new(move |_| ranked.with(rank));

    // The URL follows the form once typing pauses; never after the tool has gone.
    let path = location.pathname.get_untracked();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let write_url = move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
        let navigate = navigate.clone();
        let path = path.clone();
        let handle = set_timeout_with_handle(
            move || {
                if location.pathname.try_get_untracked().as_ref() != Some(&path) {
                    return;
                }
                let Some(query) = draft.try_with_untracked(persona_to_query) else {
                    return;
                };
                let url = crate::domain::route::url_with_query(&path, &query);
                let options = NavigateOptions {
                    replace: true,
                    scroll: false,
                    resolve: false,
                    ..Default::default()
                };
                navigate(&url, options);
            },
            URL_DELAY,
        )
        .ok();
        timer.set_value(handle);
    };
    let write_url = StoredValue::new(write_url);
    on_cleanup(move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
    });

    // Saving wakes every reader of the progress, so it too waits for the results to be painted;
    // a switch of persona saves what is pending first (`flush`).
    let save_pending = StoredValue::new(false);
    let save_now = move || {
        if !save_pending.try_get_value().unwrap_or(false) {
            return;
        }
        save_pending.set_value(false);
        let Some(persona) = draft.try_get_untracked() else {
            return;
        };
        let mut kept = false;
        app.update(|p| kept = save_persona(&mut p.personas, &mut p.active_persona, &persona));
        if kept && notice.with_untracked(|n| n == &Some(OpeningNotice::NotSavedFull)) {
            notice.set(None);
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
        after_paint(save_now);
    };
    let commit = Callback::new(move |_: ()| {
        save_pending.set_value(true);
        if !rank_pending.get_value() {
            rank_pending.set_value(true);
            after_paint(rank_now);
        }
        write_url.with_value(|w| w());
    });
    let flush = Callback::new(move |_: ()| {
        rank_now();
        save_now();
    });
    on_cleanup(save_now);
    let shown = RwSignal::new(0_u32);
    let show = Callback::new(move |persona: Persona| {
        rank_pending.set_value(false);
        draft.set(persona.clone());
        ranked.set(persona);
        shown.update(|n| *n = n.wrapping_add(1));
        notice.set(None);
        write_url.with_value(|w| w());
    });
    let t = Targeting {
        draft,
        commit,
        flush,
        show,
        shown,
    };

    view! {
        <div class="tool platforms-tool targeting">
            <p class="pt-intro">
                "Describe one audience. Every platform is scored from published usage figures and the course's judgement of fit; each reason names its source and year. Your personas are saved in this browser."
            </p>
            <PersonaLibrary t=t />
            <p
                class="pt-notice"
                class:pt-notice-error=move || notice.with(|n| n.as_ref().is_some_and(OpeningNotice::is_error))
                role="status"
            >
                {move || notice.with(|n| n.as_ref().map(OpeningNotice::text))}
            </p>
            <PersonaForm t=t />
            <PersonaResults ranking=ranking persona=ranked />
        </div>
    }
}

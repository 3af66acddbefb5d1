//! A short summary read out once the learner pauses, in place of regions that change on every
//! keystroke: a live region that re-renders as each letter is typed is re-announced each time
//! (the SMART checklist was read 13 times while one goal was typed). The visible results stay as
//! they are, without `role="status"`; this visually hidden status says what changed, once.

use std::time::Duration;

use leptos::prelude::*;

/// How long typing has to pause before the summary is read out.
const PAUSE: Duration = Duration::from_millis(1_000);

/// Announces `text` (politely) when it has stayed the same for a pause. Nothing is read on
/// load: only a change the learner made is announced.
#[component]
pub fn LiveSummary(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let announced = RwSignal::new(String::new());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |previous: Option<String>| {
        let now = text.get();
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
        if previous.is_some_and(|previous| previous != now) {
            let next = now.clone();
            let handle = set_timeout_with_handle(
                move || {
                    let _ = announced.try_set(next);
                },
                PAUSE,
            )
            .ok();
            timer.set_value(handle);
        }
        now
    });
    on_cleanup(move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
    });
    view! { <p class="visually-hidden" role="status">{move || announced.get()}</p> }
}

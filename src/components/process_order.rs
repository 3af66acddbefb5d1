//! The ordering exercise of the process map: move the ten steps up or down with buttons (keyboard
//! friendly), then check the order with `check_order`. The attempt is saved as it changes.

use leptos::prelude::*;

use crate::browser::focus_later;
use crate::content::text::ui_process as t;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::process::{check_order, move_step, shuffled, StepId};
use crate::domain::workbook::slug_of;
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

/// The shuffle shown before the learner's first move (any seed gives a wrong order).
const FIRST_SEED: u64 = 1;

fn button_id(step: StepId, up: bool) -> String {
    format!(
        "pm-order-{}-{}",
        slug_of(&step),
        if up { "up" } else { "down" }
    )
}

#[component]
pub fn OrderExercise() -> impl IntoView {
    let state = use_app_state();
    let process = state.progress.workbook().process();
    let order = Memo::new(move |_| process.with(|process| process.exercise_order(FIRST_SEED)));
    let checked = RwSignal::new(false);
    let result = Memo::new(move |_| order.with(|o| check_order(o)));
    let last = StepId::ALL.len() - 1;

    let shift = move |index: usize, up: bool| {
        let mut o = order.get_untracked();
        let Some(to) = move_step(&mut o, index, up) else {
            return;
        };
        let step = o[to];
        process.update(|process| process.order_attempt = o);
        checked.set(false);
        // Keep focus on the moved step; at either end its button in that direction is disabled.
        let at_end = if up { to == 0 } else { to == last };
        focus_later(button_id(step, if at_end { !up } else { up }));
    };
    let reshuffle = move |_| {
        let seed = js_sys::Date::now() as u64;
        process.update(|process| process.order_attempt = shuffled(seed));
        checked.set(false);
    };

    view! {
        <section class="pm-section" aria-labelledby="pm-order-heading">
            <h2 id="pm-order-heading">{t::ORDER_HEADING}</h2>
            <p id="pm-order-hint">{t::ORDER_HINT}</p>
            <ol class="pm-order" aria-describedby="pm-order-hint">
                {move || {
                    let marks = checked.get().then(|| result.get());
                    order
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, step)| {
                            let name = step.name();
                            let mark = marks.as_ref().and_then(|r| r.positions.get(i)).map(|p| {
                                if p.correct {
                                    view! { <span class="pm-mark pm-mark-right">{t::MARK_RIGHT}</span> }.into_any()
                                } else {
                                    view! { <span class="pm-mark pm-mark-wrong">{t::MARK_WRONG}</span> }.into_any()
                                }
                            });
                            view! {
                                <li class="pm-order-item">
                                    <span class="pm-order-pos" aria-hidden="true">{format!("{}.", i + 1)}</span>
                                    <span class="pm-order-name">{name}</span>
                                    {mark}
                                    <span class="pm-order-buttons">
                                        <button
                                            type="button"
                                            class="button pm-move"
                                            id=button_id(step, true)
                                            disabled=i == 0
                                            aria-label=t::move_up_label(name)
                                            on:click=move |_| shift(i, true)
                                        >
                                            <span aria-hidden="true">"↑ "</span>
                                            {t::MOVE_UP}
                                        </button>
                                        <button
                                            type="button"
                                            class="button pm-move"
                                            id=button_id(step, false)
                                            disabled=i == last
                                            aria-label=t::move_down_label(name)
                                            on:click=move |_| shift(i, false)
                                        >
                                            <span aria-hidden="true">"↓ "</span>
                                            {t::MOVE_DOWN}
                                        </button>
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <div class="pm-actions">
                <button type="button" class="button button-primary" on:click=move |_| checked.set(true)>
                    {t::CHECK_ORDER}
                </button>
                <button type="button" class="button" on:click=reshuffle>{t::SHUFFLE_AGAIN}</button>
            </div>
            <p class="pm-result" role="status">
                {move || checked.get().then(|| {
                    let r = result.get();
                    view! {
                        <span class:pm-result-right=r.complete class:pm-result-wrong=!r.complete>
                            {r.summary()}
                            {(!r.complete).then_some(t::ORDER_RETRY)}
                        </span>
                    }
                })}
            </p>
        </section>
    }
}

//! "Try your own comment": the learner pastes a comment they received, answers the chart's
//! questions one at a time (the path lights up on the chart above, and each new question is
//! announced once), and ends with what to do and the matching reply from their own playbook
//! (`triage::walk`, `triage::reply_for`). The comment is not stored: it may be a real customer's.
//!
//! The comment box is written by hand, not a `TextField`: its error is an alert raised by the
//! "Walk the chart" button, where a field's error is quiet and follows what is typed.

use leptos::prelude::*;

use crate::browser::focus_later;
use crate::content::text::ui_process as t;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::triage::{self, Answer, NodeKind};
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

/// The walk in progress: the answers given so far, `None` before "Walk the chart".
#[derive(Clone, Copy)]
pub struct OwnWalk {
    pub answers: RwSignal<Option<Vec<Answer>>>,
}

impl Default for OwnWalk {
    fn default() -> Self {
        OwnWalk {
            answers: RwSignal::new(None),
        }
    }
}

impl OwnWalk {
    /// The boxes visited, for the chart.
    pub fn walked(self) -> Memo<Vec<&'static str>> {
        Memo::new(move |_| {
            self.answers
                .with(|a| a.as_deref().map(triage::walked_ids).unwrap_or_default())
        })
    }
}

#[component]
pub fn TriageOwnComment(walk: OwnWalk) -> impl IntoView {
    let state = use_app_state();
    let triage_work = state.progress.workbook().triage();
    let comment = RwSignal::new(String::new());
    let asked = RwSignal::new(false);
    let answers = walk.answers;
    let at = Memo::new(move |_| answers.with(|a| a.as_deref().map(|a| triage::walk(a).1)));
    let step = Memo::new(move |_| answers.with(|a| a.as_ref().map_or(0, |a| a.len()) + 1));
    let ended = move || at.get().is_some_and(|n| n.kind == NodeKind::Action);

    let start = move |_| {
        if comment.with_untracked(|c| c.trim().is_empty()) {
            asked.set(true);
            focus_later("triage-own-text");
            return;
        }
        asked.set(false);
        answers.set(Some(Vec::new()));
        focus_later("triage-own-yes");
    };
    let answer = move |a: Answer| {
        answers.update(|list| {
            if let Some(list) = list {
                list.push(a);
            }
        });
        if ended() {
            focus_later("triage-own-result");
        }
    };
    let back = move |_| {
        answers.update(|list| {
            if let Some(list) = list {
                list.pop();
            }
        });
        focus_later("triage-own-yes");
    };
    let again = move |_| {
        answers.set(None);
        focus_later("triage-own-text");
    };
    // Said once per step: the new question, or where the walk ended.
    let announcement = move || match at.get() {
        None => String::new(),
        Some(n) if n.kind == NodeKind::Action => t::announce_result(n.label),
        Some(n) => t::announce_question(step.get(), n.label),
    };

    view! {
        <section class="tool-section triage-own" aria-labelledby="triage-own-heading">
            <h3 id="triage-own-heading">{t::OWN_HEADING}</h3>
            <p>{t::OWN_INTRO}</p>
            <div class="field">
                <label for="triage-own-text">{t::OWN_LABEL}</label>
                <textarea
                    id="triage-own-text"
                    rows="3"
                    maxlength="2000"
                    aria-describedby="triage-own-error"
                    prop:value=move || comment.get()
                    on:input=move |ev| comment.set(event_target_value(&ev))
                ></textarea>
                <p id="triage-own-error" class="field-error" role="alert">
                    {move || asked.get().then_some(t::OWN_MISSING)}
                </p>
            </div>
            <Show when=move || answers.with(Option::is_none)>
                <button type="button" class="button button-primary" on:click=start>{t::OWN_START}</button>
            </Show>
            <p class="visually-hidden" role="status">{announcement}</p>
            <Show when=move || answers.with(Option::is_some) && !ended()>
                <div class="triage-own-question">
                    <p class="triage-own-step">
                        <strong>{move || t::question_number(step.get())}</strong>
                        {move || at.get().map(|n| n.label)}
                    </p>
                    <div class="button-row">
                        <button type="button" id="triage-own-yes" class="button" on:click=move |_| answer(Answer::Yes)>{t::YES}</button>
                        <button type="button" class="button" on:click=move |_| answer(Answer::No)>{t::NO}</button>
                        <Show when=move || { step.get() > 1 }>
                            <button type="button" class="button" on:click=back>{t::BACK_ONE}</button>
                        </Show>
                    </div>
                </div>
            </Show>
            // The answers so far: on a phone the chart is out of sight while walking.
            <Show when=move || { step.get() > 1 }>
                <details class="triage-own-so-far" open>
                    <summary>{t::SO_FAR}</summary>
                    <ol class="triage-own-path">
                        {move || answers.with(|a| {
                            triage::walk(a.as_deref().unwrap_or_default())
                                .0
                                .into_iter()
                                .map(|(n, a)| view! { <li>{if a == Answer::Yes { t::answered_yes(n.label) } else { t::answered_no(n.label) }}</li> })
                                .collect_view()
                        })}
                    </ol>
                </details>
            </Show>
            <Show when=ended>
                <div class="result-box triage-own-result">
                    <h4 id="triage-own-result" tabindex="-1">{t::OWN_RESULT_HEADING}</h4>
                    <blockquote class="triage-comment"><p>{move || comment.get()}</p></blockquote>
                    <p>{move || at.get().map(|n| n.label)}</p>
                    {move || {
                        let node = at.get()?;
                        let reply = triage_work.with(|t| triage::reply_for(&t.playbook, node));
                        Some(match reply {
                            Some((text, own)) => view! {
                                <p><strong>{if own { t::REPLY_OWN } else { t::REPLY_SUGGESTED }}</strong></p>
                                <blockquote class="triage-reply"><p>{text}</p></blockquote>
                            }
                            .into_any(),
                            None => view! { <p><strong>{t::NO_REPLY}</strong>{t::NO_REPLY_WHY}</p> }.into_any(),
                        })
                    }}
                    <button type="button" class="button" on:click=again>{t::TRY_ANOTHER}</button>
                </div>
            </Show>
        </section>
    }
}

//! Negative-feedback triage: the public-domain response-assessment chart (drawn by
//! `triage_chart`), the learner's own comment walked through it (`triage_own_comment`), practice on realistic comments with a score, the model reply and why, and the
//! learner's own response playbook (`triage_playbook`). The logic lives in
//! `domain::workbook::triage`; answers and the playbook are saved in
//! `ProgressData.workbook.triage`.

use leptos::prelude::*;

use crate::components::choice_group::{Choice, ChoiceGroup};
use crate::content::text::ui_process as t;

use crate::components::triage_chart::TriageChart;
use crate::components::triage_own_comment::{OwnWalk, TriageOwnComment};
use crate::components::triage_playbook::TriagePlaybook;
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::workbook::slug_of;
use crate::domain::workbook::triage::{self, Answer, Category, PracticeComment, PRACTICE};
use crate::domain::workbook::WorkbookStoreFields;
use crate::state::use_app_state;

#[component]
pub fn FeedbackTriage() -> impl IntoView {
    let walk = OwnWalk::default();
    let walked = walk.walked();
    view! {
        <div class="tool tool-a triage">
            <section class="tool-section" aria-labelledby="triage-model-heading">
                <h3 id="triage-model-heading">{t::CHART_HEADING}</h3>
                <p>{t::CHART_INTRO}</p>
                <TriageChart walked=walked />
                <details class="triage-kinds">
                    <summary>{t::KINDS_SUMMARY}</summary>
                    <dl>
                        {Category::ALL
                            .into_iter()
                            .map(|c| view! {
                                <dt>{c.label()}</dt>
                                <dd>{c.recognise()} " " <strong>{t::WHAT_TO_DO}</strong> {c.action()}</dd>
                            })
                            .collect_view()}
                    </dl>
                </details>
            </section>
            <TriageOwnComment walk=walk />
            <Practice />
            <TriagePlaybook />
        </div>
    }
}

#[component]
fn Practice() -> impl IntoView {
    let state = use_app_state();
    let triage = state.progress.workbook().triage();
    let score = Memo::new(move |_| triage.with(|triage| triage.score()));
    let reset = move |_| triage.update(|triage| triage.answers.clear());
    view! {
        <section class="tool-section" aria-labelledby="triage-practice-heading">
            <h3 id="triage-practice-heading">{t::PRACTICE_HEADING}</h3>
            <p>{t::practice_intro(PRACTICE.len())}</p>
            <p class="triage-score">
                {move || {
                    let s = score.get();
                    if s.answered == 0 {
                        t::SCORE_NONE.to_string()
                    } else {
                        t::score(s.correct, s.answered, s.total)
                    }
                }}
            </p>
            <ol class="plain-list triage-practice">
                {PRACTICE
                    .iter()
                    .enumerate()
                    .map(|(i, c)| view! { <PracticeItem number=i + 1 comment=c /> })
                    .collect_view()}
            </ol>
            <Show when=move || score.with(|s| s.answered > 0)>
                <p>
                    <button type="button" class="button" on:click=reset>{t::CLEAR_ANSWERS}</button>
                </p>
            </Show>
        </section>
    }
}

#[component]
fn PracticeItem(number: usize, comment: &'static PracticeComment) -> impl IntoView {
    let state = use_app_state();
    let triage = state.progress.workbook().triage();
    let name = format!("triage-{}", comment.id);
    let saved = Memo::new(move |_| triage.with(|triage| triage.answers.get(comment.id).copied()));
    let draft = RwSignal::new(None::<Category>);
    let asked_to_choose = RwSignal::new(false);
    let checked = move || saved.with(Option::is_some);
    let selected = move |c: Category| saved.get().or(draft.get()) == Some(c);
    let result = Memo::new(move |_| {
        saved.get().and_then(|_| {
            triage.with(|triage| {
                triage
                    .score()
                    .results
                    .into_iter()
                    .find(|r| r.id == comment.id)
            })
        })
    });
    let on_button = move |_| {
        if saved.get_untracked().is_some() {
            draft.set(None);
            triage.update(|triage| {
                triage.answers.remove(comment.id);
            });
        } else if let Some(c) = draft.get_untracked() {
            asked_to_choose.set(false);
            triage.update(|triage| {
                triage.answers.insert(comment.id.to_string(), c);
            });
        } else {
            asked_to_choose.set(true);
        }
    };
    let heading_id = format!("{name}-heading");
    let labelled_by = heading_id.clone();
    let path: Vec<String> = triage::path_to(comment.node)
        .into_iter()
        .map(|(node, answer)| match answer {
            Answer::Yes => t::answered_yes(node.label),
            Answer::No => t::answered_no(node.label),
        })
        .chain(triage::node(comment.node).map(|n| n.label.to_string()))
        .collect();
    let path = StoredValue::new(path);

    view! {
        <li class="triage-item">
            <article aria-labelledby=labelled_by>
                <h4 id=heading_id class="triage-item-heading">
                    {t::comment_heading(number, PRACTICE.len())}
                    <span class="visually-hidden">{t::HEADING_SEPARATOR}</span>
                    <span class="triage-where">
                        {format!("{} · {}", comment.business.label(), comment.channel)}
                    </span>
                </h4>
                <blockquote class="triage-comment">
                    <p>{comment.text}</p>
                    <footer>"— " {comment.author}</footer>
                </blockquote>
                <ChoiceGroup
                    name=name.clone()
                    legend=t::comment_legend(number)
                    class="triage-choices"
                    list_class="plain-list choice-columns"
                    options=Category::ALL.into_iter().map(|c| Choice::new(slug_of(&c), c.label())).collect()
                    checked=Callback::new(move |i: usize| selected(Category::ALL[i]))
                    on_change=Callback::new(move |(i, _): (usize, bool)| {
                        asked_to_choose.set(false);
                        draft.set(Some(Category::ALL[i]));
                    })
                    disabled=Signal::derive(checked)
                />
                <button type="button" class="button" class:button-primary=move || !checked() on:click=on_button>
                    {move || {
                        if checked() {
                            t::retry_comment(number)
                        } else {
                            t::check_comment(number)
                        }
                    }}
                </button>
                <div role="status" class="triage-feedback">
                    {move || {
                        if asked_to_choose.get() {
                            return view! { <p class="field-error">{t::CHOOSE_FIRST}</p> }.into_any();
                        }
                        let Some(r) = result.get() else {
                            return ().into_any();
                        };
                        view! {
                            <div class="result-box" class:result-right=r.correct class:result-wrong=!r.correct>
                                <p>
                                    <strong>{if r.correct { t::CORRECT } else { t::NOT_QUITE }}</strong>
                                    {r.feedback.clone()}
                                </p>
                                <p><strong>{t::WHAT_TO_DO}</strong> {comment.action}</p>
                                <p><strong>{t::MODEL_REPLY}</strong></p>
                                <blockquote class="triage-reply"><p>{comment.reply_text()}</p></blockquote>
                                <details>
                                    <summary>{t::PATH_SUMMARY}</summary>
                                    <ol>
                                        {path.get_value().into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}
                                    </ol>
                                </details>
                            </div>
                        }
                        .into_any()
                    }}
                </div>
            </article>
        </li>
    }
}

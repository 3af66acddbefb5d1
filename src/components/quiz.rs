//! A quiz: native radio buttons and checkboxes in fieldsets, graded on submit, with every
//! option's explanation shown afterwards.

use leptos::html;
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::browser::focus_element;
use crate::content::{Question, QuestionKind};
use crate::domain::grading::{self, Score};
use crate::domain::store::ProgressDataStoreFields;
use crate::domain::{review, store};
use crate::state::{today, use_app_state};

#[component]
pub fn Quiz(
    /// Where the best score is kept: a part slug or "final"; `None` for a review session, which
    /// only reschedules the questions.
    quiz_id: Option<&'static str>,
    questions: Vec<&'static Question>,
) -> impl IntoView {
    let state = use_app_state();
    let count = questions.len();
    let answers = RwSignal::new(vec![Vec::<usize>::new(); count]);
    let result = RwSignal::new(None::<Score>);
    let summary_ref = NodeRef::<html::Div>::new();
    let form_ref = NodeRef::<html::Form>::new();
    let score_id = format!("{}-score", quiz_id.unwrap_or("review"));
    let labelled_by = score_id.clone();
    let questions = StoredValue::new(questions);
    // The attempt number seeds the order of each question's options: read once when an attempt
    // starts (and again on "Try again"), so the order holds through the attempt and a reload.
    let attempt_now = move || match quiz_id {
        Some(id) => state
            .progress
            .quiz_best()
            .with_untracked(|best| best.get(id).map_or(0, |b| u64::from(b.attempts))),
        None => state
            .progress
            .missed()
            .with_untracked(|m| review::session_seed(m)),
    };
    let attempt = RwSignal::new(attempt_now());

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let score = questions.with_value(|qs| answers.with(|a| grading::grade(qs, a)));
        let day = today();
        // One write for the whole result: recording a quiz touches `quiz_best`, `quiz_attempts`
        // and `final_passed_on` (`store::record_quiz`) as well as `missed`, and they change
        // together so no reader sees a score without its review cards.
        state.update(|p| {
            if let Some(id) = quiz_id {
                store::record_quiz(p, id, day, score.correct as u32, score.total as u32);
            }
            // Missed questions come back on a spaced schedule; right answers move them on.
            questions.with_value(|qs| {
                answers.with(|a| {
                    for (q, picked) in qs.iter().zip(a) {
                        let correct = grading::is_correct(q, picked);
                        review::record_answer(&mut p.missed, q.id, correct, day);
                    }
                })
            });
        });
        result.set(Some(score));
        // Once drawn (an empty summary is not displayed, so cannot take focus yet), the score
        // takes focus where the learner is: next to the button just pressed.
        request_animation_frame(move || {
            if let Some(el) = summary_ref.get_untracked() {
                focus_element(&el);
            }
        });
    };
    let retry = move |_| {
        answers.set(vec![Vec::new(); count]);
        attempt.set(attempt_now());
        result.set(None);
        // A fresh attempt starts at the first question (its options are drawn again).
        request_animation_frame(move || {
            if let Some(first) = form_ref
                .get_untracked()
                .and_then(|form| form.query_selector("input").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                focus_element(&first);
            }
        });
    };

    view! {
        <form class="quiz" on:submit=submit aria-label="Quiz" node_ref=form_ref>
            {move || {
                questions
                    .get_value()
                    .into_iter()
                    .enumerate()
                    .map(|(i, q)| view! { <QuestionField index=i question=q answers=answers result=result quiz_id=quiz_id.unwrap_or("review") attempt=attempt /> })
                    .collect_view()
            }}
            // Focus brings the result to the learner and reads it (it is named by the score); it
            // is not also a live region, which would read it a second time.
            <div class="quiz-summary" tabindex="-1" node_ref=summary_ref role="group" aria-labelledby=labelled_by>
                {move || result.get().map(|s| view! { <ScoreSummary score=s id=score_id.clone() /> })}
            </div>
            <div class="quiz-actions">
                <Show
                    when=move || result.with(Option::is_none)
                    fallback=move || view! { <button type="button" class="button" on:click=retry>"Try again"</button> }
                >
                    <button type="submit" class="button button-primary">"Check my answers"</button>
                </Show>
            </div>
        </form>
    }
}

#[component]
fn ScoreSummary(score: Score, id: String) -> impl IntoView {
    let verdict = if score.passed() {
        "Well done — that is a pass (80% or more)."
    } else {
        "Not a pass yet (the pass mark is 80%). Read the explanations below, then try again."
    };
    view! {
        <p class="score" id=id>
            <strong>{format!("You scored {} out of {} ({}%).", score.correct, score.total, score.percent())}</strong>
            " " {verdict}
        </p>
    }
}

#[component]
fn QuestionField(
    index: usize,
    question: &'static Question,
    answers: RwSignal<Vec<Vec<usize>>>,
    result: RwSignal<Option<Score>>,
    quiz_id: &'static str,
    attempt: RwSignal<u64>,
) -> impl IntoView {
    let multiple = question.kind == QuestionKind::Multiple;
    let name = format!("{quiz_id}-{}", question.id);
    let graded = move || result.with(Option::is_some);
    let chosen = move |option: usize| answers.with(|a| a[index].contains(&option));
    let choose = move |option: usize, checked: bool| {
        answers.update(|a| {
            let picked = &mut a[index];
            if !multiple {
                picked.clear();
            }
            picked.retain(|o| *o != option);
            if checked {
                picked.push(option);
            }
        });
    };
    let verdict = move || {
        graded().then(|| {
            if answers.with(|a| grading::is_correct(question, &a[index])) {
                view! { <p class="verdict verdict-right">"Correct."</p> }.into_any()
            } else {
                view! { <p class="verdict verdict-wrong">"Not quite — see the explanations."</p> }
                    .into_any()
            }
        })
    };
    view! {
        <fieldset class="question">
            <legend>
                <span class="question-number">{format!("Question {}", index + 1)}</span>
                {question.scenario.then_some(view! { <span class="tag">"Scenario"</span> })}
                <span class="question-prompt">{question.prompt}</span>
                <span class="question-hint">
                    {if multiple { "Choose all that apply." } else { "Choose one answer." }}
                </span>
            </legend>
            <ul class="options">
                {move || {
                    let order = grading::option_order(quiz_id, question.id, attempt.get(), question.options.len());
                    order
                    .into_iter()
                    .filter_map(|i| question.options.get(i).map(|option| (i, option)))
                    .map(|(i, option)| {
                        // Ids and answers keep the option's written position; only the order shown changes.
                        let id = format!("{name}-{i}");
                        view! {
                            <li class="option" class:option-correct=move || graded() && option.correct>
                                <input
                                    type=if multiple { "checkbox" } else { "radio" }
                                    id=id.clone()
                                    name=name.clone()
                                    prop:checked=move || chosen(i)
                                    disabled=graded
                                    on:change=move |ev| choose(i, event_target_checked(&ev))
                                />
                                <label for=id>{option.text}</label>
                                <Show when=graded>
                                    <p class="explanation">
                                        <strong>
                                            {if option.correct { "Right answer. " } else { "Not this one. " }}
                                            {move || if chosen(i) { "You chose it. " } else { "" }}
                                        </strong>
                                        {option.explanation}
                                    </p>
                                </Show>
                            </li>
                        }
                    })
                    .collect_view()
                }}
            </ul>
            {verdict}
        </fieldset>
    }
}

//! A quiz: native radio buttons and checkboxes in fieldsets, graded on submit, with the
//! explanations of every answered question shown afterwards.
//!
//! Answers chosen so far are kept in the progress (`quiz_drafts`), so a reload mid-quiz keeps
//! them. "Check my answers" with questions left blank first says how many and offers to go to
//! the first one or to check anyway; a blank question is then neither marked nor explained nor
//! sent to review (`grading::Outcome::Unanswered`).

use leptos::html;
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::app::href;
use crate::browser::focus_element;
use crate::content::text::ui_progress as t;
use crate::content::{self, Question, QuestionKind};
use crate::domain::grading::{self, Outcome, Score};
use crate::domain::locale::is_singular;
use crate::domain::route::Route;
use crate::domain::store::{ProgressDataStoreFields, QuizDraft, REVIEW_DRAFT};
use crate::domain::{review, store, wording};
use crate::state::{today, use_app_state};

/// Whether a count of `n` takes the singular.
fn one(n: usize) -> bool {
    is_singular(n as u64)
}

/// "2", "2 and 5", "2, 5 and 7".
fn numbers_text(numbers: &[usize]) -> String {
    let text: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
    wording::and_list(&text)
}

/// Moves focus to the first option of a question (and so scrolls it into view).
fn focus_question(form: NodeRef<html::Form>, index: usize) {
    request_animation_frame(move || {
        // The page may have been left before the frame.
        if let Some(first) = form
            .try_get_untracked()
            .flatten()
            .and_then(|form| {
                form.query_selector(&format!("fieldset[data-q=\"{index}\"] input"))
                    .ok()
                    .flatten()
            })
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            focus_element(&first);
        }
    });
}

/// Focuses a result or warning once drawn, keeping it in view (the nearest edge, so a result
/// taller than the window shows its start).
fn focus_in_view(target: NodeRef<html::Div>) {
    request_animation_frame(move || {
        // The page may have been left before the frame.
        if let Some(el) = target.try_get_untracked().flatten() {
            focus_element(&el);
            // `block: "nearest"` without another web-sys feature for its enum.
            let options = web_sys::ScrollIntoViewOptions::new();
            let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

#[component]
pub fn Quiz(
    /// Where the best score is kept: a part slug or "final"; `None` for a review session, which
    /// only reschedules the questions.
    quiz_id: Option<&'static str>,
    questions: Vec<&'static Question>,
    /// Practice of missed questions before they are due: records nothing, keeps no draft.
    #[prop(optional)]
    practice: bool,
) -> impl IntoView {
    let state = use_app_state();
    let count = questions.len();
    let key = quiz_id.unwrap_or(if practice { "practice" } else { REVIEW_DRAFT });
    let draft_key = (!practice).then_some(key);
    let result = RwSignal::new(None::<Score>);
    let warning = RwSignal::new(false);
    let summary_ref = NodeRef::<html::Div>::new();
    let warning_ref = NodeRef::<html::Div>::new();
    let form_ref = NodeRef::<html::Form>::new();
    let score_id = format!("{key}-score");
    let warning_id = format!("{key}-unanswered");
    let warning_label = warning_id.clone();
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
    // Answers chosen in this attempt before a reload, as the options' written positions.
    let restored = move |attempt: u64| -> Vec<Vec<usize>> {
        let drafts = state.progress.quiz_drafts();
        questions.with_value(|qs| {
            drafts.with_untracked(|drafts| {
                let draft = draft_key
                    .and_then(|k| drafts.get(k))
                    .filter(|d| d.attempt == attempt);
                qs.iter()
                    .map(|q| {
                        draft
                            .and_then(|d| d.answers.get(q.id))
                            .map(|picked| {
                                picked
                                    .iter()
                                    .map(|&o| usize::from(o))
                                    .filter(|&o| o < q.options.len())
                                    .collect()
                            })
                            .unwrap_or_default()
                    })
                    .collect()
            })
        })
    };
    let answers = RwSignal::new(restored(attempt.get_untracked()));
    let save_draft = move || {
        let Some(key) = draft_key else { return };
        let draft = QuizDraft {
            attempt: attempt.get_untracked(),
            answers: questions.with_value(|qs| {
                answers.with_untracked(|a| {
                    qs.iter()
                        .zip(a)
                        .filter(|(_, picked)| grading::is_answered(picked))
                        .map(|(q, picked)| {
                            let picked = picked.iter().filter_map(|&o| u8::try_from(o).ok());
                            (q.id.to_owned(), picked.collect())
                        })
                        .collect()
                })
            }),
        };
        state.progress.quiz_drafts().update(|drafts| {
            if draft.answers.is_empty() {
                drafts.remove(key);
            } else {
                drafts.insert(key.to_owned(), draft);
            }
        });
    };
    let unanswered = move || answers.with(|a| grading::unanswered(a));

    let check = move || {
        warning.set(false);
        let (score, found) = questions.with_value(|qs| {
            answers.with_untracked(|a| (grading::grade(qs, a), grading::outcomes(qs, a)))
        });
        let day = today();
        // One write for the whole result: recording a quiz touches `quiz_best`, `quiz_attempts`
        // and `final_passed_on` (`store::record_quiz`) as well as `missed` and the draft, and
        // they change together so no reader sees a score without its review cards.
        if !practice {
            state.update(|p| {
                // A partial check counts as an attempt, scored out of every question: see
                // `grading::grade` for why.
                if let Some(id) = quiz_id {
                    store::record_quiz(p, id, day, score.correct as u32, score.total as u32);
                }
                // Missed questions come back on a spaced schedule; right answers move them on;
                // blank ones change nothing.
                questions.with_value(|qs| {
                    review::record_check(
                        &mut p.missed,
                        qs.iter().map(|q| q.id).zip(found.iter().copied()),
                        day,
                    );
                });
                p.quiz_drafts.remove(key);
            });
        }
        result.set(Some(score));
        // Once drawn (an empty summary is not displayed, so cannot take focus yet), the score
        // takes focus where the learner is: next to the button just pressed.
        focus_in_view(summary_ref);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if unanswered().is_empty() {
            check();
        } else {
            warning.set(true);
            focus_in_view(warning_ref);
        }
    };
    let go_to_first_blank = move |_| {
        if let Some(&first) = unanswered().first() {
            warning.set(false);
            focus_question(form_ref, first);
        }
    };
    let retry = move |_| {
        attempt.set(attempt_now());
        answers.set(restored(attempt.get_untracked()));
        result.set(None);
        // A fresh attempt starts at the first question (its options are drawn again).
        focus_question(form_ref, 0);
    };
    let on_change = Callback::new(move |()| {
        save_draft();
    });

    view! {
        <form class="quiz" on:submit=submit aria-label=t::QUIZ_LABEL node_ref=form_ref>
            {move || {
                questions
                    .get_value()
                    .into_iter()
                    .enumerate()
                    .map(|(i, q)| view! { <QuestionField index=i question=q answers=answers result=result quiz_id=key attempt=attempt on_change=on_change /> })
                    .collect_view()
            }}
            <div
                class="quiz-warning"
                tabindex="-1"
                node_ref=warning_ref
                role="group"
                aria-labelledby=warning_label
                hidden=move || !warning.get() || result.with(Option::is_some)
            >
                <p id=warning_id>
                    {move || {
                        let blank = unanswered();
                        let numbers: Vec<usize> = blank.iter().map(|i| i + 1).collect();
                        if blank.len() == count {
                            t::NONE_ANSWERED.to_string()
                        } else if one(blank.len()) {
                            t::blank_one(blank.len(), count, numbers_text(&numbers))
                        } else {
                            t::blank_other(blank.len(), count, numbers_text(&numbers))
                        }
                    }}
                </p>
                <div class="quiz-actions">
                    <button type="button" class="button" on:click=go_to_first_blank>
                        {move || t::go_to_question(unanswered().first().map_or(1, |i| i + 1))}
                    </button>
                    <Show when=move || unanswered().len() < count>
                        <button type="button" class="button" on:click=move |_| check()>{t::CHECK_ANYWAY}</button>
                    </Show>
                </div>
            </div>
            <div class="quiz-summary">
                {move || result.get().map(|s| {
                    let found = questions.with_value(|qs| answers.with_untracked(|a| grading::outcomes(qs, a)));
                    view! { <ScoreSummary score=s id=score_id.clone() found=found questions=questions.get_value() practice=practice focus=summary_ref /> }
                })}
            </div>
            <div class="quiz-actions">
                <Show
                    when=move || result.with(Option::is_none)
                    fallback=move || view! { <button type="button" class="button" on:click=retry>{t::TRY_AGAIN}</button> }
                >
                    <button type="submit" class="button button-primary">{t::CHECK}</button>
                </Show>
            </div>
        </form>
    }
}

#[component]
fn ScoreSummary(
    score: Score,
    id: String,
    found: Vec<Outcome>,
    questions: Vec<&'static Question>,
    practice: bool,
    /// The part that takes focus: the score and what to review next, short enough to fit the
    /// window; the lessons to reread follow it.
    focus: NodeRef<html::Div>,
) -> impl IntoView {
    let labelled_by = id.clone();
    let answered = found.iter().filter(|o| **o != Outcome::Unanswered).count();
    let blank = found.len() - answered;
    let verdict = if score.passed() {
        t::PASSED
    } else {
        t::NOT_PASSED
    };
    let partial = (blank > 0).then(|| {
        if one(blank) {
            t::partial_one(answered, score.total, blank)
        } else {
            t::partial_other(answered, score.total, blank)
        }
    });
    // The lessons to reread, in the quiz's order, each with the numbers of its missed questions.
    let mut lessons: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for (i, q) in questions.iter().enumerate() {
        if found.get(i) != Some(&Outcome::Wrong) {
            continue;
        }
        match lessons.iter_mut().find(|(slug, _)| *slug == q.lesson) {
            Some((_, numbers)) => numbers.push(i + 1),
            None => lessons.push((q.lesson, vec![i + 1])),
        }
    }
    let missed: usize = lessons.iter().map(|(_, n)| n.len()).sum();
    let next = if missed == 0 {
        (answered > 0).then(|| view! { <p>{t::NOTHING_TO_REVIEW}</p> }.into_any())
    } else {
        let text = match (practice, one(missed)) {
            (true, true) => t::to_review_practice_one(missed),
            (true, false) => t::to_review_practice_other(missed),
            (false, true) => t::to_review_one(missed),
            (false, false) => t::to_review_other(missed),
        };
        let link = if one(missed) {
            t::SEE_REVIEW_ONE
        } else {
            t::SEE_REVIEW_OTHER
        };
        Some(view! {
            <p>
                {text}
                {(!practice).then(|| view! { <a href=href(&Route::Review)>{link}</a> {t::TO_REVIEW_END} })}
            </p>
        }
        .into_any())
    };
    let reread = (!lessons.is_empty()).then(|| {
        view! {
            <ul class="review-next" aria-label=t::REREAD_LABEL>
                {lessons
                    .into_iter()
                    .map(|(slug, numbers)| {
                        let title = content::lesson(slug).map_or(slug, |l| l.title);
                        view! {
                            <li>
                                <a href=href(&Route::lesson(slug))>{t::reread(title)}</a>
                                {if one(numbers.len()) {
                                    t::reread_questions_one(numbers_text(&numbers))
                                } else {
                                    t::reread_questions_other(numbers_text(&numbers))
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    // Focus brings the result to the learner and reads it (it is named by the score); it is not
    // also a live region, which would read it a second time.
    view! {
        <div class="quiz-result" tabindex="-1" node_ref=focus role="group" aria-labelledby=labelled_by>
            <p class="score" id=id>
                <strong>{t::scored(score.correct, score.total, score.percent())}</strong>
                {partial}
                " " {(!practice).then_some(verdict)}
            </p>
            {next}
        </div>
        {reread}
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
    on_change: Callback<()>,
) -> impl IntoView {
    let multiple = question.kind == QuestionKind::Multiple;
    let name = format!("{quiz_id}-{}", question.id);
    let verdict_id = format!("{name}-verdict");
    let graded = move || result.with(Option::is_some);
    let chosen = move |option: usize| answers.with(|a| a[index].contains(&option));
    let outcome = move || answers.with(|a| grading::outcome(question, &a[index]));
    // Explanations are shown for an answered question only: a blank one keeps its answer hidden.
    let explained = move || graded() && outcome() != Outcome::Unanswered;
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
        on_change.run(());
    };
    let verdict = {
        let verdict_id = verdict_id.clone();
        move || {
            let id = verdict_id.clone();
            graded().then(|| match outcome() {
                Outcome::Right => {
                    view! { <p class="verdict verdict-right" id=id>{t::VERDICT_RIGHT}</p> }
                        .into_any()
                }
                Outcome::Wrong => {
                    view! { <p class="verdict verdict-wrong" id=id>{t::VERDICT_WRONG}</p> }
                        .into_any()
                }
                Outcome::Unanswered => {
                    view! { <p class="verdict verdict-blank" id=id>{t::VERDICT_BLANK}</p> }
                        .into_any()
                }
            })
        }
    };
    view! {
        <fieldset class="question" data-q=index aria-describedby=move || graded().then(|| verdict_id.clone())>
            <legend>
                <span class="question-number">{t::question_number(index + 1)}</span>
                {question.scenario.then_some(view! { <span class="tag">{t::SCENARIO}</span> })}
                <span class="question-prompt">{question.prompt}</span>
                <span class="question-hint">
                    {if multiple { t::CHOOSE_ALL } else { t::CHOOSE_ONE }}
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
                        let explanation_id = format!("{id}-why");
                        view! {
                            <li class="option" class:option-correct=move || explained() && option.correct>
                                <input
                                    type=if multiple { "checkbox" } else { "radio" }
                                    id=id.clone()
                                    name=name.clone()
                                    prop:checked=move || chosen(i)
                                    disabled=graded
                                    aria-describedby={
                                        let explanation_id = explanation_id.clone();
                                        move || explained().then(|| explanation_id.clone())
                                    }
                                    on:change=move |ev| choose(i, event_target_checked(&ev))
                                />
                                <label for=id>{option.text}</label>
                                <Show when=explained>
                                    <p class="explanation" id=explanation_id.clone()>
                                        <strong>
                                            {if option.correct { t::RIGHT_ANSWER } else { t::NOT_THIS_ONE }}
                                            {move || if chosen(i) { t::YOU_CHOSE_IT } else { "" }}
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

//! The quizzes — the part quizzes (on their pages and at the end of a part's lessons), the final
//! assessment and the review of missed questions — and the split point that keeps their questions
//! off the critical path.
//!
//! In a split build (`lazy_code`) `build_quiz` and everything only it reaches — the questions'
//! text (`content::QUESTIONS`), the quiz component, the final's draw, the review session — are a
//! wasm chunk of their own, fetched when the first quiz comes near the screen and then served by
//! the service worker's cache. Without the feature it is an ordinary function.
//!
//! Use `<LazyQuiz set=… />` wherever a quiz is shown. Only `build_quiz` may lead to
//! `content::questions_in` or `content::question`; the app's own logic reads
//! `content::QUESTION_SHAPES` instead (`e2e/split.spec.mjs` checks the main wasm has no question).

use leptos::prelude::*;

use crate::components::lazy_slot::LazySlot;
use crate::components::quiz::Quiz;
use crate::content::text::ui_shell as t;
use crate::content::{self, PartId};
use crate::contracts::QUIZ_ATTRIBUTE;
use crate::lazy_code::{loader, when_loaded};

/// Which quiz a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizSet {
    /// A part's quiz: its page, or the end of its last lesson.
    Part(PartId),
    /// The final assessment, drawn anew for each attempt.
    Final,
    /// The review page: the questions due, and practice of every missed one.
    Review,
}

impl QuizSet {
    /// The slot's `data-quiz` value, which finds its prerendered copy.
    fn key(self) -> &'static str {
        match self {
            QuizSet::Part(part) => part.slug(),
            QuizSet::Final => "final",
            QuizSet::Review => "review",
        }
    }
}

/// Builds the live view of `set` under `owner` (see `components/tool.rs` `build_tool` for why
/// the owner is passed and why the split is `fallible`).
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        smm_quiz,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(load_quizzes)
    )
)]
fn build_quiz(set: QuizSet, owner: Owner) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(owner.with(|| match set {
        QuizSet::Part(part) => view! {
            <Quiz quiz_id=Some(part.slug()) questions=content::questions_in(part).collect() />
        }
        .into_any(),
        QuizSet::Final => crate::pages::quiz::final_quiz(),
        QuizSet::Review => crate::pages::review::review_session(),
    }))
}

/// The live view of `set`, once its code is in; `None` should it be missing after all.
fn quiz_view(set: QuizSet) -> Option<AnyView> {
    let owner = Owner::current().unwrap_or_default();
    when_loaded!(build_quiz(set, owner))
}

/// A quiz on a page, live once it is near the screen and its code is in
/// (`components/lazy_slot.rs`). A chunk that cannot be fetched shows `ui_shell::QUIZ_FAILED`,
/// announced: never a panic, never a dead page.
#[component]
pub fn LazyQuiz(set: QuizSet) -> impl IntoView {
    view! {
        <LazySlot
            attribute=QUIZ_ATTRIBUTE
            key=set.key()
            class="quiz-slot"
            // The review page shows the learner's own missed questions; its copy, prerendered
            // with none, would say nothing is due.
            use_copy=set != QuizSet::Review
            load=loader!(load_quizzes)
            live=move || quiz_view(set)
            loading=t::LOADING_QUIZ
            failed=t::QUIZ_FAILED
        />
    }
}

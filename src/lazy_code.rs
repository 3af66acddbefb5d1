//! Code and text that a split build fetches after the page is interactive, and the one way to
//! ask for them.
//!
//! A release build (`scripts/build.sh`, cargo feature `split`) cuts some functions — with the code
//! and the static data only they reach — out of the main wasm into chunks of their own
//! (`wasm_split(…, fallible)`): the tools (`components/tool.rs`), the lessons' text
//! (`components/course_text.rs`), the quizzes (`components/lazy_quiz.rs`) and the search
//! (`pages/search.rs`). A chunk is fetched the first time it is asked for, then served by the
//! service worker's cache. Each split point has its own preload, and a point's first call waits
//! for it even when its chunk is in: code that calls a point synchronously (`when_loaded!`)
//! first awaits that point's own preload (`load`). Without the feature (the dev server, clippy,
//! tests) every split point is an ordinary function and everything is `Ready` at once.

#[cfg(feature = "split")]
use leptos::prelude::*;

/// Whether a chunk's code is in the browser.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LazyCode {
    Loading,
    Ready,
    /// Only a split build fetches code, so only it can fail.
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    Failed,
}

/// Sets `state` to `Ready` once the chunk `preload` fetches is in: at once when it already is,
/// else when it has arrived — or to `Failed` if it cannot be fetched (offline before the first
/// visit, a network error). A later call after a failure tries again.
#[cfg(feature = "split")]
pub fn load<S, F>(state: S, preload: impl FnOnce() -> F)
where
    S: Set<Value = LazyCode> + GetUntracked<Value = LazyCode> + 'static,
    F: std::future::Future<Output = Result<(), leptos::wasm_split::SplitLoaderError>> + 'static,
{
    let mut load = Box::pin(preload());
    let outcome = |loaded: Result<(), _>| {
        if loaded.is_ok() {
            LazyCode::Ready
        } else {
            LazyCode::Failed
        }
    };
    // Once the chunk is in, the load completes at its first poll: no await, no flash.
    if let Some(loaded) = poll_once(load.as_mut()) {
        state.set(outcome(loaded));
        return;
    }
    // Asked for from a frame or an observer, the part may already be gone with its page.
    match state.try_get_untracked() {
        None => return,
        Some(LazyCode::Loading) => {}
        Some(_) => state.set(LazyCode::Loading),
    }
    leptos::task::spawn_local(async move {
        let loaded = load.await;
        // The learner may have left the page meanwhile: then there is no one to tell.
        let _ = state.try_set(outcome(loaded));
    });
}

/// Polls `future` once; its output if it was ready. A split point whose chunk is in returns at
/// its first poll, so code that has seen `Ready` can call it synchronously.
#[cfg(feature = "split")]
pub fn poll_once<F: std::future::Future>(future: std::pin::Pin<&mut F>) -> Option<F::Output> {
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.poll(&mut cx) {
        std::task::Poll::Ready(output) => Some(output),
        std::task::Poll::Pending => None,
    }
}

/// What a split point's `call` returns once its chunk is in — the call returns at its first
/// poll — or `None` should the chunk be missing after all. Without splitting, the call's own
/// result. Call it only once the chunk's `LazyCode` is `Ready`.
macro_rules! when_loaded {
    ($call:expr) => {{
        #[cfg(not(feature = "split"))]
        let output = $call.ok();
        #[cfg(feature = "split")]
        let output = $crate::lazy_code::poll_once(::std::pin::pin!($call)).and_then(Result::ok);
        output
    }};
}
pub(crate) use when_loaded;

/// The `load` of a `components::lazy_slot::LazySlot` whose code is the chunk that `$preload` (a
/// split point's `preload(…)` name) fetches: sets the state to `Ready` once it is in (`load`).
/// Without splitting the code is always in.
macro_rules! loader {
    ($preload:ident) => {
        |code: ::leptos::prelude::RwSignal<$crate::lazy_code::LazyCode>| {
            #[cfg(not(feature = "split"))]
            ::leptos::prelude::Set::set(&code, $crate::lazy_code::LazyCode::Ready);
            #[cfg(feature = "split")]
            $crate::lazy_code::load(code, $preload);
        }
    };
}
pub(crate) use loader;

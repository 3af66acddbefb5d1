//! The one way a page keeps its state in the address bar, so a view can be shared and Back
//! returns to it: the page reads its state from `use_location().search` (parsed with
//! `domain::query`), and writes it back through a [`QueryWriter`] — the router's
//! `replaceState` (never a new history entry), without scrolling, and never after the page it
//! belongs to has been left.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::domain::route::url_with_query;

/// Writes a page's query (without `?`) into the address. Made by [`use_query_writer`] in the
/// page's component; `Copy`, so closures can share it.
#[derive(Clone, Copy)]
pub struct QueryWriter {
    write: StoredValue<Rc<dyn Fn(String)>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>>,
    delay: Duration,
}

/// A writer for the page being rendered. `delay` is how long changes must pause before
/// [`QueryWriter::write_later`] writes (typing should not rewrite the address on each key).
pub fn use_query_writer(delay: Duration) -> QueryWriter {
    let location = use_location();
    let navigate = use_navigate();
    let path = location.pathname.get_untracked();
    let write: Rc<dyn Fn(String)> = Rc::new(move |query: String| {
        // The learner may have followed a link meanwhile: this page's state is not theirs.
        if location.pathname.try_get_untracked().as_ref() != Some(&path) {
            return;
        }
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            resolve: false,
            ..Default::default()
        };
        navigate(&url_with_query(&path, &query), options);
    });
    let timer = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(handle) = timer.try_get_value().flatten() {
            handle.clear();
        }
    });
    QueryWriter {
        write: StoredValue::new_local(write),
        timer,
        delay,
    }
}

impl QueryWriter {
    /// Writes `query` now: for state that is read back from the address (the explorer's).
    pub fn write_now(self, query: String) {
        if let Some(write) = self.write.try_get_value() {
            write(query);
        }
    }

    /// Writes what `query` gives once changes have paused for the delay; a later call replaces
    /// an earlier one still waiting. `None` (the page's state is gone) writes nothing.
    pub fn write_later(self, query: impl FnOnce() -> Option<String> + 'static) {
        if let Some(handle) = self.timer.try_get_value().flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Some(query) = query() {
                    self.write_now(query);
                }
            },
            self.delay,
        )
        .ok();
        self.timer.set_value(handle);
    }
}

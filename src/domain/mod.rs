//! Pure logic: no `web_sys`, no browser. Everything here is tested with plain `cargo test`.

pub mod course;
pub mod grading;
pub mod search;
pub mod store;
pub mod theme;

//! Pure logic: no `web_sys`, no browser. Everything here is tested with plain `cargo test`.

pub mod certificate;
pub mod course;
pub mod date;
pub mod decimal;
pub mod explorer;
pub mod grading;
pub mod ical;
pub mod lenient;
pub mod locale;
pub mod objective;
pub mod query;
pub mod recommender;
pub mod review;
pub mod route;
pub mod search;
pub mod sort;
pub mod store;
pub mod theme;
pub mod wording;
pub mod workbook;

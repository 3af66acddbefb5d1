//! Strings the app, the build scripts and the tests must agree on, defined here once.
//!
//! `build.rs` includes this file and writes every constant to `src/contracts.json`, which the
//! scripts and tests read through `scripts/contracts.mjs` (a test checks the two agree). So it
//! depends on nothing, and a constant added here is added to the JSON by its `build.rs` list.

/// The one localStorage key the app owns.
pub const STORAGE_KEY: &str = "smm-course";
/// Where unreadable text is kept before the app starts fresh.
pub const BACKUP_KEY: &str = "smm-course.backup";
/// Where the progress last replaced by a reset, an import or an undo is kept (export format).
pub const REPLACED_KEY: &str = "smm-course.replaced";
/// Written and removed once at start-up, to learn whether storage works at all.
pub const PROBE_KEY: &str = "smm-course.probe";
/// The version of the stored envelope (`{"version": N, "data": …}`) this app writes.
pub const STORAGE_VERSION: u32 = 3;
/// Every service-worker cache of this app is named with this prefix and a build version.
pub const CACHE_PREFIX: &str = "smm-course-";
/// `<html data-app="ready">`: the app has taken the page over (what scripts and tests wait for).
pub const APP_ATTRIBUTE: &str = "data-app";
pub const APP_READY: &str = "ready";
/// `<body data-prerendered>`: a page written by `scripts/prerender.mjs`, not yet taken over.
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";
/// `data-live-only` on an element whose text is true only when it is seen (the plan's date): the
/// prerenderer writes a blank line in its place, so a page built last week does not show last
/// week's date until the app takes it over.
pub const LIVE_ONLY_ATTRIBUTE: &str = "data-live-only";
/// `data-tool="slug"` on the slot of each interactive tool.
pub const TOOL_ATTRIBUTE: &str = "data-tool";
/// `data-quiz="part slug"` (or `final`, `review`) on the slot of each quiz.
pub const QUIZ_ATTRIBUTE: &str = "data-quiz";
/// `data-loading` on a part of the page whose code or text is still being fetched (a lazy chunk
/// of a split build): the prerenderer and the tests wait until no element has it.
pub const LOADING_ATTRIBUTE: &str = "data-loading";
/// `data-course-text` on the element that holds a lesson's text, so the live page can show the
/// prerendered copy of it while the text chunk is fetched.
pub const COURSE_TEXT_ATTRIBUTE: &str = "data-course-text";
/// `data-route="not-found"` on the not-found page, which the prerenderer refuses to link to.
pub const ROUTE_ATTRIBUTE: &str = "data-route";
pub const NOT_FOUND_ROUTE: &str = "not-found";
/// The screen-reader hint after a link that opens a new tab (search leaves it out of snippets).
pub const NEW_TAB_NOTE: &str = " (opens in a new tab)";
/// The same hint in the French edition.
pub const NEW_TAB_NOTE_FR: &str = " (ouvre un nouvel onglet)";
/// The French edition lives in this folder under the English edition's base: `/fr/`, or
/// `/course/fr/` for a course served under `/course/`.
pub const FRENCH_FOLDER: &str = "fr";

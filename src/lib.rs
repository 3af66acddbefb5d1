//! An offline, interactive course on social media marketing.
//!
//! `content` and `domain` are plain Rust, tested natively; the browser app (components, pages,
//! storage, state) is compiled only for `wasm32`.

pub mod content;
pub mod contracts;
pub mod domain;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod lazy_code;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod prerendered;
#[cfg(target_arch = "wasm32")]
mod service_worker;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
mod url_state;

#[cfg(target_arch = "wasm32")]
pub use app::{start, App};

//! Mounts the app; everything else lives in the library so tests can use it.

#[cfg(target_arch = "wasm32")]
fn main() {
    social_media_course::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This crate runs in the browser: build it with `trunk build` (see README.md).");
}

//! Routes, one per file.

pub mod home;
pub mod lesson;
pub mod not_found;
pub mod print;
pub mod progress;
pub mod quiz;
pub mod search;
pub mod tools;

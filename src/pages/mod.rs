//! Routes, one per file.

pub mod certificate;
pub mod glossary;
pub mod home;
pub mod lesson;
pub mod not_found;
pub mod print;
pub mod progress;
pub mod quiz;
pub mod review;
pub mod search;
pub mod tools;

//! What the app remembers, as stored under one localStorage key: `{"version": N, "data": {...}}`.
//!
//! Decoding never fails: unreadable text, older versions and newer versions each come back as a
//! `Loaded` that says what happened, so the app can tell the learner and keep their data safe.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::theme::ThemeChoice;

/// The one localStorage key the app owns.
pub const STORAGE_KEY: &str = "smm-course";
/// Where unreadable text is kept before the app starts fresh.
pub const BACKUP_KEY: &str = "smm-course.backup";
pub const CURRENT_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressData {
    pub theme: ThemeChoice,
    /// Lessons opened at least once (slugs).
    pub visited: BTreeSet<String>,
    /// Lessons the learner marked complete or read to the end (slugs).
    pub completed: BTreeSet<String>,
    /// The lesson last opened, for "Continue where you left off".
    pub last_lesson: Option<String>,
    /// Best score per quiz id (`intro`, …, `final`).
    pub quiz_best: BTreeMap<String, QuizBest>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizBest {
    pub correct: u32,
    pub total: u32,
    pub attempts: u32,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    version: u32,
    data: T,
}

/// What loading the stored text gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Fresh,
    Ok(ProgressData),
    /// Written by a newer app: the app must not write over it.
    Newer { version: u32 },
    /// Not readable as the app's data; the raw text must be backed up before starting fresh.
    Corrupt { reason: String },
}

pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Fresh };
    let value: serde_json::Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return Loaded::Corrupt { reason: format!("not valid JSON ({e})") },
    };
    let Some(version) = value.get("version").and_then(serde_json::Value::as_u64) else {
        return Loaded::Corrupt { reason: "no version number".into() };
    };
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > CURRENT_VERSION {
        return Loaded::Newer { version };
    }
    match value.get("data").cloned().map(serde_json::from_value::<ProgressData>) {
        Some(Ok(data)) => Loaded::Ok(data),
        Some(Err(e)) => Loaded::Corrupt { reason: format!("unexpected shape ({e})") },
        None => Loaded::Corrupt { reason: "no data".into() },
    }
}

pub fn encode(data: &ProgressData) -> String {
    serde_json::to_string(&Envelope { version: CURRENT_VERSION, data })
        .unwrap_or_else(|_| String::from("{}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reports_what_it_found() {
        let mut data = ProgressData { theme: ThemeChoice::Dark, ..Default::default() };
        data.completed.insert("facebook".into());
        assert_eq!(decode(Some(&encode(&data))), Loaded::Ok(data));
        assert_eq!(decode(None), Loaded::Fresh);
        assert!(matches!(decode(Some("{not json")), Loaded::Corrupt { .. }));
        assert!(matches!(decode(Some("{\"version\":1,\"data\":{\"theme\":7}}")), Loaded::Corrupt { .. }));
        assert_eq!(decode(Some("{\"version\":99,\"data\":{}}")), Loaded::Newer { version: 99 });
    }
}

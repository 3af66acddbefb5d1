//! Lenient reading of one version's `data`, field by field: a field of the wrong type falls back to
//! its default and a list keeps its readable entries, each loss described in a warning. Kept apart
//! from the envelope so each version's reader is a short list of fields.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{migrate_v1_to_v2, ProgressData, ProgressV1, QuizAttempt, QuizBest};
use crate::content::text;
use crate::content::text::clean as t;
use crate::domain::lenient;
use crate::domain::locale::{is_singular, Lang};
use crate::domain::review::ReviewCard;
use crate::domain::theme::ThemeChoice;

type Object = Map<String, Value>;

pub(super) fn read_v1(obj: &Object, w: &mut Vec<String>) -> ProgressV1 {
    ProgressV1 {
        theme: read_theme(obj, w),
        visited: read_list(obj, "visited", read_string, w)
            .into_iter()
            .collect(),
        completed: read_list(obj, "completed", read_string, w)
            .into_iter()
            .collect(),
        last_lesson: read_text(obj, "last_lesson", w),
        quiz_best: read_quiz_best(obj, w),
    }
}

/// Version 2 added review, attempts and the completion record to the version 1 fields.
pub(super) fn read_v2(obj: &Object, w: &mut Vec<String>) -> ProgressData {
    // Read first, so the warnings follow the fields' order.
    let v1_fields = migrate_v1_to_v2(read_v1(obj, w));
    ProgressData {
        missed: read_list(obj, "missed", read_card, w),
        quiz_attempts: read_list(obj, "quiz_attempts", read_attempt, w),
        certificate_name: read_text(obj, "certificate_name", w).unwrap_or_default(),
        final_passed_on: read_text(obj, "final_passed_on", w),
        last_anchor: read_text(obj, "last_anchor", w),
        ..v1_fields
    }
}

/// Version 3 added the plan inputs: personas, chosen platforms and the workbook.
pub(super) fn read_v3(obj: &Object, w: &mut Vec<String>) -> ProgressData {
    ProgressData {
        personas: present(obj, "personas")
            .map(|v| lenient::read(v, "personas", w))
            .unwrap_or_default(),
        active_persona: present(obj, "active_persona")
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok()),
        chosen_platforms: read_list(obj, "chosen_platforms", read_string, w),
        workbook: present(obj, "workbook")
            .map(|v| lenient::read(v, "workbook", w))
            .unwrap_or_default(),
        quiz_drafts: present(obj, "quiz_drafts")
            .map(|v| lenient::read(v, "quiz_drafts", w))
            .unwrap_or_default(),
        language: read_language(obj, w),
        ..read_v2(obj, w)
    }
}

/// The value under `key`, treating `null` like a missing field.
fn present<'a>(obj: &'a Object, key: &str) -> Option<&'a Value> {
    obj.get(key).filter(|v| !v.is_null())
}

fn read_theme(obj: &Object, w: &mut Vec<String>) -> ThemeChoice {
    let Some(value) = present(obj, "theme") else {
        return ThemeChoice::default();
    };
    serde_json::from_value(value.clone()).unwrap_or_else(|_| {
        w.push(t::theme_not_recognised(lenient::describe(value)));
        ThemeChoice::default()
    })
}

/// The chosen language; one this version does not know (a newer edition's) is set aside with a
/// warning, and the browser's language decides again.
fn read_language(obj: &Object, w: &mut Vec<String>) -> Option<Lang> {
    let value = present(obj, "language")?;
    let language = serde_json::from_value(value.clone()).ok();
    if language.is_none() {
        w.push(text::language::not_recognised(lenient::describe(value)));
    }
    language
}

fn read_text(obj: &Object, key: &str, w: &mut Vec<String>) -> Option<String> {
    let value = present(obj, key)?;
    let text = value.as_str().map(str::to_owned);
    if text.is_none() {
        w.push(t::not_text(key, lenient::describe(value)));
    }
    text
}

/// The readable entries of the list under `key`; one warning covers the unreadable ones.
fn read_list<T>(
    obj: &Object,
    key: &str,
    read_item: fn(&Value) -> Option<T>,
    w: &mut Vec<String>,
) -> Vec<T> {
    let Some(value) = present(obj, key) else {
        return Vec::new();
    };
    let Some(items) = value.as_array() else {
        w.push(t::not_a_list(key, lenient::describe(value)));
        return Vec::new();
    };
    let read: Vec<T> = items.iter().filter_map(read_item).collect();
    warn_unreadable(w, key, items.len() - read.len());
    read
}

fn read_quiz_best(obj: &Object, w: &mut Vec<String>) -> BTreeMap<String, QuizBest> {
    let Some(value) = present(obj, "quiz_best") else {
        return BTreeMap::new();
    };
    let Some(entries) = value.as_object() else {
        w.push(t::scores_not_a_group(lenient::describe(value)));
        return BTreeMap::new();
    };
    let read: BTreeMap<String, QuizBest> = entries
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), read_best(v)?)))
        .collect();
    warn_unreadable(w, "quiz_best", entries.len() - read.len());
    read
}

fn warn_unreadable(w: &mut Vec<String>, key: &str, count: usize) {
    if count > 0 {
        w.push(if is_singular(count as u64) {
            t::unreadable_entries_one(count, key)
        } else {
            t::unreadable_entries_other(count, key)
        });
    }
}

fn read_string(value: &Value) -> Option<String> {
    value.as_str().map(str::to_owned)
}

/// A whole number, clamped into `u32`: negatives become 0, fractions are rounded down.
fn read_number(value: &Value) -> Option<u32> {
    let n = value.as_number()?;
    if let Some(u) = n.as_u64() {
        return Some(u32::try_from(u).unwrap_or(u32::MAX));
    }
    if n.as_i64().is_some() {
        return Some(0);
    }
    // `as` saturates: negatives give 0, huge values u32::MAX.
    n.as_f64().map(|f| f as u32)
}

fn number_in(obj: &Object, key: &str) -> Option<u32> {
    obj.get(key).and_then(read_number)
}

fn read_best(value: &Value) -> Option<QuizBest> {
    let obj = value.as_object()?;
    Some(QuizBest {
        correct: number_in(obj, "correct")?,
        total: number_in(obj, "total")?,
        attempts: number_in(obj, "attempts").unwrap_or(1),
    })
}

fn read_card(value: &Value) -> Option<ReviewCard> {
    let obj = value.as_object()?;
    Some(ReviewCard {
        question_id: obj.get("question_id")?.as_str()?.to_owned(),
        box_number: u8::try_from(number_in(obj, "box")?).unwrap_or(u8::MAX),
        due_day: number_in(obj, "due_day")?,
    })
}

fn read_attempt(value: &Value) -> Option<QuizAttempt> {
    let obj = value.as_object()?;
    Some(QuizAttempt {
        quiz: obj.get("quiz")?.as_str()?.to_owned(),
        day: number_in(obj, "day")?,
        correct: number_in(obj, "correct")?,
        total: number_in(obj, "total")?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{decode, encode, sanitise, Loaded};
    use super::*;
    use crate::domain::store::test_support::*;

    #[test]
    fn one_wrong_field_keeps_the_rest() {
        let raw = r#"{"version":3,"data":{"theme":7,"completed":["facebook"],"visited":"facebook",
            "quiz_best":{"intro":{"correct":"9","total":10},"manage":{"correct":4,"total":5}},
            "missed":[{"question_id":"intro-01","box":2,"due_day":10},{"question_id":5}],
            "certificate_name":["Ana"],"final_passed_on":false}}"#;
        let Loaded::Repaired { data, warnings } = decode(Some(raw)) else {
            panic!()
        };
        assert_eq!(data.theme, ThemeChoice::System);
        assert_eq!(data.completed, set(&["facebook"]));
        assert!(data.visited.is_empty());
        assert_eq!(
            data.quiz_best,
            BTreeMap::from([("manage".into(), best(4, 5, 1))])
        );
        assert_eq!(data.missed, vec![card("intro-01", 2, 10)]);
        assert_eq!(data.certificate_name, "");
        assert_eq!(warnings.len(), 6, "{warnings:#?}");
        assert!(
            warnings[0].contains("theme") && warnings[0].contains("“7”"),
            "{warnings:#?}"
        );
    }

    #[test]
    fn a_language_this_version_does_not_know_is_set_aside_with_a_warning() {
        let huge = format!("\"{}\"", "x".repeat(100_000));
        for bad in [
            r#""de""#,
            "7",
            r#"["fr"]"#,
            r#"{"code":"fr"}"#,
            "true",
            huge.as_str(),
        ] {
            let raw =
                format!(r#"{{"version":3,"data":{{"completed":["facebook"],"language":{bad}}}}}"#);
            let Loaded::Repaired { data, warnings } = decode(Some(&raw)) else {
                panic!("{bad:.20}")
            };
            assert_eq!(data.language, None);
            assert_eq!(data.completed, set(&["facebook"]), "the rest is kept");
            assert_eq!(warnings.len(), 1, "{warnings:?}");
            assert!(warnings[0].len() < 300, "a huge value is not echoed whole");
        }
        for (stored, lang) in [("en", Lang::En), ("fr", Lang::Fr)] {
            let raw = format!(r#"{{"version":3,"data":{{"language":"{stored}"}}}}"#);
            let data = decode(Some(&raw)).into_data().unwrap();
            assert_eq!(data.language, Some(lang));
        }
        // Unset, it is not written: data without it reads and writes as before.
        assert!(!encode(&ProgressData::default()).contains("language"));
        let chosen = ProgressData {
            language: Some(Lang::Fr),
            ..ProgressData::default()
        };
        assert!(encode(&chosen).contains(r#""language":"fr""#));
    }

    #[test]
    fn one_badly_typed_workbook_field_falls_back_alone_with_a_warning() {
        let text = r#"{"version":3,"data":{"workbook":{"smart":{
            "goal":"Reach 500 local followers by 30 June","baseline":120}}}}"#;
        let loaded = decode(Some(text));
        assert!(loaded.needs_backup(), "a repair is preceded by a backup");
        let warnings = loaded.warnings().to_vec();
        let data = loaded.into_data().unwrap();
        assert_eq!(
            data.workbook.smart.goal,
            "Reach 500 local followers by 30 June"
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("workbook › smart › baseline")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_hostile_solo_flag_is_set_aside_alone_and_a_good_one_is_kept() {
        for bad in [r#""yes""#, "1", "1e308", "null", r#"{"on":true}"#, "[true]"] {
            let text = format!(
                r#"{{"version":3,"data":{{"workbook":{{"process":{{"solo":{bad},
                "approval_rules":"Offers need my partner's OK"}}}}}}}}"#
            );
            let loaded = decode(Some(&text));
            let warnings = loaded.warnings().to_vec();
            let data = loaded.into_data().unwrap();
            assert!(!data.workbook.process.solo, "{bad}");
            assert_eq!(
                data.workbook.process.approval_rules, "Offers need my partner's OK",
                "{bad}"
            );
            if bad != "null" {
                assert!(
                    warnings
                        .iter()
                        .any(|w| w.contains("workbook › process › solo")),
                    "{bad}: {warnings:?}"
                );
            }
        }
        let text = r#"{"version":3,"data":{"workbook":{"process":{"solo":true}}}}"#;
        let data = decode(Some(text)).into_data().unwrap();
        assert!(data.workbook.process.solo);
        assert!(encode(&data).contains(r#""solo":true"#));
        // Off, it is not written at all: data from before the flag is stored as it was.
        assert!(!encode(&ProgressData::default()).contains("solo"));
    }

    #[test]
    fn hostile_answers_in_progress_are_set_aside_alone() {
        let (single, multiple, options) = intro_questions();
        let raw = format!(
            r#"{{"version":3,"data":{{"completed":["facebook"],"quiz_drafts":{{
            "intro":{{"attempt":"two","answers":{{
                "{single}":[0,1],
                "{multiple}":[1,1,-4,300,{options},0.5,"x",0],
                "no-such-question":[0]}}}},
            "final":{{"attempt":1e40,"answers":{{"{single}":[1]}}}},
            "lab":{{"attempt":1,"answers":{{"{single}":[1]}}}},
            "review":"all of them",
            "grow":{{"attempt":2,"answers":[[1]]}}}}}}}}"#
        );
        let loaded = decode(Some(&raw));
        assert!(loaded.needs_backup());
        let warnings = loaded.warnings().to_vec();
        let data = loaded.into_data().unwrap();
        assert!(data.completed.contains("facebook"), "the rest is kept");
        // Wrong types fall back alone: the attempt, the out-of-range and non-number options.
        assert_eq!(data.quiz_drafts["intro"], draft(0, &[(multiple, &[0, 1])]));
        assert_eq!(data.quiz_drafts["final"], draft(0, &[(single, &[1])]));
        assert_eq!(data.quiz_drafts.len(), 2, "{:?}", data.quiz_drafts);
        assert!(
            warnings.iter().any(|w| w.contains("quiz_drafts")),
            "{warnings:#?}"
        );
        assert!(
            warnings.iter().any(|w| w.contains("unchecked quiz")),
            "{warnings:#?}"
        );
        assert!(warnings.iter().all(|w| w.chars().count() < 200));
        // A huge list is not read one by one past the repair budget, and nothing panics.
        let huge = format!(
            r#"{{"version":3,"data":{{"quiz_drafts":{{"intro":{{"attempt":1,"answers":{{"{multiple}":[{}]}}}}}}}}}}"#,
            vec!["9999999999"; 100_000].join(",")
        );
        let data = decode(Some(&huge)).into_data().unwrap();
        assert!(data.quiz_drafts.is_empty());
        // Sanitising twice warns once.
        let mut again = data.clone();
        assert!(sanitise(&mut again).is_empty());
    }
}

//! The stored text's outer shape and its versions: the envelope, `decode`/`encode`, and the
//! migrations that carry an older `data` shape to the current one. Separate from the field-by-field
//! reading (`fields`) because this part decides *whether* a text can be read at all.

use crate::content::text::clean as t;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use super::fields::{read_v1, read_v2, read_v3};
use super::{sanitise, Loaded, ProgressData, ProgressV1, CURRENT_VERSION};
use crate::domain::workbook::Workbook;

/// The stored text's outer shape. `generation` counts the times the whole of the progress was
/// replaced (a reset, an import, an undo): a tab that sees a higher generation adopts it instead
/// of merging into it. Left out when 0, so exports and older data read the same.
///
/// `parent` is the [`revision`] of the stored text the writer had read when it wrote: a tab that
/// finds its own last write gone knows from it which version both sides started from, because
/// tabs in separate processes can each read, then write, before seeing the other's write.
#[derive(Serialize)]
struct Envelope<T> {
    version: u32,
    #[serde(skip_serializing_if = "is_zero")]
    generation: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<u64>,
    data: T,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Progress read from an envelope, with where it came from.
pub(super) struct Decoded {
    pub(super) data: ProgressData,
    pub(super) from: u32,
    pub(super) warnings: Vec<String>,
}

/// Why an envelope could not be read.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum DecodeError {
    NotJson(String),
    NotEnvelope(&'static str),
    UnknownVersion(u32),
    Newer(u32),
}

pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Fresh };
    match decode_text(raw) {
        Ok(Decoded {
            data,
            from,
            warnings,
        }) if from < CURRENT_VERSION => Loaded::Migrated {
            from,
            data,
            warnings,
        },
        Ok(Decoded { data, warnings, .. }) if warnings.is_empty() => Loaded::Ok(data),
        Ok(Decoded { data, warnings, .. }) => Loaded::Repaired { data, warnings },
        Err(DecodeError::Newer(version)) => Loaded::Newer { version },
        Err(e) => Loaded::Corrupt {
            reason: e.describe(),
        },
    }
}

/// The text of an export file (no generation: a file is not a tab's state).
pub fn encode(data: &ProgressData) -> String {
    encode_stored(data, 0, None)
}

/// The text stored under `STORAGE_KEY`, with the generation it belongs to.
pub fn encode_stored(data: &ProgressData, generation: u64, parent: Option<u64>) -> String {
    serde_json::to_string(&Envelope {
        version: CURRENT_VERSION,
        generation,
        parent,
        data,
    })
    .unwrap_or_else(|_| String::from("{}"))
}

/// The identity of a stored text (FNV-1a over its bytes): what a later write names as its
/// `parent`.
pub fn revision(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The revision the writer of `raw` had read before writing it (`None` when it does not say).
pub fn parent_of(raw: &str) -> Option<u64> {
    serde_json::from_str::<Value>(raw)
        .ok()?
        .get("parent")
        .and_then(Value::as_u64)
}

/// The base for merging `theirs_text` into this tab's progress: the version its writer started
/// from, if this tab still has it (`known`: revisions this tab read or wrote, with their data);
/// else `fallback`, the last version this tab synced. Without this, a write made on a stale read
/// looks like a deliberate undo of this tab's own last write.
pub fn merge_base<'a>(
    theirs_text: &str,
    known: &'a [(u64, ProgressData)],
    fallback: &'a ProgressData,
) -> &'a ProgressData {
    parent_of(theirs_text)
        .and_then(|parent| known.iter().find(|(rev, _)| *rev == parent))
        .map_or(fallback, |(_, data)| data)
}

/// The generation of stored text (0 when it has none or cannot be read).
pub fn generation_of(raw: &str) -> u64 {
    serde_json::from_str::<Value>(raw)
        .ok()
        .and_then(|v| v.get("generation").and_then(Value::as_u64))
        .unwrap_or(0)
}

impl DecodeError {
    fn describe(&self) -> String {
        match self {
            DecodeError::NotJson(e) => t::not_json(e),
            DecodeError::NotEnvelope(what) => (*what).to_owned(),
            DecodeError::UnknownVersion(v) => t::unknown_version(v),
            DecodeError::Newer(v) => t::newer_version(v),
        }
    }
}

pub(super) fn decode_text(raw: &str) -> Result<Decoded, DecodeError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let (version, data) = open_envelope(&value)?;
    let mut warnings = Vec::new();
    let mut data = read_version(version, data, &mut warnings)?;
    warnings.extend(sanitise(&mut data));
    Ok(Decoded {
        data,
        from: version,
        warnings,
    })
}

fn open_envelope(value: &Value) -> Result<(u32, &Map<String, Value>), DecodeError> {
    let Some(top) = value.as_object() else {
        return Err(DecodeError::NotEnvelope(t::NOT_AN_OBJECT));
    };
    let Some(version) = top.get("version").and_then(Value::as_u64) else {
        return Err(DecodeError::NotEnvelope(t::NO_VERSION_NUMBER));
    };
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > CURRENT_VERSION {
        return Err(DecodeError::Newer(version));
    }
    match top.get("data") {
        Some(Value::Object(data)) => Ok((version, data)),
        Some(Value::Null) | None => Err(DecodeError::NotEnvelope(t::NO_DATA)),
        Some(_) => Err(DecodeError::NotEnvelope(t::DATA_NOT_AN_OBJECT)),
    }
}

/// Reads `data` as stored by `version` and migrates it, step by step, to the current version.
fn read_version(
    version: u32,
    data: &Map<String, Value>,
    warnings: &mut Vec<String>,
) -> Result<ProgressData, DecodeError> {
    match version {
        1 => Ok(migrate_v2_to_v3(migrate_v1_to_v2(read_v1(data, warnings)))),
        2 => Ok(migrate_v2_to_v3(read_v2(data, warnings))),
        3 => Ok(read_v3(data, warnings)),
        other => Err(DecodeError::UnknownVersion(other)),
    }
}

/// Version 1 → 2: every version 1 field carries over unchanged; the new fields start empty.
/// (Version 1 kept no pass date, so a final passed under version 1 shows only in `quiz_best`.)
pub fn migrate_v1_to_v2(v1: ProgressV1) -> ProgressData {
    ProgressData {
        theme: v1.theme,
        visited: v1.visited,
        completed: v1.completed,
        last_lesson: v1.last_lesson,
        quiz_best: v1.quiz_best,
        ..ProgressData::default()
    }
}

/// Version 2 → 3: everything carries over; the plan inputs start empty.
pub fn migrate_v2_to_v3(v2: ProgressData) -> ProgressData {
    ProgressData {
        personas: Vec::new(),
        active_persona: None,
        chosen_platforms: Vec::new(),
        workbook: Workbook::default(),
        quiz_drafts: BTreeMap::new(),
        ..v2
    }
}

#[cfg(test)]
mod tests {
    use super::super::REVIEW_DRAFT;
    use super::*;
    use crate::domain::store::test_support::*;
    use crate::domain::theme::ThemeChoice;

    #[test]
    fn round_trips_and_reports_what_it_found() {
        let mut data = ProgressData {
            theme: ThemeChoice::Dark,
            ..Default::default()
        };
        data.completed.insert("facebook".into());
        assert_eq!(decode(Some(&encode(&data))), Loaded::Ok(data));
        assert_eq!(decode(None), Loaded::Fresh);
        assert!(matches!(decode(Some("{not json")), Loaded::Corrupt { .. }));
        assert_eq!(
            decode(Some("{\"version\":99,\"data\":{}}")),
            Loaded::Newer { version: 99 }
        );
    }

    #[test]
    fn the_v1_fixture_migrates_with_nothing_lost() {
        let expected = migrate_v1_to_v2(v1_expected());
        assert_eq!(
            decode(Some(V1)),
            Loaded::Migrated {
                from: 1,
                data: expected.clone(),
                warnings: vec![]
            }
        );
        assert_eq!(expected.quiz_best["final"], best(17, 20, 1));
        assert!(expected.missed.is_empty() && expected.final_passed_on.is_none());
    }

    #[test]
    fn the_v2_fixture_migrates_to_v3_with_nothing_lost() {
        assert_eq!(
            decode(Some(V2)),
            Loaded::Migrated {
                from: 2,
                data: v2_expected(),
                warnings: vec![]
            }
        );
    }

    #[test]
    fn the_v3_fixture_reads_unchanged_and_encodes_to_the_same_json() {
        assert_eq!(decode(Some(V3)), Loaded::Ok(v3_expected()));
        let written: Value = serde_json::from_str(&encode(&v3_expected())).unwrap();
        let fixture: Value = serde_json::from_str(V3).unwrap();
        assert_eq!(written, fixture);
    }

    #[test]
    fn newer_unknown_and_shapeless_envelopes_are_not_read() {
        assert_eq!(
            decode(Some(r#"{"version":4,"data":{"theme":"dark"}}"#)),
            Loaded::Newer { version: 4 }
        );
        assert_eq!(
            decode(Some(r#"{"version":99999999999,"data":{}}"#)),
            Loaded::Newer { version: u32::MAX }
        );
        let corrupt = |raw: &str| match decode(Some(raw)) {
            Loaded::Corrupt { reason } => reason,
            other => panic!("{raw}: {other:?}"),
        };
        assert_eq!(corrupt(r#"{"version":0,"data":{}}"#), "unknown version 0");
        assert_eq!(corrupt(r#"{"version":"2","data":{}}"#), "no version number");
        assert_eq!(corrupt(r#"{"version":3}"#), "no data");
        assert_eq!(
            corrupt(r#"{"version":3,"data":[1]}"#),
            "data is not an object"
        );
        assert_eq!(corrupt("[]"), "not an object");
        let deep = "[".repeat(10_000);
        assert!(corrupt(&deep).starts_with("not valid JSON"));
    }

    #[test]
    fn the_generation_travels_in_the_envelope_and_exports_have_none() {
        let data = with_plan();
        let stored = encode_stored(&data, 7, None);
        assert_eq!(generation_of(&stored), 7);
        assert_eq!(decode(Some(&stored)).into_data(), Some(data.clone()));
        assert!(!encode(&data).contains("generation"));
        assert_eq!(generation_of(&encode(&data)), 0);
        assert_eq!(generation_of("{oops"), 0);
    }

    #[test]
    fn a_write_made_on_a_stale_read_is_merged_from_the_version_both_tabs_started_from() {
        // Two tabs read T0. Tab B writes its escalation contact (T_B). Tab A, in another
        // process, has not seen T_B yet: it writes its SMART goal on top of T0 (T_A). B then
        // reads T_A. Merged against B's last write, T_A would look like an undo of B's contact;
        // merged against T0, which T_A names as its parent, both edits stay.
        let d0 = with_plan();
        let t0 = encode_stored(&d0, 0, None);
        let mut d_b = d0.clone();
        d_b.workbook.triage.playbook.escalation_contact = "Sam, the owner".into();
        let t_b = encode_stored(&d_b, 0, Some(revision(&t0)));
        let mut d_a = d0.clone();
        d_a.workbook.smart.goal = "Sell 40 cakes by June".into();
        let t_a = encode_stored(&d_a, 0, Some(revision(&t0)));
        assert_eq!(parent_of(&t_a), Some(revision(&t0)));
        assert_eq!(parent_of(&t0), None);

        let known = vec![(revision(&t0), d0.clone()), (revision(&t_b), d_b.clone())];
        let base = merge_base(&t_a, &known, &d_b);
        let merged = super::super::merge(base, &d_b, &d_a);
        assert_eq!(
            merged.workbook.triage.playbook.escalation_contact,
            "Sam, the owner"
        );
        assert_eq!(merged.workbook.smart.goal, "Sell 40 cakes by June");

        // The old way (the last synced version as the base) lost B's contact.
        let lost = super::super::merge(&d_b, &d_b, &d_a);
        assert_eq!(lost.workbook.triage.playbook.escalation_contact, "");
        // A parent this tab never saw, or none, falls back to the last synced version.
        assert!(std::ptr::eq(merge_base(&t0, &known, &d_b), &d_b));
        assert!(std::ptr::eq(merge_base("{oops", &known, &d_b), &d_b));
        assert_eq!(decode(Some(&t_a)).into_data(), Some(d_a));

        // A parent of the wrong type, or too large, names nothing and never stops the data
        // from being read.
        for parent in ["\"x\"", "-1", "1.5", "18446744073709551616", "null", "[]"] {
            let text = t0.replacen('{', &format!("{{\"parent\":{parent},"), 1);
            assert_eq!(parent_of(&text), None, "{parent}");
            assert!(std::ptr::eq(merge_base(&text, &known, &d_b), &d_b));
            assert_eq!(
                decode(Some(&text)).into_data(),
                Some(d0.clone()),
                "{parent}"
            );
        }
    }

    #[test]
    fn answers_in_progress_round_trip_and_are_left_out_when_empty() {
        let (single, multiple, _) = intro_questions();
        let mut data = with_plan();
        assert!(!encode(&data).contains("quiz_drafts"));
        data.quiz_drafts.insert(
            "intro".into(),
            draft(3, &[(single, &[1]), (multiple, &[0, 2])]),
        );
        data.quiz_drafts
            .insert(REVIEW_DRAFT.into(), draft(u64::MAX, &[(single, &[0])]));
        assert_eq!(decode(Some(&encode(&data))), Loaded::Ok(data));
    }
}

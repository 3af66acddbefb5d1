//! Reading a stored value as a Rust type while keeping every part of it that fits.
//!
//! This is the repair half of the one decoder for stored and imported data (`store::decode`):
//! it works for any serde type, so the workbook tools, personas and every later section are
//! read the same way. A value that deserialises as it is comes back untouched (the fast path).
//! Otherwise the value is rebuilt, starting from the type's default, one part at a time:
//!
//! - a field that does not fit falls back to its default alone;
//! - a list item or map entry that does not fit is dropped (or, if it is a group of fields,
//!   kept with only its fitting fields);
//! - every part set aside is named in a warning (`workbook › smart › baseline`, `personas ›
//!   item 2`), so the caller backs up the original first and the learner can tell what it was.
//!
//! Whether a part fits is decided by deserialising the whole type with that part in place, so
//! no second description of the types is needed. That costs one deserialisation per part; the
//! repair therefore looks at most at `MAX_PARTS` parts and drops the rest of an overlong list.

use crate::content::text::lenient as t;
use crate::domain::locale::{is_singular, Lang, LANG};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Most list items or map entries looked at in one repair; the rest are dropped with a warning.
/// Sanitising keeps far fewer (`workbook::MAX_ITEMS`), so no real data reaches this.
pub const MAX_PARTS: usize = 400;

/// `value` read as a `T`: as it is when it fits, otherwise repaired part by part (see the module
/// docs). `label` names the value in warnings (`workbook`, `personas[2]`).
pub fn read<T>(value: &Value, label: &str, warnings: &mut Vec<String>) -> T
where
    T: Serialize + DeserializeOwned + Default,
{
    if let Ok(fits) = serde_json::from_value::<T>(value.clone()) {
        return fits;
    }
    let fits = |candidate: &Value| serde_json::from_value::<T>(candidate.clone()).is_ok();
    // Through text, not `to_value`: the app already has the text serialiser of every stored
    // type (for saving), and a second, value-building one would only add to the download.
    let mut root = serde_json::to_string(&T::default())
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    let mut budget = MAX_PARTS;
    let mut repair = Repair {
        fits: &fits,
        warnings,
        budget: &mut budget,
    };
    repair.place(&mut root, &mut Vec::new(), value, label);
    serde_json::from_value(root).unwrap_or_else(|_| {
        warnings.push(t::reset(label));
        T::default()
    })
}

/// One step into a value: a field name or a list position.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

struct Repair<'a> {
    fits: &'a dyn Fn(&Value) -> bool,
    warnings: &'a mut Vec<String>,
    budget: &'a mut usize,
}

fn at<'v>(root: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(root, |v, step| match step {
        Step::Key(k) => v.as_object_mut()?.get_mut(k),
        Step::Index(i) => v.as_array_mut()?.get_mut(*i),
    })
}

impl Repair<'_> {
    /// Puts as much of `stored` as fits at `path` in `root`; `root` fits before and after.
    fn place(&mut self, root: &mut Value, path: &mut Vec<Step>, stored: &Value, label: &str) {
        let Some(slot) = at(root, path) else { return };
        let before = std::mem::replace(slot, stored.clone());
        if (self.fits)(root) {
            return;
        }
        // Put the fitting value back before trying the parts.
        if let Some(slot) = at(root, path) {
            *slot = before;
        }
        let slot_kind = at(root, path).map(|v| kind(v));
        match (stored, slot_kind) {
            (Value::Object(fields), Some(Kind::Object)) => {
                self.place_fields(root, path, fields, label)
            }
            (Value::Array(items), Some(Kind::Array)) => self.place_items(root, path, items, label),
            // An optional group (`None` by default) that the stored value partly fills.
            (Value::Object(fields), Some(Kind::Null))
                if self.replace(root, path, Value::Object(Map::new())) =>
            {
                self.place_fields(root, path, fields, label)
            }
            (Value::Array(items), Some(Kind::Null))
                if self.replace(root, path, Value::Array(Vec::new())) =>
            {
                self.place_items(root, path, items, label)
            }
            _ => self.warnings.push(t::default_kept(label, describe(stored))),
        }
    }

    /// Puts `value` at `path` if the whole still fits; whether it did.
    fn replace(&mut self, root: &mut Value, path: &[Step], value: Value) -> bool {
        let Some(slot) = at(root, path) else {
            return false;
        };
        let before = std::mem::replace(slot, value);
        if (self.fits)(root) {
            return true;
        }
        if let Some(slot) = at(root, path) {
            *slot = before;
        }
        false
    }

    fn place_fields(
        &mut self,
        root: &mut Value,
        path: &mut Vec<Step>,
        fields: &Map<String, Value>,
        label: &str,
    ) {
        for (key, value) in fields {
            if !self.spend(label) {
                return;
            }
            let field_label = format!("{label} › {key}");
            let present = at(root, path)
                .as_deref()
                .and_then(Value::as_object)
                .is_some_and(|o| o.contains_key(key));
            if !present {
                // A map entry (or a field the type does not know): it needs a slot first.
                let inserted = self.insert(root, path, key, value.clone())
                    || self.insert(root, path, key, empty_like(value));
                if !inserted {
                    self.warnings
                        .push(t::left_out(&field_label, describe(value)));
                    continue;
                }
            }
            path.push(Step::Key(key.clone()));
            self.place(root, path, value, &field_label);
            path.pop();
        }
    }

    fn place_items(
        &mut self,
        root: &mut Value,
        path: &mut Vec<Step>,
        items: &[Value],
        label: &str,
    ) {
        let mut dropped = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if !self.spend(label) {
                break;
            }
            if self.push(root, path, item.clone()) {
                continue;
            }
            let kept = at(root, path)
                .as_deref()
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            if matches!(item, Value::Object(_)) && self.push(root, path, empty_like(item)) {
                path.push(Step::Index(kept));
                self.place(root, path, item, &t::item_path(label, i + 1));
                path.pop();
            } else {
                dropped.push(i);
            }
        }
        if !dropped.is_empty() {
            let named: Vec<String> = dropped
                .iter()
                .take(5)
                .map(|i| (i + 1).to_string())
                .collect();
            let more = dropped.len().saturating_sub(named.len());
            let tail = if more > 0 {
                t::and_more(more)
            } else {
                String::new()
            };
            let count = dropped.len();
            let items = named.join(", ");
            self.warnings.push(if is_singular(count as u64) {
                t::dropped_one(label, count, items, tail)
            } else {
                t::dropped_other(label, count, items, tail)
            });
        }
    }

    /// Counts one part; false (with one warning) once the budget is spent.
    fn spend(&mut self, label: &str) -> bool {
        if *self.budget == 0 {
            return false;
        }
        *self.budget -= 1;
        if *self.budget == 0 {
            self.warnings.push(t::too_many_parts(label, MAX_PARTS));
        }
        true
    }

    fn insert(&mut self, root: &mut Value, path: &[Step], key: &str, value: Value) -> bool {
        let Some(obj) = at(root, path).and_then(Value::as_object_mut) else {
            return false;
        };
        obj.insert(key.to_owned(), value);
        if (self.fits)(root) {
            return true;
        }
        if let Some(obj) = at(root, path).and_then(Value::as_object_mut) {
            obj.remove(key);
        }
        false
    }

    fn push(&mut self, root: &mut Value, path: &[Step], value: Value) -> bool {
        let Some(list) = at(root, path).and_then(Value::as_array_mut) else {
            return false;
        };
        list.push(value);
        if (self.fits)(root) {
            return true;
        }
        if let Some(list) = at(root, path).and_then(Value::as_array_mut) {
            list.pop();
        }
        false
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Object,
    Array,
    Null,
    Other,
}

fn kind(value: &Value) -> Kind {
    match value {
        Value::Object(_) => Kind::Object,
        Value::Array(_) => Kind::Array,
        Value::Null => Kind::Null,
        _ => Kind::Other,
    }
}

/// An empty value of the same kind, to fill part by part.
fn empty_like(value: &Value) -> Value {
    match value {
        Value::Object(_) => Value::Object(Map::new()),
        Value::Array(_) => Value::Array(Vec::new()),
        _ => Value::Null,
    }
}

/// Stored text as quoted in a message, in this build's language (see [`quote_in`]).
pub fn quote(text: &str) -> String {
    quote_in(LANG, text)
}

/// Stored text as quoted in a message: at most 40 characters, control characters as spaces;
/// “text” in English, « text » (no-break spaces inside) in French.
pub fn quote_in(lang: Lang, text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(40)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(40).is_some() {
        out.push('…');
    }
    match lang {
        Lang::En => format!("“{out}”"),
        Lang::Fr => format!("«\u{A0}{out}\u{A0}»"),
    }
}

/// A stored value as named in a message: text quoted (see [`quote`]), groups and lists by kind.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Object(_) => t::GROUP_OF_VALUES.into(),
        Value::Array(_) => t::LIST.into(),
        Value::String(s) => quote(s),
        other => quote(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Goal {
        text: String,
        baseline: String,
        deadline: Option<u32>,
    }

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Post {
        day: String,
        note: String,
    }

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        #[default]
        Photo,
        Video,
    }

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Work {
        goal: Goal,
        kinds: Vec<Kind>,
        days: BTreeMap<String, Vec<Post>>,
        count: u8,
    }

    fn read_work(value: serde_json::Value) -> (Work, Vec<String>) {
        let mut w = Vec::new();
        let work = read::<Work>(&value, "work", &mut w);
        (work, w)
    }

    #[test]
    fn a_value_that_fits_is_read_as_it_is_without_warnings() {
        let (work, w) =
            read_work(json!({"goal": {"text": "Grow"}, "kinds": ["video"], "count": 3}));
        assert_eq!(work.goal.text, "Grow");
        assert_eq!(work.kinds, vec![Kind::Video]);
        assert!(w.is_empty());
    }

    #[test]
    fn one_badly_typed_field_falls_back_alone() {
        let (work, w) = read_work(json!({
            "goal": {"text": "Reach 500 local followers by 30 June", "baseline": 120},
            "count": 2
        }));
        assert_eq!(work.goal.text, "Reach 500 local followers by 30 June");
        assert_eq!(work.goal.baseline, "");
        assert_eq!(work.count, 2);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("work › goal › baseline"), "{w:?}");
    }

    #[test]
    fn one_bad_item_is_dropped_and_named_the_rest_of_the_list_stays() {
        let (work, w) = read_work(json!({
            "kinds": ["video", "hologram", "photo"],
            "days": {"mon": [{"day": "mon", "note": "Bread"}, {"day": 5, "note": "Cake"}, 7]}
        }));
        assert_eq!(work.kinds, vec![Kind::Video, Kind::Photo]);
        let monday = &work.days["mon"];
        assert_eq!(
            monday.len(),
            2,
            "the item with one bad field keeps its good field"
        );
        assert_eq!(monday[0].note, "Bread");
        assert_eq!(monday[1].note, "Cake");
        let has = |text: &str| w.iter().any(|m| m.contains(text));
        assert!(
            has("work › kinds: 1 unreadable item was left out (item 2)"),
            "{w:?}"
        );
        assert!(has("work › days › mon › item 2 › day (“5”)"), "{w:?}");
        assert!(
            has("work › days › mon: 1 unreadable item was left out (item 3)"),
            "{w:?}"
        );
    }

    #[test]
    fn wrong_shapes_and_huge_numbers_fall_back_to_defaults() {
        let (work, w) = read_work(json!({"goal": "text", "kinds": {"a": 1}, "count": 1e300}));
        assert_eq!(work, Work::default());
        assert_eq!(w.len(), 3, "{w:?}");
        let (work, w) = read_work(json!([1, 2, 3]));
        assert_eq!(work, Work::default());
        assert_eq!(w.len(), 1, "{w:?}");
    }

    #[test]
    fn an_overlong_list_of_junk_is_cut_with_one_warning() {
        let junk: Vec<_> = (0..5_000).map(|i| json!(i)).collect();
        let (work, w) = read_work(json!({"kinds": junk}));
        assert!(work.kinds.is_empty());
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("the rest was left out"), "{w:?}");
        assert!(
            w[1].contains("unreadable items were left out (items 1, 2, 3, 4, 5 and"),
            "{w:?}"
        );
    }

    #[test]
    fn stored_text_is_quoted_as_each_language_quotes() {
        assert_eq!(quote_in(Lang::En, "Bread"), "“Bread”");
        assert_eq!(quote_in(Lang::Fr, "Bread"), "«\u{A0}Bread\u{A0}»");
        let long = "x".repeat(41);
        assert_eq!(quote_in(Lang::En, &long), format!("“{}…”", "x".repeat(40)));
        assert_eq!(quote_in(Lang::Fr, "a\nb"), "«\u{A0}a b\u{A0}»");
        assert_eq!(quote("Bread"), quote_in(LANG, "Bread"));
    }
}

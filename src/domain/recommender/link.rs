//! A persona in a shareable address: the query keys, writing a persona as a query and reading one
//! back with a plain reason for each value it refuses. Separate because it is the only part that
//! reads text from outside (a URL).

use super::{check_name, GenderSkew, Persona, MAX_HOURS_PER_WEEK};
use crate::content::platforms::{AgeBand, Community, ContentFormat, Education, Market};
use crate::content::text::recommender as t;
use crate::domain::objective::MarketingObjective;
use crate::domain::query::{self, QUERY_MAX_BYTES};

/// The keys [`persona_to_query`] writes; a query with none of them carries no persona.
pub const PERSONA_KEYS: [&str; 10] = [
    "name",
    "market",
    "ages",
    "gender",
    "edu",
    "community",
    "formats",
    "objective",
    "hours",
    "budget",
];

/// Whether a URL query carries a persona (any of [`PERSONA_KEYS`]), as opposed to nothing or
/// only keys that belong to something else.
pub fn has_persona(q: &str) -> bool {
    q.len() > QUERY_MAX_BYTES || query::pairs(q).any(|(key, _)| PERSONA_KEYS.contains(&key))
}

/// The persona as a URL query (without `?`); fields at their default are left out.
pub fn persona_to_query(p: &Persona) -> String {
    let d = Persona::default();
    let fields = [
        ("name", (!p.name.is_empty()).then(|| query::encode(&p.name))),
        ("market", changed(p.market, d.market, Market::slug)),
        ("ages", slug_list(&p.ages, AgeBand::slug)),
        ("gender", changed(p.gender, d.gender, GenderSkew::slug)),
        ("edu", p.education.map(|e| e.slug().to_string())),
        ("community", p.community.map(|c| c.slug().to_string())),
        ("formats", slug_list(&p.formats, ContentFormat::slug)),
        (
            "objective",
            changed(p.objective, d.objective, MarketingObjective::slug),
        ),
        (
            "hours",
            (p.hours_per_week != d.hours_per_week).then(|| p.hours_per_week.to_string()),
        ),
        (
            "budget",
            (p.weekly_budget != d.weekly_budget).then(|| p.weekly_budget.to_string()),
        ),
    ];
    let present = fields
        .into_iter()
        .filter_map(|(k, v)| Some(format!("{k}={}", v?)));
    present.collect::<Vec<_>>().join("&")
}

/// The slug, unless the value is the default.
fn changed<T: PartialEq>(value: T, default: T, slug: fn(T) -> &'static str) -> Option<String> {
    (value != default).then(|| slug(value).to_string())
}

/// Comma-separated slugs, or nothing for an empty list.
fn slug_list<T: Copy>(items: &[T], slug: fn(T) -> &'static str) -> Option<String> {
    let slugs: Vec<&str> = items.iter().map(|t| slug(*t)).collect();
    (!slugs.is_empty()).then(|| slugs.join(","))
}

/// Reads a persona from a URL query written by [`persona_to_query`] (a leading `?` is fine).
/// Unknown keys are ignored and missing ones take their default; a bad value is an error that
/// names the key and what it accepts.
pub fn persona_from_query(q: &str) -> Result<Persona, String> {
    if q.len() > QUERY_MAX_BYTES {
        return Err(t::query_too_long(QUERY_MAX_BYTES));
    }
    let mut persona = Persona::default();
    for (key, raw) in query::pairs(q) {
        let value = query::decode(raw).map_err(|e| t::key_error(key, e))?;
        apply(&mut persona, key, &value)?;
    }
    Ok(persona)
}

fn apply(p: &mut Persona, key: &str, value: &str) -> Result<(), String> {
    match key {
        "name" => {
            check_name(value)?;
            p.name = value.to_string();
        }
        "market" => p.market = one(key, value, &Market::ALL, Market::slug)?,
        "ages" => p.ages = list(key, value, &AgeBand::ALL, AgeBand::slug)?,
        "gender" => p.gender = one(key, value, &GenderSkew::ALL, GenderSkew::slug)?,
        "edu" => p.education = any_or(key, value, &Education::ALL, Education::slug)?,
        "community" => p.community = any_or(key, value, &Community::ALL, Community::slug)?,
        "formats" => p.formats = list(key, value, &ContentFormat::ALL, ContentFormat::slug)?,
        "objective" => {
            p.objective = one(
                key,
                value,
                &MarketingObjective::ALL,
                MarketingObjective::slug,
            )?
        }
        "hours" => p.hours_per_week = hours(value)?,
        "budget" => p.weekly_budget = budget(value)?,
        _ => {}
    }
    Ok(())
}

fn one<T: Copy>(
    key: &str,
    value: &str,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> Result<T, String> {
    all.iter()
        .copied()
        .find(|t| slug(*t) == value)
        .ok_or_else(|| {
            let accepted: Vec<&str> = all.iter().map(|t| slug(*t)).collect();
            t::unknown_value(key, clip(value), accepted.join(", "))
        })
}

/// "any" or empty → `None`.
fn any_or<T: Copy>(
    key: &str,
    value: &str,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> Result<Option<T>, String> {
    if value.is_empty() || value == "any" {
        return Ok(None);
    }
    one(key, value, all, slug).map(Some)
}

/// Comma-separated values, duplicates dropped, order kept.
fn list<T: Copy + PartialEq>(
    key: &str,
    value: &str,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> Result<Vec<T>, String> {
    let mut out: Vec<T> = Vec::new();
    for item in value.split(',').filter(|s| !s.is_empty()) {
        let t = one(key, item, all, slug)?;
        if !out.contains(&t) {
            out.push(t);
        }
    }
    Ok(out)
}

fn hours(value: &str) -> Result<u8, String> {
    let bad = || t::bad_hours(MAX_HOURS_PER_WEEK);
    let h: u8 = value.parse().map_err(|_| bad())?;
    if h > MAX_HOURS_PER_WEEK {
        return Err(bad());
    }
    Ok(h)
}

fn budget(value: &str) -> Result<u32, String> {
    value.parse().map_err(|_| t::bad_budget(u32::MAX))
}

/// A value short enough to quote in an error message.
fn clip(value: &str) -> String {
    const MAX: usize = 32;
    if value.chars().count() <= MAX {
        return value.to_string();
    }
    let head: String = value.chars().take(MAX).collect();
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::super::{persona_label, NAME_MAX_CHARS};
    use super::*;
    use crate::domain::recommender::test_support::*;

    #[test]
    fn query_round_trips() {
        for p in sample_personas() {
            assert_eq!(persona_from_query(&persona_to_query(&p)), Ok(p));
        }
        let odd = Persona {
            name: "Zoë & Co = 100% \"local\"+ café".into(),
            weekly_budget: u32::MAX,
            hours_per_week: 168,
            ..professional()
        };
        let q = persona_to_query(&odd);
        assert!(!q.contains(' ') && !q.contains('"'));
        assert_eq!(persona_from_query(&format!("?{q}")), Ok(odd));
        assert_eq!(persona_to_query(&Persona::default()), "");
    }

    #[test]
    fn query_reading_ignores_unknown_keys_and_explains_bad_values() {
        let p =
            persona_from_query("utm_source=mail&market=b2b&ages=65plus,18-29,65plus&x").unwrap();
        assert_eq!(
            (p.market, p.ages),
            (Market::B2b, vec![AgeBand::From65, AgeBand::From18To29])
        );
        assert_eq!(
            persona_from_query("edu=any&community=").unwrap().education,
            None
        );
        let err = |q: &str| persona_from_query(q).unwrap_err();
        assert_eq!(
            err("market=b2x"),
            "market: unknown value \"b2x\" (use b2c, b2b)"
        );
        assert!(err("ages=17-20").starts_with("ages: unknown value \"17-20\""));
        assert!(err("hours=200").starts_with("hours: must be a whole number"));
        assert!(err("hours=abc").starts_with("hours:"));
        assert!(err("budget=-1").starts_with("budget:"));
        assert!(err("objective=fame").contains("awareness, community"));
        assert_eq!(err("name=%ZZ"), "name: broken %-escape");
        assert_eq!(err("name=%FF"), "name: not valid UTF-8");
        assert_eq!(err("name=a%0Ab"), "name: contains control characters");
        let long = "n".repeat(NAME_MAX_CHARS + 1);
        assert_eq!(
            err(&format!("name={long}")),
            "name: longer than 80 characters"
        );
        assert!(persona_from_query(&format!("name={}", "é".repeat(NAME_MAX_CHARS))).is_ok());
        assert!(err(&"a".repeat(QUERY_MAX_BYTES + 1)).starts_with("query: longer"));
    }

    #[test]
    fn a_query_carries_a_persona_only_with_one_of_its_keys() {
        assert!(!has_persona(""));
        assert!(!has_persona("?sort=name&utm_source=mail"));
        assert!(has_persona("?market=b2b"));
        assert!(has_persona("hours=abc"));
        assert!(has_persona(&"a".repeat(QUERY_MAX_BYTES + 1)));
        assert_eq!(persona_label(&Persona::default(), 2), "Persona 3");
        let named = Persona {
            name: "  Crumb  ".into(),
            ..Persona::default()
        };
        assert_eq!(persona_label(&named, 0), "Crumb");
    }
}

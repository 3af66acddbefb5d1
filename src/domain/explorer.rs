//! The platform explorer: a sortable, filterable table of [`PLATFORMS`] whose whole state lives
//! in the URL query, so a view can be bookmarked or shared.
//!
//! Reading a query never fails: unknown keys and bad values are ignored and fall back to the
//! defaults (sorted by share of all U.S. adults, largest first, no filters, nothing compared).

use std::cmp::Ordering;

use crate::content::platforms::{
    AgeBand, Community, ContentFormat, Education, Platform, PlatformData, PLATFORMS,
};
use crate::domain::objective::MarketingObjective;
use crate::domain::recommender::{query, QUERY_MAX_BYTES};

/// Fewest platforms a side-by-side comparison shows.
pub const MIN_COMPARE: usize = 2;
/// Most platforms a side-by-side comparison shows.
pub const MAX_COMPARE: usize = 3;

/// A column the table can be sorted by. Figures are Pew 2023 (teens: Pew 2024).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Name,
    #[default]
    AllAdults,
    Age(AgeBand),
    Education(Education),
    Community(Community),
    Teens,
    Effort,
}

impl SortColumn {
    /// Every column, in table order.
    pub fn all() -> Vec<SortColumn> {
        let mut out = vec![SortColumn::Name, SortColumn::AllAdults];
        out.extend(AgeBand::ALL.map(SortColumn::Age));
        out.extend(Education::ALL.map(SortColumn::Education));
        out.extend(Community::ALL.map(SortColumn::Community));
        out.extend([SortColumn::Teens, SortColumn::Effort]);
        out
    }

    /// URL value: "name", "all", "age-18-29", "edu-college-plus", "community-rural", "teens",
    /// "effort".
    pub fn slug(self) -> String {
        match self {
            SortColumn::Name => "name".to_string(),
            SortColumn::AllAdults => "all".to_string(),
            SortColumn::Age(b) => format!("age-{}", b.slug()),
            SortColumn::Education(e) => format!("edu-{}", e.slug()),
            SortColumn::Community(c) => format!("community-{}", c.slug()),
            SortColumn::Teens => "teens".to_string(),
            SortColumn::Effort => "effort".to_string(),
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::all().into_iter().find(|c| c.slug() == s)
    }

    /// Column heading.
    pub fn label(self) -> String {
        match self {
            SortColumn::Name => "Platform".to_string(),
            SortColumn::AllAdults => "All adults".to_string(),
            SortColumn::Age(b) => format!("Ages {}", b.label()),
            SortColumn::Education(e) => e.label().to_string(),
            SortColumn::Community(c) => c.label().to_string(),
            SortColumn::Teens => "Teens 13–17".to_string(),
            SortColumn::Effort => "Effort".to_string(),
        }
    }

    /// Names A–Z and effort lowest first; figures largest first.
    pub fn default_direction(self) -> SortDirection {
        match self {
            SortColumn::Name | SortColumn::Effort => SortDirection::Ascending,
            _ => SortDirection::Descending,
        }
    }

    /// The number this column sorts by (effort as 0, 1, 2); `None` for the name column and for
    /// platforms without the figure.
    pub fn value(self, d: &PlatformData) -> Option<u8> {
        match self {
            SortColumn::Name => None,
            SortColumn::AllAdults => Some(d.all_adults().percent),
            SortColumn::Age(b) => Some(d.age(b).percent),
            SortColumn::Education(e) => Some(d.education(e).percent),
            SortColumn::Community(c) => Some(d.community(c).percent),
            SortColumn::Teens => d.teens_2024,
            SortColumn::Effort => Some(d.effort as u8),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortDirection {
    Ascending,
    Descending,
}

impl SortDirection {
    pub fn slug(self) -> &'static str {
        match self {
            SortDirection::Ascending => "asc",
            SortDirection::Descending => "desc",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        [SortDirection::Ascending, SortDirection::Descending]
            .into_iter()
            .find(|d| d.slug() == s)
    }

    pub fn toggled(self) -> Self {
        match self {
            SortDirection::Ascending => SortDirection::Descending,
            SortDirection::Descending => SortDirection::Ascending,
        }
    }
}

/// Keep only platforms used by at least `min_percent` of U.S. adults in one age band (Pew 2023).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AudienceFilter {
    pub age: AgeBand,
    pub min_percent: u8,
}

/// Everything the explorer shows, as kept in the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExplorerState {
    pub sort: SortColumn,
    pub direction: SortDirection,
    /// Only platforms that serve this objective well.
    pub objective: Option<MarketingObjective>,
    /// Only platforms that carry this format.
    pub format: Option<ContentFormat>,
    pub audience: Option<AudienceFilter>,
    /// Platforms picked for side-by-side comparison, in the order picked; at most [`MAX_COMPARE`].
    pub compare: Vec<Platform>,
}

impl Default for ExplorerState {
    fn default() -> Self {
        let sort = SortColumn::default();
        ExplorerState {
            sort,
            direction: sort.default_direction(),
            objective: None,
            format: None,
            audience: None,
            compare: Vec::new(),
        }
    }
}

/// The raw values read from a query, before defaults are applied.
#[derive(Default)]
struct Fields {
    sort: Option<SortColumn>,
    direction: Option<SortDirection>,
    objective: Option<MarketingObjective>,
    format: Option<ContentFormat>,
    age: Option<AgeBand>,
    min: Option<u8>,
    compare: Vec<Platform>,
}

impl Fields {
    fn read(&mut self, key: &str, value: &str) {
        match key {
            "sort" => self.sort = SortColumn::from_slug(value),
            "dir" => self.direction = SortDirection::from_slug(value),
            "objective" => self.objective = MarketingObjective::from_slug(value),
            "format" => self.format = ContentFormat::from_slug(value),
            "age" => self.age = AgeBand::from_slug(value),
            "min" => self.min = value.parse().ok().filter(|m| *m <= 100),
            "compare" => self.compare = compare_list(value),
            _ => {}
        }
    }

    fn into_state(self) -> ExplorerState {
        let sort = self.sort.unwrap_or_default();
        let min_percent = self.min.unwrap_or(0);
        ExplorerState {
            sort,
            direction: self.direction.unwrap_or(sort.default_direction()),
            objective: self.objective,
            format: self.format,
            audience: self.age.map(|age| AudienceFilter { age, min_percent }),
            compare: self.compare,
        }
    }
}

/// Known platform slugs, duplicates dropped, at most [`MAX_COMPARE`].
fn compare_list(value: &str) -> Vec<Platform> {
    let mut out: Vec<Platform> = Vec::new();
    for p in value.split(',').filter_map(Platform::from_slug) {
        if !out.contains(&p) && out.len() < MAX_COMPARE {
            out.push(p);
        }
    }
    out
}

impl ExplorerState {
    /// Reads the state from a URL query (a leading `?` is fine). Never fails: anything unknown or
    /// malformed is ignored.
    pub fn from_query(q: &str) -> Self {
        if q.len() > QUERY_MAX_BYTES {
            return Self::default();
        }
        let mut fields = Fields::default();
        for (key, raw) in query::pairs(q) {
            if let Ok(value) = query::decode(raw) {
                fields.read(key, &value);
            }
        }
        fields.into_state()
    }

    /// The state as a URL query (without `?`); defaults are left out, so the default is "".
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.sort != SortColumn::default() {
            parts.push(format!("sort={}", self.sort.slug()));
        }
        if self.direction != self.sort.default_direction() {
            parts.push(format!("dir={}", self.direction.slug()));
        }
        parts.extend(self.objective.map(|o| format!("objective={}", o.slug())));
        parts.extend(self.format.map(|f| format!("format={}", f.slug())));
        parts.extend(self.audience.map(audience_query));
        if !self.compare.is_empty() {
            let slugs: Vec<&str> = self.compare.iter().map(|p| p.slug()).collect();
            parts.push(format!("compare={}", slugs.join(",")));
        }
        parts.join("&")
    }

    /// What a click on a column heading does: the same column flips direction, another column
    /// starts in its own default direction.
    pub fn sort_by(&mut self, column: SortColumn) {
        if self.sort == column {
            self.direction = self.direction.toggled();
        } else {
            self.sort = column;
            self.direction = column.default_direction();
        }
    }

    /// Adds or removes a platform from the comparison. Returns false (and changes nothing) when
    /// adding would exceed [`MAX_COMPARE`].
    pub fn toggle_compare(&mut self, p: Platform) -> bool {
        if let Some(i) = self.compare.iter().position(|x| *x == p) {
            self.compare.remove(i);
            return true;
        }
        if self.compare.len() >= MAX_COMPARE {
            return false;
        }
        self.compare.push(p);
        true
    }

    /// The platforms to show side by side, once [`MIN_COMPARE`] to [`MAX_COMPARE`] are picked.
    pub fn comparison(&self) -> Option<Vec<&'static PlatformData>> {
        let ready = (MIN_COMPARE..=MAX_COMPARE).contains(&self.compare.len());
        ready.then(|| self.compare.iter().map(|p| p.data()).collect())
    }
}

fn audience_query(a: AudienceFilter) -> String {
    if a.min_percent == 0 {
        format!("age={}", a.age.slug())
    } else {
        format!("age={}&min={}", a.age.slug(), a.min_percent)
    }
}

/// The table rows for `state`: filtered, then sorted (ties and missing figures by name, missing
/// figures always last).
pub fn rows(state: &ExplorerState) -> Vec<&'static PlatformData> {
    let mut out: Vec<&'static PlatformData> =
        PLATFORMS.iter().filter(|d| passes(state, d)).collect();
    out.sort_by(|a, b| compare_rows(state, a, b));
    out
}

fn passes(state: &ExplorerState, d: &PlatformData) -> bool {
    state.objective.is_none_or(|o| d.serves(o))
        && state.format.is_none_or(|f| d.supports(f))
        && state
            .audience
            .is_none_or(|a| d.age(a.age).percent >= a.min_percent)
}

fn compare_rows(state: &ExplorerState, a: &PlatformData, b: &PlatformData) -> Ordering {
    let primary = match state.sort {
        SortColumn::Name => directed(state.direction, a.name().cmp(b.name())),
        column => by_value(state.direction, column.value(a), column.value(b)),
    };
    primary.then_with(|| a.name().cmp(b.name()))
}

fn directed(direction: SortDirection, ordering: Ordering) -> Ordering {
    match direction {
        SortDirection::Ascending => ordering,
        SortDirection::Descending => ordering.reverse(),
    }
}

/// Missing values sort last whichever the direction.
fn by_value(direction: SortDirection, a: Option<u8>, b: Option<u8>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => directed(direction, x.cmp(&y)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(state: &ExplorerState) -> Vec<Platform> {
        rows(state).iter().map(|d| d.platform).collect()
    }

    #[test]
    fn default_view_lists_every_platform_by_share_of_all_adults() {
        use Platform::*;
        let expected = [
            YouTube, Facebook, Instagram, Pinterest, TikTok, LinkedIn, WhatsApp, Snapchat, Reddit,
            X,
        ];
        assert_eq!(names(&ExplorerState::default()), expected);
        assert_eq!(ExplorerState::from_query(""), ExplorerState::default());
        assert_eq!(ExplorerState::default().to_query(), "");
    }

    #[test]
    fn filters_by_objective_format_and_audience() {
        let by = |q: &str| names(&ExplorerState::from_query(q));
        assert_eq!(by("objective=leads"), [Platform::LinkedIn]);
        assert_eq!(
            by("format=long-video&sort=name"),
            [Platform::Facebook, Platform::YouTube]
        );
        assert_eq!(
            by("age=65plus&min=50"),
            [Platform::YouTube, Platform::Facebook]
        );
        assert_eq!(by("age=18-29&min=60&sort=age-18-29").len(), 5);
        assert_eq!(
            by("age=18-29").len(),
            PLATFORMS.len(),
            "no minimum: nothing filtered"
        );
    }

    fn is_ordered<T: PartialOrd>(values: &[T], direction: SortDirection) -> bool {
        values.windows(2).all(|w| match direction {
            SortDirection::Ascending => w[0] <= w[1],
            SortDirection::Descending => w[0] >= w[1],
        })
    }

    #[test]
    fn every_column_sorts_both_ways_with_missing_figures_last() {
        for sort in SortColumn::all() {
            for direction in [SortDirection::Ascending, SortDirection::Descending] {
                let rows = rows(&ExplorerState {
                    sort,
                    direction,
                    ..ExplorerState::default()
                });
                assert_eq!(rows.len(), PLATFORMS.len());
                if sort == SortColumn::Name {
                    let names: Vec<&str> = rows.iter().map(|d| d.name()).collect();
                    assert!(is_ordered(&names, direction));
                    continue;
                }
                let values: Vec<Option<u8>> = rows.iter().map(|d| sort.value(d)).collect();
                let known = values.iter().take_while(|v| v.is_some()).count();
                assert!(values[known..].iter().all(Option::is_none), "{sort:?}");
                assert!(
                    is_ordered(&values[..known], direction),
                    "{sort:?} {direction:?}"
                );
            }
        }
    }

    #[test]
    fn sorting_gives_the_expected_leaders() {
        let first = |q: &str| names(&ExplorerState::from_query(q))[0];
        assert_eq!(first("sort=effort"), Platform::Pinterest);
        assert_eq!(first("sort=name"), Platform::Facebook);
        assert_eq!(first("sort=name&dir=desc"), Platform::YouTube);
        assert_eq!(first("sort=edu-college-plus"), Platform::YouTube);
        assert_eq!(first("sort=edu-college-plus&dir=asc"), Platform::Snapchat);
        assert_eq!(first("sort=teens&dir=asc"), Platform::X);
        assert_eq!(first("sort=age-65plus&dir=asc"), Platform::Reddit);
    }

    #[test]
    fn query_round_trips() {
        let states = [
            ExplorerState::from_query("sort=name&dir=desc&objective=sales&format=images"),
            ExplorerState::from_query("sort=community-rural&age=30-49&min=35&compare=x,reddit"),
            ExplorerState::from_query("sort=age-65plus&dir=asc&age=65plus&compare=youtube"),
        ];
        for s in states {
            assert_ne!(s, ExplorerState::default());
            assert_eq!(
                ExplorerState::from_query(&s.to_query()),
                s,
                "{}",
                s.to_query()
            );
            assert_eq!(ExplorerState::from_query(&format!("?{}", s.to_query())), s);
        }
        for column in SortColumn::all() {
            assert_eq!(SortColumn::from_slug(&column.slug()), Some(column));
        }
    }

    #[test]
    fn bad_or_unknown_values_fall_back_to_defaults() {
        let q = "sort=bogus&dir=up&objective=fame&format=&age=99&min=500&utm=x&%ZZ=1&\
                 compare=tiktok,myspace,tiktok,x,youtube,reddit";
        let s = ExplorerState::from_query(q);
        let expected = ExplorerState {
            compare: vec![Platform::TikTok, Platform::X, Platform::YouTube],
            ..ExplorerState::default()
        };
        assert_eq!(s, expected);
        let min_only = ExplorerState::from_query("age=50-64&min=abc");
        assert_eq!(
            min_only.audience,
            Some(AudienceFilter {
                age: AgeBand::From50To64,
                min_percent: 0
            })
        );
        assert_eq!(ExplorerState::from_query("min=40").audience, None);
        assert_eq!(
            ExplorerState::from_query("compare=%ZZ"),
            ExplorerState::default()
        );
        assert_eq!(
            ExplorerState::from_query(&"a".repeat(QUERY_MAX_BYTES + 1)),
            ExplorerState::default()
        );
        let encoded = ExplorerState::from_query("compare=tiktok%2Cinstagram");
        assert_eq!(encoded.compare, [Platform::TikTok, Platform::Instagram]);
    }

    #[test]
    fn clicking_headings_sorts_then_flips() {
        let mut s = ExplorerState::default();
        s.sort_by(SortColumn::AllAdults);
        assert_eq!(s.direction, SortDirection::Ascending);
        s.sort_by(SortColumn::Name);
        assert_eq!(
            (s.sort, s.direction),
            (SortColumn::Name, SortDirection::Ascending)
        );
        s.sort_by(SortColumn::Name);
        assert_eq!(s.direction, SortDirection::Descending);
        s.sort_by(SortColumn::Age(AgeBand::From65));
        assert_eq!(s.direction, SortDirection::Descending);
    }

    #[test]
    fn comparison_needs_two_to_three_platforms() {
        let mut s = ExplorerState::default();
        assert!(s.toggle_compare(Platform::TikTok));
        assert_eq!(s.comparison(), None);
        assert!(s.toggle_compare(Platform::Instagram));
        assert_eq!(s.comparison().map(|c| c.len()), Some(2));
        assert!(s.toggle_compare(Platform::YouTube));
        assert!(!s.toggle_compare(Platform::Snapchat), "a fourth is refused");
        assert_eq!(s.compare.len(), MAX_COMPARE);
        assert!(s.toggle_compare(Platform::TikTok), "removing always works");
        assert_eq!(s.compare, [Platform::Instagram, Platform::YouTube]);
    }
}

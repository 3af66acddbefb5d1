//! The platform explorer: a sortable, filterable table of [`PLATFORMS`] whose whole state lives
//! in the URL query, so a view can be bookmarked or shared.
//!
//! Reading a query never fails: unknown keys and bad values are ignored and fall back to the
//! defaults (sorted by share of all U.S. adults, largest first, no filters, nothing compared).

use crate::content::text::explorer as t;
use std::cmp::Ordering;

use crate::content::platforms::{
    AgeBand, Community, ContentFormat, Education, Platform, PlatformData, Share, Source, PEW_2023,
    PEW_2025, PEW_TEENS_2024, PLATFORMS,
};
use crate::domain::objective::MarketingObjective;
use crate::domain::query::{self, QUERY_MAX_BYTES};
use crate::domain::wording::{and_list, percent, percent_upto, thousands};

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
            SortColumn::Name => t::COLUMN_PLATFORM.to_string(),
            SortColumn::AllAdults => t::COLUMN_ALL_ADULTS.to_string(),
            SortColumn::Age(b) => t::column_ages(b.label()),
            SortColumn::Education(e) => e.label().to_string(),
            SortColumn::Community(c) => c.label().to_string(),
            SortColumn::Teens => t::COLUMN_TEENS.to_string(),
            SortColumn::Effort => t::COLUMN_EFFORT.to_string(),
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
    crate::domain::sort::sort_by(&mut out, &|a, b| compare_rows(state, a, b));
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

// ---------------------------------------------------------------------------------------------
// What the view shows: columns, sort wording, sources
// ---------------------------------------------------------------------------------------------

/// The sortable columns of the main table, in table order (the other columns stay in the
/// comparison and in the "Sort by" list).
pub const TABLE_COLUMNS: [SortColumn; 7] = [
    SortColumn::Name,
    SortColumn::AllAdults,
    SortColumn::Age(AgeBand::From18To29),
    SortColumn::Age(AgeBand::From30To49),
    SortColumn::Age(AgeBand::From50To64),
    SortColumn::Age(AgeBand::From65),
    SortColumn::Effort,
];

impl SortColumn {
    /// What each direction means for this column: "A to Z", "largest first", "lowest first".
    pub fn direction_label(self, direction: SortDirection) -> &'static str {
        match (self, direction) {
            (SortColumn::Name, SortDirection::Ascending) => t::A_TO_Z,
            (SortColumn::Name, SortDirection::Descending) => t::Z_TO_A,
            (SortColumn::Effort, SortDirection::Ascending) => t::LOWEST_FIRST,
            (SortColumn::Effort, SortDirection::Descending) => t::HIGHEST_FIRST,
            (_, SortDirection::Ascending) => t::SMALLEST_FIRST,
            (_, SortDirection::Descending) => t::LARGEST_FIRST,
        }
    }
}

impl SortDirection {
    /// The value of `aria-sort` on a sorted column heading.
    pub fn aria(self) -> &'static str {
        match self {
            SortDirection::Ascending => "ascending",
            SortDirection::Descending => "descending",
        }
    }
}

impl ExplorerState {
    /// `aria-sort` for a column heading: only the sorted column has one.
    pub fn aria_sort(&self, column: SortColumn) -> Option<&'static str> {
        (self.sort == column).then(|| self.direction.aria())
    }

    /// Whether any filter is on.
    pub fn filtered(&self) -> bool {
        self.objective.is_some() || self.format.is_some() || self.audience.is_some()
    }

    /// One sentence for the live status line: "Showing 4 of 10 platforms, sorted by Ages 65+,
    /// largest first."
    pub fn summary(&self, shown: usize) -> String {
        t::summary(
            shown,
            PLATFORMS.len(),
            self.sort.label(),
            self.sort.direction_label(self.direction),
        )
    }

    /// The message for a platform the comparison refused (see [`ExplorerState::toggle_compare`]).
    pub fn refusal(&self, p: Platform) -> String {
        let names: Vec<&str> = self.compare.iter().map(|c| c.name()).collect();
        t::refusal(p.name(), MAX_COMPARE, and_list(&names))
    }
}

/// Reads the "used by at least this %" box: empty means 0, a number is rounded and kept within
/// 0–100, anything else keeps `previous`.
pub fn parse_min_percent(text: &str, previous: u8) -> u8 {
    let text = text.trim();
    if text.is_empty() {
        return 0;
    }
    // A decimal comma, as French writes it ("12,5"), reads as a point.
    match crate::domain::decimal::parse_decimal(&text.replace(',', ".")) {
        Some(v) if v.is_finite() => v.round().clamp(0.0, 100.0) as u8,
        _ => previous,
    }
}

/// A full source line for a table or chart: publisher, title, survey year, sample, fieldwork,
/// publication date and, where known, the margin of error.
pub fn source_line(s: &Source) -> String {
    let mut details = match s.sample {
        Some(sample) => {
            let mut d = vec![t::survey_of(
                s.year,
                thousands(sample.size),
                sample.population,
            )];
            d.extend(s.fieldwork.map(t::fieldwork));
            d
        }
        None => vec![s
            .fieldwork
            .map_or_else(|| t::figures_for(s.year), str::to_string)],
    };
    details.push(t::published(s.published));
    let mut line = t::source_line(s.publisher, s.title, details.join(t::SEPARATOR));
    if let Some(moe) = s.margin_of_error {
        line.push_str(&t::margin_of_error(moe));
    }
    line
}

/// "Awareness, Community and loyalty" for the objectives column.
pub fn objectives_text(d: &PlatformData) -> String {
    let labels: Vec<&str> = d.best_for.iter().map(|o| o.label()).collect();
    labels.join(", ")
}

/// "Short video, Images, …" for the formats column.
pub fn formats_text(d: &PlatformData) -> String {
    let labels: Vec<&str> = d.formats.iter().map(|f| f.label()).collect();
    labels.join(", ")
}

// ---------------------------------------------------------------------------------------------
// Side-by-side comparison
// ---------------------------------------------------------------------------------------------

/// Where the figures of one comparison row come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowSource {
    /// Every cell comes from this source (its short citation, naming the year).
    One(&'static str),
    /// Each cell names its own source.
    PerCell,
    /// The course's judgement, not a measured figure.
    Judgement,
}

impl RowSource {
    pub fn text(&self) -> &'static str {
        match self {
            RowSource::One(citation) => citation,
            RowSource::PerCell => t::SOURCE_PER_CELL,
            RowSource::Judgement => t::SOURCE_JUDGEMENT,
        }
    }
}

/// One line of the comparison table: a measure and one cell per compared platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    pub measure: String,
    pub cells: Vec<String>,
    pub source: RowSource,
}

fn percent_cell(share: Option<Share>) -> String {
    share.map_or_else(|| t::NOT_PUBLISHED.to_string(), |s| percent(s.percent, 0))
}

fn row(measure: String, source: RowSource, cells: Vec<String>) -> ComparisonRow {
    ComparisonRow {
        measure,
        cells,
        source,
    }
}

/// Every figure and judgement the course holds for `platforms`, one row per measure.
pub fn comparison_rows(platforms: &[&'static PlatformData]) -> Vec<ComparisonRow> {
    let cells = |f: &dyn Fn(&'static PlatformData) -> String| -> Vec<String> {
        platforms.iter().map(|d| f(d)).collect()
    };
    let pew23 = RowSource::One(PEW_2023.citation);
    let mut out = vec![row(
        t::ALL_ADULTS_2023.into(),
        pew23.clone(),
        cells(&|d| percent_cell(Some(d.all_adults()))),
    )];
    for band in AgeBand::ALL {
        out.push(row(
            t::ages_2023(band.label()),
            pew23.clone(),
            cells(&|d| percent_cell(Some(d.age(band)))),
        ));
    }
    for e in Education::ALL {
        out.push(row(
            t::measure_2023(e.label()),
            pew23.clone(),
            cells(&|d| percent_cell(Some(d.education(e)))),
        ));
    }
    for c in Community::ALL {
        out.push(row(
            t::measure_2023(c.label()),
            pew23.clone(),
            cells(&|d| percent_cell(Some(d.community(c)))),
        ));
    }
    out.extend(newer_rows(&cells));
    out.extend(judgement_rows(&cells));
    out
}

type Cells<'a> = dyn Fn(&dyn Fn(&'static PlatformData) -> String) -> Vec<String> + 'a;

fn newer_rows(cells: &Cells) -> Vec<ComparisonRow> {
    vec![
        row(
            t::ALL_ADULTS_2025.into(),
            RowSource::One(PEW_2025.citation),
            cells(&|d| percent_cell(d.all_adults_2025())),
        ),
        row(
            t::TEENS_2024.into(),
            RowSource::One(PEW_TEENS_2024.citation),
            cells(&|d| percent_cell(d.teens())),
        ),
        row(
            t::WOMEN_MEN.into(),
            RowSource::PerCell,
            cells(&|d| match &d.gender {
                Some(g) => {
                    t::women_men_cell(percent(g.women, 0), percent(g.men, 0), g.source.citation)
                }
                None => t::NO_FIGURE.into(),
            }),
        ),
        row(
            t::USERS_WORLDWIDE.into(),
            RowSource::PerCell,
            cells(&|d| match &d.global_scale {
                Some(g) => t::users_cell(g.display(), g.measure, g.as_of, g.source.citation),
                None => t::NO_FIGURE.into(),
            }),
        ),
        row(
            t::MEDIAN_ENGAGEMENT.into(),
            RowSource::PerCell,
            cells(&|d| match &d.engagement {
                Some(e) => format!("{} ({})", percent_upto(e.percent, 6), e.source.citation),
                None => t::NO_FIGURE.into(),
            }),
        ),
        row(
            t::ENGAGEMENT_CHANGE.into(),
            RowSource::PerCell,
            cells(&|d| match &d.engagement_change {
                Some(c) => format!("{} ({})", signed_percent(c.percent), c.source.citation),
                None => t::NO_FIGURE.into(),
            }),
        ),
    ]
}

/// "−36%" with a true minus sign, "+5%", "0%" (`−36 %` in French).
fn signed_percent(n: i16) -> String {
    let sign = match n.cmp(&0) {
        Ordering::Less => "−",
        Ordering::Greater => "+",
        Ordering::Equal => "",
    };
    format!("{sign}{}", percent(n.unsigned_abs(), 0))
}

fn judgement_rows(cells: &Cells) -> Vec<ComparisonRow> {
    let j = || RowSource::Judgement;
    vec![
        row(
            t::COLUMN_EFFORT.into(),
            j(),
            cells(&|d| t::effort_hours(d.effort.label(), d.effort.hours_per_week())),
        ),
        row(t::B2C_FIT.into(), j(), cells(&|d| d.b2c.label().into())),
        row(t::B2B_FIT.into(), j(), cells(&|d| d.b2b.label().into())),
        row(t::BEST_FOR.into(), j(), cells(&|d| objectives_text(d))),
        row(t::FORMATS.into(), j(), cells(&|d| formats_text(d))),
        row(
            t::SELLS_ADS.into(),
            j(),
            cells(&|d| if d.sells_ads { t::YES } else { t::NO }.into()),
        ),
        row(t::MAIN_CAUTION.into(), j(), cells(&|d| d.caution.into())),
    ]
}

// ---------------------------------------------------------------------------------------------
// Charts: geometry only (the view draws it)
// ---------------------------------------------------------------------------------------------

/// Which platforms the bar chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartBasis {
    /// The platforms picked for comparison.
    Compared,
    /// Nothing is picked: the first rows of the table as it is sorted and filtered.
    TopRows,
}

/// Most platforms the bar chart shows when nothing is picked for comparison.
pub const CHART_TOP_ROWS: usize = 3;

/// The platforms for the usage-by-age bar chart and why they were chosen.
pub fn chart_platforms(state: &ExplorerState) -> (Vec<&'static PlatformData>, ChartBasis) {
    if state.compare.is_empty() {
        let top = rows(state).into_iter().take(CHART_TOP_ROWS).collect();
        (top, ChartBasis::TopRows)
    } else {
        let picked = state.compare.iter().map(|p| p.data()).collect();
        (picked, ChartBasis::Compared)
    }
}

/// SVG width of both charts, in user units (they scale to fit).
pub const CHART_WIDTH: f64 = 640.0;
/// SVG height of the bar chart.
pub const BAR_CHART_HEIGHT: f64 = 300.0;
const BAR_LEFT: f64 = 64.0;
const BAR_RIGHT: f64 = 12.0;
const BAR_TOP: f64 = 24.0;
const BAR_BOTTOM: f64 = 40.0;
/// Share of a group's width left as space between groups.
const GROUP_GAP: f64 = 0.25;

/// One bar: a platform's share in one age band.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Index of the platform in the chart's list (for colour and pattern).
    pub series: usize,
    pub platform: Platform,
    pub percent: u8,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// The bars for one age band.
#[derive(Clone, Debug, PartialEq)]
pub struct BarGroup {
    pub band: AgeBand,
    /// Centre of the group, for its label.
    pub label_x: f64,
    pub bars: Vec<Bar>,
}

/// A horizontal grid line of the value axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub percent: u8,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub width: f64,
    pub height: f64,
    /// Left and right ends of the plot area.
    pub plot_left: f64,
    pub plot_right: f64,
    /// The value-axis baseline (0%).
    pub baseline: f64,
    /// Where the age-band labels go.
    pub label_y: f64,
    pub ticks: Vec<Tick>,
    pub groups: Vec<BarGroup>,
}

/// Grouped bars of use by age band (Pew 2023), one bar per platform in each band, on a fixed
/// 0–100% axis so charts stay comparable.
pub fn grouped_bars(platforms: &[&'static PlatformData]) -> BarChart {
    let (width, height) = (CHART_WIDTH, BAR_CHART_HEIGHT);
    let plot_w = width - BAR_LEFT - BAR_RIGHT;
    let plot_h = height - BAR_TOP - BAR_BOTTOM;
    let baseline = BAR_TOP + plot_h;
    let y_of = |percent: u8| baseline - plot_h * f64::from(percent.min(100)) / 100.0;
    let group_w = plot_w / AgeBand::ALL.len() as f64;
    let inner = group_w * (1.0 - GROUP_GAP);
    let bar_w = inner / platforms.len().max(1) as f64;
    let groups = AgeBand::ALL
        .iter()
        .enumerate()
        .map(|(g, band)| {
            let start = BAR_LEFT + group_w * g as f64 + (group_w - inner) / 2.0;
            let bars = platforms
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let percent = d.age(*band).percent;
                    let y = y_of(percent);
                    Bar {
                        series: i,
                        platform: d.platform,
                        percent,
                        x: start + bar_w * i as f64,
                        y,
                        width: bar_w,
                        height: baseline - y,
                    }
                })
                .collect();
            BarGroup {
                band: *band,
                label_x: BAR_LEFT + group_w * (g as f64 + 0.5),
                bars,
            }
        })
        .collect();
    BarChart {
        width,
        height,
        plot_left: BAR_LEFT,
        plot_right: width - BAR_RIGHT,
        baseline,
        label_y: baseline + 24.0,
        ticks: [0, 25, 50, 75, 100]
            .into_iter()
            .map(|percent| Tick {
                percent,
                y: y_of(percent),
            })
            .collect(),
        groups,
    }
}

/// How many shades the heat map uses.
pub const HEAT_LEVELS: u8 = 5;

/// The shade of a heat-map cell: 0 for under 20%, then one step per 20 points, 4 for 80% and up.
pub fn heat_level(percent: u8) -> u8 {
    (percent.min(100) / 20).min(HEAT_LEVELS - 1)
}

/// "Under 20%", "20–39%", …, "80% or more": the legend of each shade.
pub fn heat_level_label(level: u8) -> String {
    match level {
        0 => t::UNDER_20_PERCENT.to_string(),
        l if l >= HEAT_LEVELS - 1 => t::percent_or_more(u16::from(HEAT_LEVELS - 1) * 20),
        l => t::percent_range(u16::from(l) * 20, u16::from(l) * 20 + 19),
    }
}

const HEAT_LABEL_W: f64 = 140.0;
const HEAT_HEADER_H: f64 = 32.0;
const HEAT_ROW_H: f64 = 30.0;

#[derive(Clone, Debug, PartialEq)]
pub struct HeatCell {
    pub band: AgeBand,
    pub percent: u8,
    pub level: u8,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    pub platform: Platform,
    /// Baseline of the row's name, centred on the row.
    pub label_y: f64,
    pub cells: Vec<HeatCell>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeatMap {
    pub width: f64,
    pub height: f64,
    /// Right edge of the platform names.
    pub label_right: f64,
    /// Centre x of each age-band column, for its heading.
    pub columns: Vec<(AgeBand, f64)>,
    pub header_y: f64,
    pub rows: Vec<HeatRow>,
}

/// A platform-by-age grid of Pew 2023 shares, one row per platform in the order given.
pub fn heat_map(platforms: &[&'static PlatformData]) -> HeatMap {
    let cell_w = (CHART_WIDTH - HEAT_LABEL_W) / AgeBand::ALL.len() as f64;
    let rows = platforms
        .iter()
        .enumerate()
        .map(|(r, d)| {
            let y = HEAT_HEADER_H + HEAT_ROW_H * r as f64;
            let cells = AgeBand::ALL
                .iter()
                .enumerate()
                .map(|(c, band)| {
                    let percent = d.age(*band).percent;
                    HeatCell {
                        band: *band,
                        percent,
                        level: heat_level(percent),
                        x: HEAT_LABEL_W + cell_w * c as f64,
                        y,
                        width: cell_w,
                        height: HEAT_ROW_H,
                    }
                })
                .collect();
            HeatRow {
                platform: d.platform,
                label_y: y + HEAT_ROW_H / 2.0,
                cells,
            }
        })
        .collect();
    HeatMap {
        width: CHART_WIDTH,
        height: HEAT_HEADER_H + HEAT_ROW_H * platforms.len() as f64,
        label_right: HEAT_LABEL_W - 8.0,
        columns: AgeBand::ALL
            .iter()
            .enumerate()
            .map(|(c, band)| (*band, HEAT_LABEL_W + cell_w * (c as f64 + 0.5)))
            .collect(),
        header_y: HEAT_HEADER_H / 2.0,
        rows,
    }
}

/// A coordinate for an SVG attribute: one decimal, never NaN or infinite.
pub fn svg_num(v: f64) -> String {
    if v.is_finite() {
        let s = crate::domain::wording::fixed_machine(v, 1).unwrap_or_default();
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    } else {
        "0".to_string()
    }
}

/// One sentence describing the bar chart, for its text alternative.
pub fn bar_chart_description(platforms: &[&'static PlatformData]) -> String {
    let parts: Vec<String> = platforms
        .iter()
        .map(|d| {
            let bands: Vec<String> = AgeBand::ALL
                .iter()
                .map(|b| t::band_share(b.label(), percent(d.age(*b).percent, 0)))
                .collect();
            t::platform_shares(d.name(), bands.join(", "))
        })
        .collect();
    t::age_shares(parts.join(t::SEPARATOR))
}

/// One sentence describing the heat map: the highest and lowest cell.
pub fn heat_map_description(platforms: &[&'static PlatformData]) -> String {
    let cells = platforms
        .iter()
        .flat_map(|d| AgeBand::ALL.iter().map(move |b| (d, *b, d.age(*b).percent)));
    let max = cells.clone().max_by_key(|c| c.2);
    let min = cells.min_by_key(|c| c.2);
    match (max, min) {
        (Some(hi), Some(lo)) => t::heat_map(
            platforms.len(),
            hi.0.name(),
            hi.1.label(),
            hi.2,
            lo.0.name(),
            lo.1.label(),
            lo.2,
        ),
        _ => t::GRID_EMPTY.to_string(),
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

    #[test]
    fn aria_sort_marks_only_the_sorted_column() {
        let mut s = ExplorerState::default();
        assert_eq!(s.aria_sort(SortColumn::AllAdults), Some("descending"));
        assert_eq!(s.aria_sort(SortColumn::Name), None);
        s.sort_by(SortColumn::Name);
        assert_eq!(s.aria_sort(SortColumn::Name), Some("ascending"));
        let marked = TABLE_COLUMNS
            .iter()
            .filter(|c| s.aria_sort(**c).is_some())
            .count();
        assert_eq!(marked, 1);
        assert_eq!(
            ExplorerState::from_query("sort=age-65plus&dir=asc").summary(10),
            "Showing 10 of 10 platforms, sorted by Ages 65+, smallest first."
        );
    }

    #[test]
    fn a_refused_fourth_platform_is_explained() {
        let mut s = ExplorerState::from_query("compare=tiktok,x,youtube");
        assert!(!s.toggle_compare(Platform::Reddit));
        assert_eq!(
            s.refusal(Platform::Reddit),
            "Reddit was not added: you can compare at most 3 platforms at once. Untick one of \
             TikTok, X (Twitter) and YouTube first."
        );
    }

    #[test]
    fn source_lines_name_sample_fieldwork_and_margin_where_known() {
        assert_eq!(
            source_line(&PEW_2023),
            "Source: Pew Research Center, “Americans' Social Media Use” (2023 survey of 5,733 \
             U.S. adults; fieldwork 2023-05-19 to 2023-09-05; published 2024-01-31)."
        );
        let newer = source_line(&PEW_2025);
        assert!(newer.contains("5,022 U.S. adults") && newer.ends_with("65+ (n=1,813) ±3.0."));
        assert!(
            source_line(&crate::content::platforms::RIVAL_IQ_2024).starts_with(
                "Source: Rival IQ, “2024 Social Media Industry Benchmark Report” (2023 data;"
            )
        );
        assert!(
            source_line(&crate::content::platforms::META_Q4_2023).contains("(figures for 2023;")
        );
    }

    #[test]
    fn comparison_rows_carry_a_source_and_one_cell_per_platform() {
        let picked = [Platform::TikTok.data(), Platform::LinkedIn.data()];
        let rows = comparison_rows(&picked);
        assert!(rows.len() >= 20);
        for r in &rows {
            assert_eq!(r.cells.len(), 2, "{}", r.measure);
            assert!(!r.source.text().is_empty());
            if r.cells.iter().any(|c| c.contains('%')) && r.source == RowSource::PerCell {
                for c in r.cells.iter().filter(|c| c.contains('%')) {
                    assert!(c.contains("20"), "a cell without its source year: {c}");
                }
            }
        }
        let first = &rows[0];
        assert_eq!(first.cells, ["33%", "30%"]);
        assert_eq!(
            first.source,
            RowSource::One("Pew Research Center, 2023 survey")
        );
        let gender = rows.iter().find(|r| r.measure == "Women / men").unwrap();
        assert_eq!(
            gender.cells,
            [
                "40% / 25% (Pew Research Center, 2023 survey)",
                "No figure held"
            ]
        );
        let change = rows
            .iter()
            .find(|r| r.measure.starts_with("Engagement change"))
            .unwrap();
        assert!(change.cells[0].starts_with("−34% (Rival IQ 2025"));
        let newer = rows.iter().find(|r| r.measure.contains("2025")).unwrap();
        assert_eq!(newer.cells, ["37%", "Not published"]);
    }

    #[test]
    fn the_bar_chart_uses_the_compared_platforms_or_the_top_rows() {
        let (top, basis) = chart_platforms(&ExplorerState::default());
        assert_eq!(basis, ChartBasis::TopRows);
        let names: Vec<Platform> = top.iter().map(|d| d.platform).collect();
        assert_eq!(
            names,
            [Platform::YouTube, Platform::Facebook, Platform::Instagram]
        );
        let s = ExplorerState::from_query("compare=reddit,x&objective=leads");
        let (picked, basis) = chart_platforms(&s);
        assert_eq!(basis, ChartBasis::Compared);
        assert_eq!(picked.len(), 2, "filters never hide a compared platform");
    }

    #[test]
    fn bars_stand_on_the_baseline_inside_the_plot_and_scale_with_the_figure() {
        for n in 0..=MAX_COMPARE {
            let platforms: Vec<&'static PlatformData> = PLATFORMS.iter().take(n).collect();
            let chart = grouped_bars(&platforms);
            assert_eq!(chart.groups.len(), 4);
            for g in &chart.groups {
                assert_eq!(g.bars.len(), n);
                for b in &g.bars {
                    for v in [b.x, b.y, b.width, b.height] {
                        assert!(v.is_finite() && v >= 0.0);
                    }
                    assert!((b.y + b.height - chart.baseline).abs() < 1e-9);
                    assert!(b.x >= chart.plot_left && b.x + b.width <= chart.plot_right + 1e-9);
                    let full = chart.baseline - chart.ticks[4].y;
                    assert!((b.height - full * f64::from(b.percent) / 100.0).abs() < 1e-9);
                }
            }
        }
        let chart = grouped_bars(&[Platform::YouTube.data()]);
        assert_eq!(chart.groups[0].bars[0].percent, 93);
        assert_eq!(
            chart.ticks.iter().map(|t| t.percent).collect::<Vec<_>>(),
            [0, 25, 50, 75, 100]
        );
    }

    #[test]
    fn heat_map_has_one_cell_per_platform_and_band_with_its_shade() {
        let all: Vec<&'static PlatformData> = PLATFORMS.iter().collect();
        let map = heat_map(&all);
        assert_eq!(map.rows.len(), PLATFORMS.len());
        for (row, d) in map.rows.iter().zip(&all) {
            assert_eq!(row.cells.len(), 4);
            for c in &row.cells {
                assert_eq!(c.percent, d.age(c.band).percent);
                assert!(c.y + c.height <= map.height + 1e-9 && c.x + c.width <= map.width + 1e-9);
            }
        }
        assert_eq!(
            [0, 19, 20, 39, 40, 79, 80, 100, 255].map(heat_level),
            [0, 0, 1, 1, 2, 3, 4, 4, 4]
        );
        assert_eq!(heat_level_label(0), "Under 20%");
        assert_eq!(heat_level_label(2), "40–59%");
        assert_eq!(heat_level_label(4), "80% or more");
        assert!(heat_map(&[]).rows.is_empty());
        assert!(heat_map_description(&[]).contains("empty"));
        let text = heat_map_description(&all);
        assert!(
            text.contains("Highest: YouTube among ages 18–29 (93%)"),
            "{text}"
        );
        assert!(
            text.contains("Lowest: Reddit among ages 65+ (3%)"),
            "{text}"
        );
    }

    #[test]
    fn svg_numbers_are_short_and_never_nan() {
        assert_eq!(svg_num(12.0), "12");
        assert_eq!(svg_num(12.345), "12.3");
        assert_eq!(svg_num(f64::NAN), "0");
        assert_eq!(svg_num(f64::INFINITY), "0");
        let text = bar_chart_description(&[Platform::Snapchat.data()]);
        assert_eq!(
            text,
            "Share of U.S. adults in each age band who use each platform. Snapchat: 18–29 65%, \
             30–49 30%, 50–64 13%, 65+ 4%."
        );
    }

    #[test]
    fn the_minimum_share_box_is_read_leniently_and_kept_in_range() {
        assert_eq!(parse_min_percent("12,5", 40), 13);
        assert_eq!(parse_min_percent("", 40), 0);
        assert_eq!(parse_min_percent(" 35 ", 0), 35);
        assert_eq!(parse_min_percent("150", 0), 100);
        assert_eq!(parse_min_percent("-5", 20), 0);
        assert_eq!(parse_min_percent("12.6", 0), 13);
        assert_eq!(parse_min_percent("abc", 20), 20);
        assert_eq!(parse_min_percent("NaN", 20), 20);
        assert_eq!(parse_min_percent("inf", 20), 20);
    }
}

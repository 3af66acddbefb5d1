//! Platform facts for the explorer and the recommender: a typed copy of `platform-usage.md`.
//!
//! Everything here is `'static` data compiled into the app; nothing is allocated at startup.
//! Every number carries a [`Source`] (through the struct that holds it, and through the
//! accessors on [`PlatformData`], which hand out [`Share`]s with their source attached).
//!
//! Cells marked "(verify)" in the fact sheet are left out on purpose: the 2025 Pew age cells other
//! than the three confirmed ones, the 2023 gender cells other than TikTok's, and the Instagram and X
//! engagement rates. The tests at the bottom parse the fact sheet and check every figure here
//! against it, so a typo cannot slip in.
//!
//! Fields that are judgement rather than data (formats, objectives, B2B/B2C fit, effort, caution)
//! are the course's own assessment and must be presented as such.

use serde::{Deserialize, Serialize};

use crate::content::text::labels as l;
use crate::domain::objective::MarketingObjective;

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/// Who was asked, and how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    pub size: u32,
    /// "U.S. adults", "U.S. teens aged 13–17".
    pub population: &'static str,
}

/// Where a figure comes from.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub publisher: &'static str,
    pub title: &'static str,
    /// Publication date, ISO 8601 to the precision known ("2024-01-31", "2025-02", "2024").
    pub published: &'static str,
    /// The year the figures describe: survey fieldwork, benchmark data year or company figure date.
    pub year: u16,
    /// When the survey was in the field, where known.
    pub fieldwork: Option<&'static str>,
    pub sample: Option<Sample>,
    pub margin_of_error: Option<&'static str>,
    pub url: Option<&'static str>,
    /// Short citation for running text, always naming the year: "Pew Research Center, 2023 survey".
    pub citation: &'static str,
    /// Anything a reader must know to use the figures correctly.
    pub note: Option<&'static str>,
}

/// Pew Research Center, "Americans' Social Media Use" (fact sheet section A).
pub static PEW_2023: Source = Source {
    publisher: "Pew Research Center",
    title: "Americans' Social Media Use",
    published: "2024-01-31",
    year: 2023,
    fieldwork: Some(l::FIELDWORK_PEW_2023),
    sample: Some(Sample {
        size: 5_733,
        population: l::POPULATION_US_ADULTS,
    }),
    margin_of_error: None,
    url: Some("https://www.pewresearch.org/internet/2024/01/31/americans-social-media-use/"),
    citation: l::CITATION_PEW_2023,
    note: Some("Share of U.S. adults who say they ever use each platform."),
};

/// Pew Research Center, "Americans' Social Media Use 2025" (fact sheet section B).
pub static PEW_2025: Source = Source {
    publisher: "Pew Research Center",
    title: "Americans' Social Media Use 2025",
    published: "2025-11-20",
    year: 2025,
    fieldwork: Some(l::FIELDWORK_PEW_2025),
    sample: Some(Sample {
        size: 5_022,
        population: l::POPULATION_US_ADULTS,
    }),
    margin_of_error: Some(l::MARGIN_PEW_2025),
    url: Some("https://www.pewresearch.org/internet/2025/11/20/americans-social-media-use-2025/"),
    citation: l::CITATION_PEW_2025,
    note: Some("Only the cells confirmed in the fact sheet are included."),
};

/// Pew Research Center, "Social Media Use in 2021": the source of the Pinterest gender figures.
pub static PEW_2021: Source = Source {
    publisher: "Pew Research Center",
    title: "Social Media Use in 2021",
    published: "2021-04-07",
    year: 2021,
    fieldwork: Some(l::FIELDWORK_PEW_2021),
    sample: Some(Sample {
        size: 1_502,
        population: l::POPULATION_US_ADULTS,
    }),
    margin_of_error: Some(l::MARGIN_PEW_2021),
    url: Some("https://www.pewresearch.org/internet/2021/04/07/social-media-use-in-2021/"),
    citation: l::CITATION_PEW_2021,
    note: Some("An older survey than the 2023 figures; label it when shown beside them."),
};

/// Pew Research Center, "Teens, Social Media and Technology 2024" (fact sheet section C).
pub static PEW_TEENS_2024: Source = Source {
    publisher: "Pew Research Center",
    title: "Teens, Social Media and Technology 2024",
    published: "2024-12-12",
    year: 2024,
    fieldwork: Some(l::FIELDWORK_PEW_TEENS_2024),
    sample: Some(Sample {
        size: 1_391,
        population: l::POPULATION_US_TEENS,
    }),
    margin_of_error: None,
    url: Some(
        "https://www.pewresearch.org/internet/2024/12/12/teens-social-media-and-technology-2024/",
    ),
    citation: l::CITATION_PEW_TEENS_2024,
    note: None,
};

/// Meta's results for Q4 2023: the last stand-alone Facebook user figure.
pub static META_Q4_2023: Source = Source {
    publisher: "Meta",
    title: "Meta Reports Fourth Quarter and Full Year 2023 Results",
    published: "2024-02-01",
    year: 2023,
    fieldwork: None,
    sample: None,
    margin_of_error: None,
    url: Some("https://investor.atmeta.com/"),
    citation: l::CITATION_META_2023,
    note: Some(
        "Company disclosure; Meta stopped reporting Facebook on its own after this quarter.",
    ),
};

/// Meta's announcement of Instagram's 3 billion monthly users.
pub static META_INSTAGRAM_2025: Source = Source {
    publisher: "Meta",
    title: "Instagram monthly active users announcement",
    published: "2025-09",
    year: 2025,
    fieldwork: None,
    sample: None,
    margin_of_error: None,
    url: None,
    citation: l::CITATION_META_INSTAGRAM_2025,
    note: Some("Company disclosure."),
};

/// YouTube's own figure, first announced at Brandcast in May 2019 and still quoted as a floor.
pub static YOUTUBE_2019: Source = Source {
    publisher: "YouTube",
    title: "YouTube for Press",
    published: "2019-05",
    year: 2019,
    fieldwork: None,
    sample: None,
    margin_of_error: None,
    url: Some("https://blog.youtube/press/"),
    citation: l::CITATION_YOUTUBE_2019,
    note: Some("Company disclosure; counts logged-in users only."),
};

/// TikTok's announcement that it passed 1 billion monthly users.
pub static TIKTOK_2021: Source = Source {
    publisher: "TikTok",
    title: "TikTok newsroom: 1 billion monthly users",
    published: "2021-09-27",
    year: 2021,
    fieldwork: None,
    sample: None,
    margin_of_error: None,
    url: Some("https://newsroom.tiktok.com/"),
    citation: l::CITATION_TIKTOK_2021,
    note: Some("Company floor figure; TikTok has not published a newer global total."),
};

/// Microsoft's quarterly update confirming 1 billion LinkedIn members.
pub static LINKEDIN_2024: Source = Source {
    publisher: "Microsoft",
    title: "Microsoft quarterly results, FY2024 Q2 (LinkedIn members)",
    published: "2024-01",
    year: 2024,
    fieldwork: None,
    sample: None,
    margin_of_error: None,
    url: Some("https://www.microsoft.com/en-us/investor"),
    citation: l::CITATION_LINKEDIN_2024,
    note: Some("Registered members, not active users."),
};

/// DataReportal / Kepios, "Digital 2025 Global Overview Report".
pub static DATAREPORTAL_2025: Source = Source {
    publisher: "DataReportal / Kepios",
    title: "Digital 2025 Global Overview Report",
    published: "2025-02",
    year: 2025,
    fieldwork: None,
    sample: None,
    margin_of_error: None,
    url: Some("https://datareportal.com/reports/digital-2025-global-overview-report"),
    citation: l::CITATION_DATAREPORTAL_2025,
    note: Some("User identities, which may not be unique individuals."),
};

/// Rival IQ, 2024 Social Media Industry Benchmark Report (2023 data).
pub static RIVAL_IQ_2024: Source = Source {
    publisher: "Rival IQ",
    title: "2024 Social Media Industry Benchmark Report",
    published: "2024",
    year: 2023,
    fieldwork: Some(l::FIELDWORK_RIVAL_IQ_2024),
    sample: None,
    margin_of_error: None,
    url: Some("https://www.rivaliq.com/blog/social-media-industry-benchmark-report/"),
    citation: l::CITATION_RIVAL_IQ_2024,
    note: Some("Median engagements per post ÷ followers; never compare with other sources' rates."),
};

/// Rival IQ, 2025 Social Media Industry Benchmark Report (2024 data against 2023).
pub static RIVAL_IQ_2025: Source = Source {
    publisher: "Rival IQ",
    title: "2025 Social Media Industry Benchmark Report",
    published: "2025",
    year: 2024,
    fieldwork: Some(l::FIELDWORK_RIVAL_IQ_2025),
    sample: None,
    margin_of_error: None,
    url: Some("https://www.rivaliq.com/blog/social-media-industry-benchmark-report/"),
    citation: l::CITATION_RIVAL_IQ_2025,
    note: Some("Year-on-year change in engagement; methods differ from other benchmarks."),
};

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/// The platforms the course covers, in the order of [`PLATFORMS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    Facebook,
    X,
    Instagram,
    TikTok,
    LinkedIn,
    Pinterest,
    YouTube,
    Snapchat,
    WhatsApp,
    Reddit,
}

impl Platform {
    pub const ALL: [Platform; 10] = [
        Platform::Facebook,
        Platform::X,
        Platform::Instagram,
        Platform::TikTok,
        Platform::LinkedIn,
        Platform::Pinterest,
        Platform::YouTube,
        Platform::Snapchat,
        Platform::WhatsApp,
        Platform::Reddit,
    ];

    /// Stable short name, used in URLs and stored data.
    pub fn slug(self) -> &'static str {
        match self {
            Platform::Facebook => "facebook",
            Platform::X => "x",
            Platform::Instagram => "instagram",
            Platform::TikTok => "tiktok",
            Platform::LinkedIn => "linkedin",
            Platform::Pinterest => "pinterest",
            Platform::YouTube => "youtube",
            Platform::Snapchat => "snapchat",
            Platform::WhatsApp => "whatsapp",
            Platform::Reddit => "reddit",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == s)
    }

    /// Display name.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Facebook => "Facebook",
            Platform::X => "X (Twitter)",
            Platform::Instagram => "Instagram",
            Platform::TikTok => "TikTok",
            Platform::LinkedIn => "LinkedIn",
            Platform::Pinterest => "Pinterest",
            Platform::YouTube => "YouTube",
            Platform::Snapchat => "Snapchat",
            Platform::WhatsApp => "WhatsApp",
            Platform::Reddit => "Reddit",
        }
    }

    /// The facts about this platform.
    pub fn data(self) -> &'static PlatformData {
        // The `platforms_are_in_enum_order` test guarantees one entry per variant, in order.
        &PLATFORMS[self as usize]
    }
}

/// The adult age bands Pew publishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "18-29")]
    From18To29,
    #[serde(rename = "30-49")]
    From30To49,
    #[serde(rename = "50-64")]
    From50To64,
    #[serde(rename = "65plus")]
    From65,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [
        AgeBand::From18To29,
        AgeBand::From30To49,
        AgeBand::From50To64,
        AgeBand::From65,
    ];

    /// URL-safe short name.
    pub fn slug(self) -> &'static str {
        match self {
            AgeBand::From18To29 => "18-29",
            AgeBand::From30To49 => "30-49",
            AgeBand::From50To64 => "50-64",
            AgeBand::From65 => "65plus",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.slug() == s)
    }

    /// "18–29", "65+" (with an en dash, as Pew prints them).
    pub fn label(self) -> &'static str {
        match self {
            AgeBand::From18To29 => "18–29",
            AgeBand::From30To49 => "30–49",
            AgeBand::From50To64 => "50–64",
            AgeBand::From65 => "65+",
        }
    }
}

/// Highest level of education, as Pew groups it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Education {
    HsOrLess,
    SomeCollege,
    CollegePlus,
}

impl Education {
    pub const ALL: [Education; 3] = [
        Education::HsOrLess,
        Education::SomeCollege,
        Education::CollegePlus,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Education::HsOrLess => "hs-or-less",
            Education::SomeCollege => "some-college",
            Education::CollegePlus => "college-plus",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.slug() == s)
    }

    /// Short label for tables: "HS or less", "Some college", "College+".
    pub fn label(self) -> &'static str {
        match self {
            Education::HsOrLess => l::EDUCATION_HS_OR_LESS,
            Education::SomeCollege => l::EDUCATION_SOME_COLLEGE,
            Education::CollegePlus => l::EDUCATION_COLLEGE_PLUS,
        }
    }

    /// For sentences: "U.S. adults with {phrase}".
    pub fn phrase(self) -> &'static str {
        match self {
            Education::HsOrLess => l::EDUCATION_HS_OR_LESS_PHRASE,
            Education::SomeCollege => l::EDUCATION_SOME_COLLEGE_PHRASE,
            Education::CollegePlus => l::EDUCATION_COLLEGE_PLUS_PHRASE,
        }
    }
}

/// The kind of place people live, as Pew groups it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Community {
    Urban,
    Suburban,
    Rural,
}

impl Community {
    pub const ALL: [Community; 3] = [Community::Urban, Community::Suburban, Community::Rural];

    pub fn slug(self) -> &'static str {
        match self {
            Community::Urban => "urban",
            Community::Suburban => "suburban",
            Community::Rural => "rural",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Community::Urban => l::COMMUNITY_URBAN,
            Community::Suburban => l::COMMUNITY_SUBURBAN,
            Community::Rural => l::COMMUNITY_RURAL,
        }
    }

    /// For sentences: "U.S. adults in {phrase} communities".
    pub fn phrase(self) -> &'static str {
        match self {
            Community::Urban => l::COMMUNITY_URBAN_PHRASE,
            Community::Suburban => l::COMMUNITY_SUBURBAN_PHRASE,
            Community::Rural => l::COMMUNITY_RURAL_PHRASE,
        }
    }
}

/// Gender as the surveys report it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Women,
    Men,
}

impl Gender {
    /// For sentences: "U.S. women".
    pub fn plural(self) -> &'static str {
        match self {
            Gender::Women => l::GENDER_WOMEN,
            Gender::Men => l::GENDER_MEN,
        }
    }
}

/// Who the marketing is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Market {
    /// Selling to consumers.
    #[default]
    B2c,
    /// Selling to businesses.
    B2b,
}

impl Market {
    pub const ALL: [Market; 2] = [Market::B2c, Market::B2b];

    pub fn slug(self) -> &'static str {
        match self {
            Market::B2c => "b2c",
            Market::B2b => "b2b",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Market::B2c => "B2C",
            Market::B2b => "B2B",
        }
    }
}

/// Kinds of content a platform carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContentFormat {
    ShortVideo,
    Images,
    Carousels,
    Stories,
    LongVideo,
    Text,
    Live,
    Links,
}

impl ContentFormat {
    pub const ALL: [ContentFormat; 8] = [
        ContentFormat::ShortVideo,
        ContentFormat::Images,
        ContentFormat::Carousels,
        ContentFormat::Stories,
        ContentFormat::LongVideo,
        ContentFormat::Text,
        ContentFormat::Live,
        ContentFormat::Links,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ContentFormat::ShortVideo => "short-video",
            ContentFormat::Images => "images",
            ContentFormat::Carousels => "carousels",
            ContentFormat::Stories => "stories",
            ContentFormat::LongVideo => "long-video",
            ContentFormat::Text => "text",
            ContentFormat::Live => "live",
            ContentFormat::Links => "links",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            ContentFormat::ShortVideo => l::FORMAT_SHORT_VIDEO,
            ContentFormat::Images => l::FORMAT_IMAGES,
            ContentFormat::Carousels => l::FORMAT_CAROUSELS,
            ContentFormat::Stories => l::FORMAT_STORIES,
            ContentFormat::LongVideo => l::FORMAT_LONG_VIDEO,
            ContentFormat::Text => l::FORMAT_TEXT,
            ContentFormat::Live => l::FORMAT_LIVE,
            ContentFormat::Links => l::FORMAT_LINKS,
        }
    }
}

/// How well a platform suits a market (course judgement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fit {
    Weak,
    Moderate,
    Strong,
}

impl Fit {
    pub fn label(self) -> &'static str {
        match self {
            Fit::Weak => l::FIT_WEAK,
            Fit::Moderate => l::FIT_MODERATE,
            Fit::Strong => l::FIT_STRONG,
        }
    }
}

/// Work needed to keep one account alive and useful (course judgement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Effort {
    Low,
    Medium,
    High,
}

impl Effort {
    pub fn label(self) -> &'static str {
        match self {
            Effort::Low => l::EFFORT_LOW,
            Effort::Medium => l::EFFORT_MEDIUM,
            Effort::High => l::EFFORT_HIGH,
        }
    }

    /// The course's rule of thumb for hours a week to sustain one account at this effort:
    /// a couple of evergreen posts (low), a few posts plus replies (medium), frequent native
    /// video or real-time conversation (high). A guide, not a measured figure.
    pub fn hours_per_week(self) -> u8 {
        match self {
            Effort::Low => 2,
            Effort::Medium => 4,
            Effort::High => 7,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/// A share of a population, in whole percent, with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub percent: u8,
    pub source: &'static Source,
}

/// Pew 2023: every cell of both section-A tables for one platform.
#[derive(Debug, PartialEq, Eq)]
pub struct AdultUsage {
    pub source: &'static Source,
    pub all: u8,
    /// In [`AgeBand::ALL`] order.
    pub ages: [u8; 4],
    /// In [`Education::ALL`] order.
    pub education: [u8; 3],
    /// In [`Community::ALL`] order.
    pub community: [u8; 3],
}

/// Pew 2025: only the confirmed cells; `None` where the fact sheet says "(verify)" or has nothing.
#[derive(Debug, PartialEq, Eq)]
pub struct AdultUsage2025 {
    pub source: &'static Source,
    pub all: Option<u8>,
    /// In [`AgeBand::ALL`] order.
    pub ages: [Option<u8>; 4],
}

/// Use by gender, where a survey publishes it for this platform.
#[derive(Debug, PartialEq, Eq)]
pub struct GenderUsage {
    pub source: &'static Source,
    pub women: u8,
    pub men: u8,
}

/// A company's own count of its users; each one measures something different.
#[derive(Debug, PartialEq, Eq)]
pub struct GlobalScale {
    /// The count in millions; [`GlobalScale::display`] writes it as the company states it.
    pub millions: u32,
    /// True when the figure is a floor ("more than").
    pub at_least: bool,
    /// What is counted: "monthly active users", "registered members (not active users)".
    pub measure: &'static str,
    pub as_of: &'static str,
    pub source: &'static Source,
}

impl GlobalScale {
    /// As the company states it, in this build's language: "3.07 billion", "1 billion+".
    pub fn display(&self) -> String {
        let billions = f64::from(self.millions) / 1000.0;
        let n = crate::domain::wording::number_upto(billions, 2).unwrap_or_default();
        let one = crate::domain::locale::is_singular(billions.floor() as u64);
        match (self.at_least, one) {
            (false, true) => l::billions_one(n),
            (false, false) => l::billions_other(n),
            (true, true) => l::billions_floor_one(n),
            (true, false) => l::billions_floor_other(n),
        }
    }
}

/// Median engagement rate per post by followers, from one benchmark report.
#[derive(Debug, PartialEq)]
pub struct EngagementRate {
    pub percent: f64,
    pub source: &'static Source,
}

/// Year-on-year change in engagement, in whole percent (negative: it fell).
#[derive(Debug, PartialEq, Eq)]
pub struct EngagementChange {
    pub percent: i16,
    pub source: &'static Source,
}

/// Social media use worldwide (fact sheet section D, last line).
#[derive(Debug, PartialEq)]
pub struct WorldUse {
    pub user_identities_millions: u32,
    pub share_of_people_percent: f64,
    pub daily_time: &'static str,
    pub source: &'static Source,
}

pub static WORLD_2025: WorldUse = WorldUse {
    user_identities_millions: 5_240,
    share_of_people_percent: 63.9,
    daily_time: "2 h 21 min",
    source: &DATAREPORTAL_2025,
};

/// Any percentage in the data set, flattened for listing or checking.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What it measures: "U.S. adults aged 18–29 (2023)".
    pub measure: String,
    pub percent: f64,
    pub source: &'static Source,
}

// ---------------------------------------------------------------------------------------------
// One platform
// ---------------------------------------------------------------------------------------------

/// Everything the course knows about one platform.
#[derive(Debug, PartialEq)]
pub struct PlatformData {
    pub platform: Platform,
    pub usage_2023: AdultUsage,
    pub usage_2025: AdultUsage2025,
    pub gender: Option<GenderUsage>,
    pub teens_2024: Option<u8>,
    pub global_scale: Option<GlobalScale>,
    /// Formats the platform carries well (course judgement).
    pub formats: &'static [ContentFormat],
    /// Objectives it serves best, strongest first (course judgement).
    pub best_for: &'static [MarketingObjective],
    pub b2c: Fit,
    pub b2b: Fit,
    pub effort: Effort,
    /// Whether reach can be bought on the platform itself.
    pub sells_ads: bool,
    pub engagement: Option<EngagementRate>,
    pub engagement_change: Option<EngagementChange>,
    /// The main thing to watch out for (course judgement, no figures).
    pub caution: &'static str,
}

impl PlatformData {
    pub fn name(&self) -> &'static str {
        self.platform.name()
    }

    /// Share of all U.S. adults who use it (Pew 2023).
    pub fn all_adults(&self) -> Share {
        self.share_2023(self.usage_2023.all)
    }

    pub fn age(&self, band: AgeBand) -> Share {
        self.share_2023(self.usage_2023.ages[band as usize])
    }

    pub fn education(&self, e: Education) -> Share {
        self.share_2023(self.usage_2023.education[e as usize])
    }

    pub fn community(&self, c: Community) -> Share {
        self.share_2023(self.usage_2023.community[c as usize])
    }

    /// Use by gender, only where a survey publishes it (TikTok 2023, Pinterest 2021).
    pub fn gender_share(&self, g: Gender) -> Option<Share> {
        let usage = self.gender.as_ref()?;
        let percent = match g {
            Gender::Women => usage.women,
            Gender::Men => usage.men,
        };
        Some(Share {
            percent,
            source: usage.source,
        })
    }

    /// Share of all U.S. adults in 2025, where confirmed.
    pub fn all_adults_2025(&self) -> Option<Share> {
        let percent = self.usage_2025.all?;
        Some(Share {
            percent,
            source: self.usage_2025.source,
        })
    }

    /// An age cell of the 2025 survey, where confirmed.
    pub fn age_2025(&self, band: AgeBand) -> Option<Share> {
        let percent = self.usage_2025.ages[band as usize]?;
        Some(Share {
            percent,
            source: self.usage_2025.source,
        })
    }

    /// Share of U.S. teens aged 13–17 who use it (Pew 2024).
    pub fn teens(&self) -> Option<Share> {
        let percent = self.teens_2024?;
        Some(Share {
            percent,
            source: &PEW_TEENS_2024,
        })
    }

    pub fn fit(&self, market: Market) -> Fit {
        match market {
            Market::B2c => self.b2c,
            Market::B2b => self.b2b,
        }
    }

    pub fn serves(&self, objective: MarketingObjective) -> bool {
        self.best_for.contains(&objective)
    }

    pub fn supports(&self, format: ContentFormat) -> bool {
        self.formats.contains(&format)
    }

    fn share_2023(&self, percent: u8) -> Share {
        Share {
            percent,
            source: self.usage_2023.source,
        }
    }

    /// Every percentage held for this platform, with what it measures and its source.
    pub fn figures(&self) -> Vec<Figure> {
        let mut out = self.usage_figures_2023();
        out.extend(self.usage_figures_2025());
        out.extend(self.other_figures());
        out
    }

    fn usage_figures_2023(&self) -> Vec<Figure> {
        let mut out = vec![figure("U.S. adults (2023)", self.all_adults())];
        for band in AgeBand::ALL {
            out.push(figure(
                &format!("U.S. adults aged {} (2023)", band.label()),
                self.age(band),
            ));
        }
        for e in Education::ALL {
            out.push(figure(
                &format!("U.S. adults, {} (2023)", e.label()),
                self.education(e),
            ));
        }
        for c in Community::ALL {
            out.push(figure(
                &format!("U.S. adults, {} (2023)", c.label()),
                self.community(c),
            ));
        }
        out
    }

    fn usage_figures_2025(&self) -> Vec<Figure> {
        let mut out: Vec<Figure> = self
            .all_adults_2025()
            .map(|s| figure("U.S. adults (2025)", s))
            .into_iter()
            .collect();
        for band in AgeBand::ALL {
            if let Some(s) = self.age_2025(band) {
                out.push(figure(
                    &format!("U.S. adults aged {} (2025)", band.label()),
                    s,
                ));
            }
        }
        out
    }

    fn other_figures(&self) -> Vec<Figure> {
        let gender = [Gender::Women, Gender::Men].into_iter().filter_map(|g| {
            let s = self.gender_share(g)?;
            Some(figure(
                &format!("U.S. {} ({})", g.plural(), s.source.year),
                s,
            ))
        });
        let mut out: Vec<Figure> = gender.collect();
        out.extend(
            self.teens()
                .map(|s| figure("U.S. teens aged 13–17 (2024)", s)),
        );
        out.extend(self.engagement_figures());
        out
    }

    fn engagement_figures(&self) -> Vec<Figure> {
        let rate = self.engagement.as_ref().map(|e| Figure {
            measure: "median engagement rate per post by followers".to_string(),
            percent: e.percent,
            source: e.source,
        });
        let change = self.engagement_change.as_ref().map(|c| Figure {
            measure: "year-on-year change in engagement".to_string(),
            percent: f64::from(c.percent),
            source: c.source,
        });
        [rate, change].into_iter().flatten().collect()
    }
}

fn figure(measure: &str, share: Share) -> Figure {
    Figure {
        measure: measure.to_string(),
        percent: f64::from(share.percent),
        source: share.source,
    }
}

// ---------------------------------------------------------------------------------------------
// The data set
// ---------------------------------------------------------------------------------------------

use ContentFormat as F;
use MarketingObjective as O;

/// All platforms, in [`Platform::ALL`] order.
pub static PLATFORMS: &[PlatformData] = &[
    PlatformData {
        platform: Platform::Facebook,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 68,
            ages: [67, 75, 69, 58],
            education: [63, 71, 70],
            community: [66, 68, 70],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(71),
            ages: [None, Some(80), None, None],
        },
        gender: None,
        teens_2024: Some(32),
        global_scale: Some(GlobalScale {
            millions: 3_070,
            at_least: false,
            measure: l::MEASURE_MONTHLY_ACTIVE,
            as_of: l::AS_OF_META_2023,
            source: &META_Q4_2023,
        }),
        formats: &[
            F::ShortVideo,
            F::Images,
            F::Carousels,
            F::Stories,
            F::LongVideo,
            F::Text,
            F::Live,
            F::Links,
        ],
        best_for: &[O::Community, O::Awareness, O::Sales, O::Traffic],
        b2c: Fit::Strong,
        b2b: Fit::Moderate,
        effort: Effort::Medium,
        sells_ads: true,
        engagement: Some(EngagementRate {
            percent: 0.063,
            source: &RIVAL_IQ_2024,
        }),
        engagement_change: Some(EngagementChange {
            percent: -36,
            source: &RIVAL_IQ_2025,
        }),
        caution: l::CAUTION_FACEBOOK,
    },
    PlatformData {
        platform: Platform::X,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 22,
            ages: [42, 27, 17, 6],
            education: [15, 24, 29],
            community: [25, 26, 13],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(21),
            ages: [None; 4],
        },
        gender: None,
        teens_2024: Some(17),
        global_scale: None,
        formats: &[F::Text, F::Images, F::ShortVideo, F::Links, F::Live],
        best_for: &[O::Awareness, O::Community],
        b2c: Fit::Moderate,
        b2b: Fit::Moderate,
        effort: Effort::High,
        sells_ads: true,
        engagement: None,
        engagement_change: Some(EngagementChange {
            percent: -48,
            source: &RIVAL_IQ_2025,
        }),
        caution: l::CAUTION_X,
    },
    PlatformData {
        platform: Platform::Instagram,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 47,
            ages: [78, 59, 35, 15],
            education: [37, 50, 55],
            community: [53, 49, 38],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(50),
            ages: [Some(80), None, None, Some(19)],
        },
        gender: None,
        teens_2024: Some(61),
        global_scale: Some(GlobalScale {
            millions: 3_000,
            at_least: false,
            measure: l::MEASURE_MONTHLY_ACTIVE,
            as_of: l::AS_OF_INSTAGRAM_2025,
            source: &META_INSTAGRAM_2025,
        }),
        formats: &[F::ShortVideo, F::Images, F::Carousels, F::Stories, F::Live],
        best_for: &[O::Awareness, O::Community, O::Sales],
        b2c: Fit::Strong,
        b2b: Fit::Weak,
        effort: Effort::Medium,
        sells_ads: true,
        engagement: None,
        engagement_change: Some(EngagementChange {
            percent: -16,
            source: &RIVAL_IQ_2025,
        }),
        caution: l::CAUTION_INSTAGRAM,
    },
    PlatformData {
        platform: Platform::TikTok,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 33,
            ages: [62, 39, 24, 10],
            education: [35, 38, 26],
            community: [36, 31, 33],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(37),
            ages: [None; 4],
        },
        gender: Some(GenderUsage {
            source: &PEW_2023,
            women: 40,
            men: 25,
        }),
        teens_2024: Some(63),
        global_scale: Some(GlobalScale {
            millions: 1_000,
            at_least: true,
            measure: l::MEASURE_MONTHLY_FLOOR,
            as_of: l::AS_OF_TIKTOK_2021,
            source: &TIKTOK_2021,
        }),
        formats: &[F::ShortVideo, F::Images, F::Carousels, F::Live],
        best_for: &[O::Awareness, O::Sales],
        b2c: Fit::Strong,
        b2b: Fit::Weak,
        effort: Effort::High,
        sells_ads: true,
        engagement: Some(EngagementRate {
            percent: 2.63,
            source: &RIVAL_IQ_2024,
        }),
        engagement_change: Some(EngagementChange {
            percent: -34,
            source: &RIVAL_IQ_2025,
        }),
        caution: l::CAUTION_TIKTOK,
    },
    PlatformData {
        platform: Platform::LinkedIn,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 30,
            ages: [32, 40, 31, 12],
            education: [10, 28, 53],
            community: [31, 36, 18],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: None,
            ages: [None; 4],
        },
        gender: None,
        teens_2024: None,
        global_scale: Some(GlobalScale {
            millions: 1_000,
            at_least: true,
            measure: l::MEASURE_REGISTERED,
            as_of: l::AS_OF_LINKEDIN_2024,
            source: &LINKEDIN_2024,
        }),
        formats: &[
            F::Text,
            F::Images,
            F::Carousels,
            F::ShortVideo,
            F::Links,
            F::Live,
        ],
        best_for: &[O::Leads, O::Awareness, O::Traffic],
        b2c: Fit::Weak,
        b2b: Fit::Strong,
        effort: Effort::Medium,
        sells_ads: true,
        engagement: None,
        engagement_change: None,
        caution: l::CAUTION_LINKEDIN,
    },
    PlatformData {
        platform: Platform::Pinterest,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 35,
            ages: [45, 40, 33, 21],
            education: [26, 42, 38],
            community: [31, 36, 36],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: None,
            ages: [None; 4],
        },
        gender: Some(GenderUsage {
            source: &PEW_2021,
            women: 46,
            men: 16,
        }),
        teens_2024: None,
        global_scale: None,
        formats: &[F::Images, F::ShortVideo, F::Carousels, F::Links],
        best_for: &[O::Traffic, O::Sales],
        b2c: Fit::Strong,
        b2b: Fit::Weak,
        effort: Effort::Low,
        sells_ads: true,
        engagement: None,
        engagement_change: None,
        caution: l::CAUTION_PINTEREST,
    },
    PlatformData {
        platform: Platform::YouTube,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 83,
            ages: [93, 92, 83, 60],
            education: [74, 85, 89],
            community: [85, 85, 77],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(84),
            ages: [None; 4],
        },
        gender: None,
        teens_2024: Some(90),
        global_scale: Some(GlobalScale {
            millions: 2_000,
            at_least: true,
            measure: l::MEASURE_LOGGED_IN,
            as_of: l::AS_OF_YOUTUBE_2019,
            source: &YOUTUBE_2019,
        }),
        formats: &[F::LongVideo, F::ShortVideo, F::Live],
        best_for: &[O::Awareness, O::Traffic],
        b2c: Fit::Strong,
        b2b: Fit::Moderate,
        effort: Effort::High,
        sells_ads: true,
        engagement: None,
        engagement_change: None,
        caution: l::CAUTION_YOUTUBE,
    },
    PlatformData {
        platform: Platform::Snapchat,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 27,
            ages: [65, 30, 13, 4],
            education: [26, 32, 23],
            community: [29, 26, 27],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(25),
            ages: [None; 4],
        },
        gender: None,
        teens_2024: Some(55),
        global_scale: None,
        formats: &[F::ShortVideo, F::Images, F::Stories],
        best_for: &[O::Awareness],
        b2c: Fit::Moderate,
        b2b: Fit::Weak,
        effort: Effort::Medium,
        sells_ads: true,
        engagement: None,
        engagement_change: None,
        caution: l::CAUTION_SNAPCHAT,
    },
    PlatformData {
        platform: Platform::WhatsApp,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 29,
            ages: [32, 38, 29, 16],
            education: [25, 23, 39],
            community: [38, 30, 20],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(32),
            ages: [None; 4],
        },
        gender: None,
        teens_2024: None,
        global_scale: None,
        formats: &[F::Text, F::Images, F::Stories, F::Links],
        best_for: &[O::Community, O::Sales],
        b2c: Fit::Moderate,
        b2b: Fit::Weak,
        effort: Effort::Medium,
        // Reach for WhatsApp is usually bought on Facebook or Instagram (click-to-chat ads).
        sells_ads: false,
        engagement: None,
        engagement_change: None,
        caution: l::CAUTION_WHATSAPP,
    },
    PlatformData {
        platform: Platform::Reddit,
        usage_2023: AdultUsage {
            source: &PEW_2023,
            all: 22,
            ages: [44, 31, 11, 3],
            education: [14, 23, 30],
            community: [29, 24, 14],
        },
        usage_2025: AdultUsage2025 {
            source: &PEW_2025,
            all: Some(26),
            ages: [None; 4],
        },
        gender: None,
        teens_2024: None,
        global_scale: None,
        formats: &[F::Text, F::Links, F::Images],
        best_for: &[O::Community, O::Awareness],
        b2c: Fit::Moderate,
        b2b: Fit::Moderate,
        effort: Effort::High,
        sells_ads: true,
        engagement: None,
        engagement_change: None,
        caution: l::CAUTION_REDDIT,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::{Lang, LANG};

    const MD: &str = include_str!("platform-usage.md");

    /// The text of one lettered section ("## A." up to the next "## ").
    fn section(letter: char) -> &'static str {
        let head = format!("## {letter}.");
        let start = MD
            .find(&head)
            .unwrap_or_else(|| panic!("no section {letter}"));
        let rest = &MD[start + head.len()..];
        &rest[..rest.find("\n## ").unwrap_or(rest.len())]
    }

    /// Every Markdown table in `text`, as rows of trimmed cells, separator rows dropped.
    fn tables(text: &str) -> Vec<Vec<Vec<String>>> {
        let mut out: Vec<Vec<Vec<String>>> = Vec::new();
        let mut in_table = false;
        for line in text.lines().map(str::trim) {
            if !line.starts_with('|') {
                in_table = false;
                continue;
            }
            if !in_table {
                out.push(Vec::new());
                in_table = true;
            }
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            if !cells
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'))
            {
                out.last_mut().unwrap().push(cells);
            }
        }
        out
    }

    fn md_platform(name: &str) -> Option<Platform> {
        Platform::ALL
            .into_iter()
            .find(|p| p.name() == name || (name == "X" && *p == Platform::X))
    }

    fn num(cell: &str) -> u8 {
        cell.parse()
            .unwrap_or_else(|_| panic!("not a number: {cell:?}"))
    }

    #[test]
    fn platforms_are_in_enum_order() {
        assert_eq!(PLATFORMS.len(), Platform::ALL.len());
        for (i, p) in Platform::ALL.into_iter().enumerate() {
            assert_eq!(PLATFORMS[i].platform, p);
            assert_eq!(p.data().platform, p);
        }
    }

    #[test]
    fn slugs_round_trip() {
        for p in Platform::ALL {
            assert_eq!(Platform::from_slug(p.slug()), Some(p));
        }
        for a in AgeBand::ALL {
            assert_eq!(AgeBand::from_slug(a.slug()), Some(a));
        }
        for f in ContentFormat::ALL {
            assert_eq!(ContentFormat::from_slug(f.slug()), Some(f));
        }
        for e in Education::ALL {
            assert_eq!(Education::from_slug(e.slug()), Some(e));
        }
        for c in Community::ALL {
            assert_eq!(Community::from_slug(c.slug()), Some(c));
        }
        assert_eq!(Platform::from_slug("myspace"), None);
        assert_eq!(AgeBand::From65.label(), "65+");
    }

    #[test]
    fn serde_names_match_slugs() {
        for a in AgeBand::ALL {
            assert_eq!(
                serde_json::to_string(&a).unwrap(),
                format!("\"{}\"", a.slug())
            );
        }
        for f in ContentFormat::ALL {
            assert_eq!(
                serde_json::to_string(&f).unwrap(),
                format!("\"{}\"", f.slug())
            );
        }
        for e in Education::ALL {
            assert_eq!(
                serde_json::to_string(&e).unwrap(),
                format!("\"{}\"", e.slug())
            );
        }
        for m in Market::ALL {
            assert_eq!(
                serde_json::to_string(&m).unwrap(),
                format!("\"{}\"", m.slug())
            );
        }
    }

    #[test]
    fn age_table_2023_matches_the_fact_sheet() {
        let table = &tables(section('A'))[0];
        assert_eq!(
            table[0][..6],
            ["Platform", "All", "18–29", "30–49", "50–64", "65+"]
        );
        assert_eq!(table.len() - 1, PLATFORMS.len(), "one row per platform");
        for row in &table[1..] {
            let d = md_platform(&row[0])
                .unwrap_or_else(|| panic!("unknown {}", row[0]))
                .data();
            assert_eq!(d.usage_2023.all, num(&row[1]), "{} all", row[0]);
            for band in AgeBand::ALL {
                assert_eq!(
                    d.age(band).percent,
                    num(&row[2 + band as usize]),
                    "{}",
                    row[0]
                );
            }
        }
    }

    /// The fact sheet's (English) name of each education and community group.
    fn md_group(slug: &str) -> &'static str {
        match slug {
            "hs-or-less" => "HS or less",
            "some-college" => "Some college",
            "college-plus" => "College+",
            "urban" => "Urban",
            "suburban" => "Suburban",
            "rural" => "Rural",
            _ => "",
        }
    }

    fn group_setter(label: &str) -> Box<dyn Fn(&PlatformData) -> u8> {
        if let Some(e) = Education::ALL
            .into_iter()
            .find(|e| md_group(e.slug()) == label)
        {
            return Box::new(move |d| d.education(e).percent);
        }
        let c = Community::ALL
            .into_iter()
            .find(|c| md_group(c.slug()) == label);
        let c = c.unwrap_or_else(|| panic!("unknown group {label}"));
        Box::new(move |d| d.community(c).percent)
    }

    #[test]
    fn education_and_community_table_2023_matches_the_fact_sheet() {
        let table = &tables(section('A'))[1];
        let header: Vec<Platform> = table[0][1..]
            .iter()
            .map(|n| md_platform(n).unwrap())
            .collect();
        assert_eq!(header.len(), PLATFORMS.len());
        assert_eq!(
            table.len() - 1,
            6,
            "three education and three community rows"
        );
        for row in &table[1..] {
            let cell_of = group_setter(&row[0]);
            for (i, p) in header.iter().enumerate() {
                assert_eq!(
                    cell_of(p.data()),
                    num(&row[i + 1]),
                    "{} {}",
                    row[0],
                    p.name()
                );
            }
        }
    }

    /// "Name 12, Name 34, …" pairs from the line that starts with `prefix`.
    fn listed(text: &str, prefix: &str) -> Vec<(String, u8)> {
        let start = text.find(prefix).unwrap() + prefix.len();
        let line = text[start..].split('.').next().unwrap().replace('\n', " ");
        let line = line.rsplit(':').next().unwrap();
        line.split(',')
            .map(|item| {
                let (name, n) = item.trim().rsplit_once(' ').unwrap();
                (name.to_string(), num(n))
            })
            .collect()
    }

    #[test]
    fn overall_2025_matches_the_fact_sheet() {
        let listed = listed(section('B'), "Overall (confirmed");
        for d in PLATFORMS {
            let md = listed
                .iter()
                .find(|(n, _)| md_platform(n) == Some(d.platform));
            assert_eq!(d.usage_2025.all, md.map(|(_, n)| *n), "{}", d.name());
        }
    }

    #[test]
    fn only_the_confirmed_2025_age_cells_are_held_and_they_match() {
        let table = &tables(section('B'))[0];
        let mut held = Vec::new();
        for d in PLATFORMS {
            for band in AgeBand::ALL {
                let Some(share) = d.age_2025(band) else {
                    continue;
                };
                let row = table
                    .iter()
                    .find(|r| md_platform(&r[0]) == Some(d.platform))
                    .unwrap();
                assert_eq!(share.percent, num(&row[band as usize + 1]));
                held.push((d.platform, band, share.percent));
            }
        }
        let confirmed = [
            (Platform::Facebook, AgeBand::From30To49, 80),
            (Platform::Instagram, AgeBand::From18To29, 80),
            (Platform::Instagram, AgeBand::From65, 19),
        ];
        assert_eq!(held, confirmed);
    }

    #[test]
    fn teens_2024_match_the_fact_sheet() {
        let listed = listed(section('C'), "1,391 U.S. teens aged 13–17");
        for d in PLATFORMS {
            let md = listed
                .iter()
                .find(|(n, _)| md_platform(n) == Some(d.platform));
            assert_eq!(d.teens_2024, md.map(|(_, n)| *n), "{}", d.name());
        }
    }

    #[test]
    fn gender_figures_match_the_fact_sheet_and_name_their_year() {
        let tiktok = Platform::TikTok.data().gender.as_ref().unwrap();
        assert!(MD.contains(&format!(
            "TikTok women {}, men {}",
            tiktok.women, tiktok.men
        )));
        assert_eq!(tiktok.source.year, 2023);
        let pinterest = Platform::Pinterest.data().gender.as_ref().unwrap();
        let text = format!(
            "2021 survey: women {}, men {}",
            pinterest.women, pinterest.men
        );
        assert!(MD.contains(&text));
        assert_eq!(pinterest.source.year, 2021);
        let with_gender = PLATFORMS.iter().filter(|d| d.gender.is_some()).count();
        assert_eq!(
            with_gender, 2,
            "other gender cells are (verify) and left out"
        );
    }

    fn md_short_name(p: Platform) -> &'static str {
        if p == Platform::X {
            "X"
        } else {
            p.name()
        }
    }

    #[test]
    fn engagement_figures_match_the_fact_sheet() {
        let e = section('E');
        for d in PLATFORMS {
            if let Some(rate) = &d.engagement {
                assert!(
                    e.contains(&format!("{} {}%", d.name(), rate.percent)),
                    "{}",
                    d.name()
                );
                assert!(!e.contains(&format!("{} about {}% (verify)", d.name(), rate.percent)));
            }
            if let Some(change) = &d.engagement_change {
                let text = format!("{} −{}%", md_short_name(d.platform), -change.percent);
                assert!(e.contains(&text), "{text}");
            }
        }
    }

    #[test]
    fn global_scale_matches_the_fact_sheet() {
        let table = &tables(section('D'))[0];
        for d in PLATFORMS {
            let Some(g) = &d.global_scale else { continue };
            let row = table
                .iter()
                .find(|r| md_platform(&r[0]) == Some(d.platform))
                .unwrap();
            // "3.07 billion", "1 billion+": the count, and whether it is a floor.
            let floor = row[1].ends_with('+');
            let billions: f64 = row[1].split(' ').next().unwrap().parse().unwrap();
            assert_eq!(
                (billions * 1000.0).round() as u32,
                g.millions,
                "{}",
                d.name()
            );
            assert_eq!(floor, g.at_least, "{}", d.name());
            if LANG == Lang::En {
                assert_eq!(row[1], g.display());
                let measure = g.measure.split(" (").next().unwrap();
                assert!(row[2].contains(measure), "{}: {}", d.name(), row[2]);
            }
        }
        let world = section('D');
        assert!(world.contains("5.24 billion") && WORLD_2025.user_identities_millions == 5_240);
        assert!(world.contains(&format!("{}%", WORLD_2025.share_of_people_percent)));
        assert!(world.contains(WORLD_2025.daily_time));
    }

    #[test]
    fn every_figure_has_a_source_with_a_year() {
        for d in PLATFORMS {
            let mut sources: Vec<&Source> = d.figures().iter().map(|f| f.source).collect();
            sources.extend(d.global_scale.as_ref().map(|g| g.source));
            assert!(d.figures().len() >= 11, "{}", d.name());
            for s in sources {
                assert!((2019..=2025).contains(&s.year), "{}", s.title);
                assert!(s.citation.contains(&s.year.to_string()), "{}", s.citation);
                assert!(!s.publisher.is_empty() && !s.title.is_empty() && !s.published.is_empty());
            }
        }
    }

    #[test]
    fn judgement_fields_are_filled() {
        for d in PLATFORMS {
            assert!(
                !d.formats.is_empty() && !d.best_for.is_empty(),
                "{}",
                d.name()
            );
            assert!(
                !d.caution.is_empty() && !d.caution.contains('%'),
                "{}",
                d.name()
            );
        }
    }
}

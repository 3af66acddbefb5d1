//! Social media management tools (lesson `management-tools`, widget `tool-chooser`).
//!
//! What six well-known tools are generally known for, **as of 2025** (features, networks and
//! plans change often: every row says "check current plans"; no exact prices), the benefits and
//! risks of third-party tools, and [`filter`], which sorts the tools into fits and misfits for
//! the learner's networks, team size and budget, with reasons.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{clean_text, Network, MAX_TEXT};

/// Shown with every tool row.
pub const AS_OF: &str = "as of 2025 — check current plans";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolId {
    MetaBusinessSuite,
    Buffer,
    Hootsuite,
    SproutSocial,
    Later,
    Agorapulse,
}

impl ToolId {
    pub const ALL: [ToolId; 6] = [
        ToolId::MetaBusinessSuite,
        ToolId::Buffer,
        ToolId::Hootsuite,
        ToolId::SproutSocial,
        ToolId::Later,
        ToolId::Agorapulse,
    ];

    /// The tool's details.
    pub fn info(self) -> &'static ToolInfo {
        &TOOLS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }
}

/// How fully a tool offers a feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    Yes,
    /// Partly, on some plans or networks only, or as a paid add-on.
    Limited,
    No,
}

impl Support {
    pub fn label(self) -> &'static str {
        match self {
            Support::Yes => "Yes",
            Support::Limited => "Limited or add-on",
            Support::No => "No",
        }
    }
}

/// The features compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    Scheduling,
    SharedInbox,
    Analytics,
    Listening,
    Approvals,
}

impl Feature {
    pub const ALL: [Feature; 5] = [
        Feature::Scheduling,
        Feature::SharedInbox,
        Feature::Analytics,
        Feature::Listening,
        Feature::Approvals,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Feature::Scheduling => "Scheduling and calendar",
            Feature::SharedInbox => "Shared inbox",
            Feature::Analytics => "Analytics and reports",
            Feature::Listening => "Social listening",
            Feature::Approvals => "Approval workflows",
        }
    }
}

/// Relative price band (no exact prices: plans change).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriceBand {
    Low,
    Medium,
    High,
}

impl PriceBand {
    pub fn label(self) -> &'static str {
        match self {
            PriceBand::Low => "Low",
            PriceBand::Medium => "Medium",
            PriceBand::High => "High",
        }
    }
}

/// The learner's team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamSize {
    Solo,
    /// Two to five people.
    Small,
    /// Six or more, or an agency.
    Large,
}

impl TeamSize {
    pub const ALL: [TeamSize; 3] = [TeamSize::Solo, TeamSize::Small, TeamSize::Large];

    pub fn label(self) -> &'static str {
        match self {
            TeamSize::Solo => "Just me",
            TeamSize::Small => "2–5 people",
            TeamSize::Large => "6 or more, or an agency",
        }
    }
}

/// What the learner can spend each month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetBand {
    /// Free tools or free plans only.
    FreeOnly,
    Low,
    Medium,
    High,
}

impl BudgetBand {
    pub const ALL: [BudgetBand; 4] = [
        BudgetBand::FreeOnly,
        BudgetBand::Low,
        BudgetBand::Medium,
        BudgetBand::High,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BudgetBand::FreeOnly => "Nothing: free only",
            BudgetBand::Low => "Low",
            BudgetBand::Medium => "Medium",
            BudgetBand::High => "High",
        }
    }

    /// The highest price band this budget covers (`None` for free only).
    fn max_price(self) -> Option<PriceBand> {
        match self {
            BudgetBand::FreeOnly => None,
            BudgetBand::Low => Some(PriceBand::Low),
            BudgetBand::Medium => Some(PriceBand::Medium),
            BudgetBand::High => Some(PriceBand::High),
        }
    }
}

/// One tool's row in the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToolInfo {
    pub id: ToolId,
    pub name: &'static str,
    pub known_for: &'static str,
    pub typical_fit: &'static str,
    pub networks: &'static [Network],
    pub scheduling: Support,
    pub shared_inbox: Support,
    pub analytics: Support,
    pub listening: Support,
    pub approvals: Support,
    /// Whether a free plan exists (usually limited in channels and users).
    pub free_tier: bool,
    pub price_band: PriceBand,
    /// Always [`AS_OF`].
    pub as_of: &'static str,
}

impl ToolInfo {
    pub fn feature(&self, f: Feature) -> Support {
        match f {
            Feature::Scheduling => self.scheduling,
            Feature::SharedInbox => self.shared_inbox,
            Feature::Analytics => self.analytics,
            Feature::Listening => self.listening,
            Feature::Approvals => self.approvals,
        }
    }

    pub fn covers(&self, n: Network) -> bool {
        self.networks.contains(&n)
    }
}

const META_ONLY: &[Network] = &[Network::Facebook, Network::Instagram];
const MAJOR: &[Network] = &Network::ALL;

/// The six tools, in [`ToolId::ALL`] order (as of 2025 — check current plans).
pub const TOOLS: [ToolInfo; 6] = [
    ToolInfo {
        id: ToolId::MetaBusinessSuite,
        name: "Meta Business Suite",
        known_for: "Free tool from Meta: a planner that publishes to Facebook and Instagram, an \
                    inbox for their messages and comments (plus WhatsApp chats once a WhatsApp \
                    Business account is linked) and insights.",
        typical_fit: "Businesses that only use Meta platforms.",
        networks: META_ONLY,
        scheduling: Support::Yes,
        shared_inbox: Support::Yes,
        analytics: Support::Yes,
        listening: Support::No,
        approvals: Support::No,
        free_tier: true,
        price_band: PriceBand::Low,
        as_of: AS_OF,
    },
    ToolInfo {
        id: ToolId::Buffer,
        name: "Buffer",
        known_for: "Simple, clean scheduling; a free plan for a few channels; pricing that grows \
                    with the number of channels.",
        typical_fit: "Solo owners and small teams.",
        networks: MAJOR,
        scheduling: Support::Yes,
        shared_inbox: Support::Limited,
        analytics: Support::Yes,
        listening: Support::No,
        approvals: Support::Limited,
        free_tier: true,
        price_band: PriceBand::Low,
        as_of: AS_OF,
    },
    ToolInfo {
        id: ToolId::Hootsuite,
        name: "Hootsuite",
        known_for: "One of the oldest tools: broad network coverage, monitoring streams, \
                    listening and team features.",
        typical_fit: "Growing teams, agencies, larger organisations.",
        networks: MAJOR,
        scheduling: Support::Yes,
        shared_inbox: Support::Yes,
        analytics: Support::Yes,
        listening: Support::Yes,
        approvals: Support::Yes,
        free_tier: false,
        price_band: PriceBand::Medium,
        as_of: AS_OF,
    },
    ToolInfo {
        id: ToolId::SproutSocial,
        name: "Sprout Social",
        known_for: "Premium all-in-one: strong reporting, unified inbox, customer care \
                    features; priced per user.",
        typical_fit: "Teams with budget that rely on reporting and customer service.",
        networks: MAJOR,
        scheduling: Support::Yes,
        shared_inbox: Support::Yes,
        analytics: Support::Yes,
        listening: Support::Limited,
        approvals: Support::Yes,
        free_tier: false,
        price_band: PriceBand::High,
        as_of: AS_OF,
    },
    ToolInfo {
        id: ToolId::Later,
        name: "Later",
        known_for: "Visual planning: a drag-and-drop visual calendar and a link-in-bio page; \
                    strong on Instagram, TikTok and Pinterest.",
        typical_fit: "Visual brands and creators.",
        networks: MAJOR,
        scheduling: Support::Yes,
        shared_inbox: Support::Limited,
        analytics: Support::Yes,
        listening: Support::No,
        approvals: Support::Limited,
        free_tier: false,
        price_band: PriceBand::Low,
        as_of: AS_OF,
    },
    ToolInfo {
        id: ToolId::Agorapulse,
        name: "Agorapulse",
        known_for: "Community management: unified inbox, moderation tools and reporting.",
        typical_fit: "Teams handling many comments and messages, agencies.",
        networks: MAJOR,
        scheduling: Support::Yes,
        shared_inbox: Support::Yes,
        analytics: Support::Yes,
        listening: Support::Limited,
        approvals: Support::Yes,
        free_tier: true,
        price_band: PriceBand::Medium,
        as_of: AS_OF,
    },
];

/// A titled paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub title: &'static str,
    pub text: &'static str,
}

/// What third-party management tools do for you (from the lesson).
pub const BENEFITS: [Point; 7] = [
    Point {
        title: "Scheduling and a content calendar",
        text: "Write a week's posts in one sitting and schedule them for the right times.",
    },
    Point {
        title: "Shared inbox",
        text: "Comments, mentions and messages from every network in one list, so nothing is \
               missed and two people don't answer the same customer.",
    },
    Point {
        title: "Analytics and reports",
        text: "Results from several platforms in one report, often exportable for a monthly \
               review.",
    },
    Point {
        title: "Social listening",
        text: "Track mentions of your brand, competitors or keywords, including posts that \
               don't tag you.",
    },
    Point {
        title: "Approval workflows",
        text: "Drafts wait for sign-off before they can be scheduled, matching your approval \
               rules.",
    },
    Point {
        title: "Asset library",
        text: "Approved photos, logos, templates and saved replies in one place.",
    },
    Point {
        title: "Team permissions",
        text: "Each person gets their own login and role; nobody shares platform passwords, and \
               access is removed in one click when someone leaves.",
    },
];

/// The risks to manage (from the lesson).
pub const RISKS: [Point; 4] = [
    Point {
        title: "Over-automation",
        text: "Scheduled posts keep going out when something goes wrong. Know how to pause the \
               queue, and remember that scheduling is not engaging.",
    },
    Point {
        title: "Cost creep",
        text: "Per-user and per-channel pricing, add-ons and renewals add up. Review the bill at \
               renewal.",
    },
    Point {
        title: "Platform API limits",
        text: "Platforms decide what tools may do; some formats only work in the native app, and \
               terms change (X's paid API tiers in 2023 made some tools limit X features).",
    },
    Point {
        title: "Access and lock-in",
        text: "Use two-factor authentication, remove leavers promptly, and check you can export \
               your data.",
    },
];

/// Shown when the learner is on one or two platforms.
pub const NATIVE_TOOLS_NOTE: &str = "Most platforms offer free native scheduling (as of 2025): \
    Meta Business Suite for Facebook and Instagram, LinkedIn for page posts, YouTube Studio for \
    videos. On one or two platforms, that may be all you need.";

/// A tool with the reasons it fits, or the reasons it doesn't.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolMatch {
    pub tool: ToolId,
    pub reasons: Vec<String>,
}

/// The result of [`filter`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolFilter {
    /// Tools that fit, cheapest price band first.
    pub fits: Vec<ToolMatch>,
    /// Tools that don't, with every reason.
    pub misfits: Vec<ToolMatch>,
    /// General advice for this situation.
    pub notes: Vec<String>,
}

impl ToolFilter {
    /// Whether the tool fits (`true`) or not, with its reasons.
    pub fn verdict(&self, tool: ToolId) -> Option<(bool, &[String])> {
        let find = |fits: bool| {
            let list = if fits { &self.fits } else { &self.misfits };
            list.iter()
                .find(|m| m.tool == tool)
                .map(|m| (fits, m.reasons.as_slice()))
        };
        find(true).or_else(|| find(false))
    }
}

/// Sorts the tools into fits and misfits for these networks, team size and budget.
pub fn filter(networks: &[Network], team_size: TeamSize, budget: BudgetBand) -> ToolFilter {
    let wanted: BTreeSet<Network> = networks.iter().copied().collect();
    let mut fits = Vec::new();
    let mut misfits = Vec::new();
    for t in &TOOLS {
        let problems = problems(t, &wanted, team_size, budget);
        if problems.is_empty() {
            fits.push(ToolMatch {
                tool: t.id,
                reasons: strengths(t, &wanted, team_size, budget),
            });
        } else {
            misfits.push(ToolMatch {
                tool: t.id,
                reasons: problems,
            });
        }
    }
    crate::domain::sort::sort_by(&mut fits, &|a, b| {
        a.tool.info().price_band.cmp(&b.tool.info().price_band)
    });
    ToolFilter {
        fits,
        misfits,
        notes: notes(&wanted),
    }
}

fn network_list(networks: &[Network]) -> String {
    let names: Vec<&str> = networks.iter().map(|n| n.label()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn problems(
    t: &ToolInfo,
    wanted: &BTreeSet<Network>,
    team: TeamSize,
    budget: BudgetBand,
) -> Vec<String> {
    let mut out = Vec::new();
    let missing: Vec<Network> = wanted.iter().copied().filter(|&n| !t.covers(n)).collect();
    if !missing.is_empty() {
        out.push(format!("Doesn't cover {}.", network_list(&missing)));
    }
    match budget.max_price() {
        None if !t.free_tier => out.push("No free plan (as of 2025).".to_string()),
        Some(max) if t.price_band > max => out.push(format!(
            "Usually priced above your budget ({} price band).",
            t.price_band.label().to_lowercase()
        )),
        _ => {}
    }
    if team == TeamSize::Large {
        if t.approvals != Support::Yes {
            out.push("No full approval workflow for a larger team.".to_string());
        }
        if t.shared_inbox != Support::Yes {
            out.push("No full shared inbox for several people answering.".to_string());
        }
    }
    out
}

fn strengths(
    t: &ToolInfo,
    wanted: &BTreeSet<Network>,
    team: TeamSize,
    budget: BudgetBand,
) -> Vec<String> {
    let mut out = Vec::new();
    if !wanted.is_empty() {
        let list: Vec<Network> = wanted.iter().copied().collect();
        out.push(format!("Covers {}.", network_list(&list)));
    }
    out.push(match (budget, t.id) {
        (_, ToolId::MetaBusinessSuite) => "Free.".to_string(),
        (BudgetBand::FreeOnly, _) => {
            "Has a free plan, limited in channels and users (as of 2025).".to_string()
        }
        _ => format!("{} price band.", t.price_band.label()),
    });
    match team {
        TeamSize::Solo => out.push(format!(
            "For one person: scheduling {} and inbox {}.",
            t.scheduling.label().to_lowercase(),
            t.shared_inbox.label().to_lowercase()
        )),
        TeamSize::Small | TeamSize::Large if t.approvals == Support::Yes => {
            out.push("Approval workflows for your team.".to_string())
        }
        TeamSize::Small | TeamSize::Large => {
            out.push("Separate logins and roles, so nobody shares passwords.".to_string())
        }
    }
    out.push(format!("Known for: {}", t.known_for));
    out
}

fn notes(wanted: &BTreeSet<Network>) -> Vec<String> {
    let mut out = Vec::new();
    if wanted.is_empty() {
        out.push(
            "Choose your networks first: rule out any tool that doesn't support them.".to_string(),
        );
    } else if wanted.iter().all(|n| META_ONLY.contains(n)) {
        out.push(
            "You only use Meta platforms: Meta Business Suite is free and puts both inboxes in \
             one place."
                .to_string(),
        );
    }
    if (1..=2).contains(&wanted.len()) {
        out.push(NATIVE_TOOLS_NOTE.to_string());
    }
    out.push("Shortlist two tools and trial each for two weeks with real posts.".to_string());
    out.push(format!("Features and plans: {AS_OF}."));
    out
}

/// Everything the learner enters in the tool chooser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ToolWork {
    pub networks: BTreeSet<Network>,
    pub team_size: Option<TeamSize>,
    pub budget: Option<BudgetBand>,
    /// The tools the learner will trial (two is the advice).
    pub shortlist: Vec<ToolId>,
    /// The three features the learner will use every week.
    pub must_haves: String,
    /// The decision and its reason.
    pub decision: String,
}

impl ToolWork {
    /// [`filter`] on the learner's answers; `None` until team size and budget are chosen.
    pub fn result(&self) -> Option<ToolFilter> {
        let networks: Vec<Network> = self.networks.iter().copied().collect();
        Some(filter(&networks, self.team_size?, self.budget?))
    }

    pub fn is_empty(&self) -> bool {
        self == &ToolWork::default()
    }

    /// Adds the tool to the shortlist (at the end) or removes it; never twice.
    pub fn set_shortlisted(&mut self, tool: ToolId, on: bool) {
        self.shortlist.retain(|t| *t != tool);
        if on {
            self.shortlist.push(tool);
        }
    }

    /// Advice on the shortlist's length (two tools to trial), or `None` when it has two.
    pub fn shortlist_advice(&self) -> Option<&'static str> {
        match self.shortlist.len() {
            0 => Some("Pick two tools to trial for two weeks each with real posts."),
            1 => Some("One tool chosen: add a second to compare it with in a trial."),
            2 => None,
            _ => Some("More than two: trial two at a time, or the comparison gets blurry."),
        }
    }

    pub(crate) fn sanitise(&mut self) {
        let mut seen = BTreeSet::new();
        self.shortlist.retain(|t| seen.insert(*t));
        clean_text(&mut self.must_haves, MAX_TEXT);
        clean_text(&mut self.decision, MAX_TEXT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[ToolMatch]) -> Vec<ToolId> {
        list.iter().map(|m| m.tool).collect()
    }

    #[test]
    fn table_is_in_id_order_and_dated() {
        for (i, t) in TOOLS.iter().enumerate() {
            assert_eq!(t.id, ToolId::ALL[i]);
            assert_eq!(t.id.info(), t);
            assert_eq!(t.as_of, AS_OF);
            assert_eq!(t.feature(Feature::Scheduling), Support::Yes);
        }
        assert!(AS_OF.contains("2025") && AS_OF.contains("check current plans"));
        assert_eq!(ToolId::MetaBusinessSuite.info().networks.len(), 2);
        assert_eq!(ToolId::Later.name(), "Later");
    }

    #[test]
    fn crumb_and_co_free_meta_only() {
        let r = filter(
            &[Network::Instagram, Network::Facebook],
            TeamSize::Small,
            BudgetBand::FreeOnly,
        );
        assert_eq!(ids(&r.fits)[0], ToolId::MetaBusinessSuite);
        assert!(ids(&r.fits).contains(&ToolId::Buffer));
        assert!(ids(&r.misfits).contains(&ToolId::SproutSocial));
        let sprout = r
            .misfits
            .iter()
            .find(|m| m.tool == ToolId::SproutSocial)
            .unwrap();
        assert_eq!(sprout.reasons, vec!["No free plan (as of 2025)."]);
        assert!(r.notes[0].contains("Meta Business Suite is free"));
        assert!(r.notes.iter().any(|n| n.contains("native scheduling")));
    }

    #[test]
    fn maya_needs_pinterest() {
        let r = filter(
            &[Network::Instagram, Network::Pinterest, Network::Facebook],
            TeamSize::Solo,
            BudgetBand::Low,
        );
        let meta = r
            .misfits
            .iter()
            .find(|m| m.tool == ToolId::MetaBusinessSuite)
            .unwrap();
        assert_eq!(meta.reasons, vec!["Doesn't cover Pinterest."]);
        assert!(ids(&r.fits).contains(&ToolId::Later));
        assert!(ids(&r.fits).contains(&ToolId::Buffer));
        assert!(ids(&r.misfits).contains(&ToolId::Hootsuite));
        assert!(!r.notes.iter().any(|n| n.contains("native scheduling")));
    }

    #[test]
    fn ledgerly_team_with_budget() {
        let r = filter(
            &[Network::LinkedIn, Network::YouTube],
            TeamSize::Large,
            BudgetBand::High,
        );
        assert_eq!(
            ids(&r.fits),
            vec![ToolId::Hootsuite, ToolId::Agorapulse, ToolId::SproutSocial]
        );
        assert!(r.fits[0]
            .reasons
            .iter()
            .any(|s| s.contains("Approval workflows")));
        let buffer = r.misfits.iter().find(|m| m.tool == ToolId::Buffer).unwrap();
        assert_eq!(buffer.reasons.len(), 2);
        let meta = r
            .misfits
            .iter()
            .find(|m| m.tool == ToolId::MetaBusinessSuite)
            .unwrap();
        assert!(meta.reasons[0].contains("LinkedIn and YouTube"));
    }

    #[test]
    fn no_networks_chosen_filters_on_team_and_budget_only() {
        let r = filter(&[], TeamSize::Solo, BudgetBand::High);
        assert_eq!(r.fits.len(), 6);
        assert!(r.misfits.is_empty());
        assert!(r.notes[0].starts_with("Choose your networks first"));
        assert!(r.notes.last().unwrap().contains(AS_OF));
    }

    #[test]
    fn every_tool_ends_up_somewhere_once() {
        for team in TeamSize::ALL {
            for budget in BudgetBand::ALL {
                let r = filter(&Network::ALL, team, budget);
                let mut all = ids(&r.fits);
                all.extend(ids(&r.misfits));
                all.sort();
                assert_eq!(all, ToolId::ALL.to_vec());
                assert!(r.misfits.iter().all(|m| !m.reasons.is_empty()));
            }
        }
    }

    #[test]
    fn tool_work_needs_team_and_budget() {
        let mut w = ToolWork::default();
        assert!(w.is_empty());
        assert!(w.result().is_none());
        w.team_size = Some(TeamSize::Solo);
        w.budget = Some(BudgetBand::Low);
        w.networks.insert(Network::TikTok);
        assert!(w.result().unwrap().fits.len() >= 2);
        w.shortlist = vec![ToolId::Buffer, ToolId::Later, ToolId::Buffer];
        w.sanitise();
        assert_eq!(w.shortlist, vec![ToolId::Buffer, ToolId::Later]);
    }

    #[test]
    fn verdict_finds_each_tool_once() {
        let r = filter(&[Network::Pinterest], TeamSize::Solo, BudgetBand::Low);
        let (fits, reasons) = r.verdict(ToolId::MetaBusinessSuite).unwrap();
        assert!(!fits);
        assert_eq!(reasons, ["Doesn't cover Pinterest.".to_string()]);
        assert!(r.verdict(ToolId::Buffer).unwrap().0);
        for id in ToolId::ALL {
            assert!(r.verdict(id).is_some());
        }
    }

    #[test]
    fn shortlist_toggles_without_repeats() {
        let mut w = ToolWork::default();
        assert!(w.shortlist_advice().unwrap().starts_with("Pick two"));
        w.set_shortlisted(ToolId::Later, true);
        w.set_shortlisted(ToolId::Later, true);
        assert_eq!(w.shortlist, vec![ToolId::Later]);
        assert!(w.shortlist_advice().unwrap().starts_with("One tool"));
        w.set_shortlisted(ToolId::Buffer, true);
        assert_eq!(w.shortlist_advice(), None);
        w.set_shortlisted(ToolId::Hootsuite, true);
        assert!(w.shortlist_advice().unwrap().starts_with("More than two"));
        w.set_shortlisted(ToolId::Later, false);
        assert_eq!(w.shortlist, vec![ToolId::Buffer, ToolId::Hootsuite]);
    }

    #[test]
    fn benefits_and_risks_are_listed() {
        assert_eq!(BENEFITS.len(), 7);
        assert_eq!(RISKS.len(), 4);
        assert!(BENEFITS.iter().any(|b| b.title == "Shared inbox"));
    }
}

//! Social media management tools (lesson `management-tools`, widget `tool-chooser`).
//!
//! What six well-known tools are generally known for, **as of 2025** (features, networks and
//! plans change often: every row says "check current plans"; no exact prices), the benefits and
//! risks of third-party tools, and [`filter`], which sorts the tools into fits and misfits for
//! the learner's networks, team size and budget, with reasons.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{clean_text, Network, MAX_TEXT};
use crate::content::text::tools as t;

/// Shown with every tool row.
pub const AS_OF: &str = t::AS_OF;

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
            Support::Yes => t::SUPPORT_YES,
            Support::Limited => t::SUPPORT_LIMITED,
            Support::No => t::SUPPORT_NO,
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
            Feature::Scheduling => t::FEATURE_SCHEDULING,
            Feature::SharedInbox => t::SHARED_INBOX,
            Feature::Analytics => t::ANALYTICS_AND_REPORTS,
            Feature::Listening => t::SOCIAL_LISTENING,
            Feature::Approvals => t::APPROVAL_WORKFLOWS,
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
            PriceBand::Low => t::LOW,
            PriceBand::Medium => t::MEDIUM,
            PriceBand::High => t::HIGH,
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
            TeamSize::Solo => t::TEAM_SOLO,
            TeamSize::Small => t::TEAM_SMALL,
            TeamSize::Large => t::TEAM_LARGE,
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
            BudgetBand::FreeOnly => t::BUDGET_FREE_ONLY,
            BudgetBand::Low => t::LOW,
            BudgetBand::Medium => t::MEDIUM,
            BudgetBand::High => t::HIGH,
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
        name: t::META_NAME,
        known_for: t::META_KNOWN_FOR,
        typical_fit: t::META_FIT,
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
        name: t::BUFFER_NAME,
        known_for: t::BUFFER_KNOWN_FOR,
        typical_fit: t::BUFFER_FIT,
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
        name: t::HOOTSUITE_NAME,
        known_for: t::HOOTSUITE_KNOWN_FOR,
        typical_fit: t::HOOTSUITE_FIT,
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
        name: t::SPROUT_NAME,
        known_for: t::SPROUT_KNOWN_FOR,
        typical_fit: t::SPROUT_FIT,
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
        name: t::LATER_NAME,
        known_for: t::LATER_KNOWN_FOR,
        typical_fit: t::LATER_FIT,
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
        name: t::AGORAPULSE_NAME,
        known_for: t::AGORAPULSE_KNOWN_FOR,
        typical_fit: t::AGORAPULSE_FIT,
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
        title: t::BENEFIT_SCHEDULING,
        text: t::BENEFIT_SCHEDULING_TEXT,
    },
    Point {
        title: t::SHARED_INBOX,
        text: t::BENEFIT_INBOX_TEXT,
    },
    Point {
        title: t::ANALYTICS_AND_REPORTS,
        text: t::BENEFIT_ANALYTICS_TEXT,
    },
    Point {
        title: t::SOCIAL_LISTENING,
        text: t::BENEFIT_LISTENING_TEXT,
    },
    Point {
        title: t::APPROVAL_WORKFLOWS,
        text: t::BENEFIT_APPROVALS_TEXT,
    },
    Point {
        title: t::BENEFIT_ASSETS,
        text: t::BENEFIT_ASSETS_TEXT,
    },
    Point {
        title: t::BENEFIT_PERMISSIONS,
        text: t::BENEFIT_PERMISSIONS_TEXT,
    },
];

/// The risks to manage (from the lesson).
pub const RISKS: [Point; 4] = [
    Point {
        title: t::RISK_OVER_AUTOMATION,
        text: t::RISK_OVER_AUTOMATION_TEXT,
    },
    Point {
        title: t::RISK_COST_CREEP,
        text: t::RISK_COST_CREEP_TEXT,
    },
    Point {
        title: t::RISK_API_LIMITS,
        text: t::RISK_API_LIMITS_TEXT,
    },
    Point {
        title: t::RISK_LOCK_IN,
        text: t::RISK_LOCK_IN_TEXT,
    },
];

/// Shown when the learner is on one or two platforms.
pub const NATIVE_TOOLS_NOTE: &str = t::NATIVE_TOOLS_NOTE;

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
        [rest @ .., last] => t::network_list(rest.join(", "), last),
    }
}

fn problems(
    tool: &ToolInfo,
    wanted: &BTreeSet<Network>,
    team: TeamSize,
    budget: BudgetBand,
) -> Vec<String> {
    let mut out = Vec::new();
    let missing: Vec<Network> = wanted
        .iter()
        .copied()
        .filter(|&n| !tool.covers(n))
        .collect();
    if !missing.is_empty() {
        out.push(t::does_not_cover(network_list(&missing)));
    }
    match budget.max_price() {
        None if !tool.free_tier => out.push(t::NO_FREE_PLAN.to_string()),
        Some(max) if tool.price_band > max => {
            out.push(t::above_budget(tool.price_band.label().to_lowercase()))
        }
        _ => {}
    }
    if team == TeamSize::Large {
        if tool.approvals != Support::Yes {
            out.push(t::NO_APPROVALS.to_string());
        }
        if tool.shared_inbox != Support::Yes {
            out.push(t::NO_SHARED_INBOX.to_string());
        }
    }
    out
}

fn strengths(
    tool: &ToolInfo,
    wanted: &BTreeSet<Network>,
    team: TeamSize,
    budget: BudgetBand,
) -> Vec<String> {
    let mut out = Vec::new();
    if !wanted.is_empty() {
        let list: Vec<Network> = wanted.iter().copied().collect();
        out.push(t::covers(network_list(&list)));
    }
    out.push(match (budget, tool.id) {
        (_, ToolId::MetaBusinessSuite) => t::FREE.to_string(),
        (BudgetBand::FreeOnly, _) => t::FREE_PLAN_LIMITED.to_string(),
        _ => t::price_band(tool.price_band.label()),
    });
    match team {
        TeamSize::Solo => out.push(t::solo_support(
            tool.scheduling.label().to_lowercase(),
            tool.shared_inbox.label().to_lowercase(),
        )),
        TeamSize::Small | TeamSize::Large if tool.approvals == Support::Yes => {
            out.push(t::TEAM_APPROVALS.to_string())
        }
        TeamSize::Small | TeamSize::Large => out.push(t::TEAM_LOGINS.to_string()),
    }
    out.push(t::known_for(tool.known_for));
    out
}

fn notes(wanted: &BTreeSet<Network>) -> Vec<String> {
    let mut out = Vec::new();
    if wanted.is_empty() {
        out.push(t::NOTE_CHOOSE_NETWORKS.to_string());
    } else if wanted.iter().all(|n| META_ONLY.contains(n)) {
        out.push(t::NOTE_META_ONLY.to_string());
    }
    if (1..=2).contains(&wanted.len()) {
        out.push(NATIVE_TOOLS_NOTE.to_string());
    }
    out.push(t::NOTE_SHORTLIST.to_string());
    out.push(t::features_and_plans(AS_OF));
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
            0 => Some(t::SHORTLIST_NONE),
            1 => Some(t::SHORTLIST_ONE),
            2 => None,
            _ => Some(t::SHORTLIST_MANY),
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

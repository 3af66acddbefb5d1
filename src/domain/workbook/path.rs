//! "Build my plan in about an hour": the workbook tools as one path for a busy owner, in the
//! order a plan is built (audience → platforms → goal → pillars and calendar → replies → tools →
//! measurement), each with why it matters and the lesson behind it.
//!
//! [`progress`] decides, from what the learner has stored, which steps are done and which comes
//! next. Home and My progress both show its answer, so they never disagree.

use super::plan::{measurement_lines, tools_lines};
use crate::content::text::path as t;
use crate::domain::recommender::is_described;
use crate::domain::store::ProgressData;

/// One step of the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathStep {
    /// Stable id, for HTML ids and tests.
    pub id: &'static str,
    pub title: &'static str,
    /// The tool page that does it (`/tools/<slug>`).
    pub tool: &'static str,
    /// Why this step, in one sentence.
    pub why: &'static str,
    /// The lesson that explains it (slug).
    pub lesson: &'static str,
    /// Minutes it takes a learner who knows their business (the path adds up to about an hour).
    pub minutes: u32,
}

/// The steps, in order.
pub const STEPS: [PathStep; 7] = [
    PathStep {
        id: "audience",
        title: t::AUDIENCE,
        tool: "audience-targeting",
        why: t::AUDIENCE_WHY,
        lesson: "target-demographics-personas",
        minutes: 8,
    },
    PathStep {
        id: "platforms",
        title: t::PLATFORMS,
        tool: "audience-targeting",
        why: t::PLATFORMS_WHY,
        lesson: "evaluating-platforms",
        minutes: 4,
    },
    PathStep {
        id: "goal",
        title: t::GOAL,
        tool: "smart-goal",
        why: t::GOAL_WHY,
        lesson: "smart-goals-kpis",
        minutes: 8,
    },
    PathStep {
        id: "calendar",
        title: t::CALENDAR,
        tool: "process-map",
        why: t::CALENDAR_WHY,
        lesson: "content-pillars-formats-cadence",
        minutes: 15,
    },
    PathStep {
        id: "replies",
        title: t::REPLIES,
        tool: "feedback-triage",
        why: t::REPLIES_WHY,
        lesson: "negative-feedback-process",
        minutes: 10,
    },
    PathStep {
        id: "tools",
        title: t::TOOLS,
        tool: "tool-chooser",
        why: t::TOOLS_WHY,
        lesson: "management-tools",
        minutes: 5,
    },
    PathStep {
        id: "measurement",
        title: t::MEASUREMENT,
        tool: "analytics-calculators",
        why: t::MEASUREMENT_WHY,
        lesson: "metrics-that-matter",
        minutes: 10,
    },
];

/// The plan page, where the path ends.
pub const PLAN_TOOL: &str = "plan-summary";

/// Which steps are done, and what comes next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathProgress {
    /// One flag per step of [`STEPS`], in order.
    pub done: [bool; STEPS.len()],
    /// The first step not done (`None` when every step is done: the plan is ready).
    pub next: Option<&'static PathStep>,
}

impl PathProgress {
    pub fn done_count(&self) -> usize {
        self.done.iter().filter(|d| **d).count()
    }

    /// Nothing entered in any step yet.
    pub fn not_started(&self) -> bool {
        self.done_count() == 0
    }

    /// Minutes left on the steps not done.
    pub fn minutes_left(&self) -> u32 {
        STEPS
            .iter()
            .zip(self.done)
            .filter(|(_, d)| !d)
            .map(|(s, _)| s.minutes)
            .sum()
    }
}

/// Whether one step is done, from what the learner has stored.
fn is_done(step: &PathStep, data: &ProgressData) -> bool {
    let wb = &data.workbook;
    match step.id {
        "audience" => data
            .active_persona
            .and_then(|i| data.personas.get(i))
            .is_some_and(is_described),
        "platforms" => !data.chosen_platforms.is_empty(),
        "goal" => !wb.smart.goal.trim().is_empty(),
        "calendar" => wb.process.calendar.days.values().any(|d| !d.is_empty()),
        "replies" => {
            let pb = &wb.triage.playbook;
            pb.tone.is_some() || pb.templates.values().any(|t| !t.trim().is_empty())
        }
        "tools" => !tools_lines(wb).is_empty(),
        "measurement" => !measurement_lines(wb).is_empty(),
        _ => false,
    }
}

/// The learner's progress along the path. The one place that decides what comes next.
pub fn progress(data: &ProgressData) -> PathProgress {
    let mut done = [false; STEPS.len()];
    for (flag, step) in done.iter_mut().zip(&STEPS) {
        *flag = is_done(step, data);
    }
    let next = STEPS.iter().zip(done).find(|(_, d)| !d).map(|(s, _)| s);
    PathProgress { done, next }
}

/// The total time of the path, in minutes.
pub fn total_minutes() -> u32 {
    STEPS.iter().map(|s| s.minutes).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{lesson, Widget};
    use crate::domain::recommender::Persona;
    use crate::domain::workbook::process::{CalendarEntry, Weekday};
    use crate::domain::workbook::triage::Tone;

    #[test]
    fn every_step_names_a_real_tool_and_lesson_and_the_path_takes_about_an_hour() {
        for s in STEPS {
            assert!(Widget::from_slug(s.tool).is_some(), "{}", s.tool);
            assert!(lesson(s.lesson).is_some(), "{}", s.lesson);
        }
        assert!(Widget::from_slug(PLAN_TOOL).is_some());
        assert!((50..=70).contains(&total_minutes()), "{}", total_minutes());
    }

    #[test]
    fn a_new_learner_starts_with_the_audience() {
        let p = progress(&ProgressData::default());
        assert!(p.not_started());
        assert_eq!(p.next.map(|s| s.id), Some("audience"));
        assert_eq!(p.minutes_left(), total_minutes());
    }

    #[test]
    fn the_next_step_is_the_first_not_done_and_none_when_all_are() {
        let mut data = ProgressData::default();
        // A persona saved but not described is not an audience yet.
        data.personas.push(Persona::default());
        data.active_persona = Some(0);
        assert_eq!(progress(&data).next.map(|s| s.id), Some("audience"));
        data.personas[0]
            .ages
            .push(crate::content::platforms::AgeBand::From30To49);
        assert_eq!(progress(&data).next.map(|s| s.id), Some("platforms"));
        // Done out of order: the goal is done, the platforms are still next.
        data.workbook.smart.goal = "20 bookings from Instagram by June".into();
        let p = progress(&data);
        assert_eq!(p.next.map(|s| s.id), Some("platforms"));
        assert_eq!(p.done_count(), 2);
        data.chosen_platforms.push("instagram".into());
        assert_eq!(progress(&data).next.map(|s| s.id), Some("calendar"));
        data.workbook
            .process
            .calendar
            .add(Weekday::Tue, CalendarEntry::default());
        assert_eq!(progress(&data).next.map(|s| s.id), Some("replies"));
        data.workbook.triage.playbook.tone = Some(Tone::Warm);
        assert_eq!(progress(&data).next.map(|s| s.id), Some("tools"));
        data.workbook.tools.decision = "Meta Business Suite: free, both my platforms".into();
        assert_eq!(progress(&data).next.map(|s| s.id), Some("measurement"));
        data.workbook.analytics.measurement.weekly = "Bookings from Instagram".into();
        let p = progress(&data);
        assert_eq!(p.next, None);
        assert_eq!(p.done_count(), STEPS.len());
        assert_eq!(p.minutes_left(), 0);
        // A blank goal is not a goal.
        data.workbook.smart.goal = "   ".into();
        assert_eq!(progress(&data).next.map(|s| s.id), Some("goal"));
    }
}

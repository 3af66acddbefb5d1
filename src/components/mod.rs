//! Widgets, one per file.

pub mod analytics_calculators;
pub mod audience_targeting;
pub mod feedback_triage;
pub mod notices;
pub mod plan_summary;
pub mod platform_explorer;
pub mod process_calendar;
pub mod process_map;
pub mod process_order;
pub mod process_post;
pub mod progress_data;
pub mod quiz;
pub mod radio_choices;
pub mod site_footer;
pub mod site_header;
pub mod smart_goal;
pub mod theme_toggle;
pub mod tool;
pub mod tool_chooser;
pub mod traditional_vs_social;
pub mod triage_chart;
pub mod triage_playbook;
pub mod widget_block;

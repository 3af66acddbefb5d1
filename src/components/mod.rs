//! Widgets, one per file.

pub mod notices;
pub mod quiz;
pub mod site_footer;
pub mod site_header;
pub mod theme_toggle;
pub mod widget_block;

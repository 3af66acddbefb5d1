//! The week of posts as an iCalendar file (RFC 5545) that Google Calendar, Apple Calendar and
//! Outlook import: one weekly repeating event per planned post.
//!
//! What the RFC asks and where it is done: CRLF after every line ([`Ics::line`]); lines folded at
//! 75 octets without splitting a UTF-8 character ([`fold`]); TEXT values escaped ([`escape_text`]);
//! a `UID` that is the same every time the same plan is exported ([`uid`]), so importing the
//! file twice updates the events instead of doubling them; `DTSTAMP` in UTC; `DTSTART` as
//! floating local time (no time zone: 09:00 is 09:00 wherever the learner's calendar is) and
//! `RRULE:FREQ=WEEKLY` from the first week the learner picked.

use crate::content::text::process as t;
use crate::domain::date::Date;
use crate::domain::workbook::process::{CalendarEntry, WeekCalendar};
use crate::domain::workbook::slug_of;

/// The file's name when downloaded.
pub const FILE_NAME: &str = t::CALENDAR_FILE_NAME;
/// The MIME type of an iCalendar file.
pub const MIME: &str = "text/calendar;charset=utf-8";

/// Longest line in octets, not counting the CRLF (RFC 5545 §3.1).
const MAX_OCTETS: usize = 75;
/// The first post of a day is at 09:00, the next at 10:00 and so on (a day holds at most ten).
const FIRST_HOUR: usize = 9;
/// Each post is a 30-minute slot: time to publish and answer the first comments.
const DURATION: &str = "PT30M";

/// A moment in UTC, for `DTSTAMP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcStamp {
    pub date: Date,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl UtcStamp {
    fn basic(self) -> String {
        format!(
            "{}T{:02}{:02}{:02}Z",
            self.date.basic(),
            self.hour.min(23),
            self.minute.min(59),
            self.second.min(59)
        )
    }
}

/// The calendar file: one repeating event per post in `calendar`, the first on or after
/// `first_week` (normally a Monday). `business` names the calendar when it is not blank.
pub fn week_to_ics(
    calendar: &WeekCalendar,
    first_week: Date,
    business: &str,
    stamp: UtcStamp,
) -> String {
    let mut ics = Ics::default();
    ics.line("BEGIN:VCALENDAR");
    ics.line("VERSION:2.0");
    ics.line("PRODID:-//Social media marketing course//Content calendar//EN");
    ics.line("CALSCALE:GREGORIAN");
    ics.line("METHOD:PUBLISH");
    let business = business.trim();
    let name = if business.is_empty() {
        t::CALENDAR_NAME.to_string()
    } else {
        t::calendar_name_for(business)
    };
    ics.line(&format!("X-WR-CALNAME:{}", escape_text(&name)));
    for (day, entries) in &calendar.days {
        let start = first_week.next_or_same(*day);
        for (index, entry) in entries.iter().enumerate() {
            ics.line("BEGIN:VEVENT");
            ics.line(&format!("UID:{}", uid(first_week, *day, index)));
            ics.line(&format!("DTSTAMP:{}", stamp.basic()));
            ics.line(&format!(
                "DTSTART:{}T{:02}0000",
                start.basic(),
                FIRST_HOUR + index
            ));
            ics.line(&format!("DURATION:{DURATION}"));
            ics.line("RRULE:FREQ=WEEKLY");
            ics.line(&format!("SUMMARY:{}", escape_text(&summary(entry))));
            ics.line(&format!("DESCRIPTION:{}", escape_text(&description(entry))));
            // A post is a reminder, not a meeting: it does not make the learner look busy.
            ics.line("TRANSP:TRANSPARENT");
            ics.line("END:VEVENT");
        }
    }
    ics.line("END:VCALENDAR");
    ics.0
}

/// "Instagram post: The bake"; the parts missing from the entry are left out.
pub fn summary(entry: &CalendarEntry) -> String {
    let what = match entry.platform {
        Some(p) => t::calendar_platform_post(p.label()),
        None => t::CALENDAR_EVENT.to_string(),
    };
    let pillar = entry.pillar.trim();
    if pillar.is_empty() {
        what
    } else {
        t::calendar_summary(what, pillar)
    }
}

fn description(entry: &CalendarEntry) -> String {
    let mut lines = vec![t::calendar_format(entry.format.label())];
    if !entry.pillar.trim().is_empty() {
        lines.push(t::calendar_pillar(entry.pillar.trim()));
    }
    if !entry.note.trim().is_empty() {
        lines.push(t::calendar_note(entry.note.trim()));
    }
    lines.join("\n")
}

/// A post's `UID` names its slot: the first week, the day and its place that day. Exporting again
/// gives the same events, and a post edited in the workbook replaces its event when the file is
/// imported again instead of leaving the old one beside it.
pub fn uid(
    first_week: Date,
    day: crate::domain::workbook::process::Weekday,
    index: usize,
) -> String {
    format!(
        "{}-{}-{}@smm-course.invalid",
        first_week.basic(),
        slug_of(&day),
        index + 1
    )
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break as
/// `\n`; other control characters (a stray CR, a tab's neighbours) dropped, as TEXT may not
/// hold them.
pub fn escape_text(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(normalised.len() + 8);
    for c in normalised.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded (RFC 5545 §3.1): at most 75 octets a line, continuation lines
/// starting with a space (which counts), breaks only between characters, each line ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// The file being written, one folded line at a time.
#[derive(Default)]
struct Ics(String);

impl Ics {
    fn line(&mut self, content: &str) {
        self.0.push_str(&fold(content));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::workbook::process::{PostFormat, Weekday};
    use crate::domain::workbook::Network;

    fn stamp() -> UtcStamp {
        UtcStamp {
            date: Date::new(2025, 5, 21).unwrap(),
            hour: 8,
            minute: 5,
            second: 9,
        }
    }

    fn monday() -> Date {
        Date::new(2025, 5, 26).unwrap()
    }

    fn week() -> WeekCalendar {
        let mut cal = WeekCalendar::default();
        cal.add(
            Weekday::Wed,
            CalendarEntry {
                platform: Some(Network::Instagram),
                pillar: "The bake".into(),
                format: PostFormat::ShortVideo,
                note: "Piping a spring cake; with sprinkles, \"yes\"\\no\nsecond line".into(),
            },
        );
        cal.add(
            Weekday::Mon,
            CalendarEntry {
                platform: Some(Network::Facebook),
                pillar: "Before and after".into(),
                format: PostFormat::Photo,
                note: String::new(),
            },
        );
        cal.add(Weekday::Mon, CalendarEntry::default());
        cal
    }

    /// The file unfolded into its logical lines.
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_line_ends_in_crlf_and_no_bare_newline_is_left() {
        let ics = week_to_ics(&week(), monday(), "Pawfect, Grooming; Ltd", stamp());
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
        assert_eq!(ics.matches('\r').count(), ics.matches("\r\n").count());
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }

    #[test]
    fn one_weekly_event_per_post_from_the_chosen_week() {
        let lines = unfold(&week_to_ics(&week(), monday(), "", stamp()));
        let starts: Vec<&str> = lines
            .iter()
            .filter(|l| l.starts_with("DTSTART"))
            .map(String::as_str)
            .collect();
        assert_eq!(
            starts,
            vec![
                "DTSTART:20250526T090000",
                "DTSTART:20250526T100000",
                "DTSTART:20250528T090000"
            ]
        );
        assert_eq!(
            lines.iter().filter(|l| *l == "RRULE:FREQ=WEEKLY").count(),
            3
        );
        assert_eq!(
            lines
                .iter()
                .filter(|l| *l == "DTSTAMP:20250521T080509Z")
                .count(),
            3
        );
        assert!(lines.contains(&"SUMMARY:Facebook post: Before and after".to_string()));
        assert!(lines.contains(&"SUMMARY:Post".to_string()));
        assert!(lines.contains(&"X-WR-CALNAME:Social media posts".to_string()));
        // A start date in mid-week puts each post on its next weekday.
        let thursday = Date::new(2025, 5, 29).unwrap();
        let lines = unfold(&week_to_ics(&week(), thursday, "", stamp()));
        assert!(lines.contains(&"DTSTART:20250602T090000".to_string()));
        assert!(lines.contains(&"DTSTART:20250604T090000".to_string()));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg\u{7}h\ti"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ngh i"
        );
        let lines = unfold(&week_to_ics(
            &week(),
            monday(),
            "Pawfect, Grooming; Ltd",
            stamp(),
        ));
        assert!(
            lines.contains(&"X-WR-CALNAME:Social media posts: Pawfect\\, Grooming\\; Ltd".into())
        );
        let description = lines
            .iter()
            .find(|l| l.contains("Piping"))
            .expect("the Wednesday post");
        assert_eq!(
            description,
            "DESCRIPTION:Format: Short video (Reel\\, TikTok\\, Short)\\nPillar: The bake\\nNote: \
             Piping a spring cake\\; with sprinkles\\, \"yes\"\\\\no\\nsecond line"
        );
    }

    #[test]
    fn folding_never_splits_a_character() {
        // 'é' is two octets, '🐶' four: every offset of the fold is tried.
        for prefix in 0..6 {
            for text in ["é".repeat(100), "🐶".repeat(60), "aé🐶".repeat(40)] {
                let line = format!("SUMMARY:{}{text}", "x".repeat(prefix));
                let folded = fold(&line);
                assert!(folded.ends_with("\r\n"));
                let parts: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
                assert!(parts.len() > 1);
                for (i, part) in parts.iter().enumerate() {
                    // Each part is a whole &str, so no character was cut.
                    assert!(part.len() <= 75, "{} octets", part.len());
                    if i > 0 {
                        assert!(part.starts_with(' '));
                    }
                    if i + 1 < parts.len() {
                        assert!(part.len() >= 72, "folded only when needed");
                    }
                }
                assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), line);
            }
        }
        assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
        assert_eq!(fold(&"a".repeat(75)), format!("{}\r\n", "a".repeat(75)));
        assert_eq!(
            fold(&"a".repeat(76)),
            format!("{}\r\n a\r\n", "a".repeat(75))
        );
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        let cal = week();
        let a = week_to_ics(&cal, monday(), "", stamp());
        let later = UtcStamp {
            hour: 20,
            ..stamp()
        };
        let b = week_to_ics(&cal, monday(), "", later);
        let uids = |ics: &str| -> Vec<String> {
            unfold(ics)
                .into_iter()
                .filter(|l| l.starts_with("UID:"))
                .collect()
        };
        assert_eq!(uids(&a), uids(&b), "the same plan exports the same UIDs");
        let mut distinct = uids(&a);
        distinct.dedup();
        assert_eq!(distinct.len(), 3);
        assert_eq!(uids(&a)[0], "UID:20250526-mon-1@smm-course.invalid");
        let mut changed = cal.clone();
        changed.days.get_mut(&Weekday::Wed).unwrap()[0].note = "Another cake".into();
        let c = week_to_ics(&changed, monday(), "", stamp());
        assert_eq!(uids(&a), uids(&c), "an edited post keeps its event");
    }

    #[test]
    fn an_empty_week_is_a_valid_empty_calendar() {
        let ics = week_to_ics(&WeekCalendar::default(), monday(), "", stamp());
        assert!(!ics.contains("BEGIN:VEVENT"));
        assert!(ics.contains("END:VCALENDAR\r\n"));
    }
}

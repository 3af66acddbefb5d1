//! Calendar dates without a clock or a time zone: the plan's "made on" line, the first week of the
//! content calendar and the iCalendar file's dates. The browser supplies today's local date; the
//! arithmetic here is plain proleptic Gregorian (days since 1970-01-01), so it is tested natively.

use crate::domain::locale::{Lang, LANG};
use crate::domain::workbook::process::Weekday;

/// A day in the learner's own calendar (no time zone: "the 19th" wherever they are).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// 1–31.
    pub day: u32,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// French month names take no capital: « 30 juin 2026 ».
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

impl Date {
    /// The date if it exists (`2025-02-29` does not).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Reads `YYYY-MM-DD`, what a date input's value holds; `None` for anything else.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// `2025-05-19`, for a date input.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `20250519`, for iCalendar.
    pub fn basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// The date in words for the learner, in this build's language: `19 May 2025` or
    /// `19 mai 2025`.
    pub fn long(self) -> String {
        self.long_in(LANG)
    }

    /// `19 May 2025` in English (day first, read the same way everywhere); `30 juin 2026` and
    /// `1er juin 2026` in French (the first of the month is « 1er »).
    pub fn long_in(self, lang: Lang) -> String {
        let month = (self.month.clamp(1, 12) - 1) as usize;
        match lang {
            Lang::En => format!("{} {} {}", self.day, MONTHS_EN[month], self.year),
            Lang::Fr => {
                let day = if self.day == 1 {
                    "1er".to_string()
                } else {
                    self.day.to_string()
                };
                format!("{day} {} {}", MONTHS_FR[month], self.year)
            }
        }
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (the reverse of [`Date::days`]).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        Weekday::ALL[(self.days() + 3).rem_euclid(7) as usize]
    }

    /// The first date on or after this one that falls on `day`.
    pub fn next_or_same(self, day: Weekday) -> Date {
        let from = weekday_index(self.weekday());
        let to = weekday_index(day);
        self.add_days(((to + 7 - from) % 7) as i64)
    }

    /// The Monday after this date (a week on, when this date is itself a Monday): the default
    /// first week of the calendar, so a plan made on any day starts on a whole week ahead.
    pub fn next_monday(self) -> Date {
        self.add_days(1).next_or_same(Weekday::Mon)
    }
}

fn weekday_index(day: Weekday) -> usize {
    Weekday::ALL.iter().position(|&d| d == day).unwrap_or(0)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The ISO date (`YYYY-MM-DD`) of a day number counted from 1970-01-01.
pub fn iso_date(day: u32) -> String {
    Date::from_days(i64::from(day)).iso()
}

/// The day number of an ISO date (`YYYY-MM-DD`, 1970 or later, a real calendar day).
pub fn parse_iso_date(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    // Exactly the form `iso_date` writes: four, two and two ASCII digits.
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return None;
    }
    u32::try_from(Date::parse_iso(text)?.days()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn days_round_trip_and_know_the_epoch() {
        assert_eq!(d(1970, 1, 1).days(), 0);
        assert_eq!(d(2000, 3, 1).days(), 11_017);
        for n in [-800_000, -1, 0, 59, 10_957, 11_016, 20_000, 2_932_896] {
            assert_eq!(Date::from_days(n).days(), n, "{n}");
        }
        assert_eq!(d(2024, 2, 28).add_days(1), d(2024, 2, 29));
        assert_eq!(d(2025, 2, 28).add_days(1), d(2025, 3, 1));
        assert_eq!(d(2025, 12, 31).add_days(1), d(2026, 1, 1));
    }

    #[test]
    fn weekdays_and_the_next_monday() {
        assert_eq!(d(1970, 1, 1).weekday(), Weekday::Thu);
        assert_eq!(d(2025, 5, 19).weekday(), Weekday::Mon);
        assert_eq!(d(2025, 5, 25).weekday(), Weekday::Sun);
        assert_eq!(d(2025, 5, 21).next_monday(), d(2025, 5, 26));
        assert_eq!(d(2025, 5, 25).next_monday(), d(2025, 5, 26));
        assert_eq!(
            d(2025, 5, 19).next_monday(),
            d(2025, 5, 26),
            "a Monday looks a week on"
        );
        assert_eq!(d(2025, 12, 29).next_or_same(Weekday::Sat), d(2026, 1, 3));
        assert_eq!(d(2025, 5, 19).next_or_same(Weekday::Mon), d(2025, 5, 19));
    }

    #[test]
    fn dates_read_and_write_like_a_date_input() {
        assert_eq!(Date::parse_iso("2025-05-19"), Some(d(2025, 5, 19)));
        assert_eq!(Date::parse_iso(" 2024-02-29 "), Some(d(2024, 2, 29)));
        for bad in [
            "",
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "19/05/2025",
            "2025-5",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert_eq!(d(2025, 5, 9).iso(), "2025-05-09");
        assert_eq!(d(2025, 5, 9).basic(), "20250509");
        assert_eq!(d(2025, 5, 9).long_in(Lang::En), "9 May 2025");
        assert_eq!(d(2025, 5, 9).long(), d(2025, 5, 9).long_in(LANG));
    }

    #[test]
    fn long_dates_in_english_and_french() {
        assert_eq!(d(2026, 6, 30).long_in(Lang::En), "30 June 2026");
        assert_eq!(d(2026, 6, 1).long_in(Lang::En), "1 June 2026");
        assert_eq!(d(2026, 6, 30).long_in(Lang::Fr), "30 juin 2026");
        assert_eq!(d(2026, 6, 1).long_in(Lang::Fr), "1er juin 2026");
        assert_eq!(d(2025, 8, 15).long_in(Lang::Fr), "15 août 2025");
        assert_eq!(d(2025, 2, 1).long_in(Lang::Fr), "1er février 2025");
        assert_eq!(d(2025, 12, 31).long_in(Lang::Fr), "31 décembre 2025");
    }

    #[test]
    fn iso_dates_round_trip_and_reject_non_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(20_147), "2025-02-28");
        assert_eq!(iso_date(19_782), "2024-02-29");
        assert_eq!(parse_iso_date("2024-02-29"), Some(19_782));
        assert_eq!(parse_iso_date("1970-01-01"), Some(0));
        for bad in [
            "2023-02-29",
            "2025-13-01",
            "2025-1-01",
            "1969-12-31",
            "+025-01-01",
            "2025-01-0x",
            "",
            "2025-01-01T00",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        for day in [0, 59, 365, 10_000, 20_000, 2_932_896] {
            assert_eq!(parse_iso_date(&iso_date(day)), Some(day));
        }
        assert!(iso_date(u32::MAX).len() > 10);
    }
}

//! Numbers and dates as each language writes them, with ICU4X's CLDR data.
//!
//! Languages without locale data (Tày, Hmong, most minority languages) use the conventions of the
//! first language of their fallback chain that has data: see [`crate::languages::Languages::locale_code`].

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::input::Decimal;
use icu_decimal::{CompactDecimalFormatter, DecimalFormatter};
use icu_locale_core::Locale;
use intl_pluralrules::{PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Languages that CLDR describes (the ones it has plural rules for).
static CLDR_LANGUAGES: LazyLock<BTreeSet<String>> = LazyLock::new(|| {
    PluralRules::get_locales(PluralRuleType::CARDINAL)
        .into_iter()
        .map(|langid| langid.to_string())
        .collect()
});

/// Whether CLDR has locale data (plurals, numbers, dates) for a language tag.
pub fn has_locale_data(code: &str) -> bool {
    let Ok(langid) = code.parse::<LanguageIdentifier>() else {
        return false;
    };
    CLDR_LANGUAGES.contains(&langid.to_string())
        || CLDR_LANGUAGES.contains(langid.language.as_str())
}

/// A calendar date, as written in front matter (`2025-11-16`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// ISO 8601, for feeds, sitemaps and `<time datetime>`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;

    /// Accepts `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`) that is ignored.
    fn from_str(text: &str) -> Result<Self, String> {
        let day_part = text.trim().split(['T', ' ']).next().unwrap_or_default();
        let invalid = || format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2025-11-16");
        let mut parts = day_part.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(invalid());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(invalid());
        }
        let (year, month, day) = (
            y.parse::<i32>().map_err(|_| invalid())?,
            m.parse::<u8>().map_err(|_| invalid())?,
            d.parse::<u8>().map_err(|_| invalid())?,
        );
        IcuDate::try_new_gregorian(year, month, day)
            .map_err(|_| format!("`{text}` is not a day of the calendar"))?;
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Vietnam's offset from UTC (Asia/Ho_Chi_Minh, no daylight saving time): the time zone of a
/// schedule written without one.
pub const VIETNAM_OFFSET_SECONDS: i64 = 7 * 3600;

/// A moment, as seconds since 1970-01-01T00:00:00Z, with the calendar day it was written on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment {
    pub seconds: i64,
    pub day: Date,
}

impl FromStr for Moment {
    type Err = String;

    /// `2026-01-05` (midnight, Vietnam time), `2026-01-05T08:00` or `2026-01-05 08:00:30`
    /// (Vietnam time), or RFC 3339 with its offset (`2026-01-05T08:00:00+07:00`, `…Z`).
    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let invalid = || {
            format!(
                "`{text}` is not a date or time; write YYYY-MM-DD, or RFC 3339 such as \
                 2026-01-05T08:00:00+07:00"
            )
        };
        let (day_part, time_part) = match text.find(['T', 't', ' ']) {
            Some(at) => (&text[..at], Some(&text[at + 1..])),
            None => (text, None),
        };
        let day: Date = day_part.parse().map_err(|_| invalid())?;
        let (mut clock, mut offset) = (0, VIETNAM_OFFSET_SECONDS);
        if let Some(time) = time_part {
            let (time, zone) = match time.find(['Z', 'z', '+', '-']) {
                Some(at) => (&time[..at], Some(&time[at..])),
                None => (time, None),
            };
            let fields: Vec<&str> = time.split(':').collect();
            let number = |s: &str, max: i64| {
                let whole = s.split('.').next().unwrap_or_default();
                (whole.len() == 2)
                    .then(|| whole.parse::<i64>().ok())
                    .flatten()
                    .filter(|n| *n <= max)
            };
            clock = match fields.as_slice() {
                [h, m] => number(h, 23)
                    .zip(number(m, 59))
                    .map(|(h, m)| h * 3600 + m * 60),
                [h, m, s] => number(h, 23)
                    .zip(number(m, 59))
                    .zip(number(s, 60))
                    .map(|((h, m), s)| h * 3600 + m * 60 + s),
                _ => None,
            }
            .ok_or_else(invalid)?;
            offset = match zone {
                None => VIETNAM_OFFSET_SECONDS,
                Some("Z" | "z") => 0,
                Some(zone) => {
                    let sign = if zone.starts_with('-') { -1 } else { 1 };
                    let (h, m) = zone[1..].split_once(':').ok_or_else(invalid)?;
                    let (h, m) = number(h, 23).zip(number(m, 59)).ok_or_else(invalid)?;
                    sign * (h * 3600 + m * 60)
                }
            };
        }
        let seconds = days_from_civil(day) * 86_400 + clock - offset;
        Ok(Moment { seconds, day })
    }
}

impl Moment {
    /// The start of `day` in Vietnam time.
    pub fn midnight(day: Date) -> Moment {
        Moment {
            seconds: days_from_civil(day) * 86_400 - VIETNAM_OFFSET_SECONDS,
            day,
        }
    }

    /// RFC 2822 in Vietnam time, the date format of RSS: `Tue, 20 May 2025 08:00:00 +0700`.
    pub fn rfc2822(&self) -> String {
        const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let local = self.seconds + VIETNAM_OFFSET_SECONDS;
        let (days, clock) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        let date = civil_from_days(days);
        // 1970-01-01 was a Thursday.
        let weekday = WEEKDAYS[(days + 4).rem_euclid(7) as usize];
        format!(
            "{weekday}, {:02} {} {:04} {:02}:{:02}:{:02} +0700",
            date.day,
            MONTHS[usize::from(date.month) - 1],
            date.year,
            clock / 3600,
            clock / 60 % 60,
            clock % 60
        )
    }
}

/// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date {
        year: year as i32,
        month: month as u8,
        day: day as u8,
    }
}

/// Days from 1970-01-01 to `date` in the proleptic Gregorian calendar (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(date: Date) -> i64 {
    let (month, day) = (i64::from(date.month), i64::from(date.day));
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Formats numbers and dates for one locale.
pub struct Formatter {
    locale: String,
    decimal: DecimalFormatter,
    /// Long compact forms ("617 triệu", "2.73 million") for large amounts.
    compact: CompactDecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
}

impl fmt::Debug for Formatter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Formatter")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Formatter {
    /// A formatter for a locale that [`has_locale_data`] (or any tag: ICU falls back to root).
    pub fn new(locale_code: &str) -> Result<Self, String> {
        let locale =
            Locale::try_from_str(locale_code).map_err(|e| format!("`{locale_code}`: {e}"))?;
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
            .map_err(|e| format!("no number format for `{locale_code}`: {e}"))?;
        let compact = CompactDecimalFormatter::try_new_long((&locale).into(), Default::default())
            .map_err(|e| format!("no compact number format for `{locale_code}`: {e}"))?;
        // Korean newspapers write "2025년 11월 16일"; CLDR's medium Korean date is "2025/11/16".
        let length = if locale_code == "ko" {
            YMD::long()
        } else {
            YMD::medium()
        };
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), length)
            .map_err(|e| format!("no date format for `{locale_code}`: {e}"))?;
        Ok(Formatter {
            locale: locale_code.to_string(),
            decimal,
            compact,
            date,
        })
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// A decimal number written in plain digits (`9776`, `99.7`, `-3`) in the locale's style.
    pub fn number(&self, plain: &str) -> Result<String, String> {
        let decimal =
            Decimal::from_str(plain.trim()).map_err(|_| format!("`{plain}` is not a number"))?;
        Ok(self.decimal.format(&decimal).to_string())
    }

    /// A number as people say it: from a million up, in the locale's long compact form with every
    /// digit given (`617000000` → "617 triệu", `2730000` → "2.73 million"); below, as [`Self::number`].
    pub fn compact(&self, plain: &str) -> Result<String, String> {
        let mut decimal =
            Decimal::from_str(plain.trim()).map_err(|_| format!("`{plain}` is not a number"))?;
        let magnitude = decimal.absolute.nonzero_magnitude_start();
        if magnitude < 6 {
            return Ok(self.decimal.format(&decimal).to_string());
        }
        let exponent = self.compact.compact_exponent_for_magnitude(magnitude);
        decimal.absolute.multiply_pow10(-i16::from(exponent));
        decimal.absolute.trim_end();
        self.compact
            .format_with_exponent(&decimal, exponent)
            .map(|formatted| formatted.to_string())
            .map_err(|e| format!("`{plain}`: {e}"))
    }

    /// A date in the locale's style. Vietnamese is pinned to the dd/MM/yyyy that Vietnamese
    /// newspapers and administrations write, whatever CLDR's medium pattern is.
    pub fn date(&self, date: Date) -> String {
        if self.locale == "vi" {
            return format!("{:02}/{:02}/{:04}", date.day, date.month, date.year);
        }
        match IcuDate::try_new_gregorian(date.year, date.month, date.day) {
            Ok(icu_date) => self.date.format(&icu_date).to_string(),
            Err(_) => date.iso(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_numbers_and_dates() {
        let vi = Formatter::new("vi").unwrap();
        assert_eq!(vi.number("9776").unwrap(), "9.776");
        assert_eq!(vi.number("99.7").unwrap(), "99,7");
        assert_eq!(vi.date("2025-11-16".parse().unwrap()), "16/11/2025");
    }

    #[test]
    fn english_and_khmer_numbers_and_dates() {
        let en = Formatter::new("en").unwrap();
        assert_eq!(en.number("9776").unwrap(), "9,776");
        assert_eq!(en.date("2025-11-16".parse().unwrap()), "Nov 16, 2025");
        let km = Formatter::new("km").unwrap();
        assert_eq!(km.number("617000000").unwrap(), "617,000,000");
        assert!(km.date("2025-11-16".parse().unwrap()).contains("2025"));
    }

    /// The foreign editions write numbers and dates as CLDR says each language does: the ICU4X
    /// data compiled into loa covers every one of them (no root-locale fallback).
    #[test]
    fn foreign_editions_write_numbers_and_dates_their_own_way() {
        let date: Date = "2025-11-16".parse().unwrap();
        let cases = [
            ("en", "9,776.5", "Nov 16, 2025"),
            ("fr", "9\u{202f}776,5", "16 nov. 2025"),
            ("pt", "9.776,5", "16 de nov. de 2025"),
            ("es", "9776,5", "16 nov 2025"),
            ("de", "9.776,5", "16.11.2025"),
            ("ru", "9\u{a0}776,5", "16 нояб. 2025\u{202f}г."),
            ("id", "9.776,5", "16 Nov 2025"),
            ("zh", "9,776.5", "2025年11月16日"),
            ("ja", "9,776.5", "2025/11/16"),
            ("ko", "9,776.5", "2025년 11월 16일"),
            ("th", "9,776.5", "16 พ.ย. 2025"),
            ("lo", "9.776,5", "16 ພ.ຈ. 2025"),
            ("km", "9,776.5", "16 វិច្ឆិកា 2025"),
        ];
        let mut wrong = Vec::new();
        for (lang, number, day) in cases {
            assert!(has_locale_data(lang), "{lang}");
            let formatter = Formatter::new(lang).unwrap();
            let got = (formatter.number("9776.5").unwrap(), formatter.date(date));
            if got != (number.to_string(), day.to_string()) {
                wrong.push(format!("{lang}: {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn large_numbers_in_words_keep_their_digits() {
        let vi = Formatter::new("vi").unwrap();
        assert_eq!(vi.compact("617000000").unwrap(), "617 triệu");
        assert_eq!(vi.compact("2730000").unwrap(), "2,73 triệu");
        assert_eq!(vi.compact("9776").unwrap(), "9.776");
        let en = Formatter::new("en").unwrap();
        assert_eq!(en.compact("2730000").unwrap(), "2.73 million");
        assert_eq!(en.compact("617000000").unwrap(), "617 million");
        let km = Formatter::new("km").unwrap();
        assert!(km.compact("617000000").unwrap().starts_with("617"));
    }

    #[test]
    fn locale_data_is_known_for_vi_km_en_but_not_tay_or_hmong() {
        assert!(has_locale_data("vi") && has_locale_data("km") && has_locale_data("en"));
        assert!(!has_locale_data("tyz") && !has_locale_data("hmn") && !has_locale_data("rad"));
    }

    #[test]
    fn moments_are_read_in_vietnam_time_unless_they_name_an_offset() {
        let at = |text: &str| text.parse::<Moment>().unwrap().seconds;
        // 2026-01-05T00:00:00Z is 1767571200.
        assert_eq!(at("2026-01-05T00:00:00Z"), 1_767_571_200);
        assert_eq!(at("2026-01-05T07:00:00+07:00"), 1_767_571_200);
        assert_eq!(at("2026-01-05 07:00"), 1_767_571_200);
        let rfc = |text: &str| text.parse::<Moment>().unwrap().rfc2822();
        assert_eq!(rfc("2025-05-20"), "Tue, 20 May 2025 00:00:00 +0700");
        assert_eq!(
            rfc("2024-02-29T23:30:05Z"),
            "Fri, 01 Mar 2024 06:30:05 +0700"
        );
        assert_eq!(
            rfc("1969-12-31T17:00:00Z"),
            "Thu, 01 Jan 1970 00:00:00 +0700"
        );
        assert_eq!(at("2026-01-05"), 1_767_571_200 - 7 * 3600);
        assert_eq!(at("2026-01-04T19:00:00-05:00"), 1_767_571_200);
        assert_eq!(at("1970-01-01T00:00:00Z"), 0);
        assert_eq!(
            "2026-01-05T08:00".parse::<Moment>().unwrap().day,
            "2026-01-05".parse::<Date>().unwrap()
        );
        for bad in [
            "2026-01-05T25:00",
            "2026-01-05T08",
            "2026-13-01",
            "tomorrow",
            "2026-01-05T08:00+7",
        ] {
            assert!(
                bad.parse::<Moment>().unwrap_err().contains("RFC 3339"),
                "{bad}"
            );
        }
    }

    #[test]
    fn bad_dates_are_explained() {
        assert!(
            "2025-02-30"
                .parse::<Date>()
                .unwrap_err()
                .contains("not a day")
        );
        assert!(
            "16/11/2025"
                .parse::<Date>()
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        assert_eq!(
            "2025-11-16T08:00:00+07:00".parse::<Date>().unwrap().iso(),
            "2025-11-16"
        );
    }
}

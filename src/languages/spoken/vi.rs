//! Vietnamese as an announcer says it: numbers after CLDR's spell-out rules (`rbnf/vi.xml`,
//! `%spellout-cardinal`), dates, times, percentages, money, phone numbers and the campaign's
//! abbreviations, in a text written the Vietnamese way (`9.776` is nine thousand…, `2,38` a
//! decimal). Where loa departs from CLDR, and why, is said at each function and in
//! docs/broadcast.md.

use super::Vocabulary;

const UNITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

/// CLDR's `%spellout-cardinal` up to 10^18 (beyond it CLDR writes digits, and so does loa).
pub fn cardinal(n: u64) -> String {
    const THOUSAND: u64 = 1_000;
    const MILLION: u64 = 1_000_000;
    const BILLION: u64 = 1_000_000_000;
    match n {
        0..=9 => UNITS[n as usize].to_string(),
        10..=19 => joined("mười".into(), n % 10, teen),
        20..=99 => joined(format!("{} mươi", UNITS[(n / 10) as usize]), n % 10, x_ty),
        100..=999 => joined(
            format!("{} trăm", UNITS[(n / 100) as usize]),
            n % 100,
            after_hundred,
        ),
        THOUSAND..MILLION => joined(
            format!("{} nghìn", cardinal(n / THOUSAND)),
            n % THOUSAND,
            after_thousand,
        ),
        MILLION..BILLION => joined(
            format!("{} triệu", cardinal(n / MILLION)),
            n % MILLION,
            after_hundred,
        ),
        BILLION..1_000_000_000_000_000_000 => joined(
            format!("{} tỷ", cardinal(n / BILLION)),
            n % BILLION,
            after_hundred,
        ),
        _ => n.to_string(),
    }
}

/// `head`, and the rest `rest` spelled by `rule` when it is not zero (RBNF's `[ >>]`).
fn joined(head: String, rest: u64, rule: fn(u64) -> String) -> String {
    if rest == 0 {
        head
    } else {
        format!("{head} {}", rule(rest))
    }
}

/// `%%teen`: after "mười", 5 is "lăm".
fn teen(n: u64) -> String {
    if n == 5 { "lăm".into() } else { cardinal(n) }
}

/// `%%x-ty`: after "mươi", 1 is "mốt", 4 "tư", 5 "lăm".
fn x_ty(n: u64) -> String {
    match n {
        1 => "mốt".into(),
        4 => "tư".into(),
        _ => teen(n),
    }
}

/// `%%after-hundred`: a rest under ten is "lẻ …" (1001 … "lẻ một").
fn after_hundred(n: u64) -> String {
    if n < 10 {
        format!("lẻ {}", cardinal(n))
    } else {
        cardinal(n)
    }
}

/// `%%after-thousand-or-more`: a rest under a hundred is "không trăm …".
fn after_thousand(n: u64) -> String {
    if n < 100 {
        format!("không trăm {}", after_hundred(n))
    } else {
        cardinal(n)
    }
}

/// Digit by digit, for phone numbers and codes: "không chín một hai".
pub fn digits(text: &str) -> String {
    text.chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| UNITS[d as usize])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A decimal number, `int` "phẩy" `fraction` (its digits as written). CLDR reads the digits
/// after "phẩy" one by one; Vietnamese announcers read them as a number ("hai phẩy ba mươi
/// tám"), with each leading zero said ("một phẩy không năm"). More than three digits after the
/// comma are read one by one, as CLDR does.
pub fn decimal(int: u64, fraction: &str) -> String {
    let significant = fraction.trim_start_matches('0');
    let zeros = fraction.len() - significant.len();
    let mut words = vec![cardinal(int), "phẩy".into()];
    words.extend(std::iter::repeat_n("không".to_string(), zeros));
    if significant.len() > 3 {
        words.push(digits(significant));
    } else if let Ok(n) = significant.parse::<u64>() {
        words.push(cardinal(n));
    }
    words.join(" ")
}

/// The ordinal after "thứ", without it: "nhất", "hai", "ba", "tư", "năm"… CLDR's
/// `%spellout-ordinal` has "thứ nhì" for 2, the form of rankings ("giải nhì"); counting and the
/// weekdays say "thứ hai" ("lần thứ hai", "thứ Hai"), which is what a bulletin means.
pub fn ordinal(n: u64) -> String {
    match n {
        1 => "nhất".into(),
        4 => "tư".into(),
        _ => cardinal(n),
    }
}

/// A day of the month: "mùng một" … "mùng mười", then "mười một" … "ba mươi mốt".
pub fn day(n: u64) -> String {
    if (1..=10).contains(&n) {
        format!("mùng {}", cardinal(n))
    } else {
        cardinal(n)
    }
}

/// A month after "tháng": "một", "hai", "ba", "tư", "năm" … "mười hai". Broadcasts say "tháng
/// một" for January of the solar calendar: "tháng giêng" and "tháng chạp" name the months of
/// the lunar calendar.
pub fn month(n: u64) -> String {
    if n == 4 { "tư".into() } else { cardinal(n) }
}

/// "ngày mười sáu tháng mười một năm hai nghìn không trăm hai mươi lăm" (without "ngày" when
/// `say_ngay` is false: the text already has it).
pub fn date(d: u64, m: u64, year: Option<u64>, say_ngay: bool) -> String {
    let mut words = Vec::new();
    if say_ngay {
        words.push("ngày".to_string());
    }
    words.push(day(d));
    words.push(format!("tháng {}", month(m)));
    if let Some(year) = year {
        words.push(format!("năm {}", cardinal(year)));
    }
    words.join(" ")
}

/// A time: "bảy giờ", "bảy giờ ba mươi phút".
pub fn time(hours: u64, minutes: u64) -> String {
    if minutes == 0 {
        format!("{} giờ", cardinal(hours))
    } else {
        format!("{} giờ {} phút", cardinal(hours), cardinal(minutes))
    }
}

/// Only the abbreviations of `text` written out, numbers left as they are (for languages
/// whose numbers loa does not spell).
pub fn expand_abbreviations(text: &str, vocabulary: &Vocabulary) -> String {
    scan(text, vocabulary, false)
}

/// `text` as an announcer reads it: numbers and their units, dates, times, phone numbers and
/// abbreviations in words; everything else as written.
pub fn read(text: &str, vocabulary: &Vocabulary) -> String {
    scan(text, vocabulary, true)
}

fn scan(text: &str, vocabulary: &Vocabulary, numbers: bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let word_start = !out.chars().next_back().is_some_and(char::is_alphanumeric);
        if word_start && c.is_ascii_digit() && numbers {
            let previous = previous_word(&out);
            if let Some((spoken, used)) = number_phrase(rest, &previous, vocabulary) {
                out.push_str(&spoken);
                rest = &rest[used..];
                continue;
            }
        }
        if word_start && c.is_alphanumeric() {
            if let Some((spoken, used)) = vocabulary.abbreviation(rest) {
                out.push_str(spoken);
                rest = &rest[used..];
                continue;
            }
            let end = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The word just before the end of `out` (spaces between allowed), lower-cased.
fn previous_word(out: &str) -> String {
    let trimmed = out.trim_end_matches(is_space);
    if trimmed.len() == out.len() && !out.is_empty() {
        return String::new();
    }
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    trimmed[start..].to_lowercase()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// A run of ASCII digits at the start of `text`.
fn digit_run(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    &text[..end]
}

fn followed_by_digit(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn followed_by_alphanumeric(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_alphanumeric)
}

/// What a number written at the start of `text` says, with its units, and the bytes it takes.
fn number_phrase(text: &str, previous: &str, vocabulary: &Vocabulary) -> Option<(String, usize)> {
    if let Some(found) = date_phrase(text, previous) {
        return Some(found);
    }
    if let Some(found) = time_phrase(text) {
        return Some(found);
    }
    if let Some(found) = phone_number(text) {
        return Some(found);
    }
    let (mut spoken, mut used) = plain_number(text, previous)?;
    // A unit or symbol, right after the number or after one space.
    let after = &text[used..];
    let gap = after.len() - after.trim_start_matches(is_space).len();
    let gap = if after[..gap].chars().count() > 1 {
        0
    } else {
        gap
    };
    if let Some((unit, length)) = vocabulary.after_number(&after[gap..]) {
        spoken = format!("{spoken} {unit}");
        used += gap + length;
    } else if followed_by_alphanumeric(after) {
        // A word with digits in it ("5G", "Covid19"), said as written.
        return None;
    }
    // A range: "2025–2030", "10 - 15 %".
    let after = &text[used..];
    let dash = after.trim_start_matches(is_space);
    let range_dash = dash
        .strip_prefix('–')
        .or_else(|| dash.strip_prefix('—'))
        .or_else(|| after.strip_prefix('-'));
    if let Some(second) = range_dash {
        let second_start = second.trim_start_matches(is_space);
        if followed_by_digit(second_start)
            && let Some((to, to_used)) = number_phrase(second_start, "", vocabulary)
        {
            spoken = format!("{spoken} đến {to}");
            used = text.len() - second_start.len() + to_used;
        }
    }
    Some((spoken, used))
}

/// A date: `16/11/2025`, `16-11-2025`, `16.11.2025`, `16/11`, and after "tháng" `11/2025`.
fn date_phrase(text: &str, previous: &str) -> Option<(String, usize)> {
    let say_ngay = !matches!(previous, "ngày" | "mùng");
    let first = digit_run(text);
    let separator = text[first.len()..].chars().next()?;
    if !matches!(separator, '/' | '-' | '.') || first.len() > 2 {
        return None;
    }
    let after_first = &text[first.len() + 1..];
    let second = digit_run(after_first);
    let a: u64 = first.parse().ok()?;
    let b: u64 = second.parse().ok()?;
    // "tháng 11/2025": a month and a year.
    if previous == "tháng" && separator == '/' && second.len() == 4 && (1..=12).contains(&a) {
        let used = first.len() + 1 + second.len();
        if followed_by_alphanumeric(&text[used..]) {
            return None;
        }
        return Some((format!("{} năm {}", month(a), cardinal(b)), used));
    }
    if second.is_empty() || second.len() > 2 || !(1..=31).contains(&a) || !(1..=12).contains(&b) {
        return None;
    }
    let after_second = &after_first[second.len()..];
    let mut used = first.len() + 1 + second.len();
    let mut year = None;
    if let Some(rest) = after_second.strip_prefix(separator) {
        let third = digit_run(rest);
        if third.len() == 4 {
            year = third.parse().ok();
            used += 1 + 4;
        } else {
            return None;
        }
    } else if separator != '/' {
        // `15-3` is a range and `10.10` no date without its year.
        return None;
    }
    if followed_by_alphanumeric(&text[used..]) || text[used..].starts_with('/') {
        return None;
    }
    let spoken = date(a, b, year, say_ngay);
    // After "mùng" the day is said without a second "mùng".
    let spoken = match spoken.strip_prefix("mùng ") {
        Some(rest) if previous == "mùng" => rest.to_string(),
        _ => spoken,
    };
    Some((spoken, used))
}

/// A time: `7h30`, `7h`, `19h05`, `7:30`.
fn time_phrase(text: &str) -> Option<(String, usize)> {
    let hours = digit_run(text);
    if hours.is_empty() || hours.len() > 2 {
        return None;
    }
    let h: u64 = hours.parse().ok()?;
    let rest = &text[hours.len()..];
    let (minutes, used) = if let Some(after) = rest.strip_prefix('h') {
        let minutes = digit_run(after);
        match minutes.len() {
            0 => (0, hours.len() + 1),
            2 => (minutes.parse().ok()?, hours.len() + 3),
            _ => return None,
        }
    } else if let Some(after) = rest.strip_prefix(':') {
        let minutes = digit_run(after);
        if minutes.len() != 2 {
            return None;
        }
        (minutes.parse().ok()?, hours.len() + 3)
    } else {
        return None;
    };
    if h > 24 || minutes > 59 || followed_by_alphanumeric(&text[used..]) {
        return None;
    }
    Some((time(h, minutes), used))
}

/// A phone number, read digit by digit, its groups apart: a number that starts with 0 and has
/// 9 to 11 digits (`0912 345 678`, `0912.345.678`, `024 3822 1234`), or a hotline of 1800 or
/// 1900 and four to six more digits (`1900 1234`, `18001090`).
fn phone_number(text: &str) -> Option<(String, usize)> {
    let mut groups: Vec<&str> = Vec::new();
    let mut used = 0;
    loop {
        let group = digit_run(&text[used..]);
        if group.is_empty() {
            break;
        }
        groups.push(group);
        used += group.len();
        let rest = &text[used..];
        match rest.chars().next() {
            Some(c @ (' ' | '.')) if followed_by_digit(&rest[1..]) => {
                let next = digit_run(&rest[1..]);
                // A group of one digit is rather a count that follows ("0912 5 người").
                if next.len() < 2 {
                    break;
                }
                used += c.len_utf8();
            }
            _ => break,
        }
    }
    let count: usize = groups.iter().map(|g| g.len()).sum();
    let first = groups.first()?;
    let mobile = first.starts_with('0') && first.len() >= 2 && (9..=11).contains(&count);
    let hotline = (first.starts_with("1800") || first.starts_with("1900"))
        && (8..=10).contains(&count)
        && (first.len() == 4 || groups.len() == 1);
    if !(mobile || hotline) {
        return None;
    }
    // Only the groups that make the number: a trailing group beyond 11 digits is not part of it.
    let used = used.min(text.len());
    if followed_by_alphanumeric(&text[used..]) {
        return None;
    }
    let spoken = groups
        .iter()
        .map(|group| digits(group))
        .collect::<Vec<_>>()
        .join(", ");
    Some((spoken, used))
}

/// A number written the Vietnamese way: `9.776`, `1.000.000`, `2,38`, `05` (a leading zero:
/// digit by digit), read in its context: after "ngày" a day, after "tháng" a month, after
/// "thứ" an ordinal.
fn plain_number(text: &str, previous: &str) -> Option<(String, usize)> {
    let first = digit_run(text);
    let mut integer = first.to_string();
    let mut used = first.len();
    // Thousands groups: a dot and exactly three digits, when the first group has at most three.
    if first.len() <= 3 {
        while let Some(rest) = text[used..].strip_prefix('.') {
            let group = digit_run(rest);
            if group.len() != 3 {
                break;
            }
            integer.push_str(group);
            used += 4;
        }
    }
    let mut fraction = None;
    if let Some(rest) = text[used..].strip_prefix(',') {
        let digits_after = digit_run(rest);
        if !digits_after.is_empty() {
            fraction = Some(digits_after.to_string());
            used += 1 + digits_after.len();
        }
    }
    let value: Option<u64> = integer
        .parse()
        .ok()
        .filter(|n| *n < 1_000_000_000_000_000_000);
    let spoken = match (value, fraction) {
        (Some(n), Some(fraction)) => decimal(n, &fraction),
        (None, _) => digits(&text[..used]),
        (Some(_), None) if integer.len() > 1 && integer.starts_with('0') => digits(&integer),
        (Some(n), None) => match previous {
            "ngày" if (1..=10).contains(&n) => day(n),
            "tháng" if (1..=12).contains(&n) => month(n),
            "thứ" => ordinal(n),
            _ => cardinal(n),
        },
    };
    Some((spoken, used))
}

#[cfg(test)]
#[path = "vi_tests.rs"]
mod tests;

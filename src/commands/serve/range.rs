//! HTTP range requests (`Range: bytes=a-b`, `a-`, `-n`), as browsers make them to seek in a
//! recording: the dev server answers one range with `206 Partial Content`, a range past the
//! end with `416`. Several ranges at once, or a header it does not read, get the whole file
//! (RFC 9110 lets a server ignore `Range`).

use std::ops::RangeInclusive;

/// What a `Range` header asks of a file of `size` bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// No range, several, or one this server does not read: the whole file, `200`.
    Whole,
    /// One satisfiable range of bytes, both ends included: `206`.
    Part(RangeInclusive<usize>),
    /// A range that starts past the end (or an empty suffix): `416`.
    Unsatisfiable,
}

/// Reads a `Range` header's value for a file of `size` bytes.
pub fn wanted(header: Option<&str>, size: usize) -> Wanted {
    let Some(spec) = header.map(str::trim).and_then(|h| h.strip_prefix("bytes=")) else {
        return Wanted::Whole;
    };
    if spec.contains(',') {
        return Wanted::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return Wanted::Whole;
    };
    let number = |text: &str| -> Option<Option<usize>> {
        match text.trim() {
            "" => Some(None),
            digits if digits.bytes().all(|b| b.is_ascii_digit()) => {
                // Past usize is past any file's end.
                Some(Some(digits.parse().unwrap_or(usize::MAX)))
            }
            _ => None,
        }
    };
    let (Some(first), Some(last)) = (number(first), number(last)) else {
        return Wanted::Whole;
    };
    match (first, last) {
        (None, None) => Wanted::Whole,
        // The last `n` bytes.
        (None, Some(0)) => Wanted::Unsatisfiable,
        (None, Some(_)) if size == 0 => Wanted::Unsatisfiable,
        (None, Some(n)) => Wanted::Part(size.saturating_sub(n)..=size - 1),
        (Some(start), _) if start >= size => Wanted::Unsatisfiable,
        (Some(start), Some(end)) if end < start => Wanted::Whole,
        (Some(start), end) => Wanted::Part(start..=end.unwrap_or(usize::MAX).min(size - 1)),
    }
}

/// The `Content-Range` of a part of a file of `size` bytes.
pub fn content_range(part: &RangeInclusive<usize>, size: usize) -> String {
    format!("bytes {}-{}/{size}", part.start(), part.end())
}

/// The `Content-Range` of a `416` answer.
pub fn unsatisfiable(size: usize) -> String {
    format!("bytes */{size}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_range_is_a_part_of_the_file() {
        assert_eq!(wanted(Some("bytes=0-99"), 1000), Wanted::Part(0..=99));
        assert_eq!(wanted(Some("bytes=500-"), 1000), Wanted::Part(500..=999));
        assert_eq!(wanted(Some("bytes=-100"), 1000), Wanted::Part(900..=999));
        assert_eq!(wanted(Some("bytes=-5000"), 1000), Wanted::Part(0..=999));
        assert_eq!(
            wanted(Some("bytes=990-5000"), 1000),
            Wanted::Part(990..=999)
        );
        assert_eq!(wanted(Some("bytes=999-999"), 1000), Wanted::Part(999..=999));
    }

    #[test]
    fn ranges_past_the_end_are_unsatisfiable() {
        assert_eq!(wanted(Some("bytes=1000-"), 1000), Wanted::Unsatisfiable);
        assert_eq!(wanted(Some("bytes=1000-2000"), 1000), Wanted::Unsatisfiable);
        assert_eq!(wanted(Some("bytes=-0"), 1000), Wanted::Unsatisfiable);
        assert_eq!(wanted(Some("bytes=0-"), 0), Wanted::Unsatisfiable);
        assert_eq!(
            wanted(Some("bytes=99999999999999999999999-"), 10),
            Wanted::Unsatisfiable
        );
    }

    #[test]
    fn headers_it_does_not_read_get_the_whole_file() {
        for header in [
            None,
            Some("bytes=0-1,5-6"),
            Some("items=0-1"),
            Some("bytes=a-b"),
            Some("bytes=-"),
            Some("bytes=5-1"),
            Some("bytes=0"),
        ] {
            assert_eq!(wanted(header, 1000), Wanted::Whole, "{header:?}");
        }
    }

    #[test]
    fn content_ranges_name_the_part_and_the_size() {
        assert_eq!(content_range(&(0..=99), 1000), "bytes 0-99/1000");
        assert_eq!(unsatisfiable(1000), "bytes */1000");
    }
}

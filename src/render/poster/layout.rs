//! Text layout for posters: which vendored font a text is set in, how wide it is (shaped with
//! rustybuzz, as usvg shapes it), and how it breaks into lines that fit a width. SVG has no
//! automatic line breaking, so poster templates ask for lines through [`fit`].

use std::ops::Range;
use std::sync::LazyLock;

use rustybuzz::{Face, UnicodeBuffer};

use crate::memo::Memo;
use crate::render::poster::fonts::{DEFAULT_FAMILY, FONTS};

/// The vendored family that writes `text`'s script: Khmer, Tai Viet, Cham or (for Latin,
/// Vietnamese, Tày, Hmong…) Noto Sans. Decided by the first letter of a non-Latin script.
pub fn family_for(text: &str) -> &'static str {
    for c in text.chars() {
        match c {
            '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => return "Noto Sans Khmer",
            '\u{AA80}'..='\u{AADF}' => return "Noto Sans Tai Viet",
            '\u{AA00}'..='\u{AA5F}' => return "Noto Sans Cham",
            _ => {}
        }
    }
    DEFAULT_FAMILY
}

/// Every vendored face, parsed once: (family, bold, face).
static FACES: LazyLock<Vec<(&'static str, bool, Face<'static>)>> = LazyLock::new(|| {
    FONTS
        .iter()
        .filter_map(|font| {
            let face = Face::from_slice(font.data, 0)?;
            Some((font.family, font.file_name.contains("-Bold"), face))
        })
        .collect()
});

/// The face of `family` (bold when asked and available), else Noto Sans.
fn face(family: &str, bold: bool) -> &'static Face<'static> {
    let pick = |family: &str| {
        FACES
            .iter()
            .filter(|(f, _, _)| *f == family)
            .min_by_key(|(_, b, _)| *b != bold)
            .map(|(_, _, face)| face)
    };
    pick(family)
        .or_else(|| pick(DEFAULT_FAMILY))
        .expect("Noto Sans is vendored")
}

/// The advance width of `text` at `size` (any unit: the result is in the same unit), shaped
/// in `family`. Characters the family lacks are measured in Noto Sans, as usvg falls back.
pub fn text_width(text: &str, family: &str, bold: bool, size: f64) -> f64 {
    let primary = face(family, bold);
    let fallback = face(DEFAULT_FAMILY, bold);
    let mut width = 0.0;
    let mut run = String::new();
    let mut run_face: Option<&Face> = None;
    let mut flush = |run: &mut String, face: Option<&Face>| {
        if let Some(face) = face.filter(|_| !run.is_empty()) {
            width += shaped_width(run, face, size);
        }
        run.clear();
    };
    for c in text.chars() {
        let has = primary.glyph_index(c).is_some() || c.is_whitespace();
        let wanted = if has { primary } else { fallback };
        if run_face.is_some_and(|f| !std::ptr::eq(f, wanted)) {
            flush(&mut run, run_face);
        }
        run_face = Some(wanted);
        run.push(c);
    }
    flush(&mut run, run_face);
    width
}

fn shaped_width(text: &str, face: &Face, size: f64) -> f64 {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    let shaped = rustybuzz::shape(face, &[], buffer);
    let units: i64 = shaped
        .glyph_positions()
        .iter()
        .map(|p| i64::from(p.x_advance))
        .sum();
    units as f64 * size / f64::from(face.units_per_em())
}

/// The clusters of `text` shaped in `family` (left to right): each one's byte range and
/// advance. A cluster is what shapes together — a Khmer consonant with its subscripts and
/// vowels. usvg advances a cluster of several glyphs by its widest glyph rather than by their
/// sum, so a Khmer subscript ya or split vowel overlaps the next cluster; text that must look
/// right is placed cluster by cluster with these advances.
pub fn clusters(text: &str, family: &str, bold: bool, size: f64) -> Vec<(Range<usize>, f64)> {
    let face = face(family, bold);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    let shaped = rustybuzz::shape(face, &[], buffer);
    let scale = size / f64::from(face.units_per_em());
    let mut clusters: Vec<(usize, i64)> = Vec::new();
    for (info, position) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
        let start = info.cluster as usize;
        match clusters.last_mut() {
            Some((cluster, advance)) if *cluster == start => {
                *advance += i64::from(position.x_advance)
            }
            _ => clusters.push((start, i64::from(position.x_advance))),
        }
    }
    let ends = clusters
        .iter()
        .skip(1)
        .map(|(start, _)| *start)
        .chain(std::iter::once(text.len()));
    clusters
        .iter()
        .zip(ends)
        .map(|((start, advance), end)| (*start..end, *advance as f64 * scale))
        .collect()
}

/// The vendored family that writes `c`, or `None` for characters any font of the line may
/// write (spaces, joiners).
pub fn char_family(c: char) -> Option<&'static str> {
    match c {
        '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => Some("Noto Sans Khmer"),
        '\u{AA80}'..='\u{AADF}' => Some("Noto Sans Tai Viet"),
        '\u{AA00}'..='\u{AA5F}' => Some("Noto Sans Cham"),
        c if c.is_whitespace() || ('\u{200B}'..='\u{200D}').contains(&c) => None,
        _ => Some(DEFAULT_FAMILY),
    }
}

/// A run of text in one font, at its own position on its line.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRun {
    pub x: f64,
    pub family: &'static str,
    pub text: String,
}

/// `text` as runs placed one after the other from `x`, each run of a script in its own font:
/// "ឃុំ Thiệu Trung៖ 89%" sets the Vietnamese name and the digits in Noto Sans.
///
/// Two usvg behaviours make this necessary. It shapes a chunk of text (what runs between two
/// absolute positions) with each span's font and merges the glyphs, which Khmer next to Latin
/// breaks: missing glyphs, or a panic inside usvg; a position on every run makes each run a
/// chunk shaped with one font. And it advances a cluster of several glyphs by its widest glyph,
/// so a Khmer subscript or split vowel overlaps the next cluster: runs of Khmer, Tai Viet and
/// Cham are placed cluster by cluster ([`clusters`]).
pub fn place_runs(text: &str, x: f64, size: f64, bold: bool) -> Vec<PlacedRun> {
    // (spaces before the run, family, run): spaces between two runs are not drawn but measured
    // in Noto Sans (Noto Sans Khmer's space is much wider than a Latin one).
    let mut runs: Vec<(String, &'static str, String)> = Vec::new();
    let mut pending = String::new();
    for c in text.chars() {
        match (char_family(c), runs.last_mut()) {
            (None, _) => pending.push(c),
            (Some(family), Some((_, current, run))) if family == *current => {
                run.push_str(&std::mem::take(&mut pending));
                run.push(c);
            }
            (Some(family), _) => runs.push((std::mem::take(&mut pending), family, c.to_string())),
        }
    }
    let mut placed = Vec::new();
    let mut x = x;
    let mut place = |x: f64, family: &'static str, text: &str| {
        if !text.trim().is_empty() {
            placed.push(PlacedRun {
                x,
                family,
                text: text.to_string(),
            });
        }
    };
    let last = runs.len().saturating_sub(1);
    for (position, (gap, family, run)) in runs.iter().enumerate() {
        x += text_width(gap, DEFAULT_FAMILY, bold, size);
        if *family == DEFAULT_FAMILY {
            place(x, family, run);
            // Shaping is most of the cost, and the width after the last run is not used: a
            // Latin or Vietnamese line is placed without being shaped at all.
            if position < last {
                x += text_width(run, family, bold, size);
            }
        } else {
            for (range, advance) in clusters(run, family, bold, size) {
                place(x, family, &run[range]);
                x += advance;
            }
        }
    }
    placed
}

/// A text broken into lines at a font size.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub family: &'static str,
    pub size: f64,
    pub lines: Vec<String>,
}

/// What a poster asks [`fit`] for: `text`, bold or not, in at most `max_lines` lines no wider
/// than `width`, at `size` or smaller down to `min_size`.
#[derive(Debug, Clone, Copy)]
pub struct TextBox<'a> {
    pub text: &'a str,
    pub bold: bool,
    pub size: f64,
    pub min_size: f64,
    pub width: f64,
    pub max_lines: usize,
}

/// Sets a text in lines no wider than its box: at `size` if it fits in `max_lines`, else at the
/// largest smaller size (in steps of 5 %, down to `min_size`) that does. Lines break at spaces
/// and zero-width spaces (Khmer marks word breaks with U+200B). Text that fits nowhere comes
/// back at `min_size`, on as many lines as it needs.
pub fn fit(request: &TextBox) -> Fitted {
    let TextBox {
        text,
        bold,
        size,
        min_size,
        width,
        max_lines,
    } = *request;
    let family = family_for(text);
    let mut current = size;
    loop {
        let lines = wrap(text, family, bold, current, width);
        let fits = lines.len() <= max_lines.max(1)
            && lines
                .iter()
                .all(|line| text_width(line, family, bold, current) <= width);
        let smaller = current * 0.95;
        if fits || smaller < min_size {
            return Fitted {
                family,
                size: if fits { current } else { min_size.min(size) },
                lines: if fits {
                    lines
                } else {
                    wrap(text, family, bold, min_size.min(size), width)
                },
            };
        }
        current = smaller;
    }
}

/// [`fit`], remembering its answers. The posters of every commune set the same procedure names,
/// calls to action and footer lines, and shaping them is most of the work of drawing a poster;
/// `fit` is a pure function of its request, so a remembered answer is the answer.
pub struct FitMemo {
    fitted: Memo<FitKey, Fitted>,
}

/// A [`TextBox`] as a map key: text, weight, size, minimum size and width (by their bits, so
/// that equal keys mean equal requests), and line count.
type FitKey = (String, bool, u64, u64, u64, usize);

/// How many answers a [`FitMemo`] keeps before it starts again: a few per poster (its URL and
/// stamp are its own), and a long-running `loa serve` must not grow without bound.
const FIT_MEMO_LIMIT: usize = 50_000;

impl Default for FitMemo {
    fn default() -> Self {
        FitMemo {
            fitted: Memo::with_limit(FIT_MEMO_LIMIT),
        }
    }
}

impl FitMemo {
    /// The same as [`fit`].
    pub fn fit(&self, request: &TextBox) -> Fitted {
        let key = (
            request.text.to_string(),
            request.bold,
            request.size.to_bits(),
            request.min_size.to_bits(),
            request.width.to_bits(),
            request.max_lines,
        );
        self.fitted.get_or(key, || fit(request))
    }
}

/// Greedy line breaking at spaces and zero-width spaces.
fn wrap(text: &str, family: &str, bold: bool, size: f64, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text
        .split([' ', '\u{200B}', '\n'])
        .filter(|w| !w.is_empty())
    {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || text_width(&candidate, family, bold, size) <= width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_pick_their_fonts() {
        assert_eq!(family_for("Đăng ký khai sinh"), "Noto Sans");
        assert_eq!(family_for("1.001193 ចុះបញ្ជីកំណើត"), "Noto Sans Khmer");
        assert_eq!(family_for("ꪼꪕꪒꪾ"), "Noto Sans Tai Viet");
        assert_eq!(family_for("ꨌꩌ"), "Noto Sans Cham");
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let short = text_width("Đăng ký", "Noto Sans", false, 10.0);
        let long = text_width("Đăng ký khai sinh", "Noto Sans", false, 10.0);
        assert!(short > 20.0 && long > short, "{short} {long}");
        let bold = text_width("Đăng ký khai sinh", "Noto Sans", true, 10.0);
        assert!(bold > long);
        assert!((text_width("Đăng ký", "Noto Sans", false, 20.0) - 2.0 * short).abs() < 1e-9);
        // A Khmer subscript consonant is shaped below its base: it adds no advance.
        let khmer = text_width("ញ្ជ", "Noto Sans Khmer", false, 10.0);
        let base = text_width("ញ", "Noto Sans Khmer", false, 10.0);
        assert!((khmer - base).abs() < 1e-9, "{khmer} {base}");
        // Clusters cover the text and add up to its width.
        let word = "ពាក្យស្នើ";
        let found = clusters(word, "Noto Sans Khmer", true, 10.0);
        let texts: Vec<&str> = found
            .iter()
            .map(|(range, _)| &word[range.clone()])
            .collect();
        assert_eq!(texts, ["ពា", "ក្យ", "ស្នើ"]);
        let sum: f64 = found.iter().map(|(_, advance)| advance).sum();
        assert!((sum - text_width(word, "Noto Sans Khmer", true, 10.0)).abs() < 1e-9);
    }

    fn text_box(text: &str, bold: bool, size: f64, min_size: f64, max_lines: usize) -> TextBox<'_> {
        TextBox {
            text,
            bold,
            size,
            min_size,
            width: 180.0,
            max_lines,
        }
    }

    #[test]
    fn long_texts_wrap_then_shrink() {
        let text =
            "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi";
        let fitted = fit(&text_box(text, true, 12.0, 6.0, 3));
        assert!(
            fitted.lines.len() > 1 && fitted.lines.len() <= 3,
            "{fitted:?}"
        );
        assert_eq!(fitted.lines.join(" "), text);
        for line in &fitted.lines {
            assert!(text_width(line, fitted.family, true, fitted.size) <= 180.0);
        }
        let one_line = fit(&text_box(text, true, 12.0, 4.0, 1));
        assert!(
            one_line.size < 12.0 && one_line.lines.len() == 1,
            "{one_line:?}"
        );
        let short = fit(&text_box("Khai sinh", false, 12.0, 6.0, 2));
        assert_eq!((short.size, short.lines.len()), (12.0, 1));
    }

    #[test]
    fn the_memo_answers_as_fit_does() {
        let memo = FitMemo::default();
        let text = "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế";
        for _ in 0..2 {
            for (bold, size, max_lines) in [(true, 12.0, 3), (true, 12.0, 1), (false, 9.0, 2)] {
                let request = text_box(text, bold, size, 4.0, max_lines);
                assert_eq!(memo.fit(&request), fit(&request));
            }
        }
        assert_eq!(memo.fitted.len(), 3);
    }
}

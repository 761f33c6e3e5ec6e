//! Charts: an infographic drawn as a standalone, accessible SVG (no script, no chart library).
//!
//! The caller gives every text already written in the reader's language (formatted numbers,
//! title, the `<desc>` that reads the figures out); this module only lays them out and escapes them.

use std::fmt::Write;

use crate::load::content::infographic::Chart as Kind;
use crate::markdown::escape_html;

const WIDTH: f64 = 640.0;
const PAD: f64 = 24.0;
const INK: &str = "#1b1b1b";
const MUTED: &str = "#555555";
const ACCENT: &str = "#a4161a";
const SOFT: &str = "#f4f1ea";
const FONTS: &str = "system-ui, 'Noto Sans', 'Noto Sans Khmer', Arial, sans-serif";

/// An infographic ready to draw, in one language.
#[derive(Debug, Clone)]
pub struct Chart<'a> {
    pub kind: Kind,
    /// Prefix of the SVG's element ids, unique on a page (`ig-ha-tang-so`).
    pub id: &'a str,
    /// The language of the texts.
    pub lang: &'a str,
    pub title: &'a str,
    /// What a screen reader reads: the figures in sentences.
    pub desc: &'a str,
    /// The source line printed at the bottom.
    pub source: &'a str,
    pub items: Vec<Item<'a>>,
}

/// One figure of a chart.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    pub label: &'a str,
    /// The label's language when it is not the chart's (a fallback text).
    pub label_lang: Option<&'a str>,
    /// The value as the reader reads it ("99,7 %").
    pub value: &'a str,
    pub amount: f64,
    /// Progress charts: the goal and how it reads ("Mục tiêu: 100 %").
    pub goal: Option<(f64, &'a str)>,
}

/// How a text is drawn.
#[derive(Debug, Clone, Copy)]
struct Style {
    size: f64,
    weight: u16,
    fill: &'static str,
}

const TITLE: Style = Style {
    size: 22.0,
    weight: 700,
    fill: INK,
};
const LABEL: Style = Style {
    size: 15.0,
    weight: 400,
    fill: INK,
};
const BIG_NUMBER: Style = Style {
    size: 34.0,
    weight: 700,
    fill: ACCENT,
};
const NUMBER: Style = Style {
    size: 16.0,
    weight: 700,
    fill: INK,
};
const NOTE: Style = Style {
    size: 12.0,
    weight: 400,
    fill: MUTED,
};

impl Style {
    /// This style, smaller if needed for `text` to fit on one line of `width` px.
    fn fitting(self, text: &str, width: f64) -> Style {
        let needed = units(text) * 0.56 * self.size;
        if needed <= width {
            self
        } else {
            Style {
                size: (self.size * width / needed).floor().max(10.0),
                ..self
            }
        }
    }
}

/// Draws the chart as an SVG element (no XML declaration), `role="img"` with `<title>` and `<desc>`.
pub fn svg(chart: &Chart) -> String {
    let mut body = String::new();
    let mut y = PAD;
    for line in wrap(chart.title, WIDTH - 2.0 * PAD, TITLE.size) {
        y += 28.0;
        text(&mut body, (PAD, y), TITLE, None, &line);
    }
    y += 16.0;
    y = match chart.kind {
        Kind::Figures => figures(&mut body, &chart.items, y),
        Kind::Bar => bars(&mut body, &chart.items, y),
        Kind::Progress => progress(&mut body, &chart.items, y),
    };
    y += 8.0;
    for line in wrap(chart.source, WIDTH - 2.0 * PAD, NOTE.size) {
        y += 16.0;
        text(&mut body, (PAD, y), NOTE, None, &line);
    }
    let height = (y + PAD).ceil();
    let id = escape_html(chart.id);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" lang=\"{lang}\" font-family=\"{FONTS}\">\n<title id=\"{id}-title\">{title}</title>\n<desc id=\"{id}-desc\">{desc}</desc>\n<rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>\n{body}</svg>\n",
        lang = escape_html(chart.lang),
        title = escape_html(chart.title),
        desc = escape_html(chart.desc),
    )
}

/// Big numbers in two columns, each over its label.
fn figures(out: &mut String, items: &[Item], top: f64) -> f64 {
    let gap = 16.0;
    let columns = if items.len() > 1 { 2 } else { 1 };
    let cell = (WIDTH - 2.0 * PAD - gap * (columns as f64 - 1.0)) / columns as f64;
    let mut y = top;
    for row in items.chunks(columns) {
        let lines: Vec<Vec<String>> = row
            .iter()
            .map(|item| wrap(item.label, cell - 24.0, LABEL.size))
            .collect();
        let most = lines.iter().map(Vec::len).max().unwrap_or(0) as f64;
        let height = 72.0 + most * 20.0;
        for (column, (item, label)) in row.iter().zip(&lines).enumerate() {
            let x = PAD + column as f64 * (cell + gap);
            let _ = writeln!(
                out,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{cell}\" height=\"{height}\" rx=\"8\" fill=\"{SOFT}\"/>"
            );
            let style = BIG_NUMBER.fitting(item.value, cell - 24.0);
            text(out, (x + 12.0, y + 46.0), style, None, item.value);
            for (index, line) in label.iter().enumerate() {
                let at = (x + 12.0, y + 72.0 + index as f64 * 20.0);
                text(out, at, LABEL, item.label_lang, line);
            }
        }
        y += height + gap;
    }
    y
}

/// The label of a bar or track, on as many lines as it needs; returns the new `y`.
fn label(out: &mut String, item: &Item, mut y: f64) -> f64 {
    for line in wrap(item.label, WIDTH - 2.0 * PAD, LABEL.size) {
        y += 20.0;
        text(out, (PAD, y), LABEL, item.label_lang, &line);
    }
    y + 8.0
}

/// One bar per figure, on the scale of the largest.
fn bars(out: &mut String, items: &[Item], top: f64) -> f64 {
    let room = WIDTH - 2.0 * PAD - 150.0;
    let largest = items.iter().map(|i| i.amount).fold(0.0, f64::max);
    let mut y = top;
    for item in items {
        y = label(out, item, y);
        let width = if largest > 0.0 {
            (item.amount / largest * room).max(2.0)
        } else {
            2.0
        };
        let _ = writeln!(
            out,
            "<rect x=\"{PAD}\" y=\"{y}\" width=\"{width:.1}\" height=\"26\" rx=\"3\" fill=\"{ACCENT}\"/>"
        );
        let style = NUMBER.fitting(item.value, WIDTH - PAD - (PAD + width + 8.0));
        text(out, (PAD + width + 8.0, y + 19.0), style, None, item.value);
        y += 26.0 + 14.0;
    }
    y
}

/// A track per figure, filled to the share of its goal reached.
fn progress(out: &mut String, items: &[Item], top: f64) -> f64 {
    let room = WIDTH - 2.0 * PAD - 110.0;
    let mut y = top;
    for item in items {
        y = label(out, item, y);
        let share = match item.goal {
            Some((goal, _)) if goal > 0.0 => (item.amount / goal).clamp(0.0, 1.0),
            _ => 0.0,
        };
        let _ = writeln!(
            out,
            "<rect x=\"{PAD}\" y=\"{y}\" width=\"{room}\" height=\"22\" rx=\"11\" fill=\"{SOFT}\" stroke=\"#d9d4c7\"/>"
        );
        let _ = writeln!(
            out,
            "<rect x=\"{PAD}\" y=\"{y}\" width=\"{:.1}\" height=\"22\" rx=\"11\" fill=\"{ACCENT}\"/>",
            share * room
        );
        let style = NUMBER.fitting(item.value, 100.0);
        text(out, (PAD + room + 10.0, y + 17.0), style, None, item.value);
        if let Some((_, goal)) = item.goal {
            text(out, (PAD, y + 40.0), NOTE, None, goal);
        }
        y += 22.0 + 30.0;
    }
    y
}

/// A `<text>` at `(x, y)`, with `lang` when it is not the chart's language.
fn text(out: &mut String, (x, y): (f64, f64), style: Style, lang: Option<&str>, content: &str) {
    let lang = lang
        .map(|lang| format!(" lang=\"{}\"", escape_html(lang)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{}\" font-weight=\"{}\" fill=\"{}\"{lang}>{}</text>",
        style.size,
        style.weight,
        style.fill,
        escape_html(content)
    );
}

/// Breaks `text` at spaces into lines that fit `width` at `size` px, by an estimate of glyph
/// widths (marks that stack on a letter take no room).
fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let room = width / (size * 0.56);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && units(&candidate) > room {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn units(text: &str) -> f64 {
    text.chars()
        .map(|c| match c as u32 {
            0x0300..=0x036F | 0x17B4..=0x17D3 | 0x17DD | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF => 0.0,
            0x1780..=0x17FF => 1.3,
            _ if c.is_uppercase() || c == 'm' || c == 'w' => 1.25,
            _ if matches!(c, 'i' | 'l' | 'j' | '.' | ',' | ' ' | '\'' | '|') => 0.5,
            _ => 1.0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(kind: Kind) -> Chart<'static> {
        Chart {
            kind,
            id: "ig-a",
            lang: "vi",
            title: "Hạ tầng <số>",
            desc: "Trạm BTS: 9.776.",
            source: "Nguồn: Bộ KH&CN",
            items: vec![
                Item {
                    label: "Trạm BTS",
                    label_lang: None,
                    value: "9.776",
                    amount: 9776.0,
                    goal: None,
                },
                Item {
                    label: "Thôn, bản có sóng",
                    label_lang: Some("vi"),
                    value: "99,7 %",
                    amount: 99.7,
                    goal: Some((100.0, "Mục tiêu: 100 %")),
                },
            ],
        }
    }

    #[test]
    fn every_kind_has_title_desc_and_escaped_text() {
        for kind in [Kind::Figures, Kind::Bar, Kind::Progress] {
            let svg = svg(&chart(kind));
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(svg.contains("role=\"img\""));
            assert!(svg.contains("<title id=\"ig-a-title\">Hạ tầng &lt;số&gt;</title>"));
            assert!(svg.contains("<desc id=\"ig-a-desc\">Trạm BTS: 9.776.</desc>"));
            assert!(svg.contains(">99,7 %</text>") && svg.contains("KH&amp;CN"));
        }
    }

    #[test]
    fn long_values_shrink_to_fit() {
        assert_eq!(BIG_NUMBER.fitting("9.776", 264.0).size, 34.0);
        assert!(BIG_NUMBER.fitting("74,1 trên 100 dân", 264.0).size < 34.0);
    }

    #[test]
    fn long_labels_wrap() {
        let lines = wrap(
            "Người được hướng dẫn kích hoạt tài khoản định danh điện tử mức 1 trên ứng dụng VNeID",
            300.0,
            15.0,
        );
        assert!(lines.len() > 1, "{lines:?}");
    }
}

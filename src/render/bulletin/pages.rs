//! A bulletin set on A4 pages in large type: each text broken into lines with the poster
//! fonts' metrics ([`crate::render::poster::layout`]), the lines placed down the page and onto
//! the next one when it is full. A paragraph is not split over two pages (an announcer does
//! not turn a page in mid-sentence) unless it is longer than a page, and a title is never left
//! alone at the foot of a page.
//! Millimetres throughout, as in the poster templates.

use crate::render::poster::layout::{TextBox, fit, place_runs};
use crate::render::views::{BulletinPageView, BulletinView, PageLine, PageRun, Text};

/// The text column: 20 mm margins.
const LEFT: f64 = 20.0;
const LEFT_WIDTH: f64 = 170.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 278.0;
/// Line height as a multiple of the font size.
const LEADING: f64 = 1.4;
/// Body text at 6 mm, about 17 points: readable at arm's length by an announcer in a booth.
const BODY: f64 = 6.0;

/// How each kind of line is set: size and weight.
fn style(kind: &str) -> (f64, bool) {
    match kind {
        "heading" => (8.0, true),
        "site" => (4.5, true),
        "meta" => (5.0, false),
        "title" => (7.0, true),
        "note" => (4.5, false),
        "time" => (4.8, true),
        "total" => (6.5, true),
        _ => (BODY, false),
    }
}

/// One block of lines that belong together, and the space before it.
struct Block {
    lines: Vec<(&'static str, String, String)>,
    space_before: f64,
    /// A title: keep it on a page with the first two lines of what follows.
    keep_with_next: bool,
    /// A thin line is drawn above the block.
    rule: bool,
}

fn block(kind: &'static str, text: &Text, space_before: f64) -> Block {
    let (size, bold) = style(kind);
    let fitted = fit(&TextBox {
        text: &text.text,
        bold,
        size,
        min_size: size,
        width: LEFT_WIDTH,
        max_lines: usize::MAX,
    });
    Block {
        lines: fitted
            .lines
            .into_iter()
            .map(|line| (kind, line, text.lang.clone()))
            .collect(),
        space_before,
        keep_with_next: false,
        rule: false,
    }
}

fn height(kind: &str) -> f64 {
    style(kind).0 * LEADING
}

/// The bulletin's blocks, in reading order.
fn blocks(view: &BulletinView) -> Vec<Block> {
    let mut blocks = vec![
        block("site", &view.site_title, 0.0),
        block("heading", &view.heading, 1.0),
        block("meta", &view.column, 1.0),
        block("meta", &view.range, 0.0),
        block("meta", &view.rate, 0.0),
    ];
    for item in &view.items {
        let mut first = match &item.note {
            Some(note) => {
                let mut note = block("note", note, 8.0);
                note.rule = true;
                note.keep_with_next = true;
                blocks.push(note);
                block("title", &numbered(item.number, &item.title), 1.0)
            }
            None => {
                let mut title = block("title", &numbered(item.number, &item.title), 8.0);
                title.rule = true;
                title
            }
        };
        first.keep_with_next = true;
        blocks.push(first);
        for paragraph in &item.paragraphs {
            blocks.push(block("body", paragraph, 2.5));
        }
        blocks.push(block("time", &item.time, 2.5));
    }
    let mut total = block("total", &view.total, 10.0);
    total.rule = true;
    blocks.push(total);
    blocks.push(block("meta", &view.end, 2.0));
    blocks
}

fn numbered(number: usize, title: &Text) -> Text {
    Text {
        text: format!("{number}. {}", title.text),
        ..title.clone()
    }
}

/// The pages of a bulletin, each with its lines placed.
pub fn pages(view: &BulletinView) -> Vec<BulletinPageView> {
    let blocks = blocks(view);
    let mut pages: Vec<BulletinPageView> = Vec::new();
    let new_page = |pages: &mut Vec<BulletinPageView>| {
        pages.push(BulletinPageView {
            lang: view.lang.clone(),
            number: pages.len() + 1,
            count: 0,
            running: None,
            lines: Vec::new(),
            rules: Vec::new(),
        });
        TOP
    };
    let mut y = new_page(&mut pages);
    for (index, block) in blocks.iter().enumerate() {
        let on_new_page = pages.last().is_some_and(|page| page.lines.is_empty());
        let mut needed: f64 =
            block.space_before + block.lines.iter().map(|l| height(l.0)).sum::<f64>();
        if block.keep_with_next
            && let Some(next) = blocks.get(index + 1)
        {
            needed +=
                next.space_before + next.lines.iter().take(2).map(|l| height(l.0)).sum::<f64>();
        }
        if !on_new_page && y + needed > BOTTOM && needed <= BOTTOM - TOP {
            y = new_page(&mut pages);
        } else if !on_new_page {
            y += block.space_before;
        }
        if block.rule && !pages.last().is_some_and(|page| page.lines.is_empty()) {
            if let Some(page) = pages.last_mut() {
                page.rules.push(y - 1.5);
            }
            y += 3.0;
        }
        for (kind, text, lang) in &block.lines {
            let (size, bold) = style(kind);
            if y + size * LEADING > BOTTOM {
                y = new_page(&mut pages);
            }
            // The baseline sits a font size below the top of the line's box.
            let baseline = y + size;
            y += size * LEADING;
            let line = PageLine {
                kind,
                lang: lang.clone(),
                runs: runs(text, size, bold),
                size,
                bold,
                y: round(baseline),
            };
            if let Some(page) = pages.last_mut() {
                page.lines.push(line);
            }
        }
    }
    let count = pages.len();
    let running = format!("{} · {}", view.column.text, view.range.text);
    for page in &mut pages {
        page.count = count;
        if page.number > 1 {
            page.running = Some(PageLine {
                kind: "running",
                lang: view.lang.clone(),
                runs: runs(&running, 3.8, false),
                size: 3.8,
                bold: false,
                y: 13.0,
            });
        }
    }
    pages
}

/// A line's runs, each in the font of its script, from the left margin.
fn runs(text: &str, size: f64, bold: bool) -> Vec<PageRun> {
    place_runs(text, LEFT, size, bold)
        .into_iter()
        .map(|run| PageRun {
            x: round(run.x),
            font: run.family,
            text: run.text,
        })
        .collect()
}

/// To a hundredth of a millimetre: the SVG stays short, and the same on every machine.
fn round(mm: f64) -> f64 {
    (mm * 100.0).round() / 100.0
}

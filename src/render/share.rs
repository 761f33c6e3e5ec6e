//! Sharing: what a link shows when it is pasted into Zalo, Facebook or Messenger. Open Graph
//! and Twitter-card data for every page, a share card per article, per procedure landing page
//! and per site, in each language (a 1200×630 SVG with the title in its own script and the
//! campaign's branding, rasterised to PNG by [`png`]). JSON-LD for search engines is
//! [`crate::render::json_ld`]'s.
//!
//! Markup is the theme's: a card is laid out here ([`CardLayout`]) and written by the theme's
//! [`CARD_TEMPLATE`].

pub(super) mod cards;
pub mod png;

use serde::Serialize;

use crate::languages::scripts::script_font;
use crate::memo::Memo;

/// The size of share images, in pixels (Open Graph's recommended 1.91:1).
pub const SHARE_WIDTH: u32 = 1200;
pub const SHARE_HEIGHT: u32 = 630;

/// `og:locale` for a BCP 47 tag: language and likely territory (`vi_VN`, `km_KH`), from CLDR's
/// likely-subtags data; a tag CLDR does not know stays as it is (`tyz`).
pub fn og_locale(lang: &str) -> String {
    let Ok(mut locale) = lang.parse::<icu_locale::Locale>() else {
        return lang.replace('-', "_");
    };
    icu_locale::LocaleExpander::new_common().maximize(&mut locale.id);
    match locale.id.region {
        Some(region) => format!("{}_{}", locale.id.language, region),
        None => locale.id.language.to_string(),
    }
}

/// What a share image says.
#[derive(Debug, Clone)]
pub struct ShareCard<'a> {
    /// The article's title, or the site's on other pages.
    pub title: &'a str,
    /// The language of `title`.
    pub lang: &'a str,
    /// The campaign's name, in the page's language.
    pub site_title: &'a str,
    pub site_lang: &'a str,
    /// A short line above the title (the column, the commune), if any, and its language.
    pub kicker: Option<(&'a str, &'a str)>,
}

/// The family of the script `lang` is written in (`Noto Sans Khmer`, from the poster layer's
/// font files), or `None` for a language Noto Sans writes.
fn script_family(lang: &str) -> Option<String> {
    script_font(lang).map(|font| font_name(font.file))
}

/// `NotoSansKhmer-Regular.ttf` → `Noto Sans Khmer`.
fn font_name(file: &str) -> String {
    let stem = file.split(['-', '.']).next().unwrap_or(file);
    let mut name = String::new();
    for (index, c) in stem.char_indices() {
        if index > 0 && c.is_ascii_uppercase() {
            name.push(' ');
        }
        name.push(c);
    }
    name
}

/// The theme's template of share cards; it receives a [`CardLayout`] as `card`.
pub const CARD_TEMPLATE: &str = "share-card.svg";

/// A share card laid out: every run of text placed, for the theme's [`CARD_TEMPLATE`] to write.
#[derive(Debug, Clone, Serialize)]
pub struct CardLayout {
    pub width: u32,
    pub height: u32,
    /// The line above the title, if any.
    pub kicker: Option<CardText>,
    pub title: CardText,
    /// The campaign's name, in the branding band.
    pub site_title: CardText,
}

/// A text of a share card, in lines of placed runs.
#[derive(Debug, Clone, Serialize)]
pub struct CardText {
    pub lang: String,
    /// The family of the text's script, or `None` where Noto Sans writes it.
    pub script_family: Option<String>,
    /// The type size, in pixels.
    pub size: u32,
    pub lines: Vec<Vec<CardRun>>,
}

/// A run of text in one font, at its own position (see [`script_runs`]).
#[derive(Debug, Clone, Serialize)]
pub struct CardRun {
    /// To a tenth of a pixel.
    pub x: f64,
    /// The baseline.
    pub y: u32,
    /// The run's family where it is not the one of its text's script.
    pub family: Option<&'static str>,
    pub text: String,
}

/// `text` (of language `lang`) as runs placed one after the other from `x`, each run of a
/// script in its own font ([`crate::render::poster::layout::place_runs`]).
fn script_runs(text: &str, lang: &str, x: f64, y: u32, size: f64, bold: bool) -> Vec<CardRun> {
    let primary = script_family(lang).unwrap_or_else(|| "Noto Sans".to_string());
    crate::render::poster::layout::place_runs(text, x, size, bold)
        .into_iter()
        .map(|run| CardRun {
            x: (run.x * 10.0).round() / 10.0,
            y,
            family: (run.family != primary).then_some(run.family),
            text: run.text,
        })
        .collect()
}

/// Lays out share cards, remembering each line of text it placed. A site's cards repeat the
/// same lines — the site's title on every card, a procedure's name on the card of every
/// commune that has it — and placing a line shapes it (Khmer cluster by cluster): at national
/// scale that was a tenth of the build. A placed line is a pure function of its arguments.
#[derive(Default)]
pub struct CardMaker {
    placed: Memo<PlacedLine, Vec<CardRun>>,
}

/// The arguments of [`script_runs`]; numbers by their bits, so that equal keys mean equal calls.
#[derive(PartialEq, Eq, Hash)]
struct PlacedLine {
    text: String,
    lang: String,
    x: u64,
    y: u32,
    size: u64,
    bold: bool,
}

impl CardMaker {
    /// A 1200×630 card: the title in large type at the largest size it fits at, the kicker
    /// above it, the campaign's name in the branding band at the bottom.
    pub fn layout(&self, card: &ShareCard) -> CardLayout {
        let text = |lang: &str, size: u32, lines: Vec<Vec<CardRun>>| CardText {
            lang: lang.to_string(),
            script_family: script_family(lang),
            size,
            lines,
        };
        let (size, lines) = fit_title(card.title);
        let line_height = (size as f64 * 1.3).round() as u32;
        let mut y = 120;
        let kicker = card.kicker.map(|(kicker, kicker_lang)| {
            let runs = self.line(kicker, kicker_lang, 72.0, y, 34.0, false);
            y += 36;
            text(kicker_lang, 34, vec![runs])
        });
        y += line_height;
        let mut title = Vec::with_capacity(lines.len());
        for line in &lines {
            title.push(self.line(line, card.lang, 72.0, y, f64::from(size), true));
            y += line_height;
        }
        let site_title = self.line(card.site_title, card.site_lang, 180.0, 590, 40.0, true);
        CardLayout {
            width: SHARE_WIDTH,
            height: SHARE_HEIGHT,
            kicker,
            title: text(card.lang, size, title),
            site_title: text(card.site_lang, 40, vec![site_title]),
        }
    }

    /// [`script_runs`], remembered.
    fn line(&self, text: &str, lang: &str, x: f64, y: u32, size: f64, bold: bool) -> Vec<CardRun> {
        let key = PlacedLine {
            text: text.to_string(),
            lang: lang.to_string(),
            x: x.to_bits(),
            y,
            size: size.to_bits(),
            bold,
        };
        self.placed
            .get_or(key, || script_runs(text, lang, x, y, size, bold))
    }
}

/// What [`CARD_TEMPLATE`] receives.
#[derive(Serialize)]
pub struct CardContext {
    pub card: CardLayout,
}

/// `card` as the built-in theme writes it.
#[cfg(test)]
pub(crate) fn built_in_card_svg(card: &ShareCard) -> String {
    use crate::languages::{Language, Languages, ui::UiStrings};
    let theme = crate::load::theme::Theme::load(std::path::Path::new("/nonexistent"), "default")
        .expect("the built-in theme");
    let languages = Languages::new(
        vec![Language::new("vi".into(), "Tiếng Việt".into(), None)],
        "vi",
    )
    .expect("one language");
    let sources = crate::load::theme::embedded_ftl_sources();
    let (ui, _) = UiStrings::new(&languages, sources).expect("the built-in UI strings");
    let tera = crate::render::templates::compile(&theme, std::sync::Arc::new(ui))
        .expect("the built-in templates");
    let context = CardContext {
        card: CardMaker::default().layout(card),
    };
    let context = tera::Context::from_serialize(context).expect("a card's context");
    tera.render(CARD_TEMPLATE, &context)
        .expect("the built-in card")
}

/// The largest type size (of three) at which the title fits above the branding band, and its
/// lines; a title too long even then is cut with an ellipsis.
fn fit_title(title: &str) -> (u32, Vec<String>) {
    const WIDTH: f64 = 1056.0;
    // (size, lines that fit between the kicker and the band at 1.3 line height)
    const SIZES: [(u32, usize); 3] = [(68, 3), (58, 4), (48, 5)];
    for (size, max_lines) in SIZES {
        let lines = wrap(title, WIDTH / size as f64);
        if lines.len() <= max_lines {
            return (size, lines);
        }
    }
    let (size, max_lines) = SIZES[2];
    let mut lines = wrap(title, WIDTH / size as f64);
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        last.push('…');
    }
    (size, lines)
}

/// Rough advance of a character in bold ems, after `previous`: marks and Khmer subscript
/// consonants (after a coeng) take no room, Latin letters about six tenths of an em, the
/// letters of other scripts a full em.
fn advance(c: char, previous: Option<char>) -> f64 {
    if is_spacing_sign(c) {
        0.7
    } else if is_mark(c) || previous == Some(COENG) {
        0.0
    } else if c.is_ascii() || ('\u{C0}'..='\u{1EFF}').contains(&c) {
        if c.is_ascii_uppercase() { 0.72 } else { 0.6 }
    } else {
        1.0
    }
}

/// Khmer dependent vowels and signs written beside their consonant, not above or below it.
fn is_spacing_sign(c: char) -> bool {
    matches!(
        c,
        '\u{17B6}' | '\u{17BE}'..='\u{17C5}' | '\u{17C7}' | '\u{17C8}'
    )
}

/// The Khmer sign that puts the next consonant under the one before it.
const COENG: char = '\u{17D2}';

fn width(text: &str) -> f64 {
    let mut previous = None;
    text.chars()
        .map(|c| {
            let advance = advance(c, previous);
            previous = Some(c);
            advance
        })
        .sum()
}

/// Combining marks and dependent signs that join the character before them.
fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
        || ('\u{17B4}'..='\u{17D3}').contains(&c)
        || c == '\u{17DD}'
        || ('\u{AA29}'..='\u{AA36}').contains(&c)
        || ('\u{AAB0}'..='\u{AABE}').contains(&c)
        || ('\u{200B}'..='\u{200D}').contains(&c)
}

/// Breaks `text` into lines of at most `max_ems`: at spaces, and inside a word too long for a
/// line (Khmer writes no spaces between words) only before a character that starts a cluster.
fn wrap(text: &str, max_ems: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    for word in text.split_whitespace() {
        let word_width = width(word);
        let space = if line.is_empty() { 0.0 } else { 0.3 };
        if used + space + word_width <= max_ems {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            used += space + word_width;
            continue;
        }
        if !line.is_empty() && word_width <= max_ems {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
            used = word_width;
            continue;
        }
        if !line.is_empty() {
            line.push(' ');
            used += space;
        }
        let mut previous: Option<char> = None;
        for c in word.chars() {
            let starts_cluster = !is_mark(c) && previous != Some(COENG);
            let advance = advance(c, previous);
            if starts_cluster && used + advance > max_ems && !line.trim().is_empty() {
                lines.push(std::mem::take(&mut line).trim_end().to_string());
                used = 0.0;
            }
            line.push(c);
            used += advance;
            previous = Some(c);
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
    fn og_locales_have_likely_territories() {
        assert_eq!(og_locale("vi"), "vi_VN");
        assert_eq!(og_locale("km"), "km_KH");
        assert_eq!(og_locale("en"), "en_US");
    }

    #[test]
    fn khmer_titles_wrap_between_clusters() {
        let title = "ក្រុមបច្ចេកវិទ្យាឌីជីថលសហគមន៍ 4.351 នាំជំនាញឌីជីថលទៅដល់គ្រប់ភូមិ";
        let lines = wrap(title, 14.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat().replace(' ', ""), title.replace(' ', ""));
        for line in &lines {
            let first = line.chars().next().unwrap();
            assert!(!is_mark(first), "a line starts with a mark: {line}");
        }
        let svg = built_in_card_svg(&ShareCard {
            title,
            lang: "km",
            site_title: "ការអប់រំឌីជីថល",
            site_lang: "km",
            kicker: None,
        });
        assert!(svg.contains("Noto Sans Khmer"));
        assert!(svg.contains("width=\"1200\" height=\"630\""));
    }

    /// (family, glyph id, text, x) of every glyph usvg lays out for `svg` with loa's fonts.
    fn glyphs(svg: &str) -> Vec<(String, u16, String, f32)> {
        use resvg::usvg;
        let options = usvg::Options {
            fontdb: std::sync::Arc::new(crate::render::poster::fonts::font_database()),
            ..usvg::Options::default()
        };
        let tree = usvg::Tree::from_str(svg, &options).unwrap();
        let mut found = Vec::new();
        type Found = Vec<(String, u16, String, f32)>;
        fn walk(group: &usvg::Group, tree: &usvg::Tree, found: &mut Found) {
            for node in group.children() {
                match node {
                    usvg::Node::Group(group) => walk(group, tree, found),
                    usvg::Node::Text(text) => {
                        for glyph in text.layouted().iter().flat_map(|s| &s.positioned_glyphs) {
                            let face = tree.fontdb().face(glyph.font).unwrap();
                            let family = face.families[0].0.clone();
                            let x = glyph.transform().tx;
                            found.push((family, glyph.id.0, glyph.text.clone(), x));
                        }
                    }
                    _ => {}
                }
            }
        }
        walk(tree.root(), &tree, &mut found);
        found
    }

    #[test]
    fn khmer_cards_are_set_in_the_khmer_font_without_missing_glyphs() {
        // A Khmer title with a Vietnamese name and digits in it, as the demo's articles have.
        let title = "ឃុំ Thiệu Trung៖ ពាក្យស្នើសុំជាង 89% ត្រូវបានដាក់តាមអនឡាញ";
        let svg = built_in_card_svg(&ShareCard {
            title,
            lang: "km",
            site_title: "ការអប់រំឌីជីថលសម្រាប់ទាំងអស់គ្នា",
            site_lang: "km",
            kicker: Some(("Xã Diên Khánh, Khánh Hòa", "vi")),
        });
        let glyphs = glyphs(&svg);
        for (family, id, text, _) in &glyphs {
            assert_ne!(*id, 0, "`{text}` is a missing glyph (in {family})");
            let khmer = text.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c));
            let latin = text
                .chars()
                .any(|c| c.is_ascii_alphanumeric() || c == 'ệ' || c == '%');
            if khmer {
                assert_eq!(family, "Noto Sans Khmer", "{text}");
            } else if latin {
                assert_eq!(family, "Noto Sans", "{text}");
            }
        }
        let khmer = glyphs
            .iter()
            .filter(|(f, ..)| f == "Noto Sans Khmer")
            .count();
        assert!(khmer >= 30, "{khmer} Khmer glyphs");
        // "ពាក្យស្នើ": the subscript ya (glyph 194 of Noto Sans Khmer Bold) and the part of the
        // vowel OE written before ស (glyph 107) do not overlap, as usvg draws them when the
        // word is one chunk.
        let x_of = |id: u16| {
            glyphs
                .iter()
                .find(|(family, glyph, ..)| family == "Noto Sans Khmer" && *glyph == id)
                .map(|(.., x)| *x)
                .unwrap_or_else(|| panic!("no glyph {id}"))
        };
        assert!(
            x_of(107) >= x_of(194) + 8.0,
            "the vowel at {} overlaps the subscript at {}",
            x_of(107),
            x_of(194)
        );
        let drawn: String = glyphs.iter().map(|(_, _, text, _)| text.as_str()).collect();
        for word in ["Thiệu", "Trung", "89%", "Khánh"] {
            assert!(drawn.contains(word), "{word} not drawn: {drawn}");
        }
    }
}

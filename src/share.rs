//! Sharing: what a link shows when it is pasted into Zalo, Facebook or Messenger. Open Graph
//! and Twitter-card data for every page, a share image per article and language (an SVG
//! 1200×630 with the title in its own script and the campaign's branding), and JSON-LD
//! `NewsArticle` data for search engines.
//!
//! Share images are SVG for now: rasterising them to PNG needs the poster layer's `resvg` and
//! font database, which arrive with that branch.

use serde_json::json;

use crate::fonts::script_font;

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
    /// A short line above the title (the column), if any.
    pub kicker: Option<&'a str>,
}

/// The font stack of a share image's text in `lang`: the script's Noto font (the poster layer
/// embeds the same files), then Noto Sans.
fn font_family(lang: &str) -> String {
    match script_font(lang) {
        Some(font) => format!("'{}', 'Noto Sans', sans-serif", font_name(font.file)),
        None => "'Noto Sans', 'DejaVu Sans', sans-serif".to_string(),
    }
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

/// A 1200×630 SVG: the campaign's red band and loudspeaker, the title in large type, the
/// campaign's name below.
pub fn share_svg(card: &ShareCard) -> String {
    let escape = crate::markdown::escape_html;
    let (size, lines) = fit_title(card.title);
    let line_height = (size as f64 * 1.3).round() as u32;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SHARE_WIDTH}\" height=\"{SHARE_HEIGHT}\" \
         viewBox=\"0 0 {SHARE_WIDTH} {SHARE_HEIGHT}\">\n\
         <rect width=\"1200\" height=\"630\" fill=\"#fdfaf3\"/>\n\
         <rect width=\"1200\" height=\"24\" fill=\"#a4161a\"/>\n\
         <rect y=\"522\" width=\"1200\" height=\"108\" fill=\"#a4161a\"/>\n\
         <g fill=\"#fff\" transform=\"translate(72 540)\">\
         <rect x=\"0\" y=\"26\" width=\"22\" height=\"22\"/>\
         <path d=\"M22 26 L58 6 L58 68 L22 48 Z\"/>\
         <path d=\"M70 20 Q84 37 70 54\" fill=\"none\" stroke=\"#fff\" stroke-width=\"6\"/>\
         </g>\n"
    );
    let mut y = 120;
    if let Some(kicker) = card.kicker {
        svg.push_str(&format!(
            "<text x=\"72\" y=\"{y}\" xml:lang=\"{}\" font-family=\"{}\" font-size=\"34\" \
             fill=\"#a4161a\">{}</text>\n",
            card.site_lang,
            font_family(card.site_lang),
            escape(kicker)
        ));
        y += 36;
    }
    y += line_height;
    svg.push_str(&format!(
        "<text xml:lang=\"{}\" font-family=\"{}\" font-size=\"{size}\" font-weight=\"700\" \
         fill=\"#1b1b1b\">",
        card.lang,
        font_family(card.lang)
    ));
    for line in &lines {
        svg.push_str(&format!(
            "<tspan x=\"72\" y=\"{y}\">{}</tspan>",
            escape(line)
        ));
        y += line_height;
    }
    svg.push_str("</text>\n");
    svg.push_str(&format!(
        "<text x=\"180\" y=\"590\" xml:lang=\"{}\" font-family=\"{}\" font-size=\"40\" \
         font-weight=\"700\" fill=\"#fff\">{}</text>\n</svg>\n",
        card.site_lang,
        font_family(card.site_lang),
        escape(card.site_title)
    ));
    svg
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

/// The facts of a `NewsArticle`.
#[derive(Debug, Clone)]
pub struct NewsArticle<'a> {
    pub headline: &'a str,
    pub description: Option<&'a str>,
    /// `YYYY-MM-DD`.
    pub date_published: &'a str,
    pub in_language: &'a str,
    pub authors: &'a [String],
    pub publisher: &'a str,
    pub url: &'a str,
    /// Absolute image URLs, the share image first.
    pub images: Vec<String>,
}

/// JSON-LD for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as
/// `\u003c`… so no title can close the script element or open a comment.
pub fn news_article_json_ld(article: &NewsArticle) -> String {
    let value = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.description,
        "datePublished": article.date_published,
        "inLanguage": article.in_language,
        "author": article.authors.iter().map(|name| json!({"@type": "Person", "name": name})).collect::<Vec<_>>(),
        "publisher": {"@type": "Organization", "name": article.publisher},
        "url": article.url,
        "mainEntityOfPage": article.url,
        "image": article.images,
    });
    script_safe_json(&value)
}

/// JSON text safe inside a `<script>` element.
pub fn script_safe_json(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
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
    fn json_ld_cannot_end_its_script_element() {
        let authors = vec!["Ban biên tập".to_string()];
        let text = news_article_json_ld(&NewsArticle {
            headline: "</script><script>alert(1)</script> & <!--",
            description: None,
            date_published: "2025-11-16",
            in_language: "vi",
            authors: &authors,
            publisher: "Bình dân học vụ số",
            url: "https://example.vn/articles/a/",
            images: vec!["https://example.vn/articles/a/share.svg".into()],
        });
        assert!(!text.contains('<') && !text.contains('>'), "{text}");
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            parsed["headline"],
            "</script><script>alert(1)</script> & <!--"
        );
        assert_eq!(parsed["@type"], "NewsArticle");
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
        let svg = share_svg(&ShareCard {
            title,
            lang: "km",
            site_title: "ការអប់រំឌីជីថល",
            site_lang: "km",
            kicker: None,
        });
        assert!(svg.contains("Noto Sans Khmer"));
        assert!(svg.contains("width=\"1200\" height=\"630\""));
    }
}

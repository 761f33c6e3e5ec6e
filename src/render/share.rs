//! Sharing: what a link shows when it is pasted into Zalo, Facebook or Messenger. Open Graph
//! and Twitter-card data for every page, a share card per article, per procedure landing page
//! and per site, in each language (a 1200×630 SVG with the title in its own script and the
//! campaign's branding, rasterised to PNG by [`png`]), and JSON-LD for search engines
//! (`NewsArticle`, `GovernmentService` on procedure landing pages, `HowTo` on lessons).
//!
//! Markup is the theme's: a card is laid out here ([`CardLayout`]) and written by the theme's
//! [`CARD_TEMPLATE`]. JSON-LD is built from typed schema.org structs and written by
//! [`script_safe_json`], not by a template: serde makes valid JSON of any text, where a
//! template would have to escape every field for JSON and for the script element by hand. A
//! theme decides whether and where a page carries it: the page templates write `json_ld`.

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

/// The vendored family that writes `c`, or `None` for characters any font of the line may
/// write (spaces, joiners).
fn char_family(c: char) -> Option<&'static str> {
    match c {
        '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => Some("Noto Sans Khmer"),
        '\u{AA80}'..='\u{AADF}' => Some("Noto Sans Tai Viet"),
        '\u{AA00}'..='\u{AA5F}' => Some("Noto Sans Cham"),
        c if c.is_whitespace() || ('\u{200B}'..='\u{200D}').contains(&c) => None,
        _ => Some("Noto Sans"),
    }
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
/// script in its own font: "ឃុំ Thiệu Trung៖ 89%" sets the Vietnamese name and the digits in
/// Noto Sans. Widths come from the poster layer's shaper (rustybuzz, as usvg shapes).
///
/// Two usvg behaviours make this necessary. It shapes a chunk of text (what runs between two
/// absolute positions) with each span's font and merges the glyphs, which Khmer next to Latin
/// breaks: missing glyphs, or a panic inside usvg; a position on every run makes each run a
/// chunk shaped with one font. And it advances a cluster of several glyphs by its widest glyph,
/// so a Khmer subscript or split vowel overlaps the next cluster: runs of Khmer, Tai Viet and
/// Cham are placed cluster by cluster ([`crate::render::poster::layout::clusters`]).
fn script_runs(text: &str, lang: &str, x: f64, y: u32, size: f64, bold: bool) -> Vec<CardRun> {
    use crate::render::poster::layout::{clusters, text_width};
    let primary = script_family(lang).unwrap_or_else(|| "Noto Sans".to_string());
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
        if text.trim().is_empty() {
            return;
        }
        placed.push(CardRun {
            x: (x * 10.0).round() / 10.0,
            y,
            family: (family != primary).then_some(family),
            text: text.to_string(),
        });
    };
    let last = runs.len().saturating_sub(1);
    for (position, (gap, family, run)) in runs.iter().enumerate() {
        x += text_width(gap, "Noto Sans", bold, size);
        if *family == "Noto Sans" {
            place(x, family, run);
            // Shaping is most of a card's cost, and the width after the last run is not used:
            // a Latin or Vietnamese line is placed without being shaped at all.
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

/// JSON-LD for an article page: the schema.org `NewsArticle`, written by [`script_safe_json`].
pub fn news_article_json_ld(article: &NewsArticle) -> String {
    script_safe_json(&LdNewsArticle {
        context: SCHEMA_ORG,
        kind: "NewsArticle",
        author: (article.authors.iter())
            .map(|name| LdPerson {
                kind: "Person",
                name,
            })
            .collect(),
        date_published: article.date_published,
        description: article.description,
        headline: article.headline,
        image: &article.images,
        in_language: article.in_language,
        main_entity_of_page: article.url,
        publisher: LdOrganization {
            kind: "Organization",
            address: None,
            name: LdText {
                value: article.publisher.to_string(),
                language: None,
            },
            telephone: None,
            url: None,
        },
        url: article.url,
    })
}

/// The facts of a lesson's `HowTo`, in the language of its text.
#[derive(Debug, Clone)]
pub struct HowTo<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub in_language: &'a str,
    /// The lesson's page.
    pub url: &'a str,
    /// How long the lesson takes.
    pub minutes: u32,
    pub steps: Vec<HowToStep<'a>>,
}

/// One step of a [`HowTo`], in order.
#[derive(Debug, Clone)]
pub struct HowToStep<'a> {
    pub name: &'a str,
    pub text: &'a str,
    /// The step's anchor on the lesson's page.
    pub url: String,
}

/// JSON-LD for a lesson page: the schema.org `HowTo`, written by [`script_safe_json`].
pub fn how_to_json_ld(how_to: &HowTo) -> String {
    script_safe_json(&LdHowTo {
        context: SCHEMA_ORG,
        kind: "HowTo",
        description: how_to.description,
        in_language: how_to.in_language,
        name: how_to.name,
        step: (how_to.steps.iter().enumerate())
            .map(|(index, step)| LdHowToStep {
                kind: "HowToStep",
                name: step.name,
                position: index + 1,
                text: step.text,
                url: &step.url,
            })
            .collect(),
        total_time: format!("PT{}M", how_to.minutes),
        url: how_to.url,
    })
}

/// A text of a landing page and the language it is written in (a translation may lack some
/// texts: they are shown in the language they fall back to).
pub type Written<'a> = (&'a str, &'a str);

/// The place that serves a procedure: a commune's public-service centre.
#[derive(Debug, Clone)]
pub struct ServiceCentre<'a> {
    pub name: &'a str,
    pub address: &'a str,
    /// The commune and its province: the area served.
    pub commune: &'a str,
    pub province: &'a str,
    /// The language the commune's data is written in (the site's default).
    pub lang: &'a str,
    /// As written on the page (`1800 1096`).
    pub telephone: &'a str,
    /// The commune's page.
    pub url: &'a str,
}

/// What a procedure costs, in đồng.
#[derive(Debug, Clone)]
pub enum ServiceFee<'a> {
    Free,
    Amount(u64),
    /// A range or a rule, written out.
    Text(Written<'a>),
}

/// The facts of a procedure's landing page.
#[derive(Debug, Clone)]
pub struct GovernmentService<'a> {
    pub name: &'a str,
    /// The language of `name`: the page's, or the one its name falls back to.
    pub in_language: &'a str,
    /// The national procedure code; `None` for illustrative data.
    pub identifier: Option<&'a str>,
    /// The field of administration (`Hộ tịch`).
    pub service_type: Written<'a>,
    /// The steps, in order, and their language.
    pub steps: (&'a [String], &'a str),
    /// Who may apply.
    pub audience: Written<'a>,
    /// The agency that decides (`Ủy ban nhân dân cấp xã`).
    pub operator: Written<'a>,
    pub centre: ServiceCentre<'a>,
    /// The online submission page, if the procedure can be done online.
    pub online_url: Option<&'a str>,
    pub fee: ServiceFee<'a>,
    /// The laws and decrees the procedure rests on, and their language.
    pub legal_basis: (&'a [String], &'a str),
    /// The landing page.
    pub url: &'a str,
    /// Absolute URL of the share image, if the site makes them.
    pub image: Option<&'a str>,
}

/// JSON-LD for a procedure's landing page: a `WebPage` in the language of the procedure's name
/// whose main entity is the schema.org `GovernmentService` (`inLanguage` belongs to creative
/// works, not to services, hence the page around it). A text in another language — a field the
/// translation lacks, the commune's data — is a JSON-LD value with its own `@language`.
/// Processing times are free text ("within the working day") while schema.org's
/// `processingTime` wants an ISO 8601 duration: they are left out rather than made up. Written
/// by [`script_safe_json`].
pub fn government_service_json_ld(service: &GovernmentService) -> String {
    let text = |(text, lang): Written<'_>| LdText {
        value: text.to_string(),
        language: (lang != service.in_language).then(|| lang.to_string()),
    };
    let centre = &service.centre;
    let centre_text = |value| text((value, centre.lang));
    let address = LdAddress {
        kind: "PostalAddress",
        country: "VN",
        locality: centre_text(centre.commune),
        region: centre_text(centre.province),
        street: centre_text(centre.address),
    };
    let (steps, steps_lang) = service.steps;
    let (laws, laws_lang) = service.legal_basis;
    let page = LdPage {
        context: SCHEMA_ORG,
        kind: "WebPage",
        in_language: service.in_language,
        main_entity: LdService {
            kind: "GovernmentService",
            area_served: LdArea {
                kind: "AdministrativeArea",
                contained_in_place: Some(Box::new(LdArea {
                    kind: "AdministrativeArea",
                    contained_in_place: None,
                    name: centre_text(centre.province),
                })),
                name: centre_text(centre.commune),
            },
            audience: LdAudience {
                kind: "Audience",
                audience_type: text(service.audience),
            },
            available_channel: service
                .online_url
                .map(|url| LdChannel {
                    kind: "ServiceChannel",
                    service_location: None,
                    service_phone: None,
                    service_url: Some(url),
                })
                .into_iter()
                .chain(std::iter::once(LdChannel {
                    kind: "ServiceChannel",
                    service_location: Some(LdOffice {
                        kind: "GovernmentOffice",
                        address: address.clone(),
                        name: centre_text(centre.name),
                        telephone: centre.telephone,
                    }),
                    service_phone: Some(LdContact {
                        kind: "ContactPoint",
                        telephone: centre.telephone,
                    }),
                    service_url: None,
                }))
                .collect(),
            description: (!steps.is_empty()).then(|| text((&steps.join(" "), steps_lang))),
            identifier: service.identifier,
            image: service.image,
            name: service.name,
            offers: match service.fee {
                ServiceFee::Free => LdOffer::price(0),
                ServiceFee::Amount(amount) => LdOffer::price(amount),
                ServiceFee::Text(fee) => LdOffer {
                    kind: "Offer",
                    description: Some(text(fee)),
                    price: None,
                    price_currency: None,
                },
            },
            provider: LdOrganization {
                kind: "GovernmentOrganization",
                address: Some(address),
                name: centre_text(centre.name),
                telephone: Some(centre.telephone),
                url: Some(centre.url),
            },
            service_operator: LdOrganization {
                kind: "GovernmentOrganization",
                address: None,
                name: text(service.operator),
                telephone: None,
                url: None,
            },
            service_type: text(service.service_type),
            terms_of_service: (!laws.is_empty()).then(|| text((&laws.join("; "), laws_lang))),
            url: service.url,
        },
        name: service.name,
        url: service.url,
    };
    script_safe_json(&page)
}

// The site's JSON-LD, typed: written straight to text without building a `serde_json::Value`
// per page (a national QR corner has 200,000 landing pages). Fields are in the byte order of
// their names, the order JSON-LD was written in when it was built as `serde_json::Value`s, so
// that the pages stay the same.

const SCHEMA_ORG: &str = "https://schema.org";

#[derive(Serialize)]
struct LdNewsArticle<'a> {
    #[serde(rename = "@context")]
    context: &'a str,
    #[serde(rename = "@type")]
    kind: &'a str,
    author: Vec<LdPerson<'a>>,
    #[serde(rename = "datePublished")]
    date_published: &'a str,
    /// `null` for an article without a summary.
    description: Option<&'a str>,
    headline: &'a str,
    image: &'a [String],
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "mainEntityOfPage")]
    main_entity_of_page: &'a str,
    publisher: LdOrganization<'a>,
    url: &'a str,
}

#[derive(Serialize)]
struct LdPerson<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct LdHowTo<'a> {
    #[serde(rename = "@context")]
    context: &'a str,
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    name: &'a str,
    step: Vec<LdHowToStep<'a>>,
    #[serde(rename = "totalTime")]
    total_time: String,
    url: &'a str,
}

#[derive(Serialize)]
struct LdHowToStep<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    name: &'a str,
    position: usize,
    text: &'a str,
    url: &'a str,
}

/// A text in the page's language, or a value with its own `@language`.
#[derive(Serialize)]
#[serde(untagged)]
enum LdTextForm<'a> {
    Plain(&'a str),
    Tagged {
        #[serde(rename = "@language")]
        language: &'a str,
        #[serde(rename = "@value")]
        value: &'a str,
    },
}

#[derive(Clone)]
struct LdText {
    value: String,
    language: Option<String>,
}

impl Serialize for LdText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.language {
            None => LdTextForm::Plain(&self.value),
            Some(language) => LdTextForm::Tagged {
                language,
                value: &self.value,
            },
        }
        .serialize(serializer)
    }
}

#[derive(Serialize)]
struct LdPage<'a> {
    #[serde(rename = "@context")]
    context: &'a str,
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "mainEntity")]
    main_entity: LdService<'a>,
    name: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct LdService<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "areaServed")]
    area_served: LdArea<'a>,
    audience: LdAudience<'a>,
    #[serde(rename = "availableChannel")]
    available_channel: Vec<LdChannel<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<LdText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    name: &'a str,
    offers: LdOffer<'a>,
    provider: LdOrganization<'a>,
    #[serde(rename = "serviceOperator")]
    service_operator: LdOrganization<'a>,
    #[serde(rename = "serviceType")]
    service_type: LdText,
    #[serde(rename = "termsOfService", skip_serializing_if = "Option::is_none")]
    terms_of_service: Option<LdText>,
    url: &'a str,
}

#[derive(Serialize)]
struct LdArea<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "containedInPlace", skip_serializing_if = "Option::is_none")]
    contained_in_place: Option<Box<LdArea<'a>>>,
    name: LdText,
}

#[derive(Serialize)]
struct LdAudience<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "audienceType")]
    audience_type: LdText,
}

#[derive(Serialize)]
struct LdChannel<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "serviceLocation", skip_serializing_if = "Option::is_none")]
    service_location: Option<LdOffice<'a>>,
    #[serde(rename = "servicePhone", skip_serializing_if = "Option::is_none")]
    service_phone: Option<LdContact<'a>>,
    #[serde(rename = "serviceUrl", skip_serializing_if = "Option::is_none")]
    service_url: Option<&'a str>,
}

#[derive(Serialize)]
struct LdOffice<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    address: LdAddress<'a>,
    name: LdText,
    telephone: &'a str,
}

#[derive(Serialize, Clone)]
struct LdAddress<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(rename = "addressCountry")]
    country: &'a str,
    #[serde(rename = "addressLocality")]
    locality: LdText,
    #[serde(rename = "addressRegion")]
    region: LdText,
    #[serde(rename = "streetAddress")]
    street: LdText,
}

#[derive(Serialize)]
struct LdContact<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    telephone: &'a str,
}

#[derive(Serialize)]
struct LdOffer<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<LdText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    price: Option<u64>,
    #[serde(rename = "priceCurrency", skip_serializing_if = "Option::is_none")]
    price_currency: Option<&'a str>,
}

impl LdOffer<'_> {
    fn price(amount: u64) -> Self {
        LdOffer {
            kind: "Offer",
            description: None,
            price: Some(amount),
            price_currency: Some("VND"),
        }
    }
}

#[derive(Serialize)]
struct LdOrganization<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<LdAddress<'a>>,
    name: LdText,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

/// JSON text safe inside a `<script>` element (JSON-LD, the offline worker's list): `<`, `>`
/// and `&` are written as `\u003c`… so no text can close the element or open a comment. The
/// one way loa writes JSON into a page.
pub fn script_safe_json<T: Serialize + ?Sized>(value: &T) -> String {
    script_safe(serde_json::to_string(value).unwrap_or_default())
}

/// `json` with `<`, `>` and `&` escaped: none can then end the script element or start a
/// comment. One pass, and none at all for the many texts that have none of them.
fn script_safe(json: String) -> String {
    if !json.contains(['<', '>', '&']) {
        return json;
    }
    let mut safe = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            c => safe.push(c),
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use serde_json::json;

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
    fn how_to_json_ld_numbers_its_steps_and_cannot_end_its_script_element() {
        let text = how_to_json_ld(&HowTo {
            name: "Gọi 113 </script><!--",
            description: None,
            in_language: "vi",
            url: "https://example.vn/lessons/a/",
            minutes: 15,
            steps: ["mot", "hai"]
                .into_iter()
                .map(|anchor| HowToStep {
                    name: anchor,
                    text: "A & B",
                    url: format!("https://example.vn/lessons/a/#{anchor}"),
                })
                .collect(),
        });
        assert!(!text.contains(['<', '>', '&']), "{text}");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["@type"], "HowTo");
        assert_eq!(value["name"], "Gọi 113 </script><!--");
        assert_eq!(value["totalTime"], "PT15M");
        assert!(value.get("description").is_none());
        assert_eq!(value["step"][1]["position"], 2);
        assert_eq!(value["step"][1]["text"], "A & B");
        assert_eq!(value["step"][1]["url"], "https://example.vn/lessons/a/#hai");
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

    #[test]
    fn government_service_json_ld_is_a_page_around_the_service() {
        let steps = vec!["Nộp hồ sơ </script><script>alert(1)</script>".to_string()];
        let laws = vec!["Luật Hộ tịch 2014".to_string()];
        let text = government_service_json_ld(&GovernmentService {
            name: "ចុះបញ្ជីកំណើត",
            in_language: "km",
            identifier: Some("1.001193"),
            service_type: ("អត្រានុកូលដ្ឋាន", "km"),
            steps: (&steps, "vi"),
            audience: ("Cha, mẹ của trẻ em", "vi"),
            operator: ("គណៈកម្មាធិការប្រជាជនឃុំ", "km"),
            centre: ServiceCentre {
                name: "Trung tâm Phục vụ hành chính công xã A",
                address: "Trụ sở UBND xã A",
                commune: "Xã A",
                province: "Khánh Hòa",
                lang: "vi",
                telephone: "1800 1096",
                url: "https://example.vn/communes/xa-a/",
            },
            online_url: Some("https://dichvucong.gov.vn/p/x?ma_thu_tuc=1.001193&a=b"),
            fee: ServiceFee::Amount(8000),
            legal_basis: (&laws, "vi"),
            url: "https://example.vn/communes/xa-a/1.001193/",
            image: None,
        });
        assert!(!text.contains(['<', '>', '&']), "{text}");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["@type"], "WebPage");
        assert_eq!(value["inLanguage"], "km");
        let service = &value["mainEntity"];
        assert_eq!(service["@type"], "GovernmentService");
        assert_eq!(service["identifier"], "1.001193");
        assert_eq!(service["serviceType"], "អត្រានុកូលដ្ឋាន");
        assert_eq!(service["provider"]["@type"], "GovernmentOrganization");
        // Texts in another language than the page's name carry their own.
        assert_eq!(
            service["areaServed"]["name"],
            json!({"@value": "Xã A", "@language": "vi"})
        );
        assert_eq!(service["audience"]["audienceType"]["@language"], "vi");
        assert_eq!(
            service["availableChannel"][0]["serviceUrl"],
            "https://dichvucong.gov.vn/p/x?ma_thu_tuc=1.001193&a=b"
        );
        assert_eq!(service["offers"]["price"], 8000);
        assert_eq!(service["offers"]["priceCurrency"], "VND");
        assert!(
            service["description"]["@value"]
                .as_str()
                .unwrap()
                .contains("</script>")
        );
        assert!(service.get("image").is_none());
    }
}

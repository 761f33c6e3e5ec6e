//! The A4 posters (SVG and PDF, one per procedure or page, and each commune's wall PDF) and
//! the staff page that lists them for printing.

use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostics::{Diagnostic, Problem};
use crate::render::context::Context;
use crate::render::poster::{self, PdfMetadata, PosterPage};
use crate::render::views::{PageView, Text};
use crate::urls::{Page, Poster};

use super::{
    Subject, domain, has_posters, local, made_posters, poster_of, procedure, short_path, site_title,
};

#[derive(Debug, Serialize)]
struct StaffPoster {
    code: Option<String>,
    name: Text,
    short_url: String,
    pdf: String,
    svg: String,
}

#[derive(Debug, Serialize)]
struct StaffCommune {
    name: Text,
    province: Text,
    /// The poster languages' own names, each marked with its language.
    languages: Vec<Text>,
    corner_pdf: String,
    posters: Vec<StaffPoster>,
}

/// `/posters/`: what to print, per commune.
#[derive(Debug, Serialize)]
struct StaffPage {
    page: PageView,
    communes: Vec<StaffCommune>,
    pages: Vec<StaffPoster>,
}

/// One language block of a poster. `title` is `None` when the name is not translated into this
/// language and an earlier block already shows the text it falls back to.
#[derive(Debug, Serialize)]
struct PosterLanguage {
    lang: String,
    title: Option<String>,
}

/// What `poster.svg` receives.
#[derive(Debug, Serialize)]
struct PosterView {
    /// `procedure` or `page`.
    kind: &'static str,
    /// The poster's first language.
    lang: String,
    /// The absolute short URL the QR code encodes.
    url: String,
    /// The same without `https://`, printed in clear under the code.
    url_text: String,
    languages: Vec<PosterLanguage>,
    code: Option<String>,
    agency: Option<Text>,
    place: Option<String>,
    centre: Option<String>,
    desk: Option<String>,
    illustrative: bool,
    site_title: Text,
    domain: String,
    /// The poster's date, written the first language's way.
    date: Option<String>,
    /// A short hash of everything else on the poster: tells two printings apart.
    version: String,
}

#[derive(Debug, Serialize)]
struct PosterContext {
    poster: PosterView,
}

/// A poster drawn once, for every file it goes into.
struct DrawnPoster {
    svg: (String, Vec<u8>),
    pdf: (String, Vec<u8>),
    page: PosterPage,
}

/// A commune's wall: each poster's SVG and PDF, in wall order, then the wall PDF with
/// every poster on a page of its own.
pub(super) fn wall(cx: &Context, commune: usize) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let c = &cx.site.content.communes[commune];
    let drawn: Vec<Result<DrawnPoster, Diagnostic>> = (0..c.wall.len())
        .into_par_iter()
        .map(|entry| drawn_poster(cx, Subject::Procedure { commune, entry }))
        .collect();
    // The first failing poster in wall order, not whichever thread failed first: the
    // build's messages are the same every time.
    let drawn = drawn.into_iter().collect::<Result<Vec<_>, _>>()?;
    let metadata = PdfMetadata {
        title: Some(c.name.clone()),
        language: Some(c.poster_languages[0].clone()),
    };
    let pages: Vec<&PosterPage> = drawn.iter().map(|poster| &poster.page).collect();
    let wall = pdf(cx, &Poster::Wall(&c.slug).file("pdf"), &pages, &metadata)?;
    let mut files = Vec::with_capacity(2 * drawn.len() + 1);
    for poster in drawn {
        files.push(poster.svg);
        files.push(poster.pdf);
    }
    files.push(wall);
    Ok(files)
}

/// The poster of a page with `poster: true`: its SVG and PDF.
pub(super) fn page_poster(
    cx: &Context,
    article: usize,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let drawn = drawn_poster(cx, Subject::Article(article))?;
    Ok(vec![drawn.svg, drawn.pdf])
}

/// A poster drawn once: its SVG file, its PDF file, and its parsed page for a wall PDF.
fn drawn_poster(cx: &Context, subject: Subject) -> Result<DrawnPoster, Diagnostic> {
    let file = poster_of(cx.site, subject);
    let pdf_file = file.file("pdf");
    let (svg, metadata) = poster(cx, subject)?;
    let page = (cx.prepared.posters)
        .parse(&svg, 1)
        .map_err(|e| poster_error(cx, &pdf_file, e))?;
    let pdf = pdf(cx, &pdf_file, &[&page], &metadata)?;
    Ok(DrawnPoster {
        svg: (file.file("svg"), svg.into_bytes()),
        pdf,
        page,
    })
}

fn pdf(
    cx: &Context,
    file: &str,
    pages: &[&PosterPage],
    metadata: &PdfMetadata,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let pdf = poster::pages_to_pdf(pages, metadata).map_err(|e| poster_error(cx, file, e))?;
    Ok((file.to_string(), pdf))
}

fn poster_error(cx: &Context, file: &str, error: poster::PosterError) -> Diagnostic {
    Diagnostic::error(
        Problem::Template,
        cx.template_origin("poster.svg"),
        format!("{file}: {error}"),
    )
}

fn staff_poster(cx: &Context, subject: Subject, lang: &str) -> Result<StaffPoster, Diagnostic> {
    let file = poster_of(cx.site, subject);
    let (code, name) = match subject {
        Subject::Procedure { commune, entry } => {
            let code = &cx.site.content.communes[commune].wall[entry].code;
            let (name, name_lang) = procedure(cx, code)?.name(lang, cx.languages);
            (Some(code.clone()), Text::new(name, name_lang, lang))
        }
        Subject::Article(index) => {
            let article = &cx.site.content.articles[index];
            let (text_lang, text) = article.texts.resolve(lang, cx.languages);
            (None, Text::new(text.title.clone(), text_lang, lang))
        }
    };
    Ok(StaffPoster {
        code,
        name,
        short_url: format!(
            "{}{}",
            cx.site.config.published_url,
            short_path(cx.site, subject)
        ),
        pdf: cx.urls.shared_href(&file.file("pdf")),
        svg: cx.urls.shared_href(&file.file("svg")),
    })
}

pub(super) fn staff_page(cx: &Context, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
    let subjects = made_posters(cx.site);
    let mut communes = Vec::new();
    for (index, commune) in cx.site.content.communes.iter().enumerate() {
        if !has_posters(cx.site, commune) {
            continue;
        }
        let posters = subjects
            .iter()
            .filter(|s| matches!(s, Subject::Procedure { commune, .. } if *commune == index))
            .map(|s| staff_poster(cx, *s, lang))
            .collect::<Result<Vec<_>, _>>()?;
        communes.push(StaffCommune {
            name: local(cx, &commune.name, lang),
            province: local(cx, &commune.province, lang),
            languages: commune
                .poster_languages
                .iter()
                .filter_map(|code| cx.languages.get(code))
                .map(|l| Text::new(l.name.clone(), &l.code, lang))
                .collect(),
            corner_pdf: cx
                .urls
                .shared_href(&Poster::Wall(&commune.slug).file("pdf")),
            posters,
        });
    }
    let pages = subjects
        .iter()
        .filter(|s| matches!(s, Subject::Article(_)))
        .map(|s| staff_poster(cx, *s, lang))
        .collect::<Result<Vec<_>, _>>()?;
    let title = cx.ui(lang, "posters-title").text;
    let context = StaffPage {
        page: cx.page_view(lang, &title, &Page::Posters.path(), None),
        communes,
        pages,
    };
    cx.output(&cx.urls.file(lang, Page::Posters), "posters.html", &context)
}

/// A poster's SVG, and the facts its PDF carries (title, language).
fn poster(cx: &Context, subject: Subject) -> Result<(String, PdfMetadata), Diagnostic> {
    let poster = poster_view(cx, subject);
    let metadata = PdfMetadata {
        title: poster.languages.first().and_then(|l| l.title.clone()),
        language: Some(poster.lang.clone()),
    };
    let (_, bytes) = cx.output("poster.svg", "poster.svg", &PosterContext { poster })?;
    // Tera renders to a String: the bytes are UTF-8.
    Ok((String::from_utf8_lossy(&bytes).into_owned(), metadata))
}

fn poster_view(cx: &Context, subject: Subject) -> PosterView {
    let site = cx.site;
    let url = format!("{}{}", site.config.published_url, short_path(site, subject));
    let mut view = match subject {
        Subject::Procedure { commune, entry } => {
            let commune = &site.content.communes[commune];
            let wall = &commune.wall[entry];
            let procedure = site.content.procedure(&wall.code);
            let first = &commune.poster_languages[0];
            let mut shown = Vec::new();
            let languages = commune
                .poster_languages
                .iter()
                .map(|lang| {
                    let (title, title_lang) = procedure
                        .map(|p| p.name(lang, cx.languages))
                        .unwrap_or_default();
                    let new = !shown.contains(&title_lang);
                    shown.push(title_lang);
                    PosterLanguage {
                        lang: lang.clone(),
                        title: new.then(|| title.to_string()),
                    }
                })
                .collect();
            PosterView {
                kind: "procedure",
                lang: first.clone(),
                url_text: String::new(),
                languages,
                code: Some(wall.code.clone()),
                agency: procedure.and_then(|p| {
                    p.texts
                        .find(first, cx.languages, |t| t.agency.as_deref())
                        .map(|(text, lang)| Text::new(text, lang, first))
                }),
                place: Some(format!("{}, {}", commune.name, commune.province)),
                centre: Some(commune.centre.name.clone()),
                desk: wall.desk.clone(),
                illustrative: procedure.is_some_and(|p| p.illustrative),
                site_title: site_title(cx, first),
                domain: domain(cx),
                date: site
                    .config
                    .poster_date
                    .or(procedure.and_then(|p| p.updated))
                    .map(|date| site.formatter(first).date(date)),
                version: String::new(),
                url,
            }
        }
        Subject::Article(index) => {
            let article = &site.content.articles[index];
            let lang = cx.languages.default_code();
            PosterView {
                kind: "page",
                lang: lang.to_string(),
                url_text: String::new(),
                languages: vec![PosterLanguage {
                    lang: lang.to_string(),
                    title: Some(article.texts.original().title.clone()),
                }],
                code: None,
                agency: None,
                place: None,
                centre: None,
                desk: None,
                illustrative: false,
                site_title: site_title(cx, lang),
                domain: domain(cx),
                date: Some(
                    site.formatter(lang)
                        .date(site.config.poster_date.unwrap_or(article.date)),
                ),
                version: String::new(),
                url,
            }
        }
    };
    view.url_text = view
        .url
        .strip_prefix("https://")
        .unwrap_or(&view.url)
        .to_string();
    let hash = blake3::hash(&serde_json::to_vec(&view).unwrap_or_default());
    view.version = hash.to_hex()[..8].to_string();
    view
}

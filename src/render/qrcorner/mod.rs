//! The QR corner: landing pages for every commune × procedure × language, the commune pages,
//! the short URLs that posters print, redirect pages, the A4 posters (SVG and PDF) and the staff
//! page that lists them for printing.
//!
//! A procedure poster's QR code encodes `base_url` + `/q/<commune>/<code>/`; that short path
//! serves the landing page itself in the poster's first language (one request on a weak
//! connection, no redirect), with a canonical link to the page's regular address.

mod communes;
mod functions;
mod landing;
mod posters;

use std::collections::BTreeSet;

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Problem};
use crate::load::content::{Commune, Procedure};
use crate::render::PageKind;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::views::Text;
use crate::resolve::site::Site;
use crate::urls::{self, Page, Poster, Printed};

use communes::{commune_page, communes_page};
pub(super) use functions::register_functions;
use landing::landing_files;
use posters::{page_poster, staff_page, wall};

/// What a poster leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Subject {
    /// The `entry`-th procedure on the wall of the `commune`-th commune.
    Procedure { commune: usize, entry: usize },
    /// An article with `poster: true`.
    Article(usize),
}

/// One output file of the QR corner.
#[derive(Debug, Clone)]
pub(super) enum Job {
    /// A procedure's landing page; in the commune's first poster language, the same page again
    /// at the printed short path.
    Landing {
        commune: usize,
        entry: usize,
        lang: String,
    },
    Commune {
        commune: usize,
        lang: String,
    },
    Staff {
        lang: String,
    },
    /// The index of every commune's QR corner.
    Communes {
        lang: String,
    },
    /// A page's short path, sending the reader on to the page.
    ShortRedirect {
        article: usize,
    },
    /// A moved printed path (`redirects:` in loa.yaml).
    Redirect {
        from: String,
        to: String,
    },
    /// The posters of a commune's wall, each as SVG and PDF, and all of them in order in one
    /// wall PDF: one job, so that each poster is drawn and parsed once for both PDFs.
    Wall {
        commune: usize,
    },
    /// The poster of a page with `poster: true`, as SVG and PDF.
    PagePoster {
        article: usize,
    },
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        jobs(cx.site)
    }

    /// Posters and the staff page show poster articles; short redirects name them. The rest
    /// of the QR corner is globals.
    fn reads(&self, cx: &Context) -> Reads {
        let articles = &cx.site.content.articles;
        let posters = &cx.lists.posters;
        let slugs: Vec<&str> = posters.iter().map(|i| articles[*i].slug.as_str()).collect();
        Reads {
            inputs: hash_of(&slugs),
            articles: posters.clone(),
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        qrcorner(cx, self)
    }

    /// The language of a page that counts in the build's per-language page totals.
    fn lang(&self) -> Option<&str> {
        match self {
            Job::Landing { lang, .. }
            | Job::Commune { lang, .. }
            | Job::Staff { lang }
            | Job::Communes { lang } => Some(lang),
            _ => None,
        }
    }

    /// Posters and redirects are not pages.
    fn budget_kind(&self) -> &'static str {
        match self {
            Job::Landing { .. } => "landing",
            Job::Commune { .. } => "commune",
            Job::Staff { .. } => "posters",
            Job::Communes { .. } => "communes",
            _ => "",
        }
    }
}

/// Every poster of the site: communes' walls in order, then pages with `poster: true`.
pub(super) fn subjects(site: &Site) -> Vec<Subject> {
    let walls = site
        .content
        .communes
        .iter()
        .enumerate()
        .flat_map(|(commune, c)| {
            (0..c.wall.len()).map(move |entry| Subject::Procedure { commune, entry })
        });
    let pages = site
        .content
        .articles
        .iter()
        .enumerate()
        .filter(|(_, article)| article.poster)
        .map(|(index, _)| Subject::Article(index));
    walls.chain(pages).collect()
}

/// Whether this build makes the commune's posters: all communes', or with `--posters-for` only
/// those of that province.
fn has_posters(site: &Site, commune: &Commune) -> bool {
    site.posters_for
        .as_ref()
        .is_none_or(|province| *province == commune.province)
}

/// The posters this build makes: [`subjects`] without the communes that `--posters-for` leaves
/// out. Their printed addresses are still produced and locked.
fn made_posters(site: &Site) -> Vec<Subject> {
    subjects(site)
        .into_iter()
        .filter(|subject| match subject {
            Subject::Procedure { commune, .. } => {
                has_posters(site, &site.content.communes[*commune])
            }
            Subject::Article(_) => true,
        })
        .collect()
}

/// The path printed on a poster, after `base_url`.
fn short_path(site: &Site, subject: Subject) -> String {
    let printed = match subject {
        Subject::Procedure { commune, entry } => {
            let commune = &site.content.communes[commune];
            Printed::Procedure {
                commune_short: &commune.short,
                code: &commune.wall[entry].code,
            }
        }
        Subject::Article(index) => Printed::Article(&site.content.articles[index].slug),
    };
    printed.path()
}

/// Every URL this build prints on a poster: the input of the URL lock. Each must be on a
/// trusted domain; the first that is not fails the build (they all share `base_url`).
pub fn printed_urls(site: &Site) -> Result<BTreeSet<String>, Diagnostic> {
    let config = &site.config;
    let urls: BTreeSet<String> = subjects(site)
        .into_iter()
        .map(|subject| format!("{}{}", config.published_url, short_path(site, subject)))
        .collect();
    match urls
        .iter()
        .find_map(|url| config.trusted_domains.check(url).err())
    {
        None => Ok(urls),
        Some(problem) => Err(
            Diagnostic::error(Problem::InvalidValue, config.path(), problem)
                .at(config.base_url_line, None),
        ),
    }
}

/// The output files of the QR corner.
fn jobs(site: &Site) -> Vec<Job> {
    let mut jobs = Vec::new();
    let languages = site.config.languages.all();
    for (commune, c) in site.content.communes.iter().enumerate() {
        for language in languages {
            jobs.push(Job::Commune {
                commune,
                lang: language.code.clone(),
            });
            for entry in 0..c.wall.len() {
                jobs.push(Job::Landing {
                    commune,
                    entry,
                    lang: language.code.clone(),
                });
            }
        }
        if has_posters(site, c) {
            jobs.push(Job::Wall { commune });
        }
    }
    if !site.content.communes.is_empty() {
        jobs.extend(languages.iter().map(|l| Job::Communes {
            lang: l.code.clone(),
        }));
    }
    let subjects = made_posters(site);
    for subject in &subjects {
        if let Subject::Article(article) = *subject {
            jobs.push(Job::PagePoster { article });
            jobs.push(Job::ShortRedirect { article });
        }
    }
    if !subjects.is_empty() {
        jobs.extend(languages.iter().map(|l| Job::Staff {
            lang: l.code.clone(),
        }));
    }
    jobs.extend(
        site.config
            .redirects
            .iter()
            .map(|(from, to)| Job::Redirect {
                from: from.to_string(),
                to: to.to_string(),
            }),
    );
    jobs
}

/// Site paths (without language prefix) of the QR corner's pages, for the sitemap.
pub(super) fn sitemap_paths(site: &Site) -> Vec<String> {
    let communes = &site.content.communes;
    let index = (!communes.is_empty()).then(|| Page::Communes.path());
    index
        .into_iter()
        .chain(communes.iter().flat_map(|commune| {
            std::iter::once(commune_path(commune)).chain(
                commune
                    .wall
                    .iter()
                    .map(|entry| landing_path(commune, &entry.code)),
            )
        }))
        .collect()
}

fn commune_path(commune: &Commune) -> String {
    Page::Commune(&commune.slug).path()
}

fn landing_path(commune: &Commune, code: &str) -> String {
    Page::Procedure {
        commune: &commune.slug,
        code,
    }
    .path()
}

fn poster_of(site: &Site, subject: Subject) -> Poster<'_> {
    match subject {
        Subject::Procedure { commune, entry } => {
            let commune = &site.content.communes[commune];
            Poster::Procedure {
                commune: &commune.slug,
                code: &commune.wall[entry].code,
            }
        }
        Subject::Article(index) => Poster::Article(&site.content.articles[index].slug),
    }
}

#[derive(Debug, Serialize)]
struct RedirectPage {
    lang: String,
    target: String,
}

/// The files of a QR corner job: one, but for posters.
fn qrcorner(cx: &Context, job: &Job) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let file = match job {
        Job::Landing {
            commune,
            entry,
            lang,
        } => return landing_files(cx, *commune, *entry, lang),
        Job::Commune { commune, lang } => commune_page(cx, *commune, lang),
        Job::Staff { lang } => staff_page(cx, lang),
        Job::Communes { lang } => communes_page(cx, lang),
        Job::ShortRedirect { article } => {
            let article = &cx.site.content.articles[*article];
            let target = Page::Article(&article.slug).path();
            redirect(cx, &Printed::Article(&article.slug).path(), &target)
        }
        Job::Redirect { from, to } => redirect(cx, from, to),
        Job::Wall { commune } => return wall(cx, *commune),
        Job::PagePoster { article } => return page_poster(cx, *article),
    };
    file.map(|file| vec![file])
}

fn domain(cx: &Context) -> String {
    url::Url::parse(&cx.site.config.published_url)
        .ok()
        .and_then(|url| url.host_str().map(str::to_string))
        .unwrap_or_default()
}

/// A text of the commune's data, written once in the default language.
fn local(cx: &Context, text: &str, lang: &str) -> Text {
    Text::new(text, cx.languages.default_code(), lang)
}

/// A page at `from` that sends the reader to `to` (a site path or an https URL).
fn redirect(cx: &Context, from: &str, to: &str) -> Result<(String, Vec<u8>), Diagnostic> {
    let default = cx.languages.default_code();
    // A path under a language's prefix (`/pt/articles/velho/`) is a page of that language.
    let lang = (cx.languages.codes())
        .find(|code| {
            let prefix = cx.urls.prefix(code);
            !prefix.is_empty() && from.starts_with(&format!("{prefix}/"))
        })
        .unwrap_or(default);
    if to.starts_with('/') && !produces(cx, to) {
        return Err(Diagnostic::error(
            Problem::BrokenLink,
            cx.site.config.path(),
            format!("`redirects`: `{from}` goes to `{to}`, which this build does not produce"),
        )
        .at(cx.site.config.redirects.line(), None));
    }
    let target = if to.starts_with('/') {
        cx.urls.absolute_of(default, to)
    } else {
        to.to_string()
    };
    cx.output(
        &urls::file_of(from),
        "redirect.html",
        &RedirectPage {
            lang: lang.to_string(),
            target,
        },
    )
}

/// Whether a site path is a page of this build. Only the QR corner's own paths (`/q/…`,
/// `…/communes/…`) are checked; any other path is another kind's page.
fn produces(cx: &Context, path: &str) -> bool {
    if !(path.starts_with("/q/") || path.contains("/communes/")) {
        return true;
    }
    let site = cx.site;
    subjects(site)
        .into_iter()
        .any(|subject| short_path(site, subject) == path)
        || cx.languages.all().iter().any(|l| {
            path.strip_prefix(&cx.urls.prefix(&l.code))
                .is_some_and(|rest| sitemap_paths(site).iter().any(|p| p == rest))
        })
}

fn site_title(cx: &Context, lang: &str) -> Text {
    let found = cx.site.config.title.get(lang, cx.languages);
    Text::new(found.text, found.lang, lang)
}

/// The procedure of the site with `code`; a wall may name one that is missing.
fn procedure<'c>(cx: &Context<'c>, code: &str) -> Result<&'c Procedure, Diagnostic> {
    cx.site.content.procedure(code).ok_or_else(|| {
        Diagnostic::error(
            Problem::UnknownReference,
            "content/procedures",
            format!("no procedure `{code}`"),
        )
    })
}

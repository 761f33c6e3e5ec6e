//! The QR corner: landing pages for every commune × procedure × language, the commune pages,
//! the short URLs that posters print, redirect pages, the A4 posters (SVG and PDF) and the staff
//! page that lists them for printing.
//!
//! A procedure poster's QR code encodes `base_url` + `/q/<commune>/<code>/`; that short path
//! serves the landing page itself in the poster's first language (one request on a weak
//! connection, no redirect), with a canonical link to the page's regular address.

use std::collections::{BTreeSet, HashMap};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Tera, Value};

use crate::diagnostics::{Diagnostic, Problem};
use crate::languages::Languages;
use crate::load::content::procedure::{Fee, ProcedureText};
use crate::load::content::{Commune, Procedure};
use crate::load::urllock::{page_path, procedure_path};
use crate::render::Renderer;
use crate::render::json_ld::{self, GovernmentService, ServiceCentre, ServiceFee};
use crate::render::poster::layout::{FitMemo, TextBox};
use crate::render::poster::{self, EcLevel, PdfMetadata, PosterPage, QUIET_ZONE_MODULES};
use crate::render::reach::Card;
use crate::render::share::ShareCard;
use crate::render::views::{Link, PageView, Text};
use crate::resolve::site::Site;
use crate::resolve::urls::Page;
use crate::trust::TrustedDomains;

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

impl Job {
    /// The page kind that `budgets` in loa.yaml names; posters and redirects are not pages.
    pub(super) fn kind(&self) -> &'static str {
        match self {
            Job::Landing { .. } => "landing",
            Job::Commune { .. } => "commune",
            Job::Staff { .. } => "posters",
            Job::Communes { .. } => "communes",
            _ => "",
        }
    }

    /// The language of a page that counts in the build's per-language page totals.
    pub(super) fn lang(&self) -> Option<&str> {
        match self {
            Job::Landing { lang, .. }
            | Job::Commune { lang, .. }
            | Job::Staff { lang }
            | Job::Communes { lang } => Some(lang),
            _ => None,
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
    match subject {
        Subject::Procedure { commune, entry } => {
            let commune = &site.content.communes[commune];
            procedure_path(&commune.short, &commune.wall[entry].code)
        }
        Subject::Article(index) => page_path("articles", &site.content.articles[index].slug),
    }
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
pub(super) fn jobs(site: &Site) -> Vec<Job> {
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

/// A view's text as JSON-LD data takes it: (text, language).
fn written(text: &Text) -> (&str, &str) {
    (&text.text, &text.lang)
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

fn poster_file(site: &Site, subject: Subject) -> String {
    match subject {
        Subject::Procedure { commune, entry } => {
            let commune = &site.content.communes[commune];
            format!("posters/{}/{}", commune.slug, commune.wall[entry].code)
        }
        Subject::Article(index) => format!("posters/pages/{}", site.content.articles[index].slug),
    }
}

/// Registers the poster templates' functions: `qr_code(url, x, y, size, level)` and
/// `fit_text(text, size, min_size, width, max_lines, bold)`.
pub(super) fn register_functions(tera: &mut Tera, trusted: &TrustedDomains) {
    tera.register_function(
        "qr_code",
        QrCodeFunction {
            trusted: trusted.clone(),
        },
    );
    tera.register_function("fit_text", FitTextFunction::default());
}

/// The smallest printed width of a QR code, quiet zone excluded.
const MIN_QR_MM: f64 = 40.0;

/// `qr_code(url=…, x=…, y=…, size=…, level="M")`: the QR code of a vetted URL (https, trusted
/// host, not a payment code) as SVG in millimetres, on a white square that includes the quiet
/// zone. The code itself must come out at least 4 cm wide.
struct QrCodeFunction {
    trusted: TrustedDomains,
}

impl tera::Function for QrCodeFunction {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let url = string_arg(args, "url")?;
        self.trusted.check(url).map_err(tera::Error::msg)?;
        let level = match args.get("level").and_then(Value::as_str).unwrap_or("M") {
            "M" => EcLevel::M,
            "Q" => EcLevel::Q,
            "H" => EcLevel::H,
            other => {
                return Err(tera::Error::msg(format!(
                    "qr_code: level must be M, Q or H (not `{other}`): L is too fragile for a wall"
                )));
            }
        };
        let (x, y, size) = (
            number_arg(args, "x")?,
            number_arg(args, "y")?,
            number_arg(args, "size")?,
        );
        let code = poster::qr::encode(url, level).map_err(|e| tera::Error::msg(e.to_string()))?;
        let printed = code.module_mm(size) * code.module_count() as f64;
        if printed < MIN_QR_MM {
            return Err(tera::Error::msg(format!(
                "qr_code: the code would print {printed:.1} mm wide; posters need at least \
                 {MIN_QR_MM} mm: raise `size` (it includes the {QUIET_ZONE_MODULES}-module quiet zone)"
            )));
        }
        let path = code
            .svg_path(x, y, size)
            .map_err(|e| tera::Error::msg(e.to_string()))?;
        Ok(Value::String(format!(
            r##"<rect x="{x}" y="{y}" width="{size}" height="{size}" fill="#fff"/>{path}"##
        )))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `fit_text(text=…, size=…, min_size=…, width=…, max_lines=3, bold=false)`: the text's font
/// family, the font size it fits at, and its lines (see [`poster::layout::fit`]). It lives as
/// long as the compiled templates, and remembers its answers ([`FitMemo`]).
#[derive(Default)]
struct FitTextFunction {
    memo: FitMemo,
}

impl tera::Function for FitTextFunction {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let size = number_arg(args, "size")?;
        let fitted = self.memo.fit(&TextBox {
            text: string_arg(args, "text")?,
            bold: args.get("bold").and_then(Value::as_bool).unwrap_or(false),
            size,
            min_size: args.get("min_size").and_then(Value::as_f64).unwrap_or(size),
            width: number_arg(args, "width")?,
            max_lines: args.get("max_lines").and_then(Value::as_u64).unwrap_or(3) as usize,
        });
        Ok(serde_json::json!({
            "font": fitted.family,
            "size": (fitted.size * 100.0).round() / 100.0,
            "lines": fitted.lines,
        }))
    }
}

fn string_arg<'a>(args: &'a HashMap<String, Value>, name: &str) -> tera::Result<&'a str> {
    args.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg(format!("missing text argument `{name}`")))
}

fn number_arg(args: &HashMap<String, Value>, name: &str) -> tera::Result<f64> {
    args.get(name)
        .and_then(Value::as_f64)
        .ok_or_else(|| tera::Error::msg(format!("missing number argument `{name}`")))
}

#[derive(Debug, Serialize)]
struct CentreView {
    name: Text,
    address: Text,
    hours: Text,
    phone: String,
    tel: String,
}

#[derive(Debug, Serialize)]
struct CommuneView {
    name: Text,
    province: Text,
    href: String,
    centre: CentreView,
}

#[derive(Debug, Serialize)]
struct DocumentView {
    name: Text,
    note: Option<Text>,
    copies: u32,
    /// `original`, `copy`, `certified-copy`, `show-original`.
    form: &'static str,
}

#[derive(Debug, Serialize)]
struct FeeView {
    /// `free`, `amount` or `text`.
    kind: &'static str,
    /// The amount written the reader's way (`8.000`).
    amount: Option<String>,
    text: Option<Text>,
}

#[derive(Debug, Serialize)]
struct OnlineView {
    href: String,
    host: String,
    /// `full` or `partial`.
    level: &'static str,
}

#[derive(Debug, Serialize)]
struct ProcedureView {
    code: String,
    href: String,
    name: Text,
    field: Text,
    agency: Text,
    who: Text,
    documents: Vec<DocumentView>,
    steps: Vec<Text>,
    processing_time: Text,
    fee: FeeView,
    legal_basis: Vec<Text>,
    online: Option<OnlineView>,
    lessons: Vec<Link>,
    illustrative: bool,
    /// This commune's desk and note for it.
    desk: Option<Text>,
    note: Option<Text>,
}

/// A procedure's landing page.
#[derive(Debug, Serialize)]
struct LandingPage {
    page: PageView,
    /// `GovernmentService` JSON-LD, safe inside a `<script>` element.
    json_ld: String,
    commune: CommuneView,
    procedure: ProcedureView,
    /// The site's domain, named as the official source.
    domain: String,
}

#[derive(Debug, Serialize)]
struct WallItem {
    code: String,
    name: Text,
    href: String,
}

/// A commune's page: its centre and every procedure on its wall.
#[derive(Debug, Serialize)]
struct CommunePage {
    page: PageView,
    commune: CommuneView,
    procedures: Vec<WallItem>,
    domain: String,
}

/// A commune in the index of communes.
#[derive(Debug, Serialize)]
struct CommuneEntry {
    commune: CommuneView,
    procedures: usize,
}

#[derive(Debug, Serialize)]
struct CommunesPage {
    page: PageView,
    communes: Vec<CommuneEntry>,
}

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

#[derive(Debug, Serialize)]
struct RedirectPage {
    lang: String,
    target: String,
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

impl Renderer<'_> {
    /// The files of a QR corner job: one, but for posters.
    pub(super) fn qrcorner(&self, job: &Job) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let file = match job {
            Job::Landing {
                commune,
                entry,
                lang,
            } => return self.landing_files(*commune, *entry, lang),
            Job::Commune { commune, lang } => self.commune_page(*commune, lang),
            Job::Staff { lang } => self.staff_page(lang),
            Job::Communes { lang } => self.communes_page(lang),
            Job::ShortRedirect { article } => {
                let article = &self.site.content.articles[*article];
                let target = Page::Article(&article.slug).path();
                self.redirect(&page_path("articles", &article.slug), &target)
            }
            Job::Redirect { from, to } => self.redirect(from, to),
            Job::Wall { commune } => return self.wall(*commune),
            Job::PagePoster { article } => {
                let drawn = self.drawn_poster(Subject::Article(*article))?;
                return Ok(vec![drawn.svg, drawn.pdf]);
            }
        };
        file.map(|file| vec![file])
    }

    /// A commune's wall: each poster's SVG and PDF, in wall order, then the wall PDF with
    /// every poster on a page of its own.
    fn wall(&self, commune: usize) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let c = &self.site.content.communes[commune];
        let drawn: Vec<Result<DrawnPoster, Diagnostic>> = (0..c.wall.len())
            .into_par_iter()
            .map(|entry| self.drawn_poster(Subject::Procedure { commune, entry }))
            .collect();
        // The first failing poster in wall order, not whichever thread failed first: the
        // build's messages are the same every time.
        let drawn = drawn.into_iter().collect::<Result<Vec<_>, _>>()?;
        let metadata = PdfMetadata {
            title: Some(c.name.clone()),
            language: Some(c.poster_languages[0].clone()),
        };
        let pages: Vec<&PosterPage> = drawn.iter().map(|poster| &poster.page).collect();
        let wall = self.pdf(
            &format!("posters/{}/qr-corner.pdf", c.slug),
            &pages,
            &metadata,
        )?;
        let mut files = Vec::with_capacity(2 * drawn.len() + 1);
        for poster in drawn {
            files.push(poster.svg);
            files.push(poster.pdf);
        }
        files.push(wall);
        Ok(files)
    }

    /// A poster drawn once: its SVG file, its PDF file, and its parsed page for a wall PDF.
    fn drawn_poster(&self, subject: Subject) -> Result<DrawnPoster, Diagnostic> {
        let file = poster_file(self.site, subject);
        let pdf_file = format!("{file}.pdf");
        let (svg, metadata) = self.poster(subject)?;
        let page = PosterPage::parse(&svg, 1).map_err(|e| self.poster_error(&pdf_file, e))?;
        let pdf = self.pdf(&pdf_file, &[&page], &metadata)?;
        Ok(DrawnPoster {
            svg: (format!("{file}.svg"), svg.into_bytes()),
            pdf,
            page,
        })
    }

    fn pdf(
        &self,
        file: &str,
        pages: &[&PosterPage],
        metadata: &PdfMetadata,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let pdf = poster::pages_to_pdf(pages, metadata).map_err(|e| self.poster_error(file, e))?;
        Ok((file.to_string(), pdf))
    }

    fn poster_error(&self, file: &str, error: poster::PosterError) -> Diagnostic {
        Diagnostic::error(
            Problem::Template,
            self.template_origin("poster.svg"),
            format!("{file}: {error}"),
        )
    }

    fn domain(&self) -> String {
        url::Url::parse(&self.site.config.published_url)
            .ok()
            .and_then(|url| url.host_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// A text of the commune's data, written once in the default language.
    fn local(&self, text: &str, lang: &str) -> Text {
        Text::new(text, self.languages.default_code(), lang)
    }

    fn commune_view(&self, commune: &Commune, lang: &str) -> CommuneView {
        CommuneView {
            name: self.local(&commune.name, lang),
            province: self.local(&commune.province, lang),
            href: format!("{}{}", self.urls.root(lang), commune_path(commune)),
            centre: CentreView {
                name: self.local(&commune.centre.name, lang),
                address: self.local(&commune.centre.address, lang),
                hours: self.local(&commune.centre.hours, lang),
                phone: commune.centre.phone.clone(),
                tel: commune.centre.tel(),
            },
        }
    }

    /// A landing page, and in its commune's first poster language the same page again at the
    /// printed short path (`/q/<short>/<code>/`): a scan opens the page itself rather than a
    /// redirect, one round trip less on a weak connection. Its bytes are rendered once.
    fn landing_files(
        &self,
        commune: usize,
        entry: usize,
        lang: &str,
    ) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let commune = &self.site.content.communes[commune];
        let code = &commune.wall[entry].code;
        let path = format!(
            "{}{}index.html",
            self.urls.prefix(lang),
            landing_path(commune, code)
        );
        let page = self.landing(commune, entry, lang, &path)?;
        let short = (commune.poster_languages[0] == lang).then(|| {
            let path = procedure_path(&commune.short, code);
            (
                format!("{}index.html", path.trim_start_matches('/')),
                page.1.clone(),
            )
        });
        Ok(std::iter::once(page).chain(short).collect())
    }

    fn landing(
        &self,
        commune: &Commune,
        entry: usize,
        lang: &str,
        output: &str,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let wall = &commune.wall[entry];
        let procedure = self.procedure(&wall.code)?;
        let path = landing_path(commune, &wall.code);
        let view = self.procedure_view(procedure, lang, &path);
        let translated: Vec<&str> = procedure.texts.languages(self.languages).collect();
        let title = format!("{} · {}", view.name.text, commune.name);
        let mut page = self.page_view(lang, &title, &path, Some(&translated));
        // The short path shows the page of its poster's first language: same card.
        page.reach.share_image = self.share_image(lang, path.trim_end_matches('/'));
        page.reach.share_image_alt = view.name.text.clone();
        let json_ld = self.government_service(commune, procedure, &view, &page);
        let context = LandingPage {
            page,
            json_ld,
            commune: self.commune_view(commune, lang),
            procedure: ProcedureView {
                desk: wall.desk.as_deref().map(|desk| self.local(desk, lang)),
                note: wall.note.as_deref().map(|note| self.local(note, lang)),
                ..view
            },
            domain: self.domain(),
        };
        self.output(output, "procedure.html", &context)
    }

    /// The landing page's JSON-LD, in the language of the procedure's name.
    fn government_service(
        &self,
        commune: &Commune,
        procedure: &Procedure,
        view: &ProcedureView,
        page: &PageView,
    ) -> String {
        let texts = |items: &[Text]| -> (Vec<String>, String) {
            let lang = items.first().map_or(&view.name.lang, |item| &item.lang);
            (
                items.iter().map(|item| item.text.clone()).collect(),
                lang.clone(),
            )
        };
        let (steps, legal_basis) = (texts(&view.steps), texts(&view.legal_basis));
        let commune_url = self.urls.absolute_of(&page.lang, &commune_path(commune));
        json_ld::government_service_json_ld(&GovernmentService {
            name: &view.name.text,
            in_language: &view.name.lang,
            identifier: (!procedure.illustrative).then_some(procedure.code.as_str()),
            service_type: written(&view.field),
            steps: (&steps.0, &steps.1),
            audience: written(&view.who),
            operator: written(&view.agency),
            centre: ServiceCentre {
                name: &commune.centre.name,
                address: &commune.centre.address,
                commune: &commune.name,
                province: &commune.province,
                lang: self.languages.default_code(),
                telephone: &commune.centre.phone,
                url: &commune_url,
            },
            online_url: procedure.online.as_ref().map(|online| online.url.as_str()),
            fee: match (&procedure.fee, &view.fee.text) {
                (Fee::Free, _) => ServiceFee::Free,
                (Fee::Amount(amount), _) => ServiceFee::Amount(*amount),
                (Fee::Text, text) => {
                    ServiceFee::Text(text.as_ref().map_or(("", view.name.lang.as_str()), written))
                }
            },
            legal_basis: (&legal_basis.0, &legal_basis.1),
            url: &page.url,
            image: page.reach.share_image.as_deref(),
        })
    }

    /// The procedure landing pages that have a share card, in `lang`: each commune's wall
    /// entries whose procedure exists (a missing procedure fails its landing page), with the
    /// page's folder (`km/communes/x/ho-tich`, the folder of its card).
    pub(super) fn procedure_card_pages(&self, lang: &str) -> Vec<(String, &Commune, &Procedure)> {
        let prefix = self.urls.prefix(lang);
        let mut pages = Vec::new();
        for commune in &self.site.content.communes {
            for entry in &commune.wall {
                if let Some(procedure) = self.site.content.procedure(&entry.code) {
                    let path = landing_path(commune, &entry.code);
                    let dir = format!("{prefix}{}", path.trim_end_matches('/'));
                    pages.push((dir, commune, procedure));
                }
            }
        }
        pages
    }

    /// The share cards of every procedure landing page in `lang`: the procedure's name, with
    /// the commune above it.
    pub(super) fn procedure_cards(&self, lang: &str) -> Vec<Result<Card, Diagnostic>> {
        let site_title = self.site.config.title.get(lang, self.languages);
        let default = self.languages.default_code();
        self.procedure_card_pages(lang)
            .into_par_iter()
            .map(|(dir, commune, procedure)| {
                let place = format!("{}, {}", commune.name, commune.province);
                let (name, name_lang) = procedure.name(lang, self.languages);
                self.share_card(
                    dir,
                    &ShareCard {
                        title: name,
                        lang: name_lang,
                        site_title: site_title.text,
                        site_lang: site_title.lang,
                        kicker: Some((&place, default)),
                    },
                )
            })
            .collect()
    }

    fn procedure(&self, code: &str) -> Result<&Procedure, Diagnostic> {
        self.site.content.procedure(code).ok_or_else(|| {
            Diagnostic::error(
                Problem::UnknownReference,
                "content/procedures",
                format!("no procedure `{code}`"),
            )
        })
    }

    fn procedure_view(&self, procedure: &Procedure, lang: &str, path: &str) -> ProcedureView {
        let languages: &Languages = self.languages;
        let texts = &procedure.texts;
        let text = |pick: &dyn Fn(&ProcedureText) -> Option<&str>| {
            texts
                .find(lang, languages, pick)
                .map(|(text, text_lang)| Text::new(text, text_lang, lang))
                .unwrap_or_else(|| Text::new("", lang, lang))
        };
        let list = |pick: &dyn Fn(&ProcedureText) -> &[String]| -> Vec<Text> {
            texts
                .find(lang, languages, |t| Some(pick(t)).filter(|l| !l.is_empty()))
                .map(|(items, text_lang)| {
                    items
                        .iter()
                        .map(|item| Text::new(item.trim(), text_lang, lang))
                        .collect()
                })
                .unwrap_or_default()
        };
        let documents = procedure
            .documents
            .iter()
            .enumerate()
            .map(|(index, document)| DocumentView {
                name: text(&|t| t.documents.get(index).map(|d| d.name.as_str())),
                note: texts
                    .find(lang, languages, |t| {
                        t.documents.get(index).and_then(|d| d.note.as_deref())
                    })
                    .map(|(note, note_lang)| Text::new(note.trim(), note_lang, lang)),
                copies: document.copies,
                form: document.form.id(),
            })
            .collect();
        let fee = match procedure.fee {
            Fee::Free => FeeView {
                kind: "free",
                amount: None,
                text: None,
            },
            Fee::Amount(amount) => FeeView {
                kind: "amount",
                amount: self.site.formatter(lang).number(&amount.to_string()).ok(),
                text: None,
            },
            Fee::Text => FeeView {
                kind: "text",
                amount: None,
                text: Some(text(&|t| t.fee.as_deref())),
            },
        };
        let online = procedure.online.as_ref().map(|online| OnlineView {
            href: online.url.clone(),
            host: url::Url::parse(&online.url)
                .ok()
                .and_then(|url| url.host_str().map(str::to_string))
                .unwrap_or_default(),
            level: online.level.id(),
        });
        let lessons = procedure
            .related_lessons
            .iter()
            .map(|lesson| {
                let title = lesson.title.get(lang, languages);
                Link {
                    title: Text::new(title.text, title.lang, lang),
                    href: self.urls.href(lang, Page::Lesson(&lesson.slug)),
                }
            })
            .collect();
        ProcedureView {
            code: procedure.code.clone(),
            href: format!("{}{path}", self.urls.root(lang)),
            name: text(&|t| t.name.as_deref()),
            field: text(&|t| t.field.as_deref()),
            agency: text(&|t| t.agency.as_deref()),
            who: text(&|t| t.who.as_deref()),
            documents,
            steps: list(&|t| &t.steps),
            processing_time: text(&|t| t.processing_time.as_deref()),
            fee,
            legal_basis: list(&|t| &t.legal_basis),
            online,
            lessons,
            illustrative: procedure.illustrative,
            desk: None,
            note: None,
        }
    }

    fn commune_page(&self, index: usize, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
        let commune = &self.site.content.communes[index];
        let path = commune_path(commune);
        let procedures = commune
            .wall
            .iter()
            .map(|entry| {
                let procedure = self.procedure(&entry.code)?;
                let (name, name_lang) = procedure.name(lang, self.languages);
                Ok(WallItem {
                    code: entry.code.clone(),
                    name: Text::new(name, name_lang, lang),
                    href: format!(
                        "{}{}",
                        self.urls.root(lang),
                        landing_path(commune, &entry.code)
                    ),
                })
            })
            .collect::<Result<Vec<_>, Diagnostic>>()?;
        let context = CommunePage {
            page: self.page_view(lang, &commune.name, &path, None),
            commune: self.commune_view(commune, lang),
            procedures,
            domain: self.domain(),
        };
        self.output(
            &format!("{}{path}index.html", self.urls.prefix(lang)),
            "commune.html",
            &context,
        )
    }

    fn communes_page(&self, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
        let title = self.ui(lang, "communes-title").text;
        let context = CommunesPage {
            page: self.page_view(lang, &title, &Page::Communes.path(), None),
            communes: (self.site.content.communes.iter())
                .map(|commune| CommuneEntry {
                    commune: self.commune_view(commune, lang),
                    procedures: commune.wall.len(),
                })
                .collect(),
        };
        self.output(
            &self.urls.file(lang, Page::Communes),
            "communes.html",
            &context,
        )
    }

    fn staff_poster(&self, subject: Subject, lang: &str) -> Result<StaffPoster, Diagnostic> {
        let file = format!(
            "{}/{}",
            self.site.config.root_path,
            poster_file(self.site, subject)
        );
        let (code, name) = match subject {
            Subject::Procedure { commune, entry } => {
                let code = &self.site.content.communes[commune].wall[entry].code;
                let (name, name_lang) = self.procedure(code)?.name(lang, self.languages);
                (Some(code.clone()), Text::new(name, name_lang, lang))
            }
            Subject::Article(index) => {
                let article = &self.site.content.articles[index];
                let (text_lang, text) = article.texts.resolve(lang, self.languages);
                (None, Text::new(text.title.clone(), text_lang, lang))
            }
        };
        Ok(StaffPoster {
            code,
            name,
            short_url: format!(
                "{}{}",
                self.site.config.published_url,
                short_path(self.site, subject)
            ),
            pdf: format!("{file}.pdf"),
            svg: format!("{file}.svg"),
        })
    }

    fn staff_page(&self, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
        let subjects = made_posters(self.site);
        let mut communes = Vec::new();
        for (index, commune) in self.site.content.communes.iter().enumerate() {
            if !has_posters(self.site, commune) {
                continue;
            }
            let posters = subjects
                .iter()
                .filter(|s| matches!(s, Subject::Procedure { commune, .. } if *commune == index))
                .map(|s| self.staff_poster(*s, lang))
                .collect::<Result<Vec<_>, _>>()?;
            communes.push(StaffCommune {
                name: self.local(&commune.name, lang),
                province: self.local(&commune.province, lang),
                languages: commune
                    .poster_languages
                    .iter()
                    .filter_map(|code| self.languages.get(code))
                    .map(|l| Text::new(l.name.clone(), &l.code, lang))
                    .collect(),
                corner_pdf: format!(
                    "{}/posters/{}/qr-corner.pdf",
                    self.site.config.root_path, commune.slug
                ),
                posters,
            });
        }
        let pages = subjects
            .iter()
            .filter(|s| matches!(s, Subject::Article(_)))
            .map(|s| self.staff_poster(*s, lang))
            .collect::<Result<Vec<_>, _>>()?;
        let title = self.ui(lang, "posters-title").text;
        let context = StaffPage {
            page: self.page_view(lang, &title, &Page::Posters.path(), None),
            communes,
            pages,
        };
        self.output(
            &self.urls.file(lang, Page::Posters),
            "posters.html",
            &context,
        )
    }

    /// A page at `from` that sends the reader to `to` (a site path or an https URL).
    fn redirect(&self, from: &str, to: &str) -> Result<(String, Vec<u8>), Diagnostic> {
        let default = self.languages.default_code();
        if to.starts_with('/') && !self.produces(to) {
            return Err(Diagnostic::error(
                Problem::BrokenLink,
                self.site.config.path(),
                format!("`redirects`: `{from}` goes to `{to}`, which this build does not produce"),
            )
            .at(self.site.config.redirects.line(), None));
        }
        let target = if to.starts_with('/') {
            self.urls.absolute_of(default, to)
        } else {
            to.to_string()
        };
        self.output(
            &format!("{from}index.html"),
            "redirect.html",
            &RedirectPage {
                lang: default.to_string(),
                target,
            },
        )
    }

    /// Whether a site path is a page of this build. Only the QR corner's own paths (`/q/…`,
    /// `…/communes/…`) are checked; any other path is another kind's page.
    fn produces(&self, path: &str) -> bool {
        if !(path.starts_with("/q/") || path.contains("/communes/")) {
            return true;
        }
        let site = self.site;
        subjects(site)
            .into_iter()
            .any(|subject| short_path(site, subject) == path)
            || self.languages.all().iter().any(|l| {
                path.strip_prefix(&self.urls.prefix(&l.code))
                    .is_some_and(|rest| sitemap_paths(site).iter().any(|p| p == rest))
            })
    }

    /// A poster's SVG, and the facts its PDF carries (title, language).
    fn poster(&self, subject: Subject) -> Result<(String, PdfMetadata), Diagnostic> {
        let poster = self.poster_view(subject);
        let metadata = PdfMetadata {
            title: poster.languages.first().and_then(|l| l.title.clone()),
            language: Some(poster.lang.clone()),
        };
        let (_, bytes) = self.output("poster.svg", "poster.svg", &PosterContext { poster })?;
        // Tera renders to a String: the bytes are UTF-8.
        Ok((String::from_utf8_lossy(&bytes).into_owned(), metadata))
    }

    fn poster_view(&self, subject: Subject) -> PosterView {
        let site = self.site;
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
                            .map(|p| p.name(lang, self.languages))
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
                            .find(first, self.languages, |t| t.agency.as_deref())
                            .map(|(text, lang)| Text::new(text, lang, first))
                    }),
                    place: Some(format!("{}, {}", commune.name, commune.province)),
                    centre: Some(commune.centre.name.clone()),
                    desk: wall.desk.clone(),
                    illustrative: procedure.is_some_and(|p| p.illustrative),
                    site_title: self.site_title(first),
                    domain: self.domain(),
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
                let lang = self.languages.default_code();
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
                    site_title: self.site_title(lang),
                    domain: self.domain(),
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

    fn site_title(&self, lang: &str) -> Text {
        let found = self.site.config.title.get(lang, self.languages);
        Text::new(found.text, found.lang, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(url: &str, size: f64, level: &str) -> tera::Result<Value> {
        let function = QrCodeFunction {
            trusted: TrustedDomains::parse(&["example.vn".into()]).unwrap(),
        };
        let args = HashMap::from([
            ("url".to_string(), Value::from(url)),
            ("x".to_string(), Value::from(10)),
            ("y".to_string(), Value::from(20)),
            ("size".to_string(), Value::from(size)),
            ("level".to_string(), Value::from(level)),
        ]);
        tera::Function::call(&function, &args)
    }

    #[test]
    fn qr_codes_are_vetted_and_big_enough() {
        let svg = call("https://example.vn/q/tt/1.001193/", 60.0, "M").unwrap();
        let svg = svg.as_str().unwrap();
        assert!(
            svg.starts_with(r##"<rect x="10" y="20" width="60" height="60" fill="#fff"/><path"##)
        );
        for (url, size, level, expected) in [
            (
                "https://example.vn.evil.com/",
                60.0,
                "M",
                "not in `trusted_domains`",
            ),
            ("000201010212", 60.0, "M", "payment"),
            (
                "https://example.vn/q/tt/1.001193/",
                45.0,
                "M",
                "at least 40 mm",
            ),
            (
                "https://example.vn/q/tt/1.001193/",
                60.0,
                "L",
                "level must be M, Q or H",
            ),
        ] {
            let error = call(url, size, level).unwrap_err().to_string();
            assert!(error.contains(expected), "{url} {size} {level}: {error}");
        }
    }
}

//! A procedure's landing page: what to bring, what it costs, how long it takes and where to
//! apply online, in the reader's language; its JSON-LD; the share cards of landing pages.

use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::languages::Languages;
use crate::load::content::procedure::{Fee, ProcedureText};
use crate::load::content::{Commune, Procedure};
use crate::render::context;
use crate::render::context::Context;
use crate::render::json_ld::{self, GovernmentService, ServiceCentre, ServiceFee};
use crate::render::views::{Link, PageView, Text};
use crate::urls::{self, Page, Printed};

use super::communes::{CommuneView, commune_view};
use super::{commune_path, domain, landing_path, local, procedure};

/// A view's text as JSON-LD data takes it: (text, language).
fn written(text: &Text) -> (&str, &str) {
    (&text.text, &text.lang)
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

/// A landing page, and in its commune's first poster language the same page again at the
/// printed short path (`/q/<short>/<code>/`): a scan opens the page itself rather than a
/// redirect, one round trip less on a weak connection. Its bytes are rendered once.
pub(super) fn landing_files(
    cx: &Context,
    commune: usize,
    entry: usize,
    lang: &str,
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let commune = &cx.site.content.communes[commune];
    let code = &commune.wall[entry].code;
    let landing_page = Page::Procedure {
        commune: &commune.slug,
        code,
    };
    let page = landing(cx, commune, entry, lang, &cx.urls.file(lang, landing_page))?;
    let short = (commune.poster_languages[0] == lang).then(|| {
        let printed = Printed::Procedure {
            commune_short: &commune.short,
            code,
        };
        (urls::file_of(&printed.path()), page.1.clone())
    });
    Ok(std::iter::once(page).chain(short).collect())
}

fn landing(
    cx: &Context,
    commune: &Commune,
    entry: usize,
    lang: &str,
    output: &str,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let wall = &commune.wall[entry];
    let procedure = procedure(cx, &wall.code)?;
    let path = landing_path(commune, &wall.code);
    let view = procedure_view(cx, procedure, lang, &path);
    let translated: Vec<&str> = procedure.texts.languages(cx.languages).collect();
    let title = format!("{} · {}", view.name.text, commune.name);
    let mut page = cx.page_view(lang, &title, &path, Some(&translated));
    // The short path shows the page of its poster's first language: same card.
    let landing_page = Page::Procedure {
        commune: &commune.slug,
        code: &wall.code,
    };
    page.reach.share_image = context::share_image(cx, lang, landing_page);
    page.reach.share_image_alt = view.name.text.clone();
    let json_ld = government_service(cx, commune, procedure, &view, &page);
    let context = LandingPage {
        page,
        json_ld,
        commune: commune_view(cx, commune, lang),
        procedure: ProcedureView {
            desk: wall.desk.as_deref().map(|desk| local(cx, desk, lang)),
            note: wall.note.as_deref().map(|note| local(cx, note, lang)),
            ..view
        },
        domain: domain(cx),
    };
    cx.output(output, "procedure.html", &context)
}

/// The landing page's JSON-LD, in the language of the procedure's name.
fn government_service(
    cx: &Context,
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
    let commune_url = cx.urls.absolute_of(&page.lang, &commune_path(commune));
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
            lang: cx.languages.default_code(),
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

fn procedure_view(cx: &Context, procedure: &Procedure, lang: &str, path: &str) -> ProcedureView {
    let languages: &Languages = cx.languages;
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
            amount: cx.site.formatter(lang).number(&amount.to_string()).ok(),
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
                href: cx.urls.href(lang, Page::Lesson(&lesson.slug)),
            }
        })
        .collect();
    ProcedureView {
        code: procedure.code.clone(),
        href: cx.urls.href_of(lang, path),
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

//! A commune's page (its centre and every procedure on its wall) and the index of communes.

use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::load::content::Commune;
use crate::render::context::Context;
use crate::render::views::{PageView, Text};
use crate::urls::Page;

use super::{commune_path, domain, landing_path, local, procedure};

#[derive(Debug, Serialize)]
struct CentreView {
    name: Text,
    address: Text,
    hours: Text,
    phone: String,
    tel: String,
}

#[derive(Debug, Serialize)]
pub(super) struct CommuneView {
    name: Text,
    province: Text,
    href: String,
    centre: CentreView,
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

pub(super) fn commune_view(cx: &Context, commune: &Commune, lang: &str) -> CommuneView {
    CommuneView {
        name: local(cx, &commune.name, lang),
        province: local(cx, &commune.province, lang),
        href: cx.urls.href(lang, Page::Commune(&commune.slug)),
        centre: CentreView {
            name: local(cx, &commune.centre.name, lang),
            address: local(cx, &commune.centre.address, lang),
            hours: local(cx, &commune.centre.hours, lang),
            phone: commune.centre.phone.clone(),
            tel: commune.centre.tel(),
        },
    }
}

pub(super) fn commune_page(
    cx: &Context,
    index: usize,
    lang: &str,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let commune = &cx.site.content.communes[index];
    let path = commune_path(commune);
    let procedures = commune
        .wall
        .iter()
        .map(|entry| {
            let procedure = procedure(cx, &entry.code)?;
            let (name, name_lang) = procedure.name(lang, cx.languages);
            Ok(WallItem {
                code: entry.code.clone(),
                name: Text::new(name, name_lang, lang),
                href: cx.urls.href_of(lang, &landing_path(commune, &entry.code)),
            })
        })
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    let context = CommunePage {
        page: cx.page_view(lang, &commune.name, &path, None),
        commune: commune_view(cx, commune, lang),
        procedures,
        domain: domain(cx),
    };
    cx.output(&cx.urls.file_in(lang, &path), "commune.html", &context)
}

pub(super) fn communes_page(cx: &Context, lang: &str) -> Result<(String, Vec<u8>), Diagnostic> {
    let title = cx.ui(lang, "communes-title").text;
    let context = CommunesPage {
        page: cx.page_view(lang, &title, &Page::Communes.path(), None),
        communes: (cx.site.content.communes.iter())
            .map(|commune| CommuneEntry {
                commune: commune_view(cx, commune, lang),
                procedures: commune.wall.len(),
            })
            .collect(),
    };
    cx.output(
        &cx.urls.file(lang, Page::Communes),
        "communes.html",
        &context,
    )
}

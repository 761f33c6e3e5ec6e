//! What every page of a render shares: the site, the compiled templates, what was prepared
//! for the whole render (web fonts, image copies, share-card layouts), the article lists, and
//! the common part of every page (header, languages, navigation, sharing data), UI strings, and
//! a text's body as one reader gets it.

use fluent_bundle::FluentValue;
use serde::Serialize;
use tera::{Context as TeraContext, Tera};

use crate::diagnostics::{Diagnostic, Problem};
use crate::languages::Languages;
use crate::load::config::Named;
use crate::render::prepared::Prepared;
use crate::render::views::*;
use crate::render::{share, template_errors};
use crate::resolve::lists::{Lists, TagPage};
use crate::resolve::site::Site;
use crate::urls::{self, Page, Section, Urls};

pub(super) struct Context<'a> {
    pub site: &'a Site,
    pub tera: &'a Tera,
    pub prepared: &'a Prepared,
    pub languages: &'a Languages,
    pub urls: &'a Urls,
    pub lists: &'a Lists,
}

impl<'a> Context<'a> {
    pub(super) fn new(
        site: &'a Site,
        tera: &'a Tera,
        prepared: &'a Prepared,
        lists: &'a Lists,
    ) -> Self {
        Context {
            site,
            tera,
            prepared,
            languages: &site.config.languages,
            urls: &site.urls,
            lists,
        }
    }

    /// A job per language of the site, in the site's order of languages.
    pub(super) fn per_language<J>(&self, job: impl Fn(String) -> J) -> Vec<J> {
        self.languages
            .codes()
            .map(|code| job(code.to_string()))
            .collect()
    }

    pub(super) fn ui(&self, lang: &str, id: &str) -> Text {
        match self.site.ui.message(lang, id, &[]) {
            Some(message) => Text::new(message.text, &message.lang, lang),
            None => Text::new(id, lang, lang),
        }
    }

    pub(super) fn column_link(&self, column: &crate::load::config::Column, lang: &str) -> Link {
        self.named_link(column, Section::Columns, lang)
    }

    /// The link to a tag's page in `lang`, under its name there.
    pub(super) fn tag_link(&self, page: &TagPage, lang: &str) -> Link {
        Link {
            title: Text::new(page.name.clone(), &page.name_lang, lang),
            href: self.urls.href(lang, Page::Tag(&page.slug)),
        }
    }

    /// The common part of every page. `translated_in` lists the languages that really have the
    /// page (`None`: all do, as for lists).
    pub(super) fn page_view(
        &self,
        lang: &str,
        title: &str,
        path: &str,
        translated_in: Option<&[&str]>,
    ) -> PageView {
        self.page_view_at(lang, title, &|_| path.to_string(), translated_in)
    }

    /// [`Self::page_view`] of a page whose path differs by language (`path_in(code)`): an
    /// article with translated slugs, a tag page.
    pub(super) fn page_view_at(
        &self,
        lang: &str,
        title: &str,
        path_in: &dyn Fn(&str) -> String,
        translated_in: Option<&[&str]>,
    ) -> PageView {
        let path = &path_in(lang);
        let config = &self.site.config;
        let language = self.languages.get(lang).unwrap_or(self.languages.default());
        let has = |code: &str| translated_in.is_none_or(|codes| codes.contains(&code));
        let mut alternates: Vec<Alternate> = self
            .languages
            .all()
            .iter()
            .filter(|l| has(&l.code))
            .map(|l| Alternate {
                hreflang: l.code.clone(),
                href: self.urls.absolute_of(&l.code, &path_in(&l.code)),
            })
            .collect();
        let default = self.languages.default_code();
        alternates.push(Alternate {
            hreflang: "x-default".into(),
            href: self.urls.absolute_of(default, &path_in(default)),
        });
        let site_title = config.title.get(lang, self.languages);
        let description = config.description.get(lang, self.languages);
        PageView {
            lang: lang.to_string(),
            lang_name: language.name.clone(),
            dir: "ltr",
            root: self.urls.root(lang),
            site_root: self.urls.site_root().to_string(),
            base_url: self.urls.base_url().to_string(),
            site_title: Text::new(site_title.text, site_title.lang, lang),
            site_description: (!description.text.is_empty())
                .then(|| Text::new(description.text, description.lang, lang)),
            title: title.to_string(),
            url: self.urls.absolute_of(lang, path),
            canonical: self.urls.absolute_of(lang, path),
            alternates,
            languages: self
                .languages
                .all()
                .iter()
                .map(|l| LanguageLink {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    href: self.urls.href_of(&l.code, &path_in(&l.code)),
                    current: l.code == lang,
                    translated: has(&l.code),
                })
                .collect(),
            columns: config
                .columns
                .iter()
                .map(|column| self.column_link(column, lang))
                .collect(),
            learning: learning_links(self, lang),
            feed: self.urls.href(lang, Page::Feed(None)),
            generator: concat!("loa ", env!("CARGO_PKG_VERSION")),
            reach: reach_view(self, lang),
        }
    }

    pub(super) fn output<T: Serialize>(
        &self,
        path: &str,
        template: &str,
        view: &T,
    ) -> Result<(String, Vec<u8>), Diagnostic> {
        let context = TeraContext::from_serialize(view).map_err(|e| {
            Diagnostic::error(
                Problem::Template,
                template,
                format!("cannot pass the page data: {e}"),
            )
        })?;
        // The same for every page the template fails on, so that they are reported once.
        let html = self.tera.render(template, &context).map_err(|error| {
            super::template_errors::render_error(&self.site.theme, template, &error)
        })?;
        Ok((path.trim_start_matches('/').to_string(), html.into_bytes()))
    }

    /// The file a template comes from (the site's own, or the built-in theme's).
    pub(super) fn template_origin(&self, template: &str) -> std::path::PathBuf {
        template_errors::origin(&self.site.theme, template)
    }

    /// A link to the page of a course, audience or column: `page` is its kind of page.
    pub(super) fn named_link(&self, named: &Named, section: Section, lang: &str) -> Link {
        let found = named.title.get(lang, self.languages);
        Link {
            title: Text::new(found.text, found.lang, lang),
            href: self.urls.href(lang, section.page(&named.id)),
        }
    }

    /// The notice shown when the reader's language has no translation of the page at `path`.
    pub(super) fn fallback(&self, lang: &str, text_lang: &str, path: &str) -> Option<Fallback> {
        let name = |code: &str| {
            self.languages
                .get(code)
                .map(|l| l.name.clone())
                .unwrap_or_default()
        };
        (text_lang != lang).then(|| Fallback {
            language: name(lang),
            original_language: name(text_lang),
            original_href: format!("{}{path}", self.urls.root(text_lang)),
        })
    }

    /// The page view of a page that exists in `translated` languages and shows a text in
    /// `text_lang`: a fallback page's canonical URL is its original's.
    pub(super) fn translated_page_view(
        &self,
        lang: &str,
        title: &str,
        path: &str,
        translated: &[&str],
        text_lang: &str,
    ) -> PageView {
        let mut page = self.page_view(lang, title, path, Some(translated));
        if text_lang != lang {
            page.canonical = self.urls.absolute_of(text_lang, path);
        }
        page
    }

    /// A UI message with arguments; a message no `.ftl` file of the chain has is an error.
    pub(super) fn message(
        &self,
        lang: &str,
        id: &str,
        args: &[(&str, &str)],
    ) -> Result<String, Diagnostic> {
        let args: Vec<(&str, FluentValue)> = args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(*value)))
            .collect();
        self.site
            .ui
            .message(lang, id, &args)
            .map(|message| message.text)
            .ok_or_else(|| {
                Diagnostic::error(
                    Problem::Translation,
                    format!("i18n/{lang}.ftl"),
                    format!(
                        "the UI message `{id}` is in no .ftl file of `{lang}` or its fallbacks"
                    ),
                )
            })
    }
}

/// The sharing, font, search and offline parts of a page's view.
pub(super) fn reach_view(cx: &Context, lang: &str) -> ReachView {
    let config = &cx.site.config;
    let root_path = &config.root_path;
    ReachView {
        description: config.description.get(lang, cx.languages).text.to_string(),
        og_type: "website",
        og_locale: share::og_locale(lang),
        share_image: share_image(cx, lang, Page::Home),
        share_image_type: config.share_images.media_type(),
        share_image_alt: config.title.get(lang, cx.languages).text.to_string(),
        font: cx.prepared.fonts.for_lang(lang).map(|font| FontView {
            href: format!("{root_path}/{}", font.path),
            css: font.face_css(root_path),
        }),
        search: cx.urls.href(lang, Page::Search),
        offline_worker: config
            .offline
            .then(|| cx.urls.href(lang, Page::OfflineWorker)),
    }
}

/// The absolute URL of the share image of `page` in `lang`, if the site makes share images.
pub(super) fn share_image(cx: &Context, lang: &str, page: Page) -> Option<String> {
    let extension = cx.site.config.share_images.extension()?;
    Some(
        cx.urls
            .absolute_of(lang, &urls::share_card(page, extension)),
    )
}

/// The size and copies of an article image (a site path from `static/`).
pub(super) fn image_view(cx: &Context, path: &str) -> Option<ImageView> {
    let root_path = &cx.site.config.root_path;
    cx.prepared.images.get(path).map(|info| ImageView {
        src: format!("{root_path}{}", info.src),
        srcset: info.srcset_attr(root_path),
        width: info.width,
        height: info.height,
    })
}

/// Navigation links to the indexes of courses and of infographics, for those the site has.
fn learning_links(cx: &Context, lang: &str) -> Vec<Link> {
    let link = |id: &str, page: Page| Link {
        title: cx.ui(lang, id),
        href: cx.urls.href(lang, page),
    };
    let mut links = Vec::new();
    if !cx.site.config.courses.is_empty() {
        links.push(link("nav-lessons", Page::Courses));
    }
    if !cx.site.content.infographics.is_empty() {
        links.push(link("nav-infographics", Page::Infographics));
    }
    links
}

//! What every translated page needs for one reader: the body for their language (links under
//! their root, their language's images, embeds drawn), the fallback notice, UI messages with
//! arguments.

use fluent_bundle::FluentValue;

use crate::diagnostics::{Diagnostic, Problem};
use crate::markdown::{self, Rendered, embed};
use crate::render::Renderer;
use crate::render::views::{Fallback, PageView};

impl Renderer<'_> {
    /// A rendered text as a reader of `reader_lang` gets it, with links under `root`, the
    /// images of their language with their size and phone-sized copies. Embeds are drawn in the
    /// text's own language, like the words around them.
    pub(super) fn body_html(
        &self,
        rendered: &Rendered,
        root: &str,
        text_lang: &str,
        reader_lang: &str,
    ) -> Result<String, Diagnostic> {
        let chain = self.languages.chain(reader_lang);
        let html = rendered.localize(root);
        let html = self.site.images.localize(&html, chain);
        let html = markdown::image::replace(&html, |index, plain| {
            rendered
                .images
                .get(index)
                .and_then(|image| {
                    let path = crate::render::images::local_path(&image.url)?;
                    let info = self
                        .prepared
                        .images
                        .get(self.site.images.pick(path, chain))?;
                    Some(info.img(&self.site.config.root_path, &image.alt, &image.title))
                })
                .unwrap_or_else(|| plain.to_string())
        });
        embed::replace(&html, |kind, id| match kind {
            "infographic" => self.infographic_embed(id, root, text_lang),
            other => Err(Diagnostic::error(
                Problem::BrokenLink,
                "content",
                format!("loa cannot draw an embedded `{other}`"),
            )),
        })
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

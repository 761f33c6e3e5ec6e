//! A text's body as one reader gets it: links under their language's root, the images of
//! their language with sizes and phone-sized copies, embedded infographics drawn.

use crate::diagnostics::{Diagnostic, Problem};
use crate::markdown::{self, Rendered, embed};
use crate::render::context::Context;
use crate::render::infographics;

/// A rendered text as a reader of `reader_lang` gets it, with links under `root`, the
/// images of their language with their size and phone-sized copies. Embeds are drawn in the
/// text's own language, like the words around them.
pub(super) fn body_html(
    cx: &Context,
    rendered: &Rendered,
    root: &str,
    text_lang: &str,
    reader_lang: &str,
) -> Result<String, Diagnostic> {
    let chain = cx.languages.chain(reader_lang);
    let html = rendered.localize(root);
    let html = markdown::translate_slugs(&html, |slug| cx.lists.translated_slug(slug, reader_lang));
    let html = cx.site.images.localize(&html, chain);
    let html = markdown::image::replace(&html, |index, plain| {
        rendered
            .images
            .get(index)
            .and_then(|image| {
                let path = crate::render::images::local_path(&image.url)?;
                let info = cx.prepared.images.get(cx.site.images.pick(path, chain))?;
                Some(info.img(&cx.site.config.root_path, &image.alt, &image.title))
            })
            .unwrap_or_else(|| plain.to_string())
    });
    embed::replace(&html, |kind, id| match kind {
        "infographic" => infographics::infographic_embed(cx, id, root, text_lang),
        other => Err(Diagnostic::error(
            Problem::BrokenLink,
            "content",
            format!("loa cannot draw an embedded `{other}`"),
        )),
    })
}

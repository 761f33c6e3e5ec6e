//! Links to articles whose translations have their own slugs: the rendering of a text names
//! such an article's slug with a marker, and each reader's copy gets the slug of their language.

use std::borrow::Cow;

/// Stands for an article's slug in the reader's language, in the link path of an article whose
/// translations have their own slugs: `~loa-slug~<original slug>~`; see [`translate_slugs`].
const TRANSLATED_SLUG: &str = "~loa-slug~";

/// The marker of the article `slug`'s slug in the reader's language.
pub fn slug_marker(slug: &str) -> String {
    format!("{TRANSLATED_SLUG}{slug}~")
}

/// Replaces each [`slug_marker`] in `html` with `slug_in(original slug)`, the article's slug in
/// the reader's language, or the original slug where that gives `None`.
pub fn translate_slugs<'a, 's>(
    html: &'a str,
    slug_in: impl Fn(&str) -> Option<&'s str>,
) -> Cow<'a, str> {
    if !html.contains(TRANSLATED_SLUG) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(TRANSLATED_SLUG) {
        out.push_str(&rest[..start]);
        let after = &rest[start + TRANSLATED_SLUG.len()..];
        match after.find('~') {
            Some(end) => {
                let original = &after[..end];
                out.push_str(slug_in(original).unwrap_or(original));
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(TRANSLATED_SLUG);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_markers_become_the_readers_slug() {
        let html = format!(
            "<a href=\"~loa-root~/articles/{}/\">a</a> <a href=\"/articles/{}/#x\">b</a>",
            slug_marker("bai-a"),
            slug_marker("bai-b")
        );
        let pt = translate_slugs(&html, |slug| (slug == "bai-a").then_some("artigo-a"));
        assert_eq!(
            pt,
            "<a href=\"~loa-root~/articles/artigo-a/\">a</a> <a href=\"/articles/bai-b/#x\">b</a>"
        );
        assert!(matches!(
            translate_slugs("plain", |_| None),
            Cow::Borrowed(_)
        ));
    }
}

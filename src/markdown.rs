//! Markdown: CommonMark with tables, footnotes, strikethrough, task lists and heading anchors,
//! code highlighted by syntect into CSS classes, and site-internal links checked and resolved.

pub mod embed;
pub mod highlight;
pub mod image;
pub mod plain;
pub mod raw_html;
mod rendered;
mod slugs;

use std::collections::BTreeMap;
use std::path::Path;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};

use crate::diagnostics::{Diagnostic, Problem};
use crate::slug::slugify;
pub use raw_html::{RawHtml, RawHtmlPolicy};
pub use rendered::{Heading, ImageRef, LinkRef, Rendered};
pub use slugs::{slug_marker, translate_slugs};

/// Stands for the root of the reader's language (`""`, `/tyz`) in rendered HTML, so one
/// rendering of a text serves every language that shows it; see [`localize`].
pub const LANGUAGE_ROOT: &str = "~loa-root~";

/// How deep lists, list items and quotes may nest. Real texts stay under ten; thousands would
/// make every later step (HTML, search, pages) walk the depth again and again.
pub const MAX_NESTING: usize = 100;

/// The prefix of an internal link in Markdown: `[text](@/articles/slug)`.
pub const INTERNAL_PREFIX: &str = "@/";

impl Rendered {
    /// The HTML for readers of the language whose pages live under `root`.
    pub fn localize(&self, root: &str) -> String {
        localize(&self.html, root)
    }
}

/// Replaces [`LANGUAGE_ROOT`] with a language's root path.
pub fn localize(html: &str, root: &str) -> String {
    html.replace(LANGUAGE_ROOT, root)
}

/// The pages an internal link may point at, as links name them (`articles/<slug>`), each with
/// its path under a language's root (`/articles/<slug>/`), which the URL scheme decides.
pub type LinkTargets = BTreeMap<String, String>;

/// The Markdown extensions loa reads, so that anything else that parses a text sees what
/// [`render`] sees.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `source`, which starts at line `first_line` of `path`. Internal links and embeds must
/// point at one of `targets`; each one that does not is a diagnostic naming its line. Raw HTML
/// is treated as `raw_html` says; its URLs are checked like links.
pub fn render(
    source: &str,
    path: &Path,
    first_line: usize,
    targets: &LinkTargets,
    raw_html: RawHtml,
) -> Result<Rendered, Vec<Diagnostic>> {
    let options = options();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(index, _)| index + 1))
        .collect();
    let line_of =
        |offset: usize| first_line + line_starts.partition_point(|start| *start <= offset) - 1;

    let mut diagnostics = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut headings = Vec::new();
    let mut used_ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut words = 0;
    let mut has_code = false;
    let mut code: Option<(String, String)> = None;
    let mut heading_start: Option<usize> = None;
    let mut links = Vec::new();
    let mut images: Vec<ImageRef> = Vec::new();
    // Images inside an image's alt text are part of that text: only the outermost is marked.
    let mut image_depth = 0usize;
    let mut paragraph_start: Option<(usize, usize)> = None;
    let mut depth = 0usize;
    let mut has_raw_html = false;
    // Indexes in `events` of embed placeholders, which the sanitiser must not see.
    let mut embeds_at: Vec<usize> = Vec::new();

    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match &event {
            Event::Start(Tag::List(_) | Tag::Item | Tag::BlockQuote(_)) => depth += 1,
            Event::End(TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_)) => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
        if depth > MAX_NESTING {
            diagnostics.push(
                Diagnostic::error(
                    Problem::TooLarge,
                    path,
                    format!("lists and quotes are nested more than {MAX_NESTING} deep"),
                )
                .at_line(line_of(range.start)),
            );
            return Err(diagnostics);
        }
        match event {
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => {
                has_raw_html = true;
                let fragment = &source[range.clone()];
                if raw_html == RawHtml::Deny {
                    diagnostics.push(
                        Diagnostic::error(
                            Problem::RawHtml,
                            path,
                            format!(
                                "raw HTML is not allowed (`raw_html: deny` in loa.yaml): `{}`",
                                excerpt(fragment)
                            ),
                        )
                        .at_line(line_of(range.start)),
                    );
                } else {
                    diagnostics.extend(raw_html::check_fragment(fragment).into_iter().map(
                        |finding| {
                            Diagnostic::error(Problem::BrokenLink, path, finding.message)
                                .at_line(line_of(range.start + finding.offset))
                        },
                    ));
                }
                events.push(event);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                links.push(LinkRef {
                    url: dest_url.to_string(),
                    line: line_of(range.start),
                });
                let dest_url = match check_link(&dest_url, targets) {
                    Ok(url) => url,
                    Err(message) => {
                        diagnostics.push(
                            Diagnostic::error(Problem::BrokenLink, path, message)
                                .at_line(line_of(range.start)),
                        );
                        dest_url
                    }
                };
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if let Err(message) = check_scheme(&dest_url) {
                    diagnostics.push(
                        Diagnostic::error(Problem::BrokenLink, path, message)
                            .at_line(line_of(range.start)),
                    );
                }
                if let Err(message) = crate::paths::check_url_path(&dest_url) {
                    diagnostics.push(
                        Diagnostic::error(Problem::PathEscape, path, format!("image: {message}"))
                            .at_line(line_of(range.start)),
                    );
                }
                if image_depth == 0 {
                    events.push(Event::InlineHtml(image::start(images.len()).into()));
                    images.push(ImageRef {
                        url: dest_url.to_string(),
                        alt: String::new(),
                        title: title.to_string(),
                        line: line_of(range.start),
                    });
                }
                image_depth += 1;
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Heading { .. }) => {
                heading_start = Some(events.len());
                events.push(event);
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_start.take() {
                    let heading = finish_heading(&mut events, start, level, &mut used_ids);
                    headings.push(heading);
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Paragraph) => {
                paragraph_start = Some((events.len(), range.start));
                events.push(event);
            }
            Event::End(TagEnd::Paragraph) => {
                let found = paragraph_start.take().and_then(|(index, offset)| {
                    Some((index, offset, shortcode(&events[index + 1..], targets)?))
                });
                match found {
                    Some((index, _, Ok(embed))) => {
                        events.truncate(index);
                        embeds_at.push(events.len());
                        events.push(Event::Html(embed.placeholder().into()));
                    }
                    Some((_, offset, Err(message))) => {
                        diagnostics.push(
                            Diagnostic::error(Problem::BrokenLink, path, message)
                                .at_line(line_of(offset)),
                        );
                        events.push(event);
                    }
                    None => events.push(event),
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split([' ', ','])
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::Text(text) if code.is_some() => {
                if let Some((_, buffer)) = code.as_mut() {
                    buffer.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, buffer)) = code.take() {
                    has_code = true;
                    events.push(Event::Html(highlight::highlight(&lang, &buffer).into()));
                }
            }
            Event::End(TagEnd::Image) => {
                events.push(event);
                image_depth = image_depth.saturating_sub(1);
                if image_depth == 0 {
                    events.push(Event::InlineHtml(image::end().into()));
                }
            }
            Event::Text(ref text) => {
                if let Some(image) = images.last_mut().filter(|_| image_depth > 0) {
                    image.alt.push_str(text);
                }
                words += text.split_whitespace().count();
                events.push(event);
            }
            Event::Code(ref text) if image_depth > 0 => {
                if let Some(image) = images.last_mut() {
                    image.alt.push_str(text);
                }
                events.push(event);
            }
            Event::SoftBreak | Event::HardBreak if image_depth > 0 => {
                if let Some(image) = images.last_mut() {
                    image.alt.push(' ');
                }
                events.push(event);
            }
            other => events.push(other),
        }
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let out = if has_raw_html && raw_html == RawHtml::Sanitize {
        sanitized_html(events, &embeds_at)
    } else {
        let mut out = String::with_capacity(source.len() * 3 / 2);
        html::push_html(&mut out, events.into_iter());
        out
    };
    Ok(Rendered {
        html: out,
        headings,
        words,
        has_code,
        links,
        images,
    })
}

/// The HTML of `events`, sanitised piece by piece between the embed placeholders at
/// `embeds_at`, which are kept as they are: a comment in the text cannot pass for one. Image
/// markers are comments too and go with the rest, so the images of a sanitised text stay plain
/// `<img>`s (no `srcset`): splitting at inline markers would make the sanitiser close open tags.
fn sanitized_html(events: Vec<Event>, embeds_at: &[usize]) -> String {
    let mut out = String::new();
    let mut piece = Vec::new();
    for (index, event) in events.into_iter().enumerate() {
        if embeds_at.contains(&index) {
            let mut html = String::new();
            html::push_html(&mut html, piece.drain(..));
            out.push_str(&raw_html::sanitize(&html));
            if let Event::Html(placeholder) = event {
                out.push_str(&placeholder);
            }
        } else {
            piece.push(event);
        }
    }
    let mut html = String::new();
    html::push_html(&mut html, piece.into_iter());
    out.push_str(&raw_html::sanitize(&html));
    out
}

/// The first line of a fragment, short enough for an error message.
fn excerpt(fragment: &str) -> String {
    let line = fragment.trim_start().lines().next().unwrap_or_default();
    match line.char_indices().nth(60) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line.to_string(),
    }
}

/// The embed a paragraph stands for, when its only content is a shortcode; an error when the
/// shortcode is malformed or its page does not exist.
fn shortcode(inside: &[Event], targets: &LinkTargets) -> Option<Result<embed::Embed, String>> {
    let mut text = String::new();
    for event in inside {
        match event {
            Event::Text(part) => text.push_str(part),
            _ => return None,
        }
    }
    Some(embed::parse(&text)?.and_then(|embed| {
        if targets.contains_key(&embed.target()) {
            Ok(embed)
        } else {
            Err(format!(
                "the {} `{}` does not exist (expected content/{}.yaml)",
                embed.kind,
                embed.id,
                embed.target()
            ))
        }
    }))
}

/// Gives the heading that starts at `events[start]` an id (its own `{#id}`, or a slug of its
/// text, made unique) and returns it.
fn finish_heading(
    events: &mut [Event],
    start: usize,
    level: HeadingLevel,
    used_ids: &mut BTreeMap<String, usize>,
) -> Heading {
    let text: String = events[start + 1..]
        .iter()
        .filter_map(|event| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect();
    let Event::Start(Tag::Heading { id, .. }) = &mut events[start] else {
        unreachable!("finish_heading is called with the index of a heading start");
    };
    let base = id.as_ref().map(|id| id.to_string()).unwrap_or_else(|| {
        let slug = slugify(&text);
        if slug.is_empty() {
            "section".to_string()
        } else {
            slug
        }
    });
    let count = used_ids.entry(base.clone()).or_insert(0);
    let unique = if *count == 0 {
        base.clone()
    } else {
        format!("{base}-{count}")
    };
    *count += 1;
    *id = Some(CowStr::from(unique.clone()));
    Heading {
        level: level as u8,
        id: unique,
        text,
    }
}

/// Resolves an internal link to its language-independent form, and refuses unsafe schemes.
fn check_link<'a>(url: &CowStr<'a>, targets: &LinkTargets) -> Result<CowStr<'a>, String> {
    check_scheme(url)?;
    let Some((page, anchor)) = internal_target(url) else {
        return Ok(url.clone());
    };
    let Some(path) = targets.get(page) else {
        return Err(format!(
            "the link `{url}` points at a page that does not exist (`{page}`)"
        ));
    };
    Ok(match anchor {
        Some(anchor) => format!("{LANGUAGE_ROOT}{path}#{anchor}").into(),
        None => format!("{LANGUAGE_ROOT}{path}").into(),
    })
}

/// The page (`articles/slug`) and anchor of an internal link `@/articles/slug#anchor`;
/// `None` for any other link.
pub fn internal_target(url: &str) -> Option<(&str, Option<&str>)> {
    let internal = url.strip_prefix(INTERNAL_PREFIX)?;
    let (page, anchor) = match internal.split_once('#') {
        Some((page, anchor)) => (page, Some(anchor)),
        None => (internal, None),
    };
    Some((page.trim_end_matches('/').trim_end_matches(".md"), anchor))
}

/// Links that run code or smuggle content must never reach a citizen's browser.
fn check_scheme(url: &str) -> Result<(), String> {
    let scheme = url
        .trim_start()
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if url.contains(':') && matches!(scheme.as_str(), "javascript" | "data" | "vbscript") {
        return Err(format!("`{scheme}:` links are not allowed in content"));
    }
    Ok(())
}

/// Escapes the five characters that matter in HTML text and quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets() -> LinkTargets {
        target("articles/known")
    }

    fn target(page: &str) -> LinkTargets {
        [(page.to_string(), format!("/{page}/"))].into()
    }

    #[test]
    fn headings_get_unique_anchors() {
        let rendered = render(
            "## Đăng ký\n\n## Đăng ký\n\n## Khác {#rieng}\n",
            Path::new("a.md"),
            1,
            &targets(),
            RawHtml::Allow,
        )
        .unwrap();
        let ids: Vec<&str> = rendered.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["dang-ky", "dang-ky-1", "rieng"]);
        assert!(rendered.html.contains("<h2 id=\"dang-ky-1\">"));
    }

    #[test]
    fn internal_links_resolve_per_language_and_broken_ones_name_their_line() {
        let rendered = render(
            "[a](@/articles/known)\n",
            Path::new("a.md"),
            5,
            &targets(),
            RawHtml::Allow,
        )
        .unwrap();
        assert_eq!(
            rendered.localize("/tyz"),
            "<p><a href=\"/tyz/articles/known/\">a</a></p>\n"
        );
        let errors = render(
            "text\n\n[b](@/articles/missing)\n",
            Path::new("a.md"),
            5,
            &targets(),
            RawHtml::Allow,
        )
        .unwrap_err();
        assert_eq!(errors[0].problem, Problem::BrokenLink);
        assert_eq!(errors[0].line, Some(7));
    }

    #[test]
    fn embeds_become_placeholders_and_unknown_ones_name_their_line() {
        let targets = target("infographics/ha-tang-so");
        let rendered = render(
            "Intro\n\n{{ infographic(id=\"ha-tang-so\") }}\n",
            Path::new("a.md"),
            1,
            &targets,
            RawHtml::Allow,
        )
        .unwrap();
        assert!(
            rendered
                .html
                .contains("<!--loa:embed infographic ha-tang-so-->")
        );
        let errors = render(
            "Intro\n\n{{ infographic(id=\"khong-co\") }}\n",
            Path::new("a.md"),
            10,
            &targets,
            RawHtml::Allow,
        )
        .unwrap_err();
        assert_eq!(errors[0].problem, Problem::BrokenLink);
        assert_eq!(errors[0].line, Some(12));
        let code = render(
            "```\n{{ infographic(id=\"x\") }}\n```\n",
            Path::new("a.md"),
            1,
            &targets,
            RawHtml::Allow,
        );
        assert!(code.is_ok(), "a shortcode in code is text");
    }

    #[test]
    fn code_is_highlighted_with_classes() {
        let rendered = render(
            "```rust\nfn main() {}\n```\n",
            Path::new("a.md"),
            1,
            &targets(),
            RawHtml::Allow,
        )
        .unwrap();
        assert!(rendered.has_code);
        assert!(rendered.html.contains("class=\"hl-"), "{}", rendered.html);
    }

    #[test]
    fn javascript_links_are_refused() {
        let errors = render(
            "[x](javascript:alert(1))\n",
            Path::new("a.md"),
            1,
            &targets(),
            RawHtml::Allow,
        )
        .unwrap_err();
        assert!(errors[0].message.contains("javascript:"));
    }

    #[test]
    fn images_are_marked_with_their_index_and_keep_a_plain_img() {
        let rendered = render(
            "![Một `mã` QR](/images/a.jpg \"Góc QR\") và ![b](https://x.vn/b.png)\n",
            Path::new("a.md"),
            3,
            &targets(),
            RawHtml::Allow,
        )
        .unwrap();
        assert_eq!(rendered.images.len(), 2);
        assert_eq!(rendered.images[0].alt, "Một mã QR");
        assert_eq!(rendered.images[0].title, "Góc QR");
        assert_eq!(rendered.images[0].line, 3);
        assert!(
            rendered.html.contains(
                "<!--loa:image 0--><img src=\"/images/a.jpg\" alt=\"Một mã QR\" title=\"Góc QR\" /><!--/loa:image-->"
            ),
            "{}",
            rendered.html
        );
        let plain = image::replace(&rendered.html, |_, plain| plain.to_string());
        assert!(!plain.contains("loa:image") && plain.contains("<img src=\"https://x.vn/b.png\""));
    }

    #[test]
    fn gfm_extensions_render() {
        let source =
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ text[^1]\n\n[^1]: note\n";
        let html = render(source, Path::new("a.md"), 1, &targets(), RawHtml::Allow)
            .unwrap()
            .html;
        assert!(html.contains("<table>") && html.contains("checkbox") && html.contains("<del>"));
        assert!(html.contains("footnote-definition"));
    }

    const RAW: &str = "Text <b>bold</b>.\n\n<div onclick=\"x()\">\n<script>alert(1)</script>\n</div>\n\n{{ infographic(id=\"ha-tang-so\") }}\n\n<!-- note -->\n";

    #[test]
    fn raw_html_is_kept_sanitized_or_refused_with_its_line() {
        let targets = target("infographics/ha-tang-so");
        let render = |raw_html| render(RAW, Path::new("a.md"), 10, &targets, raw_html);
        let allowed = render(RawHtml::Allow).unwrap().html;
        assert!(allowed.contains("<script>alert(1)</script>") && allowed.contains("onclick"));
        let sanitized = render(RawHtml::Sanitize).unwrap().html;
        assert!(sanitized.contains("<b>bold</b>"), "{sanitized}");
        assert!(!sanitized.contains("script") && !sanitized.contains("onclick"));
        assert!(
            !sanitized.contains("note"),
            "comments are dropped: {sanitized}"
        );
        assert!(sanitized.contains("<!--loa:embed infographic ha-tang-so-->"));
        let errors = render(RawHtml::Deny).unwrap_err();
        let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
        assert_eq!(
            lines,
            [Some(10), Some(10), Some(12), Some(18)],
            "{errors:?}"
        );
        assert!(errors.iter().all(|e| e.problem == Problem::RawHtml));
        assert!(
            errors[2].message.contains("<div onclick"),
            "{}",
            errors[2].message
        );
    }

    #[test]
    fn unsafe_urls_in_raw_html_name_their_line() {
        let source = "Intro\n\n<p>\n<a href=\"java&#115;cript:alert(1)\">x</a>\n</p>\n\nand <img src=\"data:image/png;base64,AA\">\n";
        for raw_html in [RawHtml::Allow, RawHtml::Sanitize] {
            let errors = render(source, Path::new("a.md"), 3, &targets(), raw_html).unwrap_err();
            let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
            assert_eq!(lines, [Some(6), Some(9)], "{errors:?}");
            assert!(errors[0].message.contains("javascript:"));
            assert!(errors[1].message.contains("data:"));
        }
    }

    #[test]
    fn unsafe_schemes_are_refused_in_every_kind_of_link() {
        let source = "<javascript:alert(1)>\n\n[ref][r]\n\n![img][i]\n\n[r]: javascript:alert(2)\n[i]: data:image/png;base64,AA\n";
        let errors = render(source, Path::new("a.md"), 1, &targets(), RawHtml::Deny).unwrap_err();
        let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [Some(1), Some(3), Some(5)], "{errors:?}");
    }
}

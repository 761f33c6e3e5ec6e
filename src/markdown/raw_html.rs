//! Raw HTML in Markdown: what a site lets texts carry (`raw_html` in `loa.yaml`), the URL
//! attributes of raw HTML checked like Markdown links, and the allow-list sanitiser.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What happens to raw HTML in one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RawHtml {
    /// Written out as it is: for texts of a trusted newsroom.
    Allow,
    /// Passed through an allow-list sanitiser: formatting stays, scripts, event handlers,
    /// styles and forms go.
    #[default]
    Sanitize,
    /// An error naming the file and line.
    Deny,
}

/// The site's policy: originals (the default language) and translations separately, because
/// translations are often contributed from outside the newsroom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RawHtmlPolicy {
    pub originals: RawHtml,
    pub translations: RawHtml,
}

impl RawHtmlPolicy {
    /// The same treatment for every text.
    pub fn everywhere(raw_html: RawHtml) -> Self {
        RawHtmlPolicy {
            originals: raw_html,
            translations: raw_html,
        }
    }

    /// The treatment of a text in `lang`, on a site whose originals are in `default_lang`.
    pub fn for_language(&self, lang: &str, default_lang: &str) -> RawHtml {
        if lang == default_lang {
            self.originals
        } else {
            self.translations
        }
    }
}

/// Attributes whose value a browser loads or follows as a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "poster",
    "cite",
    "background",
    "data",
    "ping",
    "xlink:href",
];

/// A problem found in a raw HTML fragment, at a byte offset of the fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub offset: usize,
    pub message: String,
}

/// URL attributes with `javascript:`, `data:` or `vbscript:` values, and comments that imitate
/// loa's own embed markers, in a fragment of raw HTML.
pub fn check_fragment(fragment: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let bytes = fragment.as_bytes();
    let mut at = 0;
    while let Some(found) = fragment[at..].find('<') {
        let start = at + found;
        let rest = &fragment[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment
                .find("-->")
                .map_or(fragment.len(), |end| start + 4 + end + 3);
            if fragment[start..end].contains("loa:embed") {
                findings.push(Finding {
                    offset: start,
                    message: "a `loa:embed` comment in raw HTML imitates loa's own markers; \
                              embed with {{ infographic(id=\"…\") }}"
                        .to_string(),
                });
            }
            at = end;
            continue;
        }
        at = start + 1;
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let tag_end = scan_tag(fragment, at, |name, value, offset| {
            if !URL_ATTRIBUTES.contains(&name) {
                return;
            }
            // `srcset` lists candidates: `a.png 1x, b.png 2x`.
            let urls: Vec<&str> = if name == "srcset" {
                value.split(',').collect()
            } else {
                vec![value]
            };
            if let Some(scheme) = urls.into_iter().find_map(unsafe_scheme) {
                findings.push(Finding {
                    offset,
                    message: format!(
                        "`{scheme}:` URLs are not allowed in content (`{name}` of raw HTML)"
                    ),
                });
            }
        });
        at = tag_end;
    }
    findings
}

/// Reads the attributes of the tag whose name starts at `at`, calling `attribute(name, value,
/// offset)` for each; returns the offset after the tag.
fn scan_tag(text: &str, mut at: usize, mut attribute: impl FnMut(&str, &str, usize)) -> usize {
    let bytes = text.as_bytes();
    let is_space = |b: u8| b.is_ascii_whitespace();
    while at < bytes.len() && !is_space(bytes[at]) && !matches!(bytes[at], b'/' | b'>') {
        at += 1;
    }
    loop {
        while at < bytes.len() && (is_space(bytes[at]) || bytes[at] == b'/') {
            at += 1;
        }
        if at >= bytes.len() || bytes[at] == b'>' {
            return (at + 1).min(bytes.len());
        }
        let name_start = at;
        while at < bytes.len() && !is_space(bytes[at]) && !matches!(bytes[at], b'=' | b'>' | b'/') {
            at += 1;
        }
        let name = text[name_start..at].to_ascii_lowercase();
        let mut probe = at;
        while probe < bytes.len() && is_space(bytes[probe]) {
            probe += 1;
        }
        if bytes.get(probe) != Some(&b'=') {
            attribute(&name, "", name_start);
            continue;
        }
        at = probe + 1;
        while at < bytes.len() && is_space(bytes[at]) {
            at += 1;
        }
        let value = match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let end = text[at + 1..]
                    .find(quote as char)
                    .map_or(bytes.len(), |end| at + 1 + end);
                let value = &text[at + 1..end];
                at = (end + 1).min(bytes.len());
                value
            }
            _ => {
                let start = at;
                while at < bytes.len() && !is_space(bytes[at]) && bytes[at] != b'>' {
                    at += 1;
                }
                &text[start..at]
            }
        };
        attribute(&name, value, name_start);
    }
}

/// The scheme of a URL attribute value when it runs code or smuggles content, read the way a
/// browser reads it: character references decoded, tabs, newlines and spaces ignored.
fn unsafe_scheme(value: &str) -> Option<&'static str> {
    let decoded = decode_references(value);
    let folded: String = decoded
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .flat_map(char::to_lowercase)
        .collect();
    ["javascript", "vbscript", "data"]
        .into_iter()
        .find(|scheme| {
            folded
                .strip_prefix(scheme)
                .is_some_and(|r| r.starts_with(':'))
        })
}

/// Decodes numeric character references and the named ones that can hide a scheme.
fn decode_references(value: &str) -> Cow<'_, str> {
    if !value.contains('&') {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        let decoded = if let Some(number) = name.strip_prefix('#') {
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            u32::from_str_radix(digits, radix)
                .ok()
                .and_then(char::from_u32)
        } else {
            match name.to_ascii_lowercase().as_str() {
                "colon" => Some(':'),
                "tab" => Some('\t'),
                "newline" => Some('\n'),
                _ => None,
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[name_len..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The CSS classes loa's own Markdown output uses; any other class is dropped, so a text cannot
/// dress itself as the theme's notices.
const MARKDOWN_CLASSES: &[&str] = &[
    "code",
    "footnote-reference",
    "footnote-definition",
    "footnote-definition-label",
];

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("pre", ["data-lang"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_generic_attributes(["id", "class"])
        .filter_style_properties(HashSet::from(["text-align"]))
        .link_rel(None)
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            (_, "class") => {
                let kept: Vec<&str> = value
                    .split_ascii_whitespace()
                    .filter(|class| {
                        MARKDOWN_CLASSES.contains(class)
                            || class.starts_with(crate::markdown::highlight::HIGHLIGHT_PREFIX)
                    })
                    .collect();
                (!kept.is_empty()).then(|| kept.join(" ").into())
            }
            ("input", "type") => (value == "checkbox").then(|| value.into()),
            _ => Some(value.into()),
        });
    builder
});

/// `html` with only safe formatting left: no scripts, event handlers, styles beyond table
/// alignment, forms, frames, comments, or URLs with schemes other than the web's own.
pub fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_url_attributes_are_found_however_they_are_spelled() {
        for fragment in [
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a HREF='JavaScript:alert(1)'>x</a>",
            "<a href=java&#115;cript:alert(1)>x</a>",
            "<a href=\"java&#x09;script&colon;alert(1)\">x</a>",
            "<img src=\"data:image/svg+xml;base64,AAAA\">",
            "<img srcset=\"a.png 1x, data:image/png;base64,AA 2x\">",
            "<form><button formaction=\" javascript:x\">go</button></form>",
        ] {
            let findings = check_fragment(fragment);
            assert_eq!(findings.len(), 1, "{fragment}: {findings:?}");
        }
        let findings = check_fragment("text <b>bold</b> <a\n  title=x href=\"vbscript:x\">");
        assert_eq!(findings[0].offset, 30);
    }

    #[test]
    fn safe_fragments_and_text_pass() {
        for fragment in [
            "<a href=\"https://dichvucong.gov.vn/\">portal</a>",
            "<img src=\"/images/a.png\" alt=\"data: 5%\">",
            "<p title=\"javascript: a language\">x</p>",
            "<!-- a comment with href=javascript:x -->",
            "1 < 2 and 3 > 2",
        ] {
            assert!(check_fragment(fragment).is_empty(), "{fragment}");
        }
        assert_eq!(check_fragment("<!--loa:embed infographic x-->").len(), 1);
    }

    #[test]
    fn the_sanitizer_keeps_formatting_and_drops_code() {
        let html = sanitize(
            "<p class=\"safe\" onclick=\"x()\"><b>Bold</b><script>alert(1)</script>\
             <a href=\"javascript:alert(1)\">a</a><img src=x onerror=alert(2)></p>\
             <pre class=\"code\" data-lang=\"rust\"><code><span class=\"hl-source\">x</span></code></pre>\
             <table><tr><td style=\"text-align: center; position: fixed\">1</td></tr></table>\
             <input type=\"checkbox\" checked=\"\" disabled=\"\"><input type=\"password\">",
        );
        assert!(
            !html.contains("script") && !html.contains("onclick"),
            "{html}"
        );
        assert!(
            !html.contains("onerror") && !html.contains("safe"),
            "{html}"
        );
        assert!(html.contains("<b>Bold</b>"), "{html}");
        assert!(
            html.contains("class=\"hl-source\"") && html.contains("data-lang"),
            "{html}"
        );
        assert!(
            html.contains("text-align") && !html.contains("position"),
            "{html}"
        );
        assert!(
            html.contains("type=\"checkbox\"") && !html.contains("password"),
            "{html}"
        );
    }

    proptest::proptest! {
        #[test]
        fn the_scanner_never_panics(fragment in "(<|>|=|\"|'|&|#|;|-|!|[a-zé ]|\n){0,60}") {
            let _ = check_fragment(&fragment);
        }
    }
}

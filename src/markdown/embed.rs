//! Embeds: a paragraph that is only `{{ infographic(id="ha-tang-so") }}` puts an infographic into
//! a text. The Markdown step checks it and writes a placeholder (a plain link between markers);
//! the render step replaces it with the chart in the text's language. Tera never runs on content.

use crate::markdown::LANGUAGE_ROOT;

/// The kinds of page a text may embed, by shortcode name; each lives under `/<name>s/<id>/`.
pub const KINDS: &[&str] = &["infographic"];

const START: &str = "<!--loa:embed ";
const END: &str = "<!--/loa:embed-->";

/// An embed found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub kind: &'static str,
    pub id: String,
}

impl Embed {
    /// The link target of the embedded page (`infographics/ha-tang-so`).
    pub fn target(&self) -> String {
        format!("{}s/{}", self.kind, self.id)
    }

    /// What the Markdown step writes: a link to the page between two markers.
    pub fn placeholder(&self) -> String {
        let target = self.target();
        format!(
            "{START}{} {}-->\n<p class=\"embed-link\"><a href=\"{LANGUAGE_ROOT}/{target}/\">{}</a></p>\n{END}\n",
            self.kind,
            self.id,
            crate::markdown::escape_html(&self.id)
        )
    }
}

/// Reads `{{ name(id="value") }}`. `None` when the text is not shaped like a shortcode at all,
/// an error message when it is but names an unknown kind or lacks its id.
pub fn parse(text: &str) -> Option<Result<Embed, String>> {
    let inner = text.trim().strip_prefix("{{")?.strip_suffix("}}")?.trim();
    let (name, arguments) = inner.split_once('(')?;
    let arguments = arguments.strip_suffix(')')?.trim();
    let name = name.trim();
    let Some(kind) = KINDS.iter().find(|kind| **kind == name) else {
        return Some(Err(format!(
            "`{{{{ {name}(…) }}}}` is not something loa can embed (known: {})",
            KINDS.join(", ")
        )));
    };
    let id = arguments
        .strip_prefix("id")
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix('='))
        .map(str::trim)
        .and_then(|value| {
            value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        })
        .filter(|id| !id.is_empty());
    Some(match id {
        Some(id) if crate::paths::check_name(id).is_err() => Err(format!(
            "`{kind}(id=\"{id}\")`: the id must be the name of a {kind}, not a path"
        )),
        Some(id) => Ok(Embed {
            kind,
            id: id.to_string(),
        }),
        None => Err(format!(
            "write the embed as {{{{ {kind}(id=\"…\") }}}}, with the id of the {kind} in quotes"
        )),
    })
}

/// Replaces each placeholder in `html` with `replace(kind, id)`; the rest is copied as it is.
pub fn replace<E>(
    html: &str,
    mut replace: impl FnMut(&str, &str) -> Result<String, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(START) {
        let after = &rest[start + START.len()..];
        let (Some(header_end), Some(end)) = (after.find("-->"), after.find(END)) else {
            break;
        };
        let (kind, id) = after[..header_end]
            .split_once(' ')
            .unwrap_or((&after[..header_end], ""));
        out.push_str(&rest[..start]);
        out.push_str(&replace(kind, id)?);
        rest = after[end + END.len()..]
            .strip_prefix('\n')
            .unwrap_or(&after[end + END.len()..]);
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcodes_are_read_or_explained() {
        assert_eq!(
            parse("{{ infographic(id=\"ha-tang-so\") }}"),
            Some(Ok(Embed {
                kind: "infographic",
                id: "ha-tang-so".into()
            }))
        );
        assert!(parse("{{ chart(id=\"x\") }}").unwrap().is_err());
        assert!(parse("{{ infographic() }}").unwrap().is_err());
        assert_eq!(parse("Giá {{ không }} phải"), None);
    }

    #[test]
    fn placeholders_are_replaced() {
        let embed = Embed {
            kind: "infographic",
            id: "a".into(),
        };
        let html = format!("<p>x</p>\n{}<p>y</p>\n", embed.placeholder());
        let replaced: Result<String, ()> = replace(&html, |kind, id| Ok(format!("[{kind}:{id}]")));
        assert_eq!(replaced.unwrap(), "<p>x</p>\n[infographic:a]<p>y</p>\n");
    }
}

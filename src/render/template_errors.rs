//! Template errors for editors: the template file, line and the variable, filter or block at
//! fault, found in the template's source where Tera does not say it.

use tera::Tera;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::theme::Theme;

/// A failed render of `template` as one diagnostic, the same for every page it fails on: the
/// file it happened in, the line of the name at fault and what is wrong with it.
pub fn render_error(theme: &Theme, template: &str, error: &tera::Error) -> Diagnostic {
    let chain = error_chain(error);
    // Where Tera says the error happened: in a parent or a macro's template.
    let within = quoted(&chain, "error happened in '", '\'')
        .or_else(|| quoted(&chain, "while rendering '", '\''))
        .unwrap_or(template);
    let (message, needle) = explain(&chain);
    let mut candidates = vec![within, template];
    candidates.extend(theme.under("templates").map(|(name, _)| name));
    let found = needle.as_deref().and_then(|needle| {
        candidates.iter().find_map(|name| {
            let text = source(theme, name)?;
            let (line, column) = find(text, needle)?;
            Some((*name, line, column))
        })
    });
    match found {
        Some((name, line, column)) => {
            Diagnostic::error(Problem::Template, origin(theme, name), message)
                .at(Some(line), Some(column))
        }
        None => Diagnostic::error(Problem::Template, origin(theme, within), message),
    }
}

/// The file a template comes from (the site's own, or the built-in theme's), for errors.
pub fn origin(theme: &Theme, template: &str) -> std::path::PathBuf {
    theme
        .files
        .get(&format!("templates/{template}"))
        .map(|file| file.origin.clone())
        .unwrap_or_else(|| template.into())
}

/// A Tera error with its causes, which hold the useful part ("Variable `x` not found…").
pub fn error_chain(error: &tera::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// Identical template errors of many pages as one, with the count of pages.
pub fn collapse(diagnostics: Diagnostics) -> Diagnostics {
    let mut out: Vec<(crate::diagnostics::Diagnostic, usize)> = Vec::new();
    for diagnostic in diagnostics {
        if diagnostic.problem == Problem::Template
            && let Some((_, count)) = out.iter_mut().find(|(seen, _)| *seen == diagnostic)
        {
            *count += 1;
            continue;
        }
        out.push((diagnostic, 1));
    }
    Diagnostics(
        out.into_iter()
            .map(|(mut diagnostic, count)| {
                if count > 1 {
                    diagnostic.message.push_str(&format!(" (in {count} pages)"));
                }
                diagnostic
            })
            .collect(),
    )
}

/// Every block a template overrides that none of its parents has, with its line: Tera would
/// drop its content without a word.
pub fn unknown_blocks(tera: &Tera, theme: &Theme) -> Diagnostics {
    let mut found = Diagnostics::default();
    let mut names: Vec<&String> = tera.templates.keys().collect();
    names.sort();
    for name in names {
        let template = &tera.templates[name];
        if template.parents.is_empty() {
            continue;
        }
        let Some(text) = source(theme, name) else {
            continue;
        };
        let top_level = blocks(text)
            .into_iter()
            .filter(|(_, depth, ..)| *depth == 0);
        for (block, _, line, column) in top_level {
            // From the sources: Tera's `blocks` leave out those inside an `{% if %}`.
            let known = template.parents.iter().any(|parent| {
                source(theme, parent)
                    .is_some_and(|text| blocks(text).iter().any(|(name, ..)| *name == block))
            });
            if !known {
                let parent = template.parent.as_deref().unwrap_or_default();
                found.push(
                    Diagnostic::error(
                        Problem::Template,
                        origin(theme, name),
                        format!(
                            "`{{% block {block} %}}`: `{parent}` and its parents have no block \
                             `{block}`, so its content would never be shown"
                        ),
                    )
                    .at(Some(line), Some(column)),
                );
            }
        }
    }
    found
}

/// The blocks a template defines: name, how many blocks they are inside, line and column.
fn blocks(text: &str) -> Vec<(String, usize, usize, usize)> {
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut rest = 0;
    while let Some(start) = text[rest..].find("{%").map(|i| i + rest) {
        let Some(end) = text[start..].find("%}").map(|i| i + start) else {
            break;
        };
        let tag = text[start + 2..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        let mut words = tag.split_whitespace();
        match words.next() {
            Some("block") => {
                let (line, column) = position(text, start);
                let name = words.next().unwrap_or_default().to_string();
                blocks.push((name, depth, line, column));
                depth += 1;
            }
            Some("endblock") => depth = depth.saturating_sub(1),
            _ => {}
        }
        rest = end + 2;
    }
    blocks
}

/// The editor's message and the text to look for in the template.
fn explain(chain: &str) -> (String, Option<String>) {
    let cause = chain.rsplit(": ").next().unwrap_or(chain).trim();
    if let Some(variable) = quoted(chain, "Variable `", '`') {
        return (
            format!("unknown variable `{variable}`: the page has no such value"),
            Some(variable.to_string()),
        );
    }
    let kinds = [
        ("Filter '", "unknown filter", "|"),
        ("Function '", "unknown function", ""),
        ("Test '", "unknown test", ""),
    ];
    for (prefix, words, before) in kinds {
        if let Some(name) = quoted(chain, prefix, '\'')
            && chain.contains(&format!("{prefix}{name}' not found"))
        {
            return (format!("{words} `{name}`"), Some(format!("{before}{name}")));
        }
    }
    for (prefix, words) in [("Filter call '", "filter"), ("Function call '", "function")] {
        if let Some(name) = quoted(chain, prefix, '\'') {
            return (
                format!("{words} `{name}` failed: {cause}"),
                Some(name.to_string()),
            );
        }
    }
    let needle = quoted(cause, "`", '`').map(str::to_string);
    (cause.to_string(), needle)
}

/// The text after `prefix` up to `end`.
fn quoted<'a>(text: &'a str, prefix: &str, end: char) -> Option<&'a str> {
    let start = text.find(prefix)? + prefix.len();
    let length = text[start..].find(end)?;
    Some(&text[start..start + length])
}

fn source<'a>(theme: &'a Theme, name: &str) -> Option<&'a str> {
    let file = theme.files.get(&format!("templates/{name}"))?;
    std::str::from_utf8(&file.bytes).ok()
}

/// The first place inside a `{{ }}` or `{% %}` tag where `needle` stands as a whole name (a
/// filter's `|` may be followed by spaces).
fn find(text: &str, needle: &str) -> Option<(usize, usize)> {
    let (bar, name) = match needle.strip_prefix('|') {
        Some(name) => (true, name),
        None => (false, needle),
    };
    let is_name = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    let mut from = 0;
    while let Some(at) = text[from..].find(name).map(|i| i + from) {
        from = at + name.len();
        let before = text[..at].chars().next_back();
        let after = text[from..].chars().next();
        if before.is_some_and(is_name) || after.is_some_and(is_name) {
            continue;
        }
        if bar && !text[..at].trim_end().ends_with('|') {
            continue;
        }
        if in_tag(text, at) {
            return Some(position(text, at));
        }
    }
    None
}

fn in_tag(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let open = before.rfind("{{").max(before.rfind("{%"));
    let close = before.rfind("}}").max(before.rfind("%}"));
    match (open, close) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_is_found_after_its_bar() {
        let text = "<p>shout</p>\n<h1>{{ title |  shout }}</h1>\n";
        assert_eq!(find(text, "|shout"), Some((2, 17)));
    }

    #[test]
    fn a_variable_outside_tags_or_inside_a_longer_name_is_skipped() {
        let text = "page.titel\n{{ page.titel2 }}\n{{ page.titel }}";
        assert_eq!(find(text, "page.titel"), Some((3, 4)));
    }

    #[test]
    fn nested_blocks_are_not_top_level() {
        let text = "{% extends \"b\" %}\n{% block main %}{% block inner %}{% endblock %}\
                    {% endblock main %}\n{%- block side -%}{% endblock %}";
        let top_level: Vec<(String, usize, usize, usize)> =
            blocks(text).into_iter().filter(|b| b.1 == 0).collect();
        assert_eq!(
            top_level,
            [("main".to_string(), 0, 2, 1), ("side".to_string(), 0, 3, 1)]
        );
    }
}

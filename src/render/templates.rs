//! Templates: the theme's Tera templates, compiled once, with loa's functions.
//!
//! loa uses Tera 1.x, the line Zola is built on: a stable API and known behaviour. Tera 2 changed
//! the function and filter API; moving is a deliberate later step, not a side effect.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::FluentValue;
use tera::{Tera, Value};

use super::template_errors::error_chain;
use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::ui::UiStrings;
use crate::load::theme::Theme;

/// Compiles every template of the theme. Errors name the template file and line.
pub fn compile(theme: &Theme, ui: Arc<UiStrings>) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::default();
    let mut diagnostics = Diagnostics::default();
    let mut sources = Vec::new();
    for (name, file) in theme.under("templates") {
        match std::str::from_utf8(&file.bytes) {
            Ok(text) => sources.push((name.to_string(), text.to_string(), file.origin.clone())),
            Err(_) => diagnostics.push(Diagnostic::error(
                Problem::NotUtf8,
                &file.origin,
                "the template is not UTF-8 text",
            )),
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let templates = sources
        .iter()
        .map(|(name, text, _)| (name.as_str(), text.as_str()));
    if let Err(error) = tera.add_raw_templates(templates) {
        // Tera names the failing template in its message: attribute the error to its file.
        let message = error_chain(&error);
        let origin = sources
            .iter()
            .find(|(name, _, _)| {
                message.contains(&format!("'{name}'")) || message.contains(&format!("`{name}`"))
            })
            .map(|(_, _, origin)| origin.clone())
            .unwrap_or_else(|| "themes".into());
        return Err(template_error(&origin, &error).into());
    }
    let unknown = super::template_errors::unknown_blocks(&tera, theme);
    if unknown.has_errors() {
        return Err(unknown);
    }
    // Tera's default escaping also rewrites `/` as `&#x2F;`, which bloats every URL; the five
    // characters that matter in HTML text and quoted attributes are enough.
    tera.set_escape_fn(crate::markdown::escape_html);
    // Poster templates are SVG: XML text, escaped like HTML.
    tera.autoescape_on(vec![".html", ".htm", ".xml", ".svg"]);
    tera.register_function("t", Translate { ui });
    Ok(tera)
}

fn template_error(origin: &std::path::Path, error: &tera::Error) -> Diagnostic {
    let message = error_chain(error);
    // Tera's parse errors read "--> 12:5" for line 12, column 5.
    let position = message.split("--> ").nth(1).and_then(|rest| {
        let mut numbers = rest
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty());
        Some((numbers.next()?.parse().ok()?, numbers.next()?.parse().ok()?))
    });
    let diagnostic = Diagnostic::error(
        Problem::Template,
        origin,
        message.lines().next().unwrap_or_default().to_string()
            + ": "
            + message.lines().last().unwrap_or_default().trim(),
    );
    match position {
        Some((line, column)) => diagnostic.at(Some(line), Some(column)),
        None => diagnostic,
    }
}

/// `t(key="read-more", lang=page.lang, count=3)`: a UI string in the page's language.
struct Translate {
    ui: Arc<UiStrings>,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let lang = args
            .get("lang")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs lang=page.lang"))?;
        let mut fluent_args: Vec<(&str, FluentValue)> = Vec::new();
        for (name, value) in args {
            if name == "key" || name == "lang" {
                continue;
            }
            let value = match value {
                Value::Number(number) => FluentValue::from(number.as_f64().unwrap_or_default()),
                Value::String(text) => FluentValue::from(text.as_str()),
                other => FluentValue::from(other.to_string()),
            };
            fluent_args.push((name.as_str(), value));
        }
        self.ui
            .message(lang, key, &fluent_args)
            .map(|message| Value::String(message.text))
            .ok_or_else(|| {
                tera::Error::msg(format!(
                    "the UI message `{key}` is in no .ftl file of `{lang}` or its fallbacks"
                ))
            })
    }

    fn is_safe(&self) -> bool {
        false
    }
}

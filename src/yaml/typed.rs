//! Type errors for editors: the field at fault (`documents[2].name`), what it expected in plain
//! words (a list of strings, a whole number, one of the allowed values) and what it found.
//!
//! serde names only types (`invalid type: string "x", expected a sequence`); the field comes
//! from the document itself, read a second time as a tree of located nodes, and the type of a
//! list's items from one more parse with the wrong value put in a list.

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Error, Location, Spanned};

use crate::diagnostics::Problem;

/// The editor's message for a type error or a refused value at `at`, naming its field; `None`
/// for every other error (syntax, unknown and missing keys), which `yaml::explain` words.
pub(super) fn explain<T: DeserializeOwned>(
    text: &str,
    error: &Error,
    at: Location,
) -> Option<String> {
    let field = field_at(text, at);
    let prefix = |message: String| match &field {
        Some((path, _)) => format!("{path}: {message}"),
        None => message,
    };
    match error.without_snippet() {
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => {
            let mut wanted = expected_words(expected);
            let items = field
                .as_ref()
                .filter(|_| expected == "a sequence")
                .and_then(|(_, node)| list_items::<T>(text, node));
            if let Some(items) = items {
                wanted = format!("a list of {items}");
            }
            Some(prefix(format!(
                "expected {wanted}, found {}",
                found_words(unexpected)
            )))
        }
        // serde-saphyr's own check of a node's kind: the node says what was found.
        Error::Unexpected { expected, .. } => {
            let (_, node) = field.as_ref()?;
            let found = match &node.value {
                Shape::Map(_) => "a map".to_string(),
                Shape::Seq(_) => "a list".to_string(),
                Shape::Scalar => found_words(&scalar_kind(node_text(text, node))),
            };
            let wanted = match *expected {
                "sequence start" => match list_items::<T>(text, node) {
                    Some(items) => format!("a list of {items}"),
                    None => "a list".to_string(),
                },
                "mapping start" => "a map of keys".to_string(),
                "string scalar" => "a string".to_string(),
                other => other.to_string(),
            };
            Some(prefix(format!("expected {wanted}, found {found}")))
        }
        Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => Some(prefix(format!(
            "expected {}, found {}",
            expected_words(expected),
            found_words(unexpected)
        ))),
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let allowed: Vec<String> = expected.iter().map(|name| format!("`{name}`")).collect();
            let mut message = format!(
                "`{variant}` is not an allowed value; expected one of {}",
                allowed.join(", ")
            );
            if let Some(closest) = super::closest(variant, expected) {
                message.push_str(&format!("; did you mean `{closest}`?"));
            }
            Some(prefix(message))
        }
        Error::InvalidScalar { ty, .. } => Some(prefix(format!(
            "expected {}, found `{}`",
            expected_words(ty),
            field.as_ref().map_or("", |(_, node)| node_text(text, node))
        ))),
        Error::NullIntoString { .. } => Some(prefix("expected a string, found nothing".into())),
        // loa's own checks (a date that is no day, a slug with spaces…) already say what is
        // wrong: only the field is added.
        Error::Message { msg, .. } if field.is_some() => Some(prefix(msg.clone())),
        _ => None,
    }
}

/// The class of [`explain`]'s message.
pub(super) fn problem(error: &Error) -> Problem {
    match error.without_snippet() {
        Error::SerdeUnknownVariant { .. } | Error::SerdeInvalidValue { .. } => {
            Problem::InvalidValue
        }
        _ => Problem::Yaml,
    }
}

/// serde's name of an expected type, in an editor's words.
fn expected_words(expected: &str) -> String {
    let words = match expected {
        "a sequence" => "a list",
        "a string" | "a borrowed string" | "string" => "a string",
        "a map" => "a map of keys",
        "a boolean" | "bool" | "boolean" => "`true` or `false`",
        "a character" | "char" => "a single character",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number, 0 or more",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number",
        "f32" | "f64" => "a number",
        "unit" => "nothing",
        other if other.starts_with("struct ") => "a map of keys",
        other if other.starts_with("enum ") => "one of the allowed values",
        other => other,
    };
    words.to_string()
}

/// serde's description of the value it found, in an editor's words.
fn found_words(unexpected: &str) -> String {
    if unexpected.starts_with("string") || unexpected.starts_with("char") {
        return "a string".into();
    }
    if let Some(number) = ["integer `", "floating point `"]
        .iter()
        .find_map(|kind| unexpected.strip_prefix(kind))
    {
        return format!("the number {}", number.trim_end_matches('`'));
    }
    let words = match unexpected {
        "sequence" => "a list",
        "map" => "a map",
        "unit value" | "null" | "none" => "nothing",
        other if other.starts_with("boolean ") => other.trim_start_matches("boolean "),
        other => other,
    };
    words.to_string()
}

/// A list's item type in the plural, found by putting a list of one empty string where the
/// wrong value was: the parse then goes on past it (its items are strings) or stops at the
/// item, saying what it expects there.
fn list_items<T: DeserializeOwned>(text: &str, node: &Spanned<Shape>) -> Option<String> {
    if !matches!(node.value, Shape::Scalar) {
        return None;
    }
    let (start, end) = byte_range(text, node)?;
    let probe = format!("{}[\"\"]{}", &text[..start], &text[end..]);
    let error = match serde_saphyr::from_str_with_options::<T>(&probe, super::options()) {
        Ok(_) => return Some("strings".into()),
        Err(error) => error,
    };
    if !within(&error, node) {
        return Some("strings".into());
    }
    match error.without_snippet() {
        Error::SerdeInvalidType { expected, .. } => Some(plural(&expected_words(expected))),
        Error::InvalidScalar { ty, .. } => Some(plural(&expected_words(ty))),
        Error::SerdeUnknownVariant { expected, .. } => {
            let allowed: Vec<String> = expected.iter().map(|name| format!("`{name}`")).collect();
            Some(format!("values among {}", allowed.join(", ")))
        }
        Error::Unexpected { expected, .. } => match *expected {
            "mapping start" => Some("maps of keys".into()),
            "sequence start" => Some("lists".into()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the probe's error is at the probed value (one column on: the `[` before it).
fn within(error: &Error, node: &Spanned<Shape>) -> bool {
    error.location().is_some_and(|at| {
        at.line() == node.referenced.line() && at.column() <= node.referenced.column() + 1
    })
}

/// The kind serde would report for a plain scalar's text.
fn scalar_kind(text: &str) -> String {
    if text.parse::<i64>().is_ok() {
        format!("integer `{text}`")
    } else if text.parse::<f64>().is_ok() {
        format!("floating point `{text}`")
    } else if text == "true" || text == "false" {
        format!("boolean `{text}`")
    } else {
        "string".into()
    }
}

/// "a string" → "strings", "the number 3" → "numbers".
fn plural(words: &str) -> String {
    if words.starts_with("the number") || words.contains("number") {
        return "numbers".into();
    }
    if words.starts_with('`') {
        return "`true` or `false` values".into();
    }
    match words.trim_start_matches("a ").trim_start_matches("an ") {
        "map of keys" | "map" => "maps of keys".into(),
        "list" => "lists".into(),
        "single character" => "single characters".into(),
        other => format!("{other}s"),
    }
}

fn byte_range(text: &str, node: &Spanned<Shape>) -> Option<(usize, usize)> {
    let span = node.referenced.span();
    let start = usize::try_from(span.byte_offset()?).ok()?;
    let end = start + usize::try_from(span.byte_len()?).ok()?;
    (end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end))
        .then_some((start, end))
}

fn node_text<'a>(text: &'a str, node: &Spanned<Shape>) -> &'a str {
    byte_range(text, node).map_or("", |(start, end)| text[start..end].trim())
}

/// The path (`documents[2].name`) and node of the value that starts at `at`, or of the
/// innermost one around it.
fn field_at(text: &str, at: Location) -> Option<(String, Spanned<Shape>)> {
    let root: Spanned<Shape> = serde_saphyr::from_str_with_options(text, super::options()).ok()?;
    let target = (at.line(), at.column());
    let mut path = String::new();
    let mut node = root;
    loop {
        let children: Vec<(Option<String>, Spanned<Shape>)> = match node.value {
            Shape::Map(entries) => entries.into_iter().map(|(k, v)| (Some(k), v)).collect(),
            Shape::Seq(items) => items.into_iter().map(|v| (None, v)).collect(),
            Shape::Scalar => break,
        };
        let position =
            |child: &Spanned<Shape>| (child.referenced.line(), child.referenced.column());
        let index = children
            .iter()
            .rposition(|(_, child)| position(child) <= target)?;
        let (key, child) = children.into_iter().nth(index)?;
        match key {
            Some(key) if path.is_empty() => path.push_str(&key),
            Some(key) => path.push_str(&format!(".{key}")),
            None => path.push_str(&format!("[{index}]")),
        }
        node = child;
        if position(&node) == target {
            break;
        }
    }
    (!path.is_empty()).then_some((path, node))
}

/// A YAML document's shape: its maps and lists, each value with where it starts.
enum Shape {
    Map(Vec<(String, Spanned<Shape>)>),
    Seq(Vec<Spanned<Shape>>),
    Scalar,
}

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ShapeVisitor)
    }
}

struct ShapeVisitor;

impl<'de> Visitor<'de> for ShapeVisitor {
    type Value = Shape;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Shape, E> {
        Ok(Shape::Scalar)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Shape, E> {
        Ok(Shape::Scalar)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Shape, E> {
        Ok(Shape::Scalar)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Shape, E> {
        Ok(Shape::Scalar)
    }
    fn visit_str<E>(self, _: &str) -> Result<Shape, E> {
        Ok(Shape::Scalar)
    }
    fn visit_unit<E>(self) -> Result<Shape, E> {
        Ok(Shape::Scalar)
    }
    fn visit_none<E>(self) -> Result<Shape, E> {
        Ok(Shape::Scalar)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Shape, D::Error> {
        Shape::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Shape, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Shape::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Key>()? {
            entries.push((key.0, map.next_value()?));
        }
        Ok(Shape::Map(entries))
    }
}

/// A map key of any scalar type, as text.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E>(self, text: &str) -> Result<Key, E> {
                Ok(Key(text.to_string()))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Key, E> {
                Ok(Key(n.to_string()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Key, E> {
                Ok(Key(n.to_string()))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Key, E> {
                Ok(Key(n.to_string()))
            }
            fn visit_bool<E>(self, b: bool) -> Result<Key, E> {
                Ok(Key(b.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Key, E> {
                Ok(Key("~".into()))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}

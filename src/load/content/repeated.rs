//! Keys a translation repeats from its original. A translator copies the original file and
//! translates it, so a translation may keep any key of the original: the keys that are the same
//! in every language (an article's `date`, a lesson's `course`) must keep the original's value,
//! and one that differs is an error naming both files, both lines and both values. Each content
//! kind names its keys that are the same in every language; the others are per language.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::content::{frontmatter, source::SourceFile};
use crate::yaml;

/// The YAML of a file: a Markdown file's front matter, or a YAML file itself, and its first line.
fn yaml_block(file: &SourceFile) -> Option<(&str, usize)> {
    let markdown = file.path.extension().is_some_and(|ext| ext == "md");
    if markdown {
        let split = frontmatter::split(&file.text, &file.path).ok()?;
        Some((split.yaml, split.yaml_line))
    } else {
        Some((file.text.as_str(), 1))
    }
}

/// The top-level keys of a file's YAML with their values; `None` when it does not parse (its
/// own parser reports that).
fn values(file: &SourceFile) -> Option<(BTreeMap<String, serde_json::Value>, &str, usize)> {
    let (text, first_line) = yaml_block(file)?;
    let map = yaml::parse(text, &file.path, first_line).ok()?;
    Some((map, text, first_line))
}

/// A value as the file writes it, in one line.
fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Null => "(nothing)".into(),
        other => other.to_string(),
    }
}

/// Checks that each of the `fixed` keys the `translation` repeats has the `original`'s value.
pub fn check(
    original: &SourceFile,
    translation: &SourceFile,
    fixed: &[&str],
    site_dir: &Path,
) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    let (Some((ours, our_text, our_first)), Some((theirs, their_text, their_first))) =
        (values(translation), values(original))
    else {
        return diagnostics;
    };
    let relative = |path: &Path| {
        path.strip_prefix(site_dir)
            .unwrap_or(path)
            .display()
            .to_string()
    };
    for key in fixed {
        let Some(value) = ours.get(*key) else {
            continue;
        };
        let null = serde_json::Value::Null;
        let expected = theirs.get(*key).unwrap_or(&null);
        if value == expected {
            continue;
        }
        let line = |text: &str, first: usize| yaml::key_line(text, key).map(|l| l + first - 1);
        let original_at = match line(their_text, their_first) {
            Some(at) => format!("{}:{at}", relative(&original.path)),
            None => format!("{} (which has no `{key}`)", relative(&original.path)),
        };
        diagnostics.push(
            Diagnostic::error(
                Problem::InvalidValue,
                &translation.path,
                format!(
                    "`{key}: {}` differs from the original's `{key}: {}` in {original_at}; \
                     `{key}` is the same in every language: remove the line from this \
                     translation or give it the original's value",
                    shown(value),
                    shown(expected),
                ),
            )
            .at(line(our_text, our_first), None),
        );
    }
    diagnostics
}

/// [`check`] for each of an original's `translations`.
pub fn check_all(
    original: &SourceFile,
    translations: &[SourceFile],
    fixed: &[&str],
    site_dir: &Path,
) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    for translation in translations {
        diagnostics.extend(check(original, translation, fixed, site_dir));
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile {
            path: path.into(),
            slug: "a".into(),
            lang: None,
            text: text.into(),
        }
    }

    #[test]
    fn equal_values_pass_and_different_ones_name_both_files_and_lines() {
        let original = file(
            "/site/content/articles/a.md",
            "---\ntitle: A\ndate: 2025-05-08\ncolumn: tin\n---\nBody\n",
        );
        let same = file(
            "/site/content/articles/a.pt.md",
            "---\ntitle: B\ncolumn: tin\ndate: \"2025-05-08\"\n---\nCorpo\n",
        );
        let fixed = ["date", "column", "image"];
        assert!(
            check(&original, &same, &fixed, Path::new("/site"))
                .0
                .is_empty()
        );
        let other = file(
            "/site/content/articles/a.pt.md",
            "---\ntitle: B\n\ndate: 2025-05-09\nimage: /x.svg\n---\n",
        );
        let found = check(&original, &other, &fixed, Path::new("/site")).0;
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].line, Some(4));
        assert_eq!(
            found[0].message,
            "`date: 2025-05-09` differs from the original's `date: 2025-05-08` in \
             content/articles/a.md:3; `date` is the same in every language: remove the line \
             from this translation or give it the original's value"
        );
        assert_eq!(found[1].line, Some(5));
        assert!(found[1].message.contains("(which has no `image`)"));
    }
}

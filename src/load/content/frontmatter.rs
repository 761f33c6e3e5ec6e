//! Front matter: the YAML block between `---` lines at the top of a Markdown file.

use std::path::Path;

use crate::diagnostics::{Diagnostic, Problem};

/// A Markdown file split into its front matter and body, with where each starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// The 1-based line of the file where the YAML starts.
    pub yaml_line: usize,
    pub body: &'a str,
    /// The 1-based line of the file where the body starts.
    pub body_line: usize,
}

/// Splits `text` into front matter and body. Accepts a byte-order mark and Windows line endings.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let missing = || {
        Diagnostic::error(
            Problem::FrontMatter,
            path,
            "expected front matter: a first line `---`, YAML keys such as `title:`, then a line `---`",
        )
        .at_line(1)
    };
    let first_line_end = text.find('\n').ok_or_else(missing)?;
    if text[..first_line_end].trim_end() != "---" {
        return Err(missing());
    }
    let yaml_start = first_line_end + 1;
    let mut offset = yaml_start;
    for (line, raw_line) in (2..).zip(text[yaml_start..].split_inclusive('\n')) {
        if raw_line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[offset + raw_line.len()..],
                body_line: line + 1,
            });
        }
        offset += raw_line.len();
    }
    Err(Diagnostic::error(
        Problem::FrontMatter,
        path,
        "the front matter is not closed: add a line `---` after the last key",
    )
    .at_line(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let split = split("---\ntitle: a\n---\nBody\n", Path::new("a.md")).unwrap();
        assert_eq!(split.yaml, "title: a\n");
        assert_eq!(split.body, "Body\n");
        assert_eq!(split.body_line, 4);
    }

    #[test]
    fn windows_line_endings_and_bom() {
        let split = split("\u{feff}---\r\ntitle: a\r\n---\r\nBody", Path::new("a.md")).unwrap();
        assert_eq!(split.yaml, "title: a\r\n");
        assert_eq!(split.body, "Body");
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_an_error() {
        assert_eq!(
            split("# Title\n", Path::new("a.md")).unwrap_err().problem,
            Problem::FrontMatter
        );
        let unclosed = split("---\ntitle: a\n", Path::new("a.md")).unwrap_err();
        assert!(unclosed.message.contains("not closed"));
    }
}

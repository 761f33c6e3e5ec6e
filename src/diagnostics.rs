//! Diagnostics: what went wrong with a site's input, where, and how bad it is.
//!
//! Every loader and renderer reports problems as [`Diagnostic`] values instead of stopping at the
//! first one, so an editor sees all the errors of a build at once.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What kind of problem a diagnostic reports. Tests match on this, not on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Problem {
    /// A file could not be read.
    Unreadable,
    /// A file is not valid UTF-8.
    NotUtf8,
    /// YAML that does not parse, or a value of the wrong type.
    Yaml,
    /// A Markdown file without the `---` front matter block.
    FrontMatter,
    /// A required field is absent.
    MissingField,
    /// A key that loa does not know (often a typo).
    UnknownKey,
    /// A value that is present but not acceptable (a bad date, an empty title…).
    InvalidValue,
    /// A language code that the site does not declare.
    UnknownLanguage,
    /// A reference to a column, course, audience… that the site does not declare.
    UnknownReference,
    /// Two files that claim the same identity.
    Duplicate,
    /// A translation whose original does not exist.
    OrphanTranslation,
    /// A link to a page or file that does not exist, or one with a refused scheme.
    BrokenLink,
    /// Raw HTML in Markdown where the site's `raw_html` policy denies it.
    RawHtml,
    /// A Fluent file that does not parse, or a UI message that is missing.
    Translation,
    /// A template that does not compile or fails to render.
    Template,
    /// Writing the output failed.
    Output,
    /// A file, text or structure beyond loa's limits (file size, nesting depth, list length).
    TooLarge,
    /// A slug, path or symbolic link that leads outside its folder or the site.
    PathEscape,
    /// Content that some readers cannot use, such as an image without alt text (`loa check`).
    Accessibility,
    /// A page heavier than its kind's budget, or with JavaScript where none is allowed.
    Budget,
}

/// Whether a diagnostic fails the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem, located as precisely as loa knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub problem: Problem,
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(problem: Problem, path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            problem,
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn warning(problem: Problem, path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(problem, path, message)
        }
    }

    pub fn at(mut self, line: Option<usize>, column: Option<usize>) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    pub fn at_line(self, line: usize) -> Self {
        self.at(Some(line), None)
    }

    /// Shifts the line by `offset`: used when a YAML block starts further down a file.
    pub fn shifted(mut self, offset: usize) -> Self {
        self.line = self.line.map(|line| line + offset);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The path shown to the user: relative to the site folder when it is inside it.
    pub fn display_relative_to<'a>(&'a self, site: &'a Path) -> DisplayDiagnostic<'a> {
        DisplayDiagnostic {
            diagnostic: self,
            site,
        }
    }
}

pub struct DisplayDiagnostic<'a> {
    diagnostic: &'a Diagnostic,
    site: &'a Path,
}

impl fmt::Display for DisplayDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diagnostic;
        let label = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = d.path.strip_prefix(self.site).unwrap_or(&d.path);
        write!(f, "{label}: {}", path.display())?;
        if let Some(line) = d.line {
            write!(f, ":{line}")?;
            if let Some(column) = d.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", d.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display_relative_to(Path::new("")).fmt(f)
    }
}

/// The diagnostics of one build step, errors and warnings together.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Sorted by file, then line, so the report reads top to bottom whatever the thread order was.
    pub fn sorted(mut self) -> Self {
        self.0.sort_by(|a, b| {
            (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message))
        });
        self.0.dedup();
        self
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

/// Collects the values of many fallible steps and all of their diagnostics.
pub fn collect_all<T>(
    results: impl IntoIterator<Item = Result<T, Diagnostics>>,
) -> Result<Vec<T>, Diagnostics> {
    let mut values = Vec::new();
    let mut diagnostics = Diagnostics::default();
    for result in results {
        match result {
            Ok(value) => values.push(value),
            Err(found) => diagnostics.extend(found),
        }
    }
    if diagnostics.0.is_empty() {
        Ok(values)
    } else {
        Err(diagnostics)
    }
}

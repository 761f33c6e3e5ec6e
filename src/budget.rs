//! Page-weight budgets: every HTML page is weighed (its HTML plus the stylesheets it links,
//! images excluded) against the budget of its page kind from `loa.yaml`, and checked for
//! `<script>` elements where the site allows no JavaScript. Overweight pages and stray scripts are
//! warnings, errors with `loa build --strict`.
//!
//! Citizens read these pages on cheap phones over weak mobile data: the budget keeps a theme or a
//! long article from silently growing past what a page can cost them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Problem};

/// One kilobyte in budgets and reports: 1024 bytes.
pub const KB: usize = 1024;

/// The page kinds a budget may name. A content kind that adds a page kind adds its name here
/// (and returns it from `Job::kind`).
pub const KINDS: &[&str] = &[
    "home",
    "article",
    "column",
    "tag",
    "columns",
    "tags",
    "404",
    "search",
    "landing",
    "commune",
    "communes",
    "posters",
    "lesson",
    "course",
    "audience",
    "courses",
    "lessons",
    "audiences",
    "infographic",
    "infographics",
];

/// A kind's budget when `loa.yaml` names none, in KB: a QR-corner landing page is opened on the
/// spot by someone who just scanned a poster, so it is the lightest; everything else gets 50.
fn default_kb(kind: &str) -> f64 {
    match kind {
        "landing" => 15.0,
        _ => 50.0,
    }
}

/// Budgets by page kind, in bytes, and whether pages may carry JavaScript.
#[derive(Debug, Clone, Default)]
pub struct Budgets {
    kb: BTreeMap<String, f64>,
    pub javascript: bool,
}

impl Budgets {
    /// Validates `budgets:` (kind → KB) from `loa.yaml`; each problem is one message.
    pub fn new(kb: BTreeMap<String, f64>, javascript: bool) -> Result<Budgets, Vec<String>> {
        let mut problems = Vec::new();
        for (kind, value) in &kb {
            if !KINDS.contains(&kind.as_str()) {
                let hint = match crate::yaml::closest(kind, KINDS) {
                    Some(closest) => format!("did you mean `{closest}`?"),
                    None => format!("page kinds: {}", KINDS.join(", ")),
                };
                problems.push(format!(
                    "`budgets` names `{kind}`, which is not a page kind; {hint}"
                ));
            }
            if !(value.is_finite() && *value > 0.0) {
                problems.push(format!(
                    "the budget of `{kind}` must be a positive number of KB, not {value}"
                ));
            }
        }
        if problems.is_empty() {
            Ok(Budgets { kb, javascript })
        } else {
            Err(problems)
        }
    }

    /// The budget of a page kind, in bytes.
    pub fn limit(&self, kind: &str) -> usize {
        let kb = self
            .kb
            .get(kind)
            .copied()
            .unwrap_or_else(|| default_kb(kind));
        (kb * KB as f64) as usize
    }
}

/// What one page costs to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weight {
    pub html: usize,
    pub css: usize,
}

impl Weight {
    pub fn total(&self) -> usize {
        self.html + self.css
    }
}

/// Weighs a page: its bytes plus every stylesheet it links (`stylesheets`: size by path under
/// the site root, without a leading slash; `root_path`: the site's own path, stripped from hrefs).
pub fn weigh(html: &str, stylesheets: &BTreeMap<String, usize>, root_path: &str) -> Weight {
    let css = tags(html, "link")
        .into_iter()
        .filter(|tag| attribute(tag, "rel").is_some_and(|rel| rel == "stylesheet"))
        .filter_map(|tag| attribute(tag, "href"))
        .filter_map(|href| {
            let path = href.strip_prefix(root_path).unwrap_or(href);
            stylesheets.get(path.trim_start_matches('/'))
        })
        .sum();
    Weight {
        html: html.len(),
        css,
    }
}

/// Checks one page against its kind's budget and the JavaScript rule; `path` names it in the
/// warnings.
pub fn check(
    budgets: &Budgets,
    kind: &str,
    path: &str,
    html: &str,
    weight: Weight,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let limit = budgets.limit(kind);
    if weight.total() > limit {
        found.push(Diagnostic::warning(
            Problem::Budget,
            path,
            format!(
                "the page weighs {} (HTML {}, CSS {}), over the {} budget of `{kind}` pages \
                 (`budgets:` in loa.yaml)",
                kilobytes(weight.total()),
                kilobytes(weight.html),
                kilobytes(weight.css),
                kilobytes(limit),
            ),
        ));
    }
    if !budgets.javascript {
        let scripts = tags(html, "script")
            .into_iter()
            .filter(|tag| !is_allowed_script(tag))
            .count();
        if scripts > 0 {
            found.push(Diagnostic::warning(
                Problem::Budget,
                path,
                format!(
                    "the page has {scripts} <script> element(s) but loa.yaml allows no JavaScript \
                     (`javascript: false`); weight {}",
                    kilobytes(weight.total())
                ),
            ));
        }
    }
    found
}

/// JSON-LD is data, not code; `data-loa` marks loa's own optional enhancements (the search
/// script on the search page, the offline-pack registration), which pages work without.
fn is_allowed_script(tag: &str) -> bool {
    attribute(tag, "type").is_some_and(|kind| kind == "application/ld+json")
        || attribute(tag, "data-loa").is_some()
}

/// `12.3 KB`.
pub fn kilobytes(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / KB as f64)
}

/// The attributes of the opening tags `<name …>` of an HTML text (lower-case names, as loa's
/// templates write them).
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(index) = html[from..].find(&open) {
        from += index + open.len();
        let rest = &html[from..];
        if !rest.starts_with(|c: char| c.is_whitespace() || c == '>') {
            continue;
        }
        if let Some(end) = rest.find('>') {
            found.push(&rest[..end]);
        }
    }
    found
}

/// The value of `name="…"` (or a bare `name`, as `""`) in an opening tag's attributes.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(index) = rest.find(name) {
        let before = rest[..index].chars().next_back();
        let after = &rest[index + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        match after.chars().next() {
            Some('=') => {
                let value = after[1..].trim_start();
                let quote = value.chars().next()?;
                if quote == '"' || quote == '\'' {
                    return value[1..].split(quote).next();
                }
                return value.split([' ', '>', '/']).next();
            }
            None | Some(' ') | Some('/') | Some('\n') => return Some(""),
            _ => continue,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budgets(pairs: &[(&str, f64)], javascript: bool) -> Budgets {
        Budgets::new(
            pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            javascript,
        )
        .unwrap()
    }

    #[test]
    fn defaults_and_overrides() {
        let b = budgets(&[("article", 30.0)], false);
        assert_eq!(b.limit("article"), 30 * KB);
        assert_eq!(b.limit("landing"), 15 * KB);
        assert_eq!(b.limit("tag"), 50 * KB);
    }

    #[test]
    fn unknown_kinds_and_bad_values_are_refused() {
        let problems = Budgets::new(
            [("articel".to_string(), 20.0), ("home".to_string(), -1.0)].into(),
            false,
        )
        .unwrap_err();
        assert!(
            problems[0].contains("did you mean `article`"),
            "{problems:?}"
        );
        assert!(problems[1].contains("positive"), "{problems:?}");
    }

    #[test]
    fn weight_counts_linked_stylesheets() {
        let css: BTreeMap<String, usize> = [
            ("style.css".to_string(), 4000),
            ("highlight.css".to_string(), 9000),
        ]
        .into();
        let html = r#"<link rel="stylesheet" href="/sub/style.css"><link rel="alternate" href="/sub/highlight.css">"#;
        let weight = weigh(html, &css, "/sub");
        assert_eq!(
            weight,
            Weight {
                html: html.len(),
                css: 4000
            }
        );
    }

    #[test]
    fn over_budget_and_scripts_are_warned_with_the_weight() {
        let b = budgets(&[("landing", 1.0)], false);
        let html = format!(
            "<script type=\"application/ld+json\">{{}}</script><script data-loa src=\"/sw.js\"></script>\
             <script src=\"/x.js\"></script>{}",
            "x".repeat(2000)
        );
        let weight = weigh(&html, &BTreeMap::new(), "");
        let found = check(&b, "landing", "km/qr/index.html", &html, weight);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("over the 1.0 KB budget of `landing`")
        );
        assert!(found[1].message.contains("1 <script>"));
        assert!(check(&budgets(&[], true), "landing", "x", &html, weight).is_empty());
    }
}

//! Raw HTML in Markdown under each `raw_html` policy of `loa.yaml`, with the real binary:
//! `allow` keeps it, `sanitize` (the default) keeps formatting and drops code, `deny` fails the
//! build naming file and line; unsafe URLs in raw HTML are errors under every policy.

use std::path::Path;
use std::process::{Command, Output, Stdio};

const CONFIG: &str = "title: {vi: \"Thử\", en: \"Test\"}
base_url: \"https://example.vn\"
default_language: vi
languages:
  - {code: vi, name: \"Tiếng Việt\"}
  - {code: en, name: \"English\"}
columns:
  - id: tin
    title: {vi: \"Tin\", en: \"News\"}
";

const ARTICLE: &str = "---
title: \"Bài\"
date: 2025-11-20
column: tin
---

Chữ <b>đậm</b>.

<div class=\"safe\" onclick=\"steal()\">
<script>alert(1)</script>
<p>Khối</p>
</div>
";

const TRANSLATION: &str = "---
title: \"Article\"
---

Text <b>bold</b> <img src=\"x.png\" onerror=\"alert(2)\" alt=\"x\">.
";

fn build_site(raw_html: Option<&str>, article: &str) -> (tempfile::TempDir, Output) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = CONFIG.to_string();
    if let Some(raw_html) = raw_html {
        config.push_str(&format!("raw_html: {raw_html}\n"));
    }
    std::fs::write(dir.path().join("loa.yaml"), config).unwrap();
    let articles = dir.path().join("content/articles");
    std::fs::create_dir_all(&articles).unwrap();
    std::fs::write(articles.join("bai.md"), article).unwrap();
    std::fs::write(articles.join("bai.en.md"), TRANSLATION).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["build", "-q"])
        .arg(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (dir, output)
}

fn page(site: &Path, path: &str) -> scraper::Html {
    let text = std::fs::read_to_string(site.join("public").join(path)).unwrap();
    scraper::Html::parse_document(&text)
}

/// The article body of a page: its `<script>` elements, its `on*` attributes, and whether it
/// has a `<b>`.
fn body_facts(html: &scraper::Html) -> (usize, usize, bool) {
    let selector = scraper::Selector::parse("article *").unwrap();
    let elements: Vec<_> = html.select(&selector).collect();
    let scripts = elements
        .iter()
        .filter(|e| e.value().name() == "script")
        .count();
    let handlers = elements
        .iter()
        .flat_map(|e| e.value().attrs())
        .filter(|(name, _)| name.starts_with("on"))
        .count();
    let bold = elements.iter().any(|e| e.value().name() == "b");
    (scripts, handlers, bold)
}

fn assert_success(output: &Output) {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn sanitize_is_the_default_and_keeps_only_formatting() {
    let (dir, output) = build_site(None, ARTICLE);
    assert_success(&output);
    assert_eq!(
        body_facts(&page(dir.path(), "articles/bai/index.html")),
        (0, 0, true)
    );
    assert_eq!(
        body_facts(&page(dir.path(), "en/articles/bai/index.html")),
        (0, 0, true)
    );
    let text = std::fs::read_to_string(dir.path().join("public/articles/bai/index.html")).unwrap();
    assert!(text.contains("Khối") && !text.contains("steal()"));
}

#[test]
fn allow_for_originals_keeps_their_html_while_translations_are_sanitized() {
    let (dir, output) = build_site(Some("{originals: allow}"), ARTICLE);
    assert_success(&output);
    assert_eq!(
        body_facts(&page(dir.path(), "articles/bai/index.html")),
        (1, 1, true)
    );
    assert_eq!(
        body_facts(&page(dir.path(), "en/articles/bai/index.html")),
        (0, 0, true)
    );
    let (dir, output) = build_site(Some("allow"), ARTICLE);
    assert_success(&output);
    assert_eq!(
        body_facts(&page(dir.path(), "en/articles/bai/index.html")),
        (0, 1, true)
    );
}

#[test]
fn deny_fails_naming_file_and_line() {
    let (_dir, output) = build_site(Some("deny"), ARTICLE);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bai.md:7:"), "{stderr}");
    assert!(
        stderr.contains("bai.md:9:") && stderr.contains("<div class"),
        "{stderr}"
    );
    assert!(stderr.contains("bai.en.md:5:"), "{stderr}");
    assert!(stderr.contains("raw_html: deny"), "{stderr}");
}

#[test]
fn unsafe_urls_in_raw_html_are_errors_under_every_policy() {
    let article = format!("{ARTICLE}\n<a href=\"JaVa&#115;cript:alert(3)\">x</a>\n");
    for policy in ["allow", "sanitize"] {
        let (_dir, output) = build_site(Some(policy), &article);
        assert_eq!(output.status.code(), Some(1), "{policy}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("bai.md:14:") && stderr.contains("`javascript:`"),
            "{stderr}"
        );
    }
}

#[test]
fn an_unknown_policy_is_an_error_naming_the_config() {
    let (_dir, output) = build_site(Some("maybe"), ARTICLE);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("loa.yaml:10: `raw_html` must be allow, sanitize or deny, not `maybe`"),
        "{stderr}"
    );
    let (_dir, output) = build_site(Some("{originals: allow, translation: deny}"), ARTICLE);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not `translation`"), "{stderr}");
}

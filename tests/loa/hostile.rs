//! Hostile content is inert: the fixture `tests/fixtures/hostile/site` puts one string with HTML,
//! JavaScript, quotes, `</script>` and `]]>` into every text field of every content kind and of
//! `loa.yaml`; the real binary builds it once, and every output file is parsed the way a reader's
//! software parses it: HTML, JSON-LD, XML (feeds, sitemap, SVG), PDF text.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::copy_tree;

const HOSTILE: &str =
    "\"><script>alert(1)</script><img src=x onerror=alert(2)>'&</title></script>]]>";

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/site")
}

fn run_build(site: &Path, out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["build", "-q"])
        .arg(site)
        .arg("-o")
        .arg(out.join("public"))
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn build() -> tempfile::TempDir {
    let (out, site) = copy_of_fixture();
    let output = run_build(&site, out.path());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

/// A `<script>` the theme writes on purpose: JSON-LD data, or a script of the site's own files.
fn is_known_script(element: &scraper::node::Element) -> bool {
    element.attr("type") == Some("application/ld+json") || element.attr("data-loa").is_some()
}

/// Checks one HTML page; returns how many times the hostile string shows as text or data.
fn check_html(path: &Path, text: &str) -> usize {
    let html = scraper::Html::parse_document(text);
    let mut found = 0;
    for node in html.tree.nodes() {
        match node.value() {
            scraper::Node::Element(element) => {
                for (name, _) in element.attrs() {
                    assert!(
                        !name.starts_with("on"),
                        "{}: an `{name}` attribute on <{}>",
                        path.display(),
                        element.name()
                    );
                }
                if element.name() == "script" {
                    assert!(
                        is_known_script(element),
                        "{}: a foreign <script>",
                        path.display()
                    );
                }
                if element.name() == "img" {
                    assert_ne!(
                        element.attr("src"),
                        Some("x"),
                        "{}: injected <img>",
                        path.display()
                    );
                }
                if element.attr("type") == Some("application/ld+json") {
                    let script = scraper::ElementRef::wrap(node).unwrap();
                    let json: String = script.text().collect();
                    let value: serde_json::Value = serde_json::from_str(&json)
                        .unwrap_or_else(|e| panic!("{}: JSON-LD: {e}: {json}", path.display()));
                    found += value
                        .to_string()
                        .matches(&HOSTILE.replace('"', "\\\""))
                        .count();
                }
            }
            scraper::Node::Text(text) => found += text.matches(HOSTILE).count(),
            _ => {}
        }
    }
    found
}

/// The text of a PDF, as `pdftotext` (poppler-utils) reads it.
fn pdf_text(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(
        output.status.success(),
        "{}: pdftotext failed",
        path.display()
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Checks one XML file (feed, sitemap, SVG); returns how many times the string shows as text.
fn check_xml(path: &Path, text: &str) -> usize {
    let document = roxmltree::Document::parse(text)
        .unwrap_or_else(|e| panic!("{}: not well-formed XML: {e}", path.display()));
    let mut found = 0;
    for node in document.descendants() {
        if node.is_element() {
            assert_ne!(node.tag_name().name(), "script", "{}", path.display());
            for attribute in node.attributes() {
                assert!(!attribute.name().starts_with("on"), "{}", path.display());
            }
        }
        if let Some(text) = node.text().filter(|_| node.is_text()) {
            found += text.matches(HOSTILE).count();
        }
    }
    found
}

#[test]
fn a_hostile_string_in_every_field_stays_text_in_every_output_file() {
    let out = build();
    let public = out.path().join("public");
    let mut found = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(&public).sort_by_file_name() {
        let entry = entry.unwrap();
        let path = entry.path();
        let relative = path.strip_prefix(&public).unwrap().display().to_string();
        let Some(extension) = path.extension().and_then(|e| e.to_str()) else {
            continue;
        };
        let count = match extension {
            "html" => check_html(path, &std::fs::read_to_string(path).unwrap()),
            "xml" | "svg" => check_xml(path, &std::fs::read_to_string(path).unwrap()),
            "json" => {
                let text = std::fs::read_to_string(path).unwrap();
                let value: serde_json::Value =
                    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{relative}: {e}"));
                value
                    .to_string()
                    .matches(&HOSTILE.replace('"', "\\\""))
                    .count()
            }
            "pdf" => pdf_text(path).matches(HOSTILE).count(),
            _ => continue,
        };
        found.insert(relative, count);
    }
    // The pages that show the texts show them whole, as text.
    for page in [
        "index.html",
        "articles/bai/index.html",
        "en/infographics/so-lieu/index.html",
        "en/communes/xa-a/1.001193/index.html",
        "en/articles/bai/index.html",
        "lessons/mot/index.html",
        "infographics/so-lieu/index.html",
        "communes/xa-a/index.html",
        "atom.xml",
    ] {
        assert!(
            found.get(page).is_some_and(|count| *count > 0),
            "{page} does not show the string as text: {found:?}"
        );
    }
    let posters: Vec<_> = found
        .iter()
        .filter(|(path, count)| {
            path.starts_with("posters/") && path.ends_with(".svg") && **count > 0
        })
        .collect();
    assert!(
        !posters.is_empty(),
        "no poster SVG shows the string: {found:?}"
    );
    assert!(
        found
            .get("posters/xa-a/1.001193.pdf")
            .is_some_and(|count| *count > 0),
        "the poster PDF does not show the string as text: {found:?}"
    );
}

/// The checks above fail on what they look for: an injected element, a handler, broken XML.
#[test]
#[should_panic(expected = "onerror")]
fn the_html_check_finds_an_injected_handler() {
    check_html(
        Path::new("page.html"),
        "<p>\"><img src=y onerror=alert(2)></p>",
    );
}

#[test]
#[should_panic(expected = "a foreign <script>")]
fn the_html_check_finds_an_injected_script() {
    check_html(
        Path::new("page.html"),
        "<title></title><script>alert(1)</script>",
    );
}

#[test]
#[should_panic(expected = "not well-formed XML")]
fn the_xml_check_finds_an_unescaped_title() {
    check_xml(
        Path::new("atom.xml"),
        &format!("<feed><title>{HOSTILE}</title></feed>"),
    );
}

/// Replaces `from` with `to` in a file of the site copied to `site`.
fn edit(site: &Path, file: &str, from: &str, to: &str) {
    let path = site.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// A copy of the fixture site in a temp folder, and the folder (the output goes beside it).
fn copy_of_fixture() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    copy_tree(&fixture(), &site);
    (dir, site)
}

/// Builds the edited copy: the build fails with an error at each of `places`, writing nothing.
fn assert_errors_at(dir: &Path, site: &Path, places: &[&str]) {
    let output = run_build(site, dir);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    for place in places {
        assert!(stderr.contains(place), "no error at {place}: {stderr}");
    }
    assert!(!dir.join("public").exists(), "a failed build wrote output");
}

#[test]
fn javascript_and_data_urls_are_errors_in_every_markdown_text() {
    let (dir, site) = copy_of_fixture();
    edit(
        &site,
        "content/articles/bai.md",
        "Văn bản.",
        "<javascript:alert(1)>",
    );
    edit(
        &site,
        "content/articles/bai.en.md",
        "Text.",
        "[a][r]\n\n[r]: data:text/html,x",
    );
    edit(
        &site,
        "content/lessons/mot.md",
        "Chạm.",
        "![x](DATA:image/png;base64,AA)",
    );
    assert_errors_at(
        dir.path(),
        &site,
        &[
            "content/articles/bai.md:12:",
            "content/articles/bai.en.md:7:",
            "content/lessons/mot.md:15:",
        ],
    );
}

#[test]
fn javascript_urls_are_errors_in_infographics_and_procedures() {
    let (dir, site) = copy_of_fixture();
    edit(
        &site,
        "content/infographics/so-lieu.yaml",
        "https://dichvucong.gov.vn\"",
        "javascript:alert(1)\"",
    );
    edit(
        &site,
        "content/procedures/1.001193.yaml",
        "https://dichvucong.gov.vn/p/home",
        "javascript://dichvucong.gov.vn/p/home",
    );
    assert_errors_at(
        dir.path(),
        &site,
        &[
            "content/infographics/so-lieu.yaml:3:",
            "content/procedures/1.001193.yaml:18:",
        ],
    );
}

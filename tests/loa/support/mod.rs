//! What the integration tests share: running the real `loa` binary, fixture sites and the demo
//! copied into temporary folders, output trees, HTML pages (scraper), feeds and the sitemap
//! (roxmltree), and whether a test may go without a system tool.

mod editor;
mod learning;
pub mod tools;

pub use editor::SiteCopy;
pub use learning::{Fixture, attributes, texts};
pub use tools::{missing_programs, system_tools_present};

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output as ProcessOutput};
use std::sync::{Arc, OnceLock};

use scraper::{ElementRef, Html, Selector};
use tempfile::TempDir;

/// The repository root: the bundled demo site.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<name>`.
pub fn fixture_path(name: &str) -> PathBuf {
    let path = repo_root().join("tests/fixtures").join(name);
    assert!(path.is_dir(), "no fixture {}", path.display());
    path
}

/// What one run of the binary did; `code` is `None` when a signal ended it.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<ProcessOutput> for Run {
    fn from(output: ProcessOutput) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }
}

impl Run {
    #[track_caller]
    pub fn assert_ok(&self) -> &Self {
        assert_eq!(self.code, Some(0), "loa failed:\n{}", self.stderr);
        self
    }

    #[track_caller]
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// The `error:` lines of stderr.
    pub fn errors(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|line| line.starts_with("error: "))
            .collect()
    }

    /// Asserts that stderr has an error line located at exactly `path:line` (then `:` and
    /// possibly a column) that contains `phrase`.
    #[track_caller]
    pub fn assert_error_at(&self, path: &str, line: usize, phrase: &str) {
        let prefix = format!("error: {path}:{line}:");
        assert!(
            self.errors()
                .iter()
                .any(|error| error.starts_with(&prefix) && error.contains(phrase)),
            "expected an error at {path}:{line} containing {phrase:?}; stderr:\n{}",
            self.stderr
        );
    }
}

/// Runs `loa` with `args` in the folder `cwd`.
pub fn loa_in<I, S>(cwd: &Path, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = loa()
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the loa binary runs");
    Run::from(output)
}

/// A command for the real `loa` binary, without the caller's `RUST_LOG` and colours.
pub fn loa() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_loa"));
    command.env_remove("RUST_LOG").env("NO_COLOR", "1");
    command
}

/// Runs `loa build SITE -o OUT [extra…]` from the temporary folder that holds OUT.
pub fn build(site: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec![
        OsStr::new("build").to_owned(),
        site.as_os_str().to_owned(),
        OsStr::new("--output").to_owned(),
        out.as_os_str().to_owned(),
    ];
    args.extend(extra.iter().map(|arg| OsStr::new(arg).to_owned()));
    loa_in(out.parent().expect("the output has a parent"), args)
}

/// A fixture site copied into a fresh temporary folder (`<tmp>/site`); outputs go beside it.
pub struct Site {
    tmp: Arc<TempDir>,
    pub dir: PathBuf,
}

impl Site {
    pub fn fixture(name: &str) -> Site {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dir = tmp.path().join("site");
        copy_tree(&fixture_path(name), &dir);
        Site {
            tmp: Arc::new(tmp),
            dir,
        }
    }

    /// Lays the files of another fixture over this site (same relative paths).
    pub fn overlay(&self, name: &str) {
        copy_tree(&fixture_path(name), &self.dir);
    }

    /// A path for an output folder beside the site, in its own parent folder.
    pub fn out_path(&self, name: &str) -> PathBuf {
        let parent = self.tmp.path().join(format!("{name}-parent"));
        std::fs::create_dir_all(&parent).expect("create the output's parent");
        parent.join(name)
    }

    pub fn build_into(&self, out: &Path, extra: &[&str]) -> Run {
        build(&self.dir, out, extra)
    }

    /// Builds into a new output folder `name` and asserts success.
    #[track_caller]
    pub fn build_ok(&self, name: &str, extra: &[&str]) -> Output {
        let dir = self.out_path(name);
        let run = self.build_into(&dir, extra);
        run.assert_ok();
        Output {
            dir,
            run,
            _tmp: self.tmp.clone(),
        }
    }

    /// Builds into `public` with no options and asserts success.
    #[track_caller]
    pub fn build(&self) -> Output {
        self.build_ok("public", &[])
    }
}

/// The bundled demo site (the repository root), copied and built into a temporary folder; the
/// run may have failed.
pub fn build_demo() -> Output {
    let (tmp, site) = demo_site();
    let dir = tmp.path().join("public");
    let run = build(&site, &dir, &[]);
    Output {
        dir,
        run,
        _tmp: Arc::new(tmp),
    }
}

/// The demo site copied and built once by the real binary, for the tests that only read it.
pub fn shared_demo() -> &'static Output {
    static DEMO: OnceLock<Output> = OnceLock::new();
    DEMO.get_or_init(|| {
        let demo = build_demo();
        demo.run.assert_ok();
        demo
    })
}

/// A built site, in a temporary folder that lives as long as this value.
pub struct Output {
    pub dir: PathBuf,
    pub run: Run,
    _tmp: Arc<TempDir>,
}

impl Output {
    pub fn exists(&self, relative: &str) -> bool {
        self.dir.join(relative).is_file()
    }

    #[track_caller]
    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.dir.join(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative} of the output: {e}"))
    }

    #[track_caller]
    pub fn page(&self, relative: &str) -> Page {
        Page {
            path: relative.to_string(),
            html: Html::parse_document(&self.read(relative)),
        }
    }

    #[track_caller]
    pub fn xml(&self, relative: &str) -> Element {
        parse_xml(&self.read(relative)).unwrap_or_else(|e| panic!("{relative} is not XML: {e}"))
    }

    /// Every file of the output, relative, with `/` separators, sorted.
    pub fn files(&self) -> Vec<String> {
        tree(&self.dir).into_keys().collect()
    }

    pub fn html_files(&self) -> Vec<String> {
        self.files()
            .into_iter()
            .filter(|path| path.ends_with(".html"))
            .collect()
    }
}

/// Every file under `dir`, by relative path, with its bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.expect("walk the folder"))
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| {
            let relative = entry
                .path()
                .strip_prefix(dir)
                .expect("inside the folder")
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(entry.path()).expect("read the file");
            (relative, bytes)
        })
        .collect()
}

/// Asserts that two trees hold the same files with the same bytes, naming the first difference.
#[track_caller]
pub fn assert_same_tree(expected: &BTreeMap<String, Vec<u8>>, actual: &BTreeMap<String, Vec<u8>>) {
    let expected_paths: Vec<&String> = expected.keys().collect();
    let actual_paths: Vec<&String> = actual.keys().collect();
    assert_eq!(
        expected_paths, actual_paths,
        "the trees hold different files"
    );
    for (path, bytes) in expected {
        assert!(actual[path] == *bytes, "{path} differs");
    }
}

/// Copies every file and folder under `from` to `to` (created as needed).
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk the fixture");
        let target = to.join(entry.path().strip_prefix(from).expect("inside the fixture"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("create a folder");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}

/// A copy of the demo site in a fresh temporary folder: the folder, and the site in it
/// (`<folder>/site`); outputs go beside the site.
pub fn demo_site() -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let site = tmp.path().join("site");
    copy_demo(&site);
    (tmp, site)
}

/// What a build reads of the demo site at the repository root.
const DEMO_PARTS: [&str; 6] = [
    "loa.yaml",
    "qr-lock.yaml",
    "content",
    "static",
    "themes",
    "i18n",
];

/// Copies the demo site (the repository root: configuration, content, static files, theme, UI
/// strings, lock file) to `to`, so that a build writes its caches and lock there, never into
/// the repository.
pub fn copy_demo(to: &Path) {
    let root = repo_root();
    for part in DEMO_PARTS {
        let from = root.join(part);
        if from.is_dir() {
            copy_tree(&from, &to.join(part));
        } else {
            std::fs::create_dir_all(to).expect("create the site folder");
            std::fs::copy(&from, to.join(part)).expect("copy a file of the demo");
        }
    }
}

/// The path a page is served at: `en/articles/x/index.html` → (`en`, `/articles/x/`) when `en`
/// is one of `prefixed` (the non-default languages), else (`default`, `/en/articles/x/`).
pub fn page_language<'a>(
    relative: &'a str,
    default: &'a str,
    prefixed: &[&'a str],
) -> (&'a str, String) {
    let (lang, rest) = match relative.split_once('/') {
        Some((first, rest)) if prefixed.contains(&first) => (first, rest),
        _ => (default, relative),
    };
    let path = format!("/{}", rest.strip_suffix("index.html").unwrap_or(rest));
    (lang, path)
}

/// An HTML page of the output.
pub struct Page {
    pub path: String,
    pub html: Html,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e}"))
}

/// Text with runs of whitespace folded to one space.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Page {
    pub fn all(&self, css: &str) -> Vec<ElementRef<'_>> {
        self.html.select(&selector(css)).collect()
    }

    /// The one element matching `css`.
    #[track_caller]
    pub fn one(&self, css: &str) -> ElementRef<'_> {
        let found = self.all(css);
        assert_eq!(
            found.len(),
            1,
            "{}: `{css}` matches {}",
            self.path,
            found.len()
        );
        found[0]
    }

    pub fn has(&self, css: &str) -> bool {
        !self.all(css).is_empty()
    }

    /// The text of the one element matching `css`, whitespace folded.
    #[track_caller]
    pub fn text(&self, css: &str) -> String {
        squash(&self.one(css).text().collect::<String>())
    }

    /// An attribute of the one element matching `css`.
    #[track_caller]
    pub fn attr(&self, css: &str, name: &str) -> String {
        self.one(css)
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("{}: `{css}` has no {name}", self.path))
            .to_string()
    }

    /// An attribute of every element matching `css` (elements without it are skipped).
    pub fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        self.all(css)
            .iter()
            .filter_map(|element| element.value().attr(name).map(str::to_string))
            .collect()
    }

    /// `(hreflang, href)` of every `<link rel="alternate" hreflang>`, sorted.
    pub fn alternates(&self) -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = self
            .all(r#"head link[rel="alternate"][hreflang]"#)
            .iter()
            .map(|link| {
                let attr = |name| link.value().attr(name).unwrap_or_default().to_string();
                (attr("hreflang"), attr("href"))
            })
            .collect();
        found.sort();
        found
    }
}

/// An XML element of a feed or the sitemap, as roxmltree reads it (which refuses a document
/// that is not well-formed), with names as written: `feed`, `xhtml:link`, `xml:lang`, and the
/// namespaces an element declares as `xmlns` and `xmlns:…` attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    pub fn elements<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Element> + use<'a> {
        let name = name.to_string();
        self.children.iter().filter_map(move |node| match node {
            Node::Element(element) if element.name == name => Some(element),
            _ => None,
        })
    }

    /// The one child element called `name`.
    #[track_caller]
    pub fn child(&self, name: &str) -> &Element {
        let found: Vec<&Element> = self.elements(name).collect();
        assert_eq!(
            found.len(),
            1,
            "<{}> has {} <{name}>",
            self.name,
            found.len()
        );
        found[0]
    }

    /// The text directly inside, entities decoded.
    pub fn text(&self) -> String {
        self.children
            .iter()
            .filter_map(|node| match node {
                Node::Text(text) => Some(text.as_str()),
                Node::Element(_) => None,
            })
            .collect()
    }
}

/// Parses an XML document with roxmltree and returns its root element.
pub fn parse_xml(text: &str) -> Result<Element, String> {
    let document = roxmltree::Document::parse(text).map_err(|e| e.to_string())?;
    Ok(element(document.root_element()))
}

/// `prefix:name` when the namespace has a prefix in scope, else `name`.
fn qualified(node: roxmltree::Node, namespace: Option<&str>, name: &str) -> String {
    match namespace.and_then(|uri| node.lookup_prefix(uri)) {
        Some(prefix) => format!("{prefix}:{name}"),
        None => name.to_string(),
    }
}

fn element(node: roxmltree::Node) -> Element {
    let tag = node.tag_name();
    let in_scope = |node: roxmltree::Node| -> Vec<(Option<String>, String)> {
        node.namespaces()
            .map(|ns| (ns.name().map(str::to_string), ns.uri().to_string()))
            .collect()
    };
    let inherited = node.parent_element().map(in_scope).unwrap_or_default();
    let declared = in_scope(node)
        .into_iter()
        .filter(|namespace| !inherited.contains(namespace))
        .map(|(prefix, uri)| match prefix {
            Some(prefix) => (format!("xmlns:{prefix}"), uri),
            None => ("xmlns".to_string(), uri),
        });
    let attrs = declared
        .chain(node.attributes().map(|attribute| {
            (
                qualified(node, attribute.namespace(), attribute.name()),
                attribute.value().to_string(),
            )
        }))
        .collect();
    let children = node
        .children()
        .filter_map(|child| {
            if child.is_element() {
                Some(Node::Element(element(child)))
            } else {
                child.text().map(|text| Node::Text(text.to_string()))
            }
        })
        .collect();
    Element {
        name: qualified(node, tag.namespace(), tag.name()),
        attrs,
        children,
    }
}

#[test]
fn xml_keeps_names_as_written_decodes_entities_and_refuses_ill_formed_documents() {
    let root = parse_xml(
        "<?xml version=\"1.0\"?>\n<a xml:lang=\"vi\"><b k='1 &amp; 2'>x &lt; y</b><c/></a>\n",
    )
    .unwrap();
    assert_eq!(root.attr("xml:lang"), Some("vi"));
    assert_eq!(root.child("b").attr("k"), Some("1 & 2"));
    assert_eq!(root.child("b").text(), "x < y");
    let feed = parse_xml(
        "<feed xmlns=\"urn:f\" xmlns:x=\"urn:x\"><x:link x:rel=\"r\"/><!-- c --><t><![CDATA[<p>]]></t></feed>",
    )
    .unwrap();
    assert_eq!(feed.name, "feed");
    assert_eq!(feed.attr("xmlns"), Some("urn:f"));
    assert_eq!(feed.attr("xmlns:x"), Some("urn:x"));
    assert_eq!(feed.child("x:link").attr("x:rel"), Some("r"));
    assert_eq!(
        feed.child("x:link").attrs.len(),
        1,
        "declared on the root only"
    );
    assert_eq!(feed.child("t").text(), "<p>");
    for bad in [
        "<a><b></a>",
        "<a>",
        "<a x=1/>",
        "<a>&nbsp;</a>",
        "<a/><b/>",
        "<a>x & y</a>",
    ] {
        assert!(parse_xml(bad).is_err(), "{bad} should not parse");
    }
}

/// One expected diagnostic: the file (relative to the site), its line, a key phrase.
pub type Expected<'a> = (&'a str, usize, &'a str);

/// Builds the good site `errors/base` into OUT, lays the bad input `errors/<case>` over it,
/// builds again into the same OUT and asserts: exit code 1, exactly the `expected` errors (file,
/// line, key phrase), paths shown relative to the site, and OUT byte-for-byte as the good build
/// left it, with nothing left beside it.
#[track_caller]
pub fn assert_bad_input(case: &str, expected: &[Expected]) -> Run {
    let site = Site::fixture("errors/base");
    let out = site.out_path("public");
    site.build_into(&out, &[]).assert_ok();
    let good = tree(&out);
    assert!(good.contains_key("index.html"));

    site.overlay(&format!("errors/{case}"));
    let run = site.build_into(&out, &[]);
    run.assert_code(1);
    for (path, line, phrase) in expected {
        run.assert_error_at(path, *line, phrase);
    }
    assert_eq!(run.errors().len(), expected.len(), "{}", run.stderr);
    let site_dir = site.dir.to_string_lossy();
    for error in run.errors() {
        assert!(!error.contains(&*site_dir), "absolute path in: {error}");
    }
    assert!(
        run.stderr
            .contains(&format!("build failed with {} error(s)", expected.len())),
        "{}",
        run.stderr
    );

    assert_same_tree(&good, &tree(&out));
    let beside: Vec<String> = std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        beside,
        ["public"],
        "a failed build left files beside the output"
    );
    run
}

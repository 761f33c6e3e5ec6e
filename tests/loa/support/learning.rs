//! Fixture sites for the lesson and infographic tests: a site copied into a temp dir, built with
//! the real `loa` binary, and cases that overlay a few files on it to break it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Output};

use scraper::{Html, Selector};
use tempfile::TempDir;

use super::{copy_tree, fixture_path, tree};

/// A copy of `tests/fixtures/<kind>/site` and the folder it builds into.
pub struct Fixture {
    kind: &'static str,
    _dir: TempDir,
    pub site: PathBuf,
    pub out: PathBuf,
}

impl Fixture {
    /// Copies the valid site of `tests/fixtures/<kind>/site`.
    pub fn new(kind: &'static str) -> Fixture {
        let dir = tempfile::tempdir().expect("a temp dir");
        let site = dir.path().join("site");
        copy_tree(&fixture_path(kind).join("site"), &site);
        let out = dir.path().join("out");
        Fixture {
            kind,
            _dir: dir,
            site,
            out,
        }
    }

    /// A fixture already built, with the build's success checked.
    pub fn built(kind: &'static str) -> Fixture {
        let fixture = Fixture::new(kind);
        let output = fixture.build();
        assert!(
            output.status.success(),
            "the {kind} fixture must build:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        fixture
    }

    /// Copies the files of `tests/fixtures/<kind>/errors/<case>` over the site.
    pub fn overlay(&self, case: &str) {
        copy_tree(
            &fixture_path(self.kind).join("errors").join(case),
            &self.site,
        );
    }

    /// Runs `loa build SITE -o OUT`.
    pub fn build(&self) -> Output {
        Command::new(env!("CARGO_BIN_EXE_loa"))
            .arg("build")
            .arg(&self.site)
            .arg("--output")
            .arg(&self.out)
            .env_clear()
            .output()
            .expect("loa runs")
    }

    /// A file of the output, as text.
    pub fn read(&self, path: &str) -> String {
        let path = self.out.join(path.trim_start_matches('/'));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// A page of the output, parsed.
    pub fn page(&self, path: &str) -> Html {
        Html::parse_document(&self.read(path))
    }

    /// Every file of the output with its bytes, to see that a failed build changed nothing.
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        tree(&self.out)
    }

    /// Breaks the built site with `case`, builds again and checks the failure: exit code 1,
    /// `file:line` named on stderr, the previous output left exactly as it was. Returns stderr.
    pub fn fails_with(&self, case: &str, file_line: &str) -> String {
        let before = self.snapshot();
        assert!(!before.is_empty(), "build the fixture before breaking it");
        self.overlay(case);
        let output = self.build();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(output.status.code(), Some(1), "{case}: {stderr}");
        assert!(
            stderr.contains(&format!("error: {file_line}:")),
            "{case}: expected an error at {file_line}, got:\n{stderr}"
        );
        assert!(
            self.snapshot() == before,
            "{case}: the previous output was changed"
        );
        stderr
    }
}

/// The texts of the elements that match `selector`, trimmed.
pub fn texts(page: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).expect("a valid selector");
    page.select(&selector)
        .map(|element| element.text().collect::<String>().trim().to_string())
        .collect()
}

/// The values of `attribute` on the elements that match `selector`.
pub fn attributes(page: &Html, selector: &str, attribute: &str) -> Vec<String> {
    let selector = Selector::parse(selector).expect("a valid selector");
    page.select(&selector)
        .filter_map(|element| element.value().attr(attribute).map(str::to_string))
        .collect()
}

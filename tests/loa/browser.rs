//! The browser tests: builds the demo site into a temporary folder and runs
//! `node tests/browser/run.mjs <dir> <screenshots>` (axe-core in Debian's headless Chromium,
//! layout at 320 px, tap targets, focus, `lang`, fonts, search, offline packs) on every kind of
//! page the build wrote, in every language: the demo, and the translators fixture (the page audit
//! alone). Screenshots at 360 px go to `<target>/screenshots/<site>/`.
//!
//! Needs `chromium` (Debian's package) and `npm ci --prefix tests/browser`. Without them the test
//! is skipped with its reason, except under CI (`CI` set), where it fails.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use loa::commands::build::{BuildOptions, build};
use loa::resolve::site::SiteOptions;

use crate::support::{demo_site, missing_programs, system_tools_present};

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// What the browser tests need and do not find here.
fn missing(tests: &Path) -> Vec<String> {
    let mut missing = missing_programs(&["node"]);
    if !chromium().exists() {
        missing.push(format!("{} is missing", chromium().display()));
    }
    if !tests.join("node_modules/playwright-core").is_dir()
        || !tests.join("node_modules/axe-core").is_dir()
    {
        missing.push("tests/browser/node_modules is missing".into());
    }
    missing
}

/// Builds the site at `site_dir` as at `now` (the clock when `None`) and runs the browser
/// checks on it (`extra`: options of `run.mjs`); screenshots go to
/// `<target>/screenshots/<name>`. Skipped where the tools are missing, but under CI.
fn check_in_chromium(name: &str, site_dir: PathBuf, now: Option<i64>, extra: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tests = root.join("tests/browser");
    let install = "apt-get install chromium nodejs npm; npm ci --prefix tests/browser";
    if !system_tools_present(&missing(&tests), install) {
        return;
    }
    let out = tempfile::tempdir().expect("a temporary folder");
    let out_dir = out.path().join("public");
    let started = Instant::now();
    build(&BuildOptions {
        site: SiteOptions {
            site_dir,
            base_url: None,
            drafts: false,
            posters_for: None,
            now,
            ..SiteOptions::default()
        },
        out_dir: out_dir.clone(),
        strict: false,
    })
    .unwrap_or_else(|diagnostics| panic!("{name} does not build: {diagnostics:?}"));
    eprintln!("{name} built in {:.1} s", started.elapsed().as_secs_f64());
    let screenshots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap_or(root)
        .join("screenshots")
        .join(name);
    let status = Command::new("node")
        .arg(tests.join("run.mjs"))
        .arg(out_dir)
        .arg(&screenshots)
        .args(extra)
        .env("CHROMIUM", chromium())
        .status()
        .expect("node runs");
    assert!(
        status.success(),
        "the browser checks of {name} failed (see FAIL lines above)"
    );
}

#[test]
fn demo_pages_pass_axe_layout_focus_and_offline_checks_in_chromium() {
    let (_temp, site_dir) = demo_site();
    check_in_chromium("demo", site_dir, None, &[]);
}

/// The translators' edition: its pt and fr pages (translated slugs, tags per language, pages
/// in their fallback language) among every kind of page in every language, at 360 px.
#[test]
fn translators_pages_in_pt_and_fr_pass_axe_and_layout_checks_in_chromium() {
    let site = crate::support::Site::fixture("translators");
    check_in_chromium("translators", site.dir.clone(), None, &["--audit-only"]);
}

/// The foreign editions' fixture (vi, pt, fr, en): every kind of page in Portuguese and French
/// (and the others, an expired article's notice included) at 320 and 360 px, axe-core at 0
/// violations.
#[test]
fn portuguese_and_french_edition_pages_pass_axe_and_layout_checks_in_chromium() {
    let site = crate::support::Site::fixture(crate::editions::FIXTURE);
    // 2026-01-10: the scheduled article is out and the expiring one is a notice.
    let now = "2026-01-10"
        .parse::<loa::languages::format::Moment>()
        .unwrap();
    check_in_chromium(
        "editions",
        site.dir.clone(),
        Some(now.seconds),
        &["--audit-only"],
    );
}

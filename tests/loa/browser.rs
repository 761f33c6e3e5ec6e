//! The browser tests: builds the demo site into a temporary folder and runs
//! `node tests/browser/run.mjs <dir> <screenshots>` (axe-core in Debian's headless Chromium,
//! layout at 320 px, tap targets, focus, `lang`, fonts, search, offline packs) on every kind of
//! page the build wrote, in every language. Screenshots at 360 px go to `<target>/screenshots/`.
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

/// Runs the browser checks on a built site (`extra`: `--pages-only` for a fixture).
fn browser_checks(out_dir: &Path, screenshots: &str, extra: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tests = root.join("tests/browser");
    let screenshots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap_or(root)
        .join(screenshots);
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
        "the browser checks failed (see FAIL lines above)"
    );
}

/// Whether the browser tests can run here (else skipped with the reason, or failed under CI).
fn browser_present() -> bool {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let install = "apt-get install chromium nodejs npm; npm ci --prefix tests/browser";
    system_tools_present(&missing(&tests), install)
}

fn build_site(site_dir: PathBuf, out_dir: &Path, now: Option<i64>) {
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
        out_dir: out_dir.to_path_buf(),
        strict: false,
    })
    .unwrap_or_else(|diagnostics| panic!("the site does not build: {diagnostics:?}"));
    eprintln!("built in {:.1} s", started.elapsed().as_secs_f64());
}

#[test]
fn demo_pages_pass_axe_layout_focus_and_offline_checks_in_chromium() {
    if !browser_present() {
        return;
    }
    let (temp, site_dir) = demo_site();
    let out_dir = temp.path().join("public");
    build_site(site_dir, &out_dir, None);
    browser_checks(&out_dir, "screenshots", &[]);
}

/// The foreign editions' fixture (vi, pt, fr, en): every kind of page in Portuguese and French
/// (and the others, an expired article's notice included) at 320 and 360 px, axe-core at 0
/// violations.
#[test]
fn portuguese_and_french_edition_pages_pass_axe_and_layout_checks_in_chromium() {
    if !browser_present() {
        return;
    }
    let site = crate::support::Site::fixture(crate::editions::FIXTURE);
    let out_dir = site.out_path("public");
    // 2026-01-10: the scheduled article is out and the expiring one is a notice.
    let now = "2026-01-10"
        .parse::<loa::languages::format::Moment>()
        .unwrap();
    build_site(site.dir.clone(), &out_dir, Some(now.seconds));
    browser_checks(&out_dir, "screenshots-editions", &["--pages-only"]);
}

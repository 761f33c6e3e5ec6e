//! Crash safety: a build killed at any moment leaves the output folder exactly the previous site
//! or exactly the new one, and the next build cleans up what the killed one left behind.

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::support::{demo_site, loa, tree};

fn build(site: &Path, out: &Path) {
    let status = loa()
        .arg("build")
        .arg(site)
        .arg("-o")
        .arg(out)
        .arg("-q")
        .status()
        .unwrap();
    assert!(status.success());
}

/// The signal `Child::kill` sends on Linux.
const SIGKILL: i32 = 9;

/// A pseudo-random delay without a random-number crate: spread over the build's duration.
fn delay(run: u32, span: Duration) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let mixed = (nanos ^ run.wrapping_mul(2_654_435_761)) % 1000;
    span.mul_f64(f64::from(mixed) / 1000.0)
}

#[test]
fn a_killed_build_leaves_the_old_or_the_new_site_never_a_mix() {
    let (temp, site) = demo_site();
    let out = temp.path().join("public");

    // The new site differs from the old one in many files: a new article appears on every list.
    build(&site, &out);
    let old = tree(&out);
    let article = site.join("content/articles/zz-bai-moi.md");
    std::fs::write(
        &article,
        "---\ntitle: \"Bài mới\"\ndate: 2026-01-01\ncolumn: binh-dan-hoc-vu-so\n---\n\nNội dung.\n",
    )
    .unwrap();
    let scratch = temp.path().join("scratch");
    let started = std::time::Instant::now();
    build(&site, &scratch);
    let span = started.elapsed();
    let new = tree(&scratch);
    assert_ne!(old, new);

    let mut swapped = 0;
    let mut mid_build = 0;
    for run in 0..20 {
        let mut child = loa()
            .arg("build")
            .arg(&site)
            .arg("-o")
            .arg(&out)
            .arg("-q")
            .spawn()
            .unwrap();
        std::thread::sleep(delay(run, span));
        // The build was under way at the kill when its staging folder stood beside the output
        // just before, and the kill, not the end of the build, stopped the process.
        let staging = temp
            .path()
            .join(format!(".loa-staging-public-{}", child.id()));
        let staged = staging.is_dir();
        let _ = child.kill();
        let status = child.wait().unwrap();
        let killed = status.signal() == Some(SIGKILL);
        mid_build += usize::from(staged && killed);
        let now = tree(&out);
        assert!(
            now == old || now == new,
            "run {run}: the output folder is a mix of two sites"
        );
        swapped += usize::from(now == new);
        if now == new {
            // Go back to the old site so later runs can catch the swap again.
            std::fs::rename(&article, temp.path().join("held")).unwrap();
            build(&site, &out);
            std::fs::rename(temp.path().join("held"), &article).unwrap();
        }
    }
    build(&site, &out);
    assert_eq!(tree(&out), new);
    // The previous site kept for the next build to stage into is no leftover of a killed build.
    let leftovers: Vec<String> = std::fs::read_dir(temp.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".loa-") && name != ".loa-previous-public")
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
    assert!(
        mid_build > 0,
        "no kill landed while a build was staging its files: the test killed only finished builds"
    );
    eprintln!(
        "20 killed builds, {mid_build} of them while staging; the new site was already in place \
         after {swapped} of them"
    );
}

//! `loa init` and the command line itself.

use crate::support::loa_in;

#[test]
fn an_initialised_site_builds_without_warnings_in_every_language() {
    let cwd = tempfile::tempdir().unwrap();
    loa_in(cwd.path(), ["init", "xa-moi"]).assert_ok();
    let site = cwd.path().join("xa-moi");
    assert!(site.join("loa.yaml").is_file());
    let run = loa_in(cwd.path(), ["build", "xa-moi"]);
    run.assert_ok();
    assert!(!run.stderr.contains("warning:"), "{}", run.stderr);
    let out = site.join("public");
    for page in [
        "index.html",
        "en/index.html",
        "articles/chao-mung/index.html",
        "style.css",
    ] {
        assert!(out.join(page).is_file(), "{page} was not built");
    }
    let english = std::fs::read_to_string(out.join("en/articles/chao-mung/index.html")).unwrap();
    assert!(english.contains("Welcome to our site"));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let cwd = tempfile::tempdir().unwrap();
    let dir = cwd.path().join("co-san");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("ghi-chu.txt"), "đừng xóa").unwrap();
    let run = loa_in(cwd.path(), ["init", "co-san"]);
    run.assert_code(1);
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 1, "init wrote into a folder that was not empty");
    assert_eq!(
        std::fs::read_to_string(dir.join("ghi-chu.txt")).unwrap(),
        "đừng xóa"
    );
}

#[test]
fn init_accepts_an_empty_folder() {
    let cwd = tempfile::tempdir().unwrap();
    std::fs::create_dir(cwd.path().join("trong")).unwrap();
    loa_in(cwd.path(), ["init", "trong"]).assert_ok();
    assert!(cwd.path().join("trong/loa.yaml").is_file());
}

#[test]
fn help_and_version_succeed() {
    let cwd = tempfile::tempdir().unwrap();
    let help = loa_in(cwd.path(), ["--help"]);
    help.assert_ok();
    assert!(
        help.stdout.contains("build") && help.stdout.contains("init"),
        "{}",
        help.stdout
    );
    let build_help = loa_in(cwd.path(), ["build", "--help"]);
    build_help.assert_ok();
    assert!(
        build_help.stdout.contains("--drafts"),
        "{}",
        build_help.stdout
    );
    let version = loa_in(cwd.path(), ["--version"]);
    version.assert_ok();
    assert_eq!(
        version.stdout.trim(),
        concat!("loa ", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let cwd = tempfile::tempdir().unwrap();
    for args in [
        &["build", "--no-such-flag"][..],
        &["--no-such-flag"],
        &["publish"],
        &[],
        &["init"],
    ] {
        let run = loa_in(cwd.path(), args);
        run.assert_code(2);
        assert!(run.stderr.contains("Usage"), "{args:?}: {}", run.stderr);
    }
}

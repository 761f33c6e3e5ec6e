//! Pathological input: the real binary under a memory limit (`prlimit --as`) and a generous time
//! guard, on inputs generated here. Each ends in a clear error naming the file (and the line where
//! there is one), or in a bounded build; never in a crash, a stack overflow or a hang.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Run, SiteCopy};

/// Far more than any of these takes; only a hang reaches it.
const TIME_GUARD: Duration = Duration::from_secs(120);
/// Address space for the whole process, threads included.
const MEMORY_GUARD: &str = "--as=4294967296";

const ARTICLE: &str = "content/articles/ngay-hoi-so.md";

/// `loa build` of the copy under both guards; panics when the time guard is reached.
fn guarded_build(site: &SiteCopy) -> Run {
    let out = site.dir.parent().expect("a temporary folder").join("out");
    let mut child = Command::new("prlimit")
        .args([MEMORY_GUARD, "--", env!("CARGO_BIN_EXE_loa"), "build", "."])
        .arg("--output")
        .arg(&out)
        .current_dir(&site.dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("prlimit (util-linux) runs loa");
    let stderr = child.stderr.take().expect("piped stderr");
    let reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let deadline = Instant::now() + TIME_GUARD;
    let status = loop {
        if let Some(status) = child.try_wait().expect("a child status") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("loa build did not finish within {TIME_GUARD:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Run {
        code: status.code(),
        stdout: String::new(),
        stderr: reader.join().unwrap_or_default(),
    }
}

/// The build failed cleanly (exit 1, not a signal) and said `expected`.
fn assert_refused(run: &Run, expected: &str) {
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains(expected),
        "`{expected}` not in:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

fn article_with_body(site: &SiteCopy, body: &str) {
    let text = site.read(ARTICLE);
    let front_matter_end = text.find("---\n\n").expect("front matter") + 4;
    site.write(ARTICLE, &format!("{}{body}", &text[..front_matter_end]));
}

#[test]
fn a_50_mb_markdown_file_is_refused_before_it_is_read() {
    let site = SiteCopy::new("serve");
    article_with_body(
        &site,
        &"Người dân được hướng dẫn cài VNeID.\n".repeat(1_300_000),
    );
    let megabytes = std::fs::metadata(site.path(ARTICLE)).unwrap().len() as f64 / 1e6;
    assert!(megabytes > 50.0);
    let run = guarded_build(&site);
    assert_refused(
        &run,
        &format!(
            "content/articles/ngay-hoi-so.md: the file is {megabytes:.1} MB; loa reads files of at most 8 MB"
        ),
    );
}

#[test]
fn ten_thousand_nested_lists_or_quotes_are_refused_at_their_line() {
    for nesting in ["- ", "> ", "1. ", "* > "] {
        let site = SiteCopy::new("serve");
        article_with_body(
            &site,
            &format!("Đoạn đầu.\n\n{}sâu\n", nesting.repeat(10_000)),
        );
        let run = guarded_build(&site);
        assert_refused(
            &run,
            "content/articles/ngay-hoi-so.md:11: lists and quotes are nested more than 100 deep",
        );
    }
}

/// Nine anchors, each a list of nine aliases of the one before: 9⁹ strings once expanded.
fn alias_bomb() -> String {
    let mut yaml = String::from(
        "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    for level in 1..=9 {
        let previous = format!("*a{}", level - 1);
        let items = [previous.as_str(); 9].join(", ");
        yaml.push_str(&format!("a{level}: &a{level} [{items}]\n"));
    }
    yaml
}

#[test]
fn alias_bombs_are_refused_in_front_matter_config_and_data_files() {
    let bomb = alias_bomb();
    let site = SiteCopy::new("serve");
    let text = site.read(ARTICLE);
    site.write(
        ARTICLE,
        &text.replacen("---\n", &format!("---\n{bomb}tags: [*a9]\n"), 1),
    );
    assert_refused(&guarded_build(&site), "content/articles/ngay-hoi-so.md:2:");

    let site = SiteCopy::new("serve");
    let config = site.read("loa.yaml");
    site.write("loa.yaml", &format!("{bomb}{config}"));
    assert_refused(&guarded_build(&site), "loa.yaml:1:");

    let site = SiteCopy::new("serve");
    let data = "content/infographics/nguoi-dung.yaml";
    let text = site.read(data);
    site.write(data, &format!("{bomb}{text}"));
    assert_refused(
        &guarded_build(&site),
        "content/infographics/nguoi-dung.yaml:",
    );
}

#[test]
fn a_commune_with_ten_thousand_procedures_is_refused_at_its_line() {
    let site = SiteCopy::new("qrcorner");
    let commune = "content/communes/xa-a.yaml";
    let codes: String = (1..=10_000).map(|n| format!("  - 9.{n:06}\n")).collect();
    let text = site.read(commune);
    let start = text.find("procedures:\n").expect("a wall") + "procedures:\n".len();
    let end = text.find("local_notes:").expect("local notes");
    site.write(
        commune,
        &format!("{}{codes}{}", &text[..start], &text[end..]),
    );
    assert_refused(
        &guarded_build(&site),
        "content/communes/xa-a.yaml:10: `procedures` lists 10000 procedures; a QR corner holds at most 100",
    );
}

#[test]
fn a_one_megabyte_title_is_refused_at_its_line() {
    let title = "Ngày hội số ".repeat(80_000);
    let length = title.trim().chars().count();
    for (file, old, line) in [
        (ARTICLE, "title: \"Ngày hội số của xã\"", 2),
        (
            "content/infographics/nguoi-dung.yaml",
            "title: \"Người dùng thanh toán QR\"",
            1,
        ),
    ] {
        let site = SiteCopy::new("serve");
        let text = site.read(file);
        assert!(text.contains(old), "{file}");
        site.write(file, &text.replace(old, &format!("title: \"{title}\"")));
        assert_refused(
            &guarded_build(&site),
            &format!("{file}:{line}: `title` is {length} characters long; at most 300"),
        );
    }
}

//! Paths that try to leave their folder: the real binary on a fixture copy. Each escape is an
//! error naming the file, the line and the field where there is one; nothing is written outside
//! the output folder, whose parent holds only what was there before.

use std::path::{Path, PathBuf};

use crate::support::{Run, SiteCopy};

const ARTICLE: &str = "content/articles/ngay-hoi-so.md";

/// Builds the copy into `<temp>/out`, beside the site folder.
fn build(site: &SiteCopy) -> Run {
    site.loa(&["build", ".", "--output", "../out"])
}

/// Every path under `dir`, symbolic links not followed.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path.clone());
            }
            paths.push(path);
        }
    }
    paths.sort();
    paths
}

/// The build failed with every `expected` text on stderr, and wrote nothing anywhere: the
/// folder that holds the site and the output has only the site in it, unchanged.
fn assert_refused(site: &SiteCopy, expected: &[&str]) {
    let parent = site
        .dir
        .parent()
        .expect("the temporary folder")
        .to_path_buf();
    let before = tree(&parent);
    let run = build(site);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for text in expected {
        assert!(
            run.stderr.contains(text),
            "`{text}` not in:\n{}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(
        tree(&parent),
        before,
        "the build wrote files:\n{}",
        run.stderr
    );
    assert!(!parent.join("out").exists());
}

fn set_front_matter(site: &SiteCopy, key_line: &str) {
    let text = site.read(ARTICLE);
    site.write(
        ARTICLE,
        &text.replacen(
            "column: tin-tuc\n",
            &format!("column: tin-tuc\n{key_line}\n"),
            1,
        ),
    );
}

#[test]
fn a_build_writes_nothing_beside_the_site_but_its_output_folder() {
    let site = SiteCopy::new("serve");
    let run = build(&site);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let parent = site.dir.parent().unwrap();
    let mut names: Vec<String> = std::fs::read_dir(parent)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["out", "site"]);
}

#[test]
fn a_slug_that_climbs_out_is_refused_at_its_line() {
    let site = SiteCopy::new("serve");
    set_front_matter(&site, "slug: ../../evil");
    assert_refused(
        &site,
        &["content/articles/ngay-hoi-so.md:5: `slug`: `../../evil` leaves its folder"],
    );
    let site = SiteCopy::new("serve");
    set_front_matter(&site, "slug: /etc/evil");
    assert_refused(
        &site,
        &["content/articles/ngay-hoi-so.md:5: `slug`: `/etc/evil` is an absolute path"],
    );
}

#[test]
fn front_matter_images_outside_static_are_refused_at_their_line() {
    for (image, expected) in [
        (
            "/../../../etc/passwd",
            "`../../../etc/passwd` leaves its folder",
        ),
        (
            "../../../etc/passwd",
            "`../../../etc/passwd` must be a path from the site root",
        ),
        (
            "/etc/passwd",
            "`/etc/passwd` does not exist: expected the file static/etc/passwd",
        ),
    ] {
        let site = SiteCopy::new("serve");
        let text = site.read(ARTICLE);
        site.write(ARTICLE, &text.replace("/images/ngay-hoi.svg", image));
        assert_refused(
            &site,
            &[&format!(
                "content/articles/ngay-hoi-so.md:6: `image`: {expected}"
            )],
        );
    }
}

#[test]
fn markdown_images_that_climb_out_are_refused_at_their_line() {
    let site = SiteCopy::new("serve");
    let text = site.read(ARTICLE);
    for (image, shown) in [
        ("../../../etc/passwd", "../../../etc/passwd"),
        (
            "/images/%2e%2e/%2e%2e/etc/passwd",
            "/images/%2e%2e/%2e%2e/etc/passwd",
        ),
    ] {
        site.write(ARTICLE, &format!("{text}\n![mật khẩu]({image})\n"));
        assert_refused(
            &site,
            &[&format!(
                "content/articles/ngay-hoi-so.md:14: image: `{shown}` leaves the site"
            )],
        );
    }
}

#[test]
fn an_embed_that_names_a_path_is_refused_at_its_line() {
    let site = SiteCopy::new("serve");
    let text = site.read(ARTICLE);
    site.write(
        ARTICLE,
        &format!("{text}\n{{{{ infographic(id=\"../../../etc/passwd\") }}}}\n"),
    );
    assert_refused(
        &site,
        &[
            "content/articles/ngay-hoi-so.md:14: `infographic(id=\"../../../etc/passwd\")`: the id must be the name of a infographic, not a path",
        ],
    );
}

#[test]
fn symbolic_links_out_of_the_site_are_refused() {
    for (link, target, expected) in [
        (
            "static/etc",
            "/etc",
            "static/etc: a symbolic link leads outside the site folder (to /etc)",
        ),
        (
            "content/articles/passwd.md",
            "/etc/passwd",
            "content/articles/passwd.md: a symbolic link leads outside the site folder",
        ),
        (
            "static",
            "/etc",
            "static: a symbolic link leads outside the site folder",
        ),
    ] {
        let site = SiteCopy::new("serve");
        let link = site.path(link);
        if link.is_dir() {
            std::fs::remove_dir_all(&link).unwrap();
        }
        std::os::unix::fs::symlink(target, &link).unwrap();
        assert_refused(&site, &[expected]);
    }
}

#[test]
fn symbolic_links_inside_the_site_are_followed() {
    let site = SiteCopy::new("serve");
    std::os::unix::fs::symlink("images/ngay-hoi.svg", site.path("static/ngay-hoi.svg")).unwrap();
    let run = build(&site);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let out = site.dir.parent().unwrap().join("out");
    assert_eq!(
        std::fs::read(out.join("ngay-hoi.svg")).unwrap(),
        std::fs::read(site.path("static/images/ngay-hoi.svg")).unwrap()
    );
}

#[test]
fn a_theme_name_that_climbs_out_is_refused_at_its_line() {
    let site = SiteCopy::new("serve");
    let config = site.read("loa.yaml");
    site.write("loa.yaml", &format!("{config}theme: ../../etc\n"));
    let line = config.lines().count() + 1;
    assert_refused(
        &site,
        &[&format!(
            "loa.yaml:{line}: `theme`: `../../etc` leaves its folder"
        )],
    );
}

#[test]
fn the_output_folder_never_replaces_the_site() {
    let site = SiteCopy::new("serve");
    std::fs::create_dir_all(site.path("../documents")).unwrap();
    site.write("../documents/notes.txt", "not a site");
    for output in [".", "..", "content/public", "public/..", "../documents"] {
        let before = tree(&site.dir);
        let run = site.loa(&["build", ".", "--output", output]);
        assert_eq!(run.code, Some(1), "{output}: {}", run.stderr);
        assert!(run.stderr.contains("the output folder"), "{}", run.stderr);
        assert_eq!(tree(&site.dir), before, "{output}");
    }
    assert_eq!(site.read("../documents/notes.txt"), "not a site");
}

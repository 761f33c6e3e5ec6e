//! `loa check`: a fixture site with each kind of problem, reported with file and line, and the
//! exit code with and without `--deny-warnings`.

use crate::support::SiteCopy;

const ARTICLE: &str = "content/articles/huong-dan.md";

#[test]
fn every_kind_of_problem_is_reported_with_file_and_line() {
    let site = SiteCopy::new("check");
    // A page over the 50 KB article budget.
    let appendix = site.read("content/articles/phu-luc.md");
    let heavy = "Một đoạn văn dài về thủ tục hành chính trực tuyến.\n\n".repeat(1200);
    site.write("content/articles/phu-luc.md", &(appendix + &heavy));

    let run = site.loa(&["check", "."]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let expected = [
        "error: content/articles/huong-dan.md:12: the link `@/articles/phu-luc#khong-co` points at `#khong-co`, which is no heading of `articles/phu-luc` as read in vi, en",
        "error: content/articles/huong-dan.md:12: the link `#khong-co-o-day` points at no heading of this text",
        "error: content/articles/huong-dan.md:13: the link `/khong-co/` leads to no page or file of the site",
        "error: content/articles/huong-dan.md:15: the image `/images/khong-co.svg` does not exist: expected the file static/images/khong-co.svg",
        "warning: content/articles/huong-dan.md:17: the image `/images/so-do.svg` has no alt text",
        "warning: i18n/en.ftl: 1 UI message missing in en, shown in Tiếng Việt; see loa translations",
        // Budgets are `loa build`'s: each page over budget, in every language.
        "warning: articles/phu-luc/index.html: the page weighs ",
        "warning: en/articles/phu-luc/index.html: the page weighs ",
        "over the 50.0 KB budget of `article` pages (`budgets:` in loa.yaml)",
        "checked .: 4 error(s), 4 warning(s)",
    ];
    for line in expected {
        assert!(
            run.stderr.contains(line),
            "missing `{line}` in:\n{}",
            run.stderr
        );
    }
    // Links and images that are fine are not reported.
    for fine in [
        "#buoc-2",
        "#muc-1",
        "`/tags/`",
        "line 19",
        "huong-dan.md:19",
    ] {
        assert!(
            !run.stderr.contains(fine),
            "`{fine}` reported in:\n{}",
            run.stderr
        );
    }
    // Nothing is written.
    assert!(!site.path("public").exists());
}

#[test]
fn check_warns_of_pages_over_their_budget_and_refuses_an_unknown_budget_kind() {
    let site = SiteCopy::new("check");
    let config = site.read("loa.yaml");
    site.write("loa.yaml", &format!("{config}budgets:\n  article: 2\n"));
    let run = site.loa(&["check", "."]);
    for page in [
        "articles/huong-dan/index.html",
        "en/articles/huong-dan/index.html",
    ] {
        assert!(
            run.stderr
                .contains(&format!("warning: {page}: the page weighs"))
                && run
                    .stderr
                    .contains("over the 2.0 KB budget of `article` pages"),
            "{}",
            run.stderr
        );
    }
    // Other kinds keep their default budget.
    assert!(!run.stderr.contains("budget of `home`"), "{}", run.stderr);
    site.write("loa.yaml", &format!("{config}budgets:\n  articel: 2\n"));
    let typo = site.loa(&["check", "."]);
    assert_eq!(typo.code, Some(1), "{}", typo.stderr);
    assert!(
        typo.stderr.contains(
            "`budgets` names `articel`, which is not a page kind; did you mean `article`?"
        ),
        "{}",
        typo.stderr
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let site = SiteCopy::new("check");
    let text = site.read(ARTICLE);
    let only_warnings: String = text
        .lines()
        .filter(|line| !line.contains("hỏng") && !line.contains("trang không có"))
        .filter(|line| !line.contains("khong-co"))
        .map(|line| format!("{line}\n"))
        .collect();
    site.write(ARTICLE, &only_warnings);
    let lenient = site.loa(&["check", "."]);
    assert_eq!(lenient.code, Some(0), "{}", lenient.stderr);
    assert!(
        lenient.stderr.contains("0 error(s), 2 warning(s)"),
        "{}",
        lenient.stderr
    );
    let strict = site.loa(&["check", ".", "--deny-warnings"]);
    assert_eq!(strict.code, Some(1), "{}", strict.stderr);
}

#[test]
fn unknown_front_matter_keys_are_errors_with_their_line() {
    let site = SiteCopy::new("check");
    let text = site.read(ARTICLE).replace("tags:", "tagz:");
    site.write(ARTICLE, &text);
    let run = site.loa(&["check", "."]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains(
            "error: content/articles/huong-dan.md:5:1: unknown key `tagz`; did you mean `tags`?"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn check_reports_broken_links_and_images_and_missing_alt_text_in_lessons() {
    let site = SiteCopy::new("check");
    site.declare_a_course_and_an_audience();
    site.write(
        "content/lessons/nop-truc-tuyen.md",
        "---\ntitle: \"Nộp trực tuyến\"\ncourse: co-ban\norder: 1\naudience: [moi-nguoi]\nduration: 5\nlevel: beginner\n---\n\nĐọc [bước đăng nhập](#dang-nhap) trước.\n\n## Đăng nhập {#dang-nhap}\n\n![](/images/so-do.svg)\n\n## Gửi hồ sơ\n\nQuay lại [bước này](#step-2), [bước 9](#step-9).\n\n### Lưu ý\n\n![Màn hình](/images/khong-co.png)\n",
    );
    let article = site.read(ARTICLE);
    site.write(
        ARTICLE,
        &format!(
            "{article}\nBài học: [bước 2](@/lessons/nop-truc-tuyen#step-2), [lưu ý](@/lessons/nop-truc-tuyen#luu-y), [không có](@/lessons/nop-truc-tuyen#buoc-5).\n"
        ),
    );
    let run = site.loa(&["check", "."]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for line in [
        "warning: content/lessons/nop-truc-tuyen.md:14: the image `/images/so-do.svg` has no alt text",
        "error: content/lessons/nop-truc-tuyen.md:18: the link `#step-9` points at no heading of this text",
        "error: content/lessons/nop-truc-tuyen.md:22: the image `/images/khong-co.png` does not exist",
        "error: content/articles/huong-dan.md:21: the link `@/lessons/nop-truc-tuyen#buoc-5` points at `#buoc-5`, which is no heading of `lessons/nop-truc-tuyen` as read in vi, en",
    ] {
        assert!(
            run.stderr.contains(line),
            "missing `{line}` in:\n{}",
            run.stderr
        );
    }
    // Step anchors, their own ids and the headings inside steps are anchors of the page.
    for fine in ["#dang-nhap", "#step-2", "#luu-y"] {
        assert!(
            !run.stderr.contains(fine),
            "`{fine}` reported in:\n{}",
            run.stderr
        );
    }
}

/// `loa check` renders every page in memory, share cards included, and writes nothing: not
/// the output, not the share-card cache that `loa build` fills.
#[test]
fn check_writes_nothing_where_build_fills_the_share_card_cache() {
    use crate::support::{assert_same_tree, copy_tree, fixture_path, loa_in, tree};
    let temp = tempfile::tempdir().unwrap();
    let site = temp.path().join("site");
    copy_tree(&fixture_path("pagination").join("five-articles"), &site);
    let before = tree(&site);
    let run = loa_in(&site, ["check", "."]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_same_tree(&before, &tree(&site));

    let out = temp.path().join("public");
    let run = loa_in(
        &site,
        [
            "build".as_ref(),
            ".".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let cached = tree(&site.join(".loa-cache/share"));
    assert!(
        !cached.is_empty() && cached.keys().all(|name| name.ends_with(".png")),
        "loa build keeps the PNG share cards it drew: {:?}",
        cached.keys()
    );
}

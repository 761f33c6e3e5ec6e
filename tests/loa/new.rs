//! `loa new`: files named from their titles, with front matter that loads, translations that
//! record what they were made from, and no file ever overwritten.

use crate::support::SiteCopy;

#[test]
fn a_new_article_is_named_from_its_title_and_builds() {
    let site = SiteCopy::new("translations");
    let run = site.loa(&["new", "article", "Tin mới: Xã Điện Khánh ra quân!"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let path = "content/articles/tin-moi-xa-dien-khanh-ra-quan.md";
    assert!(run.stderr.contains(path), "{}", run.stderr);
    let text = site.read(path);
    assert!(text.starts_with("---\ntitle: \"Tin mới: Xã Điện Khánh ra quân!\"\ndate: "));
    assert!(text.contains("\ncolumn: tin-tuc\n"), "{text}");
    assert!(text.contains("\ndraft: true\n"), "{text}");

    // A draft: left out of the site until published, and built with --drafts.
    let build = site.loa(&["build", ".", "--drafts", "--output", "public"]);
    assert_eq!(build.code, Some(0), "{}", build.stderr);
    assert!(
        site.path("public/articles/tin-moi-xa-dien-khanh-ra-quan/index.html")
            .is_file()
    );

    let again = site.loa(&["new", "article", "Tin mới: xã Điện Khánh ra quân"]);
    assert_eq!(again.code, Some(1));
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
}

#[test]
fn a_translation_records_the_original_it_was_made_from() {
    let site = SiteCopy::new("translations");
    let run = site.loa(&[
        "new",
        "article",
        "QR corner at the cultural house",
        "--lang",
        "en",
        "--translate-from",
        "goc-qr",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let path = "content/articles/goc-qr.en.md";
    let text = site.read(path);
    assert!(
        text.starts_with("---\ntitle: \"QR corner at the cultural house\"\n"),
        "{text}"
    );
    assert!(
        text.contains("\ntranslated_from: a90597c09ce6\ndraft: true\n---\n"),
        "{text}"
    );
    assert!(
        text.contains("Quét mã QR"),
        "the original's text is there to translate"
    );

    // Published (no longer a draft), it counts as translated; an edit of the original makes it
    // stale.
    site.write(path, &text.replace("draft: true\n", ""));
    let status = |site: &SiteCopy| {
        let run = site.loa(&["translations", ".", "--format", "json"]);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
        report["pages"][1]["languages"]["en"]["status"].clone()
    };
    assert_eq!(status(&site), "translated");
    let original = site.read("content/articles/goc-qr.md");
    site.write(
        "content/articles/goc-qr.md",
        &original.replace("giấy tờ gì", "giấy tờ nào"),
    );
    assert_eq!(status(&site), "stale");
}

#[test]
fn new_refuses_an_unknown_original_a_missing_language_or_a_title_without_letters() {
    let site = SiteCopy::new("translations");
    let unknown = site.loa(&[
        "new",
        "article",
        "X",
        "--lang",
        "en",
        "--translate-from",
        "goc",
    ]);
    assert_eq!(unknown.code, Some(1));
    assert!(
        unknown.stderr.contains("there is no article `goc`"),
        "{}",
        unknown.stderr
    );
    let original_elsewhere = site.loa(&["new", "article", "X", "--lang", "km"]);
    assert_eq!(original_elsewhere.code, Some(1));
    assert!(original_elsewhere.stderr.contains("--translate-from"));
    let no_lang = site.loa(&["new", "article", "X", "--translate-from", "goc-qr"]);
    assert_eq!(no_lang.code, Some(2), "clap asks for --lang");
    let no_letters = site.loa(&["new", "article", "!!!"]);
    assert_eq!(no_letters.code, Some(1));
    assert!(no_letters.stderr.contains("no letters or digits"));
    assert!(!site.path("content/articles/x.km.md").exists());
}

#[test]
fn lessons_and_procedures_get_their_keys() {
    let site = SiteCopy::new("translations");
    let lesson = site.loa(&["new", "lesson", "Bài 1: Cài đặt VNeID"]);
    assert_eq!(lesson.code, Some(0), "{}", lesson.stderr);
    let text = site.read("content/lessons/bai-1-cai-dat-vneid.md");
    for key in [
        "title", "course", "order", "audience", "duration", "level", "summary",
    ] {
        assert!(text.contains(&format!("\n{key}: ")), "{key} in {text}");
    }
    // On a site with courses: a lesson of the first course, after its last one, that builds.
    let site_with_courses = SiteCopy::new("serve");
    let lesson = site_with_courses.loa(&["new", "lesson", "Nhận tiền qua mã QR"]);
    assert_eq!(lesson.code, Some(0), "{}", lesson.stderr);
    let text = site_with_courses.read("content/lessons/nhan-tien-qua-ma-qr.md");
    assert!(
        text.starts_with(
            "---\ntitle: \"Nhận tiền qua mã QR\"\ncourse: co-ban\norder: 2\naudience: [nguoi-cao-tuoi]\n"
        ),
        "{text}"
    );
    let check = site_with_courses.loa(&["check", "."]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);

    let procedure = site.loa(&["new", "procedure", "Đăng ký thường trú"]);
    assert_eq!(procedure.code, Some(0), "{}", procedure.stderr);
    let text = site.read("content/procedures/dang-ky-thuong-tru.yaml");
    assert!(text.starts_with("code: dang-ky-thuong-tru\nname: \"Đăng ký thường trú\"\n"));
    for key in [
        "field",
        "agency",
        "who",
        "documents",
        "steps",
        "processing_time",
        "fee",
        "legal_basis",
    ] {
        assert!(text.contains(&format!("\n{key}: ")), "{key} in {text}");
    }
}

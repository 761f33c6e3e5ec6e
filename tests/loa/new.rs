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

/// The demo's MP3 (six seconds of tone) copied to `static/<site_path>` of `site`.
fn add_recording(site: &SiteCopy, site_path: &str) {
    let to = site.path(&format!("static{site_path}"));
    std::fs::create_dir_all(to.parent().expect("a parent")).expect("a folder");
    std::fs::copy(
        crate::support::repo_root().join("static/media/bdhvs-tap-1.mp3"),
        to,
    )
    .expect("a copied recording");
}

#[test]
fn a_new_segment_has_a_media_item_and_a_transcript_stub_and_builds_once_its_recording_is_there() {
    let site = SiteCopy::new("serve");
    let title = "Bản tin phát thanh xã Điện Khánh, số 1 tháng mười một năm nay";
    let run = site.loa(&["new", "segment", title, "--column", "tin-tuc"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let slug = "ban-tin-phat-thanh-xa-dien-khanh-so-1-thang-muoi-mot-nam-nay";
    let path = format!("content/articles/{slug}.md");
    let vtt = format!("static/media/{slug}.vtt");
    assert!(run.stderr.contains(&path), "{}", run.stderr);
    assert!(run.stderr.contains(&vtt), "{}", run.stderr);
    let text = site.read(&path);
    assert!(
        text.contains(&format!(
            "media:\n  - file: /media/{slug}.mp3\n    title: \"{title}\"\n    transcript: /media/{slug}.vtt\n"
        )),
        "{text}"
    );
    assert!(text.contains("\ncolumn: tin-tuc\n"), "{text}");
    // The stub: the title as one cue, in lines of at most 42 characters.
    let stub = site.read(&vtt);
    assert!(
        stub.starts_with("WEBVTT\n\n00:00.000 --> 00:05.000\n"),
        "{stub}"
    );
    assert!(
        stub.lines().all(|line| line.chars().count() <= 42),
        "{stub}"
    );

    // Without its recording the build names the file to add, at the line of `file:`.
    let build = site.loa(&["build", ".", "--drafts", "--output", "public"]);
    assert_eq!(build.code, Some(1), "{}", build.stderr);
    assert!(
        build.stderr.contains(&format!(
            "{path}:8: `media` item, `file`: `/media/{slug}.mp3` does not exist: expected the file static/media/{slug}.mp3"
        )),
        "{}",
        build.stderr
    );
    add_recording(&site, &format!("/media/{slug}.mp3"));
    let build = site.loa(&["build", ".", "--drafts", "--output", "public"]);
    assert_eq!(build.code, Some(0), "{}", build.stderr);
    let page = std::fs::read_to_string(site.path(&format!("public/articles/{slug}/index.html")))
        .expect("the segment page");
    assert!(
        page.contains(&format!(
            "<source src=\"/media/{slug}.mp3\" type=\"audio/mpeg\">"
        )),
        "{page}"
    );
    assert!(site.path(&format!("public/media/{slug}.srt")).is_file());
}

#[test]
fn a_segment_translation_gets_a_transcript_of_its_language_and_its_own_recording_if_given() {
    let site = SiteCopy::new("serve");
    let run = site.loa(&[
        "new",
        "segment",
        "Bản tin số 2",
        "--media",
        "/media/so-2.mp3",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(site.path("static/media/so-2.vtt").is_file());
    add_recording(&site, "/media/so-2.mp3");
    let run = site.loa(&[
        "new",
        "segment",
        "Bulletin no. 2",
        "--lang",
        "en",
        "--translate-from",
        "ban-tin-so-2",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = site.read("content/articles/ban-tin-so-2.en.md");
    assert!(
        text.contains(
            "media:\n  - title: \"Bulletin no. 2\"\n    transcript: /media/so-2.en.vtt\n"
        ),
        "{text}"
    );
    assert!(text.contains("\ntranslated_from: "), "{text}");
    assert!(site.path("static/media/so-2.en.vtt").is_file());
    let build = site.loa(&["build", ".", "--drafts", "--output", "public"]);
    assert_eq!(build.code, Some(0), "{}", build.stderr);
    let english = std::fs::read_to_string(site.path("public/en/articles/ban-tin-so-2/index.html"))
        .expect("the English page");
    assert!(english.contains("/media/so-2.en.vtt"), "{english}");
}

#[test]
fn a_new_segment_refuses_an_unknown_column_and_a_media_path_that_is_not_a_recording() {
    let site = SiteCopy::new("serve");
    let run = site.loa(&["new", "segment", "X", "--column", "tin"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("`--column tin` is not in `columns` of loa.yaml; did you mean `tin-tuc`?"),
        "{}",
        run.stderr
    );
    for media in ["media/x.mp3", "/media/x.wav", "https://example.vn/x.mp3"] {
        let run = site.loa(&["new", "segment", "X", "--media", media]);
        assert_eq!(run.code, Some(1), "{media}");
        assert!(
            run.stderr.contains(&format!("`--media {media}`")),
            "{}",
            run.stderr
        );
    }
    let run = site.loa(&["new", "article", "X", "--media", "/media/x.mp3"]);
    assert_eq!(run.code, Some(1));
    assert!(
        !site.path("content/articles/x.md").exists(),
        "nothing is written"
    );
}

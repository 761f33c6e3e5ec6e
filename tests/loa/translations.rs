//! `loa translations`: translated, missing and stale pages in three languages, the JSON report
//! field by field, the coverage threshold, and the stale notice on the published page; lessons
//! and infographics beside articles.

use crate::support::SiteCopy;
use serde_json::Value;

fn report(site: &SiteCopy) -> Value {
    let run = site.loa(&["translations", ".", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON on standard output")
}

fn status<'a>(report: &'a Value, slug: &str, lang: &str) -> &'a Value {
    let page = report["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .find(|page| page["slug"] == slug)
        .unwrap_or_else(|| panic!("no page {slug}"));
    &page["languages"][lang]
}

#[test]
fn json_reports_each_page_and_language() {
    let site = SiteCopy::new("translations");
    let report = report(&site);
    assert_eq!(report["default_language"], "vi");

    let pages = report["pages"].as_array().expect("pages");
    let slugs: Vec<&str> = pages.iter().map(|p| p["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, ["cai-vneid", "goc-qr", "nop-ho-so"]);
    let vneid = &pages[0];
    assert_eq!(vneid["kind"], "articles");
    assert_eq!(vneid["original"], "content/articles/cai-vneid.md");
    assert_eq!(vneid["fingerprint"], "12ca477794cf");
    assert!(
        vneid["languages"].get("vi").is_none(),
        "the original's language is not listed"
    );

    let en = status(&report, "cai-vneid", "en");
    assert_eq!(en["status"], "translated");
    assert_eq!(en["path"], "content/articles/cai-vneid.en.md");
    assert_eq!(en["translated_from"], "12ca477794cf");
    let km = status(&report, "cai-vneid", "km");
    assert_eq!(km["status"], "stale");
    assert_eq!(km["translated_from"], "0a1b2c3d4e5f");

    assert_eq!(status(&report, "goc-qr", "en")["status"], "missing");
    assert_eq!(status(&report, "goc-qr", "en")["path"], Value::Null);
    assert_eq!(status(&report, "goc-qr", "km")["status"], "translated");
    // A translation that records nothing is taken as up to date.
    let legacy = status(&report, "nop-ho-so", "en");
    assert_eq!(legacy["status"], "translated");
    assert_eq!(legacy["translated_from"], Value::Null);
    assert_eq!(status(&report, "nop-ho-so", "km")["status"], "missing");

    let summary = |rows: &str, lang: &str| {
        report[rows]
            .as_array()
            .expect("summary rows")
            .iter()
            .find(|row| row["language"] == lang)
            .cloned()
            .unwrap_or_else(|| panic!("no {rows} row for {lang}"))
    };
    let en = summary("languages", "en");
    assert_eq!(en["kind"], "all");
    assert_eq!(
        (
            &en["pages"],
            &en["translated"],
            &en["stale"],
            &en["missing"]
        ),
        (&3.into(), &2.into(), &0.into(), &1.into())
    );
    assert_eq!(en["coverage"], 66.7);
    let km = summary("kinds", "km");
    assert_eq!(km["kind"], "articles");
    assert_eq!(
        (
            &km["pages"],
            &km["translated"],
            &km["stale"],
            &km["missing"]
        ),
        (&3.into(), &1.into(), &1.into(), &1.into())
    );
    assert_eq!(km["coverage"], 33.3);
    assert!(report["languages"].as_array().unwrap().len() == 2);
}

#[test]
fn min_coverage_fails_below_the_threshold() {
    let site = SiteCopy::new("translations");
    let passing = site.loa(&["translations", ".", "--min-coverage", "30"]);
    assert_eq!(passing.code, Some(0), "{}", passing.stderr);
    let failing = site.loa(&["translations", ".", "--min-coverage", "50%"]);
    assert_eq!(failing.code, Some(1));
    assert!(
        failing.stderr.contains("km has 33.3%"),
        "{}",
        failing.stderr
    );
    assert!(!failing.stderr.contains("en has"), "{}", failing.stderr);
    let invalid = site.loa(&["translations", ".", "--min-coverage", "120"]);
    assert_eq!(invalid.code, Some(2));
}

#[test]
fn only_body_edits_of_the_original_make_translations_stale() {
    let site = SiteCopy::new("translations");
    let original = "content/articles/cai-vneid.md";
    let text = site.read(original);
    // Re-wrapped lines, extra blank lines and a new front-matter key: still up to date.
    let reflowed = text
        .replace(
            "title: \"Hướng dẫn cài VNeID\"",
            "title: \"Cài VNeID\"\nsummary: \"Mới\"",
        )
        .replace("Tải ứng dụng VNeID từ", "Tải ứng dụng VNeID\n   từ")
        .replace("## Bước 2", "\n\n## Bước 2");
    site.write(original, &reflowed);
    assert_eq!(
        status(&report(&site), "cai-vneid", "en")["status"],
        "translated"
    );

    site.write(original, &reflowed.replace("số định danh", "mã định danh"));
    let report = report(&site);
    assert_eq!(status(&report, "cai-vneid", "en")["status"], "stale");
    assert_ne!(report["pages"][0]["fingerprint"], "12ca477794cf");
}

#[test]
fn a_stale_translation_says_so_on_the_published_page() {
    let site = SiteCopy::new("translations");
    let run = site.loa(&["build", ".", "--output", "public"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let stale = site.read("public/km/articles/cai-vneid/index.html");
    assert!(stale.contains("notice-stale"), "{stale}");
    assert!(stale.contains("អត្ថបទដើមត្រូវបានធ្វើបច្ចុប្បន្នភាព"), "{stale}");
    assert!(stale.contains("<a href=\"/articles/cai-vneid/\" hreflang=\"vi\">"));
    for fresh in [
        "public/en/articles/cai-vneid/index.html",
        "public/articles/cai-vneid/index.html",
        "public/km/articles/goc-qr/index.html",
    ] {
        assert!(!site.read(fresh).contains("notice-stale"), "{fresh}");
    }
}

#[test]
fn translations_reports_as_an_html_page_and_as_a_table_with_coverage() {
    let site = SiteCopy::new("translations");
    let html = site.loa(&["translations", ".", "--format", "html"]);
    assert_eq!(html.code, Some(0), "{}", html.stderr);
    assert!(html.stdout.starts_with("<!DOCTYPE html>"));
    assert!(
        html.stdout
            .contains("<h1>Tình trạng bản dịch · Trang thử bản dịch</h1>")
    );
    assert!(html.stdout.contains("<td class=\"stale\""));
    let table = site.loa(&["translations", "."]);
    assert!(
        table
            .stdout
            .contains("articles/cai-vneid  en: translated, km: stale")
    );
    assert!(table.stdout.contains("33.3%"), "{}", table.stdout);
}

/// The translations fixture with a course, a lesson translated into English and an infographic
/// translated into Khmer, both translations recording the original they were made from.
fn with_lesson_and_infographic() -> SiteCopy {
    let site = SiteCopy::new("translations");
    site.declare_a_course_and_an_audience();
    site.write(
        "content/lessons/quet-ma.md",
        "---\ntitle: \"Quét mã\"\ncourse: co-ban\norder: 1\naudience: [moi-nguoi]\nduration: 5\nlevel: beginner\n---\n\nMở đầu.\n\n## Mở ứng dụng\n\nBấm vào biểu tượng.\n",
    );
    site.write(
        "content/infographics/so-lieu.yaml",
        "title: \"Số liệu\"\nsource:\n  name: \"Sở\"\ndate: 2025-10-01\nchart: figures\nfigures:\n  - label: \"Người dùng\"\n    value: 1500\n",
    );
    let fingerprints = report(&site);
    let fingerprint = |slug: &str| {
        fingerprints["pages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|page| page["slug"] == slug)
            .unwrap_or_else(|| panic!("no page {slug}"))["fingerprint"]
            .as_str()
            .unwrap()
            .to_string()
    };
    site.write(
        "content/lessons/quet-ma.en.md",
        &format!(
            "---\ntitle: \"Scan a code\"\ntranslated_from: {}\n---\n\nFirst.\n\n## Open the app\n\nTap the icon.\n",
            fingerprint("quet-ma")
        ),
    );
    site.write(
        "content/infographics/so-lieu.km.yaml",
        &format!(
            "title: \"តួលេខ\"\ntranslated_from: {}\nfigures:\n  - label: \"អ្នកប្រើ\"\n",
            fingerprint("so-lieu")
        ),
    );
    site
}

#[test]
fn lessons_and_infographics_are_reported_too() {
    let site = with_lesson_and_infographic();
    let report = report(&site);
    let kinds: Vec<(&str, &str)> = report["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|page| {
            (
                page["kind"].as_str().unwrap(),
                page["slug"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("articles", "cai-vneid"),
            ("articles", "goc-qr"),
            ("articles", "nop-ho-so"),
            ("infographics", "so-lieu"),
            ("lessons", "quet-ma"),
        ]
    );
    assert_eq!(status(&report, "quet-ma", "en")["status"], "translated");
    assert_eq!(
        status(&report, "quet-ma", "en")["path"],
        "content/lessons/quet-ma.en.md"
    );
    assert_eq!(status(&report, "quet-ma", "km")["status"], "missing");
    assert_eq!(status(&report, "so-lieu", "km")["status"], "translated");
    assert_eq!(status(&report, "so-lieu", "en")["status"], "missing");
    let table = site.loa(&["translations", "."]);
    for row in ["lessons      en", "infographics km", "all          km"] {
        assert!(table.stdout.contains(row), "{row} in {}", table.stdout);
    }
    // The translations, with their `translated_from`, build.
    let build = site.loa(&["build", ".", "--output", "public"]);
    assert_eq!(build.code, Some(0), "{}", build.stderr);
}

#[test]
fn lesson_and_infographic_translations_go_stale_when_their_words_change() {
    let site = with_lesson_and_infographic();
    let lesson = "content/lessons/quet-ma.md";
    site.write(lesson, &site.read(lesson).replace("biểu tượng", "nút"));
    // An infographic's values are the original's alone: a new value leaves translations as they were.
    let chart = "content/infographics/so-lieu.yaml";
    site.write(chart, &site.read(chart).replace("1500", "1600"));
    let report = self::report(&site);
    assert_eq!(status(&report, "quet-ma", "en")["status"], "stale");
    assert_eq!(status(&report, "so-lieu", "km")["status"], "translated");
    // New words are to translate.
    site.write(
        chart,
        &site.read(chart).replace("Người dùng", "Người dùng mới"),
    );
    let report = self::report(&site);
    assert_eq!(status(&report, "so-lieu", "km")["status"], "stale");

    // The published pages say so, in the reader's language, with a link to the original.
    let build = site.loa(&["build", ".", "--output", "public"]);
    assert_eq!(build.code, Some(0), "{}", build.stderr);
    let lesson = site.read("public/en/lessons/quet-ma/index.html");
    assert!(lesson.contains("notice-stale"), "{lesson}");
    assert!(lesson.contains("The original of this page was updated"));
    assert!(lesson.contains("<a href=\"/lessons/quet-ma/\" hreflang=\"vi\">"));
    let chart = site.read("public/km/infographics/so-lieu/index.html");
    assert!(chart.contains("notice-stale"), "{chart}");
    assert!(chart.contains("<a href=\"/infographics/so-lieu/\" hreflang=\"vi\">"));
    for fresh in [
        "public/lessons/quet-ma/index.html",
        "public/km/lessons/quet-ma/index.html",
        "public/infographics/so-lieu/index.html",
        "public/en/infographics/so-lieu/index.html",
    ] {
        assert!(!site.read(fresh).contains("notice-stale"), "{fresh}");
    }
}

/// The demo's segments: Tày has its own recording and transcript of the bulletin, English its
/// own captions of the video (the second item, the loudspeaker reminder, it hears from Vietnamese).
#[test]
fn the_report_lists_per_language_the_segments_without_their_own_recording_or_transcript() {
    let (_temp, dir) = crate::support::demo_site();
    let run = crate::support::loa()
        .args(["translations", ".", "--format", "json"])
        .current_dir(&dir)
        .output()
        .expect("loa runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let report: Value = serde_json::from_slice(&run.stdout).expect("JSON");
    let gaps = |lang: &str, field: &str| -> Vec<String> {
        let language = (report["segments"].as_array().expect("segments").iter())
            .find(|gaps| gaps["language"] == lang)
            .unwrap_or_else(|| panic!("no segments of {lang}"));
        serde_json::from_value(language[field].clone()).expect("slugs")
    };
    let bulletin = "ban-tin-binh-dan-hoc-vu-so-so-1";
    let podcast = "chuyen-doi-so-trong-tam-tay-tap-1";
    let video = "huong-dan-vneid-muc-2-bang-video";
    assert_eq!(gaps("tyz", "without_recording"), [podcast, video]);
    assert_eq!(gaps("tyz", "without_transcript"), [podcast, video]);
    assert_eq!(gaps("en", "without_recording"), [bulletin, podcast, video]);
    assert_eq!(gaps("en", "without_transcript"), [bulletin, podcast, video]);
    assert_eq!(gaps("km", "without_transcript"), [bulletin, podcast, video]);
    let table = crate::support::loa()
        .args(["translations", "."])
        .current_dir(&dir)
        .output()
        .expect("loa runs");
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(
        table.contains(&format!("tyz no recording (2): {podcast}, {video}\n")),
        "{table}"
    );
    let html = crate::support::loa()
        .args(["translations", ".", "--format", "html"])
        .current_dir(&dir)
        .output()
        .expect("loa runs");
    let html = String::from_utf8_lossy(&html.stdout);
    assert!(
        html.contains(
            "<h2>Chương trình phát thanh, truyền hình chưa có bản ghi hoặc lời thoại riêng</h2>"
        ),
        "{html}"
    );
    assert!(
        html.contains(&format!("<tr><td lang=\"tyz\">tyz</td><td class=\"missing\"><code>{podcast}</code><br><code>{video}</code></td>")),
        "{html}"
    );
}

#[test]
fn a_site_without_segments_reports_none() {
    let site = SiteCopy::new("translations");
    assert_eq!(report(&site)["segments"], serde_json::json!([]));
}

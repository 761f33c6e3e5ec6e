//! Broadcast segments (articles with `media:`): the player on the article page in every
//! language, measured from the real files, and the fallback of a language without its own
//! recording. Bad media files are in `errors.rs`.

use crate::support::{Output, shared_demo};

const AUDIO_PAGE: &str = "articles/ban-tin-binh-dan-hoc-vu-so-so-1/index.html";
const VIDEO_PAGE: &str = "articles/huong-dan-vneid-muc-2-bang-video/index.html";

fn demo() -> &'static Output {
    shared_demo()
}

fn size_on_disk(site_path: &str) -> u64 {
    let path = crate::support::repo_root()
        .join("static")
        .join(site_path.trim_start_matches('/'));
    std::fs::metadata(&path)
        .unwrap_or_else(|e| panic!("{path:?}: {e}"))
        .len()
}

#[test]
fn a_segment_page_has_a_native_player_that_downloads_nothing_before_play() {
    let page = demo().page(AUDIO_PAGE);
    let audio = page.one("figure.segment audio");
    assert_eq!(audio.value().attr("preload"), Some("none"));
    assert!(audio.value().attr("controls").is_some());
    assert_eq!(
        page.attr("figure.segment audio source", "src"),
        "/media/bdhvs-tap-1.mp3"
    );
    assert_eq!(
        page.attr("figure.segment audio source", "type"),
        "audio/mpeg"
    );
    // (Text is read with its whitespace folded: the space before the unit is a no-break space.)
    // Six seconds, 24,381 bytes: read from the file, written as Vietnamese writes them.
    assert_eq!(size_on_disk("/media/bdhvs-tap-1.mp3"), 24_381);
    assert_eq!(
        page.text("figure.segment figcaption .meta"),
        "6 giây · 25 KB"
    );
    let download = page.one("figure.segment .segment-download a");
    assert_eq!(
        download.value().attr("href"),
        Some("/media/bdhvs-tap-1.mp3")
    );
    assert!(download.value().attr("download").is_some());
    assert_eq!(
        page.text("figure.segment .segment-download a"),
        "Tải về (MP3, 25 KB)"
    );
}

#[test]
fn each_language_gets_its_own_recording_or_the_fallback_with_a_notice() {
    // Tày has its own recording and transcript.
    let tyz = demo().page(&format!("tyz/{AUDIO_PAGE}"));
    assert_eq!(
        tyz.attr("figure.segment audio source", "src"),
        "/media/bdhvs-tap-1.tyz.mp3"
    );
    assert!(!tyz.has("figure.segment .notice"));
    assert!(
        !tyz.has("figure.segment[lang]"),
        "the recording is in the page's language"
    );
    // The English text of the video segment has no recording of its own: the Vietnamese one
    // plays, marked as Vietnamese, with a notice in English.
    let en = demo().page(&format!("en/{VIDEO_PAGE}"));
    let figures = en.all("figure.segment");
    assert_eq!(figures.len(), 2);
    assert_eq!(en.attrs("figure.segment", "lang"), ["vi", "vi"]);
    assert_eq!(en.attrs("figure.segment figcaption", "lang"), ["en", "en"]);
    assert_eq!(
        en.attrs("figure.segment .segment-title", "lang"),
        ["vi", "vi"]
    );
    let notices = en.all("figure.segment .notice");
    assert_eq!(notices.len(), 2);
    let notice = crate::support::squash(&notices[0].text().collect::<String>());
    assert!(notice.contains("not yet available in English"), "{notice}");
    assert!(notice.contains("Tiếng Việt"), "{notice}");
    assert_eq!(
        en.text("figure.segment-video figcaption .meta"),
        "4 seconds · 20 KB"
    );
    assert_eq!(
        en.attrs("figure.segment video source", "type"),
        ["video/mp4"]
    );
    assert_eq!(
        en.attrs("figure.segment audio source", "type"),
        ["audio/ogg"]
    );
}

#[test]
fn an_untranslated_segment_says_so_once() {
    // Hmong has no text of this article: the article's own notice covers the recordings too.
    let hmn = demo().page(&format!("hmn/{AUDIO_PAGE}"));
    assert!(hmn.has("article > .notice"));
    assert!(!hmn.has("figure.segment .notice"));
    assert_eq!(hmn.attr("figure.segment", "lang"), "vi");
    assert_eq!(hmn.attr("figure.segment figcaption", "lang"), "hmn");
}

#[test]
fn a_video_carries_a_captions_track_per_language_the_readers_first() {
    let en = demo().page(&format!("en/{VIDEO_PAGE}"));
    let tracks: Vec<(String, String, String, bool)> = en
        .all("video track")
        .iter()
        .map(|track| {
            let attr = |name| track.value().attr(name).unwrap_or_default().to_string();
            (
                attr("kind"),
                attr("srclang"),
                attr("label"),
                track.value().attr("default").is_some(),
            )
        })
        .collect();
    assert_eq!(
        tracks,
        [
            ("captions".into(), "en".into(), "English".into(), true),
            ("captions".into(), "vi".into(), "Tiếng Việt".into(), false),
        ]
    );
    let vi = demo().page(VIDEO_PAGE);
    assert_eq!(vi.attrs("video track[default]", "srclang"), ["vi"]);
    assert!(!vi.has("audio track"), "captions tracks are for video");
}

#[test]
fn the_transcript_is_on_the_page_with_its_times_and_language() {
    let tyz = demo().page(&format!("tyz/{AUDIO_PAGE}"));
    assert_eq!(tyz.attr("details.transcript ol", "lang"), "tyz");
    let times = tyz.attrs("details.transcript time", "datetime");
    assert_eq!(times, ["PT0S", "PT2S"]);
    let first = crate::support::squash(
        &tyz.all("details.transcript li")[0]
            .text()
            .collect::<String>(),
    );
    assert_eq!(
        first,
        "0:00 Pỉ noọng ơi, nẩy lẻ bản tin Bình dân học vụ số, số 1."
    );
    // Hmong has no transcript: the Vietnamese one, marked as Vietnamese.
    let hmn = demo().page(&format!("hmn/{AUDIO_PAGE}"));
    assert_eq!(hmn.attr("details.transcript ol", "lang"), "vi");
    assert!(
        !hmn.has("details.transcript summary[lang]"),
        "the summary is in the page's language"
    );
}

#[test]
fn every_webvtt_transcript_is_published_as_srt_beside_it() {
    let srt = demo().read("media/bdhvs-tap-1.tyz.srt");
    assert_eq!(
        srt,
        "1\r\n00:00:00,000 --> 00:00:02,500\r\nPỉ noọng ơi, nẩy lẻ bản tin\r\nBình dân học vụ số, số 1.\r\n\r\n\
         2\r\n00:00:02,500 --> 00:00:05,000\r\nTổ công nghệ số cộng đồng chỉ\r\ncài VNeID dú nhà văn hóa bản.\r\n\r\n"
    );
    let vtts: Vec<String> = (demo().files().into_iter())
        .filter(|file| file.ends_with(".vtt"))
        .collect();
    assert_eq!(vtts.len(), 5, "{vtts:?}");
    for vtt in vtts {
        let srt = vtt.replace(".vtt", ".srt");
        assert!(demo().exists(&srt), "{srt} beside {vtt}");
    }
    let page = demo().page(AUDIO_PAGE);
    assert_eq!(
        page.attrs("details.transcript a", "href"),
        ["/media/bdhvs-tap-1.vtt", "/media/bdhvs-tap-1.srt"]
    );
}

const CHAPTERS: &str = "articles/ban-tin-binh-dan-hoc-vu-so-so-1/chapters-1.json";
const SEGMENT_VI: &str = "content/articles/ban-tin-binh-dan-hoc-vu-so-so-1.md";
const SEGMENT_TYZ: &str = "content/articles/ban-tin-binh-dan-hoc-vu-so-so-1.tyz.md";

/// A chapters file as (version, [(startTime, title)]), parsed with serde_json.
fn chapters_file(relative: &str) -> (String, Vec<(serde_json::Value, String)>) {
    let json: serde_json::Value = serde_json::from_str(&demo().read(relative))
        .unwrap_or_else(|e| panic!("{relative} is not JSON: {e}"));
    let chapters = json["chapters"].as_array().expect("a list of chapters");
    let chapters = (chapters.iter())
        .map(|chapter| {
            let title = chapter["title"].as_str().expect("a title").to_string();
            (chapter["startTime"].clone(), title)
        })
        .collect();
    (
        json["version"].as_str().unwrap_or_default().to_string(),
        chapters,
    )
}

#[test]
fn each_language_has_a_json_chapters_file_with_its_titles_or_its_fallbacks() {
    let (version, vi) = chapters_file(CHAPTERS);
    assert_eq!(version, "1.2.0");
    let starts: Vec<&serde_json::Value> = vi.iter().map(|(start, _)| start).collect();
    assert_eq!(
        starts,
        [&serde_json::json!(0), &serde_json::json!(3)],
        "seconds as numbers"
    );
    assert_eq!(vi[0].1, "Lời chào đầu bản tin");
    // Tày gives its own titles for the same starts.
    let (_, tyz) = chapters_file(&format!("tyz/{CHAPTERS}"));
    assert_eq!(
        tyz.iter()
            .map(|(_, title)| title.as_str())
            .collect::<Vec<_>>(),
        ["Pỉ noọng ơi", "Tổ công nghệ số cộng đồng chỉ cài VNeID"]
    );
    assert_eq!(
        tyz.iter().map(|(start, _)| start).collect::<Vec<_>>(),
        starts
    );
    // Hmong has no text of the article, English none either: both fall back to Vietnamese.
    for lang in ["hmn", "en", "km"] {
        assert_eq!(chapters_file(&format!("{lang}/{CHAPTERS}")).1, vi, "{lang}");
    }
    // Only the segment with `chapters:` has a file.
    let files: Vec<String> = (demo().files().into_iter())
        .filter(|file| file.contains("/chapters-"))
        .collect();
    assert_eq!(files.len(), 5, "{files:?}");
}

#[test]
fn the_segment_page_lists_its_chapters_with_times_and_the_titles_language() {
    let tyz = demo().page(&format!("tyz/{AUDIO_PAGE}"));
    assert_eq!(tyz.attr("details.chapters ol", "lang"), "tyz");
    assert_eq!(
        tyz.attrs("details.chapters time", "datetime"),
        ["PT0S", "PT3S"]
    );
    let first =
        crate::support::squash(&tyz.all("details.chapters li")[0].text().collect::<String>());
    assert_eq!(first, "0:00 Pỉ noọng ơi");
    assert_eq!(
        tyz.attr("details.chapters a", "href"),
        format!("/tyz/{CHAPTERS}")
    );
    // Hmong falls back to the Vietnamese titles, marked as Vietnamese; the summary is Hmong.
    let hmn = demo().page(&format!("hmn/{AUDIO_PAGE}"));
    assert_eq!(hmn.attr("details.chapters ol", "lang"), "vi");
    assert_eq!(hmn.attr("details.chapters", "lang"), "hmn");
    assert_eq!(hmn.text("details.chapters summary"), "Tshooj");
    let vi = demo().page(AUDIO_PAGE);
    assert_eq!(vi.text("details.chapters summary"), "Các phần");
    assert!(
        !demo().page(VIDEO_PAGE).has("details.chapters"),
        "no chapters, no list"
    );
}

#[test]
fn an_article_about_a_commune_names_it_and_its_province() {
    let page = demo().page("en/articles/thieu-trung-nop-ho-so-truc-tuyen/index.html");
    assert_eq!(page.text(".meta .location"), "Xã Thiệu Trung, Thanh Hóa");
    assert_eq!(page.attr(".meta .location", "lang"), "vi");
}

/// Copies the demo and its built output, makes the `edits` (file, text, replacement) and builds
/// again into that output: exit code 1, exactly the `expected` errors (file, line, phrase), and
/// the output as the good build left it.
#[track_caller]
fn demo_edit_fails(edits: &[(&str, &str, &str)], expected: &[crate::support::Expected]) {
    use crate::support::{assert_same_tree, build, copy_tree, demo_site, tree};
    let (tmp, site) = demo_site();
    let out = tmp.path().join("public");
    copy_tree(&demo().dir, &out);
    let good = tree(&out);
    for (file, text, replacement) in edits {
        let path = site.join(file);
        let source = std::fs::read_to_string(&path).unwrap();
        assert!(source.contains(text), "{file} has no {text:?}");
        std::fs::write(&path, source.replacen(text, replacement, 1)).unwrap();
    }
    let run = build(&site, &out, &[]);
    run.assert_code(1);
    for (path, line, phrase) in expected {
        run.assert_error_at(path, *line, phrase);
    }
    assert_eq!(run.errors().len(), expected.len(), "{}", run.stderr);
    assert_same_tree(&good, &tree(&out));
}

#[test]
fn chapters_out_of_order_are_an_error_at_the_later_start() {
    demo_edit_fails(
        &[(SEGMENT_VI, "start: 0:00", "start: 0:04")],
        &[(
            SEGMENT_VI,
            15,
            "`start`: 0:03 is not after the chapter before it (0:04, line 13)",
        )],
    );
}

#[test]
fn a_chapter_past_the_end_of_a_recording_is_an_error_naming_the_recording() {
    // The starts are every language's: each recording of the item must be long enough.
    demo_edit_fails(
        &[
            (SEGMENT_VI, "start: 0:03", "start: 0:09"),
            (SEGMENT_TYZ, "start: 0:03", "start: 0:09"),
        ],
        &[
            (
                SEGMENT_VI,
                15,
                "`start: 0:09` is not within the recording `/media/bdhvs-tap-1.mp3`, which lasts 0:06",
            ),
            (
                SEGMENT_VI,
                15,
                "`start: 0:09` is not within the recording `/media/bdhvs-tap-1.tyz.mp3`",
            ),
        ],
    );
}

#[test]
fn a_translation_with_other_chapter_starts_is_an_error_naming_both_files() {
    demo_edit_fails(
        &[(SEGMENT_TYZ, "start: 0:03", "start: 0:04")],
        &[(
            SEGMENT_TYZ,
            11,
            "chapter 2: `start: 0:04` differs from the original's `start: 0:03` in \
             content/articles/ban-tin-binh-dan-hoc-vu-so-so-1.md:15",
        )],
    );
    demo_edit_fails(
        &[(
            SEGMENT_TYZ,
            "      - start: 0:03\n        title: \"Tổ công nghệ số cộng đồng chỉ cài VNeID\"\n",
            "",
        )],
        &[(SEGMENT_TYZ, 9, "1 chapters, but the original has 2")],
    );
}

#[test]
fn a_bad_chapter_start_says_what_is_expected() {
    demo_edit_fails(
        &[(SEGMENT_VI, "start: 0:03", "start: 0:3")],
        &[(
            SEGMENT_VI,
            15,
            "chapter 2, `start`: `0:3`: expected a time such as 0:00, 1:05 or 01:02:03",
        )],
    );
}

#[test]
fn a_location_that_is_not_a_commune_suggests_the_closest() {
    demo_edit_fails(
        &[(
            SEGMENT_VI,
            "column: binh-dan-hoc-vu-so\n",
            "column: binh-dan-hoc-vu-so\nlocation: thieu-trng\n",
        )],
        &[(
            SEGMENT_VI,
            5,
            "`location: thieu-trng`: expected the slug of a commune of content/communes/ (or a place: `{name, geo, osm}`); did you mean `thieu-trung`?",
        )],
    );
}

#[test]
fn a_location_with_bad_coordinates_is_an_error_at_its_geo_line() {
    demo_edit_fails(
        &[(
            SEGMENT_VI,
            "column: binh-dan-hoc-vu-so\n",
            "column: binh-dan-hoc-vu-so\nlocation:\n  name: \"Nhà văn hóa thôn\"\n  geo: \"12.26,209.10\"\n  osm: R1234567\n",
        )],
        &[(
            SEGMENT_VI,
            7,
            "`location`, `geo`: `12.26,209.10` is out of range: expected the latitude and longitude",
        )],
    );
}

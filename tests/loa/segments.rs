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

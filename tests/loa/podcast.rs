//! Podcast feeds of the demo's columns, read by real clients: feedparser (the parser of many
//! podcast tools) for RSS and the itunes namespace, Python's XML parser for the Podcasting 2.0
//! elements (`tests/podcast/parse-feed.py`), `file` for the enclosures' types, and the `image`
//! crate for the cover art.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use serde_json::Value;

use crate::support::tools::{missing_programs, run, system_tools_present};
use crate::support::{demo_site, shared_demo};

const BASE: &str = "https://binhdanhocvuso.example.vn";
const LANGUAGES: [&str; 5] = ["vi", "tyz", "hmn", "km", "en"];
/// Debian's Python, where `python3-feedparser` installs feedparser (see `.ci/run`).
const PYTHON: &str = "/usr/bin/python3";

fn prefix(lang: &str) -> String {
    if lang == "vi" {
        String::new()
    } else {
        format!("/{lang}")
    }
}

/// Whether feedparser and `file` are here (a failure under CI).
fn readers_present() -> bool {
    let mut missing = missing_programs(&["file"]);
    let feedparser = std::process::Command::new(PYTHON)
        .args(["-c", "import feedparser"])
        .output();
    if !feedparser.is_ok_and(|output| output.status.success()) {
        missing.push(format!("feedparser for {PYTHON} is missing"));
    }
    system_tools_present(&missing, "apt-get install python3-feedparser file")
}

/// Every podcast feed of the demo, by output path, as `parse-feed.py` reads it.
fn feeds() -> &'static BTreeMap<String, Value> {
    static FEEDS: OnceLock<BTreeMap<String, Value>> = OnceLock::new();
    FEEDS.get_or_init(|| {
        let demo = shared_demo();
        let paths: Vec<String> = (demo.files().into_iter())
            .filter(|path| path.contains("/podcast-") && path.ends_with(".xml"))
            .collect();
        let script = crate::support::repo_root().join("tests/podcast/parse-feed.py");
        let mut args = vec![script.to_str().unwrap()];
        args.extend(paths.iter().map(String::as_str));
        let parsed: BTreeMap<String, Value> =
            serde_json::from_str(&run(PYTHON, &args, &demo.dir)).unwrap();
        parsed
    })
}

/// The feed of `column` in `medium` and `lang`.
#[track_caller]
fn feed(lang: &str, column: &str, medium: &str) -> &'static Value {
    let path = format!("{}/columns/{column}/podcast-{medium}.xml", prefix(lang));
    let path = path.trim_start_matches('/');
    feeds()
        .get(path)
        .unwrap_or_else(|| panic!("no feed {path}: {:?}", feeds().keys()))
}

fn strings(value: &Value) -> Vec<String> {
    (value.as_array().unwrap().iter())
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn guid_of(url: &str) -> String {
    let namespace = uuid::uuid!("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");
    let bare = url.split_once("://").unwrap().1;
    uuid::Uuid::new_v5(&namespace, bare.as_bytes()).to_string()
}

#[test]
fn each_column_has_a_feed_per_language_and_medium_of_its_segments() {
    if !readers_present() {
        return;
    }
    let mut expected = Vec::new();
    for lang in LANGUAGES {
        for (column, medium) in [
            ("binh-dan-hoc-vu-so", "audio"),
            ("dong-hanh-cung-chuyen-doi-so", "audio"),
            ("dong-hanh-cung-chuyen-doi-so", "video"),
        ] {
            let path = format!("{}/columns/{column}/podcast-{medium}.xml", prefix(lang));
            expected.push(path.trim_start_matches('/').to_string());
        }
    }
    expected.sort();
    let found: Vec<String> = feeds().keys().cloned().collect();
    assert_eq!(
        found, expected,
        "no feed for a column without segments of a medium"
    );
}

#[test]
fn feedparser_reads_every_feed_with_its_channel_fields() {
    if !readers_present() {
        return;
    }
    for (path, feed) in feeds() {
        assert_eq!(feed["bozo"], false, "{path}: {}", feed["bozo_exception"]);
        assert_eq!(feed["version"], "rss20", "{path}");
        let lang = LANGUAGES
            .into_iter()
            .find(|lang| *lang != "vi" && path.starts_with(&format!("{lang}/")))
            .unwrap_or("vi");
        assert_eq!(feed["language"], lang, "{path}");
        let rest = path.strip_prefix(&format!("{lang}/")).unwrap_or(path);
        let column = rest
            .strip_prefix("columns/")
            .unwrap()
            .split('/')
            .next()
            .unwrap();
        assert_eq!(
            feed["link"],
            format!("{BASE}{}/columns/{column}/", prefix(lang)),
            "{path}"
        );
        assert!(!feed["title"].as_str().unwrap().is_empty(), "{path}");
        let description = feed["description_bytes"].as_u64().unwrap();
        assert!(
            (1..=4000).contains(&description),
            "{path}: {description} bytes"
        );
        assert_eq!(
            feed["image"],
            format!("{BASE}{}/columns/{column}/podcast.jpg", prefix(lang)),
            "{path}"
        );
        let podcast = &feed["podcast"];
        assert_eq!(podcast["explicit"], "false", "{path}");
        let url = format!("{BASE}/{path}");
        assert_eq!(podcast["guid"], guid_of(&url), "{path}: UUIDv5 of the URL");
        assert_eq!(podcast["locked"], "yes", "{path}");
        let medium = if path.ends_with("video.xml") {
            "video"
        } else {
            "podcast"
        };
        assert_eq!(podcast["medium"], medium, "{path}");
        assert_eq!(strings(&podcast["category"]), ["Education"], "{path}");
        // The column's feeds of this medium in the other languages, each by its own guid.
        let remote: Vec<(String, String)> = (podcast["remote_items"].as_array().unwrap().iter())
            .map(|item| {
                let url = item["feedUrl"].as_str().unwrap().to_string();
                assert_eq!(item["feedGuid"], guid_of(&url), "{path}");
                assert_eq!(item["medium"], medium, "{path}");
                (url, item["feedGuid"].as_str().unwrap().to_string())
            })
            .collect();
        let file = path.rsplit('/').next().unwrap();
        let expected: Vec<String> = (LANGUAGES.into_iter())
            .filter(|other| *other != lang)
            .map(|other| format!("{BASE}{}/columns/{column}/{file}", prefix(other)))
            .collect();
        let urls: Vec<String> = remote.into_iter().map(|(url, _)| url).collect();
        assert_eq!(urls, expected, "{path}");
    }
}

#[test]
fn every_episode_has_an_enclosure_a_stable_guid_a_date_and_its_duration() {
    if !readers_present() {
        return;
    }
    for (path, feed) in feeds() {
        let entries = feed["entries"].as_array().unwrap();
        assert!(!entries.is_empty(), "{path}");
        let mut guids: Vec<&str> = Vec::new();
        for (entry, item) in entries
            .iter()
            .zip(feed["podcast"]["items"].as_array().unwrap())
        {
            let enclosures = entry["enclosures"].as_array().unwrap();
            assert_eq!(enclosures.len(), 1, "{path}: one enclosure an episode");
            assert!(
                entry["published_parsed"].is_array(),
                "{path}: {}",
                entry["published"]
            );
            let seconds: u64 = entry["duration"].as_str().unwrap().parse().unwrap();
            assert!((1..600).contains(&seconds), "{path}: {seconds} s");
            let guid = entry["id"].as_str().unwrap();
            assert_eq!(item["guid"], guid, "{path}");
            // The guid names the original's page and the item, never the feed's own slug.
            assert!(
                guid.starts_with(&format!("{BASE}/articles/")),
                "{path}: {guid}"
            );
            guids.push(guid);
        }
        let count = guids.len();
        guids.sort();
        guids.dedup();
        assert_eq!(guids.len(), count, "{path}: guids are unique");
    }
    // The audio segment and its date: 2025-05-20 was a Tuesday.
    let vi = feed("vi", "binh-dan-hoc-vu-so", "audio");
    let episode = &vi["entries"][0];
    assert_eq!(episode["published"], "Tue, 20 May 2025 00:00:00 +0700");
    assert_eq!(episode["duration"], "6");
    assert_eq!(
        episode["id"],
        format!("{BASE}/articles/ban-tin-binh-dan-hoc-vu-so-so-1/#media-1-vi")
    );
}

#[test]
fn each_enclosure_has_the_length_and_type_of_its_file() {
    if !readers_present() {
        return;
    }
    let demo = shared_demo();
    let mut checked = 0;
    for (path, feed) in feeds() {
        for entry in feed["entries"].as_array().unwrap() {
            let enclosure = &entry["enclosures"][0];
            let href = enclosure["href"].as_str().unwrap();
            let file = href
                .strip_prefix(BASE)
                .unwrap_or_else(|| panic!("{path}: {href}"));
            let file = demo.dir.join(file.trim_start_matches('/'));
            let length = std::fs::metadata(&file).unwrap().len();
            assert_eq!(
                enclosure["length"].as_str().unwrap(),
                length.to_string(),
                "{path}: {href}"
            );
            let found = run(
                "file",
                &["--brief", "--mime-type", file.to_str().unwrap()],
                Path::new("."),
            );
            assert_eq!(
                same_type(found.trim()),
                enclosure["type"].as_str().unwrap(),
                "{path}: {href}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 15, "{checked} enclosures");
}

/// `file`'s name of a media type, as the registered one podcast apps take.
fn same_type(found: &str) -> &str {
    match found {
        "audio/x-m4a" => "audio/mp4",
        other => other,
    }
}

#[test]
fn an_episode_carries_the_transcripts_of_the_recording_it_plays() {
    if !readers_present() {
        return;
    }
    let transcripts = |lang: &str, column: &str, medium: &str, episode: usize| {
        let item = &feed(lang, column, medium)["podcast"]["items"][episode];
        (item["transcripts"].as_array().unwrap().iter())
            .map(|t| {
                let rel = t.get("rel").and_then(Value::as_str).unwrap_or("");
                format!(
                    "{} {} {} {rel}",
                    t["language"].as_str().unwrap(),
                    t["type"].as_str().unwrap(),
                    t["url"].as_str().unwrap()
                )
            })
            .collect::<Vec<String>>()
    };
    let media = format!("{BASE}/media");
    // Tày has its own recording and transcript; Hmong hears the Vietnamese recording.
    let tyz = feed("tyz", "binh-dan-hoc-vu-so", "audio");
    assert_eq!(
        tyz["entries"][0]["enclosures"][0]["href"],
        format!("{media}/bdhvs-tap-1.tyz.mp3")
    );
    assert_eq!(
        transcripts("tyz", "binh-dan-hoc-vu-so", "audio", 0),
        [
            format!("tyz text/vtt {media}/bdhvs-tap-1.tyz.vtt captions"),
            format!("tyz application/x-subrip {media}/bdhvs-tap-1.tyz.srt "),
        ]
    );
    let vi_transcripts = [
        format!("vi text/vtt {media}/bdhvs-tap-1.vtt captions"),
        format!("vi application/x-subrip {media}/bdhvs-tap-1.srt "),
    ];
    assert_eq!(
        transcripts("vi", "binh-dan-hoc-vu-so", "audio", 0),
        vi_transcripts
    );
    assert_eq!(
        transcripts("hmn", "binh-dan-hoc-vu-so", "audio", 0),
        vi_transcripts
    );
    let hmn = feed("hmn", "binh-dan-hoc-vu-so", "audio");
    assert_eq!(
        hmn["entries"][0]["enclosures"][0]["href"],
        format!("{media}/bdhvs-tap-1.mp3")
    );
    // The video has an English transcript of the same recording: both languages' captions.
    let video = transcripts("en", "dong-hanh-cung-chuyen-doi-so", "video", 0);
    assert!(
        video.contains(&format!("vi text/vtt {media}/vneid-huong-dan.vtt captions")),
        "{video:?}"
    );
    assert!(
        video.contains(&format!(
            "en text/vtt {media}/vneid-huong-dan.en.vtt captions"
        )),
        "{video:?}"
    );
    // A body transcript is the segment's page.
    let body = transcripts("vi", "dong-hanh-cung-chuyen-doi-so", "audio", 1);
    assert_eq!(
        body,
        [format!(
            "vi text/html {BASE}/articles/chuyen-doi-so-trong-tam-tay-tap-1/ "
        )]
    );
}

#[test]
fn a_column_page_links_its_podcast_feeds_in_its_language() {
    let demo = shared_demo();
    let page = demo.page("en/columns/dong-hanh-cung-chuyen-doi-so/index.html");
    assert_eq!(
        page.attrs("link[rel=alternate][type='application/rss+xml']", "href"),
        [
            "/en/columns/dong-hanh-cung-chuyen-doi-so/podcast-audio.xml",
            "/en/columns/dong-hanh-cung-chuyen-doi-so/podcast-video.xml"
        ]
    );
    assert_eq!(
        page.attrs("p.feed a[type='application/rss+xml']", "href")
            .len(),
        2
    );
    assert!(page.text("p.feed").contains("Podcast (video)"));
    let vi = demo.page("columns/binh-dan-hoc-vu-so/index.html");
    assert_eq!(
        vi.attrs("link[rel=alternate][type='application/rss+xml']", "href"),
        ["/columns/binh-dan-hoc-vu-so/podcast-audio.xml"]
    );
    assert!(vi.text("p.feed").contains("Podcast (âm thanh)"));
    let home = demo.page("index.html");
    assert!(!home.has("link[type='application/rss+xml']"));
}

#[test]
fn the_cover_art_is_a_square_rgb_jpeg_apple_podcasts_takes() {
    let demo = shared_demo();
    for lang in LANGUAGES {
        let path = format!("{}/columns/binh-dan-hoc-vu-so/podcast.jpg", prefix(lang));
        let bytes = std::fs::read(demo.dir.join(path.trim_start_matches('/'))).unwrap();
        let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg)
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!((image.width(), image.height()), (1400, 1400), "{path}");
        assert_eq!(image.color(), image::ColorType::Rgb8, "{path}");
        // The column's share card is drawn on it: not a blank square.
        let rgb = image.to_rgb8();
        let colours: std::collections::BTreeSet<[u8; 3]> =
            rgb.pixels().step_by(97).map(|p| p.0).collect();
        assert!(colours.len() > 20, "{path}: {} colours", colours.len());
    }
}

#[test]
fn a_podcast_category_apple_does_not_have_is_an_error_at_its_line() {
    let (_tmp, site) = demo_site();
    let config = site.join("loa.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    let line = text.lines().count() + 1;
    std::fs::write(&config, format!("{text}podcast:\n  category: Podcasts\n")).unwrap();
    let out = site.join("public");
    let run = crate::support::build(&site, &out, &[]);
    run.assert_code(1);
    run.assert_error_at(
        "loa.yaml",
        line,
        "`podcast.category`: `Podcasts` is not one of Apple Podcasts' categories",
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn an_episode_names_its_chapters_and_the_commune_it_is_about() {
    if !readers_present() {
        return;
    }
    for lang in ["vi", "tyz", "en"] {
        let item = &feed(lang, "binh-dan-hoc-vu-so", "audio")["podcast"]["items"][0];
        let chapters = item["chapters"].as_array().unwrap();
        assert_eq!(chapters.len(), 1, "{lang}");
        let url = chapters[0]["url"].as_str().unwrap();
        assert_eq!(
            url,
            format!(
                "{BASE}{}/articles/ban-tin-binh-dan-hoc-vu-so-so-1/chapters-1.json",
                prefix(lang)
            )
        );
        assert_eq!(chapters[0]["type"], "application/json+chapters");
        // The file it names is there, and is JSON chapters.
        let file = url.strip_prefix(BASE).unwrap().trim_start_matches('/');
        let json: Value = serde_json::from_str(&shared_demo().read(file)).unwrap();
        assert_eq!(json["version"], "1.2.0", "{file}");
        assert_eq!(item["location"], serde_json::json!([]), "{lang}");
        // The radio programme recorded in Mường Phăng: the second episode of its column.
        let item = &feed(lang, "dong-hanh-cung-chuyen-doi-so", "audio")["podcast"]["items"][1];
        assert_eq!(
            item["location"],
            serde_json::json!([{"name": "Xã Mường Phăng, Điện Biên"}]),
            "{lang}"
        );
        assert_eq!(item["chapters"], serde_json::json!([]), "{lang}");
    }
}

#[test]
fn a_place_with_coordinates_is_the_episodes_location_with_geo_and_osm() {
    if !readers_present() {
        return;
    }
    let (_tmp, site) = demo_site();
    let article = site.join("content/articles/huong-dan-vneid-muc-2-bang-video.md");
    let text = std::fs::read_to_string(&article).unwrap();
    let placed = text.replacen(
        "media:\n",
        "location: {name: \"Phường Nha Trang, Khánh Hòa\", geo: \"12.2388,109.1967\", osm: \"R2546591\"}\nmedia:\n",
        1,
    );
    assert_ne!(placed, text);
    std::fs::write(&article, placed).unwrap();
    let out = site.join("public");
    crate::support::build(&site, &out, &[]).assert_ok();
    let feed_file = out.join("en/columns/dong-hanh-cung-chuyen-doi-so/podcast-video.xml");
    let script = crate::support::repo_root().join("tests/podcast/parse-feed.py");
    let parsed: Value = serde_json::from_str(&run(
        PYTHON,
        &[script.to_str().unwrap(), feed_file.to_str().unwrap()],
        &out,
    ))
    .unwrap();
    let feed = &parsed[feed_file.to_str().unwrap()];
    assert_eq!(feed["bozo"], false, "{}", feed["bozo_exception"]);
    let locations: Vec<&Value> = (feed["podcast"]["items"].as_array().unwrap().iter())
        .flat_map(|item| item["location"].as_array().unwrap())
        .collect();
    assert_eq!(
        locations,
        [&serde_json::json!({
            "name": "Phường Nha Trang, Khánh Hòa",
            "geo": "geo:12.2388,109.1967",
            "osm": "R2546591"
        })]
    );
}

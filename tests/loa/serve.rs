//! `loa serve`: the real binary on a fixture copy, on a free loopback port. Edits are served
//! and announced on the event stream, a broken file is shown and then recovered from, new and
//! deleted translations are picked up, and paths that try to leave the site are refused.
//! Every wait is bounded; the server is killed when the test ends, even when it fails.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use crate::support::SiteCopy;

const WAIT: Duration = Duration::from_secs(60);
const ARTICLE: &str = "content/articles/ngay-hoi-so.md";

/// The running server; killed on drop.
struct Server {
    child: Child,
    stderr: Receiver<String>,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts a server and waits for its first build.
    fn start(site: &SiteCopy) -> Server {
        let server = Server::spawn(site);
        server.wait_for_line("built ");
        server
    }

    /// Starts a server on a site whose first build fails.
    fn start_failing(site: &SiteCopy) -> Server {
        let server = Server::spawn(site);
        server.wait_for_line("build failed");
        server
    }

    fn spawn(site: &SiteCopy) -> Server {
        Server::spawn_with(site, &[]).0
    }

    /// Starts a server with more arguments; returns it and what it printed up to `serving …`.
    fn spawn_with(site: &SiteCopy, arguments: &[&str]) -> (Server, Vec<String>) {
        // A port that was free a moment ago; loa takes the next one if it has been taken since.
        let wanted = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_loa"))
            .args(["serve", ".", "--port", &wanted.to_string()])
            .args(arguments)
            .current_dir(&site.dir)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("loa serve starts");
        let stderr = child.stderr.take().expect("piped stderr");
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child,
            stderr: lines,
            port: 0,
        };
        let printed = server.lines_until("serving ");
        let serving = printed.last().expect("the serving line");
        server.port = serving
            .split(" at http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|address| address.rsplit_once(':'))
            .and_then(|(_, port)| port.parse().ok())
            .unwrap_or_else(|| panic!("no port in `{serving}`"));
        (server, printed)
    }

    fn wait_for_line(&self, start: &str) -> String {
        self.lines_until(start).pop().expect("the awaited line")
    }

    /// Every line printed up to and including the first that starts with `start`.
    fn lines_until(&self, start: &str) -> Vec<String> {
        let deadline = Instant::now() + WAIT;
        let mut lines = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.stderr.recv_timeout(left) {
                Ok(line) => {
                    let found = line.starts_with(start);
                    lines.push(line);
                    if found {
                        return lines;
                    }
                }
                Err(_) => break,
            }
        }
        panic!("loa serve never printed a line starting with `{start}`: {lines:?}");
    }

    /// A GET over a fresh connection: (status, body).
    fn get(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.get_with(path, "");
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    /// A GET with more header lines over a fresh connection: (status, head, body bytes).
    fn get_with(&self, path: &str, headers: &str) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("a connection");
        stream.set_read_timeout(Some(WAIT)).expect("a timeout");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n"
        )
        .expect("a request");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("a response");
        let end = (response.windows(4))
            .position(|window| window == b"\r\n\r\n")
            .expect("a head");
        let head = String::from_utf8_lossy(&response[..end]).to_ascii_lowercase();
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("no status in `{head}`"));
        (status, head, response[end + 4..].to_vec())
    }

    /// Opens the event stream; its text arrives on the returned channel.
    fn events(&self) -> Receiver<String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("a connection");
        stream.set_read_timeout(Some(WAIT)).expect("a timeout");
        write!(
            stream,
            "GET /__loa/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        )
        .expect("a request");
        let mut reader = BufReader::new(stream);
        // The head has been sent once the server listens for builds.
        let mut head = String::new();
        while reader.read_line(&mut head).map(|n| n > 0).unwrap_or(false) {
            if head.ends_with("\r\n\r\n") {
                break;
            }
        }
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(head.contains("text/event-stream"), "{head}");
        let (sender, text) = mpsc::channel();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        text
    }
}

/// Waits for an event named `name` on the stream and returns its data.
fn next_event(events: &Receiver<String>, name: &str) -> String {
    let deadline = Instant::now() + WAIT;
    let mut current = String::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match events.recv_timeout(left) {
            Ok(line) => {
                if let Some(event) = line.strip_prefix("event: ") {
                    current = event.to_string();
                } else if let Some(data) = line.strip_prefix("data: ")
                    && current == name
                {
                    return data.to_string();
                }
            }
            Err(_) => break,
        }
    }
    panic!("no `{name}` event on the stream");
}

#[test]
fn edits_are_served_and_reload_open_pages() {
    let site = SiteCopy::new("serve");
    let server = Server::start(&site);

    let (status, home) = server.get("/");
    assert_eq!(status, 200);
    assert!(home.contains("Ngày hội số của xã"), "{home}");
    assert!(
        home.contains("/__loa/events"),
        "the live-reload script is injected"
    );
    let (status, page) = server.get("/articles/ngay-hoi-so/");
    assert_eq!(status, 200);
    assert!(page.contains("Nội dung cũ"));
    let (status, _) = server.get("/images/ngay-hoi.svg");
    assert_eq!(status, 200);
    let (status, missing) = server.get("/khong-co/");
    assert_eq!(status, 404);
    assert!(missing.contains("Không tìm thấy trang"), "{missing}");

    // An edit: the new text is served and open pages are told to reload.
    let events = server.events();
    let text = site.read(ARTICLE);
    site.write(ARTICLE, &text.replace("Nội dung cũ", "Nội dung mới"));
    next_event(&events, "reload");
    let (_, page) = server.get("/articles/ngay-hoi-so/");
    assert!(page.contains("Nội dung mới"), "{page}");

    // Half a file: the error is shown over the last good page, which stays served.
    site.write(ARTICLE, "---\ntitle: \"Ngày hội\ndate: [2025\n");
    let error = next_event(&events, "build-error");
    assert!(error.contains("content/articles/ngay-hoi-so.md"), "{error}");
    let (status, page) = server.get("/articles/ngay-hoi-so/");
    assert_eq!(status, 200);
    assert!(page.contains("id=\"loa-build-error\""), "{page}");
    assert!(page.contains("content/articles/ngay-hoi-so.md"));
    assert!(
        page.contains("Nội dung mới"),
        "the last good build is still served"
    );
    server.wait_for_line("build failed");

    // Fixed: the page is back, without the error.
    site.write(ARTICLE, &text.replace("Nội dung cũ", "Nội dung đã sửa"));
    next_event(&events, "reload");
    let (_, page) = server.get("/articles/ngay-hoi-so/");
    assert!(page.contains("Nội dung đã sửa"), "{page}");
    assert!(!page.contains("id=\"loa-build-error\""));

    // A new translation file, then its deletion.
    let translation = "content/articles/ngay-hoi-so.en.md";
    site.write(
        translation,
        "---\ntitle: \"The commune's digital day\"\n---\n\nThe English text.\n",
    );
    next_event(&events, "reload");
    let (_, english) = server.get("/en/articles/ngay-hoi-so/");
    assert!(english.contains("The English text."), "{english}");
    std::fs::remove_file(site.path(translation)).expect("a removed translation");
    next_event(&events, "reload");
    let (_, english) = server.get("/en/articles/ngay-hoi-so/");
    assert!(!english.contains("The English text."));
    assert!(english.contains("Nội dung đã sửa"), "the fallback is shown");
}

#[test]
fn paths_outside_the_site_are_refused() {
    let site = SiteCopy::new("serve");
    let server = Server::start(&site);
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/..%2f..%2f..%2fetc%2fpasswd",
        "/images/..%5c..%5cloa.yaml",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/%25%32%65%25%32%65/etc/passwd",
        "/..\\..\\etc\\passwd",
        "/%5c..%5c..%5cetc%5cpasswd",
        "/%2e%2e%5c%2e%2e%5cetc/passwd",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/images%2f..%2f..%2floa.yaml",
        "/images/../../loa.yaml",
        "/images/",
        "/__loa/../loa.yaml",
    ] {
        let (status, body) = server.get(path);
        assert!(matches!(status, 400 | 404), "{path}: {status}");
        assert!(!body.contains("root:"), "{path}");
        assert!(!body.contains("base_url"), "{path}");
    }
}

#[test]
fn folders_are_never_listed() {
    let site = SiteCopy::new("serve");
    let server = Server::start(&site);
    for path in ["/images/", "/images", "/articles/", "/en/articles/"] {
        let (status, body) = server.get(path);
        assert!(matches!(status, 301 | 302 | 404), "{path}: {status}");
        assert!(!body.contains("ngay-hoi.svg"), "{path} lists files: {body}");
        assert!(!body.contains("ngay-hoi-so/"), "{path} lists pages: {body}");
    }
    let (status, _) = server.get("/images/ngay-hoi.svg");
    assert_eq!(status, 200, "files in the folder are served");
}

#[test]
fn the_preview_listens_on_loopback_unless_told_otherwise() {
    let site = SiteCopy::new("serve");
    let (server, printed) = Server::spawn_with(&site, &[]);
    assert!(
        printed.last().unwrap().contains(" at http://127.0.0.1:"),
        "{printed:?}"
    );
    assert!(
        !printed.iter().any(|line| line.starts_with("warning:")),
        "{printed:?}"
    );
    drop(server);
    let (server, printed) = Server::spawn_with(&site, &["--bind", "0.0.0.0"]);
    assert!(
        printed.iter().any(|line| line
            .starts_with("warning: listening on 0.0.0.0, which other machines can reach")),
        "{printed:?}"
    );
    server.wait_for_line("built ");
    let (status, _) = server.get("/");
    assert_eq!(status, 200);
}

#[test]
fn a_site_that_does_not_build_is_served_as_its_error_until_fixed() {
    let site = SiteCopy::new("serve");
    let config = site.read("loa.yaml");
    site.write(
        "loa.yaml",
        &config.replace("default_language: vi", "default_language: vi\ncolums: []"),
    );
    let server = Server::start_failing(&site);
    let (status, page) = server.get("/");
    assert_eq!(status, 503);
    assert!(page.contains("unknown key `colums`"), "{page}");
    assert!(page.contains("\"file\":\"loa.yaml\""), "{page}");
    let events = server.events();
    site.write("loa.yaml", &config);
    next_event(&events, "reload");
    let (status, home) = server.get("/");
    assert_eq!(status, 200);
    assert!(home.contains("Ngày hội số của xã"));
}

#[test]
fn built_pages_never_carry_the_live_reload_script() {
    let site = SiteCopy::new("serve");
    let run = site.loa(&["build", ".", "--output", "public"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for page in [
        "public/index.html",
        "public/en/articles/ngay-hoi-so/index.html",
    ] {
        let html = site.read(page);
        assert!(!html.contains("__loa"), "{page}");
        assert!(!html.contains("EventSource"), "{page}");
    }
}

#[test]
fn lessons_and_infographics_are_reloaded_and_rendered() {
    let site = SiteCopy::new("serve");
    let server = Server::start(&site);
    let (status, lesson) = server.get("/lessons/quet-ma-qr/");
    assert_eq!(status, 200);
    assert!(lesson.contains("Bước một, bản cũ."), "{lesson}");
    assert!(lesson.contains("Người dùng mới"), "the embedded chart");
    assert!(lesson.contains("/__loa/events"));
    let (status, chart) = server.get("/en/infographics/nguoi-dung/");
    assert_eq!(status, 200);
    assert!(chart.contains("New users"), "{chart}");
    let events = server.events();

    // A lesson edit loads the whole site again.
    let path = "content/lessons/quet-ma-qr.md";
    let text = site.read(path);
    site.write(path, &text.replace("bản cũ", "bản mới"));
    next_event(&events, "reload");
    let line = server.wait_for_line("built ");
    assert!(
        line.contains("after content/lessons/quet-ma-qr.md changed"),
        "{line}"
    );
    let (_, lesson) = server.get("/lessons/quet-ma-qr/");
    assert!(lesson.contains("Bước một, bản mới."), "{lesson}");

    // So does an infographic edit, and texts that embed it show the new words.
    let path = "content/infographics/nguoi-dung.en.yaml";
    site.write(
        path,
        &site.read(path).replace("New users", "Users who joined"),
    );
    next_event(&events, "reload");
    server.wait_for_line("built ");
    let (_, chart) = server.get("/en/infographics/nguoi-dung/");
    assert!(chart.contains("Users who joined"), "{chart}");
    let (_, lesson) = server.get("/en/lessons/quet-ma-qr/");
    assert!(lesson.contains("Users who joined"), "{lesson}");

    // A broken lesson is shown as an error, then recovered from.
    site.write(
        "content/lessons/quet-ma-qr.md",
        &text.replace("level:", "levle:"),
    );
    let error = next_event(&events, "build-error");
    assert!(error.contains("content/lessons/quet-ma-qr.md"), "{error}");
    site.write("content/lessons/quet-ma-qr.md", &text);
    next_event(&events, "reload");
    let (_, lesson) = server.get("/lessons/quet-ma-qr/");
    assert!(lesson.contains("Bước một, bản cũ."), "{lesson}");
    assert!(!lesson.contains("id=\"loa-build-error\""));

    // A per-language image added to static/ is shown on that language's pages.
    let image = site.read("static/images/quet-ma.svg");
    site.write("static/images/quet-ma.en.svg", &image);
    next_event(&events, "reload");
    let (_, english) = server.get("/en/lessons/quet-ma-qr/");
    assert!(
        english.contains("src=\"/images/quet-ma.en.svg\""),
        "{english}"
    );
    let (_, vietnamese) = server.get("/lessons/quet-ma-qr/");
    assert!(
        vietnamese.contains("src=\"/images/quet-ma.svg\""),
        "{vietnamese}"
    );
    let (status, _) = server.get("/images/quet-ma.en.svg");
    assert_eq!(status, 200);
}

/// The fixture with a segment made by `loa new segment`: the demo's six-second MP3 and the
/// transcript stub, filled in. Returns the article's slug.
fn with_segment(site: &SiteCopy) -> &'static str {
    let run = site.loa(&[
        "new",
        "segment",
        "Bản tin xã",
        "--media",
        "/media/ban-tin.mp3",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    std::fs::copy(
        crate::support::repo_root().join("static/media/bdhvs-tap-1.mp3"),
        site.path("static/media/ban-tin.mp3"),
    )
    .expect("a copied recording");
    site.write(
        SEGMENT_VTT,
        "WEBVTT\n\n00:00.000 --> 00:03.000\nThưa bà con\n\n00:03.000 --> 00:06.000\nLời cũ\n",
    );
    "ban-tin-xa"
}

const SEGMENT_VTT: &str = "static/media/ban-tin.vtt";

#[test]
fn recordings_are_served_in_byte_ranges_so_browsers_can_seek() {
    let site = SiteCopy::new("serve");
    with_segment(&site);
    let server = Server::start(&site);
    let whole = std::fs::read(site.path("static/media/ban-tin.mp3")).expect("the recording");
    let size = whole.len();
    let (status, head, body) = server.get_with("/media/ban-tin.mp3", "");
    assert_eq!(status, 200);
    assert!(head.contains("accept-ranges: bytes"), "{head}");
    assert!(head.contains("content-type: audio/mpeg"), "{head}");
    assert_eq!(body, whole);
    for (range, from, to) in [
        ("bytes=0-99", 0, 99),
        ("bytes=1000-", 1000, size - 1),
        ("bytes=-500", size - 500, size - 1),
        ("bytes=100-99999999", 100, size - 1),
    ] {
        let (status, head, body) =
            server.get_with("/media/ban-tin.mp3", &format!("Range: {range}\r\n"));
        assert_eq!(status, 206, "{range}: {head}");
        assert!(
            head.contains(&format!("content-range: bytes {from}-{to}/{size}")),
            "{range}: {head}"
        );
        assert!(
            head.contains(&format!("content-length: {}", to - from + 1)),
            "{range}: {head}"
        );
        assert!(head.contains("accept-ranges: bytes"), "{head}");
        assert_eq!(body, whole[from..=to], "{range}");
    }
    for range in [format!("bytes={size}-"), "bytes=-0".to_string()] {
        let (status, head, body) =
            server.get_with("/media/ban-tin.mp3", &format!("Range: {range}\r\n"));
        assert_eq!(status, 416, "{range}: {head}");
        assert!(
            head.contains(&format!("content-range: bytes */{size}")),
            "{range}: {head}"
        );
        assert!(body.is_empty());
    }
    // Several ranges at once: the whole file, which a server may always answer.
    let (status, _, body) = server.get_with("/media/ban-tin.mp3", "Range: bytes=0-1,5-6\r\n");
    assert_eq!(status, 200);
    assert_eq!(body, whole);
    // A missing file is still the site's 404, whatever the range.
    let (status, _, _) = server.get_with("/media/khong-co.mp3", "Range: bytes=0-1\r\n");
    assert_eq!(status, 404);
    // The transcript is served as WebVTT.
    let (status, head, _) = server.get_with("/media/ban-tin.vtt", "");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/vtt"), "{head}");
}
/// The longest a transcript edit may take to reach the open page: the 100 ms, from the
/// file written to the reload event (the watcher's 25 ms of quiet included).
const TRANSCRIPT_RELOAD: Duration = Duration::from_millis(100);

#[test]
fn a_transcript_edit_rebuilds_its_page_and_srt_and_reloads_within_100_ms() {
    let site = SiteCopy::new("serve");
    let slug = with_segment(&site);
    let server = Server::spawn_with(&site, &["--drafts"]).0;
    server.wait_for_line("built ");
    let page = format!("/articles/{slug}/");
    let (_, html) = server.get(&page);
    assert!(html.contains("Lời cũ"), "{html}");
    let events = server.events();
    let mut times = Vec::new();
    for round in 1..=5 {
        let words = format!("Lời mới số {round}");
        let text = format!(
            "WEBVTT\n\n00:00.000 --> 00:03.000\nThưa bà con\n\n00:03.000 --> 00:06.000\n{words}\n"
        );
        let started = Instant::now();
        site.write(SEGMENT_VTT, &text);
        next_event(&events, "reload");
        times.push(started.elapsed());
        let (_, html) = server.get(&page);
        assert!(html.contains(&words), "round {round}: {html}");
        let (_, english) = server.get(&format!("/en{page}"));
        assert!(english.contains(&words), "the fallback page too: {english}");
        let (_, srt) = server.get("/media/ban-tin.srt");
        assert!(
            srt.contains(&format!("00:00:03,000 --> 00:00:06,000\r\n{words}")),
            "{srt}"
        );
        let (_, vtt) = server.get("/media/ban-tin.vtt");
        assert_eq!(vtt, text);
    }
    times.sort();
    let median = times[times.len() / 2];
    eprintln!("transcript edit to reload: {times:?}, median {median:?}");
    assert!(
        median < TRANSCRIPT_RELOAD,
        "a transcript edit took {median:?} to reload the page (all: {times:?})"
    );
    // A broken transcript is shown at its line, and the fixed one served again.
    site.write(SEGMENT_VTT, "WEBVTT\n\n00:03.000 --> 00:01.000\nNgược\n");
    let error = next_event(&events, "build-error");
    assert!(error.contains("static/media/ban-tin.vtt"), "{error}");
}

//! The dev server's HTTP side: serves the last good build from memory, injects the live-reload
//! script into HTML pages, and streams build events to open tabs over Server-Sent Events.

use std::io::Write;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use serde::Serialize;
use tiny_http::{Header, Method, Request, Response, StatusCode};

use crate::commands::serve::paths::{self, Lookup};
use crate::commands::serve::range::{self, Wanted};
use crate::commands::serve::rebuild::Files;
use crate::diagnostics::{Diagnostic, Severity};
use crate::languages::ui::UiStrings;
use crate::languages::{Language, Languages};
use crate::markdown::escape_html;

/// The path of the event stream.
pub const EVENTS_PATH: &str = "/__loa/events";
/// Paths under this prefix belong to the dev server, never to the site.
const OWN_PREFIX: &str = "/__loa/";
/// How often an idle event stream sends a comment, to notice closed tabs.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");
const WAITING_HTML: &str = include_str!("waiting.html");

/// A build problem as the browser shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemView {
    severity: &'static str,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

impl ProblemView {
    pub fn new(diagnostic: &Diagnostic, site_dir: &std::path::Path) -> ProblemView {
        ProblemView {
            severity: match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            file: diagnostic
                .path
                .strip_prefix(site_dir)
                .unwrap_or(&diagnostic.path)
                .display()
                .to_string(),
            line: diagnostic.line,
            column: diagnostic.column,
            message: diagnostic.message.clone(),
        }
    }
}

/// What is being served.
#[derive(Default, Clone)]
struct Published {
    /// Counts good builds; pages carry it, so a tab that missed a reload still reloads.
    generation: u64,
    /// The last good build's files (empty before the first).
    files: Arc<Files>,
    /// The problems of the last build, when it failed.
    error: Option<Arc<Vec<ProblemView>>>,
}

/// A message to open tabs.
#[derive(Clone)]
enum Event {
    Reload(u64),
    Failed(Arc<Vec<ProblemView>>),
}

/// The state shared by the HTTP workers and the rebuild loop.
pub struct Shared {
    published: RwLock<Published>,
    listeners: Mutex<Vec<Sender<Event>>>,
    /// loa's own UI strings, for the error box.
    ui: Option<UiStrings>,
}

impl Shared {
    pub fn new() -> Shared {
        Shared {
            published: RwLock::default(),
            listeners: Mutex::default(),
            ui: own_ui(),
        }
    }

    /// Serves a new good build and tells open tabs to reload; returns the files served until
    /// now.
    pub fn publish(&self, files: Arc<Files>) -> Arc<Files> {
        let (generation, served) = {
            let mut published = self.published.write().unwrap_or_else(|p| p.into_inner());
            published.generation += 1;
            published.error = None;
            let served = std::mem::replace(&mut published.files, files);
            (published.generation, served)
        };
        self.broadcast(Event::Reload(generation));
        served
    }

    /// Shows a failed build's problems over every open tab; the last good build stays served.
    pub fn fail(&self, problems: Vec<ProblemView>) {
        let problems = Arc::new(problems);
        self.published
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .error = Some(problems.clone());
        self.broadcast(Event::Failed(problems));
    }

    /// Whether a good build is being served.
    pub fn has_build(&self) -> bool {
        !self.snapshot().files.is_empty()
    }

    fn broadcast(&self, event: Event) {
        self.listeners
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|listener| listener.send(event.clone()).is_ok());
    }

    fn snapshot(&self) -> Published {
        self.published
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The error box's contents as JSON, in `lang` when loa has UI strings for it.
    fn report_json(&self, problems: &[ProblemView], lang: &str) -> String {
        let text = |id: &str| {
            self.ui
                .as_ref()
                .and_then(|ui| {
                    ui.message(lang, id, &[])
                        .or_else(|| ui.message(OWN_DEFAULT_LANGUAGE, id, &[]))
                })
                .map(|message| message.text)
                .unwrap_or_else(|| id.to_string())
        };
        let report = serde_json::json!({
            "title": text("dev-build-failed"),
            "hint": text("dev-build-failed-hint"),
            "diagnostics": problems,
        });
        report.to_string()
    }
}

impl Default for Shared {
    fn default() -> Self {
        Shared::new()
    }
}

/// The language of loa's own messages when the page's has none.
const OWN_DEFAULT_LANGUAGE: &str = "vi";

/// loa's built-in UI strings, one language per embedded `.ftl`, each falling back to Vietnamese.
fn own_ui() -> Option<UiStrings> {
    let sources = crate::load::theme::embedded_ftl_sources();
    let list = sources
        .iter()
        .map(|source| Language::new(source.lang.clone(), source.lang.clone(), None))
        .collect();
    let languages = Languages::new(list, OWN_DEFAULT_LANGUAGE).ok()?;
    UiStrings::new(&languages, sources).ok().map(|(ui, _)| ui)
}

/// Answers one request. Event streams get a thread of their own.
pub fn handle(request: Request, shared: &Arc<Shared>) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response =
            Response::from_string("only GET and HEAD are served\n").with_status_code(405);
        let _ = request.respond(with_header(response, "Allow", "GET, HEAD"));
        return;
    }
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path == EVENTS_PATH {
        let shared = shared.clone();
        let query = query.to_string();
        std::thread::spawn(move || stream_events(request, &shared, &query));
        return;
    }
    let reply = reply(shared, path, query);
    match reply.location {
        Some(location) => {
            let response = with_header(Response::empty(reply.status), "Location", &location);
            let _ = request.respond(response);
        }
        None => {
            let range = (request.headers().iter())
                .find(|header| header.field.equiv("Range"))
                .map(|header| header.value.as_str().to_string());
            let reply = ranged(reply, range.as_deref());
            respond(request, reply)
        }
    }
}

/// The answer to a GET of `path`.
struct Reply {
    status: u16,
    content_type: &'static str,
    bytes: Vec<u8>,
    location: Option<String>,
}

/// A file's reply with its headers about ranges.
struct Ranged {
    reply: Reply,
    /// `Content-Range`, for a part (`206`) or an unsatisfiable range (`416`).
    content_range: Option<String>,
}

/// `reply` cut to the range a `Range` header asks, when it is a file (`200`); browsers seek in
/// a recording so.
fn ranged(reply: Reply, header: Option<&str>) -> Ranged {
    if reply.status != 200 {
        return Ranged {
            reply,
            content_range: None,
        };
    }
    let size = reply.bytes.len();
    match range::wanted(header, size) {
        Wanted::Whole => Ranged {
            reply,
            content_range: None,
        },
        Wanted::Part(part) => Ranged {
            content_range: Some(range::content_range(&part, size)),
            reply: Reply {
                status: 206,
                bytes: reply.bytes[part].to_vec(),
                ..reply
            },
        },
        Wanted::Unsatisfiable => Ranged {
            content_range: Some(range::unsatisfiable(size)),
            reply: Reply {
                status: 416,
                content_type: paths::content_type("text.txt"),
                bytes: Vec::new(),
                ..reply
            },
        },
    }
}

fn reply(shared: &Shared, path: &str, query: &str) -> Reply {
    let Published {
        generation,
        files,
        error,
    } = shared.snapshot();
    let page = |key: &str, status: u16| {
        let lang = language_of(key);
        let snippet = live_snippet(shared, generation, error.as_deref(), lang);
        let (content_type, bytes) = match files.get(key) {
            Some(bytes) if key.ends_with(".html") => {
                (paths::content_type(key), inject(bytes, &snippet))
            }
            Some(bytes) => (paths::content_type(key), bytes.to_vec()),
            None => (
                paths::content_type("waiting.html"),
                inject(WAITING_HTML.as_bytes(), &snippet),
            ),
        };
        Reply {
            status,
            content_type,
            bytes,
            location: None,
        }
    };
    let plain = |status: u16, text: &str| Reply {
        status,
        content_type: paths::content_type("text.txt"),
        bytes: text.as_bytes().to_vec(),
        location: None,
    };
    if path.starts_with(OWN_PREFIX) {
        return plain(404, "not found\n");
    }
    if files.is_empty() {
        // Not built yet, or the first build failed: a blank page that shows the error box and
        // reloads when a build succeeds.
        return page("index.html", 503);
    }
    match paths::lookup(&files, path) {
        Err(_) => plain(400, "bad request: the path must stay inside the site\n"),
        Ok(Lookup::File(key)) => page(&key, 200),
        // The request's own (ASCII, still encoded) path, with the slash it lacked.
        Ok(Lookup::Redirect) => Reply {
            location: Some(match query {
                "" => format!("{path}/"),
                query => format!("{path}/?{query}"),
            }),
            ..plain(301, "")
        },
        Ok(Lookup::Missing) => {
            let decoded = paths::decode(path).unwrap_or_default();
            let prefix = decoded
                .trim_start_matches('/')
                .split('/')
                .next()
                .unwrap_or_default();
            let localized = format!("{prefix}/404.html");
            let key = if files.contains_key(&localized) {
                localized
            } else {
                "404.html".to_string()
            };
            page(&key, 404)
        }
    }
}

fn respond(request: Request, ranged: Ranged) {
    let Ranged {
        reply,
        content_range,
    } = ranged;
    let mut response = Response::from_data(reply.bytes).with_status_code(StatusCode(reply.status));
    for (name, value) in [
        ("Content-Type", reply.content_type),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Accept-Ranges", "bytes"),
    ] {
        response = with_header(response, name, value);
    }
    if let Some(content_range) = content_range {
        response = with_header(response, "Content-Range", &content_range);
    }
    let _ = request.respond(response);
}

/// `response` with a header added; a value that is not ASCII is left out.
fn with_header<R: std::io::Read>(response: Response<R>, name: &str, value: &str) -> Response<R> {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(header) => response.with_header(header),
        Err(()) => response,
    }
}

/// The language of a page from its output path: `tyz/articles/x/index.html` → `tyz`.
fn language_of(key: &str) -> &str {
    match key.split_once('/') {
        Some((first, _)) => first,
        None => OWN_DEFAULT_LANGUAGE,
    }
}

/// What goes at the end of every served HTML page: the current build error, if any, and the
/// live-reload script.
fn live_snippet(
    shared: &Shared,
    generation: u64,
    error: Option<&Vec<ProblemView>>,
    lang: &str,
) -> String {
    let mut snippet = String::new();
    if let Some(problems) = error {
        snippet.push_str("<script type=\"application/json\" id=\"loa-build-error\">");
        snippet.push_str(&script_safe(&shared.report_json(problems, lang)));
        snippet.push_str("</script>\n");
    }
    snippet.push_str(&format!(
        "<script data-generation=\"{}\">\n{LIVE_RELOAD_JS}</script>\n",
        escape_html(&generation.to_string())
    ));
    snippet
}

/// JSON that cannot close the `<script>` element it sits in.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// `html` with `snippet` before its last `</body>` (or at its end).
fn inject(html: &[u8], snippet: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let at = text.rfind("</body>").unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + snippet.len());
    out.push_str(&text[..at]);
    out.push_str(snippet);
    out.push_str(&text[at..]);
    out.into_bytes()
}

/// Serves `/__loa/events`: the current state first, then every build's outcome, until the tab
/// goes away.
fn stream_events(request: Request, shared: &Shared, query: &str) {
    let parameter = |name: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .and_then(|(_, value)| paths::decode(&format!("/{value}")).ok())
            .map(|value| value.trim_start_matches('/').to_string())
    };
    let seen = parameter("generation").and_then(|value| value.parse::<u64>().ok());
    let lang = parameter("lang").unwrap_or_default();
    let (sender, events) = mpsc::channel();
    // Listen before looking at the state, so no build can fall between the two.
    shared
        .listeners
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(sender);
    let Published {
        generation, error, ..
    } = shared.snapshot();
    let mut out = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n\
                Cache-Control: no-store\r\nConnection: close\r\n\r\nretry: 1000\n\n";
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    let first = match error {
        Some(problems) => Some(Event::Failed(problems)),
        None if seen.is_some_and(|seen| seen != generation) => Some(Event::Reload(generation)),
        None => None,
    };
    let mut next = first.map(Ok).unwrap_or(Err(RecvTimeoutError::Timeout));
    loop {
        let text = match next {
            Ok(Event::Reload(generation)) => format!("event: reload\ndata: {generation}\n\n"),
            Ok(Event::Failed(problems)) => format!(
                "event: build-error\ndata: {}\n\n",
                shared.report_json(&problems, &lang)
            ),
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if out
            .write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
        next = events.recv_timeout(KEEP_ALIVE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_goes_before_the_body_end() {
        let page = inject(b"<html><body><p>x</p></body></html>", "<script></script>");
        assert_eq!(
            String::from_utf8(page).unwrap(),
            "<html><body><p>x</p><script></script></body></html>"
        );
        assert_eq!(inject(b"plain", "S"), b"plainS");
    }

    #[test]
    fn error_json_cannot_close_its_script() {
        assert_eq!(
            script_safe(r#"{"m":"</script>"}"#),
            r#"{"m":"\u003c/script>"}"#
        );
    }
}

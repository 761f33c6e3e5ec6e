//! Site paths: URL paths decoded, refused when they try to leave the site, and looked up among
//! the rendered files (`articles/x/index.html`). Used by the dev server and by `loa check`.

use std::collections::BTreeMap;

/// Why a URL path was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadPath {
    /// Not a path from the site root.
    NotAbsolute,
    /// A `%` not followed by two hex digits, or bytes that are not UTF-8.
    BadEncoding,
    /// `.` or `..` segments, backslashes or NUL, written plainly or percent-encoded.
    Traversal,
}

/// What a site path names among the rendered files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The key of the file to serve.
    File(String),
    /// A folder named without its trailing slash: the reader is sent to the path with one.
    Redirect,
    Missing,
}

/// Whether a link is a path from the site root (`/images/x.svg`), not a URL or relative path.
pub fn is_site_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//")
}

/// The path of a URL (query and fragment dropped), percent-decoded and checked.
pub fn decode(url: &str) -> Result<String, BadPath> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if !path.starts_with('/') {
        return Err(BadPath::NotAbsolute);
    }
    let mut bytes = Vec::with_capacity(path.len());
    let mut rest = path.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = tail
                .get(..2)
                .and_then(|hex| std::str::from_utf8(hex).ok())
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
                .ok_or(BadPath::BadEncoding)?;
            bytes.push(hex);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    let decoded = String::from_utf8(bytes).map_err(|_| BadPath::BadEncoding)?;
    if decoded.contains(['\\', '\0'])
        || decoded
            .split('/')
            .any(|segment| segment == "." || segment == "..")
    {
        return Err(BadPath::Traversal);
    }
    Ok(decoded)
}

/// Finds what `url` names among `files` (keyed by output path, `/`-separated, no leading `/`):
/// a folder path serves its `index.html`.
pub fn lookup<T>(files: &BTreeMap<String, T>, url: &str) -> Result<Lookup, BadPath> {
    let decoded = decode(url)?;
    let relative = decoded.trim_start_matches('/');
    if relative.is_empty() || relative.ends_with('/') {
        let key = format!("{relative}index.html");
        return Ok(if files.contains_key(&key) {
            Lookup::File(key)
        } else {
            Lookup::Missing
        });
    }
    if files.contains_key(relative) {
        return Ok(Lookup::File(relative.to_string()));
    }
    if files.contains_key(&format!("{relative}/index.html")) {
        return Ok(Lookup::Redirect);
    }
    Ok(Lookup::Missing)
}

/// The `Content-Type` of a file, from its extension.
pub fn content_type(key: &str) -> &'static str {
    let extension = key
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "pdf" => "application/pdf",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "ogg" | "opus" | "oga" => "audio/ogg",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "vtt" => "text/vtt; charset=utf-8",
        "srt" => "application/x-subrip; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> BTreeMap<String, Vec<u8>> {
        ["index.html", "articles/x/index.html", "style.css"]
            .into_iter()
            .map(|key| (key.to_string(), Vec::new()))
            .collect()
    }

    #[test]
    fn folders_serve_their_index_and_lack_of_slash_redirects() {
        let files = files();
        assert_eq!(lookup(&files, "/"), Ok(Lookup::File("index.html".into())));
        assert_eq!(
            lookup(&files, "/articles/x/?a=1"),
            Ok(Lookup::File("articles/x/index.html".into()))
        );
        assert_eq!(lookup(&files, "/articles/x"), Ok(Lookup::Redirect));
        assert_eq!(lookup(&files, "/articles/"), Ok(Lookup::Missing));
        assert_eq!(
            lookup(&files, "/st%79le.css"),
            Ok(Lookup::File("style.css".into()))
        );
    }

    #[test]
    fn traversal_is_refused_plain_or_encoded() {
        for url in [
            "/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E%2f%2E%2E%2fetc/passwd",
            "/articles/..%5c..%5cwindows",
            "/./style.css",
            "/a%00b",
        ] {
            assert_eq!(decode(url), Err(BadPath::Traversal), "{url}");
        }
        assert_eq!(decode("/%zz"), Err(BadPath::BadEncoding));
        assert_eq!(decode("/%c3"), Err(BadPath::BadEncoding));
        assert_eq!(decode("etc/passwd"), Err(BadPath::NotAbsolute));
        assert_eq!(decode("/ti%E1%BA%BFng"), Ok("/tiếng".into()));
    }
}

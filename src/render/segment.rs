//! A segment's recordings as a reader of one language gets them: each `media:` item's recording,
//! label and transcript from the first language of the reader's fallback chain that gives one,
//! measured, with a notice when the recording is another language's.

use crate::languages::format::Formatter;
use crate::load::content::Article;
use crate::load::content::article::ArticleText;
use crate::load::content::chapters::{self, Chapter};
use crate::load::content::segment::TranscriptSource;
use crate::load::content::segment::{MediaSource, MediaVersion};
use crate::load::media::{MediaInfo, MediaKind};
use crate::load::webvtt;
use crate::render::context::Context;
use crate::render::views::TranscriptView;
use crate::render::views::{ChapterView, ChaptersView, CueView, MediaView, Text, TrackView};
use crate::urls::Page;

/// The recording a reader hears of one `media:` item: the first of their fallback chain's.
pub(super) struct Recording<'a> {
    pub source: &'a MediaSource,
    /// The language whose recording it is.
    pub lang: &'a str,
    pub info: &'a MediaInfo,
}

impl Recording<'_> {
    /// The recording's link: under the site root for a file of `static/`, else its URL.
    pub fn href(&self, cx: &Context) -> String {
        match self.source {
            MediaSource::Static(path) => format!("{}{path}", cx.urls.site_root()),
            MediaSource::Remote { url, .. } => url.clone(),
        }
    }
}

/// The recording of item `item` of `article` for a reader of `lang`, if it has one measured.
pub(super) fn recording<'a>(
    cx: &Context<'a>,
    article: &'a Article,
    item: usize,
    lang: &str,
) -> Option<Recording<'a>> {
    let (source, recording_lang) = (article.texts).find(lang, cx.languages, |text| {
        text.media
            .get(item)
            .and_then(|v: &MediaVersion| v.file.as_ref())
    })?;
    let info = cx.site.media.get(source.key())?;
    Some(Recording {
        source,
        lang: recording_lang,
        info,
    })
}

/// The transcripts of `recording` (item `item` of `article`), each in its own language: those
/// of the languages whose readers hear this same recording.
pub(super) fn transcripts_of<'a>(
    cx: &Context<'a>,
    article: &'a Article,
    item: usize,
    recording: &MediaSource,
) -> Vec<(&'a TranscriptSource, &'a str)> {
    (article.texts.languages(cx.languages))
        .filter_map(|code| {
            let version = article.texts.get(code)?.media.get(item)?;
            let heard = self::recording(cx, article, item, code)?;
            let transcript = version.transcript.as_ref()?;
            (heard.source == recording).then_some((transcript, code))
        })
        .collect()
}

/// The title of item `item` for a reader of `lang`, from their fallback chain.
pub(super) fn item_title(cx: &Context, article: &Article, item: usize, lang: &str) -> Option<Text> {
    (article.texts)
        .find(lang, cx.languages, |text| {
            text.media.get(item).and_then(|v| v.title.as_ref())
        })
        .map(|(title, code)| Text::new(title.clone(), code, lang))
}

/// The recordings of `article` for a reader of `lang`, in `media:` order.
/// `text_lang`: the language of the text the page shows.
pub(super) fn media_views(
    cx: &Context,
    article: &Article,
    lang: &str,
    text_lang: &str,
) -> Vec<MediaView> {
    let count = article.texts.original().media.len();
    (0..count)
        .filter_map(|item| {
            let recording = recording(cx, article, item, lang)?;
            let (info, recording_lang) = (recording.info, recording.lang);
            let language_name = |code: &str| {
                (cx.languages.get(code))
                    .map(|language| language.name.clone())
                    .unwrap_or_default()
            };
            Some(MediaView {
                kind: info.kind.name(),
                src: recording.href(cx),
                mime: info.mime.clone(),
                format: format_name(info),
                title: item_title(cx, article, item, lang),
                minutes: minutes(info),
                seconds: seconds(info),
                size: size(cx.site.formatter(lang), info.length),
                recording_lang: recording_lang.to_string(),
                // A page that is wholly another language's already says so.
                fallback_language: (recording_lang != lang && recording_lang != text_lang)
                    .then(|| language_name(lang)),
                recording_language: language_name(recording_lang),
                tracks: if info.kind == MediaKind::Video {
                    tracks(cx, article, item, lang)
                } else {
                    Vec::new()
                },
                transcript: transcript(cx, article, item, lang),
                chapters: chapters_view(cx, article, item, lang),
            })
        })
        .collect()
}

/// The duration in whole seconds, rounded.
pub(super) fn seconds(info: &MediaInfo) -> u64 {
    (info.duration_ms + 500) / 1000
}

/// The item's WebVTT transcript in the reader's language or along their fallback chain.
fn reader_vtt<'a>(
    cx: &Context,
    article: &'a Article,
    item: usize,
    lang: &str,
) -> Option<(&'a str, &'a str)> {
    let (source, code) = article.texts.find(lang, cx.languages, |text| {
        text.media.get(item).and_then(|v| v.transcript.as_ref())
    })?;
    match source {
        TranscriptSource::WebVtt(path) => Some((path.as_str(), code)),
        TranscriptSource::Body => None,
    }
}

/// Every language's captions of a video item, the reader's first.
fn tracks(cx: &Context, article: &Article, item: usize, lang: &str) -> Vec<TrackView> {
    let shown = reader_vtt(cx, article, item, lang).map(|(path, _)| path);
    let mut tracks: Vec<TrackView> = (article.texts.languages(cx.languages))
        .filter_map(|code| {
            let version = article.texts.get(code)?.media.get(item)?;
            let Some(TranscriptSource::WebVtt(path)) = &version.transcript else {
                return None;
            };
            Some(TrackView {
                src: format!("{}{path}", cx.urls.site_root()),
                srclang: code.to_string(),
                label: cx.languages.get(code)?.name.clone(),
                default: Some(path.as_str()) == shown,
            })
        })
        .collect();
    tracks.sort_by_key(|track| !track.default);
    tracks
}

/// The chapters of item `item` (from 0) for a reader of `lang`: their own language's titles,
/// or those of the first language of their fallback chain that gives them, and that language.
pub(super) fn reader_chapters<'a>(
    cx: &Context,
    article: &'a Article,
    item: usize,
    lang: &str,
) -> Option<(&'a [Chapter], &'a str)> {
    let chapters = |text: &'a ArticleText| text.media.get(item)?.chapters.as_deref();
    article.texts.find(lang, cx.languages, chapters)
}

/// The absolute URL of the JSON chapters file of item `item` (from 0) of `article` in `lang`,
/// when the item has chapters: what a podcast feed's `<podcast:chapters url=…
/// type="application/json+chapters"/>` names.
pub(crate) fn chapters_url(
    cx: &Context,
    article: &Article,
    item: usize,
    lang: &str,
) -> Option<String> {
    reader_chapters(cx, article, item, lang)?;
    Some(cx.urls.chapters_url(lang, article.slug_in(lang), item + 1))
}

/// The item's chapters as the page lists them.
fn chapters_view(cx: &Context, article: &Article, item: usize, lang: &str) -> Option<ChaptersView> {
    let (list, code) = reader_chapters(cx, article, item, lang)?;
    let page = Page::Chapters {
        article: article.slug_in(lang),
        item: item + 1,
    };
    Some(ChaptersView {
        href: cx.urls.href(lang, page),
        url: chapters_url(cx, article, item, lang)?,
        lang: code.to_string(),
        items: (list.iter())
            .map(|chapter| ChapterView {
                start: chapters::clock(chapter.start_ms),
                start_iso: iso_duration(chapter.start_ms),
                title: Text::new(chapter.title.clone(), code, lang),
            })
            .collect(),
    })
}

/// `PT65S`, `PT2.5S`: a time from the start, for `<time datetime>`.
fn iso_duration(ms: u64) -> String {
    match ms % 1000 {
        0 => format!("PT{}S", ms / 1000),
        fraction => {
            let fraction = format!("{fraction:03}");
            format!("PT{}.{}S", ms / 1000, fraction.trim_end_matches('0'))
        }
    }
}

/// The reader's timestamped transcript of an item.
fn transcript(cx: &Context, article: &Article, item: usize, lang: &str) -> Option<TranscriptView> {
    let (path, code) = reader_vtt(cx, article, item, lang)?;
    let cues = cx.site.transcripts.get(path)?;
    Some(TranscriptView {
        lang: code.to_string(),
        vtt: format!("{}{path}", cx.urls.site_root()),
        srt: format!("{}{}", cx.urls.site_root(), crate::urls::srt_beside(path)),
        cues: (cues.iter())
            .map(|cue| CueView {
                start: webvtt::clock(cue.start_ms),
                start_iso: format!("PT{}S", cue.start_ms / 1000),
                text: cue.lines.join(" "),
            })
            .collect(),
    })
}

/// Whole minutes, rounded, for durations of a minute or more; `0` below (seconds are shown).
fn minutes(info: &MediaInfo) -> u64 {
    if info.duration_ms < 60_000 {
        0
    } else {
        (info.duration_ms + 30_000) / 60_000
    }
}

/// The size as readers see it: `8,4 MB`, `24 KB` (decimal units, as phones show them).
fn size(formatter: &Formatter, bytes: u64) -> String {
    let (value, unit) = if bytes >= 1_000_000 {
        let tenths = (bytes + 50_000) / 100_000;
        (format!("{}.{}", tenths / 10, tenths % 10), "MB")
    } else {
        (bytes.div_ceil(1000).to_string(), "KB")
    };
    let number = formatter.number(&value).unwrap_or(value);
    format!("{number}\u{a0}{unit}")
}

/// The short name of the file's format for the download link: `MP3`, `M4A`, `WebM`…
fn format_name(info: &MediaInfo) -> &'static str {
    match info.mime.as_str() {
        "audio/mpeg" => "MP3",
        "audio/mp4" => "M4A",
        "video/mp4" => "MP4",
        "audio/ogg" => "Ogg",
        "audio/webm" | "video/webm" => "WebM",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_written_as_each_language_writes_numbers() {
        let vi = Formatter::new("vi").unwrap();
        let en = Formatter::new("en").unwrap();
        assert_eq!(size(&vi, 8_400_000), "8,4\u{a0}MB");
        assert_eq!(size(&en, 8_400_000), "8.4\u{a0}MB");
        assert_eq!(size(&vi, 24_381), "25\u{a0}KB");
        assert_eq!(size(&vi, 12_345_678_901), "12.345,7\u{a0}MB");
    }
}

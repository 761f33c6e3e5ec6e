//! Broadcast media read from their headers: the container (from its magic bytes, never the file
//! name), whether it holds video, the codecs, the duration and the size. Nothing is decoded:
//! symphonia's demuxers read the headers (`mdhd`, Matroska `Info`, the last Ogg page's
//! granule position, an MP3's Xing/Info or VBRI frame), and an MP3 without such a frame has its
//! frames walked, packet by packet, since a bitrate estimate is wrong for VBR files.

use std::collections::BTreeMap;
use std::io::Cursor;

use symphonia::core::codecs::{
    CODEC_TYPE_AAC, CODEC_TYPE_ALAC, CODEC_TYPE_FLAC, CODEC_TYPE_MP3, CODEC_TYPE_NULL,
    CODEC_TYPE_OPUS, CODEC_TYPE_VORBIS, CODEC_TYPE_WAVPACK, CodecType,
};
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::{FormatOptions, FormatReader};
use symphonia::core::io::{MediaSourceStream, MediaSourceStreamOptions};
use symphonia::default::formats::{IsoMp4Reader, MkvReader, MpaReader, OggReader};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::content::Article;
use crate::load::content::chapters;
use crate::load::content::segment::MediaSource;
use crate::load::statics::StaticFiles;

/// Every recording the articles name, measured, by site path or URL.
pub type MediaFiles = BTreeMap<String, MediaInfo>;

/// Measures every recording of every article's `media:` (a file read once, however many items
/// name it); each file that cannot be read is an error at the item that names it.
pub fn measure(articles: &[Article], statics: &StaticFiles) -> Result<MediaFiles, Diagnostics> {
    let mut files = MediaFiles::new();
    let mut diagnostics = Diagnostics::default();
    let versions = (articles.iter()).flat_map(|article| article.texts.versions());
    for (_, text) in versions {
        for version in &text.media {
            let Some(source) = &version.file else {
                continue;
            };
            if files.contains_key(source.key()) {
                continue;
            }
            let measured = match source {
                MediaSource::Remote {
                    length,
                    mime,
                    duration_ms,
                    ..
                } => Ok(MediaInfo {
                    kind: if mime.starts_with("video/") {
                        MediaKind::Video
                    } else {
                        MediaKind::Audio
                    },
                    mime: mime.clone(),
                    duration_ms: *duration_ms,
                    length: *length,
                }),
                MediaSource::Static(path) => {
                    let file = statics.get(path.trim_start_matches('/'));
                    match file {
                        Some(file) => probe(&file.bytes),
                        None => Err(MediaError::Corrupt("it is not in static/".into())),
                    }
                }
            };
            match measured {
                Ok(info) => {
                    files.insert(source.key().to_string(), info);
                }
                Err(error) => {
                    let problem = match error {
                        MediaError::Corrupt(_) => Problem::Unreadable,
                        _ => Problem::InvalidValue,
                    };
                    let message = format!("`media` item, `file`: `{}` {error}", source.key());
                    diagnostics.push(
                        Diagnostic::error(problem, &text.path, message).at_line(version.line),
                    );
                }
            }
        }
    }
    diagnostics.extend(check_chapters(articles, &files));
    if diagnostics.has_errors() {
        Err(diagnostics)
    } else {
        Ok(files)
    }
}

/// Every chapter of an item starts within each recording of it (every language's): the
/// starts are the same in every language. An error at the chapter's line of the original.
fn check_chapters(articles: &[Article], files: &MediaFiles) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    for article in articles {
        let original = article.texts.original();
        for (item, version) in original.media.iter().enumerate() {
            let Some(chapters) = &version.chapters else {
                continue;
            };
            let recordings = (article.texts.versions())
                .filter_map(|(_, text)| text.media.get(item)?.file.as_ref());
            for source in recordings {
                let Some(info) = files.get(source.key()) else {
                    continue;
                };
                let past = chapters.iter().filter(|c| c.start_ms >= info.duration_ms);
                for chapter in past {
                    let message = format!(
                        "`media` item {}, `chapters`: `start: {}` is not within the recording \
                         `{}`, which lasts {}: expected each chapter to start before its end",
                        item + 1,
                        chapters::clock(chapter.start_ms),
                        source.key(),
                        chapters::clock(info.duration_ms),
                    );
                    diagnostics.push(
                        Diagnostic::error(Problem::InvalidValue, &original.path, message)
                            .at_line(chapter.line),
                    );
                }
            }
        }
    }
    diagnostics
}

/// Audio or video: decides the player, the podcast feed and the captions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    Audio,
    Video,
}

impl MediaKind {
    pub fn name(self) -> &'static str {
        match self {
            MediaKind::Audio => "audio",
            MediaKind::Video => "video",
        }
    }
}

/// What a media file is, as its headers say.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MediaInfo {
    pub kind: MediaKind,
    /// The MIME type of the container holding this kind: `audio/mpeg`, `video/mp4`…
    pub mime: String,
    /// In milliseconds.
    pub duration_ms: u64,
    /// The file's size in bytes.
    pub length: u64,
}

/// The containers loa reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    Mp3,
    Mp4,
    Ogg,
    /// Matroska or WebM: `webm` is whether the EBML DocType says `webm`.
    Matroska {
        webm: bool,
    },
}

/// Why a file could not be measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaError {
    /// Not a container loa reads (mp3, mp4/m4a, ogg, webm).
    UnsupportedContainer,
    /// A container loa reads, with a codec a browser would not play.
    UnsupportedCodec(String),
    /// The headers do not parse, or give no duration.
    Corrupt(String),
}

impl std::fmt::Display for MediaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MediaError::UnsupportedContainer => f.write_str(
                "is not a media file loa reads: expected MP3, MP4/M4A (AAC), Ogg (Opus, Vorbis) \
                 or WebM",
            ),
            MediaError::UnsupportedCodec(what) => write!(
                f,
                "holds {what}, which browsers and podcast apps do not all play: expected MP3, \
                 AAC, Opus or Vorbis audio"
            ),
            MediaError::Corrupt(why) => write!(f, "is damaged or truncated: {why}"),
        }
    }
}

/// Reads a media file's headers.
pub fn probe(bytes: &[u8]) -> Result<MediaInfo, MediaError> {
    let container = container(bytes).ok_or(MediaError::UnsupportedContainer)?;
    let stream = MediaSourceStream::new(
        Box::new(Cursor::new(bytes.to_vec())),
        MediaSourceStreamOptions::default(),
    );
    let options = FormatOptions {
        enable_gapless: true,
        ..FormatOptions::default()
    };
    let opened: Result<Box<dyn FormatReader>, SymphoniaError> = match container {
        Container::Mp3 => MpaReader::try_new(stream, &options).map(|r| Box::new(r) as _),
        Container::Mp4 => IsoMp4Reader::try_new(stream, &options).map(|r| Box::new(r) as _),
        Container::Ogg => OggReader::try_new(stream, &options).map(|r| Box::new(r) as _),
        Container::Matroska { .. } => {
            MkvReader::try_new(stream, &options).map(|r| Box::new(r) as _)
        }
    };
    let mut reader = opened.map_err(|e| MediaError::Corrupt(e.to_string()))?;
    let mut video = false;
    let mut audio = false;
    for track in reader.tracks() {
        let params = &track.codec_params;
        match (params.codec, params.sample_rate) {
            (CODEC_TYPE_NULL, None) => video = true,
            (codec, _) if playable(codec) => audio = true,
            (codec, _) => {
                return Err(MediaError::UnsupportedCodec(codec_name(codec)));
            }
        }
    }
    if !audio && !video {
        return Err(MediaError::Corrupt("it has no audio or video track".into()));
    }
    let walk = container == Container::Mp3 && !has_vbr_header(bytes);
    let duration_ms = if walk {
        None
    } else {
        header_duration(reader.as_ref())
    };
    let duration_ms = match duration_ms {
        Some(ms) => ms,
        None => walk_packets(reader.as_mut())?,
    };
    if duration_ms == 0 {
        return Err(MediaError::Corrupt("its duration is zero".into()));
    }
    let kind = if video {
        MediaKind::Video
    } else {
        MediaKind::Audio
    };
    Ok(MediaInfo {
        kind,
        mime: mime(container, kind).to_string(),
        duration_ms,
        length: bytes.len() as u64,
    })
}

fn playable(codec: CodecType) -> bool {
    [
        CODEC_TYPE_MP3,
        CODEC_TYPE_AAC,
        CODEC_TYPE_OPUS,
        CODEC_TYPE_VORBIS,
    ]
    .contains(&codec)
}

fn codec_name(codec: CodecType) -> String {
    match codec {
        CODEC_TYPE_FLAC => "FLAC audio".into(),
        CODEC_TYPE_ALAC => "ALAC audio".into(),
        CODEC_TYPE_WAVPACK => "WavPack audio".into(),
        _ => format!("an audio codec other than these (symphonia's {codec})"),
    }
}

fn mime(container: Container, kind: MediaKind) -> &'static str {
    match (container, kind) {
        (Container::Mp3, _) => "audio/mpeg",
        (Container::Mp4, MediaKind::Audio) => "audio/mp4",
        (Container::Mp4, MediaKind::Video) => "video/mp4",
        (Container::Ogg, _) => "audio/ogg",
        (Container::Matroska { webm: true }, MediaKind::Audio) => "audio/webm",
        (Container::Matroska { webm: true }, MediaKind::Video) => "video/webm",
        (Container::Matroska { webm: false }, MediaKind::Audio) => "audio/x-matroska",
        (Container::Matroska { webm: false }, MediaKind::Video) => "video/x-matroska",
    }
}

/// The container, from the file's first bytes.
fn container(bytes: &[u8]) -> Option<Container> {
    if bytes.starts_with(b"OggS") {
        Some(Container::Ogg)
    } else if bytes.get(4..8) == Some(b"ftyp") {
        Some(Container::Mp4)
    } else if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        let head = &bytes[..bytes.len().min(64)];
        let webm = head.windows(4).any(|w| w == b"webm");
        Some(Container::Matroska { webm })
    } else if bytes.starts_with(b"ID3") || first_frame(bytes).is_some() {
        Some(Container::Mp3)
    } else {
        None
    }
}

/// Where an MP3's first frame starts: after the ID3v2 tag, at an MPEG audio frame sync.
fn first_frame(bytes: &[u8]) -> Option<usize> {
    let start = match bytes.get(..10) {
        Some(tag) if tag.starts_with(b"ID3") => {
            // A syncsafe size: four 7-bit bytes; a footer adds 10 more.
            let size = tag[6..10]
                .iter()
                .fold(0usize, |size, byte| (size << 7) | usize::from(byte & 0x7F));
            let footer = if tag[5] & 0x10 != 0 { 10 } else { 0 };
            10 + size + footer
        }
        _ => 0,
    };
    let frame = bytes.get(start..start + 4)?;
    // 11 sync bits, a layer that is not "reserved".
    (frame[0] == 0xFF && frame[1] & 0xE0 == 0xE0 && frame[1] & 0x06 != 0).then_some(start)
}

/// Whether an MP3's first frame is a Xing/Info or VBRI frame, which gives the frame count.
fn has_vbr_header(bytes: &[u8]) -> bool {
    let Some(start) = first_frame(bytes) else {
        return false;
    };
    // Both tags sit within the first frame's first 200 bytes (after the side information).
    let head = &bytes[start..bytes.len().min(start + 200)];
    head.windows(4)
        .any(|w| w == b"Xing" || w == b"Info" || w == b"VBRI")
}

/// The longest track's duration as its headers give it.
fn header_duration(reader: &dyn FormatReader) -> Option<u64> {
    reader
        .tracks()
        .iter()
        .map(|track| {
            let params = &track.codec_params;
            let time = params.time_base?.calc_time(params.n_frames?);
            Some(time.seconds * 1000 + (time.frac * 1000.0).round() as u64)
        })
        .collect::<Option<Vec<u64>>>()
        .and_then(|durations| durations.into_iter().max())
}

/// The end of the last packet of each track, packets read (not decoded) to the end of the file.
fn walk_packets(reader: &mut dyn FormatReader) -> Result<u64, MediaError> {
    let bases: Vec<(u32, _)> = (reader.tracks().iter())
        .map(|track| (track.id, track.codec_params.time_base))
        .collect();
    let mut ends = vec![0u64; bases.len()];
    loop {
        match reader.next_packet() {
            Ok(packet) => {
                if let Some(at) = bases.iter().position(|(id, _)| *id == packet.track_id()) {
                    ends[at] = ends[at].max(packet.ts() + packet.dur());
                }
            }
            Err(SymphoniaError::IoError(error))
                if error.kind() == std::io::ErrorKind::UnexpectedEof =>
            {
                break;
            }
            Err(SymphoniaError::ResetRequired) => break,
            Err(error) => return Err(MediaError::Corrupt(error.to_string())),
        }
    }
    let longest = (bases.iter().zip(&ends))
        .filter_map(|((_, base), end)| {
            let time = (*base)?.calc_time(*end);
            Some(time.seconds * 1000 + (time.frac * 1000.0).round() as u64)
        })
        .max();
    longest.ok_or_else(|| MediaError::Corrupt("it gives no time base".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo(name: &str) -> Vec<u8> {
        let path = format!("{}/static/media/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn every_demo_container_is_measured_from_its_headers() {
        for (name, kind, mime, seconds) in [
            ("bdhvs-tap-1.mp3", MediaKind::Audio, "audio/mpeg", 6),
            ("bdhvs-tap-1.tyz.mp3", MediaKind::Audio, "audio/mpeg", 5),
            ("chuyen-doi-so-tap-1.m4a", MediaKind::Audio, "audio/mp4", 5),
            ("so-tay-an-toan-mang.ogg", MediaKind::Audio, "audio/ogg", 4),
            ("vneid-huong-dan.mp4", MediaKind::Video, "video/mp4", 4),
            ("vneid-huong-dan.webm", MediaKind::Video, "video/webm", 4),
        ] {
            let bytes = demo(name);
            let info = probe(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!((info.kind, info.mime.as_str()), (kind, mime), "{name}");
            assert_eq!(info.length, bytes.len() as u64, "{name}");
            let off = info.duration_ms.abs_diff(seconds * 1000);
            assert!(
                off <= 120,
                "{name}: {} ms, expected {seconds} s",
                info.duration_ms
            );
        }
    }

    #[test]
    fn an_mp3_without_a_xing_header_has_its_frames_walked() {
        let bytes = demo("bdhvs-tap-1.mp3");
        assert!(
            !has_vbr_header(&bytes),
            "the demo's first MP3 has no Xing frame"
        );
        assert!(has_vbr_header(&demo("bdhvs-tap-1.tyz.mp3")));
        // Cut a third of the frames off: a walk measures what is left, not the first frame's
        // bitrate times the file's size.
        let cut = &bytes[..bytes.len() * 2 / 3];
        let info = probe(cut).unwrap();
        assert!(
            info.duration_ms.abs_diff(4000) <= 150,
            "{}",
            info.duration_ms
        );
    }

    #[test]
    fn other_files_are_refused_with_the_reason() {
        assert_eq!(probe(b"<svg/>"), Err(MediaError::UnsupportedContainer));
        let mp4 = demo("vneid-huong-dan.mp4");
        assert!(matches!(probe(&mp4[..400]), Err(MediaError::Corrupt(_))));
        let webm = demo("vneid-huong-dan.webm");
        assert!(matches!(probe(&webm[..60]), Err(MediaError::Corrupt(_))));
    }
}

//! The SubRip (SRT) copy of every WebVTT transcript, published beside it (several podcast apps
//! read only SRT): the same cues, numbered, with commas before the milliseconds.

use crate::diagnostics::Diagnostic;
use crate::load::content::article::ArticleText;
use crate::load::content::segment::TranscriptSource;
use crate::load::webvtt::Cue;
use crate::render::PageKind;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::urls;

/// The SRT file of the WebVTT transcript at a site path.
#[derive(Debug, Clone)]
pub(super) struct Job {
    vtt: String,
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        (cx.site.transcripts.keys())
            .map(|vtt| Job { vtt: vtt.clone() })
            .collect()
    }

    fn reads(&self, cx: &Context) -> Reads {
        // The segments that name the file: after an edit of the file they are the changed
        // articles (see `commands::serve::rebuild`), which renders this copy again.
        let names = |text: &ArticleText| {
            (text.media.iter()).any(|version| {
                matches!(&version.transcript, Some(TranscriptSource::WebVtt(vtt)) if *vtt == self.vtt)
            })
        };
        let articles = (cx.site.content.articles.iter().enumerate())
            .filter(|(_, article)| article.texts.versions().any(|(_, text)| names(text)))
            .map(|(index, _)| index)
            .collect();
        Reads {
            articles,
            inputs: hash_of(&(&self.vtt, cx.site.transcripts.get(&self.vtt))),
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let cues = cx.site.transcripts.get(&self.vtt).map(Vec::as_slice);
        let file = urls::file_of(&urls::srt_beside(&self.vtt));
        Ok(vec![(file, to_srt(cues.unwrap_or_default()).into_bytes())])
    }

    fn lang(&self) -> Option<&str> {
        None
    }

    fn budget_kind(&self) -> &'static str {
        ""
    }
}

/// The cues as SubRip (SRT), for the podcast apps that read only SRT.
fn to_srt(cues: &[Cue]) -> String {
    let time = |ms: u64| {
        format!(
            "{:02}:{:02}:{:02},{:03}",
            ms / 3_600_000,
            ms / 60_000 % 60,
            ms / 1000 % 60,
            ms % 1000
        )
    };
    let mut srt = String::new();
    for (index, cue) in cues.iter().enumerate() {
        srt.push_str(&format!(
            "{}\r\n{} --> {}\r\n",
            index + 1,
            time(cue.start_ms),
            time(cue.end_ms)
        ));
        for line in &cue.lines {
            srt.push_str(line);
            srt.push_str("\r\n");
        }
        srt.push_str("\r\n");
    }
    srt
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn srt_numbers_the_cues_and_writes_commas() {
        let cues = crate::load::webvtt::parse(
            b"WEBVTT\n\n00:01.000 --> 00:02.500\nMot\nHai\n\n01:00:03.000 --> 01:00:04.000\nBa\n",
        )
        .unwrap();
        assert_eq!(
            to_srt(&cues),
            "1\r\n00:00:01,000 --> 00:00:02,500\r\nMot\r\nHai\r\n\r\n2\r\n01:00:03,000 --> 01:00:04,000\r\nBa\r\n\r\n"
        );
    }
}

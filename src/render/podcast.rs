//! Podcast feeds: for each column with segments, one RSS 2.0 feed per language and medium (audio
//! and video apart: Apple Podcasts takes one kind of enclosure a feed), with the itunes and
//! podcast namespaces, and the cover art the feeds name, drawn from the column's share card.
//! Each episode is one recording of a segment as a listener of the feed's language hears it
//! (their fallback chain's recording), with the transcripts of that recording.

use crate::diagnostics::{Diagnostic, Problem};
use crate::load::content::Article;
use crate::load::content::segment::{MediaSource, TranscriptSource};
use crate::load::media::MediaKind;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::segment::{self, Recording};
use crate::render::share::{CardContext, ShareCard};
use crate::render::views::{
    EpisodeView, PodcastFeedLink, PodcastLink, PodcastTranscript, PodcastView, Text,
};
use crate::render::{PageKind, article};
use crate::urls::{self, Page};

/// The longest channel description Apple Podcasts accepts, in bytes.
const MAX_DESCRIPTION: usize = 4000;

/// The sides of a cover in pixels that Apple Podcasts takes.
const COVER_SIDES: std::ops::RangeInclusive<u32> = 1400..=3000;

/// The theme's template of the cover art; it receives the column's share card laid out.
const COVER_TEMPLATE: &str = "podcast-cover.svg";

/// Both media, in the order their feeds are listed.
const MEDIA: [MediaKind; 2] = [MediaKind::Audio, MediaKind::Video];

/// A column's podcast feed of one medium in one language, or the cover art its feeds show.
#[derive(Debug, Clone)]
pub(super) enum Job {
    Feed {
        lang: String,
        /// By position in `loa.yaml`.
        column: usize,
        medium: MediaKind,
    },
    Cover {
        lang: String,
        column: usize,
    },
}

/// The media a column has feeds of: those of its segments' recordings. The same in every
/// language, since each language hears a recording of every item, its own or its fallback's.
fn media_of(cx: &Context, column: usize) -> Vec<MediaKind> {
    let articles = &cx.site.content.articles;
    let has = |medium: MediaKind| {
        (cx.lists.columns[column].iter()).any(|index| {
            !episodes(cx, &articles[*index], medium, cx.languages.default_code()).is_empty()
        })
    };
    MEDIA.into_iter().filter(|medium| has(*medium)).collect()
}

/// The items of `article` a listener of `lang` hears as recordings of `medium`.
fn episodes<'a>(
    cx: &Context<'a>,
    article: &'a Article,
    medium: MediaKind,
    lang: &str,
) -> Vec<(usize, Recording<'a>)> {
    (0..article.texts.original().media.len())
        .filter_map(|item| Some((item, segment::recording(cx, article, item, lang)?)))
        .filter(|(_, recording)| recording.info.kind == medium)
        .collect()
}

/// The links to a column's feeds, for its page.
pub(super) fn links(cx: &Context, column: usize, lang: &str) -> Vec<PodcastLink> {
    let id = &cx.site.config.columns[column].id;
    (media_of(cx, column).into_iter())
        .map(|medium| PodcastLink {
            medium: medium.name(),
            href: cx.urls.href(lang, feed_page(id, medium)),
        })
        .collect()
}

fn feed_page(column: &str, medium: MediaKind) -> Page<'_> {
    Page::Podcast {
        column,
        medium: medium.name(),
    }
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        let mut jobs = Vec::new();
        for column in 0..cx.site.config.columns.len() {
            let media = media_of(cx, column);
            if media.is_empty() {
                continue;
            }
            for lang in cx.languages.codes() {
                jobs.push(Job::Cover {
                    lang: lang.to_string(),
                    column,
                });
                jobs.extend(media.iter().map(|medium| Job::Feed {
                    lang: lang.to_string(),
                    column,
                    medium: *medium,
                }));
            }
        }
        jobs
    }

    /// A feed reads every article of its column; the cover, the column's and site's titles.
    fn reads(&self, cx: &Context) -> Reads {
        match self {
            Job::Feed { column, .. } => {
                let members = &cx.lists.columns[*column];
                let articles = &cx.site.content.articles;
                let slugs: Vec<&str> = members.iter().map(|i| articles[*i].slug.as_str()).collect();
                Reads {
                    inputs: hash_of(&slugs),
                    articles: members.clone(),
                }
            }
            Job::Cover { .. } => Reads {
                articles: Vec::new(),
                inputs: hash_of(&()),
            },
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        match self {
            Job::Feed {
                lang,
                column,
                medium,
            } => feed(cx, lang, *column, *medium).map(|file| vec![file]),
            Job::Cover { lang, column } => cover(cx, lang, *column).map(|file| vec![file]),
        }
    }

    fn lang(&self) -> Option<&str> {
        match self {
            Job::Feed { lang, .. } | Job::Cover { lang, .. } => Some(lang),
        }
    }

    fn budget_kind(&self) -> &'static str {
        ""
    }
}

/// `podcast:guid`: the UUIDv5, in the namespace the podcast namespace fixes, of the feed's URL
/// without its scheme and trailing slashes.
fn podcast_guid(feed_url: &str) -> String {
    const NAMESPACE: uuid::Uuid = uuid::uuid!("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");
    let bare = feed_url
        .split_once("://")
        .map_or(feed_url, |(_, rest)| rest);
    uuid::Uuid::new_v5(&NAMESPACE, bare.trim_end_matches('/').as_bytes()).to_string()
}

/// The absolute URL of a recording.
fn enclosure_url(cx: &Context, recording: &Recording) -> String {
    match recording.source {
        MediaSource::Static(_) => format!("{}{}", cx.urls.origin(), recording.href(cx)),
        MediaSource::Remote { url, .. } => url.clone(),
    }
}

/// `text` cut to at most `max` bytes, at a character boundary.
fn truncate(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn feed(
    cx: &Context,
    lang: &str,
    column: usize,
    medium: MediaKind,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let config = &cx.site.config;
    let id = &config.columns[column].id;
    let page = feed_page(id, medium);
    let self_url = cx.urls.absolute(lang, page);
    let settings = &config.podcast;
    let site_title = config.title.get(lang, cx.languages).text;
    let description = config.description.get(lang, cx.languages).text;
    let articles = &cx.site.content.articles;
    let mut episodes = Vec::new();
    for index in &cx.lists.columns[column] {
        let article = &articles[*index];
        let heard = self::episodes(cx, article, medium, lang);
        let numbered = heard.len() > 1;
        for (number, (item, recording)) in heard.iter().enumerate() {
            episodes.push(episode(
                cx,
                article,
                *item,
                recording,
                lang,
                numbered.then_some(number + 1),
            ));
        }
    }
    let translations = (cx.languages.codes())
        .filter(|code| *code != lang)
        .map(|code| {
            let url = cx.urls.absolute(code, page);
            PodcastFeedLink {
                lang: code.to_string(),
                guid: podcast_guid(&url),
                url,
            }
        })
        .collect();
    let view = PodcastView {
        lang: lang.to_string(),
        title: config.columns[column]
            .title
            .get(lang, cx.languages)
            .text
            .to_string(),
        description: truncate(
            if description.is_empty() {
                site_title
            } else {
                description
            },
            MAX_DESCRIPTION,
        )
        .to_string(),
        link: cx.urls.absolute(lang, Page::Column(id)),
        guid: podcast_guid(&self_url),
        self_url,
        medium: match medium {
            MediaKind::Audio => "podcast",
            MediaKind::Video => "video",
        },
        cover: cx.urls.absolute(lang, Page::PodcastCover(id)),
        author: (cx.languages.chain(lang).iter())
            .find_map(|code| settings.author.get(code.as_str()))
            .map_or(site_title, String::as_str)
            .to_string(),
        owner_email: settings.email.clone(),
        category: settings.category.clone(),
        subcategory: settings.subcategory.clone(),
        explicit: settings.explicit,
        locked: settings.locked,
        updated: episodes
            .first()
            .map(|episode: &EpisodeView| episode.published.clone())
            .unwrap_or_default(),
        translations,
        episodes,
    };
    cx.output(&cx.urls.file(lang, page), "podcast.xml", &view)
}

/// One recording of a segment as an episode of the feed of `lang`. `number`: the recording's
/// place among the segment's recordings of this medium, when it has several.
fn episode(
    cx: &Context,
    article: &Article,
    item: usize,
    recording: &Recording,
    lang: &str,
    number: Option<usize>,
) -> EpisodeView {
    let (text_lang, text) = article.texts.resolve(lang, cx.languages);
    let article_title = Text::new(text.title.clone(), text_lang, lang);
    let title = match (segment::item_title(cx, article, item, lang), number) {
        (Some(title), _) => title,
        (None, Some(number)) => Text::new(
            format!("{} ({number})", article_title.text),
            text_lang,
            lang,
        ),
        (None, None) => article_title,
    };
    let link = cx.urls.absolute(lang, Page::Article(article.slug_in(lang)));
    // The original's URL at its first slug and the item: a feed's episode keeps its guid when
    // its title, summary or a translation's slug changes, so apps never list it twice.
    let original = cx.languages.default_code();
    let guid = format!(
        "{}#media-{}-{lang}",
        cx.urls.absolute(original, Page::Article(&article.slug)),
        item + 1
    );
    let transcripts = (segment::transcripts_of(cx, article, item, recording.source).into_iter())
        .flat_map(|(transcript, code)| match transcript {
            TranscriptSource::WebVtt(vtt) => {
                let shared =
                    |path: &str| format!("{}{}{path}", cx.urls.origin(), cx.urls.site_root());
                vec![
                    PodcastTranscript {
                        url: shared(vtt),
                        mime: "text/vtt",
                        lang: code.to_string(),
                        captions: true,
                    },
                    PodcastTranscript {
                        url: shared(&urls::srt_beside(vtt)),
                        mime: "application/x-subrip",
                        lang: code.to_string(),
                        captions: false,
                    },
                ]
            }
            TranscriptSource::Body => vec![PodcastTranscript {
                url: cx.urls.absolute(code, Page::Article(article.slug_in(code))),
                mime: "text/html",
                lang: code.to_string(),
                captions: false,
            }],
        })
        .collect();
    EpisodeView {
        title,
        summary: (text.summary.clone()).map(|summary| Text::new(summary, text_lang, lang)),
        link,
        guid,
        published: crate::languages::format::Moment::midnight(article.date).rfc2822(),
        enclosure_url: enclosure_url(cx, recording),
        length: recording.info.length,
        mime: recording.info.mime.clone(),
        seconds: segment::seconds(recording.info),
        transcripts,
        chapters: segment::chapters_url(cx, article, item, lang),
        location: article::location_view(cx, article, lang),
    }
}

/// The cover art of a column's feeds in `lang`: its share card (the column's title, the
/// campaign's name) on a square, as a JPEG.
fn cover(cx: &Context, lang: &str, column: usize) -> Result<(String, Vec<u8>), Diagnostic> {
    let config = &cx.site.config;
    let id = &config.columns[column].id;
    let title = config.columns[column].title.get(lang, cx.languages);
    let site_title = config.title.get(lang, cx.languages);
    let card = ShareCard {
        title: title.text,
        lang: title.lang,
        site_title: site_title.text,
        site_lang: site_title.lang,
        kicker: None,
    };
    let file = cx.urls.file(lang, Page::PodcastCover(id));
    let context = CardContext {
        card: cx.prepared.cards.layout(&card),
    };
    let (_, svg) = cx.output(&file, COVER_TEMPLATE, &context)?;
    let svg = String::from_utf8(svg).expect("Tera writes UTF-8");
    let error = |message: String| {
        Diagnostic::error(
            Problem::Template,
            cx.template_origin(COVER_TEMPLATE),
            format!("the podcast cover of `{id}` in `{lang}`: {message}"),
        )
    };
    let (jpeg, width, height) =
        crate::render::poster::svg_to_jpeg(&svg, 96.0, 90).map_err(|e| error(e.to_string()))?;
    if width != height || !COVER_SIDES.contains(&width) {
        return Err(error(format!(
            "the template draws {width} × {height} px; podcast apps take a square of {} to {} px",
            COVER_SIDES.start(),
            COVER_SIDES.end()
        )));
    }
    Ok((file, jpeg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn podcast_guid_is_the_uuidv5_of_the_feed_url_without_its_scheme() {
        // The podcast namespace's own example: podcastindex.org/namespace/1.0#guid.
        assert_eq!(
            podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml"),
            "917393e3-1b1e-5cef-ace4-edaa54e1f810"
        );
        assert_eq!(
            podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/"),
            podcast_guid("mp3s.nashownotes.com/pc20rss.xml")
        );
    }

    #[test]
    fn descriptions_are_cut_at_a_character_boundary() {
        assert_eq!(truncate("Bình dân", 3), "Bì");
        assert_eq!(truncate("abc", 4000), "abc");
    }
}

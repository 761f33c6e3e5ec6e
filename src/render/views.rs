//! Typed views: what templates receive. Each view is built from the site for one language;
//! templates never see loa's internal types.

use serde::Serialize;

/// A text and the language it is written in; `foreign` when that is not the page's language,
/// so templates put a `lang` attribute on it for screen readers.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub text: String,
    pub lang: String,
    pub foreign: bool,
}

impl Text {
    pub fn new(text: impl Into<String>, lang: &str, page_lang: &str) -> Text {
        Text {
            text: text.into(),
            lang: lang.to_string(),
            foreign: lang != page_lang,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub title: Text,
    pub href: String,
}

/// One entry of the language switcher.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    pub code: String,
    /// The language's own name.
    pub name: String,
    pub href: String,
    pub current: bool,
    /// Whether the page really exists in that language (not a fallback).
    pub translated: bool,
}

/// `<link rel="alternate" hreflang>`.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// What every page has: language, site, navigation and links to itself.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    pub lang: String,
    pub lang_name: String,
    pub dir: &'static str,
    /// Root of this language's pages, to put before site paths (`""`, `/tyz`).
    pub root: String,
    /// Root of the whole site, for shared files such as the stylesheet.
    pub site_root: String,
    pub base_url: String,
    pub site_title: Text,
    pub site_description: Option<Text>,
    /// The page's own title (without the site's).
    pub title: String,
    /// Absolute URL of this page.
    pub url: String,
    pub canonical: String,
    pub alternates: Vec<Alternate>,
    pub languages: Vec<LanguageLink>,
    pub columns: Vec<Link>,
    /// Links to the courses and infographics indexes, when the site has any.
    pub learning: Vec<Link>,
    pub feed: String,
    pub generator: &'static str,
    pub reach: ReachView,
}

/// An article as shown on its page and in lists.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub slug: String,
    pub href: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub date_iso: String,
    pub date: String,
    pub authors: Vec<String>,
    pub column: Link,
    pub tags: Vec<Link>,
    pub image: Option<String>,
    pub image_alt: Option<Text>,
    /// The image's size and phone-sized copies, when loa could measure it.
    pub image_info: Option<ImageView>,
    pub reading_minutes: usize,
    /// The language the text is written in.
    pub content_lang: String,
    /// Set when the reader's language has no translation and this is its fallback.
    pub fallback: Option<Fallback>,
    /// The text is a translation of an earlier version of the original.
    pub stale: bool,
    /// Set for an article shown although it is scheduled or expired (`--future`, `--expired`,
    /// the dev server): what the badge says.
    pub timing: Option<TimingView>,
    /// A segment's recordings, in `media:` order (none for other articles).
    pub media: Vec<MediaView>,
    /// Where the article is about (`location:`).
    pub location: Option<LocationView>,
}

/// A place, for the page and for a podcast feed's `<podcast:location geo=… osm=…>name<…>`.
#[derive(Debug, Clone, Serialize)]
pub struct LocationView {
    /// `Xã Diên Khánh, Khánh Hòa`: a commune's name and province, or the place's name.
    pub name: Text,
    /// `geo:12.26,109.10` (RFC 5870), when front matter gives coordinates.
    pub geo: Option<String>,
    /// `R1234567`: an OpenStreetMap node, way or relation.
    pub osm: Option<String>,
}

/// A scheduled or expired article's badge: `kind` is `scheduled` or `expired`, `date` the day
/// it appears or expired, written the page language's way.
#[derive(Debug, Clone, Serialize)]
pub struct TimingView {
    pub kind: &'static str,
    pub date: String,
    pub date_iso: String,
}

/// The notice left at an expired article's URL.
#[derive(Debug, Clone, Serialize)]
pub struct ExpiredPage {
    pub page: PageView,
    /// The article's title, as the reader's language has it.
    pub title: Text,
    pub date: String,
    pub date_iso: String,
}

/// One recording of a segment, for the player.
#[derive(Debug, Clone, Serialize)]
pub struct MediaView {
    /// `audio` or `video`.
    pub kind: &'static str,
    pub src: String,
    pub mime: String,
    /// `MP3`, `M4A`…, for the download link.
    pub format: &'static str,
    /// The label, in the language of the text that gives it.
    pub title: Option<Text>,
    /// Whole minutes; `0` for a recording under a minute (then `seconds`).
    pub minutes: u64,
    pub seconds: u64,
    /// `8,4 MB`, as the reader's language writes it.
    pub size: String,
    /// The language spoken in the recording.
    pub recording_lang: String,
    /// Set when the reader's language has no recording of its own: its name.
    pub fallback_language: Option<String>,
    pub recording_language: String,
    /// Captions for a video: every language's WebVTT of this item.
    pub tracks: Vec<TrackView>,
    /// The WebVTT transcript the reader gets (their language's or their fallback's), shown
    /// as text with its times; `None` when the article's body is the transcript.
    pub transcript: Option<TranscriptView>,
    /// The recording's chapters (`chapters:`), in the reader's language or their fallback's.
    pub chapters: Option<ChaptersView>,
}

/// A recording's chapters: the list on the page and its JSON chapters file.
#[derive(Debug, Clone, Serialize)]
pub struct ChaptersView {
    /// The link to the JSON chapters file (`/tyz/articles/x/chapters-1.json`).
    pub href: String,
    /// Its absolute URL, for `<podcast:chapters url=… type="application/json+chapters"/>`.
    pub url: String,
    /// The language of the titles.
    pub lang: String,
    pub items: Vec<ChapterView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterView {
    /// `1:05`.
    pub start: String,
    /// `PT65S`, for `<time datetime>`.
    pub start_iso: String,
    pub title: Text,
}

/// A `<track kind="captions">` of a video.
#[derive(Debug, Clone, Serialize)]
pub struct TrackView {
    pub src: String,
    pub srclang: String,
    /// The language's own name.
    pub label: String,
    /// The reader's language (or their fallback's): the track a player shows first.
    pub default: bool,
}

/// A timestamped transcript.
#[derive(Debug, Clone, Serialize)]
pub struct TranscriptView {
    pub lang: String,
    pub vtt: String,
    pub srt: String,
    pub cues: Vec<CueView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CueView {
    /// `1:05`.
    pub start: String,
    /// `PT65S`, for `<time datetime>`.
    pub start_iso: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Fallback {
    pub language: String,
    pub original_language: String,
    pub original_href: String,
}

/// The full article page.
#[derive(Debug, Clone, Serialize)]
pub struct ArticlePage {
    pub page: PageView,
    pub article: ArticleView,
    pub body: String,
    pub headings: Vec<crate::markdown::Heading>,
    pub has_code: bool,
    /// `NewsArticle` JSON-LD, safe to put inside a `<script>` element.
    pub json_ld: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
}

/// Home, column and tag pages: a heading and a paginated list of articles.
#[derive(Debug, Clone, Serialize)]
pub struct ListPage {
    pub page: PageView,
    /// `home`, `column` or `tag`: templates may vary on it.
    pub kind: &'static str,
    pub heading: Text,
    pub articles: Vec<ArticleView>,
    pub pagination: Pagination,
    pub feed: Option<String>,
    /// A column's podcast feeds (none on other lists, or for a column without segments).
    pub podcasts: Vec<PodcastLink>,
}

/// An entry of the columns or tags index.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    pub link: Link,
    pub count: usize,
}

/// The index of all columns, or of all tags.
#[derive(Debug, Clone, Serialize)]
pub struct IndexPage {
    pub page: PageView,
    pub kind: &'static str,
    pub entries: Vec<IndexEntry>,
}

/// A page with only the common parts (404).
#[derive(Debug, Clone, Serialize)]
pub struct PlainPage {
    pub page: PageView,
}

/// An Atom feed.
#[derive(Debug, Clone, Serialize)]
pub struct FeedView {
    pub lang: String,
    pub title: String,
    pub id: String,
    pub self_url: String,
    pub alternate_url: String,
    pub updated: String,
    pub entries: Vec<FeedEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeedEntry {
    pub title: String,
    pub lang: String,
    pub url: String,
    pub updated: String,
    pub summary: Option<String>,
    pub authors: Vec<String>,
    /// The article body as HTML, escaped by the template.
    pub content: String,
}

/// A column's podcast feed of one medium, in one language (RSS 2.0 with the itunes and
/// podcast namespaces).
#[derive(Debug, Clone, Serialize)]
pub struct PodcastView {
    pub lang: String,
    pub title: String,
    /// At most 4,000 bytes, as Apple Podcasts allows.
    pub description: String,
    /// The column's page in the feed's language.
    pub link: String,
    pub self_url: String,
    /// `podcast:guid`: a UUIDv5 of the feed's URL without its scheme.
    pub guid: String,
    /// `podcast`, `video` (`podcast:medium`).
    pub medium: &'static str,
    pub cover: String,
    pub author: String,
    pub owner_email: Option<String>,
    pub category: String,
    pub subcategory: Option<String>,
    pub explicit: bool,
    pub locked: bool,
    /// RFC 2822: the newest episode's date.
    pub updated: String,
    /// The same column's feed of this medium in the site's other languages.
    pub translations: Vec<PodcastFeedLink>,
    pub episodes: Vec<EpisodeView>,
}

/// Another language's feed of a column (`podcast:remoteItem`, `atom:link rel="alternate"`).
#[derive(Debug, Clone, Serialize)]
pub struct PodcastFeedLink {
    pub lang: String,
    pub url: String,
    pub guid: String,
}

/// An episode: one recording of a segment.
#[derive(Debug, Clone, Serialize)]
pub struct EpisodeView {
    pub title: Text,
    pub summary: Option<Text>,
    /// The segment's page in the feed's language.
    pub link: String,
    /// Never changes for this recording of this segment in this feed.
    pub guid: String,
    /// RFC 2822.
    pub published: String,
    pub enclosure_url: String,
    pub length: u64,
    pub mime: String,
    /// Whole seconds, rounded.
    pub seconds: u64,
    pub transcripts: Vec<PodcastTranscript>,
    /// The absolute URL of the recording's JSON chapters, in the feed's language.
    pub chapters: Option<String>,
    /// Where the segment is about (`podcast:location`).
    pub location: Option<LocationView>,
}

/// A transcript of an episode's recording, in one language (`podcast:transcript`).
#[derive(Debug, Clone, Serialize)]
pub struct PodcastTranscript {
    pub url: String,
    /// `text/vtt`, `application/x-subrip`, `text/html`.
    pub mime: &'static str,
    pub lang: String,
    /// WebVTT is offered to apps as captions.
    pub captions: bool,
}

/// A link to one of a column's podcast feeds, on its page.
#[derive(Debug, Clone, Serialize)]
pub struct PodcastLink {
    /// `audio`, `video`.
    pub medium: &'static str,
    pub href: String,
}

/// `sitemap.xml`.
#[derive(Debug, Clone, Serialize)]
pub struct SitemapView {
    pub urls: Vec<SitemapUrl>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SitemapUrl {
    pub loc: String,
    pub lastmod: Option<String>,
    pub alternates: Vec<Alternate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RobotsView {
    pub sitemap: String,
}

/// What a page needs for sharing, its script's web font, search and offline packs (built in
/// `render/reach.rs`).
#[derive(Debug, Clone, Serialize)]
pub struct ReachView {
    /// `og:description`: the article's summary, else the site's description.
    pub description: String,
    /// `website`, or `article` on article pages.
    pub og_type: &'static str,
    pub og_locale: String,
    /// Absolute URL of the share image (1200×630, PNG or SVG per `share_images`), if the site
    /// makes them.
    pub share_image: Option<String>,
    /// Its media type (`image/png`).
    pub share_image_type: &'static str,
    pub share_image_alt: String,
    pub font: Option<FontView>,
    /// The search page of the page's language.
    pub search: String,
    /// The offline-pack worker to register, when the site turns offline packs on.
    pub offline_worker: Option<String>,
}

/// A web font for the page's script.
#[derive(Debug, Clone, Serialize)]
pub struct FontView {
    pub href: String,
    /// The `@font-face` rule.
    pub css: String,
}

/// An image's size and `srcset`.
#[derive(Debug, Clone, Serialize)]
pub struct ImageView {
    pub src: String,
    pub srcset: Option<String>,
    pub width: u32,
    pub height: u32,
}

/// The search page.
#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    pub page: PageView,
    /// The folder of the language's index files.
    pub index: String,
}

/// A text of a loudspeaker bulletin and its language: what `bulletin.txt` and `bulletin.svg`
/// set, already in words (UI strings come from `i18n/*.ftl` through the render).
#[derive(Debug, Clone, Serialize)]
pub struct BulletinView {
    pub lang: String,
    /// "BẢN TIN TRUYỀN THANH CƠ SỞ".
    pub heading: Text,
    pub site_title: Text,
    /// "Chuyên mục: …", "Từ … đến …", "Tốc độ đọc: …".
    pub column: Text,
    pub range: Text,
    pub rate: Text,
    pub items: Vec<BulletinItemView>,
    /// "Tổng thời lượng: …".
    pub total: Text,
    pub end: Text,
}

/// One item of a bulletin.
#[derive(Debug, Clone, Serialize)]
pub struct BulletinItemView {
    pub number: usize,
    /// When the item is read in another language than the bulletin's: which, and why.
    pub note: Option<Text>,
    /// The title and paragraphs as they are read aloud, in the item's language.
    pub title: Text,
    pub paragraphs: Vec<Text>,
    /// "Thời lượng đọc: …".
    pub time: Text,
}

/// One A4 page of a bulletin's PDF: its lines set in millimetres (`render/bulletin/pages.rs`).
#[derive(Debug, Clone, Serialize)]
pub struct BulletinPageView {
    pub lang: String,
    pub number: usize,
    pub count: usize,
    /// The column and dates, repeated at the top of the following pages.
    pub running: Option<PageLine>,
    pub lines: Vec<PageLine>,
    /// The heights of the thin lines between items.
    pub rules: Vec<f64>,
}

/// A line of text placed on a page.
#[derive(Debug, Clone, Serialize)]
pub struct PageLine {
    /// `heading`, `meta`, `title`, `note`, `body`, `time` or `total`: how it is drawn.
    pub kind: &'static str,
    pub lang: String,
    /// The line in runs of one script each, placed from the left margin.
    pub runs: Vec<PageRun>,
    pub size: f64,
    pub bold: bool,
    /// The baseline, from the top of the page.
    pub y: f64,
}

/// A run of a line in one font, at its own position (`poster::layout::place_runs`).
#[derive(Debug, Clone, Serialize)]
pub struct PageRun {
    pub x: f64,
    pub font: &'static str,
    pub text: String,
}

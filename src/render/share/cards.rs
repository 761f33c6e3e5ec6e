//! Share cards as a page kind: the site's card, each article's and each procedure landing
//! page's, in every language, when the site makes share images. A card is laid out by
//! [`CardMaker`](super::CardMaker), written by the theme's [`CARD_TEMPLATE`] as SVG and, for
//! `share_images: png`, rasterised once per distinct SVG ([`png::Pngs`]).

use crate::diagnostics::{Diagnostic, Problem};
use crate::load::config::ShareImages;
use crate::render::PageKind;
use crate::render::article::article_view;
use crate::render::context::Context;
use crate::render::incremental::{Reads, hash_of};
use crate::render::share::{CARD_TEMPLATE, CardContext, ShareCard};
use crate::urls::{self, Page};

/// One page's share card in one language.
#[derive(Debug, Clone)]
pub(in crate::render) struct Job {
    lang: String,
    of: Of,
}

/// The page a card belongs to.
#[derive(Debug, Clone, Copy)]
enum Of {
    Site,
    /// By position in `site.content.articles`.
    Article(usize),
    /// The `entry`-th procedure on the wall of the `commune`-th commune.
    Procedure {
        commune: usize,
        entry: usize,
    },
}

impl Job {
    fn page<'c>(&self, cx: &Context<'c>) -> Page<'c> {
        let content = &cx.site.content;
        match self.of {
            Of::Site => Page::Home,
            Of::Article(index) => Page::Article(content.articles[index].slug_in(&self.lang)),
            Of::Procedure { commune, entry } => {
                let commune = &content.communes[commune];
                Page::Procedure {
                    commune: &commune.slug,
                    code: &commune.wall[entry].code,
                }
            }
        }
    }

    /// The SVG the theme writes for the card.
    fn svg(&self, cx: &Context, file: &str) -> Result<String, Diagnostic> {
        let lang = self.lang.as_str();
        let site_title = cx.site.config.title.get(lang, cx.languages);
        let mut card = ShareCard {
            title: site_title.text,
            lang: site_title.lang,
            site_title: site_title.text,
            site_lang: site_title.lang,
            kicker: None,
        };
        let view;
        let place;
        match self.of {
            Of::Site => {}
            Of::Article(index) => {
                view = article_view(cx, index, lang);
                card.title = &view.title.text;
                card.lang = &view.title.lang;
                card.kicker = Some((&view.column.title.text, &view.column.title.lang));
            }
            Of::Procedure { commune, entry } => {
                let commune = &cx.site.content.communes[commune];
                let procedure = cx.site.content.procedure(&commune.wall[entry].code);
                let procedure = procedure.expect("cards are made for existing procedures only");
                (card.title, card.lang) = procedure.name(lang, cx.languages);
                place = format!("{}, {}", commune.name, commune.province);
                card.kicker = Some((&place, cx.languages.default_code()));
            }
        }
        let context = CardContext {
            card: cx.prepared.cards.layout(&card),
        };
        let (_, bytes) = cx.output(file, CARD_TEMPLATE, &context)?;
        Ok(String::from_utf8(bytes).expect("Tera writes UTF-8"))
    }
}

impl PageKind for Job {
    fn jobs(cx: &Context) -> Vec<Job> {
        let content = &cx.site.content;
        if cx.site.config.share_images == ShareImages::None {
            return Vec::new();
        }
        let mut cards = vec![Of::Site];
        cards.extend((0..content.articles.len()).map(Of::Article));
        // A landing page whose procedure is missing fails on its own; it has no card.
        for (commune, c) in content.communes.iter().enumerate() {
            for (entry, wall) in c.wall.iter().enumerate() {
                if content.procedure(&wall.code).is_some() {
                    cards.push(Of::Procedure { commune, entry });
                }
            }
        }
        (cx.languages.codes())
            .flat_map(|lang| {
                cards.iter().map(|of| Job {
                    lang: lang.to_string(),
                    of: *of,
                })
            })
            .collect()
    }

    /// An article's card shows its title and column; the others, globals only.
    fn reads(&self, _: &Context) -> Reads {
        match self.of {
            Of::Article(index) => Reads {
                articles: vec![index],
                inputs: hash_of(&()),
            },
            Of::Site | Of::Procedure { .. } => Reads::nothing(),
        }
    }

    fn render(&self, cx: &Context) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
        let file = |format: &str| {
            cx.urls
                .file_in(&self.lang, &urls::share_card(self.page(cx), format))
        };
        let svg_file = file("svg");
        let svg = self.svg(cx, &svg_file)?;
        let mut files = Vec::with_capacity(2);
        if cx.site.config.share_images == ShareImages::Png {
            let png_file = file("png");
            let png = cx.prepared.share_pngs.png(&cx.site.share_pngs, &svg);
            let png = png.map_err(|error| {
                let message = format!("cannot rasterise the share image: {error}");
                Diagnostic::error(Problem::Output, &png_file, message)
            })?;
            files.push((png_file, png.bytes));
        }
        files.push((svg_file, svg.into_bytes()));
        Ok(files)
    }

    fn lang(&self) -> Option<&str> {
        Some(&self.lang)
    }

    fn budget_kind(&self) -> &'static str {
        ""
    }

    /// Article cards by the article's slug, which stays when articles before it come and go.
    fn key(&self, cx: &Context) -> Option<String> {
        let Of::Article(index) = self.of else {
            return None;
        };
        let slug = &cx.site.content.articles[index].slug;
        Some(format!("share card {slug} {}", self.lang))
    }
}

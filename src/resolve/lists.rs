//! The site's lists of articles: every article newest first, each column's, each tag's, and the
//! poster articles. They are made from every article at once; the dev server keeps them between
//! renders while the layout stays the same (see [`crate::render::incremental`]).

use std::collections::{BTreeMap, HashMap};

use crate::load::content::Article;
use crate::resolve::site::Site;
use crate::slug::slugify;

/// A tag as it appears across articles: its first-seen spelling and its articles (newest first).
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub articles: Vec<usize>,
}

/// Positions in `site.content.articles`, in the site's order.
#[derive(Debug, Clone)]
pub struct Lists {
    /// By tag slug.
    pub tags: BTreeMap<String, Tag>,
    /// By position in the configuration's columns.
    pub columns: Vec<Vec<usize>>,
    /// Every article.
    pub all: Vec<usize>,
    /// The articles with `poster: true`.
    pub posters: Vec<usize>,
}

impl Lists {
    pub fn new(site: &Site) -> Lists {
        let articles: &[Article] = &site.content.articles;
        let mut tags: BTreeMap<String, Tag> = BTreeMap::new();
        // A site has few tag names and many uses of each: slugify each name once.
        let mut slugs: HashMap<&str, String> = HashMap::new();
        for (index, article) in articles.iter().enumerate() {
            for name in &article.tags {
                let slug = slugs.entry(name).or_insert_with(|| slugify(name));
                let tag = tags.entry(slug.clone()).or_insert_with(|| Tag {
                    name: name.clone(),
                    articles: Vec::new(),
                });
                // Articles come in order: one already listed is the last one.
                if tag.articles.last() != Some(&index) {
                    tag.articles.push(index);
                }
            }
        }
        tags.retain(|slug, _| !slug.is_empty());
        let columns = site
            .config
            .columns
            .iter()
            .map(|column| {
                (0..articles.len())
                    .filter(|index| articles[*index].column == column.id)
                    .collect()
            })
            .collect();
        Lists {
            tags,
            columns,
            all: (0..articles.len()).collect(),
            posters: (0..articles.len())
                .filter(|index| articles[*index].poster)
                .collect(),
        }
    }
}

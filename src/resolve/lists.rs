//! The site's lists of articles: every article newest first, each column's, each tag's in each
//! language, and the poster articles; and the slugs translations give their languages. They are
//! made from every article at once; the dev server keeps them between renders while the layout
//! stays the same (see [`crate::render::incremental`]).
//!
//! A tag has one identity and a name per language. A tag declared in `loa.yaml` (`tags:`, an
//! id and names per language) is recognised by its id or any of its names, written in any
//! language; a tag declared nowhere is known by the slug of its name, as a tag of the languages
//! whose texts write it. A reader of a language sees an article's tags as that language's
//! translation writes them (`tags:`), else as the next version of its fallback chain does.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::languages::Languages;
use crate::load::config::Config;
use crate::load::content::Article;
use crate::resolve::site::Site;
use crate::slug::slugify;

/// A tag, in the languages whose readers see it.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The id declared in `loa.yaml`, or the slug of an undeclared name.
    pub id: String,
    /// Its position in `loa.yaml`'s `tags`, when declared.
    pub declared: Option<usize>,
    /// By language: its page there.
    pub pages: BTreeMap<String, TagPage>,
}

/// A tag's page in one language.
#[derive(Debug, Clone, Hash)]
pub struct TagPage {
    /// Its name for this language's readers: the declared name (or its fallback's), or the
    /// first-seen spelling of an undeclared tag.
    pub name: String,
    /// The language the name is written in.
    pub name_lang: String,
    pub slug: String,
    /// Positions in `site.content.articles`, newest first.
    pub articles: Vec<usize>,
}

/// Positions in `site.content.articles`, in the site's order.
#[derive(Debug, Clone)]
pub struct Lists {
    /// By tag id.
    pub tags: BTreeMap<String, Tag>,
    /// For each article (by position), the ids of its tags in each language.
    pub article_tags: Vec<BTreeMap<String, Vec<String>>>,
    /// By position in the configuration's columns.
    pub columns: Vec<Vec<usize>>,
    /// Every article.
    pub all: Vec<usize>,
    /// The articles with `poster: true`.
    pub posters: Vec<usize>,
    /// By an article's slug: the slugs its translations give their languages.
    pub translated_slugs: BTreeMap<String, BTreeMap<String, String>>,
}

/// The tags as a language's readers see an article's: the names and the language they are
/// written in.
pub fn written_tags<'a>(
    article: &'a Article,
    lang: &str,
    languages: &'a Languages,
) -> (&'a [String], &'a str) {
    let default = languages.default_code();
    article
        .texts
        .find(lang, languages, |text| {
            if text.lang == default {
                Some(article.tags.as_slice())
            } else {
                text.tags.as_deref()
            }
        })
        .unwrap_or((article.tags.as_slice(), default))
}

/// Finds the declared tag a name stands for: by a name in its own language, by id, or by a
/// name in any language; slugs compared, so case, tones and spaces do not matter.
struct Declared {
    /// By slug: (the language of the name, or `None` for the id; the tag's position).
    names: HashMap<String, Vec<(Option<String>, usize)>>,
}

impl Declared {
    fn new(config: &Config) -> Declared {
        let mut names: HashMap<String, Vec<(Option<String>, usize)>> = HashMap::new();
        for (position, tag) in config.tags.iter().enumerate() {
            names
                .entry(tag.id.clone())
                .or_default()
                .push((None, position));
            for (lang, name) in tag.title.values() {
                let slug = slugify(name);
                names
                    .entry(slug)
                    .or_default()
                    .push((Some(lang.to_string()), position));
            }
        }
        Declared { names }
    }

    fn find(&self, slug: &str, lang: &str) -> Option<usize> {
        let found = self.names.get(slug)?;
        let with = |wanted: Option<&str>| {
            found
                .iter()
                .find(|(code, _)| code.as_deref() == wanted)
                .map(|(_, position)| *position)
        };
        with(Some(lang))
            .or_else(|| with(None))
            .or_else(|| found.first().map(|(_, position)| *position))
    }
}

/// Two tags whose pages in a language would have one slug (a declared tag shown there under
/// its fallback's name, the same as another tag's own name there): the one named in the
/// language keeps it, the other (or the second by id) gets its id after the slug.
fn separate_slugs(tags: &mut BTreeMap<String, Tag>) {
    let mut taken: BTreeSet<(String, String)> = BTreeSet::new();
    for own_names in [true, false] {
        for tag in tags.values_mut() {
            let pages = tag.pages.iter_mut();
            for (lang, page) in pages.filter(|(lang, page)| (page.name_lang == **lang) == own_names)
            {
                if !taken.insert((lang.clone(), page.slug.clone())) {
                    page.slug = format!("{}-{}", page.slug, tag.id);
                    taken.insert((lang.clone(), page.slug.clone()));
                }
            }
        }
    }
}

impl Lists {
    pub fn new(site: &Site) -> Lists {
        let config = &site.config;
        let languages = &config.languages;
        let articles: &[Article] = &site.content.articles;
        let declared = Declared::new(config);
        let mut tags: BTreeMap<String, Tag> = BTreeMap::new();
        // A site has few tag names and many uses of each: slugify each name once.
        let mut slugs: HashMap<&str, String> = HashMap::new();
        let mut article_tags = Vec::with_capacity(articles.len());
        for (index, article) in articles.iter().enumerate() {
            let mut by_lang = BTreeMap::new();
            for lang in languages.codes() {
                let (names, names_lang) = written_tags(article, lang, languages);
                let mut ids: Vec<String> = Vec::new();
                for name in names {
                    let slug = slugs.entry(name).or_insert_with(|| slugify(name));
                    if slug.is_empty() {
                        continue;
                    }
                    let position = declared.find(slug, names_lang);
                    let id = position.map_or_else(|| slug.clone(), |p| config.tags[p].id.clone());
                    let tag = tags.entry(id.clone()).or_insert_with(|| Tag {
                        id: id.clone(),
                        declared: position,
                        pages: BTreeMap::new(),
                    });
                    let page = tag.pages.entry(lang.to_string()).or_insert_with(|| {
                        let found = position.map(|p| config.tags[p].title.get(lang, languages));
                        let (name, name_lang) = match found {
                            Some(found) if !found.text.is_empty() => (found.text, found.lang),
                            _ => (name.as_str(), names_lang),
                        };
                        // A declared name of no letters or digits gives no slug: the id does.
                        let slug = Some(slugify(name)).filter(|slug| !slug.is_empty());
                        TagPage {
                            name: name.to_string(),
                            name_lang: name_lang.to_string(),
                            slug: slug.unwrap_or_else(|| id.clone()),
                            articles: Vec::new(),
                        }
                    });
                    // Articles come in order: one already listed is the last one.
                    if page.articles.last() != Some(&index) {
                        page.articles.push(index);
                    }
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                by_lang.insert(lang.to_string(), ids);
            }
            article_tags.push(by_lang);
        }
        separate_slugs(&mut tags);
        let columns = config
            .columns
            .iter()
            .map(|column| {
                (0..articles.len())
                    .filter(|index| articles[*index].column == column.id)
                    .collect()
            })
            .collect();
        let translated_slugs = articles
            .iter()
            .filter_map(|article| {
                let slugs: BTreeMap<String, String> = article
                    .translated_slugs()
                    .map(|(lang, slug)| (lang.to_string(), slug.to_string()))
                    .collect();
                (!slugs.is_empty()).then(|| (article.slug.clone(), slugs))
            })
            .collect();
        Lists {
            tags,
            article_tags,
            columns,
            all: (0..articles.len()).collect(),
            posters: (0..articles.len())
                .filter(|index| articles[*index].poster)
                .collect(),
            translated_slugs,
        }
    }

    /// The tags with a page in `lang`, by that page's slug.
    pub fn tags_in<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = (&'a Tag, &'a TagPage)> {
        let mut pages: Vec<(&Tag, &TagPage)> = self
            .tags
            .values()
            .filter_map(|tag| Some((tag, tag.pages.get(lang)?)))
            .collect();
        pages.sort_by(|a, b| (&a.1.slug, &a.0.id).cmp(&(&b.1.slug, &b.0.id)));
        pages.into_iter()
    }

    /// The slug of the article `slug` in `lang`, when a translation gives it one of its own.
    pub fn translated_slug(&self, slug: &str, lang: &str) -> Option<&str> {
        self.translated_slugs
            .get(slug)?
            .get(lang)
            .map(String::as_str)
    }
}

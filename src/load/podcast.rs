//! `podcast:` in `loa.yaml`: what the columns' podcast feeds say of themselves to podcast apps
//! (Apple Podcasts' category, explicit flag, author and owner, podcast:locked). Every key is
//! optional: a site with segments gets feeds without writing any of it.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `podcast:` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPodcast {
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    subcategory: Option<String>,
    #[serde(default)]
    explicit: bool,
    /// The author's name per language (`itunes:author`); by default the site's title.
    #[serde(default)]
    author: BTreeMap<String, String>,
    /// The owner's address (`itunes:owner`, `podcast:locked owner`), which directories use to
    /// confirm who may move the feed.
    #[serde(default)]
    email: Option<String>,
    #[serde(default = "locked_by_default")]
    locked: bool,
}

fn locked_by_default() -> bool {
    true
}

impl Default for RawPodcast {
    /// No `podcast:` in `loa.yaml`: as if every key were left out.
    fn default() -> Self {
        RawPodcast {
            category: None,
            subcategory: None,
            explicit: false,
            author: BTreeMap::new(),
            email: None,
            locked: locked_by_default(),
        }
    }
}

/// What the podcast feeds of every column say of themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodcastSettings {
    /// One of Apple Podcasts' categories ([`CATEGORIES`]).
    pub category: String,
    pub subcategory: Option<String>,
    pub explicit: bool,
    /// By language code; empty: the site's title.
    pub author: BTreeMap<String, String>,
    pub email: Option<String>,
    /// `podcast:locked`: podcast directories refuse to import the feed elsewhere.
    pub locked: bool,
}

impl Default for PodcastSettings {
    fn default() -> Self {
        PodcastSettings {
            category: DEFAULT_CATEGORY.to_string(),
            subcategory: None,
            explicit: false,
            author: BTreeMap::new(),
            email: None,
            locked: true,
        }
    }
}

/// The columns teach digital skills: Apple's `Education` is where listeners look for them.
const DEFAULT_CATEGORY: &str = "Education";

/// Apple Podcasts' categories and their subcategories (the list podcast directories accept in
/// `itunes:category`).
const CATEGORIES: &[(&str, &[&str])] = &[
    (
        "Arts",
        &[
            "Books",
            "Design",
            "Fashion & Beauty",
            "Food",
            "Performing Arts",
            "Visual Arts",
        ],
    ),
    (
        "Business",
        &[
            "Careers",
            "Entrepreneurship",
            "Investing",
            "Management",
            "Marketing",
            "Non-Profit",
        ],
    ),
    ("Comedy", &["Comedy Interviews", "Improv", "Stand-Up"]),
    (
        "Education",
        &["Courses", "How To", "Language Learning", "Self-Improvement"],
    ),
    ("Fiction", &["Comedy Fiction", "Drama", "Science Fiction"]),
    ("Government", &[]),
    ("History", &[]),
    (
        "Health & Fitness",
        &[
            "Alternative Health",
            "Fitness",
            "Medicine",
            "Mental Health",
            "Nutrition",
            "Sexuality",
        ],
    ),
    (
        "Kids & Family",
        &[
            "Education for Kids",
            "Parenting",
            "Pets & Animals",
            "Stories for Kids",
        ],
    ),
    (
        "Leisure",
        &[
            "Animation & Manga",
            "Automotive",
            "Aviation",
            "Crafts",
            "Games",
            "Hobbies",
            "Home & Garden",
            "Video Games",
        ],
    ),
    (
        "Music",
        &["Music Commentary", "Music History", "Music Interviews"],
    ),
    (
        "News",
        &[
            "Business News",
            "Daily News",
            "Entertainment News",
            "News Commentary",
            "Politics",
            "Sports News",
            "Tech News",
        ],
    ),
    (
        "Religion & Spirituality",
        &[
            "Buddhism",
            "Christianity",
            "Hinduism",
            "Islam",
            "Judaism",
            "Religion",
            "Spirituality",
        ],
    ),
    (
        "Science",
        &[
            "Astronomy",
            "Chemistry",
            "Earth Sciences",
            "Life Sciences",
            "Mathematics",
            "Natural Sciences",
            "Nature",
            "Physics",
            "Social Sciences",
        ],
    ),
    (
        "Society & Culture",
        &[
            "Documentary",
            "Personal Journals",
            "Philosophy",
            "Places & Travel",
            "Relationships",
        ],
    ),
    (
        "Sports",
        &[
            "Baseball",
            "Basketball",
            "Cricket",
            "Fantasy Sports",
            "Football",
            "Golf",
            "Hockey",
            "Rugby",
            "Running",
            "Soccer",
            "Swimming",
            "Tennis",
            "Volleyball",
            "Wilderness",
            "Wrestling",
        ],
    ),
    ("Technology", &[]),
    ("True Crime", &[]),
    (
        "TV & Film",
        &[
            "After Shows",
            "Film History",
            "Film Interviews",
            "Film Reviews",
            "TV Reviews",
        ],
    ),
];

/// Checks `podcast:`; each problem says what is expected. `languages`: the site's codes.
pub(super) fn settings(
    raw: RawPodcast,
    languages: &[&str],
) -> Result<PodcastSettings, Vec<String>> {
    let mut problems = Vec::new();
    let category = raw.category.unwrap_or_else(|| DEFAULT_CATEGORY.to_string());
    let subcategories = CATEGORIES
        .iter()
        .find(|(name, _)| *name == category)
        .map(|(_, subcategories)| *subcategories);
    match (subcategories, &raw.subcategory) {
        (None, _) => {
            let names: Vec<&str> = CATEGORIES.iter().map(|(name, _)| *name).collect();
            problems.push(format!(
                "`podcast.category`: `{category}` is not one of Apple Podcasts' categories: {}",
                names.join(", ")
            ));
        }
        (Some(subcategories), Some(subcategory))
            if !subcategories.contains(&subcategory.as_str()) =>
        {
            problems.push(if subcategories.is_empty() {
                format!("`podcast.subcategory`: the category `{category}` has no subcategories")
            } else {
                format!(
                    "`podcast.subcategory`: `{subcategory}` is not a subcategory of `{category}`: {}",
                    subcategories.join(", ")
                )
            });
        }
        _ => {}
    }
    for code in raw.author.keys() {
        if !languages.contains(&code.as_str()) {
            problems.push(format!(
                "`podcast.author`: `{code}` is not a language of the site ({})",
                languages.join(", ")
            ));
        }
    }
    if let Some(email) = &raw.email {
        let (local, domain) = email.split_once('@').unwrap_or_default();
        if local.is_empty() || !domain.contains('.') || email.contains(char::is_whitespace) {
            problems.push(format!(
                "`podcast.email`: `{email}` is not an e-mail address such as podcast@baotinh.vn"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(PodcastSettings {
        category,
        subcategory: raw.subcategory,
        explicit: raw.explicit,
        author: raw.author,
        email: raw.email,
        locked: raw.locked,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(yaml: &str) -> RawPodcast {
        serde_saphyr::from_str(yaml).unwrap()
    }

    #[test]
    fn podcast_settings_default_to_education_locked_and_not_explicit() {
        let settings = settings(RawPodcast::default(), &["vi"]).unwrap();
        assert_eq!(settings.category, "Education");
        assert!(settings.locked && !settings.explicit);
    }

    #[test]
    fn podcast_categories_and_subcategories_are_apples() {
        let good = raw("{category: News, subcategory: Daily News, email: a@b.vn}");
        assert!(settings(good, &["vi"]).is_ok());
        let problems = settings(raw("{category: Podcasts}"), &["vi"]).unwrap_err();
        assert!(problems[0].contains("Government"), "{problems:?}");
        let problems = settings(raw("{category: News, subcategory: Courses}"), &["vi"]);
        assert!(problems.unwrap_err()[0].contains("Daily News"));
        let problems = settings(raw("{category: Government, subcategory: X}"), &["vi"]);
        assert!(problems.unwrap_err()[0].contains("no subcategories"));
        let problems = settings(raw("{author: {fr: X}, email: nobody}"), &["vi"]).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
    }
}

//! Per-language images: beside `static/images/screenshot.png`, a `screenshot.km.png` is the
//! picture that readers of Khmer pages see wherever a text shows `/images/screenshot.png`.

use std::collections::{BTreeMap, BTreeSet};

use crate::languages::Languages;

/// Site paths of static files that have variants, each with its variant by language code.
#[derive(Debug, Clone, Default)]
pub struct ImageVariants(BTreeMap<String, BTreeMap<String, String>>);

impl ImageVariants {
    /// Finds `name.<code>.<ext>` among the static files (paths inside `static/`, such as
    /// `images/a.km.png`) whose `name.<ext>` is also there.
    pub fn find<'a>(
        static_files: impl IntoIterator<Item = &'a str>,
        languages: &Languages,
    ) -> ImageVariants {
        let files: BTreeSet<&str> = static_files.into_iter().collect();
        let mut variants: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for file in &files {
            let (folder, name) = file.rsplit_once('/').unwrap_or(("", file));
            let Some((stem, extension)) = name.rsplit_once('.') else {
                continue;
            };
            let Some((base, code)) = stem.rsplit_once('.') else {
                continue;
            };
            let original = match folder {
                "" => format!("{base}.{extension}"),
                folder => format!("{folder}/{base}.{extension}"),
            };
            if !languages.contains(code) || !files.contains(original.as_str()) {
                continue;
            }
            variants
                .entry(format!("/{original}"))
                .or_default()
                .insert(code.to_string(), format!("/{file}"));
        }
        ImageVariants(variants)
    }

    /// The image readers of the first language of `chain` see at `path`: its variant, or
    /// `path` itself.
    pub fn pick<'a>(&'a self, path: &'a str, chain: &[String]) -> &'a str {
        self.0
            .get(path)
            .and_then(|variants| chain.iter().find_map(|code| variants.get(code)))
            .map_or(path, String::as_str)
    }

    /// The per-language variants of the image at `path`.
    pub fn variants_of(&self, path: &str) -> impl Iterator<Item = &str> {
        self.0
            .get(path)
            .into_iter()
            .flat_map(|variants| variants.values().map(String::as_str))
    }

    /// Rewrites `src="<image>"` in `html` to the image of the first language of `chain` that has
    /// a variant. Images without one are left as they are.
    pub fn localize(&self, html: &str, chain: &[String]) -> String {
        let mut html = html.to_string();
        for (original, variants) in &self.0 {
            let Some(variant) = chain.iter().find_map(|code| variants.get(code)) else {
                continue;
            };
            let attribute = format!("src=\"{original}\"");
            if html.contains(&attribute) {
                html = html.replace(&attribute, &format!("src=\"{variant}\""));
            }
        }
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::Language;

    #[test]
    fn readers_see_their_language_s_image() {
        let languages = Languages::new(
            vec![
                Language::new("vi".into(), "Tiếng Việt".into(), None),
                Language::new("km".into(), "ខ្មែរ".into(), None),
            ],
            "vi",
        )
        .unwrap();
        let files = [
            "images/a.png",
            "images/a.km.png",
            "images/b.png",
            "images/c.xx.png",
        ];
        let variants = ImageVariants::find(files, &languages);
        let html = "<img src=\"/images/a.png\" alt=\"\"><img src=\"/images/b.png\" alt=\"\">";
        let km = variants.localize(html, &["km".into(), "vi".into()]);
        assert_eq!(
            km,
            "<img src=\"/images/a.km.png\" alt=\"\"><img src=\"/images/b.png\" alt=\"\">"
        );
        assert_eq!(variants.localize(html, &["vi".into()]), html);
        assert_eq!(
            variants.pick("/images/a.png", &["km".into()]),
            "/images/a.km.png"
        );
        assert_eq!(
            variants.pick("/images/b.png", &["km".into()]),
            "/images/b.png"
        );
        assert_eq!(
            variants.variants_of("/images/a.png").collect::<Vec<_>>(),
            ["/images/a.km.png"]
        );
    }
}

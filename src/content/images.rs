//! Per-language images: beside `static/images/screenshot.png`, a `screenshot.km.png` is the
//! picture that readers of Khmer pages see wherever a text shows `/images/screenshot.png`.

use std::collections::BTreeMap;
use std::path::Path;

use walkdir::WalkDir;

use crate::languages::Languages;

/// Site paths of static files that have variants, each with its variant by language code.
#[derive(Debug, Clone, Default)]
pub struct ImageVariants(BTreeMap<String, BTreeMap<String, String>>);

impl ImageVariants {
    /// Finds `name.<code>.<ext>` files under `static_dir` whose `name.<ext>` also exists.
    pub fn find(static_dir: &Path, languages: &Languages) -> ImageVariants {
        let mut variants: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        if !static_dir.is_dir() {
            return ImageVariants(variants);
        }
        for entry in WalkDir::new(static_dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_file())
        {
            let path = entry.path();
            let (Some(stem), Some(extension)) = (
                path.file_stem().and_then(|s| s.to_str()),
                path.extension().and_then(|e| e.to_str()),
            ) else {
                continue;
            };
            let Some((name, code)) = stem.rsplit_once('.') else {
                continue;
            };
            let original = path.with_file_name(format!("{name}.{extension}"));
            if !languages.contains(code) || !original.is_file() {
                continue;
            }
            let site_path = |file: &Path| {
                file.strip_prefix(static_dir)
                    .ok()
                    .map(|relative| format!("/{}", relative.to_string_lossy().replace('\\', "/")))
            };
            if let (Some(original), Some(variant)) = (site_path(&original), site_path(path)) {
                variants
                    .entry(original)
                    .or_default()
                    .insert(code.to_string(), variant);
            }
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
        let dir = tempfile::tempdir().unwrap();
        let images = dir.path().join("images");
        std::fs::create_dir_all(&images).unwrap();
        for name in ["a.png", "a.km.png", "b.png", "c.xx.png"] {
            std::fs::write(images.join(name), b"").unwrap();
        }
        let languages = Languages::new(
            vec![
                Language::new("vi".into(), "Tiếng Việt".into(), None),
                Language::new("km".into(), "ខ្មែរ".into(), None),
            ],
            "vi",
        )
        .unwrap();
        let variants = ImageVariants::find(dir.path(), &languages);
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

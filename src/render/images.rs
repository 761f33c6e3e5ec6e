//! Article images for phones on weak data: every image gets its `width` and `height` (no layout
//! jump while it loads), and a raster photo under `static/` gets resized copies listed in
//! `srcset`, so a phone downloads a 480- or 800-pixel copy, never the 4000-pixel original.
//! SVG scales by itself and gets only its size.
//!
//! The same goes for images inside Markdown bodies (`![alt](/images/x.jpg)`): the Markdown step
//! lists them, this module measures them (with their per-language variants), and the render
//! step writes them with [`ImageInfo::img`].

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, ImageReader};
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::resolve::site::Site;

/// Widths of the resized copies; only those narrower than the original are made.
pub const WIDTHS: &[u32] = &[480, 800, 1200];

/// An original at most this wide is offered in `srcset` too; a wider one never is: it is what
/// phones must not download.
const MAX_OFFERED_WIDTH: u32 = 1600;

/// The `sizes` of images in an article's column: full width on phones, 42rem on wider screens
/// (the theme's text column).
pub const COLUMN_SIZES: &str = "(min-width: 44rem) 42rem, 100vw";

/// JPEG quality of resized copies: photos on a phone screen show no difference above this.
const JPEG_QUALITY: u8 = 78;

/// What a page needs to show one image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageInfo {
    pub width: u32,
    pub height: u32,
    /// The site path the `src` attribute uses (a mid-size copy for photos).
    pub src: String,
    /// Site paths of the copies to offer in `srcset`, with their widths (empty for SVG).
    pub srcset: Vec<(String, u32)>,
}

impl ImageInfo {
    /// The `srcset` attribute, with the site's own path before each copy.
    pub fn srcset_attr(&self, root_path: &str) -> Option<String> {
        (!self.srcset.is_empty()).then(|| {
            self.srcset
                .iter()
                .map(|(path, width)| format!("{root_path}{path} {width}w"))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }

    /// A full `<img>` of a text image: size, copies, lazy loading; `alt` and `title` are plain
    /// text (escaped here).
    pub fn img(&self, root_path: &str, alt: &str, title: &str) -> String {
        let escape = crate::markdown::escape_html;
        let srcset = self
            .srcset_attr(root_path)
            .map(|srcset| format!(" srcset=\"{srcset}\" sizes=\"{COLUMN_SIZES}\""))
            .unwrap_or_default();
        let title = if title.is_empty() {
            String::new()
        } else {
            format!(" title=\"{}\"", escape(title))
        };
        format!(
            "<img src=\"{root_path}{}\"{srcset} width=\"{}\" height=\"{}\" alt=\"{}\"{title} \
             loading=\"lazy\" decoding=\"async\">",
            self.src,
            self.width,
            self.height,
            escape(alt)
        )
    }
}

/// The site path of a local image (`/images/a.jpg`): what loa can measure; `None` for other
/// URLs (another site, a relative path, a query).
pub fn local_path(url: &str) -> Option<&str> {
    (url.starts_with('/')
        && !url.starts_with("//")
        && !url.contains(['?', '#', ':', '\\'])
        && !url.split('/').any(|part| part == ".."))
    .then_some(url)
}

/// Every local image the site's pages show: articles' `image`, and the images of article and
/// lesson bodies with their per-language variants.
fn site_images(site: &Site) -> Vec<&str> {
    let front_matter = site
        .content
        .articles
        .iter()
        .filter_map(|article| article.image.as_deref());
    let lessons = site
        .lessons
        .values()
        .flat_map(|lesson| std::iter::once(&lesson.intro).chain(&lesson.steps));
    let bodies = site
        .bodies
        .values()
        .chain(lessons)
        .flat_map(|body| &body.images)
        .filter_map(|image| local_path(&image.url));
    let mut paths: Vec<&str> = front_matter
        .chain(bodies)
        .flat_map(|path| std::iter::once(path).chain(site.images.variants_of(path)))
        .collect();
    paths.sort_unstable();
    paths.dedup();
    paths
}

/// The images of a site's articles, measured, and the resized copies to write.
#[derive(Debug, Clone, Default)]
pub struct Images {
    info: BTreeMap<String, ImageInfo>,
    /// Paths under the site root (no leading slash) and bytes.
    pub variants: Vec<(String, Vec<u8>)>,
}

impl Images {
    /// Measures every image of the site's pages (a site path such as `/images/a.jpg`, from
    /// `static/`) and resizes the raster ones.
    pub fn prepare(site: &Site) -> Result<Images, Diagnostics> {
        let paths = site_images(site);
        let results: Vec<Result<Option<Prepared>, Diagnostic>> = paths
            .par_iter()
            .map(|path| prepare_one(&site.config.site_dir, path))
            .collect();
        let mut images = Images::default();
        let mut diagnostics = Diagnostics::default();
        for result in results {
            match result {
                Ok(Some(prepared)) => {
                    images.info.insert(prepared.path, prepared.info);
                    images.variants.extend(prepared.variants);
                }
                Ok(None) => {}
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
        if diagnostics.has_errors() {
            Err(diagnostics)
        } else {
            Ok(images)
        }
    }

    /// The measured image at a site path (`/images/a.jpg`), if loa could read its size.
    pub fn get(&self, path: &str) -> Option<&ImageInfo> {
        self.info.get(path)
    }
}

struct Prepared {
    path: String,
    info: ImageInfo,
    variants: Vec<(String, Vec<u8>)>,
}

fn prepare_one(site_dir: &Path, path: &str) -> Result<Option<Prepared>, Diagnostic> {
    // The article loader reports images that leave static/ or do not exist.
    let Ok(file) = crate::paths::resolve(site_dir, "static", path.trim_start_matches('/')) else {
        return Ok(None);
    };
    let extension = path
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bytes = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        // The article loader reports missing images; nothing to measure here.
        Err(_) => return Ok(None),
    };
    let error = |message: String| Diagnostic::error(Problem::InvalidValue, &file, message);
    if extension == "svg" {
        let text = String::from_utf8_lossy(&bytes);
        return Ok(svg_size(&text).map(|(width, height)| Prepared {
            path: path.to_string(),
            info: ImageInfo {
                width,
                height,
                src: path.to_string(),
                srcset: Vec::new(),
            },
            variants: Vec::new(),
        }));
    }
    let format = match extension.as_str() {
        "jpg" | "jpeg" => ImageFormat::Jpeg,
        "png" => ImageFormat::Png,
        _ => return Ok(None),
    };
    let image = ImageReader::with_format(Cursor::new(&bytes), format)
        .decode()
        .map_err(|e| error(format!("cannot decode the image: {e}")))?;
    let (width, height) = (image.width(), image.height());
    let stem = path.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(path);
    let mut variants = Vec::new();
    let mut srcset = Vec::new();
    // Largest first, each copy made from the one before: cheaper, and as sharp at these ratios.
    let mut source: DynamicImage = image;
    for target in WIDTHS.iter().rev().copied().filter(|w| *w < width) {
        let target_height =
            ((u64::from(height) * u64::from(target)) / u64::from(width)).max(1) as u32;
        source = source.resize_exact(target, target_height, FilterType::Triangle);
        let encoded = encode(&source, format).map_err(|e| error(format!("cannot resize: {e}")))?;
        let variant = format!("{stem}.{target}w.{extension}");
        srcset.push((variant.clone(), target));
        variants.push((variant.trim_start_matches('/').to_string(), encoded));
    }
    srcset.reverse();
    // A phone-sized copy is the default `src`: browsers without srcset are old, small phones.
    let src = variants
        .iter()
        .rev()
        .map(|(variant, _)| format!("/{variant}"))
        .nth(1)
        .or_else(|| variants.last().map(|(variant, _)| format!("/{variant}")))
        .unwrap_or_else(|| path.to_string());
    if !srcset.is_empty() && width <= MAX_OFFERED_WIDTH {
        srcset.push((path.to_string(), width));
    }
    Ok(Some(Prepared {
        path: path.to_string(),
        info: ImageInfo {
            width,
            height,
            src,
            srcset,
        },
        variants,
    }))
}

fn encode(image: &DynamicImage, format: ImageFormat) -> image::ImageResult<Vec<u8>> {
    let mut out = Cursor::new(Vec::new());
    match format {
        ImageFormat::Jpeg => {
            let encoder =
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
            image.to_rgb8().write_with_encoder(encoder)?;
        }
        _ => image.write_to(&mut out, format)?,
    }
    Ok(out.into_inner())
}

/// The size an SVG declares: its `width` and `height` in pixels, else its `viewBox`.
pub fn svg_size(svg: &str) -> Option<(u32, u32)> {
    let start = svg.find("<svg")?;
    let tag = &svg[start..start + svg[start..].find('>')?];
    let attribute = |name: &str| {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[at..].split('"').next()
    };
    let pixels = |value: &str| {
        value
            .trim_end_matches("px")
            .parse::<f64>()
            .ok()
            .filter(|v| *v > 0.0)
            .map(|v| v.round() as u32)
    };
    if let (Some(width), Some(height)) = (
        attribute("width").and_then(pixels),
        attribute("height").and_then(pixels),
    ) {
        return Some((width, height));
    }
    let numbers: Vec<f64> = attribute("viewBox")?
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    match numbers[..] {
        [_, _, width, height] if width > 0.0 && height > 0.0 => {
            Some((width.round() as u32, height.round() as u32))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_sizes_come_from_attributes_or_viewbox() {
        assert_eq!(
            svg_size(r#"<svg xmlns="x" width="640" height="360">"#),
            Some((640, 360))
        );
        assert_eq!(
            svg_size(r#"<svg viewBox="0 0 800 450" width="100%">"#),
            Some((800, 450))
        );
        assert_eq!(svg_size("<svg>"), None);
    }

    #[test]
    fn only_local_site_paths_are_measured() {
        assert_eq!(local_path("/images/a.jpg"), Some("/images/a.jpg"));
        for url in [
            "https://x.vn/a.jpg",
            "//x.vn/a.jpg",
            "images/a.jpg",
            "/a.jpg?v=2",
            "/../a.jpg",
        ] {
            assert_eq!(local_path(url), None, "{url}");
        }
    }

    #[test]
    fn text_images_get_size_copies_and_lazy_loading() {
        let info = ImageInfo {
            width: 2400,
            height: 1260,
            src: "/images/p.800w.jpg".into(),
            srcset: vec![("/images/p.480w.jpg".into(), 480)],
        };
        assert_eq!(
            info.img("/sub", "A \"field\"", ""),
            "<img src=\"/sub/images/p.800w.jpg\" srcset=\"/sub/images/p.480w.jpg 480w\" \
             sizes=\"(min-width: 44rem) 42rem, 100vw\" width=\"2400\" height=\"1260\" \
             alt=\"A &quot;field&quot;\" loading=\"lazy\" decoding=\"async\">"
        );
    }

    #[test]
    fn a_large_photo_gets_smaller_copies_and_never_ships_the_original_in_srcset() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("static/images")).unwrap();
        let photo = image::RgbImage::from_fn(2000, 1125, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
        });
        photo.save(dir.path().join("static/images/p.jpg")).unwrap();
        let prepared = prepare_one(dir.path(), "/images/p.jpg").unwrap().unwrap();
        assert_eq!((prepared.info.width, prepared.info.height), (2000, 1125));
        assert_eq!(
            prepared.info.srcset_attr("/sub").as_deref(),
            Some(
                "/sub/images/p.480w.jpg 480w, /sub/images/p.800w.jpg 800w, /sub/images/p.1200w.jpg 1200w"
            )
        );
        assert_eq!(prepared.info.src, "/images/p.800w.jpg");
        let names: Vec<&str> = prepared.variants.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            names,
            [
                "images/p.1200w.jpg",
                "images/p.800w.jpg",
                "images/p.480w.jpg"
            ]
        );
    }
}

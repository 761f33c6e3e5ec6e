//! Article images for phones on weak data: every image gets its `width` and `height` (no layout
//! jump while it loads), and a raster photo under `static/` gets resized copies listed in
//! `srcset`, so a phone downloads a 480- or 800-pixel copy, never the 4000-pixel original.
//! SVG scales by itself and gets only its size.
//!
//! The same goes for images inside Markdown bodies (`![alt](/images/x.jpg)`): the Markdown step
//! lists them, loading measured them (with their per-language variants,
//! [`crate::load::statics`]), this module makes their copies, and the render step writes them
//! with [`ImageInfo::img`].

use std::collections::BTreeMap;
use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat};
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::statics::{Image, StaticFile};
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
    /// Sizes every image of the site's pages (a site path such as `/images/a.jpg`, from
    /// `static/`) and resizes the raster ones.
    pub fn prepare(site: &Site) -> Result<Images, Diagnostics> {
        let paths = site_images(site);
        let results: Vec<Result<Option<Prepared>, Diagnostic>> = paths
            .par_iter()
            .map(|path| {
                // The article loader reports images that leave static/ or do not exist.
                match site.static_files.get(path.trim_start_matches('/')) {
                    Some(file) => prepare_one(path, file),
                    None => Ok(None),
                }
            })
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

/// The image at the site path `path`, read from `file`, and its copies.
fn prepare_one(path: &str, file: &StaticFile) -> Result<Option<Prepared>, Diagnostic> {
    let error = |message: String| Diagnostic::error(Problem::InvalidValue, &file.origin, message);
    let prepared = |info: ImageInfo, variants| Prepared {
        path: path.to_string(),
        info,
        variants,
    };
    let (format, width, height) = match &file.image {
        None | Some(Image::Svg(None)) => return Ok(None),
        Some(Image::Svg(Some((width, height)))) => {
            let info = ImageInfo {
                width: *width,
                height: *height,
                src: path.to_string(),
                srcset: Vec::new(),
            };
            return Ok(Some(prepared(info, Vec::new())));
        }
        Some(Image::Raster { size: Err(e), .. }) => {
            return Err(error(format!("cannot decode the image: {e}")));
        }
        Some(Image::Raster {
            format,
            size: Ok((width, height)),
        }) => (*format, *width, *height),
    };
    let extension = path
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let stem = path.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(path);
    let mut variants = Vec::new();
    let mut srcset = Vec::new();
    // Decoded even when no copy is made: a file whose pixels are broken is reported, not
    // shipped.
    let mut source: DynamicImage = image::load_from_memory_with_format(&file.bytes, format)
        .map_err(|e| error(format!("cannot decode the image: {e}")))?;
    // Largest first, each copy made from the one before: cheaper, and as sharp at these ratios.
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
    let info = ImageInfo {
        width,
        height,
        src,
        srcset,
    };
    Ok(Some(prepared(info, variants)))
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let photo = image::RgbImage::from_fn(2000, 1125, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
        });
        let mut jpeg = Cursor::new(Vec::new());
        photo.write_to(&mut jpeg, ImageFormat::Jpeg).unwrap();
        let file = StaticFile::new(
            "images/p.jpg",
            "static/images/p.jpg".into(),
            jpeg.into_inner(),
        );
        let prepared = prepare_one("/images/p.jpg", &file).unwrap().unwrap();
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

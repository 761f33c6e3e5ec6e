//! The site's `static/` folder, read once: every file's bytes, copied into the output as they
//! are, and the size of each image, which pages give as `width` and `height` and from which
//! rendering makes the resized copies of photos (see [`crate::render::images`]).

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{ImageFormat, ImageReader};
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};

/// The files of `static/`, by path inside it (`images/a.jpg`).
pub type StaticFiles = BTreeMap<String, StaticFile>;

/// One file of `static/`.
#[derive(Debug, Clone)]
pub struct StaticFile {
    pub origin: PathBuf,
    pub bytes: Vec<u8>,
    /// What an image is, by its extension; `None` for other files.
    pub image: Option<Image>,
}

/// An image of `static/`, measured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Image {
    /// The size an SVG declares, if it declares one (see [`svg_size`]).
    Svg(Option<(u32, u32)>),
    /// A JPEG or PNG and the size in its header, or why the header could not be read: an error
    /// only if a page shows the image, so it is kept until rendering knows.
    Raster {
        format: ImageFormat,
        size: Result<(u32, u32), String>,
    },
}

impl StaticFile {
    /// The file `name` (a path inside `static/`) read from `origin`, measured if it is an image.
    pub fn new(name: &str, origin: PathBuf, bytes: Vec<u8>) -> StaticFile {
        let extension = name
            .rsplit_once('.')
            .map(|(_, extension)| extension.to_ascii_lowercase());
        let image = match extension.as_deref() {
            Some("svg") => Some(Image::Svg(svg_size(&String::from_utf8_lossy(&bytes)))),
            Some("jpg" | "jpeg") => Some(raster(ImageFormat::Jpeg, &bytes)),
            Some("png") => Some(raster(ImageFormat::Png, &bytes)),
            _ => None,
        };
        StaticFile {
            origin,
            bytes,
            image,
        }
    }
}

/// Reads only the header: the pixels are decoded when rendering makes the copies of an image
/// a page shows.
fn raster(format: ImageFormat, bytes: &[u8]) -> Image {
    let size = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|error| error.to_string());
    Image::Raster { format, size }
}

/// Reads every file of `static/`, in parallel; a symbolic link out of the site is an error.
pub fn read(site_dir: &Path) -> Result<StaticFiles, Diagnostics> {
    let walk = crate::paths::walk(site_dir, &site_dir.join("static"));
    if walk.problems.has_errors() {
        return Err(walk.problems);
    }
    let files: Vec<Result<(String, StaticFile), Diagnostics>> = walk
        .files
        .into_par_iter()
        .map(|(name, origin)| match std::fs::read(&origin) {
            Ok(bytes) => Ok((name.clone(), StaticFile::new(&name, origin, bytes))),
            Err(e) => {
                Err(
                    Diagnostic::error(Problem::Unreadable, &origin, format!("cannot read: {e}"))
                        .into(),
                )
            }
        })
        .collect();
    Ok(crate::diagnostics::collect_all(files)?
        .into_iter()
        .collect())
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
    fn images_are_measured_by_their_header_and_other_files_not_at_all() {
        let mut png = Cursor::new(Vec::new());
        image::RgbImage::new(3, 2)
            .write_to(&mut png, ImageFormat::Png)
            .unwrap();
        let file = |name: &str, bytes: &[u8]| StaticFile::new(name, name.into(), bytes.to_vec());
        assert_eq!(
            file("a/b.PNG", png.get_ref()).image,
            Some(Image::Raster {
                format: ImageFormat::Png,
                size: Ok((3, 2))
            })
        );
        let broken = file("b.jpg", b"not a JPEG").image;
        assert!(
            matches!(broken, Some(Image::Raster { size: Err(_), .. })),
            "{broken:?}"
        );
        assert_eq!(
            file("c.svg", br#"<svg width="4" height="5">"#).image,
            Some(Image::Svg(Some((4, 5))))
        );
        assert_eq!(file("d.pdf", b"%PDF").image, None);
    }
}

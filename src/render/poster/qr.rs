//! QR codes for posters: encoding a URL (with the `qrcode` crate) and drawing it as one compact
//! SVG `<path>` in millimetre coordinates.

use std::fmt::Write as _;

use qrcode::types::{Color, Version};

use crate::render::poster::PosterError;

/// Light modules kept around the code on every side. ISO/IEC 18004 asks for 4; scanners that
/// see poster text or a frame right against the finder patterns fail to lock on.
pub const QUIET_ZONE_MODULES: usize = 4;

/// Error-correction level of a poster QR code.
///
/// Only the levels worth printing are offered: `M` for a plain poster, `Q` where lamination or
/// glare is likely, `H` only when a logo covers part of the code. `L` leaves too little margin
/// for a poster that gets scratched or written on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EcLevel {
    /// Recovers about 15 % of damaged codewords.
    #[default]
    M,
    /// Recovers about 25 %.
    Q,
    /// Recovers about 30 %.
    H,
}

impl EcLevel {
    fn to_qrcode(self) -> qrcode::EcLevel {
        match self {
            EcLevel::M => qrcode::EcLevel::M,
            EcLevel::Q => qrcode::EcLevel::Q,
            EcLevel::H => qrcode::EcLevel::H,
        }
    }
}

/// An encoded QR code: the module grid, without quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    version: i16,
    level: EcLevel,
    width: usize,
    /// Row-major, `true` = dark.
    dark: Vec<bool>,
}

/// Encodes `text` (normally a URL) with the smallest QR version that holds it at `level`.
///
/// The encoder picks numeric, alphanumeric or byte segments itself, so an upper-case URL gets
/// the denser alphanumeric mode. Vetting the URL (allowed host, no payment link) is the
/// caller's job: this function encodes whatever it is given.
pub fn encode(text: &str, level: EcLevel) -> Result<QrCode, PosterError> {
    if text.is_empty() {
        return Err(PosterError::EmptyQrText);
    }
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), level.to_qrcode())
        .map_err(|source| PosterError::QrEncode {
            len: text.len(),
            level,
            source,
        })?;
    // This constructor only ever yields normal (not Micro) versions, 1 to 40.
    let (Version::Normal(version) | Version::Micro(version)) = code.version();
    Ok(QrCode {
        version,
        level,
        width: code.width(),
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect(),
    })
}

impl QrCode {
    /// QR version, 1 to 40 (version `v` has `17 + 4v` modules a side).
    pub fn version(&self) -> i16 {
        self.version
    }

    /// Error-correction level the code was encoded with.
    pub fn ec_level(&self) -> EcLevel {
        self.level
    }

    /// Modules a side, without the quiet zone.
    pub fn module_count(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` (0-based, quiet zone excluded) is dark;
    /// `false` outside the code.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Width of one module in mm when the code, quiet zone included, fills `size_mm`.
    /// Print shops want at least about 0.5 mm; a poster read at 1 m wants about 2 mm.
    pub fn module_mm(&self, size_mm: f64) -> f64 {
        size_mm / (self.width + 2 * QUIET_ZONE_MODULES) as f64
    }

    /// One SVG `<path>` drawing the code in the square `x_mm, y_mm, size_mm × size_mm` of a
    /// poster whose user unit is the millimetre (`viewBox="0 0 210 297"`).
    ///
    /// The square INCLUDES the quiet zone of [`QUIET_ZONE_MODULES`] modules on each side, but
    /// the path only paints dark modules: the caller must keep that whole square on a white
    /// (or very light) background, with no text, frame or picture inside it.
    ///
    /// The path is in module units, placed by a `transform`, and has one closed `h v h z`
    /// rectangle per horizontal run of dark modules, so it stays small (a few kB for version 6).
    /// The same code and arguments always give the same string.
    pub fn svg_path(&self, x_mm: f64, y_mm: f64, size_mm: f64) -> Result<String, PosterError> {
        check_finite("x", x_mm, false)?;
        check_finite("y", y_mm, false)?;
        check_finite("size", size_mm, true)?;
        let scale = self.module_mm(size_mm);
        let mut d = String::new();
        // After `z` the pen is back at the start of the closed run, so every run after the
        // first is a short relative move from the previous run's top-left corner.
        let mut pen: Option<(usize, usize)> = None;
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                let len = x - start;
                let (col, row) = (start + QUIET_ZONE_MODULES, y + QUIET_ZONE_MODULES);
                // Writing to a String cannot fail.
                let _ = match pen {
                    None => write!(d, "M{col} {row}"),
                    Some((pc, pr)) => write!(d, "m{} {}", col as i64 - pc as i64, row - pr),
                };
                let _ = write!(d, "h{len}v1h-{len}z");
                pen = Some((col, row));
            }
        }
        Ok(format!(
            r##"<path d="{d}" transform="translate({} {}) scale({})" fill="#000" shape-rendering="crispEdges"/>"##,
            fmt_num(x_mm),
            fmt_num(y_mm),
            fmt_num(scale),
        ))
    }
}

fn check_finite(name: &'static str, value: f64, positive: bool) -> Result<(), PosterError> {
    if value.is_finite() && (!positive || value > 0.0) {
        Ok(())
    } else {
        Err(PosterError::InvalidGeometry {
            name,
            value,
            positive,
        })
    }
}

/// Rounds to 0.1 µm and drops trailing zeros: far below print precision, and it keeps the
/// SVG short and identical whatever float noise the caller's arithmetic left.
fn fmt_num(v: f64) -> String {
    let s = format!("{:.4}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// 89 characters, shaped like a National Public Service Portal link (illustrative).
    pub(crate) const URL_89: &str =
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_tt=1.001193";
    /// 32 characters.
    pub(crate) const URL_32: &str = "https://xa-an-phu.gov.vn/ks/1193";
    /// 32 characters, all in the QR alphanumeric set.
    pub(crate) const URL_32_UPPER: &str = "HTTPS://XA-AN-PHU.GOV.VN/KS/1193";

    #[test]
    fn versions_match_the_poster_rules() {
        assert_eq!(URL_89.len(), 89);
        assert_eq!(URL_32.len(), 32);
        let v = |url, level| encode(url, level).unwrap().version();
        assert_eq!(v(URL_89, EcLevel::M), 6);
        assert_eq!(v(URL_32, EcLevel::M), 3);
        assert_eq!(v(URL_32_UPPER, EcLevel::M), 2);
        assert!(v(URL_89, EcLevel::Q) > 6);
        assert!(v(URL_89, EcLevel::H) > v(URL_89, EcLevel::Q));
        let code = encode(URL_89, EcLevel::default()).unwrap();
        assert_eq!(code.ec_level(), EcLevel::M);
        assert_eq!(code.module_count(), 17 + 4 * 6);
    }

    #[test]
    fn path_is_one_element_with_one_rectangle_per_dark_run() {
        let code = encode(URL_32, EcLevel::M).unwrap();
        let svg = code.svg_path(80.0, 120.5, 50.0).unwrap();
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(
            svg.contains(r#"transform="translate(80 120.5) scale(1.3514)""#),
            "{svg}"
        );
        // The top-left finder pattern starts the first row at the quiet-zone offset.
        assert!(svg.starts_with(r#"<path d="M4 4h7v1h-7z"#), "{svg}");
        let mut runs = 0;
        for y in 0..code.module_count() {
            for x in 0..code.module_count() {
                if code.is_dark(x, y) && (x == 0 || !code.is_dark(x - 1, y)) {
                    runs += 1;
                }
            }
        }
        assert_eq!(svg.matches('z').count(), runs);
        assert_eq!(svg, code.svg_path(80.0, 120.5, 50.0).unwrap());
        assert!(svg.len() < 4_000, "{} bytes", svg.len());
    }

    #[test]
    fn module_size_accounts_for_the_quiet_zone() {
        let code = encode(URL_89, EcLevel::M).unwrap();
        assert!((code.module_mm(49.0) - 1.0).abs() < 1e-12);
        assert!(!code.is_dark(code.module_count(), 0));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(matches!(
            encode("", EcLevel::M),
            Err(PosterError::EmptyQrText)
        ));
        let huge = "x".repeat(3_000);
        let err = encode(&huge, EcLevel::H).unwrap_err();
        assert!(
            matches!(err, PosterError::QrEncode { len: 3_000, .. }),
            "{err}"
        );
        let code = encode(URL_32, EcLevel::M).unwrap();
        for (x, y, size) in [
            (f64::NAN, 0.0, 50.0),
            (0.0, f64::INFINITY, 50.0),
            (0.0, 0.0, 0.0),
            (0.0, 0.0, -5.0),
        ] {
            assert!(matches!(
                code.svg_path(x, y, size),
                Err(PosterError::InvalidGeometry { .. })
            ));
        }
        let err = code.svg_path(0.0, 0.0, 0.0).unwrap_err();
        assert_eq!(
            err.to_string(),
            "QR size must be a finite number above 0, got 0"
        );
        let err = code.svg_path(f64::NAN, 0.0, 1.0).unwrap_err();
        assert_eq!(err.to_string(), "QR x must be a finite number, got NaN");
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(fmt_num(50.0), "50");
        assert_eq!(fmt_num(1.0 / 3.0), "0.3333");
        assert_eq!(fmt_num(-0.00001), "0");
        assert_eq!(fmt_num(0.1 + 0.2), "0.3");
    }
}

//! The functions loa gives the poster templates: `qr_code` draws a vetted QR code, `fit_text`
//! breaks a text into the lines that fit a box.

use std::collections::HashMap;

use tera::{Tera, Value};

use crate::render::poster::layout::{FitMemo, TextBox};
use crate::render::poster::{self, EcLevel, QUIET_ZONE_MODULES};
use crate::trust::TrustedDomains;

/// Registers the poster templates' functions: `qr_code(url, x, y, size, level)` and
/// `fit_text(text, size, min_size, width, max_lines, bold)`.
pub(in crate::render) fn register_functions(tera: &mut Tera, trusted: &TrustedDomains) {
    tera.register_function(
        "qr_code",
        QrCodeFunction {
            trusted: trusted.clone(),
        },
    );
    tera.register_function("fit_text", FitTextFunction::default());
}

/// The smallest printed width of a QR code, quiet zone excluded.
const MIN_QR_MM: f64 = 40.0;

/// `qr_code(url=…, x=…, y=…, size=…, level="M")`: the QR code of a vetted URL (https, trusted
/// host, not a payment code) as SVG in millimetres, on a white square that includes the quiet
/// zone. The code itself must come out at least 4 cm wide.
struct QrCodeFunction {
    trusted: TrustedDomains,
}

impl tera::Function for QrCodeFunction {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let url = string_arg(args, "url")?;
        self.trusted.check(url).map_err(tera::Error::msg)?;
        let level = match args.get("level").and_then(Value::as_str).unwrap_or("M") {
            "M" => EcLevel::M,
            "Q" => EcLevel::Q,
            "H" => EcLevel::H,
            other => {
                return Err(tera::Error::msg(format!(
                    "qr_code: level must be M, Q or H (not `{other}`): L is too fragile for a wall"
                )));
            }
        };
        let (x, y, size) = (
            number_arg(args, "x")?,
            number_arg(args, "y")?,
            number_arg(args, "size")?,
        );
        let code = poster::qr::encode(url, level).map_err(|e| tera::Error::msg(e.to_string()))?;
        let printed = code.module_mm(size) * code.module_count() as f64;
        if printed < MIN_QR_MM {
            return Err(tera::Error::msg(format!(
                "qr_code: the code would print {printed:.1} mm wide; posters need at least \
                 {MIN_QR_MM} mm: raise `size` (it includes the {QUIET_ZONE_MODULES}-module quiet zone)"
            )));
        }
        let path = code
            .svg_path(x, y, size)
            .map_err(|e| tera::Error::msg(e.to_string()))?;
        Ok(Value::String(format!(
            r##"<rect x="{x}" y="{y}" width="{size}" height="{size}" fill="#fff"/>{path}"##
        )))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `fit_text(text=…, size=…, min_size=…, width=…, max_lines=3, bold=false)`: the text's font
/// family, the font size it fits at, and its lines (see [`poster::layout::fit`]). It lives as
/// long as the compiled templates, and remembers its answers ([`FitMemo`]).
#[derive(Default)]
struct FitTextFunction {
    memo: FitMemo,
}

impl tera::Function for FitTextFunction {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let size = number_arg(args, "size")?;
        let fitted = self.memo.fit(&TextBox {
            text: string_arg(args, "text")?,
            bold: args.get("bold").and_then(Value::as_bool).unwrap_or(false),
            size,
            min_size: args.get("min_size").and_then(Value::as_f64).unwrap_or(size),
            width: number_arg(args, "width")?,
            max_lines: args.get("max_lines").and_then(Value::as_u64).unwrap_or(3) as usize,
        });
        Ok(serde_json::json!({
            "font": fitted.family,
            "size": (fitted.size * 100.0).round() / 100.0,
            "lines": fitted.lines,
        }))
    }
}

fn string_arg<'a>(args: &'a HashMap<String, Value>, name: &str) -> tera::Result<&'a str> {
    args.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg(format!("missing text argument `{name}`")))
}

fn number_arg(args: &HashMap<String, Value>, name: &str) -> tera::Result<f64> {
    args.get(name)
        .and_then(Value::as_f64)
        .ok_or_else(|| tera::Error::msg(format!("missing number argument `{name}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(url: &str, size: f64, level: &str) -> tera::Result<Value> {
        let function = QrCodeFunction {
            trusted: TrustedDomains::parse(&["example.vn".into()]).unwrap(),
        };
        let args = HashMap::from([
            ("url".to_string(), Value::from(url)),
            ("x".to_string(), Value::from(10)),
            ("y".to_string(), Value::from(20)),
            ("size".to_string(), Value::from(size)),
            ("level".to_string(), Value::from(level)),
        ]);
        tera::Function::call(&function, &args)
    }

    #[test]
    fn qr_codes_are_vetted_and_big_enough() {
        let svg = call("https://example.vn/q/tt/1.001193/", 60.0, "M").unwrap();
        let svg = svg.as_str().unwrap();
        assert!(
            svg.starts_with(r##"<rect x="10" y="20" width="60" height="60" fill="#fff"/><path"##)
        );
        for (url, size, level, expected) in [
            (
                "https://example.vn.evil.com/",
                60.0,
                "M",
                "not in `trusted_domains`",
            ),
            ("000201010212", 60.0, "M", "payment"),
            (
                "https://example.vn/q/tt/1.001193/",
                45.0,
                "M",
                "at least 40 mm",
            ),
            (
                "https://example.vn/q/tt/1.001193/",
                60.0,
                "L",
                "level must be M, Q or H",
            ),
        ] {
            let error = call(url, size, level).unwrap_err().to_string();
            assert!(error.contains(expected), "{url} {size} {level}: {error}");
        }
    }
}

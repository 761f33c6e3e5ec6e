//! Where an article is about: `location:` in front matter, a commune of `content/communes/`
//! by its slug (`location: dien-khanh`) or a place of its own (`{name, geo, osm}`). The same in
//! every language (a shared key of [`super::article::SHARED_KEYS`]). That a commune exists is
//! checked once both are loaded ([`check_communes`]).

use std::collections::BTreeMap;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::load::content::Article;
use crate::load::content::commune::Commune;

/// An article's `location:`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Location {
    /// A commune of `content/communes/<slug>.yaml`.
    Commune { slug: String, line: usize },
    /// A place named in front matter.
    Place {
        name: String,
        /// `12.26,109.10`: latitude and longitude, as written.
        geo: Option<String>,
        /// An OpenStreetMap element: `N`, `W` or `R` and its number (`R1234567`).
        osm: Option<String>,
    },
}

/// What `location:` is expected to be, for the errors.
const EXPECTED: &str = "expected a commune's slug (the name of a file of content/communes/, \
     such as `dien-khanh`) or a place: `{name: \"…\", geo: \"12.26,109.10\", osm: \"R1234567\"}` \
     (`geo` and `osm` optional)";

/// Parses `location:` as front matter gives it; `yaml` (the front matter, from the file's line
/// `yaml_line`) locates it. An error is the line of the field at fault and its message.
pub(super) fn parse(
    value: &serde_json::Value,
    yaml: &str,
    yaml_line: usize,
) -> Result<Location, (usize, String)> {
    let line = crate::yaml::key_line(yaml, "location").unwrap_or(1);
    // A field of a block mapping under `location:` is on a line of its own, more indented.
    let field_line = |field: &str| {
        let lines = yaml.lines().enumerate().skip(line);
        let nested = lines.take_while(|(_, text)| text.starts_with([' ', '#']) || text.is_empty());
        let mut found =
            nested.filter(|(_, text)| text.trim_start().starts_with(&format!("{field}:")));
        found.next().map_or(line, |(index, _)| index + 1) + yaml_line - 1
    };
    let error = |message: String| {
        let field = ["geo", "osm", "name"]
            .into_iter()
            .find(|field| message.starts_with(&format!("`location`, `{field}`")));
        (field.map_or(line + yaml_line - 1, field_line), message)
    };
    parse_value(value, line + yaml_line - 1).map_err(error)
}

fn parse_value(value: &serde_json::Value, line: usize) -> Result<Location, String> {
    use serde_json::Value;
    match value {
        Value::String(slug) if !slug.trim().is_empty() => Ok(Location::Commune {
            slug: slug.trim().to_string(),
            line,
        }),
        Value::Object(map) => {
            let mut fields = BTreeMap::new();
            for (key, value) in map {
                if !["name", "geo", "osm"].contains(&key.as_str()) {
                    return Err(format!("`location`: unknown field `{key}`: {EXPECTED}"));
                }
                let text = match value {
                    Value::String(text) => text.trim().to_string(),
                    Value::Null => continue,
                    other => {
                        return Err(format!(
                            "`location`, `{key}`: `{other}` is not a text: {EXPECTED}"
                        ));
                    }
                };
                fields.insert(key.as_str(), text);
            }
            let name = (fields.remove("name")).filter(|name| !name.is_empty());
            let name = name.ok_or_else(|| format!("`location`: `name` is missing: {EXPECTED}"))?;
            let geo = fields.remove("geo").map(|geo| check_geo(&geo)).transpose();
            let osm = fields.remove("osm").map(|osm| check_osm(&osm)).transpose();
            Ok(Location::Place {
                name,
                geo: geo?,
                osm: osm?,
            })
        }
        other => Err(format!(
            "`location`: `{other}` is not a slug or a place: {EXPECTED}"
        )),
    }
}

/// `12.26,109.10`: two decimal numbers, a latitude from -90 to 90 and a longitude from -180 to
/// 180. Returned without spaces.
fn check_geo(geo: &str) -> Result<String, String> {
    let bad = |why: &str| {
        format!(
            "`location`, `geo`: `{geo}` {why}: expected the latitude and longitude as two \
             decimal numbers, such as `12.26,109.10` (latitude -90 to 90, longitude -180 to 180)"
        )
    };
    let parts: Vec<&str> = geo.split(',').map(str::trim).collect();
    let [lat, lon] = parts.as_slice() else {
        return Err(bad("is not two numbers apart by a comma"));
    };
    let number = |text: &str| {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let decimal = !digits.is_empty()
            && !digits.starts_with('.')
            && !digits.ends_with('.')
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            && digits.matches('.').count() <= 1;
        decimal.then(|| text.parse::<f64>().ok()).flatten()
    };
    match (number(lat), number(lon)) {
        (Some(la), Some(lo)) if la.abs() <= 90.0 && lo.abs() <= 180.0 => Ok(format!("{lat},{lon}")),
        (Some(_), Some(_)) => Err(bad("is out of range")),
        _ => Err(bad("is not two decimal numbers")),
    }
}

/// `R1234567`: an OpenStreetMap node (`N`), way (`W`) or relation (`R`) and its id.
fn check_osm(osm: &str) -> Result<String, String> {
    let digits = osm.strip_prefix(['N', 'W', 'R']).unwrap_or("");
    if !digits.is_empty() && digits.len() <= 19 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(osm.to_string())
    } else {
        Err(format!(
            "`location`, `osm`: `{osm}`: expected an OpenStreetMap element, `N` (node), `W` \
             (way) or `R` (relation) followed by its number, such as `R1234567`"
        ))
    }
}

/// Every article's commune `location:` names a commune of the site.
pub fn check_communes<'a>(
    articles: impl IntoIterator<Item = &'a Article>,
    communes: &[Commune],
) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    let slugs: Vec<&str> = communes
        .iter()
        .map(|commune| commune.slug.as_str())
        .collect();
    for article in articles {
        let Some(Location::Commune { slug, line }) = &article.location else {
            continue;
        };
        if slugs.contains(&slug.as_str()) {
            continue;
        }
        let hint = crate::yaml::suggestion(slug, &slugs);
        diagnostics.push(
            Diagnostic::error(
                Problem::UnknownReference,
                &article.texts.original().path,
                format!(
                    "`location: {slug}`: expected the slug of a commune of content/communes/ \
                     (or a place: `{{name, geo, osm}}`){hint}"
                ),
            )
            .at_line(*line),
        );
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn place(yaml: &str) -> Result<Location, String> {
        let value: serde_json::Value = crate::yaml::parse(yaml, Path::new("x.md"), 1).unwrap();
        parse_value(&value["location"], 1)
    }

    #[test]
    fn a_location_is_a_commune_or_a_place_with_checked_coordinates() {
        assert_eq!(
            place("location: dien-khanh\n"),
            Ok(Location::Commune {
                slug: "dien-khanh".into(),
                line: 1
            })
        );
        assert_eq!(
            place("location: {name: Bản Mường, geo: \"21.39, 103.15\", osm: R1234567}\n"),
            Ok(Location::Place {
                name: "Bản Mường".into(),
                geo: Some("21.39,103.15".into()),
                osm: Some("R1234567".into())
            })
        );
        assert!(place("location:\n  name: X\n  geo: 12.26,109.10\n").is_ok());
        for bad in [
            "91,10",
            "12.26",
            "12.26;109.1",
            "a,b",
            "12.,100",
            "1e2,3",
            "10,181",
        ] {
            let error = place(&format!("location: {{name: X, geo: \"{bad}\"}}\n")).unwrap_err();
            assert!(
                error.contains("`geo`") && error.contains("12.26,109.10"),
                "{error}"
            );
        }
        for bad in ["1234", "X12", "R", "R12a"] {
            assert!(place(&format!("location: {{name: X, osm: \"{bad}\"}}\n")).is_err());
        }
        assert!(
            place("location: {geo: \"1,2\"}\n")
                .unwrap_err()
                .contains("`name`")
        );
        assert!(place("location: {name: X, map: 1}\n").is_err());
        assert!(place("location: [a]\n").is_err());
    }
}

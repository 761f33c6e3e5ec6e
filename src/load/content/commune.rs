//! Communes and their QR corners: `content/communes/<slug>.yaml` names the commune, its public
//! service centre, the languages its posters are printed in, and the procedures on its wall.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem, collect_all};
use crate::load::config::{Config, is_identifier};
use crate::load::content::{group, source};
use crate::load::urllock::MAX_SHORT_PATH;
use crate::urls::Printed;
use crate::yaml;

/// Posters on one commune's wall: a wall holds a few dozen; far more is a mistake, and each one
/// is a page per language, a poster and a page of the printed corner.
pub const MAX_WALL: usize = 100;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommune {
    name: String,
    province: String,
    #[serde(default)]
    short: Option<Spanned<String>>,
    centre: RawCentre,
    poster_languages: Vec<Spanned<String>>,
    procedures: Vec<Spanned<String>>,
    #[serde(default)]
    local_notes: Vec<RawLocalNote>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCentre {
    name: String,
    address: String,
    hours: String,
    phone: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocalNote {
    code: Spanned<String>,
    #[serde(default)]
    desk: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// The commune's public-administration service centre, where the procedures are done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Centre {
    pub name: String,
    pub address: String,
    pub hours: String,
    pub phone: String,
}

impl Centre {
    /// The phone number for a `tel:` link: digits and a leading `+` only.
    pub fn tel(&self) -> String {
        let phone = self.phone.trim();
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        if phone.starts_with('+') {
            format!("+{digits}")
        } else {
            digits
        }
    }
}

/// One poster of the QR corner: a procedure code, and what is local to this commune.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WallEntry {
    pub code: String,
    /// Where to go in the centre ("Quầy số 2").
    pub desk: Option<String>,
    /// A local note, e.g. on fees.
    pub note: Option<String>,
}

/// A commune with a QR corner. Its texts are written once, in the default language.
#[derive(Debug, Clone)]
pub struct Commune {
    /// From the file name: `/communes/<slug>/`, `posters/<slug>/`.
    pub slug: String,
    /// The id in printed short URLs (`/q/<short>/<code>/`): `short:`, else the slug.
    pub short: String,
    pub path: PathBuf,
    pub name: String,
    pub province: String,
    pub centre: Centre,
    /// One or two site languages; the first is the poster's and the short URL's language.
    pub poster_languages: Vec<String>,
    /// In the order the posters hang on the wall.
    pub wall: Vec<WallEntry>,
}

/// Loads `dir/*.yaml`, sorted by slug. `codes` are the site's procedure codes (`None` when the
/// procedures did not load: references are then not checked, to avoid follow-on errors).
pub fn load(
    dir: &Path,
    config: &Config,
    codes: Option<&BTreeSet<String>>,
) -> Result<Vec<Commune>, Diagnostics> {
    let files = source::discover(&config.site_dir, dir, "yaml", &config.languages)?;
    let groups = group(files)?;
    let parsed = groups.into_iter().map(|(original, translations)| {
        let mut diagnostics = Diagnostics::default();
        for translation in translations {
            diagnostics.push(Diagnostic::error(
                Problem::InvalidValue,
                &translation.path,
                "a commune's names and address are written once, in its own file: remove \
                 this translation",
            ));
        }
        match parse(&original, config, codes) {
            Ok(commune) if !diagnostics.has_errors() => Ok(commune),
            Ok(_) => Err(diagnostics),
            Err(found) => {
                diagnostics.extend(found);
                Err(diagnostics)
            }
        }
    });
    let communes = collect_all(parsed)?;
    let mut diagnostics = Diagnostics::default();
    let mut shorts = std::collections::BTreeMap::new();
    for commune in &communes {
        if let Some(other) = shorts.insert(commune.short.as_str(), &commune.path) {
            diagnostics.push(Diagnostic::error(
                Problem::Duplicate,
                &commune.path,
                format!(
                    "the short id `{}` is already used by {}: set `short:` to tell them apart",
                    commune.short,
                    other
                        .strip_prefix(&config.site_dir)
                        .unwrap_or(other)
                        .display()
                ),
            ));
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(communes)
}

/// Parses a commune file. Pure: the text is already read; `codes` as in [`load`].
pub fn parse(
    file: &source::SourceFile,
    config: &Config,
    codes: Option<&BTreeSet<String>>,
) -> Result<Commune, Diagnostics> {
    let raw: RawCommune = yaml::parse(&file.text, &file.path, 1)?;
    let mut diagnostics = Diagnostics::default();
    let error = |line: Option<usize>, problem: Problem, message: String| {
        Diagnostic::error(problem, &file.path, message).at(line, None)
    };
    let spanned_line = |line: u64| Some(line as usize);
    let key = |key: &str| yaml::key_line(&file.text, key);

    for (name, value, line) in [
        ("name", &raw.name, key("name")),
        ("province", &raw.province, key("province")),
        ("centre.name", &raw.centre.name, key("centre")),
        ("centre.address", &raw.centre.address, key("centre")),
        ("centre.hours", &raw.centre.hours, key("centre")),
        ("centre.phone", &raw.centre.phone, key("centre")),
    ] {
        if value.trim().is_empty() {
            diagnostics.push(error(
                line,
                Problem::MissingField,
                format!("`{name}` is empty"),
            ));
        }
    }

    let short = match &raw.short {
        Some(short) => {
            let value = short.value.trim();
            if !is_identifier(value) {
                diagnostics.push(error(
                    spanned_line(short.referenced.line()),
                    Problem::InvalidValue,
                    format!(
                        "`short: {value}` must be lower-case ASCII letters, digits and hyphens"
                    ),
                ));
            }
            value.to_string()
        }
        None => file.slug.clone(),
    };

    if raw.poster_languages.is_empty() || raw.poster_languages.len() > 2 {
        diagnostics.push(error(
            key("poster_languages"),
            Problem::InvalidValue,
            "`poster_languages` lists one or two languages; the first is the poster's main one"
                .into(),
        ));
    }
    let mut poster_languages: Vec<String> = Vec::new();
    for lang in &raw.poster_languages {
        let code = lang.value.trim();
        let line = spanned_line(lang.referenced.line());
        if !config.languages.contains(code) {
            let known: Vec<&str> = config.languages.codes().collect();
            diagnostics.push(error(
                line,
                Problem::UnknownLanguage,
                format!(
                    "poster language `{code}` is not in `languages` of loa.yaml (known: {})",
                    known.join(", ")
                ),
            ));
        } else if let Some(script) = crate::languages::scripts::undrawable_script(code) {
            diagnostics.push(error(
                line,
                Problem::InvalidValue,
                format!(
                    "poster language `{code}` is written in {script}, which loa has no poster font \
                     for: the posters would print empty boxes; posters can be printed in Latin, \
                     Cyrillic, Khmer, Tai Viet and Cham script (the {code} pages themselves use \
                     the reader's system fonts)"
                ),
            ));
        } else if poster_languages.iter().any(|c| c == code) {
            diagnostics.push(error(
                line,
                Problem::Duplicate,
                format!("poster language `{code}` is listed twice"),
            ));
        } else {
            poster_languages.push(code.to_string());
        }
    }

    if raw.procedures.is_empty() {
        diagnostics.push(error(
            key("procedures"),
            Problem::MissingField,
            "`procedures` lists no procedure code".into(),
        ));
    }
    if raw.procedures.len() > MAX_WALL {
        diagnostics.push(error(
            key("procedures"),
            Problem::InvalidValue,
            format!(
                "`procedures` lists {} procedures; a QR corner holds at most {MAX_WALL}",
                raw.procedures.len()
            ),
        ));
        return Err(diagnostics);
    }
    let mut wall: Vec<WallEntry> = Vec::new();
    for entry in &raw.procedures {
        let code = entry.value.trim();
        let line = spanned_line(entry.referenced.line());
        if wall.iter().any(|e| e.code == code) {
            diagnostics.push(error(
                line,
                Problem::Duplicate,
                format!("procedure `{code}` is listed twice"),
            ));
            continue;
        }
        if let Some(codes) = codes
            && !codes.contains(code)
        {
            let known: Vec<&str> = codes.iter().map(String::as_str).collect();
            let hint = yaml::closest(code, &known)
                .map(|closest| format!("; did you mean `{closest}`?"))
                .unwrap_or_default();
            diagnostics.push(error(
                line,
                Problem::UnknownReference,
                format!(
                    "`{code}` is not a procedure of this site (no content/procedures/{code}.yaml){hint}"
                ),
            ));
        }
        let path = Printed::Procedure {
            commune_short: &short,
            code,
        }
        .path();
        if path.len() > MAX_SHORT_PATH {
            diagnostics.push(error(
                line,
                Problem::InvalidValue,
                format!(
                    "the printed short URL path `{path}` is {} characters, more than {MAX_SHORT_PATH}: \
                     give the commune a shorter `short:` id",
                    path.len()
                ),
            ));
        }
        wall.push(WallEntry {
            code: code.to_string(),
            desk: None,
            note: None,
        });
    }
    let mut noted = BTreeSet::new();
    for local in raw.local_notes {
        let code = local.code.value.trim();
        let line = spanned_line(local.code.referenced.line());
        let Some(entry) = wall.iter_mut().find(|e| e.code == code) else {
            diagnostics.push(error(
                line,
                Problem::UnknownReference,
                format!("`local_notes`: `{code}` is not in this commune's `procedures`"),
            ));
            continue;
        };
        if !noted.insert(code.to_string()) {
            diagnostics.push(error(
                line,
                Problem::Duplicate,
                format!("`local_notes`: `{code}` is noted twice"),
            ));
        }
        entry.desk = local.desk.filter(|d| !d.trim().is_empty());
        entry.note = local.note.filter(|n| !n.trim().is_empty());
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(Commune {
        slug: file.slug.clone(),
        short,
        path: file.path.clone(),
        name: raw.name.trim().to_string(),
        province: raw.province.trim().to_string(),
        centre: Centre {
            name: raw.centre.name.trim().to_string(),
            address: raw.centre.address.trim().to_string(),
            hours: raw.centre.hours.trim().to_string(),
            phone: raw.centre.phone.trim().to_string(),
        },
        poster_languages,
        wall,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_problems_are_located() {
        let dir = tempfile::tempdir().unwrap();
        let config = crate::load::config::parse(
            dir.path(),
            "title: {vi: T}\nbase_url: https://a.vn\ndefault_language: vi\nlanguages:\n  - {code: vi, name: V}\n",
            None,
        )
        .unwrap();
        let text = "name: Xã A
province: P
short: a-commune-with-a-long-id
centre: {name: C, address: A, hours: H, phone: '1'}
poster_languages: [vi, vi]
procedures:
  - 1.001193
  - 1.001193
  - 1.000001
local_notes:
  - code: 2.000815
";
        let file = source::SourceFile {
            path: dir.path().join("content/communes/xa-a.yaml"),
            slug: "xa-a".into(),
            lang: None,
            text: text.into(),
        };
        let codes: BTreeSet<String> = ["1.001193".to_string()].into();
        let errors = parse(&file, &config, Some(&codes)).unwrap_err();
        let found: Vec<(Option<usize>, Problem)> =
            errors.0.iter().map(|d| (d.line, d.problem)).collect();
        assert_eq!(
            found,
            [
                (Some(5), Problem::Duplicate),
                (Some(7), Problem::InvalidValue),
                (Some(8), Problem::Duplicate),
                (Some(9), Problem::UnknownReference),
                (Some(9), Problem::InvalidValue),
                (Some(11), Problem::UnknownReference),
            ],
            "{errors:?}"
        );
        assert!(errors.0[1].message.contains("more than 25"));
    }

    #[test]
    fn tel_links_keep_digits_and_plus() {
        let centre = |phone: &str| Centre {
            name: String::new(),
            address: String::new(),
            hours: String::new(),
            phone: phone.into(),
        };
        assert_eq!(centre("0237 3865 123").tel(), "02373865123");
        assert_eq!(centre("+84 258 3850 111").tel(), "+842583850111");
    }
}

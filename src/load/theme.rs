//! The theme: templates and static files. The default theme and the UI strings are embedded in
//! the binary, so `loa init` and `loa build` work from the binary alone; a site overrides any
//! file by putting its own at the same path under `themes/<name>/` (or `i18n/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::ui::FtlSource;

pub static DEFAULT_THEME: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");
pub static DEFAULT_I18N: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/i18n");

/// One theme file, with where it came from (for error messages).
#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub origin: PathBuf,
    pub bytes: Vec<u8>,
}

/// The merged theme: embedded defaults overridden by the site's own files.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Keyed by path inside the theme (`templates/article.html`, `static/style.css`).
    pub files: BTreeMap<String, ThemeFile>,
}

impl Theme {
    pub fn load(site_dir: &Path, name: &str) -> Result<Theme, Diagnostics> {
        let mut files = BTreeMap::new();
        for file in embedded_files(&DEFAULT_THEME) {
            files.insert(
                file.0.clone(),
                ThemeFile {
                    origin: PathBuf::from("(built-in theme)").join(&file.0),
                    bytes: file.1.to_vec(),
                },
            );
        }
        let own = site_dir.join("themes").join(name);
        if !own.is_dir() && name != "default" {
            return Err(Diagnostic::error(
                Problem::UnknownReference,
                site_dir.join(crate::paths::CONFIG_FILE),
                format!("`theme: {name}`: there is no folder themes/{name}"),
            )
            .into());
        }
        let walk = crate::paths::walk(site_dir, &own);
        if walk.problems.has_errors() {
            return Err(walk.problems);
        }
        for (relative, path) in walk.files {
            let bytes = std::fs::read(&path).map_err(|e| {
                Diagnostic::error(Problem::Unreadable, &path, format!("cannot read: {e}"))
            })?;
            files.insert(
                relative,
                ThemeFile {
                    origin: path,
                    bytes,
                },
            );
        }
        Ok(Theme { files })
    }

    /// Files under `prefix/` (`templates`, `static`), with their paths inside that folder.
    pub fn under<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a ThemeFile)> + 'a {
        self.files.iter().filter_map(move |(path, file)| {
            path.strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix('/'))
                .map(|rest| (rest, file))
        })
    }
}

/// The UI string files: embedded ones first, then the site's, so the site's messages win.
pub fn ftl_sources(site_dir: &Path) -> Result<Vec<FtlSource>, Diagnostics> {
    let mut sources = embedded_ftl_sources();
    let walk = crate::paths::walk(site_dir, &site_dir.join("i18n"));
    if walk.problems.has_errors() {
        return Err(walk.problems);
    }
    for (name, path) in walk.files {
        if let Some(lang) = name.strip_suffix(".ftl") {
            sources.push(FtlSource {
                lang: lang.to_string(),
                text: crate::load::content::source::read_text(&path)?,
                path,
            });
        }
    }
    Ok(sources)
}

/// The UI string files embedded in the binary.
pub fn embedded_ftl_sources() -> Vec<FtlSource> {
    embedded_files(&DEFAULT_I18N)
        .into_iter()
        .filter_map(|(name, bytes)| {
            Some(FtlSource {
                lang: name.strip_suffix(".ftl")?.to_string(),
                path: PathBuf::from("(built-in i18n)").join(&name),
                text: String::from_utf8_lossy(bytes).into_owned(),
            })
        })
        .collect()
}

fn embedded_files<'a>(dir: &'a Dir<'a>) -> Vec<(String, &'a [u8])> {
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        for file in dir.files() {
            files.push((
                file.path().to_string_lossy().replace('\\', "/"),
                file.contents(),
            ));
        }
        stack.extend(dir.dirs());
    }
    files.sort();
    files
}

/// The embedded theme and UI strings, by path inside a site folder: what `loa init` writes.
pub fn default_files() -> Vec<(String, &'static [u8])> {
    let theme = embedded_files(&DEFAULT_THEME)
        .into_iter()
        .map(|(relative, bytes)| (format!("themes/default/{relative}"), bytes));
    let i18n = embedded_files(&DEFAULT_I18N)
        .into_iter()
        .map(|(relative, bytes)| (format!("i18n/{relative}"), bytes));
    theme.chain(i18n).collect()
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use intl_pluralrules::{PluralRuleType, PluralRules};

    use super::embedded_ftl_sources;

    /// Each message's variables, and each selector's variant keys with its default, by id.
    type Shape = BTreeMap<String, (BTreeSet<String>, Vec<(Vec<String>, String)>)>;

    fn walk(
        pattern: &Pattern<&str>,
        vars: &mut BTreeSet<String>,
        selects: &mut Vec<(Vec<String>, String)>,
    ) {
        for element in &pattern.elements {
            let PatternElement::Placeable { expression } = element else {
                continue;
            };
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    vars.insert(id.name.to_string());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        vars.insert(id.name.to_string());
                    }
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                            fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                                value.to_string()
                            }
                        })
                        .collect();
                    let default = variants.iter().find(|v| v.default).map(|v| &v.key);
                    let default = match default {
                        Some(fluent_syntax::ast::VariantKey::Identifier { name }) => {
                            name.to_string()
                        }
                        _ => String::new(),
                    };
                    selects.push((keys, default));
                    for variant in variants {
                        walk(&variant.value, vars, selects);
                    }
                }
                _ => {}
            }
        }
    }

    fn shape(text: &str) -> Shape {
        let resource = fluent_syntax::parser::parse(text).expect("the built-in .ftl parses");
        let mut shape = Shape::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let (mut vars, mut selects) = (BTreeSet::new(), Vec::new());
                if let Some(value) = &message.value {
                    walk(value, &mut vars, &mut selects);
                }
                shape.insert(message.id.name.to_string(), (vars, selects));
            }
        }
        shape
    }

    /// The plural categories whole numbers from 0 to 1000 take in a language (CLDR's rules).
    fn integer_categories(lang: &str) -> BTreeSet<String> {
        let lang: unic_langid::LanguageIdentifier = lang.parse().unwrap();
        let rules = PluralRules::create(lang, PluralRuleType::CARDINAL).unwrap();
        (0..=1000u32)
            .map(|n| format!("{:?}", rules.select(n).unwrap()).to_lowercase())
            .collect()
    }

    /// The built-in UI strings of every language have every message of Vietnamese's, with the
    /// same variables, and their plural selectors use exactly the CLDR categories of their
    /// language: Russian one/few/many, Chinese, Japanese, Korean, Lao, Thai only other.
    #[test]
    fn built_in_ui_strings_are_complete_and_use_their_languages_plural_categories() {
        let sources = embedded_ftl_sources();
        let vi = shape(&sources.iter().find(|s| s.lang == "vi").unwrap().text);
        let expected: BTreeSet<&str> = [
            "de", "en", "es", "fr", "hmn", "id", "ja", "km", "ko", "lo", "pt", "ru", "th", "tyz",
            "vi", "zh",
        ]
        .into();
        let found: BTreeSet<&str> = sources.iter().map(|s| s.lang.as_str()).collect();
        assert_eq!(found, expected);
        let mut problems = Vec::new();
        for source in &sources {
            let lang = source.lang.as_str();
            let own = shape(&source.text);
            let ids: Vec<&String> = vi.keys().filter(|id| !own.contains_key(*id)).collect();
            if !ids.is_empty() {
                problems.push(format!("{lang} lacks {ids:?}"));
            }
            // Tày and Hmong have no CLDR rules: they use Vietnamese's.
            let plural_lang = if matches!(lang, "tyz" | "hmn") {
                "vi"
            } else {
                lang
            };
            let categories = integer_categories(plural_lang);
            for (id, (vars, selects)) in &own {
                match vi.get(id) {
                    Some((vi_vars, _)) if vi_vars != vars => {
                        problems.push(format!("{lang} {id}: variables {vars:?}, not {vi_vars:?}"));
                    }
                    None => problems.push(format!("{lang} {id}: not a message of vi.ftl")),
                    _ => {}
                }
                for (keys, default) in selects {
                    let keys: BTreeSet<String> = keys.iter().cloned().collect();
                    let allowed: BTreeSet<String> =
                        categories.iter().cloned().chain(["other".into()]).collect();
                    let wrong: Vec<&String> = keys.difference(&allowed).collect();
                    let lacking: Vec<&String> = categories
                        .iter()
                        .filter(|c| !keys.contains(*c) && *c != default)
                        .collect();
                    if !wrong.is_empty() || !lacking.is_empty() || default != "other" {
                        problems.push(format!(
                            "{lang} {id}: variants {keys:?} (default {default}), CLDR has {categories:?}"
                        ));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

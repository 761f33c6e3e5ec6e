//! Interface strings: `i18n/<code>.ftl` through Fluent, with each language's fallback chain.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::languages::format::Formatter;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem};
use crate::languages::Languages;

/// One `.ftl` file's text, from the site or from the embedded default.
pub struct FtlSource {
    pub lang: String,
    pub path: PathBuf,
    pub text: String,
}

/// The UI strings of every language of the site.
pub struct UiStrings {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    chains: BTreeMap<String, Vec<String>>,
    /// Per language, the ids of the default language's messages it lacks (shown from its chain).
    missing: BTreeMap<String, Vec<String>>,
    /// The hash of the sources (see [`UiStrings::fingerprint`]).
    fingerprint: blake3::Hash,
}

impl std::fmt::Debug for UiStrings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UiStrings")
            .field("languages", &self.chains.keys())
            .finish()
    }
}

impl UiStrings {
    /// A hash of the `.ftl` texts these strings were made from: equal for equal texts.
    pub fn fingerprint(&self) -> blake3::Hash {
        self.fingerprint
    }

    /// Builds one bundle per site language from `sources` (later sources override earlier ones,
    /// message by message). Returns warnings for messages a language lacks.
    pub fn new(
        languages: &Languages,
        sources: Vec<FtlSource>,
    ) -> Result<(Self, Vec<Diagnostic>), Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let mut fingerprint = blake3::Hasher::new();
        for source in &sources {
            for part in [&source.lang, &source.text] {
                fingerprint.update(&(part.len() as u64).to_le_bytes());
                fingerprint.update(part.as_bytes());
            }
        }
        let fingerprint = fingerprint.finalize();
        let mut bundles = BTreeMap::new();
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for language in languages.all() {
            // Plural rules come from the first language of the chain that CLDR knows.
            let plural_locale: LanguageIdentifier = languages
                .locale_code(&language.code)
                .parse()
                .unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![plural_locale]);
            // Fluent's Unicode isolation marks would show up in <title> and attributes; every
            // language loa serves is left-to-right and each page sets `dir` itself.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_number));
            bundles.insert(language.code.clone(), bundle);
            ids.insert(language.code.clone(), BTreeSet::new());
        }
        for source in sources {
            let Some(bundle) = bundles.get_mut(&source.lang) else {
                continue;
            };
            let resource = match FluentResource::try_new(source.text) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        let line = resource.source()
                            [..error.pos.start.min(resource.source().len())]
                            .matches('\n')
                            .count()
                            + 1;
                        diagnostics.push(
                            Diagnostic::error(
                                Problem::Translation,
                                &source.path,
                                format!("Fluent syntax: {}", error.kind),
                            )
                            .at_line(line),
                        );
                    }
                    resource
                }
            };
            let message_ids = ids.entry(source.lang.clone()).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    message_ids.insert(message.id.name.to_string());
                }
            }
            bundle.add_resource_overriding(resource);
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
        }
        let default_ids = ids
            .get(languages.default_code())
            .cloned()
            .unwrap_or_default();
        let mut warnings = Vec::new();
        let mut missing = BTreeMap::new();
        for language in languages.all().iter().skip(1) {
            let own = &ids[&language.code];
            let lacking: Vec<String> = default_ids.difference(own).cloned().collect();
            if lacking.is_empty() {
                continue;
            }
            // The languages the lacking messages are shown in: the first of the chain with each.
            let shown_in: BTreeSet<&str> = lacking
                .iter()
                .filter_map(|id| {
                    language.chain[1..]
                        .iter()
                        .find(|code| ids.get(*code).is_some_and(|has| has.contains(id)))
                })
                .map(|code| {
                    languages
                        .get(code)
                        .map_or(code.as_str(), |l| l.name.as_str())
                })
                .collect();
            let count = lacking.len();
            warnings.push(Diagnostic::warning(
                Problem::Translation,
                PathBuf::from(format!("i18n/{}.ftl", language.code)),
                format!(
                    "{count} UI message{} missing in {}, shown in {}; see loa translations",
                    if count == 1 { "" } else { "s" },
                    language.code,
                    shown_in.into_iter().collect::<Vec<_>>().join(" or "),
                ),
            ));
            missing.insert(language.code.clone(), lacking);
        }
        let chains = languages
            .all()
            .iter()
            .map(|language| (language.code.clone(), language.chain.clone()))
            .collect();
        let strings = UiStrings {
            bundles,
            chains,
            missing,
            fingerprint,
        };
        Ok((strings, warnings))
    }

    /// The ids of the default language's messages that `lang` lacks, sorted.
    pub fn missing(&self, lang: &str) -> &[String] {
        self.missing
            .get(lang)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The message `id` in `lang` (or along its fallback chain), with arguments.
    /// `None` when no language of the chain has it.
    pub fn message(
        &self,
        lang: &str,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<Message> {
        let chain = self.chains.get(lang)?;
        chain.iter().find_map(|code| {
            let bundle = self.bundles.get(code)?;
            let pattern = bundle.get_message(id)?.value()?;
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, value.clone());
            }
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
            Some(Message {
                text,
                lang: code.clone(),
            })
        })
    }
}

/// A UI string and the language it is written in (not the page's when it fell back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub lang: String,
}

/// Fluent writes numbers without grouping ("1500"); loa formats them as the bundle's locale does
/// ("1.500" in Vietnamese), with ICU4X, built once per bundle by Fluent's memoizer.
struct LocaleNumbers(Formatter);

impl Memoizable for LocaleNumbers {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        Formatter::new(&lang.to_string()).map(LocaleNumbers)
    }
}

fn format_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    memoizer
        .with_try_get::<LocaleNumbers, _, _>((), |numbers| numbers.0.number(&number.as_string()))
        .ok()?
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::Language;

    #[test]
    fn numbers_in_messages_follow_the_locale_and_languages_without_data_borrow_it() {
        let languages = Languages::new(
            vec![
                Language::new("vi".into(), "Tiếng Việt".into(), None),
                Language::new("tyz".into(), "Tày".into(), None),
                Language::new("en".into(), "English".into(), None),
            ],
            "vi",
        )
        .unwrap();
        let source = |lang: &str, text: &str| FtlSource {
            lang: lang.into(),
            path: format!("{lang}.ftl").into(),
            text: text.into(),
        };
        let (ui, _) = UiStrings::new(
            &languages,
            vec![
                source("vi", "count = { $n } bài viết\n"),
                source("tyz", "count = { $n } bài\n"),
                source(
                    "en",
                    "count = { $n ->\n    [one] { $n } article\n   *[other] { $n } articles\n}\n",
                ),
            ],
        )
        .unwrap();
        let text = |lang: &str, n: f64| {
            ui.message(lang, "count", &[("n", FluentValue::from(n))])
                .unwrap()
                .text
        };
        assert_eq!(text("vi", 9776.0), "9.776 bài viết");
        assert_eq!(text("tyz", 9776.0), "9.776 bài");
        assert_eq!(text("en", 9776.0), "9,776 articles");
        assert_eq!(text("en", 1.0), "1 article");
    }
}

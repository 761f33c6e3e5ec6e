//! Languages: the site's languages, their fallback chains, and texts given per language.
//!
//! Every page exists in every language; what a language lacks comes from the first language of
//! its fallback chain that has it. [`ui`] holds the interface strings, [`format`] numbers and dates.

pub mod format;
pub mod scripts;
pub mod spoken;
pub mod ui;

use std::collections::BTreeMap;

use unic_langid::LanguageIdentifier;

/// One language of the site.
#[derive(Debug, Clone)]
pub struct Language {
    /// The BCP 47 tag, as used in `lang` attributes and URLs (`vi`, `tyz`, `km`).
    pub code: String,
    /// The language's own name ("Tiếng Việt", "ខ្មែរ").
    pub name: String,
    pub fallback: Option<String>,
    /// This language, then its fallbacks, ending with the default language.
    pub chain: Vec<String>,
}

impl Language {
    pub fn new(code: String, name: String, fallback: Option<String>) -> Self {
        Language {
            chain: vec![code.clone()],
            code,
            name,
            fallback,
        }
    }
}

/// The site's languages, default first.
#[derive(Debug, Clone)]
pub struct Languages {
    list: Vec<Language>,
}

impl Languages {
    /// Validates the declared languages and computes their fallback chains.
    pub fn new(mut list: Vec<Language>, default: &str) -> Result<Self, String> {
        if list.is_empty() {
            return Err("`languages` must list at least one language".into());
        }
        for language in &list {
            if language.code.parse::<LanguageIdentifier>().is_err() || language.code.contains('_') {
                return Err(format!(
                    "`{}` is not a BCP 47 language tag (such as vi, tyz, km, blt-Latn)",
                    language.code
                ));
            }
            if language.name.trim().is_empty() {
                return Err(format!(
                    "language `{}` needs a `name` in its own language",
                    language.code
                ));
            }
            if list
                .iter()
                .filter(|other| other.code == language.code)
                .count()
                > 1
            {
                return Err(format!("language `{}` is declared twice", language.code));
            }
        }
        let Some(position) = list.iter().position(|language| language.code == default) else {
            return Err(format!(
                "`default_language` is `{default}`, which is not in `languages`"
            ));
        };
        let default_language = list.remove(position);
        list.insert(0, default_language);

        let codes: Vec<String> = list.iter().map(|l| l.code.clone()).collect();
        for language in &mut list {
            if language.fallback.is_none() {
                language.fallback = implicit_fallback(&language.code, &codes);
            }
        }
        let fallbacks: BTreeMap<String, Option<String>> = list
            .iter()
            .map(|l| (l.code.clone(), l.fallback.clone()))
            .collect();
        for language in &mut list {
            let mut chain = vec![language.code.clone()];
            let mut next = language.fallback.clone();
            while let Some(code) = next {
                if !fallbacks.contains_key(&code) {
                    return Err(format!(
                        "language `{}` falls back to `{code}`, which is not in `languages`",
                        language.code
                    ));
                }
                if chain.contains(&code) {
                    return Err(format!(
                        "the fallbacks of language `{}` go round in a circle",
                        language.code
                    ));
                }
                chain.push(code.clone());
                next = fallbacks[&code].clone();
            }
            if !chain.iter().any(|code| code == default) {
                chain.push(default.to_string());
            }
            language.chain = chain;
        }
        Ok(Languages { list })
    }

    pub fn default(&self) -> &Language {
        &self.list[0]
    }

    pub fn default_code(&self) -> &str {
        &self.list[0].code
    }

    pub fn is_default(&self, code: &str) -> bool {
        self.default_code() == code
    }

    pub fn all(&self) -> &[Language] {
        &self.list
    }

    /// The codes of the site's languages, the default first.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|language| language.code.as_str())
    }

    pub fn get(&self, code: &str) -> Option<&Language> {
        self.list.iter().find(|language| language.code == code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    /// The fallback chain of `code`: itself first, the default language last.
    pub fn chain(&self, code: &str) -> &[String] {
        self.get(code)
            .map(|language| language.chain.as_slice())
            .unwrap_or_default()
    }

    /// The URL prefix of a language's pages: "" for the default language, "/tyz" for the others.
    pub fn url_prefix(&self, code: &str) -> String {
        if self.is_default(code) {
            String::new()
        } else {
            format!("/{code}")
        }
    }

    /// The first language of `code`'s chain that CLDR has locale data for, whose conventions
    /// (plural rules, numbers, dates) the language borrows. Tày and Hmong have none: they write
    /// numbers and dates the Vietnamese way.
    pub fn locale_code<'a>(&'a self, code: &'a str) -> &'a str {
        self.chain(code)
            .iter()
            .find(|candidate| format::has_locale_data(candidate))
            .map(String::as_str)
            .unwrap_or(code)
    }
}

/// Vietnam's languages (ISO 639 codes): Vietnamese and the languages of its ethnic minorities
/// that have a code. Their readers read Vietnamese too, so by default they fall back to it; every
/// other language (the foreign editions: en, fr, zh, lo…) falls back to English. A table rather
/// than CLDR's territory data, which counts Chinese (the Hoa) and leaves out most minority
/// languages; `docs/translating.md` prints it, and `fallback:` in `loa.yaml` overrides it.
pub const VIETNAM_LANGUAGES: &[(&str, &str)] = &[
    ("vi", "Vietnamese"),
    ("tyz", "Tày"),
    ("nut", "Nùng"),
    ("blt", "Tai Dam (Thái Đen)"),
    ("tyr", "Tai Daeng (Thái Đỏ)"),
    ("twh", "Tai Dón (Thái Trắng)"),
    ("tdd", "Tai Nüa"),
    ("mtq", "Mường"),
    ("km", "Khmer (Khmer Krom)"),
    ("hmn", "Hmong"),
    ("mww", "Hmong Daw"),
    ("hnj", "Hmong Njua"),
    ("ium", "Iu Mien (Dao)"),
    ("jra", "Jarai (Gia Rai)"),
    ("rad", "Rade (Ê Đê)"),
    ("bdq", "Bahnar (Ba Na)"),
    ("sed", "Sedang (Xơ Đăng)"),
    ("kpm", "Koho (Cơ Ho)"),
    ("cjm", "Eastern Cham (Chăm)"),
    ("cja", "Western Cham (Chăm)"),
    ("hre", "Hrê"),
    ("cmo", "Central Mnong (Mnông)"),
    ("rog", "Northern Roglai (Raglai)"),
    ("sti", "Bulo Stieng (Xtiêng)"),
    ("bru", "Eastern Bru (Bru - Vân Kiều)"),
    ("ktv", "Eastern Katu (Cơ Tu)"),
    ("cma", "Maa (Mạ)"),
    ("kjg", "Khmu (Khơ Mú)"),
    ("crw", "Chrau (Chơ Ro)"),
    ("cje", "Chru (Chu Ru)"),
    ("hni", "Hani (Hà Nhì)"),
    ("lhu", "Lahu (La Hủ)"),
    ("pcc", "Bouyei (Giáy)"),
];

/// Whether a language tag's language is one of [`VIETNAM_LANGUAGES`].
pub fn is_vietnam_language(code: &str) -> bool {
    let language = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    VIETNAM_LANGUAGES
        .iter()
        .any(|(known, _)| *known == language)
}

/// The fallback of a language that `loa.yaml` gives none: Vietnamese for Vietnam's languages,
/// English for the others, when the site has that language and it is not the language itself
/// (then the default language, the end of every chain).
fn implicit_fallback(code: &str, site: &[String]) -> Option<String> {
    let candidate = if is_vietnam_language(code) {
        "vi"
    } else {
        "en"
    };
    (candidate != code && site.iter().any(|c| c == candidate)).then(|| candidate.to_string())
}

/// A text given per language, such as the site title.
#[derive(Debug, Clone, Default)]
pub struct Localized {
    values: BTreeMap<String, String>,
}

/// A text found for a language, and the language it is really written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    pub text: &'a str,
    pub lang: &'a str,
}

impl Localized {
    pub fn new(values: BTreeMap<String, String>) -> Self {
        Localized { values }
    }

    /// Every text, by language code.
    pub fn values(&self) -> impl Iterator<Item = (&str, &str)> {
        self.values
            .iter()
            .map(|(code, text)| (code.as_str(), text.as_str()))
    }

    /// The text in `code`, or in the first language of its fallback chain that has one.
    pub fn get<'a>(&'a self, code: &str, languages: &'a Languages) -> Found<'a> {
        languages
            .chain(code)
            .iter()
            .find_map(|candidate| {
                self.values
                    .get_key_value(candidate)
                    .map(|(lang, text)| Found { text, lang })
            })
            .unwrap_or(Found {
                text: "",
                lang: languages.default_code(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages() -> Languages {
        Languages::new(
            vec![
                Language::new("en".into(), "English".into(), None),
                Language::new("vi".into(), "Tiếng Việt".into(), None),
                Language::new("tyz".into(), "Tày".into(), Some("vi".into())),
                Language::new("blt-Latn".into(), "Tai Dam".into(), Some("tyz".into())),
            ],
            "vi",
        )
        .unwrap()
    }

    #[test]
    fn default_language_comes_first_and_chains_end_with_it() {
        let languages = languages();
        assert_eq!(languages.default_code(), "vi");
        assert_eq!(languages.chain("blt-Latn"), ["blt-Latn", "tyz", "vi"]);
        assert_eq!(languages.chain("en"), ["en", "vi"]);
        assert_eq!(languages.url_prefix("vi"), "");
        assert_eq!(languages.url_prefix("tyz"), "/tyz");
    }

    #[test]
    fn foreign_editions_fall_back_to_english_and_vietnams_languages_to_vietnamese() {
        let codes = [
            "vi", "tyz", "km", "blt-Latn", "en", "pt", "fr", "zh", "lo", "ja",
        ];
        let list = codes
            .iter()
            .map(|code| Language::new(code.to_string(), code.to_string(), None))
            .collect();
        let languages = Languages::new(list, "vi").unwrap();
        assert_eq!(languages.chain("pt"), ["pt", "en", "vi"]);
        assert_eq!(languages.chain("zh"), ["zh", "en", "vi"]);
        assert_eq!(languages.chain("lo"), ["lo", "en", "vi"]);
        assert_eq!(languages.chain("en"), ["en", "vi"]);
        assert_eq!(languages.chain("tyz"), ["tyz", "vi"]);
        assert_eq!(languages.chain("km"), ["km", "vi"]);
        assert_eq!(languages.chain("blt-Latn"), ["blt-Latn", "vi"]);
        // Plural rules and formats come from the language itself, not its fallback.
        assert_eq!(languages.locale_code("pt"), "pt");
        // Without English, a foreign edition falls back to the default language; a configured
        // fallback wins over the table.
        let list = vec![
            Language::new("vi".into(), "V".into(), None),
            Language::new("pt".into(), "P".into(), None),
            Language::new("fr".into(), "F".into(), Some("pt".into())),
        ];
        let languages = Languages::new(list, "vi").unwrap();
        assert_eq!(languages.chain("pt"), ["pt", "vi"]);
        assert_eq!(languages.chain("fr"), ["fr", "pt", "vi"]);
        // A site in English first: Vietnamese falls back to it, Tày through Vietnamese.
        let list = ["en", "vi", "tyz", "de"]
            .iter()
            .map(|code| Language::new(code.to_string(), code.to_string(), None))
            .collect();
        let languages = Languages::new(list, "en").unwrap();
        assert_eq!(languages.chain("vi"), ["vi", "en"]);
        assert_eq!(languages.chain("tyz"), ["tyz", "vi", "en"]);
        assert_eq!(languages.chain("de"), ["de", "en"]);
    }

    #[test]
    fn languages_without_locale_data_borrow_their_fallbacks() {
        let languages = languages();
        assert_eq!(languages.locale_code("tyz"), "vi");
        assert_eq!(languages.locale_code("blt-Latn"), "vi");
        assert_eq!(languages.locale_code("en"), "en");
    }

    #[test]
    fn cycles_and_unknown_fallbacks_are_refused() {
        let cycle = vec![
            Language::new("vi".into(), "V".into(), Some("tyz".into())),
            Language::new("tyz".into(), "T".into(), Some("vi".into())),
        ];
        assert!(Languages::new(cycle, "vi").unwrap_err().contains("circle"));
        let unknown = vec![Language::new("vi".into(), "V".into(), Some("xx".into()))];
        assert!(Languages::new(unknown, "vi").unwrap_err().contains("`xx`"));
        let bad_tag = vec![Language::new("vi_VN".into(), "V".into(), None)];
        assert!(Languages::new(bad_tag, "vi_VN").is_err());
    }

    #[test]
    fn localized_texts_follow_the_chain() {
        let languages = languages();
        let title = Localized::new(BTreeMap::from([("vi".to_string(), "Xin chào".to_string())]));
        assert_eq!(
            title.get("tyz", &languages),
            Found {
                text: "Xin chào",
                lang: "vi"
            }
        );
    }
}

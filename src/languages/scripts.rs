//! The scripts a cheap phone may not carry a font for (Khmer, Tai Viet, Cham), the languages
//! written in them, and the theme font that draws each.

/// A script that needs a web font, and the theme font (under `fonts/`) that draws it.
#[derive(Debug)]
pub struct ScriptFont {
    /// ISO 15924 code, as in a BCP 47 tag's script subtag (`km-Khmr`).
    pub script: &'static str,
    /// Languages written in this script unless their tag names another script.
    pub languages: &'static [&'static str],
    pub file: &'static str,
    /// Code point ranges the font is used for (`unicode-range`).
    pub ranges: &'static [(u32, u32)],
}

/// Joiners and the word-break hint that Khmer and Tai Viet text carry between syllables.
pub const JOINERS: (u32, u32) = (0x200B, 0x200D);

pub const SCRIPT_FONTS: &[ScriptFont] = &[
    ScriptFont {
        script: "Khmr",
        languages: &["km"],
        file: "NotoSansKhmer-Regular.ttf",
        ranges: &[(0x1780, 0x17FF), (0x19E0, 0x19FF), JOINERS],
    },
    ScriptFont {
        script: "Tavt",
        languages: &["blt", "tdd"],
        file: "NotoSansTaiViet-Regular.ttf",
        ranges: &[(0xAA80, 0xAADF), JOINERS],
    },
    ScriptFont {
        script: "Cham",
        languages: &["cjm", "cja"],
        file: "NotoSansCham-Regular.ttf",
        ranges: &[(0xAA00, 0xAA5F), JOINERS],
    },
];

/// Scripts of the foreign editions that loa vendors no font for, by ISO 15924 code, with the
/// languages written in them. Web pages set them in the reader's system fonts (every phone that
/// reads these languages carries one); posters and share cards use only the vendored fonts and
/// would print empty boxes, so a poster language in one of them is an error.
pub const SYSTEM_FONT_SCRIPTS: &[(&str, &str, &[&str])] = &[
    ("Hani", "Chinese characters", &["zh", "yue", "nan"]),
    ("Jpan", "Japanese script", &["ja"]),
    ("Kore", "Korean script", &["ko"]),
    ("Thai", "Thai script", &["th"]),
    ("Laoo", "Lao script", &["lo"]),
    ("Mymr", "Myanmar script", &["my"]),
];

/// The name of the script a language is written in when loa has no font to draw it with.
pub fn undrawable_script(lang: &str) -> Option<&'static str> {
    let (language, script) = subtags(lang)?;
    SYSTEM_FONT_SCRIPTS
        .iter()
        .find(|(code, _, languages)| match script {
            // Simplified and Traditional Chinese are both Han.
            Some(script) => {
                code.eq_ignore_ascii_case(script)
                    || (*code == "Hani" && ["Hans", "Hant"].contains(&script))
            }
            None => languages.contains(&language.as_str()),
        })
        .map(|(_, name, _)| *name)
}

/// A tag's language subtag (lower case) and its script subtag, if it has one.
fn subtags(lang: &str) -> Option<(String, Option<&str>)> {
    let mut subtags = lang.split('-');
    let language = subtags.next()?.to_ascii_lowercase();
    let script = subtags.find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()));
    Some((language, script))
}

/// The script font a language's pages need: by the tag's script subtag when it has one
/// (`blt-Latn` needs none), else by its language subtag.
pub fn script_font(lang: &str) -> Option<&'static ScriptFont> {
    let (language, script) = subtags(lang)?;
    SCRIPT_FONTS.iter().find(|font| match script {
        Some(script) => font.script.eq_ignore_ascii_case(script),
        None => font.languages.contains(&language.as_str()),
    })
}

impl ScriptFont {
    pub fn covers(&self, c: char) -> bool {
        self.ranges
            .iter()
            .any(|(start, end)| (*start..=*end).contains(&(c as u32)))
    }

    /// `U+1780-17FF,U+19E0-19FF`.
    pub fn unicode_range(&self) -> String {
        self.ranges
            .iter()
            .map(|(start, end)| format!("U+{start:04X}-{end:04X}"))
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_japanese_korean_thai_and_lao_have_no_poster_font() {
        for lang in ["zh", "zh-Hant", "ja", "ko", "th", "lo"] {
            assert!(undrawable_script(lang).is_some(), "{lang}");
        }
        for lang in ["vi", "en", "fr", "pt", "ru", "km", "blt", "sr-Latn"] {
            assert_eq!(undrawable_script(lang), None, "{lang}");
        }
    }

    #[test]
    fn languages_map_to_script_fonts() {
        assert_eq!(script_font("km").map(|f| f.script), Some("Khmr"));
        assert_eq!(script_font("blt").map(|f| f.script), Some("Tavt"));
        assert!(script_font("blt-Latn").is_none());
        assert_eq!(script_font("cjm").map(|f| f.script), Some("Cham"));
        assert!(script_font("vi").is_none());
        assert!(script_font("tyz").is_none());
    }
}

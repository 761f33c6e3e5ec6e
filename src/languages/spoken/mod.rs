//! Text as an announcer reads it aloud: numbers, dates, times and abbreviations written out in
//! words (Vietnamese: [`vi`]), and how many syllables a text takes to say, for reading times.
//! Pure functions, no I/O: the words for abbreviations and units come from the theme's
//! `spoken/<lang>.yaml`, read by the load stage.

pub mod vi;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;

/// Where a language's vocabulary lives in a theme: `spoken/<lang>.yaml`.
pub fn vocabulary_file(lang: &str) -> String {
    format!("spoken/{}.yaml", primary(lang))
}

/// The two tables of a `spoken/<lang>.yaml` file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    #[serde(default)]
    abbreviations: BTreeMap<String, String>,
    #[serde(default)]
    after_number: BTreeMap<String, String>,
}

/// The words a language's announcers say for what is written short: abbreviations anywhere in
/// a text (`UBND`, `TP.`), and units and symbols after a number (`km`, `%`, `đ`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    abbreviations: Vec<(String, String)>,
    after_number: Vec<(String, String)>,
}

impl Vocabulary {
    /// A vocabulary from its two tables; longer written forms are tried first (`m²` before
    /// `m`, `TP.HCM` before `TP.`).
    pub fn new(
        abbreviations: BTreeMap<String, String>,
        after_number: BTreeMap<String, String>,
    ) -> Self {
        let longest_first = |table: BTreeMap<String, String>| {
            let mut entries: Vec<(String, String)> = table
                .into_iter()
                .filter(|(written, _)| !written.is_empty())
                .collect();
            entries.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
            entries
        };
        Vocabulary {
            abbreviations: longest_first(abbreviations),
            after_number: longest_first(after_number),
        }
    }

    /// Parses a `spoken/<lang>.yaml` file (`path` names it in errors). Pure: the text is read.
    pub fn parse(text: &str, path: &Path) -> Result<Self, Diagnostic> {
        let raw: RawVocabulary = crate::yaml::parse(text, path, 1)?;
        Ok(Vocabulary::new(raw.abbreviations, raw.after_number))
    }

    /// The spoken words of the abbreviation `text` starts with, and its length in bytes.
    pub fn abbreviation(&self, text: &str) -> Option<(&str, usize)> {
        find(&self.abbreviations, text)
    }

    /// The spoken words of the unit or symbol `text` starts with, and its length in bytes.
    pub fn after_number(&self, text: &str) -> Option<(&str, usize)> {
        find(&self.after_number, text)
    }
}

/// The first entry `text` starts with that ends at a word boundary.
fn find<'a>(entries: &'a [(String, String)], text: &str) -> Option<(&'a str, usize)> {
    entries.iter().find_map(|(written, spoken)| {
        let rest = text.strip_prefix(written.as_str())?;
        let word_like = written.chars().last().is_some_and(char::is_alphanumeric);
        let boundary = !word_like || !rest.chars().next().is_some_and(char::is_alphanumeric);
        boundary.then_some((spoken.as_str(), written.len()))
    })
}

/// `text` as it is read aloud in `lang`. Only Vietnamese has spoken numbers so far: other
/// languages keep their digits (see docs/broadcast.md), but still get their abbreviations.
pub fn read_aloud(lang: &str, text: &str, vocabulary: &Vocabulary) -> String {
    if primary(lang) == "vi" {
        vi::read(text, vocabulary)
    } else {
        vi::expand_abbreviations(text, vocabulary)
    }
}

/// How a language's syllables are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyllableCount {
    /// One syllable per written word: Vietnamese, Tày and the other Tai languages written in
    /// Vietnamese letters, and Hmong's RPA, which write every syllable apart.
    Words,
    /// Khmer: each written syllable starts with a consonant or an independent vowel; a
    /// consonant written below another (after the coeng sign) belongs to its syllable.
    Khmer,
    /// Other Latin, Greek or Cyrillic scripts: each group of vowel letters in a word, at least
    /// one per word (an estimate: silent letters and diphthongs are not known).
    VowelGroups,
}

/// How syllables are counted in `lang` (a BCP 47 code).
pub fn syllable_count(lang: &str) -> SyllableCount {
    match primary(lang) {
        "vi" | "tyz" | "nut" | "blt" | "tdd" | "hmn" | "mww" | "hnj" => SyllableCount::Words,
        "km" => SyllableCount::Khmer,
        _ => SyllableCount::VowelGroups,
    }
}

/// The number of syllables it takes to say `text` in `lang` ([`syllable_count`]). Digits left
/// in a text count one syllable each.
pub fn syllables(lang: &str, text: &str) -> usize {
    match syllable_count(lang) {
        SyllableCount::Words => words(text).map(word_syllables_one).sum(),
        SyllableCount::Khmer => khmer_syllables(text),
        SyllableCount::VowelGroups => words(text).map(vowel_groups).sum(),
    }
}

/// The words of a text: runs of letters, digits and marks; hyphens join the syllables of a
/// loanword (`ki-lô-mét`) and are counted apart.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || is_mark(c)))
        .filter(|word| !word.is_empty())
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{17B4}'..='\u{17D3}' | '\u{17DD}')
}

/// A written word of a one-syllable-a-word language: one syllable, or a digit each.
fn word_syllables_one(word: &str) -> usize {
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let letters = word.chars().any(|c| c.is_alphabetic());
    digits + usize::from(letters)
}

fn vowel_groups(word: &str) -> usize {
    let mut groups = 0;
    let mut in_vowel = false;
    let mut digits = 0;
    for c in word.chars() {
        if c.is_ascii_digit() {
            digits += 1;
        }
        let vowel = is_vowel(c);
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    let letters = word.chars().any(char::is_alphabetic);
    digits + if letters { groups.max(1) } else { 0 }
}

fn is_vowel(c: char) -> bool {
    let base = c.to_lowercase().next().unwrap_or(c);
    "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěĩīĭįıōŏőœũūŭůűųơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹаеёиоуыэюяαεηιουω"
        .contains(base)
}

/// Khmer syllables, estimated from the writing: a consonant (with what is written below it)
/// starts a syllable, unless it closes the one before — it follows a vowel sign or a
/// consonant with its inherent vowel, and no vowel sign follows it. Independent vowels start
/// one. The writing does not always show which reading is right (ថល, "thal", counts as one
/// closed syllable), so this is an estimate, not yet checked against announcers' timings.
fn khmer_syllables(text: &str) -> usize {
    #[derive(PartialEq)]
    enum Before {
        Nothing,
        VowelSign,
        Opening,
        Closing,
    }
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut before = Before::Nothing;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let after_coeng = i > 0 && chars[i - 1] == '\u{17D2}';
        match c {
            '\u{1780}'..='\u{17A2}' if !after_coeng => {
                let voweled = matches!(next, '\u{17B6}'..='\u{17C7}' | '\u{17D2}');
                if !voweled && matches!(before, Before::VowelSign | Before::Opening) {
                    before = Before::Closing;
                } else {
                    count += 1;
                    before = Before::Opening;
                }
            }
            '\u{17A3}'..='\u{17B3}' => {
                count += 1;
                before = Before::VowelSign;
            }
            '\u{17B6}'..='\u{17C5}' => before = Before::VowelSign,
            '\u{1780}'..='\u{17FF}' => {}
            _ => before = Before::Nothing,
        }
    }
    // Digits and Latin words within Khmer text (names, "VNeID").
    count
        + text
            .split(|c: char| !(c.is_ascii_alphanumeric()))
            .filter(|word| !word.is_empty())
            .map(vowel_groups)
            .sum::<usize>()
}

fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_words_in_vietnamese_tay_and_hmong() {
        assert_eq!(syllables("vi", "Bình dân học vụ số, 2 lần."), 7);
        assert_eq!(syllables("vi", "mười năm ki-lô-mét"), 5);
        assert_eq!(syllables("tyz", "Pỉ noọng slon căn học số"), 6);
        assert_eq!(syllables("hmn", "Kev Kawm Digital Rau Txhua Tus"), 6);
    }

    #[test]
    fn syllables_of_other_scripts_are_estimated() {
        assert_eq!(syllables("en", "Digital education for all"), 3 + 4 + 1 + 1);
        assert_eq!(syllables("en", "in 2025"), 1 + 4);
        // ការ អប់ រំ: the រ of ការ and the ប of អប់ close their syllables.
        assert_eq!(syllables("km", "ការអប់រំ"), 3);
        assert_eq!(syllables("km", "ឌីជីថល"), 3);
        assert_eq!(syllables("km", "ស្នើ"), 1);
    }

    #[test]
    fn vocabulary_matches_longest_first_at_word_boundaries() {
        let vocabulary = Vocabulary::new(
            BTreeMap::from([("TP.".into(), "thành phố".into())]),
            BTreeMap::from([
                ("m".into(), "mét".into()),
                ("m²".into(), "mét vuông".into()),
                ("%".into(), "phần trăm".into()),
            ]),
        );
        assert_eq!(vocabulary.after_number("m² đất"), Some(("mét vuông", 3)));
        assert_eq!(vocabulary.after_number("m đường"), Some(("mét", 1)));
        assert_eq!(vocabulary.after_number("mét"), None);
        assert_eq!(vocabulary.after_number("%."), Some(("phần trăm", 1)));
        assert_eq!(
            vocabulary.abbreviation("TP. Thanh Hóa"),
            Some(("thành phố", 3))
        );
    }
}

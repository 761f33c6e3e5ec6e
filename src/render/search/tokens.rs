//! Search tokens: how loa cuts text into what the index stores and a query looks up. The
//! browser's `search.js` cuts queries the same way; keep the two in step.
//!
//! - Text is folded first: lower case, Vietnamese tones and vowel marks dropped, `đ` → `d`
//!   ([`crate::slug::fold_text`]), so "dang ky" finds "Đăng ký".
//! - Scripts that write words with spaces (Latin…) give whole words; a query word matches every
//!   indexed word it starts (typing "khai" finds "khai sinh" as soon as it is typed).
//! - Scripts that write no spaces between words (Khmer, Thai, Lao, Tai Viet…) give overlapping
//!   character pairs (bigrams): "ការចុះ" → "កា", "ារ", "រច", … A query matches a text holding all
//!   of its pairs. No dictionary is needed, which matters for languages ICU has no segmenter for.

use crate::slug::fold_text;

/// Scripts written without spaces between words, cut into character pairs.
const UNSPACED: &[(char, char)] = &[
    ('\u{0E00}', '\u{0EFF}'), // Thai, Lao
    ('\u{1000}', '\u{109F}'), // Myanmar
    ('\u{1780}', '\u{17D3}'), // Khmer letters and signs (its punctuation separates)
    ('\u{17DC}', '\u{17DD}'),
    ('\u{17E0}', '\u{17E9}'), // Khmer digits
    ('\u{19E0}', '\u{19FF}'), // Khmer symbols
    ('\u{AA00}', '\u{AA5F}'), // Cham
    ('\u{AA80}', '\u{AADF}'), // Tai Viet
];

fn is_unspaced(c: char) -> bool {
    UNSPACED
        .iter()
        .any(|(start, end)| (*start..=*end).contains(&c))
}

/// A piece of folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A word of a spaced script.
    Word(String),
    /// A pair of characters of an unspaced script, or a single one when a run has only one.
    Gram(String),
}

impl Token {
    pub fn text(&self) -> &str {
        match self {
            Token::Word(text) | Token::Gram(text) => text,
        }
    }

    pub fn into_text(self) -> String {
        match self {
            Token::Word(text) | Token::Gram(text) => text,
        }
    }
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let folded = fold_text(text);
    let mut out = Vec::new();
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let flush_run = |run: &mut Vec<char>, out: &mut Vec<Token>| {
        match run.len() {
            0 => {}
            1 => out.push(Token::Gram(run[0].to_string())),
            _ => out.extend(
                run.windows(2)
                    .map(|pair| Token::Gram(pair.iter().collect())),
            ),
        }
        run.clear();
    };
    for c in folded.chars() {
        if is_unspaced(c) {
            if !word.is_empty() {
                out.push(Token::Word(std::mem::take(&mut word)));
            }
            run.push(c);
        } else {
            flush_run(&mut run, &mut out);
            if c.is_alphanumeric() {
                word.push(c);
            } else if !word.is_empty() {
                out.push(Token::Word(std::mem::take(&mut word)));
            }
        }
    }
    flush_run(&mut run, &mut out);
    if !word.is_empty() {
        out.push(Token::Word(word));
    }
    out
}

/// The index shard a token lives in: its first character, as itself when it is an ASCII letter
/// or digit, else as `u` and its hexadecimal code point (`u1780`). A prefix of a token is in the
/// same shard, so one small file answers a query word.
pub fn shard(token: &str) -> String {
    match token.chars().next() {
        Some(c) if c.is_ascii_alphanumeric() => c.to_string(),
        Some(c) => format!("u{:x}", c as u32),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokens(text).iter().map(|t| t.text().to_string()).collect()
    }

    #[test]
    fn vietnamese_folds_tones_and_d() {
        assert_eq!(texts("Đăng ký khai sinh!"), ["dang", "ky", "khai", "sinh"]);
        assert_eq!(texts("dang ky khai sinh"), texts("ĐĂNG KÝ KHAI SINH"));
        assert_eq!(
            texts("Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"),
            ["tieng", "viet"]
        );
    }

    #[test]
    fn khmer_gives_pairs_and_punctuation_separates() {
        assert_eq!(texts("ការចុះ"), ["កា", "ារ", "រច", "ចុ", "ុះ"]);
        assert_eq!(texts("ក។ខ"), ["ក", "ខ"]);
        assert_eq!(
            tokens("VNeID ខ្មែរ"),
            [
                Token::Word("vneid".into()),
                Token::Gram("ខ្".into()),
                Token::Gram("្ម".into()),
                Token::Gram("មែ".into()),
                Token::Gram("ែរ".into()),
            ]
        );
    }

    #[test]
    fn shards_are_first_characters() {
        assert_eq!(shard("dang"), "d");
        assert_eq!(shard("កា"), "u1780");
        assert_eq!(shard("4351"), "4");
    }
}

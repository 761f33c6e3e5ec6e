//! Slugs: the ASCII, lower-case, hyphenated names that pages get in URLs.

/// Folds a title or file name into a URL slug: Vietnamese letters lose their tone and vowel
/// marks (`đ` → `d`, `ư` → `u`), letters of scripts with no ASCII folding (Khmer, Tai Viet…)
/// become `x` and their code point in hex, and everything else becomes a hyphen. A slug is
/// always ASCII, so it is typed, printed under a QR code and compared the same way everywhere.
pub fn slugify(text: &str) -> String {
    use std::fmt::Write;
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars().filter_map(fold_char) {
        if !is_word_char(c) {
            pending_hyphen = true;
            continue;
        }
        if pending_hyphen && !slug.is_empty() {
            slug.push('-');
        }
        pending_hyphen = false;
        if c.is_ascii() {
            slug.push(c.to_ascii_lowercase());
        } else {
            let _ = write!(slug, "x{:x}", u32::from(c));
        }
    }
    slug
}

/// Letters, digits, and the marks that scripts such as Khmer write inside words; not spaces,
/// punctuation or symbols.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() || c.is_whitespace() {
        return c.is_ascii_alphanumeric();
    }
    let symbols = [
        '\u{00a0}'..='\u{00bf}',
        '\u{2000}'..='\u{2bff}',
        '\u{3000}'..='\u{303f}',
        '\u{fe30}'..='\u{fe6f}',
        '\u{ff00}'..='\u{ff0f}',
        '\u{1f000}'..='\u{1faff}',
    ];
    !symbols.iter().any(|range| range.contains(&c))
}

/// The letters [`fold_char`] folds, and what they fold to.
const FOLDED_GROUPS: &[(&str, char)] = &[
    ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
    ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'A'),
    ("èéẻẽẹêềếểễệ", 'e'),
    ("ÈÉẺẼẸÊỀẾỂỄỆ", 'E'),
    ("ìíỉĩị", 'i'),
    ("ÌÍỈĨỊ", 'I'),
    ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
    ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'O'),
    ("ùúủũụưừứửữự", 'u'),
    ("ÙÚỦŨỤƯỪỨỬỮỰ", 'U'),
    ("ỳýỷỹỵ", 'y'),
    ("ỲÝỶỸỴ", 'Y'),
    ("đ", 'd'),
    ("Đ", 'D'),
];

/// The first code point [`FOLDED`] covers: every folded letter lies from here to U+1EFF.
const FOLDED_FROM: usize = 0xC0;

/// For each code point from [`FOLDED_FROM`] to U+1EFF, the ASCII letter it folds to, or 0: one
/// lookup per character, since search folds every word of every page.
static FOLDED: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    let mut table = vec![0; 0x1F00 - FOLDED_FROM];
    for (letters, base) in FOLDED_GROUPS {
        for letter in letters.chars() {
            table[letter as usize - FOLDED_FROM] = *base as u8;
        }
    }
    table
});

/// Vietnamese (and common Latin) letters without diacritics; other characters unchanged.
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    // Combining marks (text in decomposed form) simply disappear.
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return None;
    }
    match FOLDED.get((c as usize).wrapping_sub(FOLDED_FROM)) {
        Some(&base) if base != 0 => Some(char::from(base)),
        _ => Some(c),
    }
}

/// Text with Vietnamese diacritics removed and lower-cased: what people type without tones.
pub fn fold_text(text: &str) -> String {
    text.chars()
        .filter_map(fold_char)
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_folds_to_ascii() {
        assert_eq!(
            slugify("Kết quả 6 tháng đầu năm"),
            "ket-qua-6-thang-dau-nam"
        );
        assert_eq!(slugify("Đăng ký thường trú"), "dang-ky-thuong-tru");
        assert_eq!(slugify("  Người dân ưu tiên!  "), "nguoi-dan-uu-tien");
        assert_eq!(slugify("VNeID"), "vneid");
    }

    #[test]
    fn decomposed_text_folds_like_composed() {
        assert_eq!(
            slugify("Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"),
            "tieng-viet"
        );
    }

    #[test]
    fn other_scripts_become_ascii() {
        assert_eq!(slugify("ខ្មែរ ២"), "x1781x17d2x1798x17c2x179a-x17e2");
    }

    #[test]
    fn slugs_are_idempotent() {
        for text in ["Bình dân học vụ số", "a--b", "ខ្មែរ", "x_y.z"] {
            let once = slugify(text);
            assert_eq!(slugify(&once), once);
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn slugs_are_ascii_url_safe_and_idempotent(text in "\\PC{0,40}") {
            let slug = slugify(&text);
            prop_assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
            prop_assert_eq!(slugify(&slug), slug.clone());
            prop_assert_eq!(slugify(&text), slug);
        }

        #[test]
        fn vietnamese_words_fold_to_their_bare_letters(word in "[a-zA-Z ]{0,20}") {
            let toned: String = word.chars().map(|c| match c { 'a' => 'ấ', 'o' => 'ơ', 'd' => 'đ', 'u' => 'ự', other => other }).collect();
            prop_assert_eq!(slugify(&toned), slugify(&word));
        }
    }
}

//! Slugs: the ASCII, lower-case, hyphenated names that pages get in URLs.

/// Folds a title or file name into a URL slug: Vietnamese letters lose their tone and vowel
/// marks (`đ` → `d`, `ư` → `u`), everything else that is not ASCII alphanumeric becomes a hyphen.
/// Text in scripts with no ASCII folding (Khmer…) is kept as is, percent-encoded by browsers.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars().flat_map(fold_char) {
        if c.is_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.extend(c.to_lowercase());
        } else {
            pending_hyphen = true;
        }
    }
    slug
}

/// Vietnamese (and common Latin) letters without diacritics; other characters unchanged.
pub fn fold_char(c: char) -> Option<char> {
    const GROUPS: &[(&str, char)] = &[
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
    if c.is_ascii() {
        return Some(c);
    }
    // Combining marks (text in decomposed form) simply disappear.
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return None;
    }
    Some(
        GROUPS
            .iter()
            .find(|(letters, _)| letters.contains(c))
            .map(|(_, base)| *base)
            .unwrap_or(c),
    )
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
    fn slugs_are_idempotent() {
        for text in ["Bình dân học vụ số", "a--b", "ខ្មែរ", "x_y.z"] {
            let once = slugify(text);
            assert_eq!(slugify(&once), once);
        }
    }
}

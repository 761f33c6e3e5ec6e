//! `loa init`: a new, small, working site to edit, from the binary alone.

use std::path::Path;

use crate::diagnostics::{Diagnostic, Problem};

const CONFIG: &str = r#"# The site's settings. See the README of loa for every key.
title:
  vi: "Trang tuyên truyền của xã"
  en: "Our commune's campaign site"
description:
  vi: "Thông tin về phong trào Bình dân học vụ số."
base_url: "https://example.vn"
default_language: vi
languages:
  - code: vi
    name: "Tiếng Việt"
  - code: en
    name: "English"
columns:
  - id: tin-tuc
    title:
      vi: "Tin tức"
      en: "News"
paginate: 10
# Share images (og:image) for Facebook and Zalo: png (the default), svg or none.
# share_images: png
"#;

/// Not sources: the built site, and loa's cache of rasterised share images.
const GITIGNORE: &str = "/public\n/.loa-*\n";

const FIRST_ARTICLE: &str = r#"---
title: "Chào mừng đến với trang của chúng tôi"
date: 2025-11-16
column: tin-tuc
tags: ["Bình dân học vụ số"]
summary: "Bài viết đầu tiên: sửa tệp này trong content/articles/ rồi chạy lại loa build."
---

## Bắt đầu

Mỗi bài viết là một tệp Markdown trong `content/articles/`. Bản dịch nằm cạnh bản gốc,
ví dụ `chao-mung.en.md` cho tiếng Anh.
"#;

const FIRST_TRANSLATION: &str = r#"---
title: "Welcome to our site"
summary: "The first article: edit this file in content/articles/ and run loa build again."
---

## Getting started

Each article is a Markdown file in `content/articles/`. A translation sits beside its original,
for example `chao-mung.en.md` for English.
"#;

/// Writes a new site into `dir`, which must not exist or be empty.
pub fn init(dir: &Path) -> Result<(), Diagnostic> {
    let error = |message: String| Diagnostic::error(Problem::Output, dir, message);
    if dir.exists()
        && dir
            .read_dir()
            .map_err(|e| error(e.to_string()))?
            .next()
            .is_some()
    {
        return Err(error(
            "the folder is not empty; loa init only writes into a new or empty folder".into(),
        ));
    }
    let write = |relative: &str, bytes: &[u8]| {
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().unwrap_or(dir)).map_err(|e| error(e.to_string()))?;
        std::fs::write(&path, bytes).map_err(|e| error(format!("{}: {e}", path.display())))
    };
    write(crate::paths::CONFIG_FILE, CONFIG.as_bytes())?;
    write("content/articles/chao-mung.md", FIRST_ARTICLE.as_bytes())?;
    write(
        "content/articles/chao-mung.en.md",
        FIRST_TRANSLATION.as_bytes(),
    )?;
    write("static/.keep", b"")?;
    write(".gitignore", GITIGNORE.as_bytes())?;
    for (relative, bytes) in crate::load::theme::default_files() {
        write(&relative, bytes)?;
    }
    Ok(())
}

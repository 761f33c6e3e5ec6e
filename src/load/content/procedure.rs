//! Administrative procedures: `content/procedures/<code>.yaml` (the national procedure code,
//! e.g. `1.001193.yaml`) and translations of their texts, `<code>.<lang>.yaml`.
//!
//! The fields follow a procedure's page on the National Public Service Portal: documents to
//! bring, steps, processing time, fee, agency, who may apply, legal basis, online submission.
//! A translation may translate any subset of the texts; the rest falls back field by field.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Diagnostics, Problem, collect_all};
use crate::languages::Localized;
use crate::languages::format::Date;
use crate::load::config::Config;
use crate::load::content::{Translated, group, repeated, source};
use crate::yaml;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProcedure {
    code: Spanned<String>,
    name: String,
    field: String,
    agency: String,
    who: String,
    documents: Vec<RawDocument>,
    steps: Vec<String>,
    processing_time: String,
    fee: Spanned<String>,
    legal_basis: Vec<String>,
    #[serde(default)]
    online: Option<RawOnline>,
    #[serde(default)]
    related_lessons: Vec<Spanned<String>>,
    #[serde(default)]
    illustrative: bool,
    #[serde(default)]
    updated: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    name: String,
    #[serde(default = "one")]
    copies: u32,
    original_or_copy: Form,
    #[serde(default)]
    note: Option<String>,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOnline {
    url: Spanned<String>,
    level: OnlineLevel,
}

/// A translation: only texts, each optional.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    name: String,
    /// The original's keys, compared by [`repeated::check`].
    #[serde(default, rename = "code")]
    _code: Option<IgnoredAny>,
    #[serde(default, rename = "online")]
    _online: Option<IgnoredAny>,
    #[serde(default, rename = "related_lessons")]
    _related_lessons: Option<IgnoredAny>,
    #[serde(default, rename = "illustrative")]
    _illustrative: Option<IgnoredAny>,
    #[serde(default, rename = "updated")]
    _updated: Option<IgnoredAny>,
    #[serde(default)]
    field: Option<String>,
    #[serde(default)]
    agency: Option<String>,
    #[serde(default)]
    who: Option<String>,
    #[serde(default)]
    documents: Vec<RawDocumentText>,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    processing_time: Option<String>,
    #[serde(default)]
    fee: Option<String>,
    #[serde(default)]
    legal_basis: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocumentText {
    name: String,
    #[serde(default)]
    note: Option<String>,
}

/// Whether a document is handed in as an original, a copy, a certified copy, or only shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Original,
    Copy,
    CertifiedCopy,
    ShowOriginal,
}

impl Form {
    /// The id in UI message names (`qr-form-certified-copy`).
    pub fn id(self) -> &'static str {
        match self {
            Form::Original => "original",
            Form::Copy => "copy",
            Form::CertifiedCopy => "certified-copy",
            Form::ShowOriginal => "show-original",
        }
    }
}

/// Online submission: everything online (`full`, toàn trình) or submit online and finish in
/// person (`partial`, một phần).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnlineLevel {
    Full,
    Partial,
}

impl OnlineLevel {
    pub fn id(self) -> &'static str {
        match self {
            OnlineLevel::Full => "full",
            OnlineLevel::Partial => "partial",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Online {
    /// An https URL on a trusted domain.
    pub url: String,
    pub level: OnlineLevel,
}

/// The fee: an amount in đồng, free, or a text (a range, a rule) that may be translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fee {
    Free,
    Amount(u64),
    Text,
}

/// A document to bring: what does not depend on the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub copies: u32,
    pub form: Form,
}

/// The words of a procedure in one language. The original has every text; a translation has
/// what was translated (`None` or empty: not translated).
#[derive(Debug, Clone, Default)]
pub struct ProcedureText {
    pub path: PathBuf,
    pub name: Option<String>,
    pub field: Option<String>,
    pub agency: Option<String>,
    pub who: Option<String>,
    pub documents: Vec<DocumentText>,
    pub steps: Vec<String>,
    pub processing_time: Option<String>,
    /// Only for [`Fee::Text`].
    pub fee: Option<String>,
    pub legal_basis: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct DocumentText {
    pub name: String,
    pub note: Option<String>,
}

/// A lesson guide a procedure links to.
#[derive(Debug, Clone)]
pub struct RelatedLesson {
    pub slug: String,
    pub title: Localized,
}

/// A procedure, in every language its texts are written in.
#[derive(Debug, Clone)]
pub struct Procedure {
    /// The national code, `1.001193`.
    pub code: String,
    /// The line of `code:` in the original file, for error messages.
    pub code_line: usize,
    pub documents: Vec<Document>,
    pub fee: Fee,
    pub online: Option<Online>,
    /// Lesson guides to link to (`/lessons/<slug>/`); only those that exist.
    pub related_lessons: Vec<RelatedLesson>,
    /// The code or an amount is an example, not checked against the portal.
    pub illustrative: bool,
    /// When the data was last checked against the portal.
    pub updated: Option<Date>,
    pub texts: Translated<ProcedureText>,
}

impl Procedure {
    pub fn path(&self) -> &Path {
        &self.texts.original().path
    }

    /// The name in `lang` (or along its fallback chain), with its language.
    pub fn name<'a>(
        &'a self,
        lang: &str,
        languages: &crate::languages::Languages,
    ) -> (&'a str, &'a str) {
        self.texts
            .find(lang, languages, |t| t.name.as_deref())
            .unwrap_or(("", ""))
    }
}

/// Whether `code` is shaped like a national procedure code: digits, a dot, digits (`1.001193`).
pub fn is_code(code: &str) -> bool {
    code.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// The lessons `related_lessons` may name, by slug, with their titles (`None`: the site has
/// no lessons folder: nothing to check against, and nothing to link to).
pub type Lessons = BTreeMap<String, Localized>;

/// Loads `dir/*.yaml`, sorted by code.
pub fn load(
    dir: &Path,
    config: &Config,
    lessons: Option<&Lessons>,
) -> Result<Vec<Procedure>, Diagnostics> {
    let files = source::discover(&config.site_dir, dir, "yaml", &config.languages)?;
    let groups = group(files)?;
    let parsed: Vec<Result<Procedure, Diagnostics>> = groups
        .into_par_iter()
        .map(|(original, translations)| parse_group(&original, &translations, config, lessons))
        .collect();
    let mut procedures = collect_all(parsed)?;
    procedures.sort_by(|a, b| a.code.cmp(&b.code).then_with(|| a.path().cmp(b.path())));
    let mut diagnostics = Diagnostics::default();
    for pair in procedures.windows(2) {
        if pair[0].code == pair[1].code {
            diagnostics.push(
                Diagnostic::error(
                    Problem::Duplicate,
                    pair[1].path(),
                    format!(
                        "the procedure code `{}` is already used by {}",
                        pair[1].code,
                        pair[0]
                            .path()
                            .strip_prefix(&config.site_dir)
                            .unwrap_or(pair[0].path())
                            .display()
                    ),
                )
                .at_line(pair[1].code_line),
            );
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(procedures)
}

/// The keys of a procedure that are the same in every language (docs/translating.md).
pub const SHARED_KEYS: &[&str] = &[
    "code",
    "online",
    "related_lessons",
    "illustrative",
    "updated",
];

/// Parses one procedure with its translations, without the checks across procedures. Pure.
pub fn parse_group(
    original: &source::SourceFile,
    translations: &[source::SourceFile],
    config: &Config,
    lessons: Option<&Lessons>,
) -> Result<Procedure, Diagnostics> {
    let mut diagnostics =
        repeated::check_all(original, translations, SHARED_KEYS, &config.site_dir);
    let procedure = parse(original, config, lessons);
    let mut texts = BTreeMap::new();
    for file in translations {
        let original = procedure.as_ref().ok();
        match parse_translation(file, original) {
            Ok(text) => {
                texts.insert(file.lang.clone().unwrap_or_default(), text);
            }
            Err(found) => diagnostics.extend(found),
        }
    }
    match procedure {
        Ok(procedure) if !diagnostics.has_errors() => Ok(Procedure {
            texts: Translated::new(procedure.texts.original().clone(), texts, &config.languages),
            ..procedure
        }),
        Ok(_) => Err(diagnostics),
        Err(found) => {
            diagnostics.extend(found);
            Err(diagnostics)
        }
    }
}

/// Parses an original procedure file. Pure: the text is already read; `lessons` as in [`load`].
pub fn parse(
    file: &source::SourceFile,
    config: &Config,
    lessons: Option<&Lessons>,
) -> Result<Procedure, Diagnostics> {
    let raw: RawProcedure = yaml::parse(&file.text, &file.path, 1)?;
    let mut diagnostics = Diagnostics::default();
    let error = |line: Option<usize>, problem: Problem, message: String| {
        Diagnostic::error(problem, &file.path, message).at(line, None)
    };
    let line_of = |spanned_line: u64| Some(spanned_line as usize);
    let key = |key: &str| yaml::key_line(&file.text, key);

    let code = raw.code.value.trim().to_string();
    if !is_code(&code) {
        diagnostics.push(error(
            line_of(raw.code.referenced.line()),
            Problem::InvalidValue,
            format!("`code: {code}` is not a national procedure code such as 1.001193"),
        ));
    }
    for (name, value) in [
        ("name", &raw.name),
        ("field", &raw.field),
        ("agency", &raw.agency),
        ("who", &raw.who),
        ("processing_time", &raw.processing_time),
    ] {
        if value.trim().is_empty() {
            diagnostics.push(error(
                key(name),
                Problem::MissingField,
                format!("`{name}` is empty"),
            ));
        }
    }
    for (name, empty) in [
        ("documents", raw.documents.is_empty()),
        ("steps", raw.steps.is_empty()),
        ("legal_basis", raw.legal_basis.is_empty()),
    ] {
        if empty {
            diagnostics.push(error(
                key(name),
                Problem::MissingField,
                format!("`{name}` needs at least one entry"),
            ));
        }
    }
    if raw.documents.iter().any(|d| d.copies == 0) {
        diagnostics.push(error(
            key("documents"),
            Problem::InvalidValue,
            "`copies` must be at least 1".into(),
        ));
    }
    let fee = match parse_fee(&raw.fee.value) {
        Ok(fee) => fee,
        Err(message) => {
            diagnostics.push(error(
                line_of(raw.fee.referenced.line()),
                Problem::InvalidValue,
                message,
            ));
            Fee::Text
        }
    };
    let online = raw.online.map(|online| {
        if let Err(message) = config.trusted_domains.check(online.url.value.trim()) {
            diagnostics.push(error(
                line_of(online.url.referenced.line()),
                Problem::InvalidValue,
                format!("`online.url`: {message}"),
            ));
        }
        Online {
            url: online.url.value.trim().to_string(),
            level: online.level,
        }
    });
    let mut related_lessons = Vec::new();
    if let Some(lessons) = lessons {
        for lesson in &raw.related_lessons {
            if let Some(title) = lessons.get(lesson.value.trim()) {
                related_lessons.push(RelatedLesson {
                    slug: lesson.value.trim().to_string(),
                    title: title.clone(),
                });
            } else {
                let known: Vec<&str> = lessons.keys().map(String::as_str).collect();
                let hint = yaml::closest(lesson.value.trim(), &known)
                    .map(|closest| format!("; did you mean `{closest}`?"))
                    .unwrap_or_default();
                diagnostics.push(error(
                    line_of(lesson.referenced.line()),
                    Problem::UnknownReference,
                    format!(
                        "`related_lessons`: `{}` is not a lesson (no content/lessons/{}.md){hint}",
                        lesson.value.trim(),
                        lesson.value.trim()
                    ),
                ));
            }
        }
    }
    let updated = raw.updated.and_then(|updated| {
        updated
            .value
            .parse::<Date>()
            .map_err(|message| {
                diagnostics.push(error(
                    line_of(updated.referenced.line()),
                    Problem::InvalidValue,
                    format!("`updated`: {message}"),
                ))
            })
            .ok()
    });
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let text = ProcedureText {
        path: file.path.clone(),
        name: Some(raw.name.trim().to_string()),
        field: Some(raw.field.trim().to_string()),
        agency: Some(raw.agency.trim().to_string()),
        who: Some(raw.who.trim().to_string()),
        documents: raw
            .documents
            .iter()
            .map(|d| DocumentText {
                name: d.name.trim().to_string(),
                note: d.note.clone(),
            })
            .collect(),
        steps: raw.steps,
        processing_time: Some(raw.processing_time.trim().to_string()),
        fee: (fee == Fee::Text).then(|| raw.fee.value.trim().to_string()),
        legal_basis: raw.legal_basis,
    };
    Ok(Procedure {
        code,
        code_line: raw.code.referenced.line() as usize,
        documents: raw
            .documents
            .iter()
            .map(|d| Document {
                copies: d.copies,
                form: d.original_or_copy,
            })
            .collect(),
        fee,
        online,
        related_lessons,
        illustrative: raw.illustrative,
        updated,
        texts: Translated::new(text, BTreeMap::new(), &config.languages),
    })
}

/// `free`, an amount in plain digits (`8000`), or any other text.
fn parse_fee(raw: &str) -> Result<Fee, String> {
    let fee = raw.trim();
    if fee.is_empty() {
        return Err("`fee` is empty: write an amount in đồng (8000), `free`, or a text".into());
    }
    if fee.eq_ignore_ascii_case("free") {
        return Ok(Fee::Free);
    }
    if fee.bytes().all(|b| b.is_ascii_digit()) {
        return fee
            .parse()
            .map(Fee::Amount)
            .map_err(|_| format!("`fee: {fee}` is too large"));
    }
    if fee
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return Err(format!(
            "`fee: {fee}`: write an amount in plain digits, without separators (8000, not \
             8.000): loa writes it the reader's way"
        ));
    }
    Ok(Fee::Text)
}

/// Parses a translation file, checked against its `original` (when that one parsed): the same
/// number of documents, and a fee only where the original's fee is a text.
pub fn parse_translation(
    file: &source::SourceFile,
    original: Option<&Procedure>,
) -> Result<ProcedureText, Diagnostics> {
    let raw: RawTranslation = yaml::parse(&file.text, &file.path, 1)?;
    let mut diagnostics = Diagnostics::default();
    let documents = original.map_or(raw.documents.len(), |p| p.documents.len());
    if !raw.documents.is_empty() && raw.documents.len() != documents {
        diagnostics.push(
            Diagnostic::error(
                Problem::InvalidValue,
                &file.path,
                format!(
                    "`documents` has {} entries but the original has {documents}: translate \
                     each document, in the same order",
                    raw.documents.len()
                ),
            )
            .at(yaml::key_line(&file.text, "documents"), None),
        );
    }
    if raw.fee.is_some() && original.is_some_and(|p| p.fee != Fee::Text) {
        diagnostics.push(
            Diagnostic::error(
                Problem::InvalidValue,
                &file.path,
                "`fee`: the original's fee is an amount or `free`, which loa writes in every \
                 language itself; remove it here",
            )
            .at(yaml::key_line(&file.text, "fee"), None),
        );
    }
    if raw.name.trim().is_empty() {
        diagnostics.push(
            Diagnostic::error(Problem::MissingField, &file.path, "`name` is empty")
                .at(yaml::key_line(&file.text, "name"), None),
        );
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let trimmed =
        |text: Option<String>| text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    Ok(ProcedureText {
        path: file.path.clone(),
        name: Some(raw.name.trim().to_string()),
        field: trimmed(raw.field),
        agency: trimmed(raw.agency),
        who: trimmed(raw.who),
        documents: raw
            .documents
            .into_iter()
            .map(|d| DocumentText {
                name: d.name.trim().to_string(),
                note: d.note,
            })
            .collect(),
        steps: raw.steps,
        processing_time: trimmed(raw.processing_time),
        fee: trimmed(raw.fee),
        legal_basis: raw.legal_basis,
    })
}

/// The lessons `related_lessons` may name: each loaded lesson's titles in every language it is
/// written in.
pub fn lesson_titles(lessons: &[crate::load::content::Lesson]) -> Lessons {
    lessons
        .iter()
        .map(|lesson| {
            let titles = lesson
                .texts
                .versions()
                .map(|(lang, text)| (lang.to_string(), text.title.clone()))
                .collect();
            (lesson.slug.clone(), Localized::new(titles))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROCEDURE: &str = "code: 1.001193
name: Đăng ký khai sinh
field: Hộ tịch
agency: Ủy ban nhân dân cấp xã
who: Cha, mẹ
documents:
  - name: Tờ khai
    original_or_copy: original
steps: [Nộp hồ sơ]
processing_time: Trong ngày
fee: free
legal_basis: [Luật Hộ tịch năm 2014]
related_lessons:
  - nop-ho-so-truc-tuyen
  - cai-vneid
";

    #[test]
    fn related_lessons_are_checked_against_the_lessons_folder() {
        let dir = tempfile::tempdir().unwrap();
        let config = crate::load::config::parse(
            dir.path(),
            "title: {vi: T}\nbase_url: https://a.vn\ndefault_language: vi\nlanguages:\n  - {code: vi, name: V}\n  - {code: km, name: K}\n",
            None,
        )
        .unwrap();
        let file = source::SourceFile {
            path: dir.path().join("content/procedures/1.001193.yaml"),
            slug: "1-001193".into(),
            lang: None,
            text: PROCEDURE.into(),
        };
        // Without a lessons folder there is nothing to check, and nothing to link to.
        assert!(
            parse(&file, &config, None)
                .unwrap()
                .related_lessons
                .is_empty()
        );

        let titles = |pairs: &[(&str, &str)]| {
            Localized::new(
                pairs
                    .iter()
                    .map(|(lang, title)| (lang.to_string(), title.to_string()))
                    .collect(),
            )
        };
        let lessons: Lessons = [
            (
                "nop-ho-so-truc-tuyen".to_string(),
                titles(&[("vi", "Nộp hồ sơ trực tuyến"), ("km", "ដាក់ពាក្យតាមអនឡាញ")]),
            ),
            (
                "cai-dat-vneid".to_string(),
                titles(&[("vi", "Cài đặt VNeID")]),
            ),
        ]
        .into();
        let errors = parse(&file, &config, Some(&lessons)).unwrap_err();
        assert_eq!(errors.0.len(), 1);
        assert_eq!(errors.0[0].problem, Problem::UnknownReference);
        assert_eq!(errors.0[0].line, Some(15));
        assert!(errors.0[0].message.contains("did you mean `cai-dat-vneid`"));

        let valid = PROCEDURE.replace("  - cai-vneid\n", "");
        let file = source::SourceFile {
            text: valid,
            ..file
        };
        let procedure = parse(&file, &config, Some(&lessons)).unwrap();
        let lesson = &procedure.related_lessons[0];
        assert_eq!(lesson.slug, "nop-ho-so-truc-tuyen");
        assert_eq!(
            lesson.title.get("km", &config.languages).text,
            "ដាក់ពាក្យតាមអនឡាញ"
        );
    }

    #[test]
    fn codes_and_fees() {
        assert!(is_code("1.001193"));
        assert!(!is_code("1.001193a") && !is_code("1001193") && !is_code(".1"));
        assert_eq!(parse_fee("8000"), Ok(Fee::Amount(8000)));
        assert_eq!(parse_fee("Free"), Ok(Fee::Free));
        assert_eq!(parse_fee("8.000 - 15.000 đồng"), Ok(Fee::Text));
        assert!(parse_fee("8.000").unwrap_err().contains("plain digits"));
        assert!(parse_fee(" ").is_err());
    }
}

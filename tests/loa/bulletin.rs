//! `loa bulletin`: the commune loudspeaker's script of a column over a date range, run on a
//! copy of the demo site; the text files are parsed and the PDFs read back with pdftotext.

use std::path::{Path, PathBuf};

use crate::support::tools::{missing_programs, run, system_tools_present, without_whitespace};
use crate::support::{Run, demo_site, loa_in, tree};

const COLUMN: &str = "binh-dan-hoc-vu-so";
const FROM: &str = "2025-11-16";
const TO: &str = "2025-11-22";

fn bulletin(site: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["bulletin", site.to_str().unwrap()];
    args.extend(extra);
    loa_in(site.parent().unwrap(), args)
}

fn week(site: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["--column", COLUMN, "--from", FROM, "--to", TO];
    args.extend(extra);
    bulletin(site, &args)
}

/// The folder of this week's bulletin under the default output folder.
fn folder(site: &Path) -> PathBuf {
    site.join("bulletin").join(format!("{COLUMN}_{FROM}_{TO}"))
}

fn file(site: &Path, lang: &str, format: &str) -> PathBuf {
    folder(site).join(format!("{COLUMN}_{FROM}_{TO}.{lang}.{format}"))
}

/// One item of a text bulletin.
#[derive(Debug)]
struct Item {
    note: Option<String>,
    title: String,
    paragraphs: Vec<String>,
    time: String,
}

/// The items and the total line of a text bulletin.
fn parse(text: &str) -> (Vec<Item>, String) {
    let (body, end) = text.split_once(&"=".repeat(80)).expect("the total's rule");
    let items = body
        .split(&"-".repeat(80))
        .skip(1)
        .map(|block| {
            let mut lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
            let note = lines
                .first()
                .filter(|l| l.starts_with('('))
                .map(|l| l.to_string());
            if note.is_some() {
                lines.remove(0);
            }
            let time = lines.pop().expect("a time line");
            assert!(time.starts_with('[') && time.ends_with(']'), "{time}");
            let (number, title) = lines[0].split_once(". ").expect("a numbered title");
            assert!(number.parse::<usize>().is_ok(), "{}", lines[0]);
            Item {
                note,
                title: title.to_string(),
                paragraphs: lines[1..].iter().map(|l| l.to_string()).collect(),
                time: time.trim_matches(['[', ']']).to_string(),
            }
        })
        .collect();
    let total = end
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap()
        .to_string();
    (items, total)
}

/// "Thời lượng đọc: 2 phút 5 giây" → 125.
fn seconds(line: &str) -> u64 {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut total = 0;
    for pair in words.windows(2) {
        if let Ok(n) = pair[0].parse::<u64>() {
            match pair[1].trim_matches(|c: char| !c.is_alphabetic()) {
                "phút" => total += 60 * n,
                "giây" => total += n,
                _ => {}
            }
        }
    }
    total
}

/// The originals of the column dated in the range, oldest first (then by file name), as the
/// demo's files have them: (title, date).
fn originals_in_week(site: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(site.join("content/articles")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.matches('.').count() != 1 {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let field = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{key}: ")))
                .map(|v| v.trim_matches('"').to_string())
                .unwrap()
        };
        let date = field("date");
        if field("column") == COLUMN && (FROM..=TO).contains(&date.as_str()) {
            found.push((date, name, field("title")));
        }
    }
    found.sort();
    found
        .into_iter()
        .map(|(date, _, title)| (title, date))
        .collect()
}

/// Syllables of Vietnamese text: one a written word, hyphenated parts apart.
fn vietnamese_syllables(text: &str) -> u64 {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count() as u64
}

#[test]
fn a_week_of_a_column_reads_its_articles_in_order_with_times_that_add_up() {
    let (_tmp, site) = demo_site();
    week(&site, &["--lang", "vi"]).assert_ok();
    let text = std::fs::read_to_string(file(&site, "vi", "txt")).unwrap();
    assert!(
        text.starts_with("Bình dân học vụ số\nBẢN TIN TRUYỀN THANH CƠ SỞ\n"),
        "{text}"
    );
    assert!(text.contains("Chuyên mục: Bình dân học vụ số"));
    assert!(text.contains("Từ ngày 16/11/2025 đến ngày 22/11/2025"));
    assert!(text.contains("Tốc độ đọc: 170 âm tiết/phút"));
    let (items, total) = parse(&text);
    let expected = originals_in_week(&site);
    assert!(expected.len() >= 3, "the demo's week has {expected:?}");
    assert_eq!(items.len(), expected.len());
    for (item, (title, _)) in items.iter().zip(&expected) {
        if title.chars().any(|c| c.is_ascii_digit()) {
            // Its numbers are read out: no digits are left.
            assert!(
                !item.title.chars().any(|c| c.is_ascii_digit()),
                "{}",
                item.title
            );
        } else {
            assert_eq!(&item.title, title);
        }
        assert!(item.note.is_none());
        // The reading time is the item's syllables at 170 a minute, rounded up.
        let syllables = vietnamese_syllables(&item.title)
            + item
                .paragraphs
                .iter()
                .map(|p| vietnamese_syllables(p))
                .sum::<u64>();
        assert_eq!(
            seconds(&item.time),
            (syllables * 60).div_ceil(170),
            "{item:?}"
        );
    }
    let sum: u64 = items.iter().map(|item| seconds(&item.time)).sum();
    assert!(total.starts_with("Tổng thời lượng: "), "{total}");
    assert_eq!(seconds(&total), sum, "{total}");
    assert!(
        total.ends_with(&format!("({} tin)", items.len())),
        "{total}"
    );
    assert!(sum > 120, "a week of news reads for minutes: {sum} s");
}

#[test]
fn numbers_dates_and_abbreviations_are_read_as_words() {
    let (_tmp, site) = demo_site();
    week(&site, &["--lang", "vi"]).assert_ok();
    let text = std::fs::read_to_string(file(&site, "vi", "txt")).unwrap();
    let (items, _) = parse(&text);
    let read: String = items
        .iter()
        .flat_map(|item| item.paragraphs.iter().cloned())
        .collect::<Vec<_>>()
        .join("\n");
    for spoken in [
        // `read_aloud:` of thanh-hoa-phat-dong-binh-dan-hoc-vu-so.md
        "Kế hoạch số hai trăm sáu mươi lăm-KH/TU ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi lăm",
        "Lễ phát động ngày mùng tám tháng năm năm hai nghìn không trăm hai mươi lăm",
        "hơn một nghìn không trăm mười tám điểm cầu",
        "gần năm mươi hai nghìn cán bộ",
        "hơn năm mươi mốt nghìn chín trăm cán bộ",
        "ủy ban nhân dân xã",
        // `read_aloud:` of doan-thanh-nien-thanh-hoa-chung-tay-pho-cap-ky-nang-so.md
        "khoảng một phẩy sáu triệu người",
        "Hơn bảy mươi ba phần trăm thanh thiếu nhi",
        "Tối thứ bảy hằng tuần, từ mười chín giờ ba mươi phút",
        "ứng dụng vê en e ai đi",
    ] {
        assert!(read.contains(spoken), "{spoken:?} not in:\n{read}");
    }
    // The texts are read without digits, except in codes such as "KH/TU".
    for paragraph in items.iter().flat_map(|item| &item.paragraphs) {
        assert!(
            !paragraph.chars().any(|c| c.is_ascii_digit()),
            "{paragraph}"
        );
    }
    // `read_aloud:` replaces the body: the body's table introduction is not read.
    assert!(read.contains("Thưa bà con, tỉnh Thanh Hóa đã phát động"));
    assert!(!read.contains("Kết quả tập huấn đã đạt được"));
}

#[test]
fn links_keep_their_words_and_images_and_addresses_are_left_out() {
    let (_tmp, site) = demo_site();
    // dien-bien-ngay-hoi-hoc-tap-so-10-10.md has an image, links and footnotes with addresses.
    let out = site.parent().unwrap().join("bulletins");
    let run = bulletin(
        &site,
        &[
            "--column",
            COLUMN,
            "--from",
            "2025-10-01",
            "--to",
            "2025-10-31",
            "--lang",
            "vi",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    run.assert_ok();
    let name = format!("{COLUMN}_2025-10-01_2025-10-31");
    let text = std::fs::read_to_string(out.join(&name).join(format!("{name}.vi.txt"))).unwrap();
    let source = std::fs::read_to_string(
        site.join("content/articles/dien-bien-ngay-hoi-hoc-tap-so-10-10.md"),
    )
    .unwrap();
    let alt = source
        .lines()
        .find_map(|l| l.strip_prefix("!["))
        .and_then(|l| l.split_once(']'))
        .map(|(alt, _)| alt.to_string())
        .expect("the article has an image");
    assert!(
        !text.contains(&alt),
        "the image's alt text is read:\n{text}"
    );
    for address in ["http", "](", "@/", "/images/", ".jpg", "[^"] {
        assert!(!text.contains(address), "{address:?} in:\n{text}");
    }
    let (items, _) = parse(&text);
    assert_eq!(items.len(), 1);
    // The words of the body's two links are read, their numbers spelled:
    // [4.351 tổ công nghệ số cộng đồng](@/articles/…), [mục tiêu năm 2026 của Thanh Hóa](@/…).
    let read = items[0].paragraphs.join(" ");
    for link in [
        "bốn nghìn ba trăm năm mươi mốt tổ công nghệ số cộng đồng",
        "mục tiêu năm hai nghìn không trăm hai mươi sáu của Thanh Hóa",
    ] {
        assert!(read.contains(link), "{link:?} not in {read}");
    }
    assert!(source.contains("[4.351 tổ công nghệ số cộng đồng](@/articles/"));
}

#[test]
fn the_pdf_has_the_spelled_numbers_and_the_total() {
    let missing = missing_programs(&["pdftotext", "pdfinfo", "pdffonts"]);
    if !system_tools_present(&missing, "apt-get install poppler-utils") {
        return;
    }
    let (_tmp, site) = demo_site();
    week(&site, &["--lang", "vi", "--lang", "km"]).assert_ok();
    let dir = folder(&site);
    let name = format!("{COLUMN}_{FROM}_{TO}");
    let info = run("pdfinfo", &[&format!("{name}.vi.pdf")], &dir);
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 2, "{info}");
    let pdf = without_whitespace(&run("pdftotext", &[&format!("{name}.vi.pdf"), "-"], &dir));
    let text = std::fs::read_to_string(file(&site, "vi", "txt")).unwrap();
    let (items, total) = parse(&text);
    for expected in [
        "hai mươi tư tháng tư năm hai nghìn không trăm hai mươi lăm",
        "hơn một nghìn không trăm mười tám điểm cầu",
        "bảy mươi ba phần trăm",
        total.as_str(),
        items[0].time.as_str(),
        &format!("Trang{pages}/{pages}"),
    ] {
        assert!(
            pdf.contains(&without_whitespace(expected)),
            "{expected:?} not in the PDF"
        );
    }
    for (font, embedded) in crate::support::tools::pdf_fonts(&format!("{name}.vi.pdf"), &dir) {
        assert!(embedded, "{font}");
    }
    // The Khmer bulletin embeds the Khmer font too, and keeps its words extractable.
    let km = without_whitespace(&run("pdftotext", &[&format!("{name}.km.pdf"), "-"], &dir));
    assert!(km.contains(&without_whitespace("ព្រឹត្តិបត្រវិទ្យុឃុំ")), "{km}");
    let fonts = crate::support::tools::pdf_fonts(&format!("{name}.km.pdf"), &dir);
    assert!(
        fonts.iter().any(|(row, _)| row.contains("NotoSansKhmer")),
        "{fonts:?}"
    );
}

#[test]
fn other_languages_read_their_own_text_and_fall_back_with_a_note() {
    let (_tmp, site) = demo_site();
    let run = week(&site, &["--lang", "en", "--lang", "tyz"]);
    run.assert_ok();
    let en = std::fs::read_to_string(file(&site, "en", "txt")).unwrap();
    // The English translation of thanh-hoa-phat-dong has a table and no `read_aloud:`: the
    // table is left out, and the editor is told where.
    assert!(
        run.stderr.contains(
            "warning: content/articles/thanh-hoa-phat-dong-binh-dan-hoc-vu-so.en.md:7: 1 table \
             left out of the loudspeaker bulletin: write `read_aloud:`"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !en.contains("Group trained") && !en.contains("more than 51,900"),
        "{en}"
    );
    assert!(en.contains("COMMUNE LOUDSPEAKER BULLETIN"));
    let (items, total) = parse(&en);
    // The English translation's own `read_aloud:`, digits kept (no English spell-out).
    assert!(
        en.contains("The youth campaign has drawn 35,000 members"),
        "{en}"
    );
    assert!(total.starts_with("Total: "));
    // Every article of the week has an English translation.
    assert!(items.iter().all(|item| item.note.is_none()), "{en}");
    // Two have no Tày one: they are read in Vietnamese, and the Tày bulletin says so.
    let tyz = std::fs::read_to_string(file(&site, "tyz", "txt")).unwrap();
    let (items, _) = parse(&tyz);
    let (fallback, own): (Vec<&Item>, Vec<&Item>) =
        items.iter().partition(|item| item.note.is_some());
    assert!(!fallback.is_empty() && !own.is_empty(), "{tyz}");
    for item in fallback {
        assert_eq!(
            item.note.as_deref(),
            Some("(Bấu mì bản Tày: đọc bản Tiếng Việt)")
        );
        // Read in Vietnamese, its numbers are read the Vietnamese way.
        let digits = item
            .paragraphs
            .iter()
            .any(|p| p.chars().any(|c| c.is_ascii_digit()));
        assert!(!digits, "{item:?}");
    }
}

#[test]
fn the_rate_comes_from_the_command_line_or_loa_yaml() {
    let (_tmp, site) = demo_site();
    let total = |site: &Path| {
        let text = std::fs::read_to_string(file(site, "vi", "txt")).unwrap();
        seconds(&parse(&text).1)
    };
    week(&site, &["--lang", "vi"]).assert_ok();
    let default = total(&site);
    week(&site, &["--lang", "vi", "--rate", "233"]).assert_ok();
    let vov = total(&site);
    assert!(vov < default, "{vov} {default}");
    // 170 → 233 a minute: about 27 % less time (each item rounds up to the second).
    let expected = default as f64 * 170.0 / 233.0;
    assert!((vov as f64 - expected).abs() <= 5.0, "{vov} {expected}");
    let config = site.join("loa.yaml");
    let yaml = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{yaml}\nbulletin:\n  rate: 233\n")).unwrap();
    week(&site, &["--lang", "vi"]).assert_ok();
    assert_eq!(total(&site), vov);
    let text = std::fs::read_to_string(file(&site, "vi", "txt")).unwrap();
    assert!(text.contains("Tốc độ đọc: 233 âm tiết/phút"));
    // A rate no one reads at.
    std::fs::write(&config, format!("{yaml}\nbulletin:\n  rate: 1000\n")).unwrap();
    let run = week(&site, &["--lang", "vi"]);
    run.assert_code(1);
    let line = yaml.lines().count() + 2;
    run.assert_error_at(
        "loa.yaml",
        line,
        "`bulletin.rate`: the reading rate must be 60 to 400",
    );
    std::fs::write(&config, &yaml).unwrap();
    let run = week(&site, &["--rate", "20"]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("--rate: the reading rate must be 60 to 400"),
        "{}",
        run.stderr
    );
}

#[test]
fn compiling_again_gives_the_same_bytes_and_replaces_the_folder() {
    let (_tmp, site) = demo_site();
    week(&site, &["--lang", "vi", "--lang", "hmn"]).assert_ok();
    let first = tree(&folder(&site));
    assert_eq!(first.len(), 4, "{:?}", first.keys());
    week(&site, &["--lang", "vi", "--lang", "hmn"]).assert_ok();
    assert_eq!(tree(&folder(&site)), first);
    // Compiled again in one language, the folder holds only that language.
    week(&site, &["--lang", "vi"]).assert_ok();
    let only_vi = tree(&folder(&site));
    assert_eq!(only_vi.len(), 2);
    assert_eq!(
        only_vi.keys().collect::<Vec<_>>(),
        first
            .keys()
            .filter(|k| k.contains(".vi."))
            .collect::<Vec<_>>()
    );
    // Nothing but the bulletin's folder in the output folder: no staging left behind.
    let entries: Vec<String> = std::fs::read_dir(site.join("bulletin"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(entries, [format!("{COLUMN}_{FROM}_{TO}")]);
}

#[test]
fn bad_arguments_are_usage_errors_and_write_nothing() {
    let (_tmp, site) = demo_site();
    let cases: [(&[&str], &str); 6] = [
        (
            &["--column", "binh-dan-hoc-vu", "--from", FROM, "--to", TO],
            "--column binh-dan-hoc-vu: loa.yaml declares no such column; did you mean `binh-dan-hoc-vu-so`?",
        ),
        (
            &["--column", COLUMN, "--from", TO, "--to", FROM],
            "--from 2025-11-22 is after --to 2025-11-16",
        ),
        (
            &["--column", COLUMN, "--from", "16/11/2025", "--to", TO],
            "`16/11/2025` is not a date; write it as YYYY-MM-DD",
        ),
        (
            &["--column", COLUMN, "--from", "2025-02-30", "--to", TO],
            "`2025-02-30` is not a day of the calendar",
        ),
        (
            &[
                "--column", COLUMN, "--from", FROM, "--to", TO, "--lang", "fr",
            ],
            "--lang fr: not a language of loa.yaml",
        ),
        (&["--from", FROM, "--to", TO], "--column <ID>"),
    ];
    for (args, message) in cases {
        let run = bulletin(&site, args);
        run.assert_code(2);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
        assert!(
            !site.join("bulletin").exists(),
            "{args:?} wrote an output folder"
        );
    }
}

#[test]
fn an_empty_range_fails_and_a_failure_leaves_the_last_bulletin() {
    let (_tmp, site) = demo_site();
    let run = bulletin(
        &site,
        &[
            "--column",
            COLUMN,
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-07",
        ],
    );
    run.assert_code(1);
    assert!(
        run.stderr.contains(
            "column `binh-dan-hoc-vu-so` has no article dated from 2024-01-01 to 2024-01-07; \
             its articles are dated from 2025-05-20 to"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.join("bulletin").exists());
    week(&site, &["--lang", "vi"]).assert_ok();
    let good = tree(&folder(&site));
    // A broken template of the site's own fails the next compilation; the bulletin stays.
    let own = site.join("themes/default/templates");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::write(own.join("bulletin.svg"), "<svg>{{ page.nothing }}</svg>").unwrap();
    let run = week(&site, &["--lang", "vi"]);
    run.assert_code(1);
    assert!(run.stderr.contains("bulletin.svg"), "{}", run.stderr);
    assert!(
        run.stderr.contains("no bulletin was written"),
        "{}",
        run.stderr
    );
    assert_eq!(tree(&folder(&site)), good);
    let leftovers: Vec<_> = std::fs::read_dir(site.join("bulletin")).unwrap().collect();
    assert_eq!(leftovers.len(), 1);
}

#[test]
fn a_folder_of_other_files_is_not_replaced() {
    let (_tmp, site) = demo_site();
    std::fs::create_dir_all(folder(&site)).unwrap();
    std::fs::write(folder(&site).join("notes.txt"), "mine").unwrap();
    let run = week(&site, &["--lang", "vi"]);
    run.assert_code(2);
    assert!(
        run.stderr
            .contains("holds notes.txt, which is not a file of this bulletin"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(folder(&site).join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn an_empty_read_aloud_is_an_error_at_its_line() {
    let (_tmp, site) = demo_site();
    let path = site.join("content/articles/khong-de-ai-bi-bo-lai-phia-sau.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen("\ntitle:", "\nread_aloud: \"  \"\ntitle:", 1);
    std::fs::write(&path, text).unwrap();
    let run = week(&site, &["--lang", "vi"]);
    run.assert_code(1);
    run.assert_error_at(
        "content/articles/khong-de-ai-bi-bo-lai-phia-sau.md",
        2,
        "`read_aloud` is empty",
    );
    assert!(!site.join("bulletin").exists());
}

#[test]
fn markup_in_a_text_is_read_as_text() {
    let missing = missing_programs(&["pdftotext"]);
    if !system_tools_present(&missing, "apt-get install poppler-utils") {
        return;
    }
    let (_tmp, site) = demo_site();
    let hostile = r#"A <b>&amp; "x"</b> ]]> --> {{ page.lang }} <svg onload=alert(x)>"#;
    let article = format!(
        "---\ntitle: 'Tin {hostile}'\ndate: 2024-03-05\ncolumn: {COLUMN}\nread_aloud: |\n  Đọc {hostile}\n---\n\nThân bài.\n"
    );
    std::fs::write(site.join("content/articles/tin-thu.md"), article).unwrap();
    let range = [
        "--column",
        COLUMN,
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-07",
    ];
    let mut args = range.to_vec();
    args.extend(["--lang", "vi"]);
    bulletin(&site, &args).assert_ok();
    let name = format!("{COLUMN}_2024-03-01_2024-03-07");
    let dir = site.join("bulletin").join(&name);
    let text = std::fs::read_to_string(dir.join(format!("{name}.vi.txt"))).unwrap();
    // A title is plain text: its characters as written, in the text file and (escaped in the
    // page's SVG) in the PDF.
    assert!(text.contains(&format!("1. Tin {hostile}")), "{text}");
    let pdf = without_whitespace(&run("pdftotext", &[&format!("{name}.vi.pdf"), "-"], &dir));
    assert!(
        pdf.contains(&without_whitespace(&format!("Tin {hostile}"))),
        "{pdf}"
    );
}

/// A segment is read from its WebVTT transcript (what the recording says), in Vietnamese with
/// its numbers in words, and its Tày translation from the Tày transcript; not from the bodies,
/// which introduce the recordings.
#[test]
fn a_segment_is_read_from_its_transcript_in_each_language() {
    let (_tmp, site) = demo_site();
    let day = "2025-05-20";
    let args = [
        "--column", COLUMN, "--from", day, "--to", day, "--lang", "vi", "--lang", "tyz",
    ];
    bulletin(&site, &args).assert_ok();
    let read = |lang: &str| {
        let name = format!("{COLUMN}_{day}_{day}");
        let path = (site.join("bulletin").join(&name)).join(format!("{name}.{lang}.txt"));
        std::fs::read_to_string(path).unwrap()
    };
    let (items, _) = parse(&read("vi"));
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(
        items[0].paragraphs,
        [
            "Kính thưa bà con, đây là bản tin Bình dân học vụ số, số một. Tối thứ Bảy, tổ công \
          nghệ số cộng đồng hướng dẫn cài VNeID tại nhà văn hóa thôn."
                .replace("VNeID", "vê en e ai đi")
        ]
    );
    let (items, _) = parse(&read("tyz"));
    assert_eq!(items[0].note, None, "the Tày text is its own");
    let said = items[0].paragraphs.join(" ");
    assert!(said.starts_with("Pỉ noọng ơi, nẩy lẻ bản tin"), "{said}");
    assert!(!said.contains("slắc pện"), "the body is not read: {said}");
}

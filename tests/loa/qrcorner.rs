//! The QR corner, end to end: the real `loa` binary builds temp copies of the fixture site in
//! `tests/fixtures/qrcorner/site`; every printed QR code is read back (rqrr on the poster SVG,
//! and zbar on the printed PDF) and must lead to a landing page of the output; the lock file
//! keeps printed URLs alive; broken content fails with file and line and leaves the output alone.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::support::tools::{pdf_fonts, run, without_whitespace};
use crate::support::{copy_tree, missing_programs, system_tools_present, tree};

const BASE_URL: &str = "https://qr.example.vn";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/qrcorner")
}

/// A temp copy of the fixture site, with the files of `errors/<overlay>` copied over it.
fn site(overlay: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("site"), dir.path());
    if let Some(overlay) = overlay {
        copy_tree(&fixtures().join("errors").join(overlay), dir.path());
    }
    dir
}

fn build(site: &Path, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["build", "-q"])
        .arg(site)
        .arg("-o")
        .arg(out)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn build_ok(site: &Path, out: &Path) {
    let output = build(site, out);
    assert!(
        output.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The landing pages, posters and corner files the fixture must produce.
const WALLS: [(&str, &str, &[&str]); 2] = [
    ("xa-a", "a", &["2.000815", "1.001193", "1.004222"]),
    ("xa-b", "xa-b", &["1.001193", "1.004222"]),
];
const LANGUAGES: [(&str, &str); 4] = [("vi", ""), ("km", "km/"), ("hmn", "hmn/"), ("en", "en/")];

#[test]
fn builds_every_landing_page_poster_and_the_lock() {
    let site = site(None);
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    for (commune, short, codes) in WALLS {
        assert!(
            out.join(format!("posters/{commune}/qr-corner.pdf"))
                .is_file()
        );
        for (_, prefix) in LANGUAGES {
            assert!(
                out.join(format!("{prefix}communes/{commune}/index.html"))
                    .is_file()
            );
        }
        for code in codes {
            for ext in ["pdf", "svg"] {
                assert!(
                    out.join(format!("posters/{commune}/{code}.{ext}"))
                        .is_file()
                );
            }
            assert!(out.join(format!("q/{short}/{code}/index.html")).is_file());
            for (_, prefix) in LANGUAGES {
                let page = out.join(format!("{prefix}communes/{commune}/{code}/index.html"));
                assert!(page.is_file(), "{}", page.display());
            }
        }
    }
    // The article with `poster: true`, and the staff page linking every PDF.
    assert!(out.join("posters/pages/goc-qr-xa-a.pdf").is_file());
    let staff = read(&out.join("posters/index.html"));
    for pdf in [
        "/posters/xa-a/qr-corner.pdf",
        "/posters/xa-a/2.000815.pdf",
        "/posters/xa-b/1.004222.pdf",
        "/posters/pages/goc-qr-xa-a.pdf",
    ] {
        assert!(staff.contains(&format!("href=\"{pdf}\"")), "{pdf}");
    }

    let lock = read(&site.path().join("qr-lock.yaml"));
    let locked: Vec<&str> = lock
        .lines()
        .filter_map(|line| line.strip_prefix("  - \""))
        .map(|line| line.trim_end_matches('"'))
        .collect();
    let mut sorted = locked.clone();
    sorted.sort();
    assert_eq!(locked, sorted, "the lock file is sorted");
    assert_eq!(locked.len(), 6, "{lock}");
    assert!(locked.contains(&"https://qr.example.vn/q/a/1.001193/"));
    for url in &locked {
        let path = url.strip_prefix(BASE_URL).unwrap();
        assert!(path.len() <= 25, "{path} is too long to type");
    }
}

fn build_posters_for(site: &Path, out: &Path, province: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["build", "-q", "--posters-for", province])
        .arg(site)
        .arg("-o")
        .arg(out)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn posters_for_one_province_leave_every_landing_page_and_printed_address() {
    let site = site(None);
    let out = site.path().join("public");
    let output = build_posters_for(site.path(), &out, "Điện Biên");
    assert!(output.status.success(), "{}", stderr(&output));
    // xa-b is in Điện Biên: its posters are made; xa-a (Khánh Hòa) gets none.
    assert!(out.join("posters/xa-b/qr-corner.pdf").is_file());
    for code in WALLS[1].2 {
        for ext in ["pdf", "svg"] {
            assert!(out.join(format!("posters/xa-b/{code}.{ext}")).is_file());
        }
    }
    assert!(!out.join("posters/xa-a").exists());
    // An article's poster belongs to no province: it is still made.
    assert!(out.join("posters/pages/goc-qr-xa-a.pdf").is_file());
    // Every commune keeps its landing pages and the pages its printed addresses serve.
    for (commune, short, codes) in WALLS {
        for code in codes {
            assert!(out.join(format!("q/{short}/{code}/index.html")).is_file());
            for (_, prefix) in LANGUAGES {
                let page = out.join(format!("{prefix}communes/{commune}/{code}/index.html"));
                assert!(page.is_file(), "{}", page.display());
            }
        }
    }
    // The staff page lists only the posters that exist.
    let staff = read(&out.join("posters/index.html"));
    assert!(staff.contains("href=\"/posters/xa-b/qr-corner.pdf\""));
    assert!(staff.contains("href=\"/posters/pages/goc-qr-xa-a.pdf\""));
    assert!(!staff.contains("/posters/xa-a/"), "{staff}");
    // The lock still holds every printed address, those of xa-a too.
    let lock = read(&site.path().join("qr-lock.yaml"));
    assert_eq!(
        lock.lines().filter(|l| l.starts_with("  - \"")).count(),
        6,
        "{lock}"
    );
    assert!(
        lock.contains("\"https://qr.example.vn/q/a/1.001193/\""),
        "{lock}"
    );
}

#[test]
fn posters_for_a_province_without_communes_is_an_error() {
    let site = site(None);
    let out = site.path().join("public");
    let output = build_posters_for(site.path(), &out, "Hà Giang");
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    let line = message
        .lines()
        .find(|line| line.starts_with("error: content/communes"))
        .unwrap_or_else(|| panic!("no error about content/communes in:\n{message}"));
    assert!(line.contains("`--posters-for Hà Giang`"), "{line}");
    assert!(line.contains("Khánh Hòa, Điện Biên"), "{line}");
    assert!(!out.exists(), "a failed build writes nothing");
}

#[test]
fn builds_are_byte_identical_and_the_lock_is_written_only_when_it_changes() {
    let site = site(None);
    let (one, two) = (site.path().join("one"), site.path().join("two"));
    build_ok(site.path(), &one);
    let lock = site.path().join("qr-lock.yaml");
    let written = std::fs::metadata(&lock).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    build_ok(site.path(), &two);
    assert_eq!(
        std::fs::metadata(&lock).unwrap().modified().unwrap(),
        written,
        "an unchanged lock file is not rewritten"
    );
    let (one, two) = (tree(&one), tree(&two));
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        two.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &one {
        assert!(two[path] == *bytes, "{path} differs between two builds");
    }
}

/// Reads every QR code of a PNG with rqrr.
fn decode_png(png: &[u8]) -> Vec<String> {
    let image = image_from_png(png);
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        image.width as usize,
        image.height as usize,
        |x, y| image.grey[y * image.width as usize + x],
    );
    prepared
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().unwrap().1)
        .collect()
}

struct Grey {
    width: u32,
    height: u32,
    grey: Vec<u8>,
}

fn image_from_png(png: &[u8]) -> Grey {
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(png).unwrap();
    let grey = pixmap
        .pixels()
        .iter()
        .map(|p| ((u16::from(p.red()) + u16::from(p.green()) + u16::from(p.blue())) / 3) as u8)
        .collect();
    Grey {
        width: pixmap.width(),
        height: pixmap.height(),
        grey,
    }
}

/// The output file a site URL is served from.
fn served_file(out: &Path, url: &str) -> PathBuf {
    let path = url
        .strip_prefix(BASE_URL)
        .unwrap_or_else(|| panic!("{url} is not under {BASE_URL}"));
    assert!(path.ends_with('/'), "{url}");
    out.join(path.trim_start_matches('/')).join("index.html")
}

#[test]
fn every_printed_qr_code_decodes_to_a_page_of_the_site() {
    let site = site(None);
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let posters: Vec<PathBuf> = tree(&out)
        .keys()
        .filter(|path| path.starts_with("posters/") && path.ends_with(".svg"))
        .map(|path| out.join(path))
        .collect();
    assert_eq!(posters.len(), 6);
    for poster in posters {
        let svg = read(&poster);
        let png = loa::render::poster::svg_to_png(&svg, 150.0).unwrap();
        let decoded = decode_png(&png);
        assert_eq!(decoded.len(), 1, "{}: {decoded:?}", poster.display());
        let url = &decoded[0];
        // The short URL is printed in clear under the code.
        assert!(
            svg.contains(url.strip_prefix("https://").unwrap()),
            "{} does not print {url}",
            poster.display()
        );
        let page = served_file(&out, url);
        assert!(page.is_file(), "{url} leads nowhere ({})", page.display());
        let html = read(&page);
        let file_name = poster.file_stem().unwrap().to_string_lossy();
        if poster.parent().unwrap().ends_with("pages") {
            // A page poster's short URL forwards to the article.
            assert!(html.contains(&format!("url={BASE_URL}/articles/{file_name}/\"")));
        } else {
            // A procedure poster's short URL is the landing page itself, in the poster's first
            // language, with its canonical address.
            let commune = poster
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy();
            let first = if commune == "xa-b" { "hmn" } else { "vi" };
            let prefix = if first == "vi" {
                String::new()
            } else {
                format!("/{first}")
            };
            assert!(html.contains(&format!("<html lang=\"{first}\"")), "{url}");
            assert!(html.contains(&format!(
                "<link rel=\"canonical\" href=\"{BASE_URL}{prefix}/communes/{commune}/{file_name}/\">"
            )));
        }
    }
}

#[test]
fn the_printed_qr_corner_scans_reads_and_embeds_its_fonts() {
    let missing = missing_programs(&["pdftoppm", "pdftotext", "pdffonts", "pdfinfo", "zbarimg"]);
    if !system_tools_present(&missing, "apt-get install -y poppler-utils zbar-tools") {
        return;
    }
    let site = site(None);
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let dir = out.join("posters/xa-a");

    let info = run("pdfinfo", &["qr-corner.pdf"], &dir);
    assert!(info.contains("Pages:           3"), "{info}");
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");

    run(
        "pdftoppm",
        &["-r", "150", "-png", "qr-corner.pdf", "page"],
        &dir,
    );
    let scanned = run(
        "zbarimg",
        &["--raw", "-q", "page-1.png", "page-2.png", "page-3.png"],
        &dir,
    );
    // In wall order.
    assert_eq!(
        scanned.lines().collect::<Vec<_>>(),
        [
            "https://qr.example.vn/q/a/2.000815/",
            "https://qr.example.vn/q/a/1.001193/",
            "https://qr.example.vn/q/a/1.004222/",
        ]
    );
    for url in scanned.lines() {
        assert!(served_file(&out, url).is_file(), "{url}");
    }

    // The name in each poster language (Vietnamese, then Khmer where translated), the call to
    // action in both, the short URL and the official source.
    let text = run("pdftotext", &["-raw", "1.001193.pdf", "-"], &dir);
    for expected in [
        "Đăng ký khai sinh",
        "Quét mã để biết cần mang giấy tờ gì",
        "qr.example.vn/q/a/1.001193/",
        "Nguồn chính thức: qr.example.vn",
        "Quầy số 1",
    ] {
        assert!(text.contains(expected), "{expected} not in {text}");
    }
    // Poppler's layout mode reorders Khmer clusters with a pre-base vowel (េ); `-raw` keeps
    // the order the PDF holds, which is what copy and search use.
    let compact = without_whitespace(&text);
    for khmer in ["ចុះបញ្ជីកំណើត", "ស្កេនដើម្បីដឹងថាត្រូវយកឯកសារអ្វីខ្លះ"]
    {
        assert!(compact.contains(khmer), "{khmer} not in {text}");
    }

    // Hmong first on commune B's posters, Vietnamese second.
    let hmong = run(
        "pdftotext",
        &["1.001193.pdf", "-"],
        &out.join("posters/xa-b"),
    );
    for expected in [
        "Sau npe yug menyuam",
        "Đăng ký khai sinh",
        "Scan kom paub tias yuav nqa ntaub ntawv dab tsi",
    ] {
        assert!(hmong.contains(expected), "{expected} not in {hmong}");
    }

    let fonts = pdf_fonts("1.001193.pdf", &dir);
    let khmer = fonts.iter().any(|(row, _)| row.contains("NotoSansKhmer"));
    assert!(khmer, "{fonts:?}");
    for (row, embedded) in fonts {
        assert!(embedded, "{row}");
    }
}

#[test]
fn landing_pages_are_small_complete_and_in_order() {
    let site = site(None);
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    for (commune, _, codes) in WALLS {
        for code in codes {
            for (_, prefix) in LANGUAGES {
                let path = out.join(format!("{prefix}communes/{commune}/{code}/index.html"));
                let html = read(&path);
                assert!(
                    html.len() < 15_000,
                    "{}: {} bytes",
                    path.display(),
                    html.len()
                );
                // No JavaScript; the one script element is the JSON-LD data.
                assert_eq!(
                    html.matches("<script").count(),
                    html.matches("<script type=\"application/ld+json\">")
                        .count(),
                    "{}",
                    path.display()
                );
                assert!(
                    !html.contains("stylesheet"),
                    "{}: one file, no CSS to fetch",
                    path.display()
                );
                assert!(html.contains(&format!("<strong>{code}</strong>")));
            }
        }
    }
    let vi = read(&out.join("communes/xa-a/2.000815/index.html"));
    let en = read(&out.join("en/communes/xa-a/2.000815/index.html"));
    assert!(vi.contains("<p class=\"fee\">8.000 đồng</p>"), "{vi}");
    assert!(en.contains("<p class=\"fee\">8,000 VND</p>"), "{en}");
    let text_fee = read(&out.join("en/communes/xa-a/1.004222/index.html"));
    assert!(text_fee.contains("<span lang=\"vi\">20.000 đồng; nộp trực tuyến 10.000 đồng</span>"));

    // The order the issue asks for: name, documents, fee, time, centre, online, switcher.
    let page = read(&out.join("km/communes/xa-a/1.001193/index.html"));
    let at = |needle: &str| {
        page.find(needle)
            .unwrap_or_else(|| panic!("{needle} not in {page}"))
    };
    let order = [
        at("<h1>ចុះបញ្ជីកំណើត</h1>"),
        at("ពាក្យស្នើសុំចុះបញ្ជីកំណើត"),
        at("ឥតគិតថ្លៃ"),
        at("<p lang=\"vi\">Trong ngày.</p>"),
        at("href=\"tel:02583850111\""),
        at("class=\"btn\" href=\"https://dichvucong.gov.vn/"),
        at("<nav class=\"languages\""),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(
        page.contains("Ủy ban nhân dân cấp xã"),
        "the agency is shown"
    );
    assert!(page.contains("lang=\"km\" hreflang=\"km\" aria-current=\"page\">ខ្មែរ</a>"));
    assert!(page.contains("lang=\"hmn\" hreflang=\"hmn\">Hmoob</a>"));
    let b = read(&out.join("communes/xa-b/index.html"));
    assert!(b.contains("href=\"tel:+842153825000\""));
    assert!(
        b.find("/communes/xa-b/1.001193/").unwrap() < b.find("/communes/xa-b/1.004222/").unwrap()
    );
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = read(path);
    assert!(text.contains(from), "{from} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// For each short-path copy of a landing page: whether it has the bytes of its commune's
/// landing page in one of the site's languages, and shares that file's inode.
fn short_copies(out: &Path) -> Vec<(String, bool, bool)> {
    use std::os::unix::fs::MetadataExt;
    let mut copies = Vec::new();
    for (commune, short, codes) in WALLS {
        for code in codes {
            let copy = out.join(format!("q/{short}/{code}/index.html"));
            let bytes = std::fs::read(&copy).unwrap();
            let landing = (LANGUAGES.iter())
                .map(|(_, prefix)| {
                    out.join(format!("{prefix}communes/{commune}/{code}/index.html"))
                })
                .find(|page| std::fs::read(page).unwrap() == bytes);
            let inode = |path: &Path| std::fs::metadata(path).unwrap().ino();
            let linked = landing
                .as_ref()
                .is_some_and(|page| inode(page) == inode(&copy));
            copies.push((copy.display().to_string(), landing.is_some(), linked));
        }
    }
    copies
}

#[test]
fn a_short_path_copy_is_a_hard_link_to_its_landing_page_after_every_build() {
    let site = site(None);
    let out = site.path().join("public");
    let procedure = site.path().join("content/procedures/1.001193.yaml");
    // A first build, an unchanged one into the same folder, one after an edit.
    for step in ["first", "unchanged", "edited"] {
        if step == "edited" {
            replace_in(&procedure, "Giấy chứng sinh", "Giấy chứng sinh (bản chính)");
        }
        build_ok(site.path(), &out);
        for (copy, same_bytes, linked) in short_copies(&out) {
            assert!(
                same_bytes && linked,
                "{step} build: {copy}: bytes {same_bytes}, linked {linked}"
            );
        }
    }
    let edited = read(&out.join("q/a/1.001193/index.html"));
    assert!(edited.contains("Giấy chứng sinh (bản chính)"), "{edited}");
}

#[test]
fn a_printed_url_stays_alive_or_the_build_fails() {
    let site = site(None);
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let lock = read(&site.path().join("qr-lock.yaml"));

    // Renaming and reordering change nothing printed.
    let commune = site.path().join("content/communes/xa-a.yaml");
    replace_in(
        &commune,
        "  - 2.000815\n  - 1.001193\n",
        "  - 1.001193\n  - 2.000815\n",
    );
    replace_in(
        &site.path().join("content/procedures/2.000815.yaml"),
        "name: \"Chứng thực bản sao từ bản chính\"",
        "name: \"Chứng thực bản sao\"",
    );
    build_ok(site.path(), &out);
    assert_eq!(read(&site.path().join("qr-lock.yaml")), lock);

    // Taking a printed procedure off the wall fails, naming the URL, and keeps the output.
    let before = tree(&out);
    replace_in(&commune, "  - 1.004222\n", "");
    let failed = build(site.path(), &out);
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    let message = stderr(&failed);
    assert!(
        message.contains(
            "error: qr-lock.yaml:6: https://qr.example.vn/q/a/1.004222/ is printed on posters"
        ),
        "{message}"
    );
    assert!(
        tree(&out) == before,
        "a failed build left the output as it was"
    );

    // Declaring where it now goes builds a redirect page there, and the URL stays locked.
    let config = site.path().join("loa.yaml");
    let text = read(&config);
    std::fs::write(
        &config,
        format!("{text}redirects:\n  /q/a/1.004222: /communes/xa-a/\n"),
    )
    .unwrap();
    build_ok(site.path(), &out);
    let redirect = read(&out.join("q/a/1.004222/index.html"));
    assert!(
        redirect.contains(
            "<meta http-equiv=\"refresh\" content=\"0; url=https://qr.example.vn/communes/xa-a/\">"
        ),
        "{redirect}"
    );
    assert!(
        read(&site.path().join("qr-lock.yaml")).contains("\"https://qr.example.vn/q/a/1.004222/\"")
    );

    // A redirect to a page the build does not make is an error too.
    std::fs::write(
        &config,
        format!("{text}redirects:\n  /q/a/1.004222: /communes/xa-z/\n"),
    )
    .unwrap();
    let failed = build(site.path(), &out);
    assert!(
        stderr(&failed).contains(
            "error: loa.yaml:22: `redirects`: `/q/a/1.004222/` goes to `/communes/xa-z/`"
        ),
        "{}",
        stderr(&failed)
    );
}

/// Builds the fixture, then the fixture with `errors/<case>` over it: the second build must fail
/// with exit code 1, report `error: <file>:<line>: …<words>…`, and leave the output as it was.
fn assert_fails(case: &str, location: &str, words: &str) {
    let site = site(None);
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let before = tree(&out);
    copy_tree(&fixtures().join("errors").join(case), site.path());
    let output = build(site.path(), &out);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{case}: {message}");
    let line = message
        .lines()
        .find(|line| line.starts_with(&format!("error: {location}: ")))
        .unwrap_or_else(|| panic!("{case}: no error at {location} in:\n{message}"));
    assert!(line.contains(words), "{case}: {line}");
    assert!(tree(&out) == before, "{case}: the output changed");
}

#[test]
fn an_unknown_procedure_code_in_a_commune_is_an_error() {
    assert_fails(
        "unknown-code",
        "content/communes/xa-a.yaml:13",
        "`1.004224` is not a procedure of this site",
    );
}

#[test]
fn two_files_with_one_code_are_an_error() {
    assert_fails(
        "duplicate-code",
        "content/procedures/khai-sinh.yaml:1",
        "the procedure code `1.001193` is already used by content/procedures/1.001193.yaml",
    );
}

#[test]
fn an_untrusted_online_link_is_an_error() {
    assert_fails(
        "untrusted-domain",
        "content/procedures/2.000815.yaml:17",
        "`dichvucong.gov.vn.example.com`",
    );
}

#[test]
fn a_missing_required_field_is_an_error() {
    assert_fails(
        "missing-field",
        "content/procedures/1.004222.yaml:13:1",
        "missing required key `agency`",
    );
}

#[test]
fn a_poster_language_outside_the_site_is_an_error() {
    assert_fails(
        "poster-language",
        "content/communes/xa-b.yaml:8",
        "poster language `tyz` is not in `languages`",
    );
}

/// loa vendors no font for Chinese, Japanese, Korean, Thai or Lao: posters in them would print
/// empty boxes, so such a poster language is an error on its line.
#[test]
fn a_poster_language_loa_has_no_font_for_is_an_error_not_tofu() {
    let site = site(None);
    replace_in(
        &site.path().join("loa.yaml"),
        "  - code: en\n",
        "  - code: zh\n    name: \"中文\"\n  - code: en\n",
    );
    let commune = site.path().join("content/communes/xa-b.yaml");
    let text = read(&commune);
    let from = text
        .lines()
        .find(|line| line.starts_with("poster_languages:"))
        .unwrap()
        .to_string();
    replace_in(&commune, &from, "poster_languages: [vi, zh]");
    let line = 1 + read(&commune)
        .lines()
        .position(|line| line.starts_with("poster_languages:"))
        .unwrap();
    let output = build(site.path(), &site.path().join("public"));
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    let location = format!("error: content/communes/xa-b.yaml:{line}: ");
    let error = message
        .lines()
        .find(|l| l.starts_with(&location))
        .unwrap_or_else(|| panic!("no error at {location} in:\n{message}"));
    assert!(
        error.contains("`zh` is written in Chinese characters, which loa has no poster font for"),
        "{error}"
    );
}

#[test]
fn posters_without_trusted_domains_are_an_error() {
    let site = site(None);
    replace_in(
        &site.path().join("loa.yaml"),
        "trusted_domains:\n  - qr.example.vn\n  - dichvucong.gov.vn\n",
        "",
    );
    // Without the online links, which would fail first.
    for code in ["1.001193", "2.000815"] {
        let path = site.path().join(format!("content/procedures/{code}.yaml"));
        let kept: String = read(&path)
            .lines()
            .filter(|line| {
                !["online:", "  url:", "  level:"]
                    .iter()
                    .any(|key| line.starts_with(key))
            })
            .map(|line| format!("{line}\n"))
            .collect();
        std::fs::write(path, kept).unwrap();
    }
    let output = build(site.path(), &site.path().join("public"));
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(
        message.contains("error: loa.yaml:5: `https://qr.example.vn/q/"),
        "{message}"
    );
    assert!(message.contains("no `trusted_domains`"), "{message}");
    assert!(!site.path().join("qr-lock.yaml").exists());
}

#[test]
fn an_untrusted_base_url_is_an_error() {
    let site = site(None);
    replace_in(
        &site.path().join("loa.yaml"),
        "base_url: \"https://qr.example.vn\"",
        "base_url: \"https://qr-example.vn\"",
    );
    let output = build(site.path(), &site.path().join("public"));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error: loa.yaml:5: the host `qr-example.vn`"),
        "{}",
        stderr(&output)
    );
}

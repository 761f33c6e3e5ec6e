//! The spell-out table: CLDR's cases (`rbnf/vi.xml`), the cases of issue 18, and what a
//! bulletin's texts write (dates, money, percentages, phone numbers, abbreviations).

use super::*;

fn vocabulary() -> Vocabulary {
    let text = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/themes/default/spoken/vi.yaml"
    ));
    Vocabulary::parse(text, std::path::Path::new("spoken/vi.yaml")).unwrap()
}

const CARDINALS: &[(u64, &str)] = &[
    (0, "không"),
    (1, "một"),
    (2, "hai"),
    (3, "ba"),
    (4, "bốn"),
    (5, "năm"),
    (6, "sáu"),
    (7, "bảy"),
    (8, "tám"),
    (9, "chín"),
    (10, "mười"),
    (11, "mười một"),
    (12, "mười hai"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (16, "mười sáu"),
    (19, "mười chín"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (22, "hai mươi hai"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (27, "hai mươi bảy"),
    (30, "ba mươi"),
    (31, "ba mươi mốt"),
    (34, "ba mươi tư"),
    (35, "ba mươi lăm"),
    (41, "bốn mươi mốt"),
    (44, "bốn mươi tư"),
    (45, "bốn mươi lăm"),
    (50, "năm mươi"),
    (55, "năm mươi lăm"),
    (64, "sáu mươi tư"),
    (71, "bảy mươi mốt"),
    (88, "tám mươi tám"),
    (99, "chín mươi chín"),
    (100, "một trăm"),
    (101, "một trăm lẻ một"),
    (104, "một trăm lẻ bốn"),
    (105, "một trăm lẻ năm"),
    (109, "một trăm lẻ chín"),
    (110, "một trăm mười"),
    (111, "một trăm mười một"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (124, "một trăm hai mươi tư"),
    (200, "hai trăm"),
    (205, "hai trăm lẻ năm"),
    (250, "hai trăm năm mươi"),
    (315, "ba trăm mười lăm"),
    (999, "chín trăm chín mươi chín"),
    (1000, "một nghìn"),
    (1001, "một nghìn không trăm lẻ một"),
    (1005, "một nghìn không trăm lẻ năm"),
    (1010, "một nghìn không trăm mười"),
    (1015, "một nghìn không trăm mười lăm"),
    (1021, "một nghìn không trăm hai mươi mốt"),
    (1099, "một nghìn không trăm chín mươi chín"),
    (1100, "một nghìn một trăm"),
    (1101, "một nghìn một trăm lẻ một"),
    (1945, "một nghìn chín trăm bốn mươi lăm"),
    (1975, "một nghìn chín trăm bảy mươi lăm"),
    (2000, "hai nghìn"),
    (2005, "hai nghìn không trăm lẻ năm"),
    (2024, "hai nghìn không trăm hai mươi tư"),
    (2025, "hai nghìn không trăm hai mươi lăm"),
    (2026, "hai nghìn không trăm hai mươi sáu"),
    (2030, "hai nghìn không trăm ba mươi"),
    (9776, "chín nghìn bảy trăm bảy mươi sáu"),
    (10000, "mười nghìn"),
    (10005, "mười nghìn không trăm lẻ năm"),
    (15000, "mười lăm nghìn"),
    (21000, "hai mươi mốt nghìn"),
    (24500, "hai mươi tư nghìn năm trăm"),
    (50000, "năm mươi nghìn"),
    (100000, "một trăm nghìn"),
    (105000, "một trăm lẻ năm nghìn"),
    (110000, "một trăm mười nghìn"),
    (500000, "năm trăm nghìn"),
    (
        999999,
        "chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
    ),
    (1000000, "một triệu"),
    (1000001, "một triệu lẻ một"),
    (1000010, "một triệu mười"),
    (1000100, "một triệu một trăm"),
    (1001000, "một triệu một nghìn"),
    (1005000, "một triệu năm nghìn"),
    (1200000, "một triệu hai trăm nghìn"),
    (1500000, "một triệu năm trăm nghìn"),
    (2500000, "hai triệu năm trăm nghìn"),
    (15000000, "mười lăm triệu"),
    (21000000, "hai mươi mốt triệu"),
    (100000000, "một trăm triệu"),
    (
        123456789,
        "một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn bảy trăm tám mươi chín",
    ),
    (1000000000, "một tỷ"),
    (1000000005, "một tỷ lẻ năm"),
    (1200000000, "một tỷ hai trăm triệu"),
    (2000500000, "hai tỷ năm trăm nghìn"),
    (10000000000, "mười tỷ"),
    (100000000000, "một trăm tỷ"),
    (1000000000000, "một nghìn tỷ"),
    (1500000000000, "một nghìn năm trăm tỷ"),
    (1000000000000000000, "1000000000000000000"),
];

#[test]
fn cardinals_follow_cldr() {
    for (n, expected) in CARDINALS {
        assert_eq!(cardinal(*n), *expected, "{n}");
    }
}

/// Texts as written, and as read aloud.
const TEXTS: &[(&str, &str)] = &[
    // The cases of issue 18.
    ("1001", "một nghìn không trăm lẻ một"),
    ("2025", "hai nghìn không trăm hai mươi lăm"),
    ("21", "hai mươi mốt"),
    ("24", "hai mươi tư"),
    ("15", "mười lăm"),
    ("9.776", "chín nghìn bảy trăm bảy mươi sáu"),
    ("2,38", "hai phẩy ba mươi tám"),
    ("99,7 %", "chín mươi chín phẩy bảy phần trăm"),
    (
        "16/11/2025",
        "ngày mười sáu tháng mười một năm hai nghìn không trăm hai mươi lăm",
    ),
    // Thousands and decimals, written the Vietnamese way.
    ("1.000", "một nghìn"),
    ("1.000.000", "một triệu"),
    ("12.500", "mười hai nghìn năm trăm"),
    ("3.321", "ba nghìn ba trăm hai mươi mốt"),
    ("199.260", "một trăm chín mươi chín nghìn hai trăm sáu mươi"),
    ("1.000.000.000", "một tỷ"),
    ("0,5", "không phẩy năm"),
    ("1,05", "một phẩy không năm"),
    ("3,14", "ba phẩy mười bốn"),
    ("12,125", "mười hai phẩy một trăm hai mươi lăm"),
    ("1,23456", "một phẩy hai ba bốn năm sáu"),
    ("1.234,5", "một nghìn hai trăm ba mươi tư phẩy năm"),
    ("10,0", "mười phẩy không"),
    // A comma and a space is a list, a dot and not three digits no thousands.
    ("1, 2, 3", "một, hai, ba"),
    ("có 3. Sau đó", "có ba. Sau đó"),
    ("1.5", "một.năm"),
    // Leading zeros are read digit by digit.
    ("05", "không năm"),
    ("007", "không không bảy"),
    ("0", "không"),
    // Percentages.
    ("99,7%", "chín mươi chín phẩy bảy phần trăm"),
    ("100%", "một trăm phần trăm"),
    ("15 %", "mười lăm phần trăm"),
    (
        "đạt 86,5% kế hoạch",
        "đạt tám mươi sáu phẩy năm phần trăm kế hoạch",
    ),
    ("0,1%", "không phẩy một phần trăm"),
    ("tăng 24%", "tăng hai mươi tư phần trăm"),
    // Money.
    ("50.000 đồng", "năm mươi nghìn đồng"),
    ("50.000đ", "năm mươi nghìn đồng"),
    ("50.000 đ", "năm mươi nghìn đồng"),
    ("50.000 VNĐ", "năm mươi nghìn đồng"),
    ("50.000 VND", "năm mươi nghìn đồng"),
    ("50.000₫", "năm mươi nghìn đồng"),
    ("1.500.000đ", "một triệu năm trăm nghìn đồng"),
    ("25.000 vnđ", "hai mươi lăm nghìn đồng"),
    ("2,5 tỷ đồng", "hai phẩy năm tỷ đồng"),
    ("1,2 triệu đồng", "một phẩy hai triệu đồng"),
    ("miễn phí 0đ", "miễn phí không đồng"),
    // Units after a number, and not elsewhere.
    ("5 km", "năm ki-lô-mét"),
    ("12km", "mười hai ki-lô-mét"),
    ("20 ha", "hai mươi héc-ta"),
    ("1.200 ha lúa", "một nghìn hai trăm héc-ta lúa"),
    ("100 m²", "một trăm mét vuông"),
    ("100m2", "một trăm mét vuông"),
    ("3 m", "ba mét"),
    ("5 kg", "năm ki-lô-gam"),
    ("2 GB", "hai gi-ga-bai"),
    ("50 Mbps", "năm mươi mê-ga-bít trên giây"),
    ("ha ha", "ha ha"),
    ("5 mét", "năm mét"),
    ("3 máy", "ba máy"),
    // Dates.
    (
        "1/4/2025",
        "ngày mùng một tháng tư năm hai nghìn không trăm hai mươi lăm",
    ),
    (
        "ngày 2/9/1945",
        "ngày mùng hai tháng chín năm một nghìn chín trăm bốn mươi lăm",
    ),
    (
        "ngày 10/10/2025",
        "ngày mùng mười tháng mười năm hai nghìn không trăm hai mươi lăm",
    ),
    (
        "ngày 11/12/2025",
        "ngày mười một tháng mười hai năm hai nghìn không trăm hai mươi lăm",
    ),
    (
        "31/12/2030",
        "ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm ba mươi",
    ),
    (
        "21/01/2026",
        "ngày hai mươi mốt tháng một năm hai nghìn không trăm hai mươi sáu",
    ),
    (
        "24-04-2026",
        "ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi sáu",
    ),
    (
        "15.08.2025",
        "ngày mười lăm tháng tám năm hai nghìn không trăm hai mươi lăm",
    ),
    ("16/11", "ngày mười sáu tháng mười một"),
    ("ngày 4/5", "ngày mùng bốn tháng năm"),
    ("ngày 5", "ngày mùng năm"),
    ("ngày 10", "ngày mùng mười"),
    ("ngày 11", "ngày mười một"),
    ("ngày 15 tháng 4", "ngày mười lăm tháng tư"),
    (
        "ngày 1 tháng 1 năm 2026",
        "ngày mùng một tháng một năm hai nghìn không trăm hai mươi sáu",
    ),
    ("mùng 2 tháng 9", "mùng hai tháng chín"),
    ("mùng 3/2", "mùng ba tháng hai"),
    ("tháng 4", "tháng tư"),
    ("tháng 12", "tháng mười hai"),
    (
        "tháng 11/2025",
        "tháng mười một năm hai nghìn không trăm hai mươi lăm",
    ),
    ("tháng 13", "tháng mười ba"),
    ("năm 2025", "năm hai nghìn không trăm hai mươi lăm"),
    ("năm 1900", "năm một nghìn chín trăm"),
    (
        "32/13/2025",
        "ba mươi hai/mười ba/hai nghìn không trăm hai mươi lăm",
    ),
    ("ngày 12 người", "ngày mười hai người"),
    ("ngày 10 có 12 người", "ngày mùng mười có mười hai người"),
    // Times.
    ("7h30", "bảy giờ ba mươi phút"),
    ("7h", "bảy giờ"),
    ("19h05", "mười chín giờ năm phút"),
    ("7h00", "bảy giờ"),
    ("7:30", "bảy giờ ba mươi phút"),
    ("07:15", "bảy giờ mười lăm phút"),
    ("7 giờ 30", "bảy giờ ba mươi"),
    (
        "từ 7h30 đến 11h",
        "từ bảy giờ ba mươi phút đến mười một giờ",
    ),
    (
        "7h30–11h30",
        "bảy giờ ba mươi phút–mười một giờ ba mươi phút",
    ),
    ("25h", "25h"),
    // Ranges.
    (
        "2025–2030",
        "hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi",
    ),
    (
        "2025-2030",
        "hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi",
    ),
    (
        "2025 – 2030",
        "hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi",
    ),
    ("10–15%", "mười đến mười lăm phần trăm"),
    ("10%–15%", "mười phần trăm đến mười lăm phần trăm"),
    ("3–5 km", "ba đến năm ki-lô-mét"),
    (
        "giai đoạn 2021 - 2025",
        "giai đoạn hai nghìn không trăm hai mươi mốt - hai nghìn không trăm hai mươi lăm",
    ),
    // Ordinals.
    ("lần thứ 1", "lần thứ nhất"),
    ("lần thứ 2", "lần thứ hai"),
    ("lần thứ 3", "lần thứ ba"),
    ("lần thứ 4", "lần thứ tư"),
    ("lần thứ 5", "lần thứ năm"),
    ("thứ 7", "thứ bảy"),
    ("hạng thứ 10", "hạng thứ mười"),
    ("thứ 21", "thứ hai mươi mốt"),
    ("Quý 3", "Quý ba"),
    // Phone numbers and hotlines, digit by digit.
    (
        "0912 345 678",
        "không chín một hai, ba bốn năm, sáu bảy tám",
    ),
    ("0912345678", "không chín một hai ba bốn năm sáu bảy tám"),
    (
        "0912.345.678",
        "không chín một hai, ba bốn năm, sáu bảy tám",
    ),
    (
        "024 3822 1234",
        "không hai bốn, ba tám hai hai, một hai ba bốn",
    ),
    ("1900 1234", "một chín không không, một hai ba bốn"),
    ("19001234", "một chín không không một hai ba bốn"),
    ("1800 1090", "một tám không không, một không chín không"),
    (
        "1900 561 255",
        "một chín không không, năm sáu một, hai năm năm",
    ),
    (
        "năm 1900 có 12 xã",
        "năm một nghìn chín trăm có mười hai xã",
    ),
    (
        "gọi 0237.3852.123",
        "gọi không hai ba bảy, ba tám năm hai, một hai ba",
    ),
    // Abbreviations, whole words only.
    ("UBND xã", "ủy ban nhân dân xã"),
    ("HĐND tỉnh", "hội đồng nhân dân tỉnh"),
    ("TP. Thanh Hóa", "thành phố Thanh Hóa"),
    ("TP.HCM", "thành phố Hồ Chí Minh"),
    ("CĐS", "chuyển đổi số"),
    ("các TTHC", "các thủ tục hành chính"),
    ("trường THPT", "trường trung học phổ thông"),
    ("THCS", "trung học cơ sở"),
    ("UBNDX", "UBNDX"),
    ("ubnd", "ubnd"),
    ("(UBND)", "(ủy ban nhân dân)"),
    ("UBND, HĐND", "ủy ban nhân dân, hội đồng nhân dân"),
    ("ứng dụng VNeID", "ứng dụng vê en e ai đi"),
    ("mã QR", "mã quy a"),
    ("Zalo", "da lô"),
    // Words with digits in them stay as written.
    ("Covid19", "Covid19"),
    ("4G", "4G"),
    ("mạng 5G", "mạng 5G"),
    ("1.000656", "một.không không không sáu năm sáu"),
    // Sentences.
    (
        "Ngày 16/11/2025, UBND xã Thiệu Trung đã hỗ trợ 1.250 người dân, đạt 86,5%.",
        "Ngày mười sáu tháng mười một năm hai nghìn không trăm hai mươi lăm, ủy ban nhân dân xã Thiệu Trung đã hỗ trợ một nghìn hai trăm năm mươi người dân, đạt tám mươi sáu phẩy năm phần trăm.",
    ),
    (
        "Lệ phí 50.000đ; gọi 1900 1234 từ 7h30.",
        "Lệ phí năm mươi nghìn đồng; gọi một chín không không, một hai ba bốn từ bảy giờ ba mươi phút.",
    ),
    (
        "Giai đoạn 2025–2030, 100% TTHC trên môi trường số.",
        "Giai đoạn hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi, một trăm phần trăm thủ tục hành chính trên môi trường số.",
    ),
    ("Không có số.", "Không có số."),
    ("", ""),
];

#[test]
fn texts_are_read_as_announcers_say_them() {
    let vocabulary = vocabulary();
    let mut failures = Vec::new();
    for (written, spoken) in TEXTS {
        let read = read(written, &vocabulary);
        if read != *spoken {
            failures.push(format!("{written:?}\n   got {read:?}\n  want {spoken:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_table_has_at_least_two_hundred_cases() {
    assert!(CARDINALS.len() + TEXTS.len() >= 200);
}

#[test]
fn words_for_days_months_ordinals_and_digits() {
    let days: Vec<String> = (1..=12).map(day).collect();
    assert_eq!(
        days,
        [
            "mùng một",
            "mùng hai",
            "mùng ba",
            "mùng bốn",
            "mùng năm",
            "mùng sáu",
            "mùng bảy",
            "mùng tám",
            "mùng chín",
            "mùng mười",
            "mười một",
            "mười hai"
        ]
    );
    let months: Vec<String> = (1..=12).map(month).collect();
    assert_eq!(
        months,
        [
            "một",
            "hai",
            "ba",
            "tư",
            "năm",
            "sáu",
            "bảy",
            "tám",
            "chín",
            "mười",
            "mười một",
            "mười hai"
        ]
    );
    assert_eq!(ordinal(1), "nhất");
    assert_eq!(ordinal(2), "hai");
    assert_eq!(ordinal(4), "tư");
    assert_eq!(ordinal(14), "mười bốn");
    assert_eq!(
        digits("0123456789"),
        "không một hai ba bốn năm sáu bảy tám chín"
    );
    assert_eq!(decimal(2, "38"), "hai phẩy ba mươi tám");
    assert_eq!(time(0, 0), "không giờ");
}

#[test]
fn other_languages_keep_digits_but_get_abbreviations() {
    let vocabulary = vocabulary();
    assert_eq!(
        crate::languages::spoken::read_aloud("tyz", "UBND 2025", &vocabulary),
        "ủy ban nhân dân 2025"
    );
    assert_eq!(
        crate::languages::spoken::read_aloud("vi", "UBND 2025", &vocabulary),
        "ủy ban nhân dân hai nghìn không trăm hai mươi lăm"
    );
}

proptest::proptest! {
    /// Any text is read without a panic (every slice at a character boundary), and a text
    /// without digits or abbreviations is read as it is written.
    #[test]
    fn any_text_is_read_and_words_stay_as_written(
        text in "[0-9 .,/:h%đ–\\-a-zA-Zàáạăâđêôơư\u{a0}ក្ខ]{0,40}",
        words in "[a-zàáạăâêôơư ,.]{0,40}",
    ) {
        let vocabulary = vocabulary();
        let _ = read(&text, &vocabulary);
        proptest::prop_assert_eq!(read(&words, &vocabulary), words);
    }
}

#!/usr/bin/env python3
"""Generate the QR-corner benchmark sites: a national site and one province's site, in loa's format.

    python3 bench/gen_qr.py --communes N --seed S --out DIR [--province NAME]

writes DIR/national/ (N communes spread over Vietnam's 34 provinces, each commune's wall listing
the same 30 procedures, in Vietnamese and Khmer) and DIR/province/ (the same procedures and only
the communes of one province, byte-identical to theirs in the national site). loa builds a
landing page for every commune x procedure x language and a poster (SVG and PDF) for every
commune x procedure, so the national site has N x 30 x 2 landing pages and N x 30 posters, and
the province site about N / 34 x 30 posters.

The same seed gives a byte-identical pair of sites. Standard library only; text helpers come from
gen.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from gen import MARKER, Writer, capitalize, prepare, q, slugify, write

LANGS = ("vi", "km")  # the site's languages; every commune's posters are in both, vi first
BASE_URL = "https://qr.bench.example.vn"
ONLINE_URL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc="
DATE = dt.date(2025, 11, 20)

# The 30 procedures of a commune centre's wall (the demo site's Diên Khánh wall): national code,
# name, field, agency and fee as on the National Public Service Portal. Documents, steps and the
# other texts are generated.
PROCEDURES = [
    ("1.001193", "Đăng ký khai sinh", "Hộ tịch", "Ủy ban nhân dân cấp xã", "free"),
    ("1.000894", "Đăng ký kết hôn", "Hộ tịch", "Ủy ban nhân dân cấp xã", "free"),
    ("1.000656", "Đăng ký khai tử", "Hộ tịch", "Ủy ban nhân dân cấp xã", "free"),
    ("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", "Ủy ban nhân dân cấp xã",
     "3000"),
    ("1.001022", "Đăng ký nhận cha, mẹ, con", "Hộ tịch", "Ủy ban nhân dân cấp xã", "10000"),
    ("1.004859", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Ủy ban nhân dân cấp xã", "8000"),
    ("1.004884", "Đăng ký lại khai sinh", "Hộ tịch", "Ủy ban nhân dân cấp xã", "5000"),
    ("1.004746", "Thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch",
     "Ủy ban nhân dân cấp xã", "15000"),
    ("1.000689", "Đăng ký giám hộ", "Hộ tịch", "Ủy ban nhân dân cấp xã", "free"),
    ("1.001695", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "Hộ tịch",
     "Ủy ban nhân dân cấp xã", "free"),
    ("1.004225", "Liên thông: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho "
     "trẻ em dưới 6 tuổi", "Hộ tịch", "Ủy ban nhân dân cấp xã", "free"),
    ("1.004222", "Đăng ký thường trú", "Đăng ký, quản lý cư trú", "Công an cấp xã",
     "20.000 đồng; nộp trực tuyến 10.000 đồng"),
    ("1.004194", "Đăng ký tạm trú", "Đăng ký, quản lý cư trú", "Công an cấp xã",
     "15.000 đồng; nộp trực tuyến 7.000 đồng"),
    ("1.004237", "Gia hạn tạm trú", "Đăng ký, quản lý cư trú", "Công an cấp xã",
     "15.000 đồng; nộp trực tuyến 7.000 đồng"),
    ("1.004208", "Khai báo tạm vắng", "Đăng ký, quản lý cư trú", "Công an cấp xã", "free"),
    ("1.004206", "Xóa đăng ký thường trú", "Đăng ký, quản lý cư trú", "Công an cấp xã", "free"),
    ("2.001255", "Cấp đổi thẻ căn cước", "Căn cước", "Công an cấp xã", "50000"),
    ("2.001236", "Đăng ký xe mô tô, xe gắn máy lần đầu", "Đăng ký, quản lý phương tiện giao thông",
     "Công an cấp xã", "Tùy khu vực: từ 150.000 đồng (xã) đến 1.000.000 đồng"),
    ("2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", "Ủy ban nhân dân cấp xã",
     "2.000 đồng/trang; từ trang thứ ba: 1.000 đồng/trang, tối đa 200.000 đồng/bản"),
    ("2.000884", "Chứng thực chữ ký trong giấy tờ, văn bản", "Chứng thực",
     "Ủy ban nhân dân cấp xã", "10000"),
    ("2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến động sản", "Chứng thực",
     "Ủy ban nhân dân cấp xã", "50000"),
    ("2.001019", "Chứng thực văn bản thỏa thuận phân chia di sản", "Chứng thực",
     "Ủy ban nhân dân cấp xã", "50000"),
    ("2.000575", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh",
     "Ủy ban nhân dân cấp xã", "100.000 đồng (mức do Hội đồng nhân dân tỉnh quy định)"),
    ("2.000720", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
     "Thành lập và hoạt động của hộ kinh doanh", "Ủy ban nhân dân cấp xã", "100000"),
    ("2.000644", "Tạm ngừng hoạt động hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh",
     "Ủy ban nhân dân cấp xã", "free"),
    ("1.001776", "Trợ cấp xã hội hằng tháng cho người cao tuổi", "Bảo trợ xã hội",
     "Ủy ban nhân dân cấp xã", "free"),
    ("1.001758", "Trợ cấp xã hội hằng tháng cho người khuyết tật", "Bảo trợ xã hội",
     "Ủy ban nhân dân cấp xã", "free"),
    ("1.001731", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội",
     "Ủy ban nhân dân cấp xã", "free"),
    ("1.010812", "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", "Giảm nghèo",
     "Ủy ban nhân dân cấp xã", "free"),
    ("1.009993", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "Ủy ban nhân dân cấp xã",
     "75000"),
]

# The 34 provincial-level units since 1 July 2025 (3,321 communes and wards between them).
PROVINCES = [
    "Cao Bằng", "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
    "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai",
    "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
]
NATIONAL_COMMUNES = 3321

# Syllables of Vietnamese commune names (two make a name: "Xã Phúc Hòa").
PLACE_SYLLABLES = """
An Bình Phúc Hòa Thịnh Tân Long Mỹ Phú Thạnh Hưng Thuận Đông Tây Nam Bắc Sơn Thủy Quang Minh
Trung Yên Lạc Đức Thành Xuân Hải Vĩnh Khánh Lợi Thanh Hiệp Tiến Kim Ngọc Lâm Hà Châu Cẩm Diên
Mường Nà Pác Hồng Quảng Hợp Nghĩa Tường Hiếu Lộc Thọ Vân Tú Định Hoàng Gia Cát Lương Điền
""".split()

HOURS = [
    "Thứ Hai – Thứ Sáu: 7 giờ – 11 giờ 30 và 13 giờ 30 – 17 giờ",
    "Thứ Hai – Thứ Sáu: 7 giờ 30 – 11 giờ 30, 13 giờ 30 – 17 giờ; sáng thứ Bảy: 7 giờ 30 – 11 giờ",
    "Thứ Hai – Thứ Bảy: 7 giờ – 11 giờ, 13 giờ – 16 giờ 30",
]
ORIGINAL_OR_COPY = ("original", "copy", "certified_copy", "show_original")


class Commune:
    __slots__ = ("index", "province", "slug", "text")

    def __init__(self, index: int, province: str, slug: str, text: str):
        self.index, self.province, self.slug, self.text = index, province, slug, text


def province_of(index: int, n: int) -> str:
    """Communes are spread over the provinces in contiguous blocks of about n / 34."""
    return PROVINCES[index * len(PROVINCES) // n]


def sentence(w: Writer, lo: int, hi: int) -> str:
    return capitalize(w.phrase(lo, hi)) + "."


def procedure_files(rng: random.Random) -> list[tuple[str, str, str]]:
    """(code, original YAML, Khmer translation YAML) of each of the 30 procedures."""
    vi, km = Writer(rng, "vi"), Writer(rng, "km")
    files = []
    for code, name, field, agency, fee in PROCEDURES:
        docs = []
        for _ in range(rng.randint(2, 5)):
            note = sentence(vi, 6, 14) if rng.random() < 0.3 else None
            docs.append((capitalize(vi.phrase(4, 10)), rng.randint(1, 2),
                         rng.choice(ORIGINAL_OR_COPY), note))
        steps = [sentence(vi, 10, 24) for _ in range(rng.randint(2, 4))]
        basis = [f"Luật {capitalize(vi.phrase(2, 4))} năm {rng.randint(2006, 2024)}"]
        if rng.random() < 0.7:
            basis.append(f"Nghị định số {rng.randint(10, 199)}/{rng.randint(2015, 2025)}/NĐ-CP "
                         f"{vi.phrase(6, 12)}")
        fee_value = fee if fee == "free" or fee.isdigit() else q(fee)
        lines = [f"code: {code}", f"name: {q(name)}", f"field: {q(field)}",
                 f"agency: {q(agency)}", f"who: {q(sentence(vi, 8, 22))}", "documents:"]
        for doc_name, copies, kind, note in docs:
            lines += [f"  - name: {q(doc_name)}", f"    copies: {copies}",
                      f"    original_or_copy: {kind}"]
            if note:
                lines.append(f"    note: {q(note)}")
        lines.append("steps:")
        lines += [f"  - {q(s)}" for s in steps]
        lines += [f"processing_time: {q(sentence(vi, 5, 12))}", f"fee: {fee_value}",
                  "legal_basis:"]
        lines += [f"  - {q(b)}" for b in basis]
        if rng.random() < 0.85:  # most procedures can be done online
            lines += ["online:", f"  url: {q(ONLINE_URL + code)}",
                      f"  level: {rng.choice(('full', 'partial'))}"]
        lines += ["illustrative: true", f"updated: {DATE.isoformat()}"]
        original = "\n".join(lines) + "\n"

        tr = [f"name: {q(sentence(km, 3, 7))}", f"field: {q(km.phrase(1, 3))}",
              f"agency: {q(km.phrase(2, 4))}", f"who: {q(sentence(km, 6, 14))}", "documents:"]
        for _, _, _, note in docs:
            tr.append(f"  - name: {q(km.phrase(3, 7))}")
            if note:
                tr.append(f"    note: {q(sentence(km, 4, 10))}")
        tr.append("steps:")
        tr += [f"  - {q(sentence(km, 8, 16))}" for _ in steps]
        tr.append(f"processing_time: {q(sentence(km, 4, 9))}")
        if fee_value.startswith('"'):  # a fee written as a text is translated too
            tr.append(f"fee: {q(sentence(km, 4, 9))}")
        files.append((code, original, "\n".join(tr) + "\n"))
    return files


def communes(rng: random.Random, n: int) -> list[Commune]:
    codes = [p[0] for p in PROCEDURES]
    vi = Writer(rng, "vi")
    out = []
    for i in range(n):
        province = province_of(i, n)
        name = "Xã " + " ".join(rng.sample(PLACE_SYLLABLES, 2))
        slug = f"{slugify(name)}-{i + 1:04d}"  # names repeat across provinces, slugs must not
        wall = rng.sample(codes, len(codes))  # every wall has all 30, each in its own order
        lines = [
            f"name: {q(name)}",
            f"province: {q(province)}",
            f"short: x{i + 1:04d}",  # printed addresses allow at most 12 characters here
            "centre:",
            f"  name: {q('Trung tâm Phục vụ hành chính công ' + name[:1].lower() + name[1:])}",
            f"  address: {q(f'Trụ sở Ủy ban nhân dân {name[:1].lower() + name[1:]}, {province}')}",
            f"  hours: {q(rng.choice(HOURS))}",
            f"  phone: {q(f'02{rng.randint(0, 99):02d} {rng.randint(100, 999)} {rng.randint(100, 999)}')}",
            "poster_languages: [vi, km]",
            "procedures:",
        ]
        lines += [f"  - {c}" for c in wall]
        notes = rng.sample(wall, rng.randint(0, 3))
        if notes:
            lines.append("local_notes:")
            for code in notes:
                lines += [f"  - code: {code}", f"    desk: \"Quầy số {rng.randint(1, 6)}\""]
                if rng.random() < 0.5:
                    lines.append(f"    note: {q(sentence(vi, 8, 16))}")
        out.append(Commune(i, province, slug, "\n".join(lines) + "\n"))
    return out


LOA_CONFIG = f"""\
title: {{vi: "Góc QR — Dịch vụ công cấp xã", km: "ជ្រុង QR — សេវាសាធារណៈឃុំ"}}
base_url: "{BASE_URL}"
default_language: vi
languages:
  - {{code: vi, name: "Tiếng Việt"}}
  - {{code: km, name: "ខ្មែរ", fallback: vi}}
# SVG share cards, as in gen.py's corpus: PNG would rasterise one card per landing page.
share_images: svg
poster_date: {DATE.isoformat()}
trusted_domains:
  - bench.example.vn
  - dichvucong.gov.vn
"""


def write_site(root: Path, stamp: str, procedures, walls: list[Commune]) -> None:
    prepare(root)
    write(root / MARKER, stamp)
    write(root / "loa.yaml", LOA_CONFIG)
    for code, original, translation in procedures:
        write(root / "content" / "procedures" / f"{code}.yaml", original)
        write(root / "content" / "procedures" / f"{code}.km.yaml", translation)
    for c in walls:
        write(root / "content" / "communes" / f"{c.slug}.yaml", c.text)


def generate(n: int, seed: int, out: Path, province: str) -> tuple[int, int]:
    """Writes out/national and out/province; returns their numbers of communes."""
    rng = random.Random(seed)
    procedures = procedure_files(rng)
    everyone = communes(rng, n)
    theirs = [c for c in everyone if c.province == province]
    write_site(out / "national", f"communes={n} seed={seed}\n", procedures, everyone)
    write_site(out / "province", f"communes={n} seed={seed} province={province}\n", procedures,
               theirs)
    return len(everyone), len(theirs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--communes", type=int, default=NATIONAL_COMMUNES,
                    help=f"communes in the national site (default {NATIONAL_COMMUNES})")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--province", default=PROVINCES[0],
                    help=f"the province of the province site (default {PROVINCES[0]})")
    ap.add_argument("--out", type=Path, required=True, help="writes OUT/national and OUT/province")
    args = ap.parse_args(argv)
    if args.communes < 1:
        ap.error("--communes must be at least 1")
    if args.province not in PROVINCES:
        ap.error(f"--province must be one of: {', '.join(PROVINCES)}")
    national, province = generate(args.communes, args.seed, args.out, args.province)
    if province == 0:
        ap.error(f"with {national} communes, {args.province} has none: give more --communes")
    walls = len(PROCEDURES)
    print(f"gen_qr.py: {national} communes x {walls} procedures x {len(LANGS)} languages "
          f"in {args.out}/national; {province} communes of {args.province} "
          f"({province * walls} posters) in {args.out}/province")
    return 0


if __name__ == "__main__":
    sys.exit(main())

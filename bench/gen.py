#!/usr/bin/env python3
"""Generate the benchmark corpus: one multilingual site in loa's format, and the same site for Hugo
and for Zola.

    python3 bench/gen.py --articles N --seed S --out DIR [--tags shared|per-language]

writes DIR/loa/ (a loa site), DIR/hugo/ and DIR/zola/ (the same content for Hugo and for Zola). N
articles in each of three languages (vi, the default; tyz; hmn), so 3 x N content pages. The same
seed gives a byte-identical corpus: one random.Random(seed) drives everything, in a fixed order,
with fixed dates.

`--tags per-language`: each language has its own pool of tags, and a translation carries the
translations of its original's tags (Hugo and Zola). loa takes a translation's tags from its
original and has no per-language tags, so its site is the same in both variants.

Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import unicodedata
from pathlib import Path

# Written into both site roots; the generator only ever deletes a folder that carries it.
MARKER = ".bench-corpus"

LANGS = ("vi", "tyz", "hmn")
DEFAULT_LANG = "vi"
COLUMNS = ("tin-tuc", "huong-dan")
COLUMN_TITLES = {"tin-tuc": "Tin tức", "huong-dan": "Hướng dẫn"}
BASE_URL = "https://bench.example.vn"
PAGINATE = 10
# Hugo's built-in RSS template lists every page of a list unless limited; a feed of the latest 20
# is what a campaign site publishes (and what loa's feeds are expected to do).
HUGO_RSS_LIMIT = 20

FIRST_DAY = dt.date(2024, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days + 1

# --- word lists -------------------------------------------------------------------------------
# Vietnamese: real words and syllables, with their diacritics. Function words are drawn more often
# than content words, as in running text.
VI_FUNCTION = """
và của cho với là có được các những một này đó ở tại trong ngoài trên dưới để khi nếu thì đã
đang sẽ vẫn cũng chỉ rất hơn nhất lại ra vào lên xuống cùng từ theo về như bằng qua không chưa
hết mọi mỗi nhiều ít tất cả hoặc nhưng vì nên do đến sau trước giữa bên còn đều hay nữa
""".split()

VI_CONTENT = [w.strip() for w in """
người dân, cán bộ, xã, phường, tỉnh, huyện, thôn, bản, làng, gia đình, trẻ em, học sinh,
sinh viên, giáo viên, nông dân, thanh niên, phụ nữ, người cao tuổi, cộng đồng, chính quyền,
ủy ban, trung tâm, bưu điện, trường học, thư viện, nhà văn hóa, điện thoại, máy tính, internet,
mạng, ứng dụng, tài khoản, mật khẩu, dữ liệu, thông tin, hồ sơ, giấy tờ, căn cước, định danh,
điện tử, chữ ký số, thanh toán, ví điện tử, ngân hàng, dịch vụ công, thủ tục, hành chính,
phong trào, chiến dịch, kỹ năng, kiến thức, bài học, khóa học, lớp học, tài liệu, video,
hướng dẫn, câu hỏi, câu trả lời, mã QR, đường truyền, sóng, vùng sâu, vùng xa, miền núi,
đồng bằng, biên giới, hải đảo, nông thôn, thành phố, chợ, sản phẩm, nông sản, hợp tác xã,
doanh nghiệp, hộ kinh doanh, thị trường, sàn thương mại, y tế, bảo hiểm, sức khỏe, bệnh viện,
trạm y tế, giáo dục, văn hóa, ngôn ngữ, tiếng nói, chữ viết, dân tộc, an ninh, lừa đảo,
bảo mật, quyền riêng tư, năm, tháng, ngày, tuần, buổi, giờ, số, học, đăng ký, trực tuyến,
dạy, hỗ trợ, giúp đỡ, sử dụng, cài đặt, đăng nhập, tra cứu, nộp, nhận, gửi, kiểm tra,
xác thực, bảo vệ, chia sẻ, tham gia, tổ chức, triển khai, phát triển, nâng cao, mở rộng,
kết nối, truy cập, tìm hiểu, thực hành, luyện tập, phổ biến, tuyên truyền, vận động, lắng nghe,
trao đổi, giải đáp, ghi nhận, đánh giá, theo dõi, cập nhật, chuyển đổi, số hóa, thay đổi,
cải thiện, tiết kiệm, rút ngắn, giảm, tăng, đạt, hoàn thành, bắt đầu, tiếp tục, đi, làm, cần,
phải, muốn, biết, hiểu, thấy, nói, viết, đọc, xem, nghe, mở, đóng, chọn, bấm, quét, chụp,
tải, lưu, in, mới, cũ, nhanh, chậm, dễ, khó, đơn giản, thuận tiện, an toàn, miễn phí,
hiệu quả, thiết thực, quan trọng, cần thiết, rộng rãi, đầy đủ, chính xác, rõ ràng, cụ thể,
thường xuyên, tích cực, chủ động, kỹ năng số, công dân số, xã hội số, kinh tế số,
chính phủ số, chuyển đổi số, bình dân học vụ số, nền tảng, hệ thống, cổng thông tin,
phần mềm, thiết bị, màn hình, bàn phím, tin nhắn, cuộc gọi, trang web, đường link, biểu mẫu,
phí, lệ phí, biên nhận, kết quả, thời hạn, quy trình, bước, mục, phần, nội dung, chương trình,
kế hoạch, mục tiêu, nhiệm vụ, giải pháp, kinh nghiệm, mô hình, sáng kiến, điển hình,
tổ công nghệ số, tình nguyện viên, đoàn viên, hội viên, già làng, trưởng bản, bí thư,
chủ tịch, người hướng dẫn, địa phương, khu dân cư, điểm truy cập, wifi, sóng di động,
học trực tuyến, thi, chứng chỉ, bằng cấp, việc làm, thu nhập, sinh kế, mùa vụ, giống cây,
vật nuôi, thời tiết, thiên tai, cảnh báo, khẩn cấp, liên hệ, tổng đài, hỏi đáp, phản ánh,
kiến nghị, góp ý, minh bạch, công khai, trách nhiệm, quyền lợi, nghĩa vụ, chính sách
""".replace("\n", " ").split(",")]

# Filler for the two minority languages. Tày is written with Vietnamese-style diacritics; Hmong in
# the Romanized Popular Alphabet (tones as final consonant letters). These are plausible-looking
# syllables for load, not translations.
TYZ_WORDS = """
bản mường slư cần pây dú mì hẩu nặm nà rườn lục đếch slon hăn chỏi tàng khẩu phjạc nẩy pi noọng
pá mẻ nhằng đây lai slíp bươn vằn cừn khửn lồng ma au hết tọ lẻ dạo nhỉ chứ mầu cạ tềnh tẩư
pjom khỏ slắc thâng pỉ chang thuổn pản mỉn cốc phải bấu tó xa quây nưa tâư lăng slam slí hả
hốc chất bét cẩu slíp lình slao bảo thư viện điện thoại mạng ứng dụng tài khoản dịch vụ công
""".split()

HMN_WORDS = """
kev kawm ntawv neeg tsev zos tus muaj thiab rau los ua haujlwm nyiaj xov tooj hauv lub cov pab
txoj cai siv tau yuav mus tuaj hnub xyoo lus Hmoob tsoomfwv nroog teb chaw kho mob qhia paub nrog
rov zoo ntau tshiab me nyuam menyuam daim npav sau nyeem saib mloog nug teb ib ob peb plaub tsib
lawv peb nej koj kuv nws thaum yog tsis kom li no ntawd kuj ces txawm tiam sis hais ntsib tshawb
""".split()

TAGS = [t.strip() for t in """
chuyển đổi số, kỹ năng số, dịch vụ công, an toàn mạng, chữ ký số, thanh toán số, giáo dục,
y tế số, nông nghiệp, thương mại điện tử, căn cước điện tử, định danh điện tử, thanh niên, phụ nữ,
người cao tuổi, học sinh, miền núi, dân tộc thiểu số, vùng sâu vùng xa, bưu điện, thư viện số,
tình nguyện, tổ công nghệ số, bình dân học vụ số, trực tuyến, đăng ký, hướng dẫn, hỏi đáp,
sự kiện, tin địa phương, chính sách, dữ liệu, bảo mật, lừa đảo, điện thoại thông minh,
internet, mạng xã hội, ứng dụng, cổng dịch vụ công, bảo hiểm xã hội, hộ kinh doanh,
hợp tác xã, nông sản, du lịch, văn hóa, ngôn ngữ, tiếng Tày, tiếng Hmông, kinh tế số,
xã hội số
""".replace("\n", " ").split(",")]

PROVINCES = [
    "Hà Giang", "Cao Bằng", "Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Yên Bái", "Tuyên Quang",
    "Bắc Kạn", "Lạng Sơn", "Thái Nguyên", "Hòa Bình", "Nghệ An", "Quảng Trị", "Kon Tum", "Gia Lai",
    "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Sóc Trăng", "Trà Vinh", "An Giang", "Cà Mau", "Hà Nội",
]

# Khmer: real words (Khmer writes no space between words, only between phrases), drawn as phrases
# for load, not translations. Used by gen_qr.py's second language.
KM_WORDS = """
ការចុះបញ្ជី កំណើត មរណភាព អាពាហ៍ពិពាហ៍ ឪពុក ម្តាយ កុមារ គ្រួសារ ប្រជាជន ឃុំ ខេត្ត ភូមិ
សេវាសាធារណៈ ឯកសារ ពាក្យស្នើសុំ តាមគំរូ អត្តសញ្ញាណប័ណ្ណ លិខិតឆ្លងដែន ច្បាប់ដើម ច្បាប់ចម្លង
បញ្ជាក់ ពិនិត្យ ទទួល លទ្ធផល ដាក់ អនឡាញ ថ្ងៃធ្វើការ ម៉ោង រសៀល ព្រឹក ឥតគិតថ្លៃ ថ្លៃសេវា
មន្ត្រី ការិយាល័យ គណៈកម្មាធិការប្រជាជន ប៉ូលិសឃុំ ស្នាក់នៅ អាជីវកម្ម ជំនួយសង្គម មនុស្សចាស់
ជនមានពិការភាព ច្បាប់ ក្រឹត្យ សុខភាព ទូរស័ព្ទ ប្រព័ន្ធ ព័ត៌មាន ត្រឹមត្រូវ រួចរាល់ បន្ទាប់ពី
""".split()

WORDS = {"vi": (VI_FUNCTION, list(dict.fromkeys(VI_CONTENT))), "tyz": (None, TYZ_WORDS),
         "hmn": (None, HMN_WORDS), "km": (None, KM_WORDS)}

TABLE_HEADERS = {
    "vi": ("Địa phương", "Người tham gia", "Tỷ lệ"),
    "tyz": ("Bản mường", "Cần pây", "Tỷ lệ"),
    "hmn": ("Chaw", "Neeg koom", "Feem pua"),
}


# --- text ------------------------------------------------------------------------------------
def ascii_fold(text: str) -> str:
    """Vietnamese text without diacritics, lower case ("Chuyển đổi số" -> "chuyen doi so")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(text: str) -> str:
    out = []
    for ch in ascii_fold(text):
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(filter(None, "".join(out).split("-")))


def tag_pool(lang: str) -> list[str]:
    """The tags of one language for `--tags per-language`: tag k of a language translates tag k of
    TAGS. vi keeps TAGS; tyz and hmn get as many phrases of their filler words, drawn from a stream
    of their own (fixed, as TAGS is, whatever the corpus seed), with distinct slugs."""
    if lang == DEFAULT_LANG:
        return list(TAGS)
    rng = random.Random(f"bench-tags-{lang}")
    words = list(dict.fromkeys(WORDS[lang][1]))
    pool: list[str] = []
    seen = {slugify(t) for t in TAGS}  # no slug shared with another language's tag either
    while len(pool) < len(TAGS):
        tag = " ".join(rng.sample(words, rng.randint(1, 3)))
        if slugify(tag) and slugify(tag) not in seen:
            seen.add(slugify(tag))
            pool.append(tag)
    return pool


TAG_POOLS = {lang: tag_pool(lang) for lang in LANGS}
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}


class Link:
    """An inline link to another article; each site format writes its own syntax."""

    __slots__ = ("slug", "text")

    def __init__(self, slug: str, text: str):
        self.slug, self.text = slug, text


class Writer:
    """Text in one language, drawn from one random stream."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        self.function, self.content = WORDS[lang]

    def word(self) -> str:
        if self.function is not None and self.rng.random() < 0.4:
            return self.rng.choice(self.function)
        return self.rng.choice(self.content)

    def words(self, n: int) -> list[str]:
        return [self.word() for _ in range(n)]

    def phrase(self, lo: int, hi: int) -> str:
        return " ".join(self.words(self.rng.randint(lo, hi)))

    def title(self, lo: int = 3, hi: int = 7) -> str:
        return capitalize(self.phrase(lo, hi))

    def sentence(self) -> list[str]:
        n = self.rng.randint(8, 18)
        ws = self.words(n)
        ws[0] = capitalize(ws[0])
        if n > 10 and self.rng.random() < 0.5:
            ws[self.rng.randint(3, n - 4)] += ","
        if self.rng.random() < 0.15:
            i = self.rng.randint(0, n - 2)
            ws[i] = "**" + ws[i]
            ws[i + 1] = ws[i + 1] + "**"
        ws[-1] += "."
        return ws

    def paragraph(self, target: int, link_slug: str | None = None) -> list:
        """Words (and at most one Link) of a paragraph of about `target` words."""
        tokens: list = []
        syllables = 0  # words are counted as the text's space-separated words
        while syllables < target:
            s = self.sentence()
            tokens += s
            syllables += sum(len(t.split()) for t in s)
        if link_slug is not None:
            tokens.insert(self.rng.randint(1, len(tokens) - 1),
                          Link(link_slug, self.phrase(2, 4)))
        return tokens


def capitalize(s: str) -> str:
    return s[:1].upper() + s[1:]


def code_block(rng: random.Random) -> str:
    """A fenced block of Rust or Python, 5 to 15 lines, syntactically valid."""
    ids = [slugify(w).replace("-", "_") for w in VI_CONTENT]
    ids = [i for i in ids if i and not i[0].isdigit()]
    lines_wanted = rng.randint(5, 15)
    if rng.random() < 0.5:
        name = rng.choice(ids)
        body = []
        while len(body) < lines_wanted - 3:
            v = rng.choice(ids)
            kind = rng.randrange(3)
            if kind == 0:
                body.append(f"    let {v}: u32 = {rng.randint(1, 99999)};")
            elif kind == 1:
                body.append(f'    println!("{v} = {{}}", {rng.randint(1, 999)} * 2);')
            else:
                body.append(f"    // {rng.choice(VI_CONTENT)}: {rng.choice(VI_CONTENT)}")
        lines = ["```rust", f"fn {name}(so_luong: u32) -> u32 {{", *body,
                 f"    so_luong + {rng.randint(1, 99)}", "}", "```"]
    else:
        name = rng.choice(ids)
        body = []
        while len(body) < lines_wanted - 2:
            v = rng.choice(ids)
            kind = rng.randrange(3)
            if kind == 0:
                body.append(f"    {v} = so_luong * {rng.randint(1, 999)}")
            elif kind == 1:
                body.append(f'    print(f"{rng.choice(VI_CONTENT)}: {{so_luong}}")')
            else:
                body.append(f"    # {rng.choice(VI_CONTENT)}")
        lines = ["```python", f"def {name}(so_luong: int) -> int:", *body,
                 f"    return so_luong + {rng.randint(1, 99)}", "```"]
    return "\n".join(lines)


# --- the corpus model -------------------------------------------------------------------------
class Article:
    __slots__ = ("index", "slug", "date", "column", "tags", "texts")

    def __init__(self, index, slug, date, column, tags):
        self.index, self.slug, self.date, self.column, self.tags = index, slug, date, column, tags
        # lang -> (title, summary, [body blocks]); a link block is ("link", slug, text)
        self.texts: dict[str, tuple[str, str, list]] = {}


def words_in(tokens: list) -> int:
    return sum(len((t.text if isinstance(t, Link) else t).split()) for t in tokens)


def make_body(w: Writer, rng: random.Random, links: list, with_code: bool) -> list:
    """Body blocks of about 600 words. A block is a string of Markdown, or a paragraph given as a
    list of words and Links, so that each site format writes its own link syntax."""
    target = rng.randint(530, 610)
    blocks: list = []
    count = 0

    def para(words: int, link_slug: str | None = None) -> None:
        nonlocal count
        tokens = w.paragraph(words, link_slug)
        count += words_in(tokens)
        blocks.append(tokens)

    def heading() -> None:
        nonlocal count
        t = w.title(2, 6)
        count += len(t.split())
        blocks.append("## " + t)

    def listing(lo: int, hi: int, numbered: bool) -> None:
        nonlocal count
        items = []
        for i in range(rng.randint(lo, hi)):
            t = capitalize(w.phrase(5, 12))
            count += len(t.split())
            items.append((f"{i + 1}. " if numbered else "- ") + t)
        blocks.append("\n".join(items))

    para(70, links[0])
    heading()
    para(80)
    listing(4, 6, numbered=False)
    para(60, links[1])
    heading()
    listing(3, 5, numbered=True)
    heads = TABLE_HEADERS[w.lang]
    rows = [f"| {heads[0]} | {heads[1]} | {heads[2]} |", "| --- | ---: | ---: |"]
    for prov in rng.sample(PROVINCES, 4):
        people = f"{rng.randint(1000, 999999):,}".replace(",", ".")  # 12.345 as in Vietnamese
        share = f"{rng.randint(10, 999) / 10:.1f}".replace(".", ",")  # 45,6
        rows.append(f"| {prov} | {people} | {share} % |")
        count += len(prov.split()) + 3
    blocks.append("\n".join(rows))
    if with_code:
        blocks.append(code_block(rng))
    heading()
    para(60, links[2] if len(links) > 2 else None)
    while count < target:
        para(min(90, max(20, target - count)))
    return blocks


def build_model(n: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    vi = Writer(rng, "vi")
    articles: list[Article] = []
    titles = []
    for i in range(n):
        title = vi.title(4, 9)
        titles.append(title)
        words = slugify(title).split("-")[:5]
        slug = "-".join(words) + f"-{i + 1:05d}"
        date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        column = COLUMNS[rng.randrange(len(COLUMNS))]
        tags = rng.sample(TAGS, rng.randint(2, 3))
        articles.append(Article(i, slug, date, column, tags))
    slugs = [a.slug for a in articles]
    for a, title in zip(articles, titles):
        with_code = a.index % 10 == 0  # one page in ten
        nlinks = rng.randint(2, 3)
        others = [s for s in rng.sample(slugs, min(len(slugs), nlinks + 1)) if s != a.slug]
        links = (others * 3)[:nlinks] if others else []
        for lang in LANGS:
            w = vi if lang == "vi" else Writer(rng, lang)
            t = title if lang == "vi" else w.title(4, 9)
            summary = capitalize(w.phrase(12, 20)) + "."
            body = make_body(w, rng, links or [None, None], with_code)
            a.texts[lang] = (t, summary, body)
    return articles


# --- writing ----------------------------------------------------------------------------------
def q(s: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_body(blocks: list, link) -> str:
    out = []
    for b in blocks:
        if isinstance(b, list):
            out.append(" ".join(f"[{t.text}]({link(t.slug)})" if isinstance(t, Link) else t
                                for t in b))
        else:
            out.append(b)
    return "\n\n".join(out) + "\n"


def loa_page(a: Article, lang: str) -> str:
    title, summary, body = a.texts[lang]
    fm = ["---", f"title: {q(title)}"]
    if lang == DEFAULT_LANG:
        fm += [f"date: {a.date.isoformat()}", f"column: {a.column}",
               "tags: [" + ", ".join(q(t) for t in a.tags) + "]"]
    fm += [f"summary: {q(summary)}", "---", ""]
    return "\n".join(fm) + render_body(body, lambda s: f"@/articles/{s}")


def page_tags(a: Article, lang: str, tags: str) -> list[str]:
    """The tags a page in `lang` carries: the original's, or with `--tags per-language` their
    translations into the language's own pool."""
    if tags == "shared" or lang == DEFAULT_LANG:
        return a.tags
    pool = TAG_POOLS[lang]
    return [pool[TAG_INDEX[t]] for t in a.tags]


def hugo_page(a: Article, lang: str, tags: str) -> str:
    # Hugo does not inherit front matter across translations: every translation carries the date,
    # column and tags, so Hugo lists, sorts and tags it as loa does. The summary is Hugo's
    # `description` (Hugo 0.111 ignores a `summary` key and would cut one from the text).
    title, summary, body = a.texts[lang]
    fm = ["---", f"title: {q(title)}", f"date: {a.date.isoformat()}", f"column: {a.column}",
          "tags: [" + ", ".join(q(t) for t in page_tags(a, lang, tags)) + "]",
          f"description: {q(summary)}", "---", ""]
    return "\n".join(fm) + render_body(body, lambda s: '{{< ref "/articles/' + s + '" >}}')


def toml_str(s: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(s, ensure_ascii=False)


def zola_page(a: Article, lang: str, tags: str) -> str:
    # Zola does not inherit front matter across translations either. Internal links `@/...md`
    # are checked by Zola at build time, like loa's `@/` and Hugo's `ref`; a translation links to
    # the translation (`<slug>.<lang>.md`), as loa links to the page in the same language.
    title, summary, body = a.texts[lang]
    suffix = "" if lang == DEFAULT_LANG else f".{lang}"
    fm = ["+++", f"title = {toml_str(title)}", f"date = {a.date.isoformat()}",
          f"description = {toml_str(summary)}", "", "[taxonomies]",
          "tags = [" + ", ".join(toml_str(t) for t in page_tags(a, lang, tags)) + "]", "",
          "[extra]", f"column = {toml_str(a.column)}", "+++", ""]
    return "\n".join(fm) + render_body(body, lambda s: f"@/articles/{s}{suffix}.md")


LOA_CONFIG = """\
title: {vi: "Bench", tyz: "Bench", hmn: "Bench"}
base_url: "https://bench.example.vn"
default_language: vi
languages:
  - {code: vi, name: "Tiếng Việt"}
  - {code: tyz, name: "Tày", fallback: vi}
  - {code: hmn, name: "Hmoob", fallback: vi}
columns:
  - id: tin-tuc
    title: {vi: "Tin tức"}
  - id: huong-dan
    title: {vi: "Hướng dẫn"}
paginate: 10
# Hugo draws no share images and neither does loa here: both write the same kinds of pages.
share_images: none
"""

HUGO_CONFIG = f"""\
baseURL = "{BASE_URL}/"
title = "Bench"
defaultContentLanguage = "vi"
defaultContentLanguageInSubdir = false
paginate = {PAGINATE}
rssLimit = {HUGO_RSS_LIMIT}
buildFuture = true
enableRobotsTXT = false
disableHugoGeneratorInject = true

[taxonomies]
  tag = "tags"

# Feeds for the home and the articles' list, none for tags: loa's default theme writes a feed
# for the home and each column, none for tags.
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]
  page = ["HTML"]

[sitemap]
  changefreq = "weekly"
  filename = "sitemap.xml"

[markup.highlight]
  codeFences = true
  guessSyntax = false
  noClasses = false

[params.columns]
  tin-tuc = "Tin tức"
  huong-dan = "Hướng dẫn"

[languages.vi]
  languageName = "Tiếng Việt"
  languageCode = "vi"
  title = "Bench"
  weight = 1

[languages.tyz]
  languageName = "Tày"
  languageCode = "tyz"
  title = "Bench"
  weight = 2

[languages.hmn]
  languageName = "Hmoob"
  languageCode = "hmn"
  title = "Bench"
  weight = 3
"""

# Minimal templates rendering what loa's default theme renders: title, date, tags, body, language
# switcher, hreflang alternates, lists of pages with summaries and pagination. Written as a Hugo
# user writes them, and so that every page costs the same whatever the size of the site: no
# `where` or `range` over the site's pages in a template that runs once per page or per pager.
# (The earlier home template paginated `where .Site.RegularPages "Section" "articles"`: Hugo runs
# the template again for each of its N / 10 pager pages, and each run filtered all N pages again,
# so the home pages alone cost N^2 / 10 page visits a language.) What is the same on every page
# of a language (the site header) is a `partialCached` partial keyed by the language.
HUGO_LAYOUTS = {
    "_default/baseof.html": """\
<!DOCTYPE html>
<html lang="{{ .Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{- range .AllTranslations }}
<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{- end }}
{{- with .OutputFormats.Get "rss" }}
<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">
{{- end }}
</head>
<body>
<header>
{{ partialCached "site-header.html" . .Language.Lang }}
{{- with .Translations }}
<nav class="languages"><ul>
{{- range . }}
<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>
{{- end }}
</ul></nav>
{{- end }}
</header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
""",
    "partials/site-header.html": """\
<a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
""",
    "_default/single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time>
{{- with .Params.column }} · {{ index site.Params.columns . }}{{ end }}</p>
{{- with .GetTerms "tags" }}
<ul class="tags">
{{- range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}
</ul>
{{- end }}
{{ .Content }}
</article>
{{ end }}
""",
    "partials/pager.html": """\
{{- $p := . }}
<ul class="list">
{{- range $p.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time>
<p>{{ .Description }}</p></li>
{{- end }}
</ul>
{{- if gt $p.TotalPages 1 }}
<nav class="pagination">
{{- with $p.Prev }}<a rel="prev" href="{{ .URL }}">«</a>{{ end }}
<span>{{ $p.PageNumber }} / {{ $p.TotalPages }}</span>
{{- with $p.Next }}<a rel="next" href="{{ .URL }}">»</a>{{ end }}
</nav>
{{- end }}
""",
    # The home lists every article, newest first: the articles section's pages, a list Hugo has
    # already sorted (a lookup, not a filter of all pages on every pager page).
    "index.html": """\
{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ partial "pager.html" (.Paginate (site.GetPage "/articles").Pages) }}
{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ partial "pager.html" .Paginator }}
{{ end }}
""",
    "_default/term.html": """\
{{ define "main" }}
<h1>#{{ .Title }}</h1>
{{ partial "pager.html" .Paginator }}
{{ end }}
""",
    # The tag index: once per language, so listing every tag here is linear in the site.
    "_default/taxonomy.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="terms">
{{- range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{- end }}
</ul>
{{ end }}
""",
}


# Zola's multilingual model: `[languages.<code>]` beside the default language, a translation is
# `<slug>.<code>.md`, taxonomies are declared per language. Zola 0.22's highlighting (giallo) with
# CSS classes is `[markdown.highlighting] style = "class"` (before 0.22: `highlight_code = true`,
# `highlight_theme = "css"`).
ZOLA_TAXONOMIES = f'taxonomies = [{{ name = "tags", paginate_by = {PAGINATE}, feed = false }}]'
ZOLA_CONFIG = f"""\
base_url = "{BASE_URL}"
title = "Bench"
default_language = "vi"
compile_sass = false
build_search_index = false
generate_feeds = true
feed_limit = {HUGO_RSS_LIMIT}
generate_sitemap = true
generate_robots_txt = false
{ZOLA_TAXONOMIES}

[markdown.highlighting]
theme = "github-light"
style = "class"

[languages.tyz]
title = "Bench"
generate_feeds = true
{ZOLA_TAXONOMIES}

[languages.hmn]
title = "Bench"
generate_feeds = true
{ZOLA_TAXONOMIES}

[extra.columns]
tin-tuc = "Tin tức"
huong-dan = "Hướng dẫn"

[extra.language_names]
vi = "Tiếng Việt"
tyz = "Tày"
hmn = "Hmoob"
"""

# The home (`content/_index.md`) lists every article: the articles section is `transparent`, so
# its pages are the home's too. Both are sorted by date and paginated by 10, with a feed.
ZOLA_HOME_INDEX = f"""\
+++
title = "Bench"
sort_by = "date"
paginate_by = {PAGINATE}
+++
"""
ZOLA_ARTICLES_INDEX = f"""\
+++
title = "Bài viết"
sort_by = "date"
paginate_by = {PAGINATE}
transparent = true
generate_feeds = true
+++
"""

# The same pages as Hugo's templates, in Tera. Paginated lists get only their 10 pages
# (`paginator.pages`); nothing loops over all pages on a page.
ZOLA_TEMPLATES = {
    "base.html": """\
<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}{{ config.title }}{% endblock title %}</title>
{% block head %}{% endblock head %}
</head>
<body>
<header>
<a href="{{ get_url(path="/", lang=lang) }}">{{ config.title }}</a>
{% block languages %}{% endblock languages %}
</header>
<main>
{% block content %}{% endblock content %}
</main>
</body>
</html>
""",
    "macros.html": """\
{% macro alternates(translations) %}
{%- for t in translations %}
<link rel="alternate" hreflang="{{ t.lang }}" href="{{ t.permalink | safe }}">
{%- endfor %}
{% endmacro alternates %}

{% macro languages(translations, lang) %}
{%- if translations | length > 1 %}
<nav class="languages"><ul>
{%- for t in translations %}{% if t.lang != lang %}
<li><a href="{{ t.permalink | safe }}" hreflang="{{ t.lang }}" lang="{{ t.lang }}">{{ config.extra.language_names[t.lang] }}</a></li>
{%- endif %}{% endfor %}
</ul></nav>
{%- endif %}
{% endmacro languages %}

{% macro pager(paginator) %}
<ul class="list">
{%- for page in paginator.pages %}
<li><a href="{{ page.permalink | safe }}">{{ page.title }}</a>
<time datetime="{{ page.date }}">{{ page.date | date(format="%d/%m/%Y") }}</time>
<p>{{ page.description }}</p></li>
{%- endfor %}
</ul>
{%- if paginator.number_pagers > 1 %}
<nav class="pagination">
{%- if paginator.previous %}<a rel="prev" href="{{ paginator.previous | safe }}">«</a>{% endif %}
<span>{{ paginator.current_index }} / {{ paginator.number_pagers }}</span>
{%- if paginator.next %}<a rel="next" href="{{ paginator.next | safe }}">»</a>{% endif %}
</nav>
{%- endif %}
{% endmacro pager %}
""",
    "page.html": """\
{% extends "base.html" %}
{% import "macros.html" as m %}
{% block title %}{{ page.title }} · {{ config.title }}{% endblock title %}
{% block head %}
<link rel="canonical" href="{{ page.permalink | safe }}">
{{- m::alternates(translations=page.translations) }}
{% endblock head %}
{% block languages %}{{ m::languages(translations=page.translations, lang=lang) }}{% endblock languages %}
{% block content %}
<article>
<h1>{{ page.title }}</h1>
<p class="meta"><time datetime="{{ page.date }}">{{ page.date | date(format="%d/%m/%Y") }}</time>
{%- if page.extra.column %} · {{ config.extra.columns[page.extra.column] }}{% endif %}</p>
{%- if page.taxonomies.tags %}
<ul class="tags">
{%- for tag in page.taxonomies.tags %}<li><a href="{{ get_taxonomy_url(kind="tags", name=tag, lang=lang) | safe }}">{{ tag }}</a></li>{% endfor %}
</ul>
{%- endif %}
{{ page.content | safe }}
</article>
{% endblock content %}
""",
    "section.html": """\
{% extends "base.html" %}
{% import "macros.html" as m %}
{% block title %}{{ section.title }} · {{ config.title }}{% endblock title %}
{% block head %}
<link rel="canonical" href="{{ current_url | safe }}">
{{- m::alternates(translations=section.translations) }}
<link rel="alternate" type="application/atom+xml" href="{{ section.permalink | safe }}atom.xml">
{% endblock head %}
{% block languages %}{{ m::languages(translations=section.translations, lang=lang) }}{% endblock languages %}
{% block content %}
<h1>{{ section.title }}</h1>
{{ m::pager(paginator=paginator) }}
{% endblock content %}
""",
    "index.html": """\
{% extends "section.html" %}
{% block title %}{{ config.title }}{% endblock title %}
""",
    "taxonomy_list.html": """\
{% extends "base.html" %}
{% block title %}{{ taxonomy.name }} · {{ config.title }}{% endblock title %}
{% block head %}
<link rel="canonical" href="{{ current_url | safe }}">
{% endblock head %}
{% block content %}
<h1>{{ taxonomy.name }}</h1>
<ul class="terms">
{%- for term in terms %}
<li><a href="{{ term.permalink | safe }}">{{ term.name }}</a> ({{ term.page_count }})</li>
{%- endfor %}
</ul>
{% endblock content %}
""",
    "taxonomy_single.html": """\
{% extends "base.html" %}
{% import "macros.html" as m %}
{% block title %}{{ term.name }} · {{ config.title }}{% endblock title %}
{% block head %}
<link rel="canonical" href="{{ current_url | safe }}">
{% endblock head %}
{% block content %}
<h1>#{{ term.name }}</h1>
{{ m::pager(paginator=paginator) }}
{% endblock content %}
""",
}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def prepare(root: Path) -> None:
    """Empty `root`, which must be missing, empty, or a corpus this script wrote."""
    if root.exists():
        if (root / MARKER).exists():
            shutil.rmtree(root)
        elif any(root.iterdir()):
            sys.exit(f"gen.py: {root} exists, is not empty and was not written by gen.py; "
                     "choose another --out")
    root.mkdir(parents=True, exist_ok=True)


TAG_MODES = ("shared", "per-language")


def generate(n: int, seed: int, out: Path, tags: str = "shared") -> None:
    articles = build_model(n, seed)
    sites = {name: out / name for name in ("loa", "hugo", "zola")}
    for root in sites.values():
        prepare(root)
    stamp = f"articles={n} seed={seed} tags={tags}\n"
    for root in sites.values():
        write(root / MARKER, stamp)
    loa, hugo, zola = sites["loa"], sites["hugo"], sites["zola"]
    write(loa / "loa.yaml", LOA_CONFIG)
    write(hugo / "hugo.toml", HUGO_CONFIG)
    for rel, text in HUGO_LAYOUTS.items():
        write(hugo / "layouts" / rel, text)
    write(zola / "config.toml", ZOLA_CONFIG)
    for rel, text in ZOLA_TEMPLATES.items():
        write(zola / "templates" / rel, text)
    for lang in LANGS:
        suffix = "" if lang == DEFAULT_LANG else f".{lang}"
        write(zola / "content" / f"_index{suffix}.md", ZOLA_HOME_INDEX)
        write(zola / "content" / "articles" / f"_index{suffix}.md", ZOLA_ARTICLES_INDEX)
    loa_dir = loa / "content" / "articles"
    hugo_dir = hugo / "content" / "articles"
    zola_dir = zola / "content" / "articles"
    loa_dir.mkdir(parents=True)
    hugo_dir.mkdir(parents=True)
    for a in articles:
        for lang in LANGS:
            name = f"{a.slug}.md" if lang == DEFAULT_LANG else f"{a.slug}.{lang}.md"
            # loa: a translation's tags are its original's (it has no per-language tags), so its
            # site is the same for both `tags` modes.
            write(loa_dir / name, loa_page(a, lang))
            write(hugo_dir / name, hugo_page(a, lang, tags))
            write(zola_dir / name, zola_page(a, lang, tags))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, required=True, help="articles per language")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True,
                    help="writes OUT/loa, OUT/hugo and OUT/zola")
    ap.add_argument("--tags", choices=TAG_MODES, default="shared",
                    help="shared: every language uses the original's tags (default); "
                         "per-language: each language has its own tags (Hugo and Zola; loa "
                         "cannot, its translations take the original's tags)")
    args = ap.parse_args(argv)
    if args.articles < 1:
        ap.error("--articles must be at least 1")
    generate(args.articles, args.seed, args.out, args.tags)
    print(f"gen.py: {3 * args.articles} pages ({args.articles} x {len(LANGS)} languages, "
          f"tags {args.tags}) in {args.out}/loa, {args.out}/hugo and {args.out}/zola")
    return 0


if __name__ == "__main__":
    sys.exit(main())

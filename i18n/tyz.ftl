# Tiểng Tày / Tày (tyz)
skip-to-content = Pây thâng nội dung chính
site-tagline = Slon kiến thức, kỹ năng số hẩư tằng pỉ noọng
nav-main = Tàng pây chính
nav-home = Trang chủ
nav-columns = Chuyên mục
nav-tags = Chủ đề
language-switcher = Tiểng
latest-articles = Bài mấu
read-more = Đọc tiếp
published-on = Đăng vằn { $date }
by-authors = Cần tẻm: { $authors }
in-column = Chuyên mục: { $column }
tags-label = Chủ đề
reading-time = { $minutes ->
   *[other] Đọc { $minutes } phút
}
article-count = { $count ->
   *[other] { $count } bài
}
fallback-notice = Bài nẩy nhằng bấu mì bản { $language }. Nội dung tẩư nẩy lẻ bản { $original }.
fallback-original-link = Ngòi bản cốc
stale-notice = Bản cốc cúa bài nẩy đảy sửa lăng khi dịch; bản dịch nẩy khả năng nhằng bấu đủ.
translations-available = Đọc bằng tiểng khác
tag-title = Chủ đề: { $tag }
all-tags = Tằng chủ đề
all-columns = Tằng chuyên mục
pagination = Phân trang
pagination-prev = Trang cốn
pagination-next = Trang lăng
pagination-page = Trang { $page } / { $total }
feed-link = Ngòi tin mấu bằng Atom
not-found-title = Bấu hăn trang nẩy
not-found-body = Trang nẩy bấu mì, hoặc đảy chuyển pây tỉ khác.
back-home = Tẻo mà trang chủ
footer-about = Trang thông tin cúa phong trào "Bình dân học vụ số".
footer-made-with = Trang nẩy hết bằng loa.
toc-title = Nội dung bài
footnotes-title = Chú thích
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Bấu hết đảy trang
dev-build-failed-hint = Sửa tằng lỗi tẩư nẩy lẻ lưu lại: trang nẩy chắc tự tải lại.
# loa translations --format html
translations-report = Tình trạng bản dịch
translations-by-language = Tuổi tiểng
translations-by-page = Tuổi bài
translations-kind = Nội dung
translations-language = Tiểng
translations-coverage = Đảy cập nhật
translations-translated = Đảy dịch
translations-stale = Cạu dá
translations-missing = Nhằng bấu dịch
translations-pages = Số trang
translations-page = Trang

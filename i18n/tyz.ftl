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
nav-search = Tìm
search-title = Tìm bài
search-label = Tẻm từ cần tìm (mì dấu rừ bấu mì dấu cũng đảy)
search-button = Tìm
search-needs-js = Tìm bài cần JavaScript, trình duyệt cúa bạn bấu mì rừ tải bấu đảy. Bạn nhằng tìm đảy bài tẻo chủ đề:
search-ready = Tẻm vài từ, ví dụ: dang ky khai sinh.
search-found = Bài tìm đảy: { $count }
search-none = Bấu hăn bài lăng. Tẻm từ khác.
search-error = Bấu tải đảy dữ liệu tìm bài. Xem lại mạng lẻo tẻm thêm.

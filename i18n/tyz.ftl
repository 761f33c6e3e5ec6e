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
nav-search = Tìm
search-title = Tìm bài
search-label = Tẻm từ cần tìm (mì dấu rừ bấu mì dấu cũng đảy)
search-button = Tìm
search-needs-js = Tìm bài cần JavaScript, trình duyệt cúa bạn bấu mì rừ tải bấu đảy. Bạn nhằng tìm đảy bài tẻo chủ đề:
search-ready = Tẻm vài từ, ví dụ: dang ky khai sinh.
search-found = Bài tìm đảy: { $count }
search-none = Bấu hăn bài lăng. Tẻm từ khác.
search-error = Bấu tải đảy dữ liệu tìm bài. Xem lại mạng lẻo tẻm thêm.

# Lessons and courses
nav-lessons = Bài học
courses-heading = Khóa học
audiences-heading = Bài học tàng đối tượng
audience-title = Bài học hẩư: { $audience }
lesson-count = { $count ->
   *[other] { $count } bài học
}
lesson-duration = { $minutes ->
   *[other] { $minutes } phút
}
lesson-duration-label = Thời gian:
lesson-level-label = Trình độ:
lesson-level-beginner = Cơ bản
lesson-level-intermediate = Trung bình
lesson-level-advanced = Nâng cao
lesson-audience-label = Hẩư:
lesson-number = Bài { $number }
lesson-step = Bước { $number }
lesson-prerequisites = Học bài nẩy cốn
lesson-print-hint = In hướng dẫn nẩy: khi in (Ctrl + P), { $steps } bước tó in thành thẻ mì số trên giấy A4, bấu mì thanh điều hướng.
lesson-nav = Các bài cúa khóa học
lesson-prev = Bài cốn
lesson-next = Bài lăng
lesson-course-all = Tằng bài cúa khóa học
translation-missing = Trang nẩy nhằng bấu mì bản { $language }. Nội dung tẩư nẩy lẻ bản { $original }.
translation-stale = Bản cốc cúa trang nẩy đảy sửa lăng khi dịch; bản dịch nẩy khả năng nhằng bấu đủ.

# Infographics
nav-infographics = Infographic
infographic-data = Bảng số liệu
infographic-label = Chỉ số
infographic-value = Số liệu
infographic-target = Mục tiêu
infographic-goal = Mục tiêu: { $target }
infographic-source = Nguồn: { $source }, { $date }
infographic-source-link = Ngòi nguồn
infographic-download = Tải hình SVG (hẩư báo in, mạng xã hội)
infographic-view-full = Ngòi tằng infographic và bảng số liệu
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, mục tiêu { $target }.
unit-percent = { $value } %
unit-vnd = { $value } đồng
unit-per100 = { $value } / 100 cần
unit-text = { $value } { $unit }

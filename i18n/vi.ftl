# Tiếng Việt (vi)
skip-to-content = Chuyển đến nội dung chính
site-tagline = Phổ cập kiến thức và kỹ năng số cho mọi người dân
nav-main = Điều hướng chính
nav-home = Trang chủ
nav-columns = Chuyên mục
nav-tags = Chủ đề
language-switcher = Ngôn ngữ
latest-articles = Bài viết mới nhất
read-more = Đọc tiếp
published-on = Đăng ngày { $date }
by-authors = Tác giả: { $authors }
in-column = Chuyên mục: { $column }
tags-label = Chủ đề
reading-time = { $minutes ->
   *[other] { $minutes } phút đọc
}
article-count = { $count ->
   *[other] { $count } bài viết
}
fallback-notice = Bài viết này chưa có bản { $language }. Nội dung dưới đây là bản { $original }.
fallback-original-link = Xem bản gốc
stale-notice = Bản gốc của bài này đã được cập nhật sau khi bản dịch được làm; bản dịch có thể chưa đầy đủ.
translations-available = Đọc bằng ngôn ngữ khác
tag-title = Chủ đề: { $tag }
all-tags = Tất cả chủ đề
all-columns = Tất cả chuyên mục
pagination = Phân trang
pagination-prev = Trang trước
pagination-next = Trang sau
pagination-page = Trang { $page } / { $total }
feed-link = Theo dõi bằng Atom
not-found-title = Không tìm thấy trang
not-found-body = Trang bạn tìm không có hoặc đã được chuyển đi.
back-home = Về trang chủ
footer-about = Trang thông tin của phong trào "Bình dân học vụ số".
footer-made-with = Trang được tạo bằng loa.
toc-title = Nội dung bài
footnotes-title = Chú thích
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Không dựng được trang
dev-build-failed-hint = Hãy sửa các lỗi dưới đây rồi lưu lại: trang này sẽ tự tải lại.
# loa translations --format html
translations-report = Tình trạng bản dịch
translations-by-language = Theo ngôn ngữ
translations-by-page = Theo bài
translations-kind = Nội dung
translations-language = Ngôn ngữ
translations-coverage = Đã cập nhật
translations-translated = Đã dịch
translations-stale = Đã cũ
translations-missing = Chưa dịch
translations-pages = Số trang
translations-page = Trang

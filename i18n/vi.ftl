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
dev-scheduled = Hẹn giờ: đăng ngày { $date }
dev-expired = Hết hạn ngày { $date }
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
translations-tags = Thẻ
translations-tag = Thẻ
translations-tag-undeclared = chưa khai báo trong loa.yaml
nav-search = Tìm kiếm
search-title = Tìm kiếm
search-label = Gõ điều bạn cần tìm (có dấu hay không dấu đều được)
search-button = Tìm
search-needs-js = Ô tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt hoặc chưa tải được. Bạn vẫn tìm được bài theo chủ đề:
search-ready = Gõ vài từ, ví dụ: dang ky khai sinh.
search-found = Số bài tìm được: { $count }
search-none = Không tìm thấy bài nào. Hãy thử từ khác.
search-error = Chưa tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.

# Lessons and courses
nav-lessons = Bài học
courses-heading = Khóa học
audiences-heading = Bài học theo đối tượng
audience-title = Bài học dành cho: { $audience }
lesson-count = { $count ->
   *[other] { $count } bài học
}
lesson-duration = { $minutes ->
   *[other] { $minutes } phút
}
lesson-duration-label = Thời lượng:
lesson-level-label = Trình độ:
lesson-level-beginner = Cơ bản
lesson-level-intermediate = Trung bình
lesson-level-advanced = Nâng cao
lesson-audience-label = Dành cho:
lesson-number = Bài { $number }
lesson-step = Bước { $number }
lesson-prerequisites = Nên học trước
lesson-print-hint = In hướng dẫn này: khi in (Ctrl + P), { $steps } bước được in thành các thẻ đánh số trên giấy A4, không có thanh điều hướng.
lesson-nav = Các bài trong khóa học
lesson-prev = Bài trước
lesson-next = Bài tiếp theo
lesson-course-all = Tất cả bài của khóa học
translation-missing = Trang này chưa có bản { $language }. Nội dung dưới đây là bản { $original }.
translation-stale = Bản gốc của trang này đã được cập nhật sau khi bản dịch được làm; bản dịch có thể chưa đầy đủ.

# Infographics
nav-infographics = Infographic
infographic-data = Bảng số liệu
infographic-label = Chỉ số
infographic-value = Số liệu
infographic-target = Mục tiêu
infographic-goal = Mục tiêu: { $target }
infographic-source = Nguồn: { $source }, { $date }
infographic-source-link = Xem nguồn
infographic-download = Tải hình SVG (cho báo in, mạng xã hội)
infographic-view-full = Xem infographic đầy đủ và bảng số liệu
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, mục tiêu { $target }.
unit-percent = { $value } %
unit-vnd = { $value } đồng
unit-per100 = { $value } trên 100 dân
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Mã thủ tục
qr-agency-label = Cơ quan thực hiện
qr-safety = Đây là trang chính thức { $domain }. Trang này và cán bộ xã không bao giờ yêu cầu bạn chuyển tiền hay cung cấp mã OTP, mật khẩu.
qr-illustrative = Mã thủ tục hoặc mức phí trên trang này là ví dụ minh họa, chưa được đối chiếu với Cổng Dịch vụ công quốc gia.
qr-documents = Giấy tờ cần chuẩn bị
qr-checklist-hint = Đánh dấu từng giấy tờ khi đã chuẩn bị xong.
qr-form-original = { $count ->
   *[other] { $count } bản chính
}
qr-form-copy = { $count ->
   *[other] { $count } bản sao
}
qr-form-certified-copy = { $count ->
   *[other] { $count } bản sao có chứng thực
}
qr-form-show-original = Xuất trình bản chính để đối chiếu
qr-fee = Lệ phí
qr-fee-free = Miễn phí
qr-fee-amount = { $amount } đồng
qr-processing-time = Thời gian giải quyết
qr-where = Nơi nộp hồ sơ
qr-hours = Giờ làm việc
qr-phone = Điện thoại
qr-online = Nộp hồ sơ trực tuyến
qr-online-full = Có thể làm toàn bộ trực tuyến, không cần đến trụ sở.
qr-online-partial = Có thể nộp hồ sơ trực tuyến, sau đó đến trụ sở để hoàn tất.
qr-online-button = Nộp trực tuyến tại { $host }
qr-lessons = Hướng dẫn từng bước
qr-details = Chi tiết thủ tục
qr-field = Lĩnh vực
qr-who = Ai được làm thủ tục
qr-steps = Các bước thực hiện
qr-legal-basis = Căn cứ pháp lý
qr-commune-intro = Quét mã QR trên tường hoặc chọn một thủ tục dưới đây để biết cần chuẩn bị những gì.
qr-commune-procedures = { $count ->
   *[other] { $count } thủ tục
}
communes-title = Góc QR các xã, phường

## QR corner: the staff page of posters
posters-title = Áp phích Góc QR
posters-intro = Dành cho cán bộ: in trên giấy A4 khổ dọc, tỉ lệ 100 % ("Kích thước thực"), không chọn "Vừa trang". Mã QR phải rộng ít nhất 4 cm. Mỗi xã có một tệp in cả góc QR theo thứ tự treo trên tường.
posters-languages = Ngôn ngữ trên áp phích:
posters-corner = { $count ->
   *[other] Tải cả góc QR ({ $count } trang A4, PDF)
}
posters-procedure = Thủ tục
posters-short-url = Địa chỉ in trên áp phích
posters-files = Tệp in
posters-pages = Áp phích của bài viết
posters-page = Bài viết

## QR corner: printed posters
poster-code = Mã thủ tục { $code }
poster-scan = Quét mã để biết cần mang giấy tờ gì
poster-scan-page = Quét mã để đọc bài viết
poster-official = Nguồn chính thức: { $domain }
poster-safety = Không chuyển tiền, không đọc mã OTP cho bất kỳ ai. Kiểm tra địa chỉ trang trước khi nhập thông tin.
poster-stamp = Cập nhật { $date } · phiên bản { $version }
poster-version = Phiên bản { $version }
poster-illustrative = VÍ DỤ MINH HỌA
redirect-title = Trang đã chuyển
redirect-link = Trang này đã chuyển. Bấm vào đây để mở trang mới.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = BẢN TIN TRUYỀN THANH CƠ SỞ
bulletin-column = Chuyên mục: { $column }
bulletin-range = Từ ngày { $from } đến ngày { $to }
bulletin-rate = Tốc độ đọc: { $rate } âm tiết/phút
bulletin-duration = { $minutes } phút { $seconds } giây
bulletin-duration-seconds = { $seconds } giây
bulletin-item-time = Thời lượng đọc: { $time }
bulletin-total = Tổng thời lượng: { $time } ({ $count } tin)
bulletin-untranslated = Chưa có bản { $language }: đọc bản { $read }
bulletin-end = Hết bản tin. Cảm ơn bà con đã lắng nghe.
bulletin-page = Trang { $page }/{ $pages }
expired-title = Trang này không còn hiệu lực
expired-body = Trang này đã được gỡ xuống ngày { $date } vì nội dung không còn hiệu lực.
## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } phút
media-duration-seconds = { $seconds } giây
media-download = Tải về ({ $format }, { $size })
media-fallback-notice = Bản ghi này chưa có bằng { $language }; đây là bản { $original }.
media-transcript = Lời thoại
media-chapters = Các phần

## loa translations: segments without a recording or transcript of their own
translations-segments = Chương trình phát thanh, truyền hình chưa có bản ghi hoặc lời thoại riêng
translations-no-recording = Chưa có bản ghi riêng
translations-no-transcript = Chưa có lời thoại riêng

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (âm thanh)
podcast-feed-video = Podcast (video)

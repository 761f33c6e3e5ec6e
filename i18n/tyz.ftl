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
dev-scheduled = Hẹn giờ: đăng vằn { $date }
dev-expired = Hết hạn vằn { $date }
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
translations-tags = Thẻ
translations-tag = Thẻ
translations-tag-undeclared = nhằng bấu khai báo tẳng loa.yaml
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

## QR corner: landing pages
qr-code-label = Mã thủ tục
qr-agency-label = Cơ quan hết
qr-safety = Nẩy lẻ trang chính thức { $domain }. Trang nẩy dú cán bộ xã bấu khảm pỉ noọng chuyển chèn, bấu khảm mã OTP, mật khẩu.
qr-illustrative = Mã thủ tục hoặc lệ phí dú trang nẩy lẻ ví dụ, nhằng bấu đảy đối chiếu dú Cổng Dịch vụ công quốc gia.
qr-documents = Giấy tờ tọ chuẩn bị
qr-checklist-hint = Đánh dấu lỏ giấy tờ mỏ chuẩn bị đảy.
qr-form-original = { $count ->
   *[other] { $count } bản chính
}
qr-form-copy = { $count ->
   *[other] { $count } bản sao
}
qr-form-certified-copy = { $count ->
   *[other] { $count } bản sao chứng thực
}
qr-form-show-original = Au bản chính mà hẩư ngòi đối chiếu
qr-fee = Lệ phí
qr-fee-free = Bấu tọ tỏi chèn
qr-fee-amount = { $amount } đồng
qr-processing-time = Thời gian giải quyết
qr-where = Tỉ nộp hồ sơ
qr-hours = Giờ hết việc
qr-phone = Điện thoại
qr-online = Nộp hồ sơ trực tuyến
qr-online-full = Đảy hết tằng thủ tục trực tuyến, bấu tọ pây trụ sở.
qr-online-partial = Đảy nộp hồ sơ trực tuyến, lăng đó pây trụ sở hết hẩư slẳng.
qr-online-button = Nộp trực tuyến dú { $host }
qr-lessons = Hướng dẫn lỏ bước
qr-details = Chi tiết thủ tục
qr-field = Lĩnh vực
qr-who = Cần lăng đảy hết thủ tục
qr-steps = Các bước hết
qr-legal-basis = Căn cứ pháp lý
qr-commune-intro = Quét mã QR dú tường, hoặc lựa thủ tục tẩư nẩy, hẩư rụ tọ chuẩn bị lăng.
qr-commune-procedures = { $count ->
   *[other] { $count } thủ tục
}
communes-title = Góc QR các xã, phường

## QR corner: the staff page of posters
posters-title = Áp phích Góc QR
posters-intro = Hẩư cán bộ: in dú giấy A4 khổ dọc, tỉ lệ 100 % ("Kích thước thực"), bấu lựa "Vừa trang". Mã QR tọ rộng ít nhất 4 cm. Lỏ xã mì slíp tệp in tằng góc QR theo thứ tự treo dú tường.
posters-languages = Tiểng dú áp phích:
posters-corner = { $count ->
   *[other] Tải tằng góc QR ({ $count } trang A4, PDF)
}
posters-procedure = Thủ tục
posters-short-url = Địa chỉ in dú áp phích
posters-files = Tệp in
posters-pages = Áp phích cúa bài
posters-page = Bài

## QR corner: printed posters
poster-code = Mã thủ tục { $code }
poster-scan = Quét mã hẩư rụ tọ au giấy tờ lăng
poster-scan-page = Quét mã hẩư đọc bài
poster-official = Nguồn chính thức: { $domain }
poster-safety = Bấu chuyển chèn, bấu bảo mã OTP hẩư cần lăng. Ngòi địa chỉ trang cốn khi điền thông tin.
poster-stamp = Cập nhật { $date } · phiên bản { $version }
poster-version = Phiên bản { $version }
poster-illustrative = VÍ DỤ
redirect-title = Trang nẩy đảy chuyển
redirect-link = Trang nẩy đảy chuyển pây tỉ khác. Mở trang mấu.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = BẢN TIN TRUYỀN THANH CƠ SỞ
bulletin-column = Chuyên mục: { $column }
bulletin-range = Từ vằn { $from } thâng vằn { $to }
bulletin-rate = Tốc độ đọc: { $rate } âm tiết/phút
bulletin-duration = { $minutes } phút { $seconds } giây
bulletin-duration-seconds = { $seconds } giây
bulletin-item-time = Thời lượng đọc: { $time }
bulletin-total = Tổng thời lượng: { $time } ({ $count } tin)
bulletin-untranslated = Bấu mì bản { $language }: đọc bản { $read }
bulletin-end = Hết bản tin.
bulletin-page = Trang { $page }/{ $pages }
expired-title = Trang nẩy bấu còn hiệu lực
expired-body = Trang nẩy đảy gỡ pây vằn { $date } pền nội dung bấu còn hiệu lực.
## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } phút
media-duration-seconds = { $seconds } giây
media-download = Au pây ({ $format }, { $size })
media-fallback-notice = Bản ghi nẩy bấu mì { $language }; nẩy lẻ bản { $original }.
media-transcript = Lời phuối
media-chapters = Tằng phần

## loa translations: segments without a recording or transcript of their own
translations-segments = Chương trình phát thanh, truyền hình bấu mì bản ghi hoặc lời phuối
translations-no-recording = Bấu mì bản ghi
translations-no-transcript = Bấu mì lời phuối

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (tiếng)
podcast-feed-video = Podcast (video)

# ไทย (th)
skip-to-content = ข้ามไปยังเนื้อหาหลัก
site-tagline = ความรู้และทักษะดิจิทัลสำหรับประชาชนทุกคน
nav-main = เมนูหลัก
nav-home = หน้าแรก
nav-columns = คอลัมน์
nav-tags = หัวข้อ
language-switcher = ภาษา
latest-articles = บทความล่าสุด
read-more = อ่านต่อ
published-on = เผยแพร่เมื่อ { $date }
by-authors = โดย { $authors }
in-column = คอลัมน์: { $column }
tags-label = หัวข้อ
reading-time = { $minutes ->
   *[other] อ่าน { $minutes } นาที
}
article-count = { $count ->
   *[other] { $count } บทความ
}
fallback-notice = บทความนี้ยังไม่มีฉบับภาษา{ $language } ข้อความด้านล่างเป็นฉบับภาษา{ $original }
fallback-original-link = ดูต้นฉบับ
stale-notice = ต้นฉบับของบทความนี้มีการแก้ไขหลังจากแปลแล้ว คำแปลอาจยังไม่ครบถ้วน
translations-available = อ่านเป็นภาษาอื่น
tag-title = หัวข้อ: { $tag }
all-tags = หัวข้อทั้งหมด
all-columns = คอลัมน์ทั้งหมด
pagination = การแบ่งหน้า
pagination-prev = หน้าก่อนหน้า
pagination-next = หน้าถัดไป
pagination-page = หน้า { $page } จาก { $total }
feed-link = ติดตามผ่าน Atom
not-found-title = ไม่พบหน้านี้
not-found-body = หน้าที่คุณกำลังหาไม่มีอยู่หรือถูกย้ายไปแล้ว
back-home = กลับไปหน้าแรก
footer-about = เว็บไซต์ข้อมูลของขบวนการ "การศึกษาดิจิทัลเพื่อทุกคน"
footer-made-with = เว็บไซต์นี้สร้างด้วย loa
toc-title = ในบทความนี้
footnotes-title = หมายเหตุ
# loa serve: the box shown over the page while the site does not build
dev-build-failed = สร้างเว็บไซต์ไม่สำเร็จ
dev-build-failed-hint = แก้ปัญหาด้านล่างแล้วบันทึก หน้านี้จะโหลดใหม่เอง
dev-scheduled = ตั้งเวลาไว้: เผยแพร่ { $date }
dev-expired = หมดอายุเมื่อ { $date }
# loa translations --format html
translations-report = สถานะการแปล
translations-by-language = ตามภาษา
translations-by-page = ตามหน้า
translations-kind = เนื้อหา
translations-language = ภาษา
translations-coverage = เป็นปัจจุบัน
translations-translated = แปลแล้ว
translations-stale = ล้าสมัย
translations-missing = ยังไม่แปล
translations-pages = จำนวนหน้า
translations-page = หน้า
nav-search = ค้นหา
search-title = ค้นหา
search-label = คุณกำลังหาอะไร (ภาษาเวียดนาม มีหรือไม่มีวรรณยุกต์ก็ได้)
search-button = ค้นหา
search-needs-js = การค้นหาต้องใช้ JavaScript ซึ่งเบราว์เซอร์ของคุณปิดไว้หรือยังโหลดไม่ได้ คุณยังหาบทความตามหัวข้อได้:
search-ready = พิมพ์คำสักสองสามคำ เช่น dang ky khai sinh
search-found = ผลการค้นหา: { $count }
search-none = ไม่พบผลลัพธ์ ลองใช้คำอื่น
search-error = โหลดข้อมูลการค้นหาไม่ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง

# Lessons and courses
nav-lessons = บทเรียน
courses-heading = หลักสูตร
audiences-heading = บทเรียนตามกลุ่มผู้เรียน
audience-title = บทเรียนสำหรับ: { $audience }
lesson-count = { $count ->
   *[other] { $count } บทเรียน
}
lesson-duration = { $minutes ->
   *[other] { $minutes } นาที
}
lesson-duration-label = ระยะเวลา:
lesson-level-label = ระดับ:
lesson-level-beginner = พื้นฐาน
lesson-level-intermediate = ปานกลาง
lesson-level-advanced = ขั้นสูง
lesson-audience-label = สำหรับ:
lesson-number = บทที่ { $number }
lesson-step = ขั้นที่ { $number }
lesson-prerequisites = ควรเรียนก่อน
lesson-print-hint = พิมพ์คู่มือนี้: เมื่อสั่งพิมพ์ (Ctrl + P) ทั้ง { $steps } ขั้นตอนจะออกมาเป็นบัตรมีหมายเลขบนกระดาษ A4 โดยไม่มีเมนู
lesson-nav = บทเรียนในหลักสูตรนี้
lesson-prev = บทก่อนหน้า
lesson-next = บทถัดไป
lesson-course-all = บทเรียนทั้งหมดของหลักสูตร
translation-missing = หน้านี้ยังไม่มีฉบับภาษา{ $language } ข้อความด้านล่างเป็นฉบับภาษา{ $original }
translation-stale = ต้นฉบับของหน้านี้มีการแก้ไขหลังจากแปลแล้ว คำแปลอาจยังไม่ครบถ้วน

# Infographics
nav-infographics = อินโฟกราฟิก
infographic-data = ตารางข้อมูล
infographic-label = ตัวชี้วัด
infographic-value = ตัวเลข
infographic-target = เป้าหมาย
infographic-goal = เป้าหมาย: { $target }
infographic-source = ที่มา: { $source }, { $date }
infographic-source-link = ดูที่มา
infographic-download = ดาวน์โหลดภาพ SVG (สำหรับสื่อสิ่งพิมพ์และโซเชียลมีเดีย)
infographic-view-full = ดูอินโฟกราฟิกฉบับเต็มและข้อมูล
infographic-desc-figure = { $label }: { $value }
infographic-desc-progress = { $label }: { $value } จากเป้าหมาย { $target }
unit-percent = { $value }%
unit-vnd = { $value } ดอง
unit-per100 = { $value } ต่อประชากร 100 คน
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = รหัสขั้นตอน
qr-agency-label = หน่วยงานที่รับผิดชอบ
qr-safety = นี่คือเว็บไซต์ทางการ { $domain } หน้านี้และเจ้าหน้าที่ตำบลจะไม่ขอให้คุณโอนเงิน หรือบอกรหัสผ่านครั้งเดียว (OTP) หรือรหัสผ่านเด็ดขาด
qr-illustrative = รหัสขั้นตอนหรือค่าธรรมเนียมในหน้านี้เป็นเพียงตัวอย่าง ยังไม่ได้ตรวจสอบกับพอร์ทัลบริการสาธารณะแห่งชาติ
qr-documents = เอกสารที่ต้องเตรียม
qr-checklist-hint = ทำเครื่องหมายที่เอกสารแต่ละรายการเมื่อเตรียมเสร็จ
qr-form-original = { $count ->
   *[other] ต้นฉบับ { $count } ฉบับ
}
qr-form-copy = { $count ->
   *[other] สำเนา { $count } ฉบับ
}
qr-form-certified-copy = { $count ->
   *[other] สำเนารับรอง { $count } ฉบับ
}
qr-form-show-original = แสดงต้นฉบับเพื่อตรวจสอบ
qr-fee = ค่าธรรมเนียม
qr-fee-free = ไม่เสียค่าใช้จ่าย
qr-fee-amount = { $amount } ดอง
qr-processing-time = ระยะเวลาดำเนินการ
qr-where = สถานที่ยื่นเรื่อง
qr-hours = เวลาทำการ
qr-phone = โทรศัพท์
qr-online = ยื่นเรื่องออนไลน์
qr-online-full = ทำได้ทั้งหมดทางออนไลน์ โดยไม่ต้องไปที่สำนักงาน
qr-online-partial = ยื่นเรื่องทางออนไลน์ได้ แล้วไปที่สำนักงานเพื่อดำเนินการให้เสร็จ
qr-online-button = ยื่นเรื่องออนไลน์ที่ { $host }
qr-lessons = คู่มือทีละขั้นตอน
qr-details = รายละเอียดขั้นตอน
qr-field = ด้าน
qr-who = ผู้ที่ยื่นเรื่องได้
qr-steps = ขั้นตอน
qr-legal-basis = ฐานทางกฎหมาย
qr-commune-intro = สแกนคิวอาร์โค้ดบนผนัง หรือเลือกขั้นตอนด้านล่าง เพื่อดูว่าต้องเตรียมอะไร
qr-commune-procedures = { $count ->
   *[other] { $count } ขั้นตอน
}
communes-title = มุมคิวอาร์ของตำบล

## QR corner: the staff page of posters
posters-title = โปสเตอร์มุมคิวอาร์
posters-intro = สำหรับเจ้าหน้าที่: พิมพ์บนกระดาษ A4 แนวตั้งที่ขนาด 100% ("ขนาดจริง") ไม่ใช่ "พอดีหน้า" คิวอาร์โค้ดแต่ละอันต้องกว้างอย่างน้อย 4 ซม. แต่ละตำบลมีไฟล์เดียวที่รวมมุมคิวอาร์ทั้งหมดตามลำดับที่ติดบนผนัง
posters-languages = ภาษาบนโปสเตอร์:
posters-corner = { $count ->
   *[other] ดาวน์โหลดมุมคิวอาร์ทั้งหมด ({ $count } หน้า A4, PDF)
}
posters-procedure = ขั้นตอน
posters-short-url = ที่อยู่ที่พิมพ์บนโปสเตอร์
posters-files = ไฟล์สำหรับพิมพ์
posters-pages = โปสเตอร์ของบทความ
posters-page = บทความ

## QR corner: printed posters
poster-code = รหัสขั้นตอน { $code }
poster-scan = สแกนเพื่อดูว่าต้องนำอะไรมา
poster-scan-page = สแกนเพื่ออ่านบทความ
poster-official = แหล่งข้อมูลทางการ: { $domain }
poster-safety = อย่าโอนเงินหรือบอกรหัส OTP ให้ใคร ตรวจสอบที่อยู่เว็บไซต์ก่อนกรอกข้อมูล
poster-stamp = ปรับปรุง { $date } · ฉบับ { $version }
poster-version = ฉบับ { $version }
poster-illustrative = ตัวอย่างประกอบ
redirect-title = หน้านี้ย้ายแล้ว
redirect-link = หน้านี้ย้ายแล้ว เปิดหน้าใหม่
expired-title = หน้านี้ไม่เป็นปัจจุบันแล้ว
expired-body = หน้านี้ถูกนำออกเมื่อ { $date } เพราะเนื้อหาไม่เป็นปัจจุบันแล้ว

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = บทประกาศเสียงตามสายประจำตำบล
bulletin-column = คอลัมน์: { $column }
bulletin-range = ตั้งแต่ { $from } ถึง { $to }
bulletin-rate = ความเร็วในการอ่าน: { $rate } พยางค์ต่อนาที
bulletin-duration = { $minutes } นาที { $seconds } วินาที
bulletin-duration-seconds = { $seconds } วินาที
bulletin-item-time = เวลาอ่าน: { $time }
bulletin-total = รวม: { $time } ({ $count } เรื่อง)
bulletin-untranslated = ยังไม่มีฉบับภาษา{ $language }: อ่านฉบับภาษา{ $read }
bulletin-end = จบการประกาศ ขอบคุณที่รับฟัง
bulletin-page = หน้า { $page } จาก { $pages }

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } นาที
media-duration-seconds = { $seconds } วินาที
media-download = ดาวน์โหลด ({ $format }, { $size })
media-fallback-notice = การบันทึกเสียงนี้ยังไม่มีเป็นภาษา{ $language } นี่คือการบันทึกภาษา{ $original }
media-transcript = บทถอดความ
media-chapters = บท

## loa translations: tags
translations-tags = แท็ก
translations-tag = แท็ก
translations-tag-undeclared = ไม่ได้ประกาศไว้ใน loa.yaml

## loa translations: segments without a recording or transcript of their own
translations-segments = รายการวิทยุและโทรทัศน์ที่ยังไม่มีเสียงบันทึกหรือบทถอดความของตนเอง
translations-no-recording = ยังไม่มีเสียงบันทึกของตนเอง
translations-no-transcript = ยังไม่มีบทถอดความของตนเอง

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = พอดแคสต์ (เสียง)
podcast-feed-video = พอดแคสต์ (วิดีโอ)

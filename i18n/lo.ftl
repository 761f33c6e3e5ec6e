# ລາວ (lo)
skip-to-content = ຂ້າມໄປຫາເນື້ອຫາຫຼັກ
site-tagline = ຄວາມຮູ້ ແລະ ທັກສະດິຈິຕອນ ສຳລັບປະຊາຊົນທຸກຄົນ
nav-main = ເມນູຫຼັກ
nav-home = ໜ້າຫຼັກ
nav-columns = ຖັນ
nav-tags = ຫົວຂໍ້
language-switcher = ພາສາ
latest-articles = ບົດຄວາມລ່າສຸດ
read-more = ອ່ານຕໍ່
published-on = ເຜີຍແຜ່ວັນທີ { $date }
by-authors = ໂດຍ { $authors }
in-column = ຖັນ: { $column }
tags-label = ຫົວຂໍ້
reading-time = { $minutes ->
   *[other] ອ່ານ { $minutes } ນາທີ
}
article-count = { $count ->
   *[other] { $count } ບົດຄວາມ
}
fallback-notice = ບົດຄວາມນີ້ຍັງບໍ່ມີສະບັບພາສາ{ $language }. ຂໍ້ຄວາມລຸ່ມນີ້ແມ່ນສະບັບພາສາ{ $original }.
fallback-original-link = ເບິ່ງຕົ້ນສະບັບ
stale-notice = ຕົ້ນສະບັບຂອງບົດຄວາມນີ້ໄດ້ຖືກແກ້ໄຂຫຼັງຈາກແປແລ້ວ; ຄຳແປອາດຍັງບໍ່ຄົບຖ້ວນ.
translations-available = ອ່ານເປັນພາສາອື່ນ
tag-title = ຫົວຂໍ້: { $tag }
all-tags = ຫົວຂໍ້ທັງໝົດ
all-columns = ຖັນທັງໝົດ
pagination = ການແບ່ງໜ້າ
pagination-prev = ໜ້າກ່ອນ
pagination-next = ໜ້າຕໍ່ໄປ
pagination-page = ໜ້າ { $page } ຈາກ { $total }
feed-link = ຕິດຕາມຜ່ານ Atom
not-found-title = ບໍ່ພົບໜ້ານີ້
not-found-body = ໜ້າທີ່ທ່ານຊອກຫາບໍ່ມີ ຫຼື ໄດ້ຖືກຍ້າຍໄປແລ້ວ.
back-home = ກັບໄປໜ້າຫຼັກ
footer-about = ເວັບໄຊຂໍ້ມູນຂອງຂະບວນການ "ການສຶກສາດິຈິຕອນສຳລັບທຸກຄົນ".
footer-made-with = ເວັບໄຊນີ້ສ້າງດ້ວຍ loa.
toc-title = ໃນບົດຄວາມນີ້
footnotes-title = ໝາຍເຫດ
# loa serve: the box shown over the page while the site does not build
dev-build-failed = ສ້າງເວັບໄຊບໍ່ສຳເລັດ
dev-build-failed-hint = ແກ້ໄຂບັນຫາລຸ່ມນີ້ແລ້ວບັນທຶກ: ໜ້ານີ້ຈະໂຫຼດຄືນເອງ.
dev-scheduled = ຕັ້ງເວລາໄວ້: ເຜີຍແຜ່ { $date }
dev-expired = ໝົດອາຍຸວັນທີ { $date }
# loa translations --format html
translations-report = ສະຖານະການແປ
translations-by-language = ຕາມພາສາ
translations-by-page = ຕາມໜ້າ
translations-kind = ເນື້ອຫາ
translations-language = ພາສາ
translations-coverage = ທັນສະໄໝ
translations-translated = ແປແລ້ວ
translations-stale = ລ້າສະໄໝ
translations-missing = ຍັງບໍ່ແປ
translations-pages = ຈຳນວນໜ້າ
translations-page = ໜ້າ
nav-search = ຊອກຫາ
search-title = ຊອກຫາ
search-label = ທ່ານຊອກຫາຫຍັງ? (ພາສາຫວຽດ, ມີ ຫຼື ບໍ່ມີວັນນະຍຸດກໍໄດ້)
search-button = ຊອກຫາ
search-needs-js = ການຊອກຫາຕ້ອງໃຊ້ JavaScript ເຊິ່ງບຣາວເຊີຂອງທ່ານປິດໄວ້ ຫຼື ຍັງໂຫຼດບໍ່ໄດ້. ທ່ານຍັງຊອກບົດຄວາມຕາມຫົວຂໍ້ໄດ້:
search-ready = ພິມສອງສາມຄຳ, ຕົວຢ່າງ: dang ky khai sinh.
search-found = ຜົນການຊອກຫາ: { $count }
search-none = ບໍ່ພົບຫຍັງ. ລອງໃຊ້ຄຳອື່ນ.
search-error = ໂຫຼດຂໍ້ມູນການຊອກຫາບໍ່ໄດ້. ກວດເບິ່ງການເຊື່ອມຕໍ່ແລ້ວລອງໃໝ່.

# Lessons and courses
nav-lessons = ບົດຮຽນ
courses-heading = ຫຼັກສູດ
audiences-heading = ບົດຮຽນຕາມກຸ່ມຜູ້ຮຽນ
audience-title = ບົດຮຽນສຳລັບ: { $audience }
lesson-count = { $count ->
   *[other] { $count } ບົດຮຽນ
}
lesson-duration = { $minutes ->
   *[other] { $minutes } ນາທີ
}
lesson-duration-label = ໄລຍະເວລາ:
lesson-level-label = ລະດັບ:
lesson-level-beginner = ພື້ນຖານ
lesson-level-intermediate = ປານກາງ
lesson-level-advanced = ຂັ້ນສູງ
lesson-audience-label = ສຳລັບ:
lesson-number = ບົດທີ { $number }
lesson-step = ຂັ້ນຕອນທີ { $number }
lesson-prerequisites = ຄວນຮຽນກ່ອນ
lesson-print-hint = ພິມຄູ່ມືນີ້: ເມື່ອພິມ (Ctrl + P), { $steps } ຂັ້ນຕອນຈະອອກມາເປັນບັດມີໝາຍເລກເທິງເຈ້ຍ A4, ບໍ່ມີເມນູ.
lesson-nav = ບົດຮຽນໃນຫຼັກສູດນີ້
lesson-prev = ບົດກ່ອນ
lesson-next = ບົດຕໍ່ໄປ
lesson-course-all = ບົດຮຽນທັງໝົດຂອງຫຼັກສູດ
translation-missing = ໜ້ານີ້ຍັງບໍ່ມີສະບັບພາສາ{ $language }. ຂໍ້ຄວາມລຸ່ມນີ້ແມ່ນສະບັບພາສາ{ $original }.
translation-stale = ຕົ້ນສະບັບຂອງໜ້ານີ້ໄດ້ຖືກແກ້ໄຂຫຼັງຈາກແປແລ້ວ; ຄຳແປອາດຍັງບໍ່ຄົບຖ້ວນ.

# Infographics
nav-infographics = ອິນໂຟກຣາຟິກ
infographic-data = ຕາຕະລາງຂໍ້ມູນ
infographic-label = ຕົວຊີ້ວັດ
infographic-value = ຕົວເລກ
infographic-target = ເປົ້າໝາຍ
infographic-goal = ເປົ້າໝາຍ: { $target }
infographic-source = ແຫຼ່ງທີ່ມາ: { $source }, { $date }
infographic-source-link = ເບິ່ງແຫຼ່ງທີ່ມາ
infographic-download = ດາວໂຫຼດຮູບ SVG (ສຳລັບສື່ສິ່ງພິມ ແລະ ສື່ສັງຄົມ)
infographic-view-full = ເບິ່ງອິນໂຟກຣາຟິກເຕັມ ແລະ ຂໍ້ມູນ
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, ເປົ້າໝາຍ { $target }.
unit-percent = { $value }%
unit-vnd = { $value } ດົ່ງ
unit-per100 = { $value } ຕໍ່ປະຊາກອນ 100 ຄົນ
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = ລະຫັດຂັ້ນຕອນ
qr-agency-label = ອົງການຮັບຜິດຊອບ
qr-safety = ນີ້ແມ່ນເວັບໄຊທາງການ { $domain }. ໜ້ານີ້ ແລະ ພະນັກງານຕາແສງຈະບໍ່ຂໍໃຫ້ທ່ານໂອນເງິນ ຫຼື ບອກລະຫັດໃຊ້ຄັ້ງດຽວ (OTP) ຫຼື ລະຫັດຜ່ານເດັດຂາດ.
qr-illustrative = ລະຫັດຂັ້ນຕອນ ຫຼື ຄ່າທຳນຽມໃນໜ້ານີ້ເປັນພຽງຕົວຢ່າງ, ຍັງບໍ່ໄດ້ກວດກັບປະຕູບໍລິການສາທາລະນະແຫ່ງຊາດ.
qr-documents = ເອກະສານທີ່ຕ້ອງກຽມ
qr-checklist-hint = ໝາຍເອົາແຕ່ລະເອກະສານເມື່ອກຽມແລ້ວ.
qr-form-original = { $count ->
   *[other] ຕົ້ນສະບັບ { $count } ສະບັບ
}
qr-form-copy = { $count ->
   *[other] ສຳເນົາ { $count } ສະບັບ
}
qr-form-certified-copy = { $count ->
   *[other] ສຳເນົາຢັ້ງຢືນ { $count } ສະບັບ
}
qr-form-show-original = ສະແດງຕົ້ນສະບັບເພື່ອກວດ
qr-fee = ຄ່າທຳນຽມ
qr-fee-free = ບໍ່ເສຍຄ່າ
qr-fee-amount = { $amount } ດົ່ງ
qr-processing-time = ໄລຍະເວລາດຳເນີນການ
qr-where = ບ່ອນຍື່ນເອກະສານ
qr-hours = ເວລາເຮັດວຽກ
qr-phone = ໂທລະສັບ
qr-online = ຍື່ນທາງອອນລາຍ
qr-online-full = ເຮັດໄດ້ທັງໝົດທາງອອນລາຍ, ບໍ່ຕ້ອງໄປຫ້ອງການ.
qr-online-partial = ຍື່ນເອກະສານທາງອອນລາຍໄດ້, ແລ້ວໄປຫ້ອງການເພື່ອເຮັດໃຫ້ສຳເລັດ.
qr-online-button = ຍື່ນທາງອອນລາຍທີ່ { $host }
qr-lessons = ຄູ່ມືເທື່ອລະຂັ້ນ
qr-details = ລາຍລະອຽດຂັ້ນຕອນ
qr-field = ຂົງເຂດ
qr-who = ຜູ້ທີ່ຍື່ນໄດ້
qr-steps = ຂັ້ນຕອນ
qr-legal-basis = ພື້ນຖານທາງກົດໝາຍ
qr-commune-intro = ສະແກນລະຫັດ QR ເທິງຝາ, ຫຼື ເລືອກຂັ້ນຕອນລຸ່ມນີ້, ເພື່ອຮູ້ວ່າຕ້ອງກຽມຫຍັງ.
qr-commune-procedures = { $count ->
   *[other] { $count } ຂັ້ນຕອນ
}
communes-title = ມຸມ QR ຂອງຕາແສງ

## QR corner: the staff page of posters
posters-title = ໂປສເຕີມຸມ QR
posters-intro = ສຳລັບພະນັກງານ: ພິມໃສ່ເຈ້ຍ A4 ແນວຕັ້ງ ຂະໜາດ 100% ("ຂະໜາດຈິງ"), ບໍ່ແມ່ນ "ພໍດີໜ້າ". ລະຫັດ QR ແຕ່ລະອັນຕ້ອງກວ້າງຢ່າງໜ້ອຍ 4 ຊມ. ແຕ່ລະຕາແສງມີໄຟລ໌ດຽວທີ່ລວມມຸມ QR ທັງໝົດ ຕາມລຳດັບທີ່ຕິດເທິງຝາ.
posters-languages = ພາສາເທິງໂປສເຕີ:
posters-corner = { $count ->
   *[other] ດາວໂຫຼດມຸມ QR ທັງໝົດ ({ $count } ໜ້າ A4, PDF)
}
posters-procedure = ຂັ້ນຕອນ
posters-short-url = ທີ່ຢູ່ທີ່ພິມເທິງໂປສເຕີ
posters-files = ໄຟລ໌ສຳລັບພິມ
posters-pages = ໂປສເຕີຂອງບົດຄວາມ
posters-page = ບົດຄວາມ

## QR corner: printed posters
poster-code = ລະຫັດຂັ້ນຕອນ { $code }
poster-scan = ສະແກນເພື່ອຮູ້ວ່າຕ້ອງເອົາຫຍັງມາ
poster-scan-page = ສະແກນເພື່ອອ່ານບົດຄວາມ
poster-official = ແຫຼ່ງທາງການ: { $domain }
poster-safety = ຢ່າໂອນເງິນ ຫຼື ບອກລະຫັດ OTP ໃຫ້ໃຜ. ກວດທີ່ຢູ່ເວັບໄຊກ່ອນປ້ອນຂໍ້ມູນ.
poster-stamp = ປັບປຸງ { $date } · ສະບັບ { $version }
poster-version = ສະບັບ { $version }
poster-illustrative = ຕົວຢ່າງປະກອບ
redirect-title = ໜ້ານີ້ຍ້າຍແລ້ວ
redirect-link = ໜ້ານີ້ຍ້າຍແລ້ວ. ເປີດໜ້າໃໝ່.
expired-title = ໜ້ານີ້ບໍ່ເປັນປັດຈຸບັນແລ້ວ
expired-body = ໜ້ານີ້ຖືກຖອນອອກວັນທີ { $date } ເພາະເນື້ອຫາບໍ່ເປັນປັດຈຸບັນແລ້ວ.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = ບົດກະຈາຍສຽງຕາມສາຍຂອງຕາແສງ
bulletin-column = ຄໍລຳ: { $column }
bulletin-range = ແຕ່ { $from } ເຖິງ { $to }
bulletin-rate = ຄວາມໄວໃນການອ່ານ: { $rate } ພະຍາງຕໍ່ນາທີ
bulletin-duration = { $minutes } ນາທີ { $seconds } ວິນາທີ
bulletin-duration-seconds = { $seconds } ວິນາທີ
bulletin-item-time = ເວລາອ່ານ: { $time }
bulletin-total = ລວມ: { $time } ({ $count } ເລື່ອງ)
bulletin-untranslated = ຍັງບໍ່ມີສະບັບພາສາ{ $language }: ອ່ານສະບັບພາສາ{ $read }
bulletin-end = ຈົບການກະຈາຍສຽງ. ຂອບໃຈທີ່ຮັບຟັງ.
bulletin-page = ໜ້າ { $page } ຈາກ { $pages }

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } ນາທີ
media-duration-seconds = { $seconds } ວິນາທີ
media-download = ດາວໂຫຼດ ({ $format }, { $size })
media-fallback-notice = ການບັນທຶກນີ້ຍັງບໍ່ມີເປັນພາສາ{ $language }; ນີ້ແມ່ນການບັນທຶກພາສາ{ $original }.
media-transcript = ບົດຖອດຄວາມ
media-chapters = ບົດ

## loa translations: tags
translations-tags = ແທັກ
translations-tag = ແທັກ
translations-tag-undeclared = ບໍ່ໄດ້ປະກາດໄວ້ໃນ loa.yaml

## loa translations: segments without a recording or transcript of their own
translations-segments = ລາຍການວິທະຍຸ ແລະ ໂທລະທັດ ທີ່ຍັງບໍ່ມີສຽງບັນທຶກ ຫຼື ບົດຖອດຄວາມຂອງຕົນເອງ
translations-no-recording = ຍັງບໍ່ມີສຽງບັນທຶກຂອງຕົນເອງ
translations-no-transcript = ຍັງບໍ່ມີບົດຖອດຄວາມຂອງຕົນເອງ

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = ພອດແຄສ (ສຽງ)
podcast-feed-video = ພອດແຄສ (ວິດີໂອ)

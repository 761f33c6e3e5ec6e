# Bahasa Indonesia (id)
skip-to-content = Langsung ke konten utama
site-tagline = Pengetahuan dan keterampilan digital untuk setiap warga
nav-main = Navigasi utama
nav-home = Beranda
nav-columns = Rubrik
nav-tags = Topik
language-switcher = Bahasa
latest-articles = Artikel terbaru
read-more = Baca selengkapnya
published-on = Diterbitkan { $date }
by-authors = Oleh { $authors }
in-column = Rubrik: { $column }
tags-label = Topik
reading-time = { $minutes ->
   *[other] { $minutes } menit membaca
}
article-count = { $count ->
   *[other] { $count } artikel
}
fallback-notice = Artikel ini belum tersedia dalam { $language }. Teks di bawah ini adalah versi { $original }.
fallback-original-link = Lihat versi asli
stale-notice = Versi asli artikel ini diperbarui setelah diterjemahkan; terjemahannya mungkin belum lengkap.
translations-available = Baca dalam bahasa lain
tag-title = Topik: { $tag }
all-tags = Semua topik
all-columns = Semua rubrik
pagination = Halaman
pagination-prev = Halaman sebelumnya
pagination-next = Halaman berikutnya
pagination-page = Halaman { $page } dari { $total }
feed-link = Ikuti lewat Atom
not-found-title = Halaman tidak ditemukan
not-found-body = Halaman yang Anda cari tidak ada atau sudah dipindahkan.
back-home = Kembali ke beranda
footer-about = Situs informasi gerakan "Pendidikan Digital untuk Semua".
footer-made-with = Situs ini dibuat dengan loa.
toc-title = Dalam artikel ini
footnotes-title = Catatan
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Situs tidak dapat dibuat
dev-build-failed-hint = Perbaiki masalah di bawah ini lalu simpan: halaman ini akan memuat ulang dengan sendirinya.
dev-scheduled = Terjadwal: terbit { $date }
dev-expired = Kedaluwarsa sejak { $date }
# loa translations --format html
translations-report = Status terjemahan
translations-by-language = Menurut bahasa
translations-by-page = Menurut halaman
translations-kind = Konten
translations-language = Bahasa
translations-coverage = Mutakhir
translations-translated = Diterjemahkan
translations-stale = Usang
translations-missing = Belum ada
translations-pages = Halaman
translations-page = Halaman
nav-search = Cari
search-title = Cari
search-label = Apa yang Anda cari? (dalam bahasa Vietnam, dengan atau tanpa tanda aksen)
search-button = Cari
search-needs-js = Pencarian memerlukan JavaScript, yang dimatikan atau belum dimuat oleh peramban Anda. Anda tetap bisa mencari artikel menurut topik:
search-ready = Ketik beberapa kata, misalnya: dang ky khai sinh.
search-found = Hasil: { $count }
search-none = Tidak ada hasil. Coba kata lain.
search-error = Data pencarian tidak dapat dimuat. Periksa koneksi Anda lalu coba lagi.

# Lessons and courses
nav-lessons = Pelajaran
courses-heading = Kursus
audiences-heading = Pelajaran menurut sasaran
audience-title = Pelajaran untuk: { $audience }
lesson-count = { $count ->
   *[other] { $count } pelajaran
}
lesson-duration = { $minutes ->
   *[other] { $minutes } menit
}
lesson-duration-label = Durasi:
lesson-level-label = Tingkat:
lesson-level-beginner = Dasar
lesson-level-intermediate = Menengah
lesson-level-advanced = Lanjutan
lesson-audience-label = Untuk:
lesson-number = Pelajaran { $number }
lesson-step = Langkah { $number }
lesson-prerequisites = Pelajari dulu
lesson-print-hint = Cetak panduan ini: saat dicetak (Ctrl + P), { $steps } langkahnya menjadi kartu bernomor di kertas A4, tanpa navigasi.
lesson-nav = Pelajaran dalam kursus ini
lesson-prev = Pelajaran sebelumnya
lesson-next = Pelajaran berikutnya
lesson-course-all = Semua pelajaran kursus ini
translation-missing = Halaman ini belum tersedia dalam { $language }. Teks di bawah ini adalah versi { $original }.
translation-stale = Versi asli halaman ini diperbarui setelah diterjemahkan; terjemahannya mungkin belum lengkap.

# Infographics
nav-infographics = Infografik
infographic-data = Tabel data
infographic-label = Indikator
infographic-value = Angka
infographic-target = Target
infographic-goal = Target: { $target }
infographic-source = Sumber: { $source }, { $date }
infographic-source-link = Lihat sumber
infographic-download = Unduh gambar SVG (untuk media cetak dan media sosial)
infographic-view-full = Lihat infografik lengkap dan datanya
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, dengan target { $target }.
unit-percent = { $value }%
unit-vnd = { $value } VND
unit-per100 = { $value } per 100 penduduk
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Kode prosedur
qr-agency-label = Instansi pelaksana
qr-safety = Ini adalah situs resmi { $domain }. Halaman ini maupun petugas kelurahan tidak akan pernah meminta Anda mentransfer uang atau memberikan kode sekali pakai (OTP) atau kata sandi.
qr-illustrative = Kode prosedur atau biaya di halaman ini hanya contoh, belum dicocokkan dengan Portal Layanan Publik Nasional.
qr-documents = Dokumen yang perlu disiapkan
qr-checklist-hint = Centang setiap dokumen yang sudah siap.
qr-form-original = { $count ->
   *[other] { $count } asli
}
qr-form-copy = { $count ->
   *[other] { $count } salinan
}
qr-form-certified-copy = { $count ->
   *[other] { $count } salinan yang dilegalisasi
}
qr-form-show-original = Tunjukkan dokumen asli untuk dicocokkan
qr-fee = Biaya
qr-fee-free = Gratis
qr-fee-amount = { $amount } VND
qr-processing-time = Waktu penyelesaian
qr-where = Tempat mengajukan berkas
qr-hours = Jam layanan
qr-phone = Telepon
qr-online = Ajukan secara daring
qr-online-full = Seluruh prosedur dapat dilakukan secara daring, tanpa datang ke kantor.
qr-online-partial = Berkas dapat diajukan secara daring, lalu datang ke kantor untuk menyelesaikannya.
qr-online-button = Ajukan secara daring di { $host }
qr-lessons = Panduan langkah demi langkah
qr-details = Rincian prosedur
qr-field = Bidang
qr-who = Siapa yang dapat mengajukan
qr-steps = Langkah-langkah
qr-legal-basis = Dasar hukum
qr-commune-intro = Pindai kode QR di dinding, atau pilih prosedur di bawah ini, untuk mengetahui apa yang perlu disiapkan.
qr-commune-procedures = { $count ->
   *[other] { $count } prosedur
}
communes-title = Pojok QR kelurahan

## QR corner: the staff page of posters
posters-title = Poster pojok QR
posters-intro = Untuk petugas: cetak di kertas A4 tegak dengan skala 100 % ("Ukuran sebenarnya"), bukan "Sesuaikan dengan halaman". Setiap kode QR harus selebar minimal 4 cm. Setiap kelurahan punya satu berkas berisi seluruh pojok QR-nya, sesuai urutan poster di dinding.
posters-languages = Bahasa poster:
posters-corner = { $count ->
   *[other] Unduh seluruh pojok QR ({ $count } halaman A4, PDF)
}
posters-procedure = Prosedur
posters-short-url = Alamat yang dicetak di poster
posters-files = Berkas cetak
posters-pages = Poster artikel
posters-page = Artikel

## QR corner: printed posters
poster-code = Kode prosedur { $code }
poster-scan = Pindai untuk mengetahui dokumen yang perlu dibawa
poster-scan-page = Pindai untuk membaca artikel
poster-official = Sumber resmi: { $domain }
poster-safety = Jangan pernah mentransfer uang atau membacakan kode OTP kepada siapa pun. Periksa alamat situs sebelum mengisi apa pun.
poster-stamp = Diperbarui { $date } · versi { $version }
poster-version = Versi { $version }
poster-illustrative = CONTOH ILUSTRASI
redirect-title = Halaman ini sudah pindah
redirect-link = Halaman ini sudah pindah. Buka halaman baru.
expired-title = Halaman ini sudah tidak berlaku
expired-body = Halaman ini ditarik pada { $date } karena isinya sudah tidak berlaku.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = BULETIN PENGERAS SUARA DESA
bulletin-column = Rubrik: { $column }
bulletin-range = Dari { $from } sampai { $to }
bulletin-rate = Kecepatan membaca: { $rate } suku kata per menit
bulletin-duration = { $minutes } mnt { $seconds } dtk
bulletin-duration-seconds = { $seconds } dtk
bulletin-item-time = Waktu baca: { $time }
bulletin-total = Total: { $time } ({ $count } berita)
bulletin-untranslated = Belum tersedia dalam { $language }: bacakan teks { $read }
bulletin-end = Sekian buletin ini. Terima kasih telah mendengarkan.
bulletin-page = Halaman { $page } dari { $pages }

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } menit
media-duration-seconds = { $seconds } detik
media-download = Unduh ({ $format }, { $size })
media-fallback-notice = Rekaman ini belum tersedia dalam { $language }; ini rekaman dalam { $original }.
media-transcript = Transkrip
media-chapters = Bab

## loa translations: tags
translations-tags = Tag
translations-tag = Tag
translations-tag-undeclared = tidak dideklarasikan di loa.yaml

## loa translations: segments without a recording or transcript of their own
translations-segments = Siaran tanpa rekaman atau transkrip sendiri
translations-no-recording = Belum ada rekaman sendiri
translations-no-transcript = Belum ada transkrip sendiri

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (audio)
podcast-feed-video = Podcast (video)

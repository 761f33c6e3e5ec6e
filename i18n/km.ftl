# ភាសាខ្មែរ / Khmer (km)
skip-to-content = រំលងទៅមាតិកាចម្បង
site-tagline = ផ្សព្វផ្សាយចំណេះដឹង និងជំនាញឌីជីថលដល់ប្រជាជនគ្រប់រូប
nav-main = ការរុករកចម្បង
nav-home = ទំព័រដើម
nav-columns = ផ្នែក
nav-tags = ប្រធានបទ
language-switcher = ភាសា
latest-articles = អត្ថបទថ្មីៗ
read-more = អានបន្ត
published-on = ចុះផ្សាយថ្ងៃទី { $date }
by-authors = អ្នកនិពន្ធ៖ { $authors }
in-column = ផ្នែក៖ { $column }
tags-label = ប្រធានបទ
reading-time = { $minutes ->
   *[other] អានរយៈពេល { $minutes } នាទី
}
article-count = { $count ->
   *[other] អត្ថបទចំនួន { $count }
}
fallback-notice = អត្ថបទនេះមិនទាន់មានកំណែជា { $language } នៅឡើយទេ។ ខ្លឹមសារខាងក្រោមជាកំណែ { $original }។
fallback-original-link = មើលអត្ថបទដើម
stale-notice = អត្ថបទដើមត្រូវបានធ្វើបច្ចុប្បន្នភាពក្រោយពេលបកប្រែ ដូច្នេះការបកប្រែនេះប្រហែលជាមិនទាន់ពេញលេញ។
translations-available = អានជាភាសាផ្សេងទៀត
tag-title = ប្រធានបទ៖ { $tag }
all-tags = ប្រធានបទទាំងអស់
all-columns = ផ្នែកទាំងអស់
pagination = ការបែងចែកទំព័រ
pagination-prev = ទំព័រមុន
pagination-next = ទំព័របន្ទាប់
pagination-page = ទំព័រ { $page } / { $total }
feed-link = តាមដានតាមរយៈ Atom
not-found-title = រកមិនឃើញទំព័រ
not-found-body = ទំព័រដែលអ្នកកំពុងស្វែងរកមិនមាន ឬត្រូវបានផ្លាស់ទីទៅកន្លែងផ្សេង។
back-home = ត្រឡប់ទៅទំព័រដើម
footer-about = គេហទំព័រព័ត៌មានរបស់ចលនា «ការអប់រំឌីជីថលសម្រាប់ទាំងអស់គ្នា»។
footer-made-with = គេហទំព័រនេះបង្កើតឡើងដោយ loa។
toc-title = ខ្លឹមសារក្នុងអត្ថបទ
footnotes-title = កំណត់សម្គាល់
# loa serve: the box shown over the page while the site does not build
dev-build-failed = មិនអាចបង្កើតគេហទំព័របានទេ
dev-build-failed-hint = សូមកែបញ្ហាខាងក្រោម ហើយរក្សាទុក៖ ទំព័រនេះនឹងផ្ទុកឡើងវិញដោយខ្លួនឯង។
dev-scheduled = បានកំណត់ពេល៖ ចុះផ្សាយថ្ងៃទី { $date }
dev-expired = ផុតកំណត់ថ្ងៃទី { $date }
# loa translations --format html
translations-report = ស្ថានភាពការបកប្រែ
translations-by-language = តាមភាសា
translations-by-page = តាមទំព័រ
translations-kind = ខ្លឹមសារ
translations-language = ភាសា
translations-coverage = ទាន់សម័យ
translations-translated = បានបកប្រែ
translations-stale = ហួសសម័យ
translations-missing = មិនទាន់បកប្រែ
translations-pages = ចំនួនទំព័រ
translations-page = ទំព័រ
translations-tags = ស្លាក
translations-tag = ស្លាក
translations-tag-undeclared = មិនទាន់ប្រកាសក្នុង loa.yaml
nav-search = ស្វែងរក
search-title = ស្វែងរក
search-label = វាយពាក្យដែលអ្នកចង់ស្វែងរក
search-button = ស្វែងរក
search-needs-js = ការស្វែងរកត្រូវការ JavaScript ដែលកម្មវិធីរុករករបស់អ្នកបានបិទ ឬមិនទាន់ផ្ទុក។ អ្នកនៅតែអាចរកអត្ថបទតាមប្រធានបទបាន៖
search-ready = វាយពាក្យពីរបី ឧទាហរណ៍៖ ការចុះបញ្ជីកំណើត។
search-found = លទ្ធផល៖ { $count }
search-none = រកមិនឃើញទេ។ សូមសាកល្បងពាក្យផ្សេង។
search-error = មិនអាចផ្ទុកទិន្នន័យស្វែងរកបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្តងទៀត។

# Lessons and courses
nav-lessons = មេរៀន
courses-heading = វគ្គសិក្សា
audiences-heading = មេរៀនតាមក្រុមគោលដៅ
audience-title = មេរៀនសម្រាប់៖ { $audience }
lesson-count = { $count ->
   *[other] មេរៀនចំនួន { $count }
}
lesson-duration = { $minutes ->
   *[other] { $minutes } នាទី
}
lesson-duration-label = រយៈពេល៖
lesson-level-label = កម្រិត៖
lesson-level-beginner = មូលដ្ឋាន
lesson-level-intermediate = មធ្យម
lesson-level-advanced = កម្រិតខ្ពស់
lesson-audience-label = សម្រាប់៖
lesson-number = មេរៀនទី { $number }
lesson-step = ជំហានទី { $number }
lesson-prerequisites = គួររៀនមេរៀនទាំងនេះជាមុនសិន
lesson-print-hint = បោះពុម្ពការណែនាំនេះ៖ ពេលបោះពុម្ព (Ctrl + P) ជំហានទាំង { $steps } នឹងចេញជាកាតមានលេខរៀងលើក្រដាស A4 ដោយគ្មានម៉ឺនុយរុករក។
lesson-nav = មេរៀនក្នុងវគ្គសិក្សានេះ
lesson-prev = មេរៀនមុន
lesson-next = មេរៀនបន្ទាប់
lesson-course-all = មេរៀនទាំងអស់នៃវគ្គសិក្សា
translation-missing = ទំព័រនេះមិនទាន់មានកំណែជា { $language } នៅឡើយទេ។ ខ្លឹមសារខាងក្រោមជាកំណែ { $original }។
translation-stale = អត្ថបទដើមត្រូវបានធ្វើបច្ចុប្បន្នភាពក្រោយពេលបកប្រែ ដូច្នេះការបកប្រែនេះប្រហែលជាមិនទាន់ពេញលេញ។

# Infographics
nav-infographics = ព័ត៌មានក្រាហ្វិក
infographic-data = តារាងទិន្នន័យ
infographic-label = សូចនាករ
infographic-value = តួលេខ
infographic-target = គោលដៅ
infographic-goal = គោលដៅ៖ { $target }
infographic-source = ប្រភព៖ { $source }, { $date }
infographic-source-link = មើលប្រភព
infographic-download = ទាញយករូបភាព SVG (សម្រាប់កាសែត និងបណ្ដាញសង្គម)
infographic-view-full = មើលព័ត៌មានក្រាហ្វិកពេញលេញ និងតារាងទិន្នន័យ
infographic-desc-figure = { $label }៖ { $value }។
infographic-desc-progress = { $label }៖ { $value } ធៀបនឹងគោលដៅ { $target }។
unit-percent = { $value }%
unit-vnd = { $value } ដុង
unit-per100 = { $value } ក្នុងមនុស្ស 100 នាក់
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = លេខកូដនីតិវិធី
qr-agency-label = ស្ថាប័នអនុវត្ត
qr-safety = នេះជាគេហទំព័រផ្លូវការ { $domain }។ ទំព័រនេះ និងមន្ត្រីឃុំ មិនដែលស្នើសុំឱ្យអ្នកផ្ទេរប្រាក់ ឬផ្តល់លេខកូដ OTP ឬពាក្យសម្ងាត់ឡើយ។
qr-illustrative = លេខកូដនីតិវិធី ឬថ្លៃសេវានៅលើទំព័រនេះ គ្រាន់តែជាឧទាហរណ៍ប៉ុណ្ណោះ មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយវិបផតថលសេវាសាធារណៈជាតិទេ។
qr-documents = ឯកសារដែលត្រូវរៀបចំ
qr-checklist-hint = គូសធីកលើឯកសារនីមួយៗ នៅពេលអ្នករៀបចំរួចរាល់។
qr-form-original = { $count ->
   *[other] ច្បាប់ដើម { $count } ច្បាប់
}
qr-form-copy = { $count ->
   *[other] ច្បាប់ចម្លង { $count } ច្បាប់
}
qr-form-certified-copy = { $count ->
   *[other] ច្បាប់ចម្លងមានបញ្ជាក់ { $count } ច្បាប់
}
qr-form-show-original = បង្ហាញច្បាប់ដើមដើម្បីផ្ទៀងផ្ទាត់
qr-fee = ថ្លៃសេវា
qr-fee-free = ឥតគិតថ្លៃ
qr-fee-amount = { $amount } ដុង
qr-processing-time = រយៈពេលដោះស្រាយ
qr-where = កន្លែងដាក់ពាក្យ
qr-hours = ម៉ោងធ្វើការ
qr-phone = ទូរស័ព្ទ
qr-online = ដាក់ពាក្យតាមអនឡាញ
qr-online-full = អ្នកអាចធ្វើនីតិវិធីទាំងមូលតាមអនឡាញ ដោយមិនចាំបាច់ទៅមជ្ឈមណ្ឌល។
qr-online-partial = អ្នកអាចដាក់ពាក្យតាមអនឡាញ បន្ទាប់មកទៅមជ្ឈមណ្ឌលដើម្បីបញ្ចប់។
qr-online-button = ដាក់ពាក្យតាមអនឡាញនៅ { $host }
qr-lessons = ការណែនាំមួយជំហានម្តងៗ
qr-details = ព័ត៌មានលម្អិតអំពីនីតិវិធី
qr-field = វិស័យ
qr-who = អ្នកដែលអាចដាក់ពាក្យ
qr-steps = ជំហាន
qr-legal-basis = មូលដ្ឋានច្បាប់
qr-commune-intro = ស្កេនកូដ QR នៅលើជញ្ជាំង ឬជ្រើសរើសនីតិវិធីខាងក្រោម ដើម្បីដឹងថាត្រូវរៀបចំអ្វីខ្លះ។
qr-commune-procedures = { $count ->
   *[other] នីតិវិធី { $count }
}
communes-title = ជ្រុង QR តាមឃុំ សង្កាត់

## QR corner: the staff page of posters
posters-title = ផ្ទាំងប៉ាណូជ្រុង QR
posters-intro = សម្រាប់មន្ត្រី៖ បោះពុម្ពលើក្រដាស A4 បញ្ឈរ ក្នុងទំហំ 100 % ("ទំហំពិត") កុំជ្រើស "ឱ្យសមនឹងទំព័រ"។ កូដ QR នីមួយៗត្រូវមានទទឹងយ៉ាងហោចណាស់ 4 សង់ទីម៉ែត្រ។ ឃុំនីមួយៗមានឯកសារមួយសម្រាប់ជ្រុង QR ទាំងមូល តាមលំដាប់ដែលព្យួរលើជញ្ជាំង។
posters-languages = ភាសានៅលើផ្ទាំងប៉ាណូ៖
posters-corner = { $count ->
   *[other] ទាញយកជ្រុង QR ទាំងមូល ({ $count } ទំព័រ A4, PDF)
}
posters-procedure = នីតិវិធី
posters-short-url = អាសយដ្ឋានដែលបោះពុម្ពលើផ្ទាំងប៉ាណូ
posters-files = ឯកសារសម្រាប់បោះពុម្ព
posters-pages = ផ្ទាំងប៉ាណូនៃអត្ថបទ
posters-page = អត្ថបទ

## QR corner: printed posters
poster-code = លេខកូដនីតិវិធី { $code }
poster-scan = ស្កេនដើម្បីដឹងថាត្រូវយកឯកសារអ្វីខ្លះ
poster-scan-page = ស្កេនដើម្បីអានអត្ថបទ
poster-official = ប្រភពផ្លូវការ៖ { $domain }
poster-safety = កុំផ្ទេរប្រាក់ ឬប្រាប់លេខកូដ OTP ដល់នរណាម្នាក់។ ពិនិត្យអាសយដ្ឋានគេហទំព័រ មុនពេលបញ្ចូលព័ត៌មាន។
poster-stamp = ធ្វើបច្ចុប្បន្នភាព { $date } · កំណែ { $version }
poster-version = កំណែ { $version }
poster-illustrative = ឧទាហរណ៍ប៉ុណ្ណោះ
redirect-title = ទំព័រនេះបានផ្លាស់ទី
redirect-link = ទំព័រនេះបានផ្លាស់ទី។ បើកទំព័រថ្មី។

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = ព្រឹត្តិបត្រវិទ្យុឃុំ
bulletin-column = ផ្នែក៖ { $column }
bulletin-range = ពី { $from } ដល់ { $to }
bulletin-rate = ល្បឿនអាន៖ { $rate } ព្យាង្គក្នុងមួយនាទី
bulletin-duration = { $minutes } នាទី { $seconds } វិនាទី
bulletin-duration-seconds = { $seconds } វិនាទី
bulletin-item-time = រយៈពេលអាន៖ { $time }
bulletin-total = សរុប៖ { $time } ({ $count } អត្ថបទ)
bulletin-untranslated = មិនទាន់មានជា{ $language }៖ អានជា{ $read }
bulletin-end = ចប់ព្រឹត្តិបត្រ។ សូមអរគុណសម្រាប់ការស្តាប់។
bulletin-page = ទំព័រ { $page }/{ $pages }
expired-title = ទំព័រនេះលែងមានសុពលភាពហើយ
expired-body = ទំព័រនេះត្រូវបានដកចេញនៅថ្ងៃទី { $date } ព្រោះខ្លឹមសាររបស់វាលែងមានសុពលភាពហើយ។
## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } នាទី
media-duration-seconds = { $seconds } វិនាទី
media-download = ទាញយក ({ $format }, { $size })
media-fallback-notice = ការថតសំឡេងនេះមិនទាន់មានជា{ $language }នៅឡើយទេ; នេះជាការថតជា{ $original }។
media-transcript = អត្ថបទសម្ដី
media-chapters = ជំពូក

## loa translations: segments without a recording or transcript of their own
translations-segments = កម្មវិធីវិទ្យុ និងទូរទស្សន៍ ដែលមិនទាន់មានការថតសំឡេង ឬអត្ថបទសម្ដីផ្ទាល់ខ្លួន
translations-no-recording = មិនទាន់មានការថតសំឡេងផ្ទាល់ខ្លួន
translations-no-transcript = មិនទាន់មានអត្ថបទសម្ដីផ្ទាល់ខ្លួន

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = ផតខាស (សំឡេង)
podcast-feed-video = ផតខាស (វីដេអូ)

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

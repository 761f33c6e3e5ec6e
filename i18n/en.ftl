# English (en)
skip-to-content = Skip to main content
site-tagline = Digital knowledge and skills for every citizen
nav-main = Main navigation
nav-home = Home
nav-columns = Columns
nav-tags = Topics
language-switcher = Language
latest-articles = Latest articles
read-more = Read more
published-on = Published on { $date }
by-authors = By { $authors }
in-column = Column: { $column }
tags-label = Topics
reading-time = { $minutes ->
    [one] 1 minute read
   *[other] { $minutes } minute read
}
article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
fallback-notice = This article is not yet available in { $language }. The text below is the { $original } version.
fallback-original-link = View the original
stale-notice = The original of this article was updated after it was translated; the translation may be incomplete.
translations-available = Read in another language
tag-title = Topic: { $tag }
all-tags = All topics
all-columns = All columns
pagination = Pagination
pagination-prev = Previous page
pagination-next = Next page
pagination-page = Page { $page } of { $total }
feed-link = Follow via Atom
not-found-title = Page not found
not-found-body = The page you are looking for does not exist or has been moved.
back-home = Back to the home page
footer-about = The information site of the "Digital Education for All" movement.
footer-made-with = This site is built with loa.
toc-title = In this article
footnotes-title = Notes
# loa serve: the box shown over the page while the site does not build
dev-build-failed = The site could not be built
dev-build-failed-hint = Fix the problems below and save: this page reloads by itself.
dev-scheduled = Scheduled: published on { $date }
dev-expired = Expired on { $date }
# loa translations --format html
translations-report = Translation status
translations-by-language = By language
translations-by-page = By page
translations-kind = Content
translations-language = Language
translations-coverage = Up to date
translations-translated = Translated
translations-stale = Out of date
translations-missing = Missing
translations-pages = Pages
translations-page = Page
translations-tags = Tags
translations-tag = Tag
translations-tag-undeclared = not declared in loa.yaml
nav-search = Search
search-title = Search
search-label = What are you looking for? (Vietnamese with or without accents)
search-button = Search
search-needs-js = Search needs JavaScript, which your browser has turned off or not loaded. You can still find articles by topic:
search-ready = Type a few words, for example: birth registration.
search-found = Results: { $count }
search-none = Nothing found. Try other words.
search-error = The search data could not be loaded. Check your connection and try again.

# Lessons and courses
nav-lessons = Lessons
courses-heading = Courses
audiences-heading = Lessons by audience
audience-title = Lessons for: { $audience }
lesson-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
lesson-duration = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
lesson-duration-label = Duration:
lesson-level-label = Level:
lesson-level-beginner = Beginner
lesson-level-intermediate = Intermediate
lesson-level-advanced = Advanced
lesson-audience-label = For:
lesson-number = Lesson { $number }
lesson-step = Step { $number }
lesson-prerequisites = Take these lessons first
lesson-print-hint = Print this guide: when printed (Ctrl + P), its { $steps } steps come out as numbered cards on A4 paper, without the navigation.
lesson-nav = Lessons of this course
lesson-prev = Previous lesson
lesson-next = Next lesson
lesson-course-all = All lessons of the course
translation-missing = This page is not yet available in { $language }. The text below is the { $original } version.
translation-stale = The original of this page was updated after it was translated; the translation may be incomplete.

# Infographics
nav-infographics = Infographics
infographic-data = Data table
infographic-label = Indicator
infographic-value = Figure
infographic-target = Target
infographic-goal = Target: { $target }
infographic-source = Source: { $source }, { $date }
infographic-source-link = View the source
infographic-download = Download the SVG image (for print and social media)
infographic-view-full = See the full infographic and its data
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, against a target of { $target }.
unit-percent = { $value }%
unit-vnd = { $value } VND
unit-per100 = { $value } per 100 people
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Procedure code
qr-agency-label = Handled by
qr-safety = This is the official site { $domain }. Neither this page nor commune staff will ever ask you to transfer money or to give a one-time password (OTP) or password.
qr-illustrative = The procedure code or fee on this page is an illustrative example, not checked against the National Public Service Portal.
qr-documents = Documents to prepare
qr-checklist-hint = Tick each document once you have it ready.
qr-form-original = { $count ->
    [one] 1 original
   *[other] { $count } originals
}
qr-form-copy = { $count ->
    [one] 1 copy
   *[other] { $count } copies
}
qr-form-certified-copy = { $count ->
    [one] 1 certified copy
   *[other] { $count } certified copies
}
qr-form-show-original = Show the original to be checked
qr-fee = Fee
qr-fee-free = Free of charge
qr-fee-amount = { $amount } VND
qr-processing-time = Processing time
qr-where = Where to apply
qr-hours = Opening hours
qr-phone = Phone
qr-online = Apply online
qr-online-full = You can do the whole procedure online, without going to the centre.
qr-online-partial = You can submit the application online, then go to the centre to finish.
qr-online-button = Apply online at { $host }
qr-lessons = Step-by-step guides
qr-details = Procedure details
qr-field = Field
qr-who = Who may apply
qr-steps = Steps
qr-legal-basis = Legal basis
qr-commune-intro = Scan a QR code on the wall, or choose a procedure below, to see what to prepare.
qr-commune-procedures = { $count ->
    [one] 1 procedure
   *[other] { $count } procedures
}
communes-title = QR corners of the communes

## QR corner: the staff page of posters
posters-title = QR corner posters
posters-intro = For staff: print on A4 portrait paper at 100 % scale ("Actual size"), not "Fit to page". Each QR code must be at least 4 cm wide. Each commune has one file with its whole QR corner, in the order the posters hang on the wall.
posters-languages = Poster languages:
posters-corner = { $count ->
    [one] Download the whole QR corner (1 A4 page, PDF)
   *[other] Download the whole QR corner ({ $count } A4 pages, PDF)
}
posters-procedure = Procedure
posters-short-url = Address printed on the poster
posters-files = Files to print
posters-pages = Article posters
posters-page = Article

## QR corner: printed posters
poster-code = Procedure code { $code }
poster-scan = Scan to see what to bring
poster-scan-page = Scan to read the article
poster-official = Official source: { $domain }
poster-safety = Never transfer money or read out an OTP code to anyone. Check the site's address before you type anything.
poster-stamp = Updated { $date } · version { $version }
poster-version = Version { $version }
poster-illustrative = ILLUSTRATIVE EXAMPLE
redirect-title = This page has moved
redirect-link = This page has moved. Open the new page.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = COMMUNE LOUDSPEAKER BULLETIN
bulletin-column = Column: { $column }
bulletin-range = From { $from } to { $to }
bulletin-rate = Reading rate: { $rate } syllables a minute
bulletin-duration = { $minutes } min { $seconds } s
bulletin-duration-seconds = { $seconds } s
bulletin-item-time = Reading time: { $time }
bulletin-total = Total: { $time } ({ $count } items)
bulletin-untranslated = Not yet in { $language }: read the { $read } text
bulletin-end = End of the bulletin. Thank you for listening.
bulletin-page = Page { $page } of { $pages }
expired-title = This page is no longer current
expired-body = This page was taken down on { $date } because its content is no longer current.
## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
media-duration-seconds = { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}
media-download = Download ({ $format }, { $size })
media-fallback-notice = This recording is not yet available in { $language }; this is the { $original } recording.
media-transcript = Transcript
media-chapters = Chapters

## loa translations: segments without a recording or transcript of their own
translations-segments = Segments without their own recording or transcript
translations-no-recording = No recording of its own
translations-no-transcript = No transcript of its own

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (audio)
podcast-feed-video = Podcast (video)

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

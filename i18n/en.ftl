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

# Hmoob (hmn), RPA
skip-to-content = Hla mus rau cov ntsiab lus tseem ceeb
site-tagline = Qhia kev paub thiab txuj ci digital rau txhua tus neeg
nav-main = Kev taw qhia tseem ceeb
nav-home = Nplooj pib
nav-columns = Cov ntu xov xwm
nav-tags = Cov ncauj lus
language-switcher = Hom lus
latest-articles = Cov xov xwm tshiab tshaj plaws
read-more = Nyeem ntxiv
published-on = Tshaj tawm hnub { $date }
by-authors = Sau los ntawm: { $authors }
in-column = Ntu xov xwm: { $column }
tags-label = Ncauj lus
reading-time = { $minutes ->
   *[other] Nyeem { $minutes } feeb
}
article-count = { $count ->
   *[other] { $count } zaj xov xwm
}
fallback-notice = Zaj xov xwm no tseem tsis tau muaj ua lus { $language }. Cov ntsiab lus hauv qab no yog ua lus { $original }.
fallback-original-link = Saib zaj thawj
stale-notice = Zaj thawj tau muab kho dua tom qab txhais lawm; zaj txhais no tej zaum tseem tsis tiav.
translations-available = Nyeem ua lwm hom lus
tag-title = Ncauj lus: { $tag }
all-tags = Txhua lub ncauj lus
all-columns = Txhua ntu xov xwm
pagination = Cov nplooj ntawv
pagination-prev = Nplooj dhau los
pagination-next = Nplooj tom ntej
pagination-page = Nplooj { $page } / { $total }
feed-link = Ua raws li ntawm Atom
not-found-title = Nrhiav tsis tau nplooj ntawv no
not-found-body = Nplooj ntawv koj nrhiav tsis muaj lossis tau muab tsiv mus lawm.
back-home = Rov qab mus rau nplooj pib
footer-about = Lub vev xaib xov xwm ntawm kev txav zog "Kev Kawm Digital Rau Txhua Tus".
footer-made-with = Lub vev xaib no tsim los ntawm loa.
toc-title = Cov ntsiab lus hauv zaj no
footnotes-title = Lus piav ntxiv
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Tsim tsis tau lub vev xaib
dev-build-failed-hint = Kho cov teeb meem hauv qab no ces khaws cia: nplooj ntawv no yuav rov qhib nws tus kheej.
# loa translations --format html
translations-report = Txoj kev txhais lus
translations-by-language = Raws hom lus
translations-by-page = Raws nplooj ntawv
translations-kind = Cov ntsiab lus
translations-language = Hom lus
translations-coverage = Tshiab tas
translations-translated = Txhais lawm
translations-stale = Qub lawm
translations-missing = Tseem tsis tau txhais
translations-pages = Cov nplooj ntawv
translations-page = Nplooj ntawv

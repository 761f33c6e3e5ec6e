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
nav-search = Nrhiav
search-title = Nrhiav
search-label = Ntaus cov lus koj xav nrhiav (muaj los tsis muaj cim suab los tau)
search-button = Nrhiav
search-needs-js = Kev nrhiav xav tau JavaScript, tiam sis koj lub browser tau kaw lossis tseem tsis tau thauj. Koj tseem nrhiav tau cov xov xwm raws li ncauj lus:
search-ready = Ntaus ob peb lo lus, piv txwv: dang ky khai sinh.
search-found = Nrhiav tau: { $count }
search-none = Nrhiav tsis tau dab tsi. Sim lwm lo lus.
search-error = Thauj tsis tau cov ntaub ntawv nrhiav. Kuaj koj lub network thiab sim dua.

# Lessons and courses
nav-lessons = Cov lus qhia
courses-heading = Cov chav kawm
audiences-heading = Cov lus qhia raws pab neeg
audience-title = Cov lus qhia rau: { $audience }
lesson-count = { $count ->
   *[other] { $count } zaj lus qhia
}
lesson-duration = { $minutes ->
   *[other] { $minutes } feeb
}
lesson-duration-label = Sij hawm:
lesson-level-label = Theem:
lesson-level-beginner = Pib kawm
lesson-level-intermediate = Nruab nrab
lesson-level-advanced = Siab
lesson-audience-label = Rau:
lesson-number = Zaj { $number }
lesson-step = Kauj ruam { $number }
lesson-prerequisites = Kawm cov zaj no ua ntej
lesson-print-hint = Luam phau lus qhia no: thaum luam (Ctrl + P), { $steps } kauj ruam yuav tawm ua daim npav muaj tus lej rau ntawm daim ntawv A4, tsis muaj cov ntawv taw qhia.
lesson-nav = Cov zaj hauv chav kawm no
lesson-prev = Zaj dhau los
lesson-next = Zaj tom ntej
lesson-course-all = Txhua zaj ntawm chav kawm
translation-missing = Nplooj ntawv no tseem tsis tau muaj ua lus { $language }. Cov ntsiab lus hauv qab no yog ua lus { $original }.
translation-stale = Zaj thawj tau muab kho dua tom qab txhais lawm; zaj txhais no tej zaum tseem tsis tiav.

# Infographics
nav-infographics = Duab qhia tus lej
infographic-data = Rooj tus lej
infographic-label = Qhov ntsuas
infographic-value = Tus lej
infographic-target = Lub hom phiaj
infographic-goal = Lub hom phiaj: { $target }
infographic-source = Qhov chaw: { $source }, { $date }
infographic-source-link = Saib qhov chaw
infographic-download = Rub duab SVG (rau ntawv xov xwm thiab social media)
infographic-view-full = Saib tag nrho daim duab thiab rooj tus lej
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, lub hom phiaj { $target }.
unit-percent = { $value } %
unit-vnd = { $value } đồng
unit-per100 = { $value } ib 100 tus neeg
unit-text = { $value } { $unit }

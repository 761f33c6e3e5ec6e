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
dev-scheduled = Teem sijhawm: tshaj tawm hnub { $date }
dev-expired = Tas sijhawm hnub { $date }
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
translations-tags = Cov npe cim
translations-tag = Npe cim
translations-tag-undeclared = tsis tau sau rau hauv loa.yaml
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

## QR corner: landing pages
qr-code-label = Tus lej txheej txheem
qr-agency-label = Lub chaw ua haujlwm
qr-safety = Qhov no yog lub vev xaib raug cai { $domain }. Nplooj ntawv no thiab cov neeg ua haujlwm hauv zej zos yeej tsis kom koj xa nyiaj lossis qhia tus lej OTP lossis lo lus zais.
qr-illustrative = Tus lej txheej txheem lossis tus nqi ntawm nplooj ntawv no tsuas yog piv txwv xwb, tseem tsis tau muab piv nrog lub vev xaib pab pej xeem hauv tebchaws.
qr-documents = Cov ntaub ntawv yuav tsum npaj
qr-checklist-hint = Kos rau txhua daim ntawv thaum koj npaj tau lawm.
qr-form-original = { $count ->
   *[other] { $count } daim qub
}
qr-form-copy = { $count ->
   *[other] { $count } daim theej
}
qr-form-certified-copy = { $count ->
   *[other] { $count } daim theej uas tau lees paub
}
qr-form-show-original = Nqa daim qub tuaj qhia kom lawv kuaj
qr-fee = Tus nqi
qr-fee-free = Tsis them nyiaj
qr-fee-amount = { $amount } dong
qr-processing-time = Lub sijhawm ua tiav
qr-where = Qhov chaw xa ntaub ntawv
qr-hours = Sijhawm ua haujlwm
qr-phone = Xov tooj
qr-online = Xa ntaub ntawv hauv online
qr-online-full = Koj ua tau tag nrho hauv online, tsis tas mus rau lub chaw.
qr-online-partial = Koj xa tau ntaub ntawv hauv online, ces mus rau lub chaw kom ua tiav.
qr-online-button = Xa hauv online ntawm { $host }
qr-lessons = Cov lus qhia ib kauj ruam zuj zus
qr-details = Ntxiv txog txheej txheem no
qr-field = Ceg haujlwm
qr-who = Leej twg thov tau
qr-steps = Cov kauj ruam
qr-legal-basis = Txoj cai lij choj
qr-commune-intro = Scan tus QR code ntawm phab ntsa, lossis xaiv ib qho txheej txheem hauv qab no, kom paub tias yuav npaj dab tsi.
qr-commune-procedures = { $count ->
   *[other] { $count } txheej txheem
}
communes-title = Cov kaum QR ntawm cov zej zog

## QR corner: the staff page of posters
posters-title = Cov ntawv tshaj tawm QR
posters-intro = Rau cov neeg ua haujlwm: luam rau ntawv A4 sawv ntsug, loj 100 % ("Actual size"), tsis txhob xaiv "Fit to page". Txhua tus QR code yuav tsum dav tsawg kawg 4 cm. Txhua lub zej zos muaj ib daim ntawv luam tag nrho lub ces kaum QR, raws li kev dai ntawm phab ntsa.
posters-languages = Hom lus ntawm daim ntawv:
posters-corner = { $count ->
   *[other] Rub tag nrho lub ces kaum QR ({ $count } nplooj A4, PDF)
}
posters-procedure = Txheej txheem
posters-short-url = Chaw nyob luam rau daim ntawv
posters-files = Cov ntaub ntawv luam
posters-pages = Cov ntawv tshaj tawm ntawm xov xwm
posters-page = Xov xwm

## QR corner: printed posters
poster-code = Tus lej txheej txheem { $code }
poster-scan = Scan kom paub tias yuav nqa ntaub ntawv dab tsi
poster-scan-page = Scan kom nyeem zaj xov xwm
poster-official = Qhov chaw raug cai: { $domain }
poster-safety = Tsis txhob xa nyiaj lossis qhia tus lej OTP rau leej twg. Kuaj chaw nyob ntawm lub vev xaib ua ntej sau ntaub ntawv.
poster-stamp = Hloov tshiab { $date } · version { $version }
poster-version = Version { $version }
poster-illustrative = PIV TXWV XWB
redirect-title = Nplooj ntawv no tau tsiv lawm
redirect-link = Nplooj ntawv no tau tsiv lawm. Qhib nplooj tshiab.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = XOV XWM TSHAJ LUS HAIS LUS HAUV ZOS
bulletin-column = Kab ntawv: { $column }
bulletin-range = Txij { $from } txog { $to }
bulletin-rate = Nyeem: { $rate } lo lus ib feeb
bulletin-duration = { $minutes } feeb { $seconds } vib nas this
bulletin-duration-seconds = { $seconds } vib nas this
bulletin-item-time = Sijhawm nyeem: { $time }
bulletin-total = Tag nrho: { $time } ({ $count } zaj)
bulletin-untranslated = Tseem tsis tau muaj { $language }: nyeem ua { $read }
bulletin-end = Xaus xov xwm. Ua tsaug rau koj mloog.
bulletin-page = Nplooj { $page }/{ $pages }
expired-title = Nplooj ntawv no tsis siv lawm
expired-body = Nplooj ntawv no raug muab tshem tawm hnub { $date } vim nws cov ntaub ntawv tsis siv lawm.
## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } feeb
media-duration-seconds = { $seconds } vib nas this
media-download = Rub tawm ({ $format }, { $size })
media-fallback-notice = Tsab suab no tseem tsis tau muaj ua { $language }; no yog tsab ua { $original }.
media-transcript = Cov lus hais
media-chapters = Tshooj

## loa translations: segments without a recording or transcript of their own
translations-segments = Cov xov tooj cua thiab TV tseem tsis tau muaj lawv tus kheej lub suab lossis cov lus hais
translations-no-recording = Tseem tsis tau muaj lub suab
translations-no-transcript = Tseem tsis tau muaj cov lus hais

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (suab)
podcast-feed-video = Podcast (video)

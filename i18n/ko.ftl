# 한국어 (ko)
skip-to-content = 본문 바로가기
site-tagline = 모든 시민에게 디지털 지식과 기술을
nav-main = 주 메뉴
nav-home = 홈
nav-columns = 칼럼
nav-tags = 주제
language-switcher = 언어
latest-articles = 최신 기사
read-more = 더 읽기
published-on = { $date } 게시
by-authors = 글: { $authors }
in-column = 칼럼: { $column }
tags-label = 주제
reading-time = { $minutes ->
   *[other] { $minutes }분 분량
}
article-count = { $count ->
   *[other] 기사 { $count }건
}
fallback-notice = 이 기사는 아직 { $language } 버전이 없습니다. 아래는 { $original } 버전입니다.
fallback-original-link = 원문 보기
stale-notice = 이 기사의 원문이 번역 후에 수정되었습니다. 번역이 완전하지 않을 수 있습니다.
translations-available = 다른 언어로 읽기
tag-title = 주제: { $tag }
all-tags = 모든 주제
all-columns = 모든 칼럼
pagination = 페이지 이동
pagination-prev = 이전 페이지
pagination-next = 다음 페이지
pagination-page = { $total }페이지 중 { $page }페이지
feed-link = Atom으로 구독하기
not-found-title = 페이지를 찾을 수 없습니다
not-found-body = 찾으시는 페이지가 없거나 다른 곳으로 옮겨졌습니다.
back-home = 홈으로 돌아가기
footer-about = '모두를 위한 디지털 교육' 운동의 정보 사이트입니다.
footer-made-with = 이 사이트는 loa로 만들었습니다.
toc-title = 이 기사의 내용
footnotes-title = 주석
# loa serve: the box shown over the page while the site does not build
dev-build-failed = 사이트를 만들 수 없습니다
dev-build-failed-hint = 아래 문제를 고친 뒤 저장하세요. 이 페이지가 저절로 다시 로드됩니다.
dev-scheduled = 예약됨: { $date } 게시
dev-expired = { $date } 게시 종료
# loa translations --format html
translations-report = 번역 현황
translations-by-language = 언어별
translations-by-page = 페이지별
translations-kind = 콘텐츠
translations-language = 언어
translations-coverage = 최신
translations-translated = 번역됨
translations-stale = 오래됨
translations-missing = 번역 안 됨
translations-pages = 페이지 수
translations-page = 페이지
nav-search = 검색
search-title = 검색
search-label = 무엇을 찾으세요? (베트남어, 성조 표시는 있어도 없어도 됩니다)
search-button = 검색
search-needs-js = 검색에는 JavaScript가 필요한데 브라우저에서 꺼져 있거나 불러오지 못했습니다. 주제별로 기사를 찾을 수도 있습니다:
search-ready = 단어를 몇 개 입력하세요. 예: dang ky khai sinh
search-found = 검색 결과: { $count }건
search-none = 찾은 결과가 없습니다. 다른 단어로 해 보세요.
search-error = 검색 데이터를 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.

# Lessons and courses
nav-lessons = 강의
courses-heading = 과정
audiences-heading = 대상별 강의
audience-title = { $audience }를 위한 강의
lesson-count = { $count ->
   *[other] 강의 { $count }개
}
lesson-duration = { $minutes ->
   *[other] { $minutes }분
}
lesson-duration-label = 소요 시간:
lesson-level-label = 수준:
lesson-level-beginner = 초급
lesson-level-intermediate = 중급
lesson-level-advanced = 고급
lesson-audience-label = 대상:
lesson-number = { $number }강
lesson-step = { $number }단계
lesson-prerequisites = 먼저 들을 강의
lesson-print-hint = 이 안내서 인쇄하기: 인쇄하면(Ctrl + P) { $steps }단계가 A4 용지에 번호가 붙은 카드로, 메뉴 없이 나옵니다.
lesson-nav = 이 과정의 강의
lesson-prev = 이전 강의
lesson-next = 다음 강의
lesson-course-all = 과정의 모든 강의
translation-missing = 이 페이지는 아직 { $language } 버전이 없습니다. 아래는 { $original } 버전입니다.
translation-stale = 이 페이지의 원문이 번역 후에 수정되었습니다. 번역이 완전하지 않을 수 있습니다.

# Infographics
nav-infographics = 인포그래픽
infographic-data = 데이터 표
infographic-label = 지표
infographic-value = 수치
infographic-target = 목표
infographic-goal = 목표: { $target }
infographic-source = 출처: { $source }, { $date }
infographic-source-link = 출처 보기
infographic-download = SVG 이미지 내려받기(인쇄·소셜 미디어용)
infographic-view-full = 인포그래픽 전체와 데이터 보기
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, 목표 { $target }.
unit-percent = { $value }%
unit-vnd = { $value }동
unit-per100 = 100명당 { $value }
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = 절차 번호
qr-agency-label = 담당 기관
qr-safety = 이곳은 공식 사이트 { $domain }입니다. 이 페이지와 면사무소 직원은 절대로 송금이나 일회용 비밀번호(OTP), 비밀번호를 요구하지 않습니다.
qr-illustrative = 이 페이지의 절차 번호나 수수료는 설명을 위한 예시이며, 국가 공공서비스 포털과 대조하지 않았습니다.
qr-documents = 준비할 서류
qr-checklist-hint = 준비된 서류마다 표시하세요.
qr-form-original = { $count ->
   *[other] 원본 { $count }부
}
qr-form-copy = { $count ->
   *[other] 사본 { $count }부
}
qr-form-certified-copy = { $count ->
   *[other] 공증 사본 { $count }부
}
qr-form-show-original = 대조를 위해 원본 제시
qr-fee = 수수료
qr-fee-free = 무료
qr-fee-amount = { $amount }동
qr-processing-time = 처리 기간
qr-where = 신청 장소
qr-hours = 업무 시간
qr-phone = 전화
qr-online = 온라인 신청
qr-online-full = 사무소에 가지 않고 모든 절차를 온라인으로 할 수 있습니다.
qr-online-partial = 온라인으로 신청한 뒤 사무소에 가서 마무리할 수 있습니다.
qr-online-button = { $host }에서 온라인 신청
qr-lessons = 단계별 안내
qr-details = 절차 상세
qr-field = 분야
qr-who = 신청할 수 있는 사람
qr-steps = 절차
qr-legal-basis = 법적 근거
qr-commune-intro = 벽의 QR 코드를 스캔하거나 아래에서 절차를 골라 무엇을 준비할지 확인하세요.
qr-commune-procedures = { $count ->
   *[other] 절차 { $count }건
}
communes-title = 면별 QR 코너

## QR corner: the staff page of posters
posters-title = QR 코너 포스터
posters-intro = 직원용: A4 용지 세로 방향, 100% 배율('실제 크기')로 인쇄하고 '페이지에 맞춤'은 고르지 마세요. QR 코드는 너비가 4 cm 이상이어야 합니다. 면마다 벽에 붙이는 순서대로 QR 코너 전체를 담은 파일이 하나씩 있습니다.
posters-languages = 포스터 언어:
posters-corner = { $count ->
   *[other] QR 코너 전체 내려받기(A4 { $count }쪽, PDF)
}
posters-procedure = 절차
posters-short-url = 포스터에 인쇄된 주소
posters-files = 인쇄용 파일
posters-pages = 기사 포스터
posters-page = 기사

## QR corner: printed posters
poster-code = 절차 번호 { $code }
poster-scan = 스캔하면 준비물을 알 수 있습니다
poster-scan-page = 스캔하면 기사를 읽을 수 있습니다
poster-official = 공식 출처: { $domain }
poster-safety = 누구에게도 송금하거나 OTP 코드를 알려 주지 마세요. 정보를 입력하기 전에 사이트 주소를 확인하세요.
poster-stamp = { $date } 업데이트 · 버전 { $version }
poster-version = 버전 { $version }
poster-illustrative = 설명용 예시
redirect-title = 페이지가 이동했습니다
redirect-link = 이 페이지는 이동했습니다. 새 페이지 열기.
expired-title = 더 이상 유효하지 않은 페이지입니다
expired-body = 이 페이지는 내용이 더 이상 유효하지 않아 { $date }에 게시가 종료되었습니다.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = 마을 확성기 방송 원고
bulletin-column = 코너: { $column }
bulletin-range = { $from }부터 { $to }까지
bulletin-rate = 읽기 속도: 분당 { $rate }음절
bulletin-duration = { $minutes }분 { $seconds }초
bulletin-duration-seconds = { $seconds }초
bulletin-item-time = 읽는 시간: { $time }
bulletin-total = 합계: { $time } ({ $count }건)
bulletin-untranslated = 아직 { $language } 원고가 없습니다: { $read } 원고를 읽으세요
bulletin-end = 방송을 마칩니다. 들어 주셔서 감사합니다.
bulletin-page = { $page } / { $pages } 쪽

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes }분
media-duration-seconds = { $seconds }초
media-download = 내려받기 ({ $format }, { $size })
media-fallback-notice = 이 녹음은 아직 { $language }로 제공되지 않습니다. { $original } 녹음입니다.
media-transcript = 녹취록
media-chapters = 챕터

## loa translations: tags
translations-tags = 태그
translations-tag = 태그
translations-tag-undeclared = loa.yaml에 선언되지 않음

## loa translations: segments without a recording or transcript of their own
translations-segments = 자체 녹음이나 대본이 없는 방송
translations-no-recording = 자체 녹음 없음
translations-no-transcript = 자체 대본 없음

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = 팟캐스트 (오디오)
podcast-feed-video = 팟캐스트 (동영상)

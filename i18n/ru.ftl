# Русский (ru)
skip-to-content = Перейти к основному содержанию
site-tagline = Цифровые знания и навыки для каждого гражданина
nav-main = Основная навигация
nav-home = Главная
nav-columns = Рубрики
nav-tags = Темы
language-switcher = Язык
latest-articles = Последние статьи
read-more = Читать дальше
published-on = Опубликовано { $date }
by-authors = Авторы: { $authors }
in-column = Рубрика: { $column }
tags-label = Темы
reading-time = { $minutes ->
    [one] { $minutes } минута чтения
    [few] { $minutes } минуты чтения
    [many] { $minutes } минут чтения
   *[other] { $minutes } минуты чтения
}
article-count = { $count ->
    [one] { $count } статья
    [few] { $count } статьи
    [many] { $count } статей
   *[other] { $count } статьи
}
fallback-notice = Эта статья пока недоступна на языке «{ $language }». Ниже приведена версия на языке «{ $original }».
fallback-original-link = Открыть оригинал
stale-notice = Оригинал этой статьи изменился после перевода; перевод может быть неполным.
translations-available = Читать на другом языке
tag-title = Тема: { $tag }
all-tags = Все темы
all-columns = Все рубрики
pagination = Страницы
pagination-prev = Предыдущая страница
pagination-next = Следующая страница
pagination-page = Страница { $page } из { $total }
feed-link = Подписаться на ленту Atom
not-found-title = Страница не найдена
not-found-body = Страница, которую вы ищете, не существует или была перемещена.
back-home = На главную
footer-about = Информационный сайт движения «Цифровое образование для всех».
footer-made-with = Сайт создан с помощью loa.
toc-title = В этой статье
footnotes-title = Примечания
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Не удалось собрать сайт
dev-build-failed-hint = Исправьте ошибки ниже и сохраните файл: страница обновится сама.
dev-scheduled = Запланировано: выходит { $date }
dev-expired = Снято с публикации { $date }
# loa translations --format html
translations-report = Состояние переводов
translations-by-language = По языкам
translations-by-page = По страницам
translations-kind = Содержание
translations-language = Язык
translations-coverage = Актуально
translations-translated = Переведено
translations-stale = Устарело
translations-missing = Нет перевода
translations-pages = Страниц
translations-page = Страница
nav-search = Поиск
search-title = Поиск
search-label = Что вы ищете? (по-вьетнамски, с диакритикой или без)
search-button = Найти
search-needs-js = Для поиска нужен JavaScript, который в вашем браузере отключён или не загрузился. Статьи можно найти и по темам:
search-ready = Введите несколько слов, например: dang ky khai sinh.
search-found = Найдено: { $count }
search-none = Ничего не найдено. Попробуйте другие слова.
search-error = Не удалось загрузить данные для поиска. Проверьте подключение и попробуйте ещё раз.

# Lessons and courses
nav-lessons = Уроки
courses-heading = Курсы
audiences-heading = Уроки по аудиториям
audience-title = Уроки для: { $audience }
lesson-count = { $count ->
    [one] { $count } урок
    [few] { $count } урока
    [many] { $count } уроков
   *[other] { $count } урока
}
lesson-duration = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
lesson-duration-label = Длительность:
lesson-level-label = Уровень:
lesson-level-beginner = Начальный
lesson-level-intermediate = Средний
lesson-level-advanced = Продвинутый
lesson-audience-label = Для кого:
lesson-number = Урок { $number }
lesson-step = Шаг { $number }
lesson-prerequisites = Сначала пройдите
lesson-print-hint = Распечатайте это руководство: при печати (Ctrl + P) его шаги ({ $steps }) выходят пронумерованными карточками на бумаге A4, без навигации.
lesson-nav = Уроки этого курса
lesson-prev = Предыдущий урок
lesson-next = Следующий урок
lesson-course-all = Все уроки курса
translation-missing = Эта страница пока недоступна на языке «{ $language }». Ниже приведена версия на языке «{ $original }».
translation-stale = Оригинал этой страницы изменился после перевода; перевод может быть неполным.

# Infographics
nav-infographics = Инфографика
infographic-data = Таблица данных
infographic-label = Показатель
infographic-value = Значение
infographic-target = Цель
infographic-goal = Цель: { $target }
infographic-source = Источник: { $source }, { $date }
infographic-source-link = Открыть источник
infographic-download = Скачать изображение SVG (для печати и соцсетей)
infographic-view-full = Вся инфографика и её данные
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, цель — { $target }.
unit-percent = { $value } %
unit-vnd = { $value } донгов
unit-per100 = { $value } на 100 жителей
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Код процедуры
qr-agency-label = Ответственный орган
qr-safety = Это официальный сайт { $domain }. Ни этот сайт, ни сотрудники общины никогда не попросят вас перевести деньги или сообщить одноразовый код (OTP) или пароль.
qr-illustrative = Код процедуры или пошлина на этой странице — условный пример, не сверенный с Национальным порталом государственных услуг.
qr-documents = Какие документы подготовить
qr-checklist-hint = Отмечайте каждый документ, когда он готов.
qr-form-original = { $count ->
    [one] { $count } оригинал
    [few] { $count } оригинала
    [many] { $count } оригиналов
   *[other] { $count } оригинала
}
qr-form-copy = { $count ->
    [one] { $count } копия
    [few] { $count } копии
    [many] { $count } копий
   *[other] { $count } копии
}
qr-form-certified-copy = { $count ->
    [one] { $count } заверенная копия
    [few] { $count } заверенные копии
    [many] { $count } заверенных копий
   *[other] { $count } заверенной копии
}
qr-form-show-original = Предъявить оригинал для сверки
qr-fee = Пошлина
qr-fee-free = Бесплатно
qr-fee-amount = { $amount } донгов
qr-processing-time = Срок рассмотрения
qr-where = Куда подавать документы
qr-hours = Часы приёма
qr-phone = Телефон
qr-online = Подать онлайн
qr-online-full = Всю процедуру можно пройти онлайн, не приходя в учреждение.
qr-online-partial = Документы можно подать онлайн, а затем прийти в учреждение, чтобы завершить процедуру.
qr-online-button = Подать онлайн на { $host }
qr-lessons = Пошаговые руководства
qr-details = Подробности процедуры
qr-field = Область
qr-who = Кто может обратиться
qr-steps = Шаги
qr-legal-basis = Правовое основание
qr-commune-intro = Отсканируйте QR-код на стене или выберите процедуру ниже, чтобы узнать, что подготовить.
qr-commune-procedures = { $count ->
    [one] { $count } процедура
    [few] { $count } процедуры
    [many] { $count } процедур
   *[other] { $count } процедуры
}
communes-title = QR-уголки общин

## QR corner: the staff page of posters
posters-title = Плакаты QR-уголка
posters-intro = Для сотрудников: печатайте на бумаге A4 в книжной ориентации в масштабе 100 % («Фактический размер»), а не «По размеру страницы». Каждый QR-код должен быть не меньше 4 см в ширину. У каждой общины есть один файл со всем её QR-уголком в том порядке, в каком плакаты висят на стене.
posters-languages = Языки плакатов:
posters-corner = { $count ->
    [one] Скачать весь QR-уголок ({ $count } страница A4, PDF)
    [few] Скачать весь QR-уголок ({ $count } страницы A4, PDF)
    [many] Скачать весь QR-уголок ({ $count } страниц A4, PDF)
   *[other] Скачать весь QR-уголок ({ $count } страницы A4, PDF)
}
posters-procedure = Процедура
posters-short-url = Адрес, напечатанный на плакате
posters-files = Файлы для печати
posters-pages = Плакаты статей
posters-page = Статья

## QR corner: printed posters
poster-code = Код процедуры { $code }
poster-scan = Отсканируйте, чтобы узнать, что взять с собой
poster-scan-page = Отсканируйте, чтобы прочитать статью
poster-official = Официальный источник: { $domain }
poster-safety = Никому не переводите деньги и не называйте код OTP. Проверьте адрес сайта, прежде чем что-либо вводить.
poster-stamp = Обновлено { $date } · версия { $version }
poster-version = Версия { $version }
poster-illustrative = УСЛОВНЫЙ ПРИМЕР
redirect-title = Страница перемещена
redirect-link = Эта страница перемещена. Открыть новую страницу.
expired-title = Эта страница больше не актуальна
expired-body = Эта страница снята с публикации { $date }, потому что её содержание больше не актуально.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = ВЫПУСК ДЛЯ ОБЩИННОГО ГРОМКОГОВОРИТЕЛЯ
bulletin-column = Рубрика: { $column }
bulletin-range = С { $from } по { $to }
bulletin-rate = Скорость чтения: { $rate } слогов в минуту
bulletin-duration = { $minutes } мин { $seconds } с
bulletin-duration-seconds = { $seconds } с
bulletin-item-time = Время чтения: { $time }
bulletin-total = Всего: { $time } (материалов: { $count })
bulletin-untranslated = Пока нет на языке «{ $language }»: читать текст на языке «{ $read }»
bulletin-end = Конец выпуска. Спасибо за внимание.
bulletin-page = Страница { $page } из { $pages }

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
media-duration-seconds = { $seconds ->
    [one] { $seconds } секунда
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}
media-download = Скачать ({ $format }, { $size })
media-fallback-notice = Этой записи пока нет на языке «{ $language }»; это запись на языке «{ $original }».
media-transcript = Расшифровка
media-chapters = Главы

## loa translations: tags
translations-tags = Теги
translations-tag = Тег
translations-tag-undeclared = не объявлен в loa.yaml

## loa translations: segments without a recording or transcript of their own
translations-segments = Выпуски без собственной записи или расшифровки
translations-no-recording = Нет собственной записи
translations-no-transcript = Нет собственной расшифровки

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Подкаст (аудио)
podcast-feed-video = Подкаст (видео)

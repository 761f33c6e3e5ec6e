# Español (es)
skip-to-content = Ir al contenido principal
site-tagline = Conocimientos y competencias digitales para toda la ciudadanía
nav-main = Navegación principal
nav-home = Inicio
nav-columns = Secciones
nav-tags = Temas
language-switcher = Idioma
latest-articles = Últimos artículos
read-more = Seguir leyendo
published-on = Publicado el { $date }
by-authors = Por { $authors }
in-column = Sección: { $column }
tags-label = Temas
reading-time = { $minutes ->
    [one] { $minutes } minuto de lectura
   *[other] { $minutes } minutos de lectura
}
article-count = { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
}
fallback-notice = Este artículo aún no está disponible en { $language }. El texto siguiente es la versión en { $original }.
fallback-original-link = Ver el original
stale-notice = El original de este artículo se actualizó después de traducirse; la traducción puede estar incompleta.
translations-available = Leer en otro idioma
tag-title = Tema: { $tag }
all-tags = Todos los temas
all-columns = Todas las secciones
pagination = Paginación
pagination-prev = Página anterior
pagination-next = Página siguiente
pagination-page = Página { $page } de { $total }
feed-link = Seguir con el canal Atom
not-found-title = Página no encontrada
not-found-body = La página que busca no existe o se ha trasladado.
back-home = Volver al inicio
footer-about = El sitio informativo del movimiento «Educación Digital para Todos».
footer-made-with = Este sitio está hecho con loa.
toc-title = En este artículo
footnotes-title = Notas
# loa serve: the box shown over the page while the site does not build
dev-build-failed = No se pudo generar el sitio
dev-build-failed-hint = Corrija los problemas de abajo y guarde: esta página se recarga sola.
dev-scheduled = Programado: se publica el { $date }
dev-expired = Caducó el { $date }
# loa translations --format html
translations-report = Estado de las traducciones
translations-by-language = Por idioma
translations-by-page = Por página
translations-kind = Contenido
translations-language = Idioma
translations-coverage = Al día
translations-translated = Traducido
translations-stale = Desactualizado
translations-missing = Falta
translations-pages = Páginas
translations-page = Página
nav-search = Búsqueda
search-title = Búsqueda
search-label = ¿Qué busca? (en vietnamita, con o sin tildes)
search-button = Buscar
search-needs-js = La búsqueda necesita JavaScript, que su navegador ha desactivado o no ha cargado. Aún puede encontrar artículos por tema:
search-ready = Escriba algunas palabras, por ejemplo: dang ky khai sinh.
search-found = Resultados: { $count }
search-none = No se encontró nada. Pruebe con otras palabras.
search-error = No se pudieron cargar los datos de búsqueda. Compruebe su conexión y vuelva a intentarlo.

# Lessons and courses
nav-lessons = Lecciones
courses-heading = Cursos
audiences-heading = Lecciones por público
audience-title = Lecciones para: { $audience }
lesson-count = { $count ->
    [one] { $count } lección
   *[other] { $count } lecciones
}
lesson-duration = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
lesson-duration-label = Duración:
lesson-level-label = Nivel:
lesson-level-beginner = Básico
lesson-level-intermediate = Intermedio
lesson-level-advanced = Avanzado
lesson-audience-label = Para:
lesson-number = Lección { $number }
lesson-step = Paso { $number }
lesson-prerequisites = Haga antes estas lecciones
lesson-print-hint = Imprima esta guía: al imprimirla (Ctrl + P), sus { $steps } pasos salen como fichas numeradas en papel A4, sin la navegación.
lesson-nav = Lecciones de este curso
lesson-prev = Lección anterior
lesson-next = Lección siguiente
lesson-course-all = Todas las lecciones del curso
translation-missing = Esta página aún no está disponible en { $language }. El texto siguiente es la versión en { $original }.
translation-stale = El original de esta página se actualizó después de traducirse; la traducción puede estar incompleta.

# Infographics
nav-infographics = Infografías
infographic-data = Tabla de datos
infographic-label = Indicador
infographic-value = Valor
infographic-target = Meta
infographic-goal = Meta: { $target }
infographic-source = Fuente: { $source }, { $date }
infographic-source-link = Ver la fuente
infographic-download = Descargar la imagen SVG (para prensa y redes sociales)
infographic-view-full = Ver la infografía completa y sus datos
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, frente a una meta de { $target }.
unit-percent = { $value } %
unit-vnd = { $value } VND
unit-per100 = { $value } por cada 100 habitantes
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Código del trámite
qr-agency-label = Organismo responsable
qr-safety = Este es el sitio oficial { $domain }. Ni esta página ni el personal de la comuna le pedirán nunca que transfiera dinero ni que dé un código de un solo uso (OTP) o una contraseña.
qr-illustrative = El código del trámite o la tasa de esta página son un ejemplo ilustrativo, no cotejado con el Portal Nacional de Servicios Públicos.
qr-documents = Documentos que preparar
qr-checklist-hint = Marque cada documento cuando lo tenga listo.
qr-form-original = { $count ->
    [one] { $count } original
   *[other] { $count } originales
}
qr-form-copy = { $count ->
    [one] { $count } copia
   *[other] { $count } copias
}
qr-form-certified-copy = { $count ->
    [one] { $count } copia compulsada
   *[other] { $count } copias compulsadas
}
qr-form-show-original = Presentar el original para su cotejo
qr-fee = Tasa
qr-fee-free = Gratuito
qr-fee-amount = { $amount } VND
qr-processing-time = Plazo de resolución
qr-where = Dónde presentar la solicitud
qr-hours = Horario de atención
qr-phone = Teléfono
qr-online = Hacer el trámite en línea
qr-online-full = Puede hacer todo el trámite en línea, sin acudir a la oficina.
qr-online-partial = Puede presentar la solicitud en línea y después acudir a la oficina para terminar.
qr-online-button = Hacer el trámite en { $host }
qr-lessons = Guías paso a paso
qr-details = Detalles del trámite
qr-field = Ámbito
qr-who = Quién puede hacer el trámite
qr-steps = Pasos
qr-legal-basis = Base jurídica
qr-commune-intro = Escanee un código QR de la pared, o elija un trámite abajo, para saber qué preparar.
qr-commune-procedures = { $count ->
    [one] { $count } trámite
   *[other] { $count } trámites
}
communes-title = Rincones QR de las comunas

## QR corner: the staff page of posters
posters-title = Carteles del rincón QR
posters-intro = Para el personal: imprima en papel A4 vertical al 100 % («Tamaño real»), no «Ajustar a la página». Cada código QR debe medir al menos 4 cm de ancho. Cada comuna tiene un archivo con todo su rincón QR, en el orden en que los carteles cuelgan en la pared.
posters-languages = Idiomas de los carteles:
posters-corner = { $count ->
    [one] Descargar todo el rincón QR ({ $count } página A4, PDF)
   *[other] Descargar todo el rincón QR ({ $count } páginas A4, PDF)
}
posters-procedure = Trámite
posters-short-url = Dirección impresa en el cartel
posters-files = Archivos para imprimir
posters-pages = Carteles de los artículos
posters-page = Artículo

## QR corner: printed posters
poster-code = Código del trámite { $code }
poster-scan = Escanee para saber qué llevar
poster-scan-page = Escanee para leer el artículo
poster-official = Fuente oficial: { $domain }
poster-safety = Nunca transfiera dinero ni lea un código OTP a nadie. Compruebe la dirección del sitio antes de escribir nada.
poster-stamp = Actualizado el { $date } · versión { $version }
poster-version = Versión { $version }
poster-illustrative = EJEMPLO ILUSTRATIVO
redirect-title = Esta página se ha trasladado
redirect-link = Esta página se ha trasladado. Abrir la página nueva.
expired-title = Esta página ya no está vigente
expired-body = Esta página se retiró el { $date } porque su contenido ya no está vigente.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = BOLETÍN DEL ALTAVOZ COMUNAL
bulletin-column = Sección: { $column }
bulletin-range = Del { $from } al { $to }
bulletin-rate = Velocidad de lectura: { $rate } sílabas por minuto
bulletin-duration = { $minutes } min { $seconds } s
bulletin-duration-seconds = { $seconds } s
bulletin-item-time = Tiempo de lectura: { $time }
bulletin-total = Total: { $time } ({ $count } noticias)
bulletin-untranslated = Aún no disponible en { $language }: leer el texto en { $read }
bulletin-end = Fin del boletín. Gracias por su atención.
bulletin-page = Página { $page } de { $pages }

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
media-duration-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
media-download = Descargar ({ $format }, { $size })
media-fallback-notice = Esta grabación aún no está disponible en { $language }; esta es la grabación en { $original }.
media-transcript = Transcripción
media-chapters = Capítulos

## loa translations: tags
translations-tags = Etiquetas
translations-tag = Etiqueta
translations-tag-undeclared = no declarada en loa.yaml

## loa translations: segments without a recording or transcript of their own
translations-segments = Emisiones sin grabación o transcripción propia
translations-no-recording = Sin grabación propia
translations-no-transcript = Sin transcripción propia

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Pódcast (audio)
podcast-feed-video = Pódcast (vídeo)

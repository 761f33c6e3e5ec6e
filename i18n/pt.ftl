# Português (pt)
skip-to-content = Ir para o conteúdo principal
site-tagline = Conhecimentos e competências digitais para todos os cidadãos
nav-main = Navegação principal
nav-home = Início
nav-columns = Seções
nav-tags = Temas
language-switcher = Idioma
latest-articles = Artigos mais recentes
read-more = Continuar lendo
published-on = Publicado em { $date }
by-authors = Por { $authors }
in-column = Seção: { $column }
tags-label = Temas
reading-time = { $minutes ->
    [one] { $minutes } minuto de leitura
   *[other] { $minutes } minutos de leitura
}
article-count = { $count ->
    [one] { $count } artigo
   *[other] { $count } artigos
}
fallback-notice = Este artigo ainda não está disponível em { $language }. O texto abaixo é a versão em { $original }.
fallback-original-link = Ver o original
stale-notice = O original deste artigo foi atualizado depois de traduzido; a tradução pode estar incompleta.
translations-available = Ler em outro idioma
tag-title = Tema: { $tag }
all-tags = Todos os temas
all-columns = Todas as seções
pagination = Paginação
pagination-prev = Página anterior
pagination-next = Próxima página
pagination-page = Página { $page } de { $total }
feed-link = Acompanhar pelo feed Atom
not-found-title = Página não encontrada
not-found-body = A página que você procura não existe ou foi movida.
back-home = Voltar ao início
footer-about = O site de informação do movimento “Educação Digital para Todos”.
footer-made-with = Este site é feito com loa.
toc-title = Neste artigo
footnotes-title = Notas
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Não foi possível gerar o site
dev-build-failed-hint = Corrija os problemas abaixo e salve: esta página recarrega sozinha.
dev-scheduled = Agendado: publica em { $date }
dev-expired = Expirou em { $date }
# loa translations --format html
translations-report = Estado das traduções
translations-by-language = Por idioma
translations-by-page = Por página
translations-kind = Conteúdo
translations-language = Idioma
translations-coverage = Atualizado
translations-translated = Traduzido
translations-stale = Desatualizado
translations-missing = Em falta
translations-pages = Páginas
translations-page = Página
nav-search = Pesquisa
search-title = Pesquisa
search-label = O que você procura? (em vietnamita, com ou sem acentos)
search-button = Pesquisar
search-needs-js = A pesquisa precisa de JavaScript, que o seu navegador desativou ou não carregou. Você ainda pode encontrar artigos por tema:
search-ready = Digite algumas palavras, por exemplo: dang ky khai sinh.
search-found = Resultados: { $count }
search-none = Nada encontrado. Tente outras palavras.
search-error = Não foi possível carregar os dados da pesquisa. Verifique a sua conexão e tente de novo.

# Lessons and courses
nav-lessons = Lições
courses-heading = Cursos
audiences-heading = Lições por público
audience-title = Lições para: { $audience }
lesson-count = { $count ->
    [one] { $count } lição
   *[other] { $count } lições
}
lesson-duration = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
lesson-duration-label = Duração:
lesson-level-label = Nível:
lesson-level-beginner = Básico
lesson-level-intermediate = Intermediário
lesson-level-advanced = Avançado
lesson-audience-label = Para:
lesson-number = Lição { $number }
lesson-step = Passo { $number }
lesson-prerequisites = Faça antes estas lições
lesson-print-hint = Imprima este guia: ao imprimir (Ctrl + P), os seus { $steps } passos saem como fichas numeradas em papel A4, sem a navegação.
lesson-nav = Lições deste curso
lesson-prev = Lição anterior
lesson-next = Próxima lição
lesson-course-all = Todas as lições do curso
translation-missing = Esta página ainda não está disponível em { $language }. O texto abaixo é a versão em { $original }.
translation-stale = O original desta página foi atualizado depois de traduzido; a tradução pode estar incompleta.

# Infographics
nav-infographics = Infográficos
infographic-data = Tabela de dados
infographic-label = Indicador
infographic-value = Valor
infographic-target = Meta
infographic-goal = Meta: { $target }
infographic-source = Fonte: { $source }, { $date }
infographic-source-link = Ver a fonte
infographic-download = Baixar a imagem SVG (para imprensa e redes sociais)
infographic-view-full = Ver o infográfico completo e os seus dados
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, para uma meta de { $target }.
unit-percent = { $value }%
unit-vnd = { $value } VND
unit-per100 = { $value } por 100 habitantes
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Código do procedimento
qr-agency-label = Órgão responsável
qr-safety = Este é o site oficial { $domain }. Nem esta página nem os funcionários da comuna pedirão que você transfira dinheiro ou informe um código de uso único (OTP) ou senha.
qr-illustrative = O código do procedimento ou a taxa nesta página são um exemplo ilustrativo, não conferido no Portal Nacional de Serviços Públicos.
qr-documents = Documentos a preparar
qr-checklist-hint = Marque cada documento quando estiver pronto.
qr-form-original = { $count ->
    [one] { $count } original
   *[other] { $count } originais
}
qr-form-copy = { $count ->
    [one] { $count } cópia
   *[other] { $count } cópias
}
qr-form-certified-copy = { $count ->
    [one] { $count } cópia autenticada
   *[other] { $count } cópias autenticadas
}
qr-form-show-original = Apresentar o original para conferência
qr-fee = Taxa
qr-fee-free = Gratuito
qr-fee-amount = { $amount } VND
qr-processing-time = Prazo de atendimento
qr-where = Onde entregar o pedido
qr-hours = Horário de atendimento
qr-phone = Telefone
qr-online = Fazer o pedido on-line
qr-online-full = Todo o procedimento pode ser feito on-line, sem ir à repartição.
qr-online-partial = Você pode enviar o pedido on-line e depois ir à repartição para concluir.
qr-online-button = Fazer o pedido em { $host }
qr-lessons = Guias passo a passo
qr-details = Detalhes do procedimento
qr-field = Área
qr-who = Quem pode fazer o pedido
qr-steps = Passos
qr-legal-basis = Base legal
qr-commune-intro = Leia um código QR na parede, ou escolha um procedimento abaixo, para saber o que preparar.
qr-commune-procedures = { $count ->
    [one] { $count } procedimento
   *[other] { $count } procedimentos
}
communes-title = Cantos QR das comunas

## QR corner: the staff page of posters
posters-title = Cartazes do canto QR
posters-intro = Para funcionários: imprima em papel A4 retrato a 100 % (“Tamanho real”), não “Ajustar à página”. Cada código QR deve ter pelo menos 4 cm de largura. Cada comuna tem um arquivo com todo o seu canto QR, na ordem em que os cartazes ficam na parede.
posters-languages = Idiomas dos cartazes:
posters-corner = { $count ->
    [one] Baixar todo o canto QR ({ $count } página A4, PDF)
   *[other] Baixar todo o canto QR ({ $count } páginas A4, PDF)
}
posters-procedure = Procedimento
posters-short-url = Endereço impresso no cartaz
posters-files = Arquivos para imprimir
posters-pages = Cartazes dos artigos
posters-page = Artigo

## QR corner: printed posters
poster-code = Código do procedimento { $code }
poster-scan = Leia o código para saber o que levar
poster-scan-page = Leia o código para ler o artigo
poster-official = Fonte oficial: { $domain }
poster-safety = Nunca transfira dinheiro nem diga um código OTP a ninguém. Confira o endereço do site antes de digitar qualquer coisa.
poster-stamp = Atualizado em { $date } · versão { $version }
poster-version = Versão { $version }
poster-illustrative = EXEMPLO ILUSTRATIVO
redirect-title = Esta página mudou de endereço
redirect-link = Esta página mudou de endereço. Abrir a nova página.
expired-title = Esta página não está mais em vigor
expired-body = Esta página foi retirada em { $date } porque o seu conteúdo não está mais em vigor.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = BOLETIM DO ALTIFALANTE COMUNAL
bulletin-column = Rubrica: { $column }
bulletin-range = De { $from } a { $to }
bulletin-rate = Velocidade de leitura: { $rate } sílabas por minuto
bulletin-duration = { $minutes } min { $seconds } s
bulletin-duration-seconds = { $seconds } s
bulletin-item-time = Tempo de leitura: { $time }
bulletin-total = Total: { $time } ({ $count } notícias)
bulletin-untranslated = Ainda não disponível em { $language }: ler o texto em { $read }
bulletin-end = Fim do boletim. Obrigado pela atenção.
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
media-download = Descarregar ({ $format }, { $size })
media-fallback-notice = Esta gravação ainda não existe em { $language }; esta é a gravação em { $original }.
media-transcript = Transcrição
media-chapters = Capítulos

## loa translations: tags
translations-tags = Etiquetas
translations-tag = Etiqueta
translations-tag-undeclared = não declarada em loa.yaml

## loa translations: segments without a recording or transcript of their own
translations-segments = Programas sem gravação ou transcrição própria
translations-no-recording = Sem gravação própria
translations-no-transcript = Sem transcrição própria

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (áudio)
podcast-feed-video = Podcast (vídeo)

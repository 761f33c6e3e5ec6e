# Français (fr)
skip-to-content = Aller au contenu principal
site-tagline = Des savoirs et des compétences numériques pour chaque citoyen
nav-main = Navigation principale
nav-home = Accueil
nav-columns = Rubriques
nav-tags = Thèmes
language-switcher = Langue
latest-articles = Derniers articles
read-more = Lire la suite
published-on = Publié le { $date }
by-authors = Par { $authors }
in-column = Rubrique : { $column }
tags-label = Thèmes
reading-time = { $minutes ->
    [one] { $minutes } minute de lecture
   *[other] { $minutes } minutes de lecture
}
article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
fallback-notice = Cet article n’est pas encore disponible en { $language }. Le texte ci-dessous est la version en { $original }.
fallback-original-link = Voir l’original
stale-notice = L’original de cet article a été modifié après sa traduction ; la traduction peut être incomplète.
translations-available = Lire dans une autre langue
tag-title = Thème : { $tag }
all-tags = Tous les thèmes
all-columns = Toutes les rubriques
pagination = Pagination
pagination-prev = Page précédente
pagination-next = Page suivante
pagination-page = Page { $page } sur { $total }
feed-link = S’abonner au flux Atom
not-found-title = Page introuvable
not-found-body = La page que vous cherchez n’existe pas ou a été déplacée.
back-home = Retour à l’accueil
footer-about = Le site d’information du mouvement « Éducation numérique pour tous ».
footer-made-with = Ce site est construit avec loa.
toc-title = Dans cet article
footnotes-title = Notes
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Le site n’a pas pu être construit
dev-build-failed-hint = Corrigez les problèmes ci-dessous et enregistrez : cette page se recharge d’elle-même.
dev-scheduled = Programmé : paraît le { $date }
dev-expired = Expiré le { $date }
# loa translations --format html
translations-report = État des traductions
translations-by-language = Par langue
translations-by-page = Par page
translations-kind = Contenu
translations-language = Langue
translations-coverage = À jour
translations-translated = Traduit
translations-stale = Périmé
translations-missing = Manquant
translations-pages = Pages
translations-page = Page
nav-search = Recherche
search-title = Recherche
search-label = Que cherchez-vous ? (en vietnamien, avec ou sans accents)
search-button = Rechercher
search-needs-js = La recherche a besoin de JavaScript, que votre navigateur a désactivé ou n’a pas chargé. Vous pouvez toujours trouver les articles par thème :
search-ready = Tapez quelques mots, par exemple : dang ky khai sinh.
search-found = Résultats : { $count }
search-none = Aucun résultat. Essayez d’autres mots.
search-error = Les données de recherche n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.

# Lessons and courses
nav-lessons = Leçons
courses-heading = Cours
audiences-heading = Leçons par public
audience-title = Leçons pour : { $audience }
lesson-count = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}
lesson-duration = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
lesson-duration-label = Durée :
lesson-level-label = Niveau :
lesson-level-beginner = Débutant
lesson-level-intermediate = Intermédiaire
lesson-level-advanced = Avancé
lesson-audience-label = Pour :
lesson-number = Leçon { $number }
lesson-step = Étape { $number }
lesson-prerequisites = À suivre d’abord
lesson-print-hint = Imprimer ce guide : à l’impression (Ctrl + P), ses { $steps } étapes sortent en fiches numérotées sur papier A4, sans la navigation.
lesson-nav = Leçons de ce cours
lesson-prev = Leçon précédente
lesson-next = Leçon suivante
lesson-course-all = Toutes les leçons du cours
translation-missing = Cette page n’est pas encore disponible en { $language }. Le texte ci-dessous est la version en { $original }.
translation-stale = L’original de cette page a été modifié après sa traduction ; la traduction peut être incomplète.

# Infographics
nav-infographics = Infographies
infographic-data = Tableau de données
infographic-label = Indicateur
infographic-value = Valeur
infographic-target = Objectif
infographic-goal = Objectif : { $target }
infographic-source = Source : { $source }, { $date }
infographic-source-link = Voir la source
infographic-download = Télécharger l’image SVG (pour la presse et les réseaux sociaux)
infographic-view-full = Voir l’infographie complète et ses données
infographic-desc-figure = { $label } : { $value }.
infographic-desc-progress = { $label } : { $value }, pour un objectif de { $target }.
unit-percent = { $value } %
unit-vnd = { $value } VND
unit-per100 = { $value } pour 100 habitants
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Code de la démarche
qr-agency-label = Service compétent
qr-safety = Ceci est le site officiel { $domain }. Ni cette page ni les agents de la commune ne vous demanderont jamais de virer de l’argent ni de donner un code à usage unique (OTP) ou un mot de passe.
qr-illustrative = Le code de la démarche ou les frais indiqués sur cette page sont un exemple, non vérifié auprès du Portail national des services publics.
qr-documents = Pièces à préparer
qr-checklist-hint = Cochez chaque pièce une fois prête.
qr-form-original = { $count ->
    [one] { $count } original
   *[other] { $count } originaux
}
qr-form-copy = { $count ->
    [one] { $count } copie
   *[other] { $count } copies
}
qr-form-certified-copy = { $count ->
    [one] { $count } copie certifiée conforme
   *[other] { $count } copies certifiées conformes
}
qr-form-show-original = Présenter l’original pour vérification
qr-fee = Frais
qr-fee-free = Gratuit
qr-fee-amount = { $amount } VND
qr-processing-time = Délai de traitement
qr-where = Où déposer le dossier
qr-hours = Horaires d’ouverture
qr-phone = Téléphone
qr-online = Faire la démarche en ligne
qr-online-full = Toute la démarche peut se faire en ligne, sans vous déplacer.
qr-online-partial = Vous pouvez déposer le dossier en ligne, puis vous rendre au guichet pour terminer.
qr-online-button = Faire la démarche sur { $host }
qr-lessons = Guides pas à pas
qr-details = Détails de la démarche
qr-field = Domaine
qr-who = Qui peut faire la démarche
qr-steps = Étapes
qr-legal-basis = Base juridique
qr-commune-intro = Scannez un code QR au mur, ou choisissez une démarche ci-dessous, pour savoir quoi préparer.
qr-commune-procedures = { $count ->
    [one] { $count } démarche
   *[other] { $count } démarches
}
communes-title = Coins QR des communes

## QR corner: the staff page of posters
posters-title = Affiches du coin QR
posters-intro = Pour les agents : imprimer sur papier A4 portrait à 100 % (« Taille réelle »), et non « Ajuster à la page ». Chaque code QR doit mesurer au moins 4 cm de large. Chaque commune a un fichier avec tout son coin QR, dans l’ordre où les affiches sont posées au mur.
posters-languages = Langues des affiches :
posters-corner = { $count ->
    [one] Télécharger tout le coin QR ({ $count } page A4, PDF)
   *[other] Télécharger tout le coin QR ({ $count } pages A4, PDF)
}
posters-procedure = Démarche
posters-short-url = Adresse imprimée sur l’affiche
posters-files = Fichiers à imprimer
posters-pages = Affiches des articles
posters-page = Article

## QR corner: printed posters
poster-code = Code de la démarche { $code }
poster-scan = Scannez pour savoir quoi apporter
poster-scan-page = Scannez pour lire l’article
poster-official = Source officielle : { $domain }
poster-safety = Ne virez jamais d’argent et ne lisez jamais un code OTP à qui que ce soit. Vérifiez l’adresse du site avant de saisir quoi que ce soit.
poster-stamp = Mis à jour le { $date } · version { $version }
poster-version = Version { $version }
poster-illustrative = EXEMPLE FICTIF
redirect-title = Cette page a été déplacée
redirect-link = Cette page a été déplacée. Ouvrir la nouvelle page.
expired-title = Cette page n’est plus d’actualité
expired-body = Cette page a été retirée le { $date } : son contenu n’est plus d’actualité.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = BULLETIN DU HAUT-PARLEUR COMMUNAL
bulletin-column = Rubrique : { $column }
bulletin-range = Du { $from } au { $to }
bulletin-rate = Débit de lecture : { $rate } syllabes par minute
bulletin-duration = { $minutes } min { $seconds } s
bulletin-duration-seconds = { $seconds } s
bulletin-item-time = Durée de lecture : { $time }
bulletin-total = Total : { $time } ({ $count } sujets)
bulletin-untranslated = Pas encore en { $language } : lire le texte en { $read }
bulletin-end = Fin du bulletin. Merci de votre écoute.
bulletin-page = Page { $page } sur { $pages }

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
media-duration-seconds = { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}
media-download = Télécharger ({ $format }, { $size })
media-fallback-notice = Cet enregistrement n’existe pas encore en { $language } ; voici l’enregistrement en { $original }.
media-transcript = Transcription
media-chapters = Chapitres

## loa translations: tags
translations-tags = Étiquettes
translations-tag = Étiquette
translations-tag-undeclared = non déclarée dans loa.yaml

## loa translations: segments without a recording or transcript of their own
translations-segments = Émissions sans enregistrement ou transcription propre
translations-no-recording = Pas d’enregistrement propre
translations-no-transcript = Pas de transcription propre

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (audio)
podcast-feed-video = Podcast (vidéo)

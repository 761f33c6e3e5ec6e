# Deutsch (de)
skip-to-content = Zum Hauptinhalt springen
site-tagline = Digitales Wissen und digitale Fähigkeiten für alle Bürgerinnen und Bürger
nav-main = Hauptnavigation
nav-home = Startseite
nav-columns = Rubriken
nav-tags = Themen
language-switcher = Sprache
latest-articles = Neueste Artikel
read-more = Weiterlesen
published-on = Veröffentlicht am { $date }
by-authors = Von { $authors }
in-column = Rubrik: { $column }
tags-label = Themen
reading-time = { $minutes ->
    [one] { $minutes } Minute Lesezeit
   *[other] { $minutes } Minuten Lesezeit
}
article-count = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
fallback-notice = Dieser Artikel ist noch nicht auf { $language } verfügbar. Unten steht die Fassung auf { $original }.
fallback-original-link = Original ansehen
stale-notice = Das Original dieses Artikels wurde nach der Übersetzung geändert; die Übersetzung ist möglicherweise unvollständig.
translations-available = In einer anderen Sprache lesen
tag-title = Thema: { $tag }
all-tags = Alle Themen
all-columns = Alle Rubriken
pagination = Seitennavigation
pagination-prev = Vorherige Seite
pagination-next = Nächste Seite
pagination-page = Seite { $page } von { $total }
feed-link = Per Atom-Feed folgen
not-found-title = Seite nicht gefunden
not-found-body = Die gesuchte Seite gibt es nicht oder sie wurde verschoben.
back-home = Zurück zur Startseite
footer-about = Die Informationsseite der Bewegung „Digitale Bildung für alle“.
footer-made-with = Diese Seite wurde mit loa erstellt.
toc-title = In diesem Artikel
footnotes-title = Anmerkungen
# loa serve: the box shown over the page while the site does not build
dev-build-failed = Die Website konnte nicht erstellt werden
dev-build-failed-hint = Beheben Sie die Probleme unten und speichern Sie: Diese Seite lädt sich dann von selbst neu.
dev-scheduled = Geplant: erscheint am { $date }
dev-expired = Abgelaufen am { $date }
# loa translations --format html
translations-report = Stand der Übersetzungen
translations-by-language = Nach Sprache
translations-by-page = Nach Seite
translations-kind = Inhalt
translations-language = Sprache
translations-coverage = Aktuell
translations-translated = Übersetzt
translations-stale = Veraltet
translations-missing = Fehlt
translations-pages = Seiten
translations-page = Seite
nav-search = Suche
search-title = Suche
search-label = Wonach suchen Sie? (auf Vietnamesisch, mit oder ohne Akzente)
search-button = Suchen
search-needs-js = Die Suche braucht JavaScript, das Ihr Browser abgeschaltet oder nicht geladen hat. Artikel finden Sie auch über die Themen:
search-ready = Geben Sie ein paar Wörter ein, zum Beispiel: dang ky khai sinh.
search-found = Ergebnisse: { $count }
search-none = Nichts gefunden. Versuchen Sie andere Wörter.
search-error = Die Suchdaten konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.

# Lessons and courses
nav-lessons = Lektionen
courses-heading = Kurse
audiences-heading = Lektionen nach Zielgruppe
audience-title = Lektionen für: { $audience }
lesson-count = { $count ->
    [one] { $count } Lektion
   *[other] { $count } Lektionen
}
lesson-duration = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
lesson-duration-label = Dauer:
lesson-level-label = Niveau:
lesson-level-beginner = Einsteiger
lesson-level-intermediate = Fortgeschrittene
lesson-level-advanced = Profis
lesson-audience-label = Für:
lesson-number = Lektion { $number }
lesson-step = Schritt { $number }
lesson-prerequisites = Vorher zu lernen
lesson-print-hint = Diese Anleitung drucken: Beim Drucken (Strg + P) werden ihre { $steps } Schritte zu nummerierten Karten auf A4-Papier, ohne die Navigation.
lesson-nav = Lektionen dieses Kurses
lesson-prev = Vorherige Lektion
lesson-next = Nächste Lektion
lesson-course-all = Alle Lektionen des Kurses
translation-missing = Diese Seite ist noch nicht auf { $language } verfügbar. Unten steht die Fassung auf { $original }.
translation-stale = Das Original dieser Seite wurde nach der Übersetzung geändert; die Übersetzung ist möglicherweise unvollständig.

# Infographics
nav-infographics = Infografiken
infographic-data = Datentabelle
infographic-label = Kennzahl
infographic-value = Wert
infographic-target = Ziel
infographic-goal = Ziel: { $target }
infographic-source = Quelle: { $source }, { $date }
infographic-source-link = Quelle ansehen
infographic-download = SVG-Bild herunterladen (für Presse und soziale Medien)
infographic-view-full = Ganze Infografik mit Daten ansehen
infographic-desc-figure = { $label }: { $value }.
infographic-desc-progress = { $label }: { $value }, Ziel { $target }.
unit-percent = { $value } %
unit-vnd = { $value } VND
unit-per100 = { $value } je 100 Einwohner
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = Verfahrensnummer
qr-agency-label = Zuständige Stelle
qr-safety = Dies ist die offizielle Website { $domain }. Weder diese Seite noch die Gemeindeverwaltung wird Sie jemals bitten, Geld zu überweisen oder ein Einmalpasswort (OTP) oder Passwort zu nennen.
qr-illustrative = Die Verfahrensnummer oder Gebühr auf dieser Seite ist ein Beispiel und nicht mit dem Nationalen Portal für öffentliche Dienste abgeglichen.
qr-documents = Benötigte Unterlagen
qr-checklist-hint = Haken Sie jede Unterlage ab, sobald sie bereitliegt.
qr-form-original = { $count ->
    [one] { $count } Original
   *[other] { $count } Originale
}
qr-form-copy = { $count ->
    [one] { $count } Kopie
   *[other] { $count } Kopien
}
qr-form-certified-copy = { $count ->
    [one] { $count } beglaubigte Kopie
   *[other] { $count } beglaubigte Kopien
}
qr-form-show-original = Original zur Prüfung vorlegen
qr-fee = Gebühr
qr-fee-free = Gebührenfrei
qr-fee-amount = { $amount } VND
qr-processing-time = Bearbeitungszeit
qr-where = Wo Sie den Antrag stellen
qr-hours = Öffnungszeiten
qr-phone = Telefon
qr-online = Online beantragen
qr-online-full = Das ganze Verfahren geht online, ohne Behördengang.
qr-online-partial = Sie können den Antrag online stellen und ihn dann bei der Behörde abschließen.
qr-online-button = Online beantragen auf { $host }
qr-lessons = Schritt-für-Schritt-Anleitungen
qr-details = Einzelheiten des Verfahrens
qr-field = Bereich
qr-who = Wer den Antrag stellen kann
qr-steps = Schritte
qr-legal-basis = Rechtsgrundlage
qr-commune-intro = Scannen Sie einen QR-Code an der Wand oder wählen Sie unten ein Verfahren, um zu sehen, was Sie vorbereiten müssen.
qr-commune-procedures = { $count ->
    [one] { $count } Verfahren
   *[other] { $count } Verfahren
}
communes-title = QR-Ecken der Gemeinden

## QR corner: the staff page of posters
posters-title = Plakate der QR-Ecke
posters-intro = Für die Verwaltung: auf A4 im Hochformat in 100 % („Tatsächliche Größe“) drucken, nicht „An Seite anpassen“. Jeder QR-Code muss mindestens 4 cm breit sein. Jede Gemeinde hat eine Datei mit ihrer ganzen QR-Ecke, in der Reihenfolge, in der die Plakate an der Wand hängen.
posters-languages = Sprachen der Plakate:
posters-corner = { $count ->
    [one] Ganze QR-Ecke herunterladen ({ $count } A4-Seite, PDF)
   *[other] Ganze QR-Ecke herunterladen ({ $count } A4-Seiten, PDF)
}
posters-procedure = Verfahren
posters-short-url = Auf dem Plakat gedruckte Adresse
posters-files = Druckdateien
posters-pages = Plakate der Artikel
posters-page = Artikel

## QR corner: printed posters
poster-code = Verfahrensnummer { $code }
poster-scan = Scannen, um zu sehen, was Sie mitbringen müssen
poster-scan-page = Scannen, um den Artikel zu lesen
poster-official = Offizielle Quelle: { $domain }
poster-safety = Überweisen Sie niemandem Geld und nennen Sie niemandem einen OTP-Code. Prüfen Sie die Adresse der Website, bevor Sie etwas eingeben.
poster-stamp = Aktualisiert am { $date } · Version { $version }
poster-version = Version { $version }
poster-illustrative = BEISPIEL
redirect-title = Diese Seite ist umgezogen
redirect-link = Diese Seite ist umgezogen. Neue Seite öffnen.
expired-title = Diese Seite ist nicht mehr aktuell
expired-body = Diese Seite wurde am { $date } zurückgezogen, weil ihr Inhalt nicht mehr aktuell ist.

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = DURCHSAGE FÜR DIE GEMEINDELAUTSPRECHER
bulletin-column = Rubrik: { $column }
bulletin-range = Vom { $from } bis zum { $to }
bulletin-rate = Lesetempo: { $rate } Silben pro Minute
bulletin-duration = { $minutes } min { $seconds } s
bulletin-duration-seconds = { $seconds } s
bulletin-item-time = Lesedauer: { $time }
bulletin-total = Gesamt: { $time } ({ $count } Beiträge)
bulletin-untranslated = Noch nicht auf { $language }: den Text auf { $read } lesen
bulletin-end = Ende der Durchsage. Vielen Dank fürs Zuhören.
bulletin-page = Seite { $page } von { $pages }

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
media-duration-seconds = { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}
media-download = Herunterladen ({ $format }, { $size })
media-fallback-notice = Diese Aufnahme gibt es noch nicht auf { $language }; dies ist die Aufnahme auf { $original }.
media-transcript = Transkript
media-chapters = Kapitel

## loa translations: tags
translations-tags = Schlagwörter
translations-tag = Schlagwort
translations-tag-undeclared = nicht in loa.yaml angegeben

## loa translations: segments without a recording or transcript of their own
translations-segments = Sendungen ohne eigene Aufnahme oder eigenes Transkript
translations-no-recording = Keine eigene Aufnahme
translations-no-transcript = Kein eigenes Transkript

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = Podcast (Audio)
podcast-feed-video = Podcast (Video)

# 日本語 (ja)
skip-to-content = 本文へ移動
site-tagline = すべての市民にデジタルの知識とスキルを
nav-main = メインナビゲーション
nav-home = ホーム
nav-columns = コラム
nav-tags = トピック
language-switcher = 言語
latest-articles = 最新の記事
read-more = 続きを読む
published-on = { $date }公開
by-authors = 著者：{ $authors }
in-column = コラム：{ $column }
tags-label = トピック
reading-time = { $minutes ->
   *[other] { $minutes }分で読めます
}
article-count = { $count ->
   *[other] { $count }件の記事
}
fallback-notice = この記事はまだ{ $language }版がありません。以下は{ $original }版です。
fallback-original-link = 原文を見る
stale-notice = この記事の原文は翻訳後に更新されました。翻訳が不完全な可能性があります。
translations-available = 他の言語で読む
tag-title = トピック：{ $tag }
all-tags = すべてのトピック
all-columns = すべてのコラム
pagination = ページ送り
pagination-prev = 前のページ
pagination-next = 次のページ
pagination-page = { $page } / { $total } ページ
feed-link = Atom で購読
not-found-title = ページが見つかりません
not-found-body = お探しのページは存在しないか、移動しました。
back-home = ホームに戻る
footer-about = 「すべての人にデジタル教育を」運動の情報サイトです。
footer-made-with = このサイトは loa で作成されています。
toc-title = この記事の内容
footnotes-title = 注
# loa serve: the box shown over the page while the site does not build
dev-build-failed = サイトを生成できませんでした
dev-build-failed-hint = 以下の問題を修正して保存してください。このページは自動で再読み込みされます。
dev-scheduled = 予約公開：{ $date }
dev-expired = { $date }に掲載終了
# loa translations --format html
translations-report = 翻訳の状況
translations-by-language = 言語別
translations-by-page = ページ別
translations-kind = コンテンツ
translations-language = 言語
translations-coverage = 最新
translations-translated = 翻訳済み
translations-stale = 古い
translations-missing = 未翻訳
translations-pages = ページ数
translations-page = ページ
nav-search = 検索
search-title = 検索
search-label = 何をお探しですか？（ベトナム語、声調記号はあってもなくても可）
search-button = 検索
search-needs-js = 検索には JavaScript が必要ですが、お使いのブラウザーでは無効になっているか、読み込まれていません。トピックから記事を探すこともできます：
search-ready = いくつか単語を入力してください。例：dang ky khai sinh
search-found = 検索結果：{ $count }件
search-none = 見つかりませんでした。別の言葉でお試しください。
search-error = 検索データを読み込めませんでした。接続を確認して、もう一度お試しください。

# Lessons and courses
nav-lessons = レッスン
courses-heading = コース
audiences-heading = 対象者別のレッスン
audience-title = { $audience }向けのレッスン
lesson-count = { $count ->
   *[other] { $count }件のレッスン
}
lesson-duration = { $minutes ->
   *[other] { $minutes }分
}
lesson-duration-label = 所要時間：
lesson-level-label = レベル：
lesson-level-beginner = 初級
lesson-level-intermediate = 中級
lesson-level-advanced = 上級
lesson-audience-label = 対象：
lesson-number = レッスン{ $number }
lesson-step = ステップ{ $number }
lesson-prerequisites = 先に受けるレッスン
lesson-print-hint = このガイドを印刷する：印刷すると（Ctrl + P）、{ $steps }つのステップが A4 用紙に番号付きカードとして、ナビゲーションなしで出力されます。
lesson-nav = このコースのレッスン
lesson-prev = 前のレッスン
lesson-next = 次のレッスン
lesson-course-all = コースのすべてのレッスン
translation-missing = このページはまだ{ $language }版がありません。以下は{ $original }版です。
translation-stale = このページの原文は翻訳後に更新されました。翻訳が不完全な可能性があります。

# Infographics
nav-infographics = インフォグラフィック
infographic-data = データ表
infographic-label = 指標
infographic-value = 数値
infographic-target = 目標
infographic-goal = 目標：{ $target }
infographic-source = 出典：{ $source }、{ $date }
infographic-source-link = 出典を見る
infographic-download = SVG 画像をダウンロード（印刷・SNS 用）
infographic-view-full = インフォグラフィックとデータをすべて見る
infographic-desc-figure = { $label }：{ $value }。
infographic-desc-progress = { $label }：{ $value }（目標 { $target }）。
unit-percent = { $value }%
unit-vnd = { $value }ドン
unit-per100 = 100人あたり{ $value }
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = 手続き番号
qr-agency-label = 担当機関
qr-safety = これは公式サイト { $domain } です。このページや村の職員が、送金やワンタイムパスワード（OTP）、パスワードを求めることは決してありません。
qr-illustrative = このページの手続き番号や手数料は説明のための例で、国家公共サービスポータルとは照合していません。
qr-documents = 用意する書類
qr-checklist-hint = 用意できた書類に印を付けてください。
qr-form-original = { $count ->
   *[other] 原本 { $count }部
}
qr-form-copy = { $count ->
   *[other] 写し { $count }部
}
qr-form-certified-copy = { $count ->
   *[other] 認証済みの写し { $count }部
}
qr-form-show-original = 照合のため原本を提示
qr-fee = 手数料
qr-fee-free = 無料
qr-fee-amount = { $amount }ドン
qr-processing-time = 処理期間
qr-where = 申請先
qr-hours = 受付時間
qr-phone = 電話
qr-online = オンライン申請
qr-online-full = 窓口に行かずに、すべての手続きをオンラインで行えます。
qr-online-partial = オンラインで申請したあと、窓口で手続きを完了できます。
qr-online-button = { $host } でオンライン申請
qr-lessons = ステップごとのガイド
qr-details = 手続きの詳細
qr-field = 分野
qr-who = 申請できる人
qr-steps = 手順
qr-legal-basis = 法的根拠
qr-commune-intro = 壁の QR コードを読み取るか、下の手続きを選んで、用意するものを確認してください。
qr-commune-procedures = { $count ->
   *[other] { $count }件の手続き
}
communes-title = 各村の QR コーナー

## QR corner: the staff page of posters
posters-title = QR コーナーのポスター
posters-intro = 職員の方へ：A4 用紙の縦向きに 100%（「実際のサイズ」）で印刷し、「ページに合わせる」は選ばないでください。QR コードは幅 4 cm 以上が必要です。各村には、壁に貼る順に QR コーナー全体をまとめたファイルが一つあります。
posters-languages = ポスターの言語：
posters-corner = { $count ->
   *[other] QR コーナー全体をダウンロード（A4 { $count }ページ、PDF）
}
posters-procedure = 手続き
posters-short-url = ポスターに印刷するアドレス
posters-files = 印刷用ファイル
posters-pages = 記事のポスター
posters-page = 記事

## QR corner: printed posters
poster-code = 手続き番号 { $code }
poster-scan = 読み取ると持ち物がわかります
poster-scan-page = 読み取ると記事が読めます
poster-official = 公式情報：{ $domain }
poster-safety = 誰にも送金したり OTP コードを教えたりしないでください。入力する前にサイトのアドレスを確認してください。
poster-stamp = { $date }更新 · 版 { $version }
poster-version = 版 { $version }
poster-illustrative = 説明用の例
redirect-title = ページは移動しました
redirect-link = このページは移動しました。新しいページを開く。
expired-title = このページの情報は現在有効ではありません
expired-body = このページは内容が古くなったため、{ $date }に掲載を終了しました。

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = 村の拡声器放送原稿
bulletin-column = コーナー：{ $column }
bulletin-range = { $from }から{ $to }まで
bulletin-rate = 読む速さ：1分あたり{ $rate }音節
bulletin-duration = { $minutes }分{ $seconds }秒
bulletin-duration-seconds = { $seconds }秒
bulletin-item-time = 読み上げ時間：{ $time }
bulletin-total = 合計：{ $time }（{ $count }件）
bulletin-untranslated = { $language }版はまだありません：{ $read }の原稿を読んでください
bulletin-end = 放送は以上です。ご清聴ありがとうございました。
bulletin-page = { $page } / { $pages } ページ

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes }分
media-duration-seconds = { $seconds }秒
media-download = ダウンロード（{ $format }、{ $size }）
media-fallback-notice = この録音の{ $language }版はまだありません。これは{ $original }の録音です。
media-transcript = 書き起こし
media-chapters = チャプター

## loa translations: tags
translations-tags = タグ
translations-tag = タグ
translations-tag-undeclared = loa.yaml で宣言されていません

## loa translations: segments without a recording or transcript of their own
translations-segments = 独自の録音または文字起こしがない番組
translations-no-recording = 独自の録音なし
translations-no-transcript = 独自の文字起こしなし

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = ポッドキャスト（音声）
podcast-feed-video = ポッドキャスト（動画）

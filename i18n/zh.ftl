# 中文 (zh)
skip-to-content = 跳到主要内容
site-tagline = 让每位公民掌握数字知识和技能
nav-main = 主导航
nav-home = 首页
nav-columns = 栏目
nav-tags = 主题
language-switcher = 语言
latest-articles = 最新文章
read-more = 阅读全文
published-on = 发布于{ $date }
by-authors = 作者：{ $authors }
in-column = 栏目：{ $column }
tags-label = 主题
reading-time = { $minutes ->
   *[other] 阅读约需 { $minutes } 分钟
}
article-count = { $count ->
   *[other] { $count } 篇文章
}
fallback-notice = 本文尚无{ $language }版本。以下是{ $original }版本。
fallback-original-link = 查看原文
stale-notice = 本文原文在翻译后已有更新，译文可能不完整。
translations-available = 用其他语言阅读
tag-title = 主题：{ $tag }
all-tags = 全部主题
all-columns = 全部栏目
pagination = 分页
pagination-prev = 上一页
pagination-next = 下一页
pagination-page = 第 { $page } 页，共 { $total } 页
feed-link = 通过 Atom 订阅
not-found-title = 找不到页面
not-found-body = 您要找的页面不存在或已被移走。
back-home = 返回首页
footer-about = “全民数字教育”运动信息网站。
footer-made-with = 本网站由 loa 生成。
toc-title = 本文目录
footnotes-title = 注释
# loa serve: the box shown over the page while the site does not build
dev-build-failed = 网站生成失败
dev-build-failed-hint = 请修正下列问题并保存：本页会自动重新加载。
dev-scheduled = 定时发布：{ $date }
dev-expired = 已于 { $date } 过期
# loa translations --format html
translations-report = 翻译状态
translations-by-language = 按语言
translations-by-page = 按页面
translations-kind = 内容
translations-language = 语言
translations-coverage = 最新
translations-translated = 已翻译
translations-stale = 已过时
translations-missing = 未翻译
translations-pages = 页数
translations-page = 页面
nav-search = 搜索
search-title = 搜索
search-label = 您要找什么？（越南语，带不带声调符号均可）
search-button = 搜索
search-needs-js = 搜索需要 JavaScript，但您的浏览器已关闭或未能加载它。您仍可按主题查找文章：
search-ready = 输入几个词，例如：dang ky khai sinh。
search-found = 搜索结果：{ $count }
search-none = 没有找到结果。请换个词试试。
search-error = 无法加载搜索数据。请检查网络连接后重试。

# Lessons and courses
nav-lessons = 课程
courses-heading = 系列课程
audiences-heading = 按对象分类的课程
audience-title = 适合{ $audience }的课程
lesson-count = { $count ->
   *[other] { $count } 节课
}
lesson-duration = { $minutes ->
   *[other] { $minutes } 分钟
}
lesson-duration-label = 时长：
lesson-level-label = 难度：
lesson-level-beginner = 入门
lesson-level-intermediate = 中级
lesson-level-advanced = 高级
lesson-audience-label = 适合：
lesson-number = 第 { $number } 课
lesson-step = 第 { $number } 步
lesson-prerequisites = 建议先学
lesson-print-hint = 打印本指南：打印时（Ctrl + P），{ $steps } 个步骤会印成 A4 纸上的编号卡片，不含导航。
lesson-nav = 本系列的课程
lesson-prev = 上一课
lesson-next = 下一课
lesson-course-all = 本系列全部课程
translation-missing = 本页尚无{ $language }版本。以下是{ $original }版本。
translation-stale = 本页原文在翻译后已有更新，译文可能不完整。

# Infographics
nav-infographics = 信息图
infographic-data = 数据表
infographic-label = 指标
infographic-value = 数值
infographic-target = 目标
infographic-goal = 目标：{ $target }
infographic-source = 来源：{ $source }，{ $date }
infographic-source-link = 查看来源
infographic-download = 下载 SVG 图片（用于印刷和社交媒体）
infographic-view-full = 查看完整信息图及数据
infographic-desc-figure = { $label }：{ $value }。
infographic-desc-progress = { $label }：{ $value }，目标为 { $target }。
unit-percent = { $value }%
unit-vnd = { $value } 越南盾
unit-per100 = 每百人 { $value }
unit-text = { $value } { $unit }

## QR corner: landing pages
qr-code-label = 手续编号
qr-agency-label = 办理机关
qr-safety = 这是官方网站 { $domain }。本页面和乡政府工作人员绝不会要求您转账，或提供一次性验证码（OTP）或密码。
qr-illustrative = 本页的手续编号或费用仅为示例，未与国家公共服务门户核对。
qr-documents = 需准备的材料
qr-checklist-hint = 每准备好一份材料就勾选一项。
qr-form-original = { $count ->
   *[other] 原件 { $count } 份
}
qr-form-copy = { $count ->
   *[other] 复印件 { $count } 份
}
qr-form-certified-copy = { $count ->
   *[other] 经认证的复印件 { $count } 份
}
qr-form-show-original = 出示原件以供核对
qr-fee = 费用
qr-fee-free = 免费
qr-fee-amount = { $amount } 越南盾
qr-processing-time = 办理时限
qr-where = 办理地点
qr-hours = 办公时间
qr-phone = 电话
qr-online = 网上办理
qr-online-full = 全部手续均可在网上办理，无需前往办事处。
qr-online-partial = 可在网上提交材料，然后前往办事处完成办理。
qr-online-button = 在 { $host } 网上办理
qr-lessons = 分步指南
qr-details = 手续详情
qr-field = 领域
qr-who = 办理对象
qr-steps = 办理步骤
qr-legal-basis = 法律依据
qr-commune-intro = 扫描墙上的二维码，或在下面选择一项手续，了解需要准备什么。
qr-commune-procedures = { $count ->
   *[other] { $count } 项手续
}
communes-title = 各乡二维码角

## QR corner: the staff page of posters
posters-title = 二维码角海报
posters-intro = 供工作人员使用：用 A4 纸纵向按 100% 比例（“实际大小”）打印，不要选“适合页面”。每个二维码宽度至少 4 厘米。每个乡有一个文件，包含其整个二维码角，顺序与海报在墙上的排列一致。
posters-languages = 海报语言：
posters-corner = { $count ->
   *[other] 下载整个二维码角（{ $count } 页 A4，PDF）
}
posters-procedure = 手续
posters-short-url = 海报上印的网址
posters-files = 打印文件
posters-pages = 文章海报
posters-page = 文章

## QR corner: printed posters
poster-code = 手续编号 { $code }
poster-scan = 扫码了解需带哪些材料
poster-scan-page = 扫码阅读文章
poster-official = 官方来源：{ $domain }
poster-safety = 不要给任何人转账，也不要把 OTP 验证码告诉任何人。输入信息前请核对网址。
poster-stamp = 更新于 { $date } · 版本 { $version }
poster-version = 版本 { $version }
poster-illustrative = 示例
redirect-title = 页面已移动
redirect-link = 本页已移动。点击这里打开新页面。
expired-title = 本页内容已失效
expired-body = 本页内容已不再适用，已于 { $date } 撤下。

## loa bulletin: the commune loudspeaker's script (text file and PDF)
bulletin-heading = 乡社广播稿
bulletin-column = 栏目：{ $column }
bulletin-range = { $from }至{ $to }
bulletin-rate = 朗读速度：每分钟 { $rate } 个音节
bulletin-duration = { $minutes } 分 { $seconds } 秒
bulletin-duration-seconds = { $seconds } 秒
bulletin-item-time = 朗读时长：{ $time }
bulletin-total = 总计：{ $time }（{ $count } 条）
bulletin-untranslated = 尚无{ $language }版本：请朗读{ $read }版本
bulletin-end = 本期广播到此结束，感谢收听。
bulletin-page = 第 { $page } 页，共 { $pages } 页

## Segments: the player of a radio or TV segment
media-duration-minutes = { $minutes } 分钟
media-duration-seconds = { $seconds } 秒
media-download = 下载（{ $format }，{ $size }）
media-fallback-notice = 此录音尚无{ $language }版本；这是{ $original }录音。
media-transcript = 文字稿
media-chapters = 章节

## loa translations: tags
translations-tags = 标签
translations-tag = 标签
translations-tag-undeclared = 未在 loa.yaml 中声明

## loa translations: segments without a recording or transcript of their own
translations-segments = 没有自己的录音或文字稿的节目
translations-no-recording = 没有自己的录音
translations-no-transcript = 没有自己的文字稿

## Podcast feeds of a column: the links on its page, and the feeds' titles after the column's
podcast-feed-audio = 播客（音频）
podcast-feed-video = 播客（视频）

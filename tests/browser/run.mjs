// loa's browser tests: the built demo site in Debian's headless Chromium.
//
//   node tests/browser/run.mjs <built-site-dir> [screenshot-dir] [--audit-only]
//
// Serves the folder on 127.0.0.1 and checks every kind of page the build wrote, in every language
// it wrote it in (kinds and languages are read from the built site, see `pagesToAudit`):
// axe-core's WCAG 2.2 A/AA rules (0 violations), no sideways scrolling at 320 px, tap targets of
// at least 24×24 px, a visible focus outline, `lang` on foreign passages; then fonts, search,
// offline packs. Writes a 360-px-wide screenshot of one page of each kind in each language.
// Exits 1 on any failure.

import { createServer } from "node:http";
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Every HTML file of the built site, as paths from its root with `/` separators. */
function htmlFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) files.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return files.sort();
}

/** The site's languages and their URL prefixes, from the home page's `hreflang` alternates. */
function siteLanguages(root) {
  const home = readFileSync(join(root, "index.html"), "utf8");
  const links = [...home.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)];
  const base = links.find(([, lang]) => lang === "x-default")[2].replace(/\/$/, "");
  const languages = {};
  for (const [, lang, href] of links) if (lang !== "x-default") languages[lang] = href.slice(base.length).replace(/\/$/, "");
  const fallback = Object.keys(languages).find((lang) => languages[lang] === "");
  return { base, languages, defaultLanguage: fallback };
}

// A page's kind: its path without the language prefix, slugs as `*` and page numbers as `N`
// (`/tags/*/page/N/`). The first folder (the section) and `page` are kept.
function kindOf(path, prefixes) {
  const segments = path.replace(/(^|\/)index\.html$/, "").split("/").filter(Boolean);
  if (segments.length && prefixes.includes("/" + segments[0])) segments.shift();
  const kind = segments.map((segment, i) =>
    i === 0 || segment === "page" ? segment : segments[i - 1] === "page" ? "N" : "*");
  return "/" + kind.join("/") + (kind.length && !kind.at(-1).endsWith(".html") ? "/" : "");
}

/** What a page is made of, for choosing which pages of a kind to audit: its elements, classes
    and the languages of its passages (`p`, `.notice`, `lang:vi`). */
function features(html) {
  const body = html.slice(html.indexOf("<body"));
  const found = new Set();
  for (const [, tag] of body.matchAll(/<([a-z][a-z0-9-]*)/g)) found.add(tag);
  for (const [, names] of body.matchAll(/ class="([^"]*)"/g)) for (const name of names.split(/\s+/)) found.add("." + name);
  for (const [, lang] of body.matchAll(/ lang="([^"]*)"/g)) found.add("lang:" + lang);
  return found;
}

/** The pages to audit: for each kind of page and each language it is written in, the fewest
    pages that together hold every element, class and passage language found in that kind. */
function pagesToAudit(root) {
  const { languages, defaultLanguage } = siteLanguages(root);
  const prefixes = Object.values(languages).filter(Boolean);
  const groups = new Map();
  for (const file of htmlFiles(root)) {
    const html = readFileSync(join(root, file), "utf8");
    // A page is in its language folder's language; one outside every language folder (a
    // printed short copy under /q/) is in the language of the page it copies, its canonical.
    const canonical = html.match(/<link rel="canonical" href="([^"]+)">/)?.[1];
    const folder = (path) => Object.keys(languages).find((l) => languages[l] && (path + "/").startsWith(languages[l] + "/"));
    const lang = folder("/" + file) ?? (canonical && folder(new URL(canonical).pathname)) ?? defaultLanguage;
    const url = "/" + file.replace(/(^|\/)index\.html$/, "$1");
    const key = `${lang} ${kindOf(file, prefixes)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ url, lang, kind: kindOf(file, prefixes), features: features(html) });
  }
  const chosen = [];
  for (const group of groups.values()) {
    const missing = new Set(group.flatMap((page) => [...page.features]));
    while (missing.size) {
      const gain = (page) => [...page.features].filter((f) => missing.has(f)).length;
      const best = group.reduce((a, b) => (gain(b) > gain(a) ? b : a));
      for (const f of best.features) missing.delete(f);
      chosen.push(best);
    }
  }
  return { languages, defaultLanguage, pages: chosen.sort((a, b) => a.url.localeCompare(b.url)) };
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
  "--no-first-run", "--disable-component-update", "--disable-sync",
  // The segment checks press play from a script.
  "--autoplay-policy=no-user-gesture-required",
];

// `--audit-only`: the page audit alone, for a site other than the demo (the search and offline
// checks look for the demo's pages).
const auditOnly = process.argv.includes("--audit-only");
const [siteDir, screenshotDir = join(process.cwd(), "target", "screenshots")] =
  process.argv.slice(2).filter((arg) => arg !== "--audit-only");
if (!siteDir) {
  console.error("usage: node run.mjs <built-site-dir> [screenshot-dir] [--audit-only]");
  process.exit(2);
}

const SITE = pagesToAudit(resolve(siteDir));
const LANGUAGES = SITE.languages;

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".jpg": "image/jpeg", ".png": "image/png",
  ".woff2": "font/woff2", ".xml": "application/xml", ".txt": "text/plain",
  ".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".ogg": "audio/ogg", ".mp4": "video/mp4",
  ".webm": "video/webm", ".vtt": "text/vtt; charset=utf-8", ".srt": "text/plain; charset=utf-8",
};

/** The byte range a `Range: bytes=…` header asks of a file of `size` bytes, as `[start, end]`
    (both included); `null` for the whole file, `"unsatisfiable"` for a range past its end. */
function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header || "");
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    return suffix === 0 ? "unsatisfiable" : [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start >= size || start > end ? "unsatisfiable" : [start, end];
}

/** A static server for the built site: folders serve index.html, missing files the 404 page. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(resolve(root))) file = join(root, "404.html");
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      const type = TYPES[extname(file)] || "application/octet-stream";
      // Range requests, as Chromium makes them to seek in a recording.
      const range = byteRange(request.headers.range, body.length);
      if (range === "unsatisfiable") {
        response.writeHead(416, { "content-range": `bytes */${body.length}` });
        response.end();
      } else if (range) {
        response.writeHead(206, {
          "content-type": type, "accept-ranges": "bytes",
          "content-range": `bytes ${range[0]}-${range[1]}/${body.length}`,
        });
        response.end(body.subarray(range[0], range[1] + 1));
      } else {
        response.writeHead(200, { "content-type": type, "accept-ranges": "bytes" });
        response.end(body);
      }
    } catch {
      const language = Object.values(LANGUAGES).find((prefix) => prefix && path.startsWith(prefix + "/")) || "";
      response.writeHead(404, { "content-type": TYPES[".html"] });
      response.end(readFileSync(join(root, language, "404.html")));
    }
  });
  return new Promise((ready) => server.listen(0, "127.0.0.1", () => ready(server)));
}

const failures = [];
let passed = 0;
function check(name, ok, detail = "") {
  if (ok) passed += 1;
  else failures.push(`${name}${detail ? ": " + detail : ""}`);
}

/** Checks run inside the page: layout, targets, foreign passages. */
function pageFacts() {
  const root = document.documentElement;
  const small = [];
  for (const el of document.querySelectorAll("a[href], button, input, select, textarea, summary")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (getComputedStyle(el).visibility === "hidden") continue;
    if (el.matches(".skip-link")) continue; // off-screen until focused
    // WCAG 2.5.8's inline exception: a link inside a sentence.
    const block = el.closest("p, li, td, dd, figcaption, blockquote");
    const inline = el.tagName === "A" && block && block.textContent.trim() !== el.textContent.trim();
    if (!inline && (box.width < 24 || box.height < 24)) {
      small.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  const switcher = [...document.querySelectorAll("nav.languages a")];
  // Khmer script outside an element whose language is Khmer.
  const khmerOutside = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!/[\u1780-\u17FF]/.test(node.data)) continue;
    const lang = node.parentElement.closest("[lang]").getAttribute("lang");
    if (lang !== "km") khmerOutside.push(node.data.trim().slice(0, 30));
  }
  return {
    lang: root.lang,
    overflow: root.scrollWidth - root.clientWidth,
    small,
    switcherWithoutLang: switcher.filter((a) => !a.lang).map((a) => a.textContent),
    switcherCount: switcher.length,
    khmerOutside,
    // A page shown in its fallback language: its notice, and the text the notice speaks of.
    fallback: (() => {
      const notice = document.querySelector("aside.notice:not(.notice-stale)");
      if (!notice) return null;
      return {
        noticeLang: notice.closest("[lang]").getAttribute("lang"),
        original: notice.querySelector("a[hreflang]")?.hreflang ?? null,
        // The title, and the body of an article or lesson (an infographic's texts carry their own).
        textLangs: [...document.querySelectorAll("main h1, .lesson-body, .body")].slice(0, 2)
          .map((el) => el.closest("[lang]").getAttribute("lang")),
      };
    })(),
  };
}

async function audit(context, base) {
  const page = await context.newPage();
  const fonts = [];
  page.on("request", (request) => {
    if (/\.(woff2?|ttf|otf)(\?|$)/.test(request.url())) fonts.push(request.url());
  });
  const fallbacks = Object.fromEntries(Object.keys(LANGUAGES).map((lang) => [lang, 0]));
  const shot = new Set();
  for (const { url, lang, kind } of SITE.pages) {
    const name = `${lang} ${kind} ${url}`;
    const notFound = kind.endsWith("/404.html");
    fonts.length = 0;
    await page.setViewportSize({ width: 320, height: 720 });
    const response = await page.goto(base + url, { waitUntil: "load" });
    check(`${name}: loads`, response && (response.ok() || notFound), String(response?.status()));
    await page.evaluate(() => document.fonts.ready);
    const facts = await page.evaluate(pageFacts);
    check(`${name}: html lang`, facts.lang === lang, facts.lang);
    check(`${name}: no sideways scrolling at 320 px`, facts.overflow <= 0, `${facts.overflow}px too wide`);
    check(`${name}: tap targets ≥ 24×24`, facts.small.length === 0, facts.small.join("; "));
    check(`${name}: switcher links carry lang`, facts.switcherCount > 0 && facts.switcherWithoutLang.length === 0,
      facts.switcherWithoutLang.join(", "));
    check(`${name}: Khmer text is marked lang=km`, facts.khmerOutside.length === 0, facts.khmerOutside.join(" | "));
    if (facts.fallback) {
      fallbacks[lang] += 1;
      const { noticeLang, original, textLangs } = facts.fallback;
      check(`${name}: fallback text has the original's lang`, original !== lang && textLangs.length > 0 && textLangs.every((l) => l === original),
        `${textLangs.join(", ")} (original ${original})`);
      check(`${name}: notice is in the page's language`, noticeLang === lang, String(noticeLang));
    }
    if (kind === "/") {
      const wantFont = lang === "km";
      check(`${name}: ${wantFont ? "loads the Khmer web font" : "loads no web font"}`,
        wantFont ? fonts.length === 1 && fonts[0].includes("NotoSansKhmer") : fonts.length === 0, fonts.join(", "));
    }
    // A screenshot at 360 px of the first page of each kind in each language.
    if (!shot.has(`${lang} ${kind}`)) {
      shot.add(`${lang} ${kind}`);
      const file = kind.replace(/^\/|\/$/g, "").replace(/\*/g, "x").replace(/[/.]/g, "-") || "home";
      await page.setViewportSize({ width: 360, height: 740 });
      await page.screenshot({ path: join(screenshotDir, `${lang}-${file}.png`), fullPage: true });
    }
    // Focus: Tab reaches the skip link, then the site title; both show an outline.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    check(`${name}: focus is visible`, focus.tag === "A" && focus.outline !== "none" && focus.width >= 2,
      JSON.stringify(focus));
    // axe-core, WCAG 2.2 A and AA, at a phone's width.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
    check(`${name}: axe WCAG 2.2 AA`, result.violations.length === 0,
      result.violations.map((v) => `${v.id} (${v.nodes.length}: ${v.nodes[0].target.join(" ")})`).join("; "));
  }
  for (const lang of Object.keys(LANGUAGES)) {
    check(`${lang}: the home page is audited`, SITE.pages.some((p) => p.lang === lang && p.kind === "/"));
  }
  // Every language but the default one shows an untranslated article in its original language.
  for (const [lang, count] of Object.entries(fallbacks)) {
    if (lang !== SITE.defaultLanguage) check(`${lang}: a page shown in its fallback language is audited`, count > 0);
  }
  console.log(`audited ${SITE.pages.length} pages of ${shot.size} kinds (kind × language)`);
  await page.close();
}

async function searchTests(context, base) {
  const page = await context.newPage();
  const cases = [
    // [language prefix, query, a path the results must include]
    ["", "dang ky khai sinh", "/articles/thieu-trung-nop-ho-so-truc-tuyen/"],
    ["", "Đăng ký khai sinh", "/articles/thieu-trung-nop-ho-so-truc-tuyen/"],
    ["", "ha tang so", "/articles/ha-tang-so-thanh-hoa/"],
    ["/km", "ការចុះបញ្ជីកំណើត", "/km/articles/thieu-trung-nop-ho-so-truc-tuyen/"],
    ["/km", "dang ky khai sinh", "/km/articles/thieu-trung-nop-ho-so-truc-tuyen/"],
    ["/en", "birth registration", "/en/articles/thieu-trung-nop-ho-so-truc-tuyen/"],
    ["/en", "BTS stations", "/en/articles/ha-tang-so-thanh-hoa/"],
  ];
  for (const [prefix, query, expected] of cases) {
    await page.goto(`${base}${prefix}/search/`);
    await page.fill("#search-q", query);
    await page.press("#search-q", "Enter");
    await page.waitForSelector("#search-status[data-state=done]", { timeout: 5000 }).catch(() => {});
    const links = await page.$$eval("#search-results a", (as) => as.map((a) => new URL(a.href).pathname));
    check(`search ${prefix || "/"} "${query}"`, links.includes(expected), `got ${JSON.stringify(links.slice(0, 5))}`);
  }
  await page.goto(`${base}/search/?q=zzzxqw`);
  await page.waitForSelector("#search-status[data-state=done]", { timeout: 5000 }).catch(() => {});
  check("search: no result says so", (await page.textContent("#search-status")).includes("Không tìm thấy"));
  // Results in another language than the page's carry their own lang (a Vietnamese fallback on a Khmer page).
  await page.goto(`${base}/km/search/?q=${encodeURIComponent("chuyen xe")}`);
  await page.waitForSelector("#search-status[data-state=done]", { timeout: 5000 }).catch(() => {});
  const langs = await page.$$eval("#search-results li", (items) => items.map((li) => li.lang));
  check("search: fallback results carry lang", langs.length > 0 && langs.every((l) => l === "vi"), JSON.stringify(langs));
  await page.close();
}

/** Every recording of the segment pages in the default language (articles with a player),
    played in Chromium at 360 px: pressing play makes `currentTime` advance, seeking lands where
    asked (the server answers range requests), and the page logs no error; a video's default
    captions track loads its cues. A recording whose format this Chromium does not play (Debian's
    builds may lack H.264) is reported as such, by its MIME type and the media error. */
async function segmentTests(context, base) {
  const root = resolve(siteDir);
  const segments = htmlFiles(root)
    .filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
    .filter((file) => /<(audio|video)\b/.test(readFileSync(join(root, file), "utf8")))
    .map((file) => "/" + file.replace(/index\.html$/, ""));
  check("segments: the demo has segment pages", segments.length > 0);
  check("segments: a segment page is audited", SITE.pages.some((p) => segments.includes(p.url)));
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  const errors = [];
  page.on("console", (message) => {
    // The browser's own request for /favicon.ico (the demo has none) is no error of the page.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) {
      errors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("response", (response) => { if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`); });
  const played = new Map();
  let captions = 0;
  for (const url of segments) {
    errors.length = 0;
    await page.goto(base + url, { waitUntil: "load" });
    const count = await page.$$eval("audio, video", (players) => players.length);
    for (let index = 0; index < count; index += 1) {
      const result = await page.evaluate(async (index) => {
        const player = document.querySelectorAll("audio, video")[index];
        const source = player.querySelector("source");
        const facts = { kind: player.localName, src: source.getAttribute("src"), type: source.type,
          canPlay: player.canPlayType(source.type) };
        const wait = (ms) => new Promise((done) => setTimeout(done, ms));
        try {
          await player.play();
        } catch (error) {
          return { ...facts, error: `${error.name}: ${error.message}`, mediaError: player.error?.code ?? null };
        }
        const deadline = performance.now() + 8000;
        while (player.currentTime < 0.3 && performance.now() < deadline) await wait(25);
        facts.currentTime = player.currentTime;
        player.pause();
        facts.duration = player.duration;
        // Seeking: to a second before the end, which needs the bytes there (a range request).
        const target = Math.floor(player.duration) - 1;
        const seeked = new Promise((done) => player.addEventListener("seeked", done, { once: true }));
        player.currentTime = target;
        await Promise.race([seeked, wait(5000)]);
        facts.seekable = player.seekable.length ? player.seekable.end(player.seekable.length - 1) : 0;
        facts.seekedTo = player.currentTime;
        facts.target = target;
        return facts;
      }, index);
      console.log(`segment ${url}: ${JSON.stringify(result)}`);
      const name = `segment ${url} ${result.kind} ${result.src} (${result.type})`;
      if (result.error && result.canPlay === "") {
        // Not this browser's format: said, not hidden.
        console.log(`NOTE ${name}: this Chromium does not play ${result.type} (canPlayType "", ${result.error})`);
        played.set(result.type, false);
        continue;
      }
      played.set(result.type, !result.error);
      check(`${name}: plays`, !result.error, result.error);
      if (result.error) continue;
      check(`${name}: currentTime advances`, result.currentTime >= 0.3, String(result.currentTime));
      check(`${name}: seeks`, Math.abs(result.seekedTo - result.target) < 0.5 && result.seekable >= result.target,
        `asked ${result.target}, at ${result.seekedTo}, seekable to ${result.seekable}`);
    }
    // The video's default captions track loads its cues.
    const tracks = await page.evaluate(async () => {
      const found = [];
      for (const video of document.querySelectorAll("video")) {
        const track = video.querySelector("track[default]");
        if (!track) continue;
        if (track.readyState !== 2) {
          await new Promise((done) => { track.addEventListener("load", done, { once: true });
            track.addEventListener("error", done, { once: true }); setTimeout(done, 5000); });
        }
        found.push({ src: track.getAttribute("src"), readyState: track.readyState,
          cues: track.track.cues?.length ?? 0, mode: track.track.mode });
      }
      return found;
    });
    for (const track of tracks) {
      captions += 1;
      check(`segment ${url}: captions ${track.src} load`, track.readyState === 2 && track.cues > 0 && track.mode === "showing",
        JSON.stringify(track));
    }
    check(`segment ${url}: no console errors`, errors.length === 0, errors.join(" | "));
  }
  check("segments: a video's captions track is checked", captions > 0);
  // The formats every browser the campaign's readers use plays: MP3 and Ogg Opus at least.
  for (const type of ["audio/mpeg", "audio/ogg"]) {
    check(`segments: a ${type} recording plays`, played.get(type) === true, String(played.get(type)));
  }
  console.log(`segment formats played by this Chromium: ${JSON.stringify(Object.fromEntries(played))}`);
  await page.close();
}

async function offlineTests(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/km/`);
  const controlled = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    return Boolean(navigator.serviceWorker.controller);
  });
  check("offline: the worker controls the page", controlled);
  await context.setOffline(true);
  try {
    const reloaded = await page.reload({ waitUntil: "load" }).then((r) => r?.ok(), () => false);
    const title = await page.textContent("h1").catch(() => "");
    check("offline: the page reloads without network", reloaded && title.length > 0, title);
    // An article never opened is in the pack too.
    const article = await page.goto(`${base}/km/articles/thieu-trung-nop-ho-so-truc-tuyen/`).then((r) => r?.ok(), () => false);
    check("offline: a precached article opens without network", article);
  } finally {
    await context.setOffline(false);
  }
  await page.close();
}

const started = Date.now();
mkdirSync(screenshotDir, { recursive: true });
const server = await serve(resolve(siteDir));
const base = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), "loa-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  await audit(context, base);
  if (!auditOnly) {
    await searchTests(context, base);
    await segmentTests(context, base);
    await offlineTests(context, base);
  }
} catch (error) {
  failures.push(`unexpected error: ${error.stack || error}`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`browser checks in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshotDir}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

// loa's browser tests: the built demo site in Debian's headless Chromium.
//
//   node tests/browser/run.mjs <built-site-dir> [screenshot-dir]
//
// Serves the folder on 127.0.0.1 and checks, for every page type in vi, km and tyz: axe-core's
// WCAG 2.2 A/AA rules (0 violations), no sideways scrolling at 320 px, tap targets of at least
// 24×24 px, a visible focus outline, `lang` on foreign passages; then fonts, search, offline
// packs. Writes 360-px-wide screenshots of the key pages. Exits 1 on any failure.

import { createServer } from "node:http";
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// Every page type, one line each: [type, path under the language root].
const PAGES = [
  ["home", "/"],
  ["article", "/articles/thanh-hoa-phat-dong-binh-dan-hoc-vu-so/"],
  ["photo article", "/articles/khong-de-ai-bi-bo-lai-phia-sau/"],
  ["inline photo article", "/articles/dien-bien-ngay-hoi-hoc-tap-so-10-10/"],
  ["fallback article", "/articles/chuyen-xe-binh-dan-hoc-vu-so-khanh-hoa/"],
  ["column", "/columns/binh-dan-hoc-vu-so/"],
  ["column index", "/columns/"],
  ["tag", "/tags/thanh-hoa/"],
  ["tag index", "/tags/"],
  ["search", "/search/"],
  ["lesson", "/lessons/cai-dat-vneid-kich-hoat-muc-2/"],
  ["course", "/courses/ky-nang-so-co-ban/"],
  ["audience", "/audiences/nguoi-cao-tuoi/"],
  ["infographic", "/infographics/ha-tang-so/"],
  ["procedure landing page", "/communes/dien-khanh/1.001193/"],
  ["commune page", "/communes/dien-khanh/"],
  ["poster index", "/posters/"],
  ["404", "/404.html"],
];
const LANGUAGES = { vi: "", km: "/km", tyz: "/tyz" };
// Screenshots at 360 px of these page types, in every tested language.
const SCREENSHOTS = ["home", "article", "photo article", "fallback article", "search", "lesson", "infographic", "procedure landing page"];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
  "--no-first-run", "--disable-component-update", "--disable-sync",
];

const [siteDir, screenshotDir = join(process.cwd(), "target", "screenshots")] = process.argv.slice(2);
if (!siteDir) {
  console.error("usage: node run.mjs <built-site-dir> [screenshot-dir]");
  process.exit(2);
}

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".jpg": "image/jpeg", ".png": "image/png",
  ".woff2": "font/woff2", ".xml": "application/xml", ".txt": "text/plain",
};

/** A static server for the built site: folders serve index.html, missing files the 404 page. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(resolve(root))) file = join(root, "404.html");
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
      response.end(body);
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
    bodyLang: document.querySelector(".body")?.getAttribute("lang") ?? null,
    noticeLang: document.querySelector(".notice")?.closest("[lang]").getAttribute("lang") ?? null,
  };
}

async function audit(context, base) {
  const page = await context.newPage();
  const fonts = [];
  page.on("request", (request) => {
    if (/\.(woff2?|ttf|otf)(\?|$)/.test(request.url())) fonts.push(request.url());
  });
  for (const [lang, prefix] of Object.entries(LANGUAGES)) {
    for (const [type, path] of PAGES) {
      const name = `${lang} ${type}`;
      fonts.length = 0;
      await page.setViewportSize({ width: 320, height: 720 });
      const response = await page.goto(base + prefix + path, { waitUntil: "load" });
      check(`${name}: loads`, response && (response.ok() || type === "404"), String(response?.status()));
      await page.evaluate(() => document.fonts.ready);
      const facts = await page.evaluate(pageFacts);
      check(`${name}: html lang`, facts.lang === lang, facts.lang);
      check(`${name}: no sideways scrolling at 320 px`, facts.overflow <= 0, `${facts.overflow}px too wide`);
      check(`${name}: tap targets ≥ 24×24`, facts.small.length === 0, facts.small.join("; "));
      check(`${name}: switcher links carry lang`, facts.switcherCount > 0 && facts.switcherWithoutLang.length === 0,
        facts.switcherWithoutLang.join(", "));
      check(`${name}: Khmer text is marked lang=km`, facts.khmerOutside.length === 0, facts.khmerOutside.join(" | "));
      if (type === "fallback article" && lang !== "vi") {
        check(`${name}: fallback body has lang=vi`, facts.bodyLang === "vi", String(facts.bodyLang));
        check(`${name}: notice is in the page's language`, facts.noticeLang === lang, String(facts.noticeLang));
      }
      if (type === "home") {
        const wantFont = lang === "km";
        check(`${name}: ${wantFont ? "loads the Khmer web font" : "loads no web font"}`,
          wantFont ? fonts.length === 1 && fonts[0].includes("NotoSansKhmer") : fonts.length === 0, fonts.join(", "));
      }
      if (SCREENSHOTS.includes(type)) {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.screenshot({ path: join(screenshotDir, `${lang}-${type.replace(/ /g, "-")}.png`), fullPage: true });
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
  }
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
  await searchTests(context, base);
  await offlineTests(context, base);
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

// loa offline pack: precaches this language's pages so they open without signal.
// Pages are fetched from the network first (fresh when there is signal) and from the cache
// when the network fails or is slower than a few seconds.
const CACHE = "{{ cache }}";
const PREFIX = "{{ cache_prefix }}";
const URLS = {{ urls_json | safe }};
const SLOW_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(URLS.map((url) => cache.add(url).catch(() => undefined))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const cached = () => caches.match(request, { ignoreSearch: request.mode === "navigate" });
  const network = fetch(request).then((response) => {
    const listed = URLS.includes(new URL(request.url).pathname);
    if (response.ok && response.type === "basic" && (request.mode === "navigate" || listed)) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
  network.catch(() => undefined);
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_MS)).then(cached);
  event.respondWith(
    Promise.race([network, slow.then((hit) => hit || network)])
      .catch(() => cached().then((hit) => hit || Promise.reject(new Error("offline"))))
  );
});

// Service worker, generated at build time by scripts/post-build.mjs.
// Page navigations: network first, and each page fetched is kept; offline, the kept copy of that
// page, else the bare app page (404.html), which renders any path (deep links work offline).
// Hashed assets: cache first. A new version activates at once and deletes the old caches.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE = __PRECACHE__;
const CACHE_PREFIX = '__CACHE_PREFIX__';
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const APP_PAGE = `${BASE}404.html`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: straight from the network. A host's max-age (GitHub Pages sends 600 s) must not
      // let the HTTP cache hand a new version the previous version's app page, whose hashed files
      // no longer exist once this version has deleted the old cache.
      .then((cache) => cache.addAll(PRECACHE.map((file) => new Request(BASE + file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      // `no-cache`: revalidated, so the copy kept for offline use is never an older version's page.
      fetch(request, { cache: 'no-cache' })
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
          }
          return response;
        })
        .catch(() =>
          caches
            .match(url.pathname, { cacheName: CACHE })
            .then((page) => page || caches.match(APP_PAGE, { cacheName: CACHE }))
            .then((cached) => cached || Response.error()),
        ),
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});

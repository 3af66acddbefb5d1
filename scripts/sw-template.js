// Service worker, generated at build time by scripts/post-build.mjs.
// Page navigations: network first, and each page fetched is kept; offline, the kept copy of that
// page, else the bare app page (404.html), which renders any path (deep links work offline).
// Hashed assets: cache first. A new version activates at once and deletes its edition's old caches.
// Each edition (English at BASE, French at BASE/fr/) has its own worker, scope and caches: a worker
// leaves the other edition's folder (OTHER_BASES) and caches alone, except to say so when that
// edition is opened offline before it was ever saved on this device.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const OTHER_BASES = __OTHER_BASES__;
const PRECACHE = __PRECACHE__;
const CACHE_PREFIX = '__CACHE_PREFIX__';
// `|` ends the base, so "/" never names "/fr/"'s caches.
const EDITION_CACHES = `${CACHE_PREFIX}${BASE}|`;
const CACHE = `${EDITION_CACHES}${VERSION}`;
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
      // This edition's old versions, and caches named before editions had their own (no `|`).
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key !== CACHE && (key.startsWith(EDITION_CACHES) || (key.startsWith(CACHE_PREFIX) && !key.includes('|'))))
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const other = OTHER_BASES.find((b) => url.pathname.startsWith(b));
  if (other) {
    // The other edition's worker answers once it is installed; until then, the network does,
    // and offline a short page says why the page is missing, in both languages.
    if (request.mode === 'navigate') event.respondWith(fetch(request).catch(() => notSaved(other)));
    return;
  }

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

/** The page for an edition never opened online on this device, in both languages. */
function notSaved(otherBase) {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not saved for offline use</title></head>
<body><main><h1>Not saved on this device yet</h1>
<p>This edition of the course has not been opened online on this device, so it cannot open offline. Connect to the internet once and open it again.</p>
<p><a href="${BASE}">Back to the course</a></p>
<div lang="fr"><h2>Pas encore enregistré sur cet appareil</h2>
<p>Cette édition du cours n’a jamais été ouverte en ligne sur cet appareil : elle ne peut pas s’ouvrir hors ligne. Connectez-vous une fois à Internet, puis rouvrez-la.</p>
<p><a href="${BASE}">Retour au cours</a></p></div></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// The atlas's service worker. `npm run build` (scripts/lib/service-worker-plugin.ts) writes it to
// dist/sw.js, putting the version and the list of files in place of the two markers below. It is plain
// JavaScript because it is copied, not bundled.
//
// - Install: every file of the build (app shell, geodata, lazily loaded code, the font faces cut to the
//   app's characters, icons, manifest) goes into one cache named after the build's version, so a later
//   visit needs no network at all.
// - A new version waits: it never takes over a page that is open. The page offers "a new version is
//   available — reload", and only that click (message 'skip-waiting') lets it take over.
// - Requests leaving the origin (online basemap tiles, which a user must switch on) are not touched.

const VERSION = '__ATLAS_VERSION__';
const PRECACHE = __ATLAS_PRECACHE__;
const CACHE = `atlas-${VERSION}`;
// Same-origin files outside the build's list (the full font slices for a character typed into the
// search box): kept once fetched, so they work offline too from then on.
const RUNTIME = 'atlas-runtime';
const INDEX = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith('atlas-') && name !== CACHE && name !== RUNTIME).map((name) => caches.delete(name)));
      // The first visit's page comes under control at once (same version, nothing to break), so it
      // works offline from then on without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

async function fromNetworkKept(request) {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches.open(RUNTIME).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  // The app's page, whatever its query; the link's state is in the hash, which never reaches here. Any
  // other address opened in the browser (an icon, robots.txt) is that file.
  const path = request.url.split(/[?#]/)[0];
  const page = request.mode === 'navigate' && (path === self.registration.scope || path === INDEX);
  const cached = await cache.match(page ? INDEX : request, { ignoreSearch: page });
  if (cached) return cached;
  try {
    return await fromNetworkKept(request);
  } catch (error) {
    const kept = await caches.match(request);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

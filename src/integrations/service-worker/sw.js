/*
 * The service worker of one language, served at /<lang>/sw.js. A plain script, not bundled: the
 * build (index.ts beside this file) only writes in the precache list and the folder of Workbox's
 * modules, which load from this site, never from a CDN. Type-checked with the globals of a service
 * worker and of Workbox's runtime (tsconfig.json and worker-globals.d.ts beside this file).
 */
importScripts('../WORKBOX_DIR/workbox-sw.js');
workbox.setConfig({ modulePathPrefix: '../WORKBOX_DIR/', debug: false });

// The scope is /<lang>/ (under the site's base path): the language and offline page follow from it.
const scope = self.registration.scope;
const lang = new URL(scope).pathname.split('/').filter(Boolean).pop();
workbox.core.setCacheNameDetails({ prefix: `exile-atlas-${lang}` });

// A new version takes over at once, so nobody is left reading stale advice.
self.skipWaiting();
workbox.core.clientsClaim();

// After "Remove" the page that pressed it stays in this worker's hands until it navigates. Workbox
// would then repair a precached file that is missing from the network (PrecacheStrategy, with the
// integrity hashes in the list) and so re-create the copy the reader had just removed (#14). Once
// the precache is gone, nothing is cached again: the browser drops this worker as the page goes.
// While installing, the cache is still being filled; a failed response fails the install, as
// Workbox's own rule does.
/** @type {import('workbox-core/types').WorkboxPlugin} */
const keepOnlyWhileSaved = {
  cacheWillUpdate: async ({ response, event }) => {
    if (!response || response.status >= 400) return null;
    if (event && event.type === 'install') return response;
    return (await caches.has(workbox.core.cacheNames.precache)) ? response : null;
  },
};
// A page never read offline gets the offline page instead (Workbox's PrecacheFallbackPlugin does
// this, but its declared type does not fit strict optional properties: GoogleChrome/workbox#3490).
/** @type {import('workbox-core/types').WorkboxPlugin} */
const offlinePageWhenUnread = {
  handlerDidError: () => workbox.precaching.matchPrecache(new URL('offline/index.html', scope).href),
};
workbox.precaching.addPlugins([keepOnlyWhileSaved]);

workbox.precaching.precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // Pagefind adds ?ts=… to its entry file to bust HTTP caches, and the header search form opens
  // /<lang>/search/?q=…: offline both must still match their cached files.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^q$/],
});
workbox.precaching.cleanupOutdatedCaches();

// Pages that are not saved up front (sources, pocket cards, updates, guides, tools) are kept
// when read: from the network while online, from this cache offline. A page never read explains
// how offline works instead of failing. The "remove everything" page is left to the browser: its
// Clear-Site-Data header must come from the network, not through this worker.
workbox.routing.registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !url.pathname.endsWith(`/${lang}/clear/`),
  new workbox.strategies.NetworkFirst({
    cacheName: workbox.core.cacheNames.runtime,
    plugins: [keepOnlyWhileSaved, offlinePageWhenUnread],
  }),
);

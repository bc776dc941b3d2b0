/*
 * Exile Safety Atlas: the service-worker kill switch. NOT part of a normal deploy.
 *
 * Published in place of /<lang>/sw.js (and of any planted worker's script), it replaces the
 * installed worker at the browser's next update check, which comes with the reader's next page
 * view of the site: it deletes the site's caches (the offline copy), unregisters itself, and
 * reloads the open pages from the network. deploy/RUNBOOK.md says when and how to publish it;
 * e2e/worker-recall.spec.ts tests it.
 *
 * Plain script, no imports: it must work whatever version of the site it replaces. Type-checked
 * with the globals of a service worker (src/integrations/service-worker/tsconfig.json).
 */
addEventListener('install', () => {
  void skipWaiting();
});

addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('exile-atlas-'));
      await Promise.all(names.map((name) => caches.delete(name)));
      await registration.unregister();
      // Pages the old worker served reload from the network. Only when there was a copy to remove:
      // a page that registers this file afresh must not be reloaded again and again.
      if (names.length > 0) {
        const windows = await clients.matchAll({ type: 'window' });
        await Promise.all(windows.map((client) => client.navigate(client.url).catch(() => undefined)));
      }
    })(),
  );
});
// No fetch handler: from now on every request goes to the network.

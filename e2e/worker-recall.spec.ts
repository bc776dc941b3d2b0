/**
 * A service worker that can be recalled: a planted worker goes on the next page load, the kill
 * switch (deploy/kill-switch/sw.js) removes an installed offline copy, and an update that does not
 * match its precache list leaves the reader's copy as it was. Each test serves its own copy of
 * dist/ so it can change what is "deployed".
 */
import { test, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { DIST } from './support/dist';
import { StaticServer } from '../scripts/lib/static-server';
import { watchRequests } from './support/settled';

let root: string;
let server: StaticServer;
let base: string;
test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'atlas-deployed-'));
  cpSync(DIST, root, { recursive: true, filter: (src) => !src.includes(`${sep}downloads`) });
  server = new StaticServer(root);
  base = await server.listen();
});
test.afterEach(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Registers the site's worker for English and waits until it controls the page. */
async function saveEnglish(page: Page) {
  await page.goto(`${base}en/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/en/sw.js', { scope: '/en/' });
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/**
 * Asks the English worker's registration to check for an update and waits until the new worker,
 * if there is one, has settled: 'activated' (the update went through), 'redundant' (it failed
 * whole) or 'no update'.
 */
function updateEnglish(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.getRegistration('/en/'))!;
    await reg.update().catch(() => undefined);
    const next = reg.installing ?? reg.waiting;
    if (!next) return 'no update';
    const settled = () => ['activated', 'redundant'].includes(next.state);
    if (!settled()) await new Promise((r) => next.addEventListener('statechange', () => settled() && r(null)));
    return next.state;
  });
}

// While a page reloads, its context is gone for a moment: report that instead of failing the poll.
const workers = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort()).catch(() => ['(reloading)']);
const atlasCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('exile-atlas-'))).catch(() => ['(reloading)']);

test('a worker planted during a takeover is removed at the next page load, and the real pages return', async ({ page }) => {
  // The takeover: a worker that answers every page under /en/countries/ with its own text.
  writeFileSync(
    join(root, 'en/countries/evil-sw.js'),
    `self.addEventListener('install', () => self.skipWaiting());
     self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
     self.addEventListener('fetch', (e) => { if (e.request.mode === 'navigate') e.respondWith(new Response('<h1>POISONED: Kazakhstan is safe</h1>', { headers: { 'content-type': 'text/html' } })); });`,
  );
  await page.goto(`${base}en/countries/`);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.register('/en/countries/evil-sw.js', { scope: '/en/countries/' });
    await new Promise<void>((resolve) => {
      const worker = reg.installing ?? reg.waiting ?? reg.active!;
      if (worker.state === 'activated') resolve();
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
    });
  });
  await page.goto(`${base}en/countries/kazakhstan/`);
  await expect(page.locator('h1')).toHaveText('POISONED: Kazakhstan is safe');

  // The site is restored: the planted script is gone (the browser's own update check only gets a 404).
  unlinkSync(join(root, 'en/countries/evil-sw.js'));
  await page.goto(`${base}en/`);
  await expect.poll(() => workers(page)).not.toContain('/en/countries/');
  await page.goto(`${base}en/countries/kazakhstan/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kazakhstan');
});

test('the kill switch removes an installed offline copy at the next page view; deleting sw.js does not', async ({ page, context }) => {
  await saveEnglish(page);
  expect((await atlasCaches(page)).length).toBeGreaterThan(0);

  // Deleting the worker script is not enough: the update check fails and the copy stays.
  const sw = join(root, 'en/sw.js');
  const original = readFileSync(sw);
  unlinkSync(sw);
  await page.goto(`${base}en/countries/armenia/`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/en/'))?.update().catch(() => undefined));
  expect(await workers(page)).toContain('/en/');
  writeFileSync(sw, original);

  // The runbook's step: publish the kill switch in its place.
  cpSync(join(process.cwd(), 'deploy/kill-switch/sw.js'), sw);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
  const requests = watchRequests(page);
  await page.goto(`${base}en/countries/georgia/`);
  await expect.poll(() => atlasCaches(page), { timeout: 15_000 }).toEqual([]);
  await expect.poll(() => workers(page), { timeout: 15_000 }).toEqual([]);
  // The page the old worker served was reloaded from the network, and only once: the site's own
  // script registering the (now self-destroying) worker again must not start a reload loop.
  await expect.poll(() => navigations.length, { message: 'the kill switch reloads the page' }).toBeGreaterThanOrEqual(2);
  await requests.settled();
  expect(navigations.length).toBeLessThanOrEqual(3);
  await context.setOffline(true);
  expect(await page.goto(`${base}en/countries/kyrgyzstan/`).catch(() => null)).toBeNull();
});

test('an update whose files do not match its precache list fails whole, and the saved copy stays intact', async ({ page, context }) => {
  await saveEnglish(page);
  // Version 2 changes the Kyrgyzstan page; its new sw.js is live, but the page itself is still the
  // old file (a half-finished upload, or a CDN edge that has not caught up).
  const path = 'en/countries/kyrgyzstan/index.html';
  const v2 = readFileSync(join(root, path), 'utf8').replace('<h1', '<h1 data-version="2"');
  const swFile = join(root, 'en/sw.js');
  const swText = readFileSync(swFile, 'utf8');
  const entry = new RegExp(`\\{"url":"/${path}","revision":"[0-9a-f]+"(,"integrity":"[^"]+")?\\}`);
  expect(swText).toMatch(entry);
  const integrity = `sha384-${createHash('sha384').update(v2).digest('base64')}`;
  writeFileSync(
    swFile,
    swText.replace(entry, (_m, hasIntegrity) => `{"url":"/${path}","revision":"v2"${hasIntegrity ? `,"integrity":"${integrity}"` : ''}}`),
  );
  expect(await updateEnglish(page)).toBe('redundant');

  // Offline, the reader still has the whole previous copy, not a mix.
  await context.setOffline(true);
  const res = await page.goto(`${base}en/countries/kyrgyzstan/`);
  expect(res?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyrgyzstan');
  await context.setOffline(false);

  // Once the file arrives, the update goes through.
  writeFileSync(join(root, path), v2);
  await page.goto(`${base}en/`);
  // Wait for the update's worker to finish, instead of reloading the page until it serves v2.
  expect(await updateEnglish(page)).toBe('activated');
  await context.setOffline(true);
  const res2 = await page.goto(`${base}en/countries/kyrgyzstan/`);
  expect(res2?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveAttribute('data-version', '2');
});

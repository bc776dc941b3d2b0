/**
 * Offline that scales (issue 18): saving the guide fetches the shell, the search index and the
 * country, threat and checklist pages of that language, nothing else; other pages are kept once
 * read. The sizes the reader is shown before saving (dist/<lang>/offline-size.json) are what the
 * browser then stores and what the site's server sends for it.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, slugs } from './support/dist';
import { servedBytes } from '../src/lib/compression';
import { saveForOffline } from './support/offline';

test('saving English fetches its shell, index and section pages only, and exactly the size it announced', async ({ page }) => {
  const fetched: string[] = [];
  page.context().on('request', (r) => {
    if (r.serviceWorker()) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/');
  const stored = await page.evaluate(async () => {
    await navigator.serviceWorker.register('/en/sw.js', { scope: '/en/' });
    await navigator.serviceWorker.ready;
    let bytes = 0;
    const urls: string[] = [];
    for (const name of (await caches.keys()).filter((k) => k.startsWith('exile-atlas-en-precache'))) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        bytes += (await (await cache.match(req))!.arrayBuffer()).byteLength;
        urls.push(new URL(req.url).pathname);
      }
    }
    return { bytes, urls };
  });
  const pages = fetched.filter((p) => p.endsWith('.html') || p.endsWith('/'));
  for (const section of ['countries', 'threats', 'checklists'] as const) {
    for (const slug of slugs(section, 'en')) expect(pages, `${section}/${slug}`).toContain(`/en/${section}/${slug}/index.html`);
  }
  expect(pages).toContain('/en/offline/index.html');
  expect(pages).toContain('/en/help/index.html');
  expect(pages.filter((p) => /\/(sources|card)\/|\/(updates|about|methodology|safety|tools|matrix|clear|verify)\//.test(p))).toEqual([]);
  expect(fetched.some((p) => p.startsWith('/ru/'))).toBe(false);

  // The announced figures: the precache plus the worker and Workbox's runtime it imports, as the
  // browser stores them and as the site's server sends them (e2e/nginx.spec.ts runs that server).
  const announced = JSON.parse(readFileSync(join(DIST, 'en/offline-size.json'), 'utf8'));
  const workbox = readdirSync(DIST).find((f) => f.startsWith('workbox-v'))!;
  const files = [...stored.urls, '/en/sw.js', ...readdirSync(join(DIST, workbox)).map((f) => `/${workbox}/${f}`)];
  const data = (path: string) => readFileSync(join(DIST, decodeURIComponent(path)));
  expect(stored.bytes).toBe(stored.urls.reduce((sum, path) => sum + data(path).length, 0));
  expect(announced).toEqual({
    download: files.reduce((sum, path) => sum + servedBytes(path, data(path)), 0),
    stored: files.reduce((sum, path) => sum + data(path).length, 0),
    files: files.length,
  });
});

// Issue #16: "Help now" is the page a reader in trouble opens, often with no connection; a reader
// who saved the guide must not meet the "use it offline" notice there because they never read it.
test('offline, "Help now" in the header of a saved copy opens the flow, never read before', async ({ page, context }) => {
  await saveForOffline(page, '/ru/');
  await page.reload();
  await context.setOffline(true);
  await page.goto('/ru/countries/kazakhstan/');
  await page.locator('.site-tools').getByRole('link', { name: 'Помощь сейчас' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Помощь сейчас');
  await page.getByRole('link', { name: 'Меня задерживают или допрашивают прямо сейчас' }).click();
  await page.locator('[data-choose-country="kazakhstan"]').click();
  await expect(page.locator('[data-help-country="kazakhstan"]')).toBeVisible();
});

test('a page not saved up front is kept once read, and explains offline before that', async ({ page, context }) => {
  await saveForOffline(page, '/ru/');
  await page.reload();
  await context.setOffline(true);
  await page.goto('/ru/countries/kazakhstan/sources/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Как пользоваться без интернета');
  await context.setOffline(false);
  await page.goto('/ru/countries/kazakhstan/sources/');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await context.setOffline(true);
  const again = await page.goto('/ru/countries/kazakhstan/sources/');
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
});

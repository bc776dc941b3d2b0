/**
 * Offline that scales (issue 18): saving the guide fetches the shell, the search index and the
 * country, threat and checklist pages of that language, nothing else; other pages are kept once
 * read. The size the reader is shown before saving (dist/<lang>/offline-size.json) is what the
 * browser then stores.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, slugs } from './support/dist';

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
    let files = 0;
    for (const name of (await caches.keys()).filter((k) => k.startsWith('exile-atlas-en-precache'))) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        bytes += (await (await cache.match(req))!.arrayBuffer()).byteLength;
        files++;
      }
    }
    return { bytes, files };
  });
  const pages = fetched.filter((p) => p.endsWith('.html') || p.endsWith('/'));
  for (const section of ['countries', 'threats', 'checklists'] as const) {
    for (const slug of slugs(section, 'en')) expect(pages, `${section}/${slug}`).toContain(`/en/${section}/${slug}/index.html`);
  }
  expect(pages).toContain('/en/offline/index.html');
  expect(pages.filter((p) => /\/(sources|card)\/|\/(updates|about|methodology|safety|tools|matrix|clear|help|verify)\//.test(p))).toEqual([]);
  expect(fetched.some((p) => p.startsWith('/ru/'))).toBe(false);

  // The announced figure: the precache plus the worker and Workbox's runtime it imports.
  const announced = JSON.parse(readFileSync(join(DIST, 'en/offline-size.json'), 'utf8'));
  const workbox = readdirSync(DIST).find((f) => f.startsWith('workbox-v'))!;
  const runtime = readdirSync(join(DIST, workbox)).map((f) => statSync(join(DIST, workbox, f)).size);
  expect(announced).toEqual({
    bytes: stored.bytes + statSync(join(DIST, 'en/sw.js')).size + runtime.reduce((a, b) => a + b, 0),
    files: stored.files + 1 + runtime.length,
  });
});

test('a page not saved up front is kept once read, and explains offline before that', async ({ page, context }) => {
  await page.goto('/ru/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/ru/sw.js', { scope: '/ru/' });
    await navigator.serviceWorker.ready;
  });
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

import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { DIST } from './support/dist';
import { StaticServer } from '../scripts/lib/static-server';
import { saveForOffline } from './support/offline';
import { watchRequests } from './support/settled';
import { bundleFileName, bundleFolder } from '../src/lib/bundles';

for (const [lang, unvisited, query, expected] of [
  ['en', '/en/countries/armenia/', 'Kyrgyzstan', 'Kyrgyzstan'],
  ['ru', '/ru/threats/extradition/', 'Армении', 'Армения'],
] as const) {
  test(`${lang}: after one visit, an unvisited page and search work offline`, async ({ page, context }) => {
    await saveForOffline(page, `/${lang}/`);
    await context.setOffline(true);
    const response = await page.goto(unvisited);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-results h2 a').first()).toHaveText(expected, { timeout: 15_000 });
  });
}

test('offline, an address that is not in the saved copy explains how offline works', async ({ page, context }) => {
  await saveForOffline(page, '/ru/');
  await context.setOffline(true);
  await page.goto('/ru/countries/no-such-country/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Как пользоваться без интернета');
});

test.describe('without service workers', () => {
  test.use({ serviceWorkers: 'block' });
  test('the guide still works online and says it is not saved', async ({ page }) => {
    await page.goto('/en/countries/kyrgyzstan/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyrgyzstan');
    await page.goto('/en/search/?q=Armenia');
    await expect(page.locator('.search-results h2 a').first()).toHaveText('Armenia', { timeout: 15_000 });
  });
});

test('the offline zip matches its checksum and, unpacked and served locally, is the whole guide with search', async ({ page, context }) => {
  const zip = readFileSync(join(DIST, 'downloads', bundleFileName('ru')));
  const [sum, name] = readFileSync(join(DIST, 'downloads', `${bundleFileName('ru')}.sha256`), 'utf8')
    .trim()
    .split(/\s+/);
  expect(name).toBe(bundleFileName('ru'));
  expect(createHash('sha256').update(zip).digest('hex')).toBe(sum);

  const files = unzipSync(zip);
  const folder = bundleFolder('ru');
  expect(
    Object.keys(files).some((f) => f.startsWith(`${folder}/en/`)),
    'the Russian zip carries no English pages',
  ).toBe(false);
  expect(new TextDecoder().decode(files[`${folder}/README.txt`])).toContain('http://localhost:8000/ru/');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  const server = new StaticServer(join(dir, folder));
  const base = await server.listen();
  try {
    await saveForOffline(page, `${base}ru/countries/kazakhstan/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Казахстан');
    await context.setOffline(true);
    await page.goto(`${base}ru/search/?q=${encodeURIComponent('Армении')}`);
    await expect(page.locator('.search-results h2 a').first()).toHaveText('Армения', { timeout: 15_000 });
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const stored = (page: Page) =>
  page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
    caches: await caches.keys(),
  }));

test.describe('saving for offline use is the reader’s choice', () => {
  test('nothing is saved before the reader agrees; the offer says what, how much and who could see it', async ({ page, context }) => {
    await context.route('**/en/offline-size.json', (route) => route.fulfill({ json: { download: 1_153_434, stored: 2_306_867, files: 131 } }));
    await context.route('**/ru/offline-size.json', (route) => route.fulfill({ status: 404 }));
    const requests = watchRequests(page);
    await page.goto('/en/');
    await page.goto('/en/countries/kazakhstan/');
    const offer = page.locator('[data-offline-offer]');
    await expect(offer).toContainText(
      'The country, threat and checklist pages in English and the search would be saved in this browser (about 1.1 MB to download, 2.2 MB on this device); other pages are kept once you open them.',
    );
    await expect(offer).toContainText('Anyone who checks the site data in this browser could see it.');
    await expect(offer).toContainText('remove it at any time with the button at the bottom of every page');
    // Everything the page starts on its own has run and been answered: a worker it registered would be listed now.
    await requests.settled();
    expect(await stored(page)).toEqual({ workers: [], caches: [] });
    await page.goto('/ru/');
    await expect(page.locator('[data-offline-offer]')).toContainText(
      'все страницы стран, угроз и чек-листов на русском и поиск; остальные страницы — когда вы их откроете. Любой',
    );
  });

  test('a "Do not save" is remembered: no offer again and nothing saved', async ({ page }) => {
    const requests = watchRequests(page);
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Do not save' }).click();
    await page.goto('/en/threats/');
    await expect(page.locator('[data-offline-offer]')).toBeHidden();
    await expect(page.locator('[data-offline-status]')).toHaveText('Not saved for offline use.');
    await requests.settled();
    expect(await stored(page)).toEqual({ workers: [], caches: [] });
  });

  test('after "Remove everything this site stored" nothing is saved again until the reader asks', async ({ page }) => {
    const requests = watchRequests(page);
    await saveForOffline(page, '/en/');
    expect((await stored(page)).workers).toEqual(['/en/']);
    await page.getByRole('button', { name: 'Remove everything this site stored' }).click();
    await expect(page.locator('[data-offline-status]')).toHaveText(/^Removed: the offline copy, your ticks and your settings/);
    expect(await stored(page)).toEqual({ workers: [], caches: [] });
    // The page that pressed it is still in the removed worker's hands: a request from it must not
    // bring the copy back (Workbox repairs a missing precached file from the network).
    await page.evaluate(() => Promise.all(['/en/search/', '/en/countries/armenia/'].map((u) => fetch(u).then((r) => r.text()))));
    expect(await stored(page)).toEqual({ workers: [], caches: [] });
    for (const path of ['/en/countries/georgia/', '/en/checklists/', '/en/']) {
      await page.goto(path);
      await requests.settled();
    }
    expect(await stored(page)).toEqual({ workers: [], caches: [] });
    await saveForOffline(page);
    expect((await stored(page)).workers).toEqual(['/en/']);
  });

  test('a saved copy says when it was saved and warns, on the device, when it is old', async ({ page }) => {
    await saveForOffline(page, '/en/countries/armenia/');
    await expect(page.locator('[data-offline-status]')).toHaveText(/^Saved for offline use on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    const built = new Date(`${await page.locator('[data-offline]').getAttribute('data-built')}T12:00:00Z`);
    const monthsLater = (n: number) => new Date(Date.UTC(built.getUTCFullYear(), built.getUTCMonth() + n, built.getUTCDate(), 12));
    const old = page.locator('[data-offline-old]');
    await page.clock.setFixedTime(monthsLater(5));
    await page.reload();
    await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-state', 'saved');
    await expect(old).toBeHidden();
    await page.clock.setFixedTime(monthsLater(7));
    await page.reload();
    await expect(old).toBeVisible();
    await expect(old).toContainText('more than 6 months ago');
  });

  test('a copy saved before the site asked shows as saved, with no offer to save it again', async ({ page }) => {
    // What an earlier version of the site did: save at the first visit without asking.
    await saveForOffline(page, '/en/');
    await page.evaluate(() => Object.keys(localStorage).forEach((k) => localStorage.removeItem(k)));
    await page.goto('/en/threats/');
    await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-state', 'saved');
    await expect(page.locator('[data-offline-offer]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Save for offline use' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Remove everything this site stored' })).toBeVisible();
  });
});

import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { DIST } from './support/dist';
import { StaticServer } from './support/static-server';
import { bundleFileName, bundleFolder } from '../src/lib/bundles';

async function saveForOffline(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
}

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
  const [sum, name] = readFileSync(join(DIST, 'downloads', `${bundleFileName('ru')}.sha256`), 'utf8').trim().split(/\s+/);
  expect(name).toBe(bundleFileName('ru'));
  expect(createHash('sha256').update(zip).digest('hex')).toBe(sum);

  const files = unzipSync(zip);
  const folder = bundleFolder('ru');
  expect(Object.keys(files).some((f) => f.startsWith(`${folder}/en/`)), 'the Russian zip carries no English pages').toBe(false);
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

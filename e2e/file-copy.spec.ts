/**
 * The offline zip as a reader uses it: unzipped, index.html double-clicked, read over file:// with
 * no server. Every link between pages must name a file of the copy, styles must apply, and
 * nothing may be requested from anywhere but the unzipped folder.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { DIST } from './support/dist';
import { bundleFileName, bundleFolder } from '../src/lib/bundles';
import { ui } from '../src/i18n';

function unzipTo(zipPath: string): { dir: string; files: string[] } {
  const files = unzipSync(readFileSync(zipPath));
  const dir = mkdtempSync(join(tmpdir(), 'atlas-file-copy-'));
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return { dir, files: Object.keys(files) };
}

/** What every page of a file copy must show: its own heading, and the site's stylesheet applied. */
async function expectStyledPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Without the stylesheet the skip link sits in the page's flow; with it, it is positioned off-screen.
  expect(await page.locator('.skip-link').evaluate((a) => getComputedStyle(a).position)).toBe('absolute');
}

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: the unzipped copy opens by double-click, with every link, style and download working from files`, async ({ page, context }) => {
    const { dir, files } = unzipTo(join(DIST, 'downloads', bundleFileName(lang)));
    const root = join(dir, bundleFolder(lang));
    expect(
      files.every((f) => f.startsWith(`${bundleFolder(lang)}/`)),
      'the zip unpacks into one folder',
    ).toBe(true);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    try {
      // Every relative link and resource of every page names a file that is in the copy.
      const missing: string[] = [];
      for (const file of files.filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(dir, file), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (s) => s.slice(0, s.indexOf('>') + 1));
        for (const [, value] of html.matchAll(/\s(?:href|src|action)="([^"#?]*)[^"]*"/g)) {
          if (!value || /^[a-z]+:|^\/\//i.test(value)) continue;
          if (!existsSync(resolve(dirname(join(dir, file)), value)) || value.endsWith('/')) missing.push(`${file}: ${value}`);
        }
      }
      expect(missing, 'links that name no file of the copy').toEqual([]);

      // Double-clicked, index.html opens the guide's home page.
      await page.goto(pathToFileURL(join(root, 'index.html')).href);
      await page.waitForURL(`**/${lang}/index.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectStyledPage(page);

      // Across sections by the site's own navigation: countries, a country, its pocket card and sources.
      await page.locator('.site-nav a[href$="countries/index.html"]').click();
      await expectStyledPage(page);
      await page.locator('main a[href$="georgia/index.html"]').first().click();
      await expect(page).toHaveURL(/countries\/georgia\/index\.html$/);
      await expectStyledPage(page);
      await page.locator('main a[href="card/index.html"]').click();
      await expect(page).toHaveURL(/georgia\/card\/index\.html$/);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await page.goBack();
      await page.locator('main a[href^="sources/index.html"]').first().click();
      await expect(page).toHaveURL(/georgia\/sources\/index\.html/);
      await expectStyledPage(page);

      // A threat page, a checklist and its single-file copy.
      await page.locator('.site-nav a[href$="threats/index.html"]').click();
      await page.locator('main a[href$="extradition/index.html"]').first().click();
      await expectStyledPage(page);
      await page.locator('.site-nav a[href$="checklists/index.html"]').click();
      await page.locator('main a[href$="documents/index.html"]').first().click();
      await expectStyledPage(page);
      const single = await page.locator('main a[download]').first().getAttribute('href');
      expect(single).toMatch(/^[^/][^:]*\.html$/);
      await page.goto(new URL(single!, page.url()).href);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.goBack();

      // Search from the header: the search page explains why it lists every page instead, and the list works.
      await page.locator('#site-search-q').fill('Georgia');
      await page.locator('#site-search-q').press('Enter');
      await expect(page).toHaveURL(/search\/index\.html\?q=Georgia$/);
      await expect(page.locator('[data-no-js-note="search"]')).toHaveText(ui(lang).searchInFileCopy);
      await page.locator('[data-az-index] a[href$="armenia/index.html"]').click();
      await expect(page).toHaveURL(/countries\/armenia\/index\.html$/);
      await expectStyledPage(page);

      const elsewhere = requests.filter((url) => !url.startsWith(pathToFileURL(root).href));
      expect(elsewhere, 'requests that left the unzipped folder').toEqual([]);
      expect(requests.length).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

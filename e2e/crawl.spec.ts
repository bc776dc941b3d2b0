/**
 * The whole-site crawls: every page a reader reads (support/dist.ts), in every language, visited
 * once with JavaScript on and once with it off, checking on each visit everything that visit can
 * show. The pages are dealt into groups that Playwright's two workers share.
 */
import { test, expect } from '@playwright/test';
import { pageGroups } from './support/dist';
import { axeViolations } from './support/axe';

test.describe('with JavaScript on', () => {
  // A service worker would answer some requests itself; block it so every request is seen.
  test.use({ serviceWorkers: 'block' });
  const groups = pageGroups(8);
  for (const [i, group] of groups.entries()) {
    test(`no page has an axe violation, requests anything from another origin or sets a cookie (group ${i + 1} of ${groups.length})`, async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      context.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(`${page.url()} -> ${r.url()}`);
      });
      const violations: string[] = [];
      for (const path of group) {
        // 'load', not 'networkidle' (500 ms more on every page): a request started later still
        // reaches the listener while axe runs or before the next page, and the CSP blocks other
        // origins anyway.
        await page.goto(path, { waitUntil: 'load' });
        for (const v of await axeViolations(page)) violations.push(`${path}: ${v}`);
      }
      if (i === 0) {
        // The search page loads its UI and index on demand: run a search too.
        await page.goto('/ru/search/?q=паспорт');
        await expect(page.locator('.search-results > li').first()).toBeVisible({ timeout: 15_000 });
      }
      expect.soft(violations, 'axe violations (WCAG 2.2 AA)').toEqual([]);
      expect.soft(foreign, 'requests to another origin').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  const groups = pageGroups(4);
  for (const [i, group] of groups.entries()) {
    test(`every page shows its heading and content (group ${i + 1} of ${groups.length})`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of group) {
        await page.goto(path);
        await expect(page.locator('main h1').first(), path).toBeVisible();
        expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
      }
    });
  }
});

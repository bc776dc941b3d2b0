/**
 * The whole-site crawls: every page a reader reads (support/dist.ts), in every language, visited
 * with JavaScript on (axe, requests, cookies), and read as built for readers without JavaScript.
 * The pages are dealt into groups that Playwright's two workers share.
 */
import { test, expect } from '@playwright/test';
import { builtPages, pageGroups, pageKindSamples, readBuilt } from './support/dist';
import { readWithoutJs } from './support/static-page';
import { axeViolations, withAxe } from './support/axe';

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
      await withAxe(context);
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

// A reader without JavaScript gets the built HTML as it is, so every page is read from dist/ (fast),
// and a browser opens one page of every kind in each language (slow), where the CSS could still hide
// what the HTML has: a kind is one template ("countries/*/sources"), and its CSS is the same for all
// its pages, while what differs page by page (the content) is what the HTML check reads.
test.describe('with JavaScript off', () => {
  test('every page has a heading and content in its main part, in the HTML as built', () => {
    const problems: string[] = [];
    for (const path of builtPages()) {
      const { main, headingShown, heading, textLength } = readWithoutJs(readBuilt(path));
      if (!main) problems.push(`${path}: no <main>`);
      else if (!headingShown || heading === '') problems.push(`${path}: the first <h1> in <main> is missing, empty or hidden`);
      else if (textLength <= 80) problems.push(`${path}: <main> has only ${textLength} characters of text`);
    }
    expect(problems).toEqual([]);
  });

  test.use({ javaScriptEnabled: false });
  const samples = pageKindSamples();
  const half = Math.ceil(samples.length / 2);
  for (const [i, group] of [samples.slice(0, half), samples.slice(half)].entries()) {
    test(`a page of every kind shows its heading and content (group ${i + 1} of 2)`, async ({ page }) => {
      for (const path of group) {
        await page.goto(path);
        await expect(page.locator('main h1').first(), path).toBeVisible();
        expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
      }
    });
  }
});

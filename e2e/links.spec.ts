import { test, expect } from '@playwright/test';
import { brokenLinks } from './support/links';
import { DIST } from './support/dist';

test('every internal link and anchor of the built site resolves', () => {
  expect(brokenLinks(DIST)).toEqual([]);
});

test('every matrix cell links to a rating on a country page', async ({ page }) => {
  for (const lang of ['en', 'ru']) {
    await page.goto(`/${lang}/matrix/`);
    const cells = page.locator('tbody td a');
    const hrefs = await cells.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(50);
    expect(hrefs.every((h) => /\/countries\/[a-z-]+\/#rating-[a-z-]+$/.test(h))).toBe(true);
    // Ratings are words as well as colours.
    await expect(page.locator('tbody td .risk').first()).toHaveText(/^(Severe|High|Elevated|Low|Unknown|Очень высокий|Высокий|Повышенный|Низкий|Неизвестно)$/);
  }
  // And the anchors exist (the link check above covers every one; here one is followed).
  await page.goto('/en/matrix/');
  const first = page.locator('tbody td a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page.locator(href!.slice(href!.indexOf('#')))).toBeInViewport();
});

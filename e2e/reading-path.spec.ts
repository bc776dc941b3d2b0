/**
 * The reader's path on a phone (issue #15): at 360×800, in both languages, the header leaves the
 * screen to the page, the quick exit stays in reach, and the answer comes first.
 */
import { test, expect, type Page } from '@playwright/test';

const PHONE = { width: 360, height: 800 };
test.use({ viewport: PHONE, serviceWorkers: 'block' });

/** The bottom of everything above <main>: header row, menu row and language switch. */
const chromeHeight = (page: Page) => page.locator('main').evaluate((main) => main.getBoundingClientRect().top + window.scrollY);

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: the header is at most 110 px tall on a phone, with the site name and quick exit in one row`, async ({ page }) => {
    for (const path of [`/${lang}/`, `/${lang}/countries/kazakhstan/`, `/${lang}/search/`, '/no-such-page/']) {
      await page.goto(path);
      expect(await chromeHeight(page), path).toBeLessThanOrEqual(110);
      const name = await page.locator('.site-name').boundingBox();
      const exit = await page.locator('[data-quick-exit]').boundingBox();
      expect(name && exit, path).toBeTruthy();
      // One row: the two overlap vertically.
      expect(exit!.y, path).toBeLessThan(name!.y + name!.height);
      expect(name!.y, path).toBeLessThan(exit!.y + exit!.height);
    }
  });

  test(`${lang}: the quick exit stays on screen in the middle of a long page`, async ({ page }) => {
    await page.goto(`/${lang}/countries/kazakhstan/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const exit = await page.locator('[data-quick-exit]').boundingBox();
    expect(exit).toBeTruthy();
    expect(exit!.y).toBeGreaterThanOrEqual(0);
    expect(exit!.y + exit!.height).toBeLessThanOrEqual(PHONE.height);
    // Not covered by the page: a click there reaches the exit.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-quick-exit]') !== null, { x: exit!.x + exit!.width / 2, y: exit!.y + exit!.height / 2 });
    expect(hit).toBe(true);
  });

  test(`${lang}: the menu opens without JavaScript and leads to every section`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${lang}/countries/kazakhstan/`);
    const nav = page.locator('.site-nav');
    await expect(nav).toBeHidden();
    await page.locator('.site-menu > summary').click();
    await expect(nav.getByRole('link')).toHaveCount(6);
    await expect(nav.getByRole('link').first()).toBeVisible();
    await context.close();
  });

  test(`${lang}: the search page has one search box`, async ({ page }) => {
    await page.goto(`/${lang}/search/`);
    await expect(page.locator('.site-header, .site-tools').locator('input[type="search"]')).toHaveCount(0);
    await page.goto(`/${lang}/`);
    await expect(page.locator('.site-tools input[type="search"]')).toHaveCount(1);
  });
}

test('on a wide screen the sections show without opening a menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ru/countries/');
  await expect(page.locator('.site-menu > summary')).toBeHidden();
  await expect(page.locator('.site-nav').getByRole('link').first()).toBeVisible();
  await expect(page.locator('.site-tools input[type="search"]')).toBeVisible();
});

test('the root page puts Russian first, has one main heading and a quick exit', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const choices = page.locator('main a.button');
  await expect(choices).toHaveText(['Русский', 'English']);
  await expect(page.locator('[data-quick-exit]')).toBeVisible();
  // A margin between the header and the heading.
  const header = await page.locator('.site-header').boundingBox();
  const heading = await page.locator('h1').boundingBox();
  expect(heading!.y - (header!.y + header!.height)).toBeGreaterThanOrEqual(16);
  await context.close();
});

test('the not-found page has the site header with its quick exit and menu', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('.site-header [data-quick-exit]')).toBeVisible();
  await expect(page.locator('.site-menu > summary')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});


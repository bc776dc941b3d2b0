/**
 * The reader's path on a phone (issue #15): at 360×800, in both languages, the header leaves the
 * screen to the page, the quick exit stays in reach, and the answer comes first.
 */
import { test, expect, type Page } from '@playwright/test';
import { slugs } from './support/dist';

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
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-quick-exit]') !== null, {
      x: exit!.x + exit!.width / 2,
      y: exit!.y + exit!.height / 2,
    });
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

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: every country page's first screen shows the country, its rating, the bottom line and the first step`, async ({ page }) => {
    test.setTimeout(120_000); // every country page
    for (const slug of slugs('countries', lang)) {
      await page.goto(`/${lang}/countries/${slug}/`);
      for (const part of ['h1', '.lead .risk', '.bottom-line p:first-child', '.first-step']) {
        const box = await page.locator(part).first().boundingBox();
        expect(box, `${slug}: ${part}`).toBeTruthy();
        expect(box!.y + box!.height, `${slug}: ${part} ends within the first screen`).toBeLessThanOrEqual(PHONE.height);
      }
      await expect(page.locator('.first-step')).toHaveText(/\S{3,}/);
      // Then what to do, by situation: three to five steps each.
      const counts = await page
        .locator('#what-to-do ~ ul.steps, section[aria-labelledby="what-to-do"] ul.steps')
        .evaluateAll((lists) => lists.map((l) => l.children.length));
      expect(counts.length, slug).toBeGreaterThanOrEqual(1);
      for (const n of counts) {
        expect(n, slug).toBeGreaterThanOrEqual(3);
        expect(n, slug).toBeLessThanOrEqual(5);
      }
    }
  });

  test(`${lang}: all ten countries are within the first two screens of the home page, each card one big link`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const cards = page.locator('.country-list a');
    await expect(cards).toHaveCount(slugs('countries', lang).length);
    const boxes = await cards.evaluateAll((links) =>
      links.map((a) => {
        const r = a.getBoundingClientRect();
        return { bottom: r.bottom + window.scrollY, height: r.height };
      }),
    );
    for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(44);
    expect(Math.max(...boxes.map((b) => b.bottom))).toBeLessThanOrEqual(2 * PHONE.height);
    // The line under each country is not smaller than body text.
    const [line, body] = await page.evaluate(() =>
      [getComputedStyle(document.querySelector('.country-line')!).fontSize, getComputedStyle(document.body).fontSize].map(parseFloat),
    );
    expect(line).toBeGreaterThanOrEqual(body!);
  });
}

test('citation marks are 24 px targets, timeline dates stand out, legal lists are not indented on a phone', async ({ page }) => {
  await page.goto('/ru/countries/kazakhstan/');
  const marks = await page.locator('main sup a').evaluateAll((links) =>
    links.slice(0, 20).map((a) => {
      const r = a.getBoundingClientRect();
      return [r.width, r.height];
    }),
  );
  expect(marks.length).toBeGreaterThan(5);
  for (const [w, h] of marks) expect(Math.min(w!, h!)).toBeGreaterThanOrEqual(24);
  expect(
    Number(
      await page
        .locator('.timeline time')
        .first()
        .evaluate((t) => getComputedStyle(t).fontWeight),
    ),
  ).toBeGreaterThanOrEqual(700);
  // Every jump link leads somewhere that exists.
  for (const href of await page.locator('.jump-links a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
    const url = new URL(href);
    if (url.pathname === new URL(page.url()).pathname) await expect(page.locator(url.hash || 'body'), href).toHaveCount(1);
    else expect((await page.request.get(url.pathname)).ok(), href).toBe(true);
  }
  await page.goto('/ru/countries/kazakhstan/sources/');
  expect(
    await page
      .locator('dl.legal dd')
      .first()
      .evaluate((dd) => dd.getBoundingClientRect().left - dd.parentElement!.getBoundingClientRect().left),
  ).toBeLessThan(8);
  await expect(page.locator('#timeline ~ .timeline li, section[aria-labelledby="timeline"] .timeline li').first()).toBeVisible();
});

test('the severe chip keeps a visible edge in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/countries/kazakhstan/');
  const chip = page.locator('.risk--severe').first();
  const [border, bg] = await chip.evaluate((el) => [getComputedStyle(el).borderTopColor, getComputedStyle(document.body).backgroundColor]);
  expect(border).not.toBe('rgba(0, 0, 0, 0)');
  expect(border).not.toBe(bg);
});

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: the risk table keeps its country column in view while it scrolls on a phone, and fits a 1280 px screen`, async ({ page }) => {
    await page.goto(`/${lang}/matrix/`);
    const box = page.locator('.table-scroll');
    await expect(page.locator('.scroll-hint')).toBeVisible();
    // The legend takes less than half of the first screen.
    const legend = await page.evaluate(() => {
      const heading = document.querySelector('main h2')!.getBoundingClientRect();
      return document.querySelector('.legend-more')!.getBoundingClientRect().bottom - heading.top;
    });
    expect(legend).toBeLessThan(PHONE.height / 2);
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const scrolled = await box.evaluate((el) => el.scrollLeft);
    expect(scrolled).toBeGreaterThan(200);
    const frame = (await box.boundingBox())!;
    const country = (await page.locator('tbody th').first().boundingBox())!;
    expect(country.x).toBeGreaterThanOrEqual(frame.x - 1);
    expect(country.x + country.width).toBeLessThanOrEqual(frame.x + frame.width);
    // Nothing covers it: a tap on the name reaches the country link.
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('tbody th') !== null, {
        x: country.x + 10,
        y: country.y + country.height / 2,
      }),
    ).toBe(true);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('.scroll-hint')).toBeHidden();
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });
}

import { saveForOffline } from './support/offline';
import { test, expect } from '@playwright/test';

// The browser's clock is pinned: the test gives the same answer on any day it runs.
const TODAY = new Date('2026-03-10T12:00:00');
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

const isoIn = (days: number) => {
  const d = new Date(TODAY);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('the document planner computes a plan on the device, sends nothing and keeps nothing', async ({ page }) => {
  await page.goto('/en/tools/documents/');
  await expect(page.getByText('Nothing you enter leaves this device.')).toBeVisible();
  await expect(page.locator('[data-no-js-note="planner"]')).toBeHidden();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByLabel('Russian international passport expires on').fill(isoIn(100));
  await page.getByLabel('Residence permit expires on').fill(isoIn(-3));
  await page.getByLabel('Country you are in').selectOption('kazakhstan');
  await page.getByRole('button', { name: 'Show my plan' }).click();
  const passport = page.locator('[data-plan-output] li[data-doc="passport"]');
  await expect(passport).toHaveAttribute('data-status', 'urgent');
  await expect(passport).toContainText('Russian consulate');
  await expect(page.locator('[data-plan-output] li[data-doc="residence"]')).toHaveAttribute('data-status', 'expired');
  await expect(page.locator('[data-plan-output] li[data-doc="residence"]')).toContainText('3 days ago');
  await expect(page.locator('[data-residence-blocked]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Risks in Kazakhstan' })).toHaveAttribute('href', '/en/countries/kazakhstan/');
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('atlas:')))).toEqual([]);

  // Only when asked does it remember, and "forget" removes it.
  await page.getByLabel('Remember these dates on this device').check();
  await page.getByRole('button', { name: 'Show my plan' }).click();
  await page.reload();
  await expect(page.getByLabel('Russian international passport expires on')).toHaveValue(isoIn(100));
  // Unticking "Remember" forgets at once, before any other button.
  await page.getByLabel('Remember these dates on this device').uncheck();
  expect(await page.evaluate(() => localStorage.getItem('atlas:v1:planner'))).toBeNull();
  await page.getByLabel('Remember these dates on this device').check();
  await page.getByRole('button', { name: 'Show my plan' }).click();
  await page.getByRole('button', { name: 'Forget these dates' }).click();
  expect(await page.evaluate(() => localStorage.getItem('atlas:v1:planner'))).toBeNull();
  await expect(page.getByLabel('Russian international passport expires on')).toHaveValue('');
});

test('the planner works offline once the guide is saved and the planner has been opened', async ({ page, context }) => {
  await saveForOffline(page, '/ru/');
  // Tools are not saved up front (only the main pages are); they are kept once read.
  await page.goto('/ru/tools/documents/');
  await expect(page.getByRole('button', { name: 'Показать мой план' })).toBeVisible();
  await context.setOffline(true);
  await page.goto('/ru/tools/documents/');
  await page.getByLabel('Виза или разрешённый срок пребывания заканчивается').fill(isoIn(10));
  await page.getByRole('button', { name: 'Показать мой план' }).click();
  await expect(page.locator('[data-plan-output] li[data-doc="visa"]')).toHaveAttribute('data-status', 'urgent');
});

test.describe('on a phone (360×800)', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const [lang, labels, startToday] of [
    ['en', ['Russian international passport expires on', 'Residence permit expires on', 'Visa or permitted stay ends on', 'Show my plan'], 'Start today'],
    ['ru', [], 'Начните сегодня'],
  ] as const) {
    test(`${lang}: the plan lists the most urgent document first and says "start today" when the start day has passed`, async ({ page }) => {
      await page.goto(`/${lang}/tools/documents/`);
      // Typed in the order passport, residence, visa; the visa ends first.
      await page.locator('#doc-passport').fill(isoIn(400));
      await page.locator('#doc-residence').fill(isoIn(50));
      await page.locator('#doc-visa').fill(isoIn(9));
      if (labels.length) await page.getByRole('button', { name: labels[3] }).click();
      else await page.locator('[data-planner] button[type="submit"]').click();
      const docs = page.locator('[data-plan-output] li[data-doc]');
      await expect(docs).toHaveCount(3);
      expect(await docs.evaluateAll((els) => els.map((el) => el.getAttribute('data-doc')))).toEqual(['visa', 'residence', 'passport']);
      // The visa's start day (a month before its end) is past: no date in the past reads as a plan.
      await expect(docs.first()).toContainText(startToday);
      await expect(docs.first().locator('.plan-status')).toBeVisible();
    });
  }
});

test.describe('the stay counter on a phone (360×800)', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const [lang, used, lastDay] of [
    ['en', '60 of 90 days used in the last 180 days, today included.', 'If you stay on, your last allowed day is 9 May 2026.'],
    ['ru', 'Использовано 60 из 90 дней за последние 180 дней, включая сегодня.', 'Если вы останетесь, последний разрешённый день — 9 мая 2026.'],
  ] as const) {
    test(`${lang}: counts the days of the 90/180 rule from the trips typed in, and only where a rule is sourced`, async ({ page }) => {
      await page.goto(`/${lang}/tools/documents/`);
      const stay = page.locator('[data-stay]');
      await expect(stay).toBeHidden();
      // A country without a sourced rule gets no counter.
      await page.locator('#doc-country').selectOption('georgia');
      await expect(stay).toBeHidden();
      await page.locator('#doc-country').selectOption('kazakhstan');
      await expect(stay).toBeVisible();
      // 30 days that leave the window one by one from tomorrow, then 30 days up to today: the last
      // allowed day is 60 days on (the old days leave as fast as new ones come), 9 May.
      await page.locator('#stay-entry-0').fill(isoIn(-179));
      await page.locator('#stay-exit-0').fill(isoIn(-150));
      await page.locator('#stay-entry-1').fill(isoIn(-29));
      await page.locator('[data-planner] button[type="submit"]').click();
      const result = page.locator('[data-stay-used]');
      await expect(result).toHaveAttribute('data-stay-used', '60');
      await expect(result).toContainText(used);
      await expect(result).toContainText(lastDay);
      // A trip that ends before it began is named rather than counted.
      await page.locator('#stay-exit-1').fill(isoIn(-40));
      await page.locator('[data-planner] button[type="submit"]').click();
      await expect(page.locator('[data-stay-error]')).toBeVisible();
      // Nothing was stored: the reader did not ask.
      expect(await page.evaluate(() => localStorage.getItem('atlas:v1:planner'))).toBeNull();
    });
  }

  test('with JavaScript off the page states each sourced rule and how to count by hand', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const [lang, line] of [
      ['en', 'Kazakhstan: 90 days in any 180'],
      ['ru', 'Казахстан: 90 дней из любых 180'],
    ] as const) {
      await page.goto(`/${lang}/tools/documents/`);
      await expect(page.locator('[data-stay]')).toBeHidden();
      const rule = page.locator('[data-stay-rule-line="kazakhstan"]');
      await expect(rule).toContainText(line);
      await expect(rule.locator('a')).toHaveAttribute('href', /^https:\/\/www\.intellinews\.com\//);
      await expect(page.locator('[data-stay-rule-line="kyrgyzstan"]')).toBeVisible();
      await expect(page.locator('#stay-rules ~ ul li').first()).toBeVisible();
    }
    await context.close();
  });
});

test('remembered trips come back, and a hand-edited store loses nothing else', async ({ page }) => {
  await page.goto('/en/tools/documents/');
  await page.evaluate(() =>
    localStorage.setItem(
      'atlas:v1:planner',
      JSON.stringify({ country: 'kyrgyzstan', visa: '2026-05-01', trips: [{ entry: '2026-03-01', exit: 5 }, null, 'x'] }),
    ),
  );
  await page.reload();
  await expect(page.locator('[data-stay]')).toBeVisible();
  await expect(page.locator('#stay-entry-0')).toHaveValue('2026-03-01');
  await expect(page.locator('#doc-visa')).toHaveValue('2026-05-01');
  await page.locator('[data-planner] button[type="submit"]').click();
  await expect(page.locator('[data-stay-used]')).toHaveAttribute('data-stay-used', '10');
});

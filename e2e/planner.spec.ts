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

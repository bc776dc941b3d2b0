/**
 * The route check on "Help now" (issue #16, "Transit and routes"): the risk of each leg, for any
 * number of changes and a country outside the atlas, from the same ratings as the table; offline,
 * with nothing sent or stored. Without JavaScript the table is the answer.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { saveForOffline } from './support/offline';

const ORDER = ['severe', 'high', 'elevated', 'low'];

// A leg's expected level, read from the no-JavaScript table: the worst known rating of its rated ends.
async function worstOf(page: Page, countries: string[]): Promise<string> {
  const levels: string[] = [];
  for (const name of countries) {
    const row = page.locator('.route-check tbody tr', { has: page.getByRole('rowheader', { name, exact: true }) });
    levels.push(...(await row.locator('[data-risk]').evaluateAll((els) => els.map((e) => e.getAttribute('data-risk')!))));
  }
  return ORDER.find((l) => levels.includes(l)) ?? 'unknown';
}

async function checkRoute(page: Page) {
  await page.getByLabel('Where you are now').selectOption('georgia');
  await page.getByLabel('Change 1: where you change planes or cross a border (optional)').selectOption('kazakhstan');
  await page.getByRole('button', { name: 'Add another change' }).click();
  const second = page.getByLabel('Change 2: where you change planes or cross a border (optional)');
  await expect(second).toBeFocused();
  await second.selectOption('turkey');
  await page.getByLabel('Where you are going').selectOption({ label: 'Another country (not in the atlas)' });
  await page.getByRole('button', { name: 'Check this route' }).click();
}

test.describe('with JavaScript', () => {
  test.use({ serviceWorkers: 'block' });

  test('two changes and a destination outside the atlas: each leg has its level, why, and a link to the rating', async ({ page }) => {
    await page.goto('/en/help/#route');
    await checkRoute(page);
    const legs = page.getByRole('list', { name: 'Leg by leg' }).locator(':scope > li');
    await expect(legs).toHaveCount(3);

    await expect(legs.nth(0)).toContainText('Georgia → Kazakhstan');
    await expect(legs.nth(0).locator('[data-risk]').first()).toHaveAttribute('data-risk', await worstOf(page, ['Georgia', 'Kazakhstan']));
    // The change counts on both legs it joins: a person can be stopped arriving and leaving.
    await expect(legs.nth(1)).toContainText('Kazakhstan → Turkey');
    await expect(legs.nth(1).locator('[data-risk]').first()).toHaveAttribute('data-risk', await worstOf(page, ['Kazakhstan', 'Turkey']));
    await expect(legs.nth(1)).toContainText('Why: Kazakhstan (changing)');
    const reason = legs.nth(1).getByRole('link').first();
    await expect(reason).toHaveAttribute('href', /\/en\/countries\/kazakhstan\/#rating-[a-z-]+$/);

    // Outside the atlas: not rated, said plainly, and never shown as safe.
    const last = legs.nth(2);
    await expect(last).toContainText('Turkey → another country');
    await expect(last).toContainText('Another country: the atlas has no ratings for it, and this is not a sign of safety.');
    await expect(last.locator('[data-risk="low"]')).toHaveCount(0);
    await expect(last).toContainText('or higher: not everything on this leg is rated');
    const result = page.locator('[data-route-result]');
    await expect(result).toContainText('A red notice is an alert to all Interpol member countries asking them to locate and arrest a person');
    await expect(result.getByRole('link', { name: 'Interpol notices and wanted lists' })).toHaveAttribute('href', '/en/threats/interpol-wanted-lists/');
    // The answer, the added field and the page around them pass axe (WCAG 2.2 AA).
    expect(await axeViolations(page)).toEqual([]);
  });

  test('ru: a leg with nothing rated says "unknown", and Russia is not offered as a point', async ({ page }) => {
    // On a phone, where the table lays each country out as a block (axe runs below).
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/ru/help/');
    await expect(page.locator('#route-from option[value="russia"]')).toHaveCount(0);
    await expect(page.locator('.route-form')).toContainText('России в этих списках нет: атлас её не оценивает.');
    await page.getByLabel('Где вы сейчас').selectOption('other');
    await page.getByLabel('Куда вы едете').selectOption('other');
    await page.getByRole('button', { name: 'Проверить маршрут' }).click();
    const legs = page.getByRole('list', { name: 'По участкам маршрута' }).locator(':scope > li');
    await expect(legs).toHaveCount(1);
    await expect(legs.first()).toContainText('другая страна → другая страна');
    await expect(legs.first().locator('[data-risk]')).toHaveAttribute('data-risk', 'unknown');
    await expect(legs.first()).toContainText('Другая страна: оценок по ней в атласе нет');
    await expect(page.locator('[data-route-result]')).toContainText(
      '«Красное уведомление» (red notice) — это сигнал всем странам Интерпола найти и задержать человека',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('offline from the saved copy, the route check works and sends and keeps nothing', async ({ page, context }) => {
  await saveForOffline(page, '/en/');
  await context.setOffline(true);
  const response = await page.goto('/en/help/');
  expect(response?.fromServiceWorker()).toBe(true);
  const before = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await checkRoute(page);
  await expect(page.getByRole('list', { name: 'Leg by leg' }).locator(':scope > li')).toHaveCount(3);
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]))).toBe(before);
  await expect(page).toHaveURL(/\/en\/help\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form stays hidden and the table per country is the answer, readable on a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const lang of ['en', 'ru']) {
      await page.goto(`/${lang}/help/#route`);
      await expect(page.locator('[data-route-form]')).toBeHidden();
      await expect(page.locator('[data-route-nojs]')).toBeVisible();
      const table = page.locator('.route-check table');
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(await page.locator('[data-help-country]').count());
      // The table fits the screen: each country a block, no column cut off or pushed sideways
      // (in Russian the four columns were 564 px wide).
      const box = (await table.boundingBox())!;
      expect(box.x + box.width, lang).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), lang).toBeLessThanOrEqual(0);
      await expect(table.locator('tbody tr').first().locator('td').first()).toBeVisible();
    }
  });
});

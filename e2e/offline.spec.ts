import { test, expect, type Page } from '@playwright/test';

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
    await expect(page.locator('pagefind-results .pf-result-title a').first()).toHaveText(expected, { timeout: 15_000 });
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
    await expect(page.locator('pagefind-results .pf-result-title a').first()).toHaveText('Armenia', { timeout: 15_000 });
  });
});

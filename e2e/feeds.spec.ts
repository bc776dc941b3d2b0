import { test, expect } from '@playwright/test';

test('each language has an RSS feed of dated alerts and page changes, newest first', async ({ request }) => {
  for (const lang of ['en', 'ru']) {
    const response = await request.get(`/${lang}/rss.xml`);
    expect(response.ok()).toBe(true);
    const xml = await response.text();
    expect(xml).toContain(`<language>${lang}</language>`);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  }
});

test('each country has its own feed with only that country', async ({ request, page }) => {
  const xml = await (await request.get('/en/countries/kazakhstan/rss.xml')).text();
  const titles = [...xml.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]);
  expect(titles.length).toBeGreaterThan(0);
  expect(xml).not.toMatch(/<item><title>Armenia:/);
  await page.goto('/en/countries/kazakhstan/');
  await expect(page.getByRole('link', { name: 'Follow this country (RSS)' })).toHaveAttribute('href', '/en/countries/kazakhstan/rss.xml');
  // Every item leads to its own entry: a change in the page's history, or an alert on "What changed".
  for (const link of [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!))) {
    await page.goto(link.pathname);
    await expect(page.locator(`[id="${decodeURIComponent(link.hash.slice(1))}"]`), link.href).toHaveCount(1);
  }
});

test('the "What changed" page lists dated alerts with their sources', async ({ page }) => {
  await page.goto('/ru/updates/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Что изменилось');
  const alerts = page.locator('main article');
  expect(await alerts.count()).toBeGreaterThan(3);
  await expect(alerts.first().locator('ol.sources li').first()).toBeVisible();
  await expect(alerts.first().locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

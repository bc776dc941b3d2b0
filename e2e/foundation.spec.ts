import { test, expect } from '@playwright/test';
import { watchRequests } from './support/settled';

test.describe('languages', () => {
  for (const [lang, heading] of [
    ['en', 'Exile Safety Atlas'],
    ['ru', 'Атлас безопасности в эмиграции'],
  ] as const) {
    test(`the ${lang} home page renders in its language`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('.cards li').first()).toBeVisible();
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang === 'en' ? 'ru' : 'en'}"]`)).toHaveCount(1);
    });
  }

  test('the language switcher leads to the same page in the other language and back', async ({ page }) => {
    await page.goto('/en/countries/kyrgyzstan/');
    await page.getByRole('link', { name: 'Читать по-русски' }).click();
    await expect(page).toHaveURL(/\/ru\/countries\/kyrgyzstan\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кыргызстан');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL(/\/en\/countries\/kyrgyzstan\/$/);
  });

  test('the root page offers both languages without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/ru/');
    await context.close();
  });

  test('with JavaScript the root page sends a Russian-speaking browser to /ru/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
    await page.goBack().catch(() => undefined);
    await expect(page).not.toHaveURL(/localhost:\d+\/$/);
    await context.close();
  });
});

test('the Kyrgyzstan page states its overall risk, every threat rating and numbered sources', async ({ page }) => {
  await page.goto('/en/countries/kyrgyzstan/');
  await expect(page.getByText('Overall risk:')).toBeVisible();
  await expect(page.locator('.lead .risk')).toHaveAttribute('data-risk', /severe|high|elevated|low|unknown/);
  const ratings = page.locator('#ratings ~ ul.ratings > li');
  await expect(ratings).toHaveCount(await page.request.get('/en/threats/').then(async (r) => ((await r.text()).match(/<h3>/g) ?? []).length));
  await expect(page.getByText(/2 June 2023|June 2023/).first()).toBeVisible();
  await expect(page.locator('footer').getByText('Last reviewed:')).toBeVisible();
  // Every citation points at an entry of the numbered source list, which has publisher, title, date and link.
  const targets = await page.locator('main sup a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(targets.length).toBeGreaterThan(10);
  expect(targets.every((t) => /\/en\/countries\/kyrgyzstan\/sources\/#s\d+$/.test(t))).toBe(true);
  await page.locator('main sup a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incidents, law and sources: Kyrgyzstan');
  const sources = page.locator('ol.sources > li');
  expect(await sources.count()).toBeGreaterThan(10);
  for (const hash of new Set(targets.map((t) => new URL(t).hash))) await expect(page.locator(hash)).toHaveCount(1);
  await expect(sources.first()).toHaveText(/\.\s.+\.\s+((\d{1,2} )?([A-Z][a-z]+ )?\d{4}|n\.d\.)/);
  await expect(sources.first().locator('a[href^="https://"]')).toHaveCount(1);
});

test('key pages load without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const requests = watchRequests(page);
  for (const path of [
    '/en/',
    '/ru/',
    '/en/countries/kyrgyzstan/',
    '/ru/countries/kazakhstan/',
    '/en/matrix/',
    '/ru/checklists/documents/',
    '/en/search/',
    '/ru/tools/documents/',
  ]) {
    await page.goto(path);
    await requests.settled();
  }
  expect(errors).toEqual([]);
});

import { test, expect, type Page } from '@playwright/test';
import { watchRequests } from './support/settled';

const RESULTS = '.search-results > li';

/**
 * Searches from the search page's own box and waits for the results. A test that searches again
 * in the same language stays on the page (its form searches in place), so the search engine and
 * its index load once per language, not once per query.
 */
async function search(page: Page, lang: 'en' | 'ru', query: string) {
  if (new URL(page.url(), 'http://x').pathname !== `/${lang}/search/`) await page.goto(`/${lang}/search/`);
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('.search-summary')).toContainText(query, { timeout: 15_000 });
  return page.locator(RESULTS);
}
const titles = (page: Page) => page.locator(`${RESULTS} h2 a`).allInnerTexts();
/** The first results are drawn at once, the rest on "Show more". */
async function showAll(page: Page) {
  const more = page.getByRole('button', { name: /Show more|Показать ещё/ });
  while (await more.isVisible()) {
    const shown = await page.locator(RESULTS).count();
    await more.click();
    await expect.poll(() => page.locator(RESULTS).count()).toBeGreaterThan(shown);
  }
}

test.use({ viewport: { width: 360, height: 800 } });
// Several searches per test.
test.describe.configure({ timeout: 90_000 });

test('an English query finds the English page, words in other forms included', async ({ page }) => {
  await search(page, 'en', 'extradited');
  expect((await titles(page)).some((t) => /extradition/i.test(t))).toBe(true);
  expect(await page.locator(`${RESULTS} mark`).count()).toBeGreaterThan(0);
});

test('a country or city name puts the country page first, in either language and script', async ({ page }) => {
  for (const [lang, query, title] of [
    ['en', 'Kazakhstan', 'Kazakhstan'],
    ['en', 'armenia', 'Armenia'],
    ['en', 'Bishkek', 'Kyrgyzstan'],
    ['en', 'Киргизия', 'Kyrgyzstan'],
    ['ru', 'Казахстан', 'Казахстан'],
    ['ru', 'Киргизия', 'Кыргызстан'],
    ['ru', 'kyrgyzstan', 'Кыргызстан'],
    ['ru', 'Бишкек', 'Кыргызстан'],
    ['ru', 'ОАЭ', 'Объединённые Арабские Эмираты'],
  ] as const) {
    await search(page, lang, query);
    expect((await titles(page))[0], `${lang}: ${query}`).toBe(title);
  }
});

test('the names people type find what the site writes otherwise', async ({ page }) => {
  for (const [lang, query, expected] of [
    ['ru', 'Телеграм', /Телефон, аккаунты и мессенджеры/],
    ['ru', 'Ватсап', /Телефон, аккаунты и мессенджеры/],
    ['ru', 'деза', /./],
    ['en', 'ВНЖ', /Documents and legal status/],
  ] as const) {
    await search(page, lang, query);
    expect(
      (await titles(page)).some((t) => expected.test(t)),
      `${lang}: ${query}`,
    ).toBe(true);
  }
});

test('a question puts the checklist that answers it first', async ({ page }) => {
  for (const [lang, query] of [
    ['ru', 'задержали что делать'],
    ['en', 'what to do if detained'],
  ] as const) {
    await page.goto(`/${lang}/checklists/if-detained/`);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await search(page, lang, query);
    expect((await titles(page))[0], query).toBe(title);
  }
});

test('Russian queries in other grammatical forms find the page, and only Russian pages', async ({ page }) => {
  await search(page, 'ru', 'в Казахстане');
  expect((await titles(page))[0]).toBe('Казахстан');
  await search(page, 'ru', 'экстрадиции');
  expect((await titles(page)).some((t) => /кстрадиц|выдач/i.test(t))).toBe(true);
  const hrefs = await page.locator(`${RESULTS} h2 a`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.every((h) => h.startsWith('/ru/'))).toBe(true);
});

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: result counts take the right plural form`, async ({ page }) => {
    const forms = lang === 'en' ? { one: 'result', other: 'results' } : { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' };
    const rules = new Intl.PluralRules(lang);
    const seen = new Set<string>();
    for (const query of lang === 'en' ? ['passport', 'Kyrgyzstan', 'WhatsApp', 'interpreter'] : ['паспорт', 'задержали', 'Ватсап', 'ВНЖ', 'Кыргызстан']) {
      await search(page, lang, query);
      const text = await page.locator('.search-summary').innerText();
      const n = Number(/^(\d+)/.exec(text)![1]);
      const category = rules.select(n) as keyof typeof forms;
      seen.add(category);
      expect(text, query).toMatch(new RegExp(`^${n} ${(forms as Record<string, string>)[category] ?? forms.other} `));
    }
    // The Russian queries cover more than one form (English counts here are all "other").
    if (lang === 'ru') expect(seen.size).toBeGreaterThan(1);
  });

  test(`${lang}: one search landmark, results in the site's type with two or three lines of excerpt`, async ({ page }) => {
    await search(page, lang, lang === 'en' ? 'passport' : 'паспорт');
    await expect(page.getByRole('search')).toHaveCount(1);
    const first = page.locator(RESULTS).first();
    const style = await first.locator('.result-excerpt').evaluate((el) => {
      const s = getComputedStyle(el);
      return { font: s.fontFamily, size: parseFloat(s.fontSize), lines: el.getBoundingClientRect().height / parseFloat(s.lineHeight) };
    });
    const body = await page.evaluate(() => ({ font: getComputedStyle(document.body).fontFamily, size: parseFloat(getComputedStyle(document.body).fontSize) }));
    expect(style.font).toBe(body.font);
    expect(style.size).toBe(body.size);
    expect(style.lines).toBeGreaterThanOrEqual(2);
    // The item heading reads as the item, without the "Copy link" text of the page.
    expect((await page.locator('.search-results').innerText()).toLowerCase()).not.toContain(lang === 'en' ? 'copy link' : 'скопировать ссылку');
  });
}

test('results show the page type and, for countries, the risk level', async ({ page }) => {
  await search(page, 'en', 'Kyrgyzstan');
  await expect(page.locator('.result-meta').first()).toHaveText(/Country · (Severe|High|Elevated|Low|Unknown)/);
});

test('the type filter narrows the results', async ({ page }) => {
  const results = await search(page, 'en', 'passport');
  const before = await results.count();
  await page.getByText('Filter results').click();
  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('checkbox', { name: /^Checklist/ })
    .check();
  await expect.poll(async () => (await page.locator('.result-meta').allInnerTexts()).every((m) => m.startsWith('Checklist'))).toBe(true);
  expect(await page.locator('.result-meta').count()).toBeLessThanOrEqual(before);
});

test('a search for a checklist item links straight to the item', async ({ page }) => {
  const id = 'ask-for-lawyer-and-interpreter';
  for (const [lang, query] of [
    ['en', 'interpreter'],
    ['ru', 'переводчика'],
  ] as const) {
    await page.goto(`/${lang}/checklists/if-detained/`);
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await search(page, lang, query);
    await showAll(page);
    const result = page.locator(RESULTS, { has: page.locator('h2', { hasText: title }) });
    const link = result.locator(`a[href$="#${id}"]`);
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/checklists/if-detained/#${id}$`));
    await expect(page.locator(`.checklist-item[data-item="${id}"]`)).toHaveClass(/is-highlighted/);
  }
});

test('a search from the header leaves the query in no address, history entry or request', async ({ page }) => {
  const query = 'Kyrgyzstan extradition';
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/en/countries/');
  const entries = await page.evaluate(() => history.length);
  await page.getByText('Menu').click();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill(query);
  await page.getByRole('searchbox', { name: 'Search the guide' }).press('Enter');
  await expect(page.locator('.search-summary')).toContainText(query, { timeout: 15_000 });
  await expect(page.getByRole('searchbox')).toHaveValue(query);
  expect(page.url()).toMatch(/\/en\/search\/$/);
  // Searching again on the page changes no address either.
  await page.getByRole('searchbox').fill('Georgia');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('.search-summary')).toContainText('Georgia');
  expect(page.url()).toMatch(/\/en\/search\/$/);
  const leaked = requested.filter((u) => /Kyrgyzstan|Georgia|[?&]q=/.test(new URL(u).search + new URL(u).hash));
  expect(leaked).toEqual([]);
  // Nothing is left in storage for the next visit, and the visit is still one history entry
  // (the site's default), whose address never held the query.
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('search')))).toEqual([]);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('an old link with ?q= still searches, and the query leaves the address bar', async ({ page }) => {
  await page.goto(`/ru/search/?q=${encodeURIComponent('Армения')}`);
  await expect(page.locator(`${RESULTS} h2 a`).first()).toHaveText('Армения', { timeout: 15_000 });
  expect(page.url()).toMatch(/\/ru\/search\/$/);
});

test('odd input in the search box does not break the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/en/search/?q=${encodeURIComponent('<script>alert(1)</script> %00 \u202e \ud83d\ude00 ' + 'й'.repeat(500))}`);
  await expect(page.locator('.search-summary')).not.toBeEmpty({ timeout: 15_000 });
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await page.goto('/en/search/?q=%E0%A4%A');
  await expect(page.getByRole('searchbox')).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem('atlas:v1:search-query', '\u0000'.repeat(10_000)));
  await page.goto('/en/search/');
  await expect(page.getByRole('searchbox')).toBeVisible();
  expect(errors).toEqual([]);
});

test('without JavaScript the search page explains and lists every page A to Z', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/search/');
  await expect(page.getByText('Для поиска нужен JavaScript')).toBeVisible();
  await expect(page.getByRole('search')).toHaveCount(0);
  const links = page.locator('[data-az-index] li a');
  expect(await links.count()).toBeGreaterThan(20);
  const texts = await links.allInnerTexts();
  expect(texts).toEqual([...texts].sort((a, b) => a.localeCompare(b, 'ru')));
  // The header search form is a plain GET form to the search page without JavaScript.
  await page.goto('/en/countries/');
  await page.getByText('Menu').click();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('Georgia');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=Georgia$/);
  await context.close();
  expect((await request.get('/en/search/')).ok()).toBe(true);
});

test('the search page loads the search engine only once the reader starts a search', async ({ page }) => {
  const engine: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) engine.push(r.url());
  });
  const requests = watchRequests(page);
  await page.goto('/ru/search/');
  const box = page.getByRole('searchbox', { name: 'Поиск по справочнику' });
  await expect(box).toBeVisible();
  await requests.settled();
  expect(engine, 'nothing of Pagefind loads before the reader uses the search box').toEqual([]);
  await box.click();
  await page.keyboard.type('Армения');
  await expect(page.locator(`${RESULTS} h2 a`).first()).toHaveText('Армения', { timeout: 15_000 });
  expect(engine.length).toBeGreaterThan(0);
  await expect(box).toBeFocused();
});

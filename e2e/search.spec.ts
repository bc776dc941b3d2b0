import { test, expect, type Page } from '@playwright/test';

async function search(page: Page, lang: 'en' | 'ru', query: string) {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('pagefind-results .pf-result');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  // The summary names the query once the results for it (not an earlier keystroke) are in.
  await expect(page.locator('pagefind-summary')).toContainText(query);
  return results;
}
/** Titles of the first results; Pagefind fills results lazily as they scroll into view. */
async function titles(page: Page, count = 5): Promise<string[]> {
  return page.evaluate(async (count) => {
    const out: string[] = [];
    const nth = (i: number) => document.querySelectorAll('pagefind-results .pf-result')[i];
    for (let i = 0; i < count && nth(i); i++) {
      let title: string | undefined;
      // Re-query each time: Pagefind replaces a placeholder with the loaded result element.
      for (let tries = 0; tries < 100 && !title; tries++) {
        nth(i)?.scrollIntoView();
        title = nth(i)?.querySelector('.pf-result-title a')?.textContent?.trim();
        if (!title) await new Promise((r) => setTimeout(r, 30));
      }
      out.push(title ?? '');
    }
    return out;
  }, count);
}

test('an English query finds the English page, words in other forms included', async ({ page }) => {
  await search(page, 'en', 'extradited');
  const found = await titles(page);
  expect(found.some((t) => /extradition/i.test(t))).toBe(true);
  expect(await page.locator('pagefind-results mark').count()).toBeGreaterThan(0);
});

test('typing a country name finds its page first, in both languages and common spellings', async ({ page }) => {
  for (const [lang, query, title] of [
    ['en', 'Kazakhstan', 'Kazakhstan'],
    ['en', 'armenia', 'Armenia'],
    ['ru', 'Казахстан', 'Казахстан'],
    ['ru', 'Киргизия', 'Кыргызстан'],
    ['ru', 'ОАЭ', 'Объединённые Арабские Эмираты'],
  ] as const) {
    await search(page, lang, query);
    expect((await titles(page))[0], query).toBe(title);
  }
});

test('Russian queries in other grammatical forms find the page', async ({ page }) => {
  // "в Казахстане" (prepositional) and "экстрадиции" (genitive) as people type them.
  await search(page, 'ru', 'в Казахстане');
  expect(await titles(page, 3)).toContain('Казахстан');
  await search(page, 'ru', 'экстрадиции');
  const found = await titles(page);
  expect(found.some((t) => /кстрадиц|выдач/i.test(t))).toBe(true);
  // Russian results are Russian pages only.
  const hrefs = await page.locator('pagefind-results .pf-result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.every((h) => h.startsWith('/ru/'))).toBe(true);
});

test('results show the page type and, for countries, the risk level', async ({ page }) => {
  await search(page, 'en', 'Kyrgyzstan');
  await expect(page.locator('.result-meta').first()).toHaveText(/Country · (Severe|High|Elevated|Low|Unknown)/);
});

test('the type filter narrows the results', async ({ page }) => {
  const results = await search(page, 'en', 'passport');
  const before = await results.count();
  const pane = page.locator('pagefind-filter-pane');
  await pane.locator('summary', { hasText: 'Type' }).click();
  await pane.getByRole('checkbox', { name: /^Checklist/ }).check();
  await expect.poll(async () => page.locator('.result-meta').allInnerTexts()).toEqual(expect.arrayContaining(['Checklist']));
  const metas = await page.locator('.result-meta').allInnerTexts();
  expect(metas.every((m) => m.startsWith('Checklist'))).toBe(true);
  expect(metas.length).toBeLessThanOrEqual(before);
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
    expect(await titles(page, 10)).toContain(title);
    const result = page.locator('pagefind-results .pf-result', { has: page.locator('.pf-result-title', { hasText: title }) });
    const link = result.locator(`a[href$="#${id}"]`);
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/checklists/if-detained/#${id}$`));
    await expect(page.locator(`.checklist-item[data-item="${id}"]`)).toHaveClass(/is-highlighted/);
  }
});

test('odd input in the search box does not break the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/en/search/?q=${encodeURIComponent('<script>alert(1)</script> %00 \u202e \ud83d\ude00 ' + 'й'.repeat(500))}`);
  await expect(page.locator('pagefind-input input')).toBeVisible();
  await page.goto('/en/search/?q=%E0%A4%A');
  await expect(page.locator('pagefind-input input')).toBeVisible();
  expect(errors).toEqual([]);
});

test('without JavaScript the search page explains and lists every page A to Z', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/search/');
  await expect(page.getByText('Для поиска нужен JavaScript')).toBeVisible();
  const links = page.locator('[data-az-index] li a');
  expect(await links.count()).toBeGreaterThan(20);
  const texts = await links.allInnerTexts();
  expect(texts).toEqual([...texts].sort((a, b) => a.localeCompare(b, 'ru')));
  // The header search form still takes the reader to the search page without JavaScript.
  await page.goto('/en/countries/');
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
  await page.goto('/ru/search/');
  const box = page.getByRole('searchbox', { name: 'Поиск по справочнику' }).last();
  await expect(box).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(engine, 'nothing of Pagefind loads before the reader uses the search box').toEqual([]);

  await box.click();
  await page.keyboard.type('Армения');
  await expect(page.locator('pagefind-results .pf-result-title a').first()).toHaveText('Армения', { timeout: 15_000 });
  expect(engine.length).toBeGreaterThan(0);
  await expect(page.locator('#pagefind-query')).toBeFocused();
});

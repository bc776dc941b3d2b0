import { test, expect } from '@playwright/test';
import { slugs } from './support/dist';

const countries = slugs('countries');
const threats = slugs('threats');

test('there are the two countries in depth and at least six more, and nine threats or more', () => {
  expect(countries).toEqual(expect.arrayContaining(['kyrgyzstan', 'kazakhstan']));
  expect(countries.length).toBeGreaterThanOrEqual(8);
  expect(threats.length).toBeGreaterThanOrEqual(8);
});

test('every country page, in both languages, rates every threat and lists its sources', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'ru']) {
    for (const slug of countries) {
      await page.goto(`/${lang}/countries/${slug}/`);
      await expect(page.locator('.lead .risk')).toBeVisible();
      await expect(page.locator('ul.ratings > li')).toHaveCount(threats.length);
      for (const li of await page.locator('ul.ratings > li').all()) {
        await expect(li.locator('.risk')).toHaveText(/\S/);
        expect((await li.innerText()).split('\n').slice(1).join(' ').trim().length, `${lang}/${slug}`).toBeGreaterThan(10);
      }
      // The newest event next to the review date is the latest date in the page's own timeline.
      const timeline = await page.locator('section[aria-labelledby="timeline"] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      if (timeline.length > 0) {
        const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
        const newest = await page
          .locator('p', { hasText: /Newest event reported|Последнее событие на странице/ })
          .locator('time')
          .nth(1)
          .getAttribute('datetime');
        expect(timeline, `${lang}/${slug}`).toContain(newest);
        for (const d of timeline) expect(end(d) <= end(newest!), `${lang}/${slug}: ${d} is newer than ${newest}`).toBe(true);
      }
      // One Overview heading, so the #overview link lands on it.
      await expect(page.locator('[id="overview"]'), `${lang}/${slug}`).toHaveCount(1);
      await expect(page.locator('article h2', { hasText: /^(Overview|Коротко)$/ }), `${lang}/${slug}`).toHaveCount(1);
      await page.goto(`/${lang}/countries/${slug}/sources/`);
      expect(await page.locator('ol.sources > li').count(), `${lang}/${slug}`).toBeGreaterThan(0);
      // An undated source reads "n.d.", not "n.d..".
      expect(await page.locator('ol.sources').innerText(), `${lang}/${slug}`).not.toMatch(/n\.d\.\.|б\. д\.\./i);
    }
  }
});

test('every threat page, in both languages, explains, shows how countries rate and lists sources', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'ru']) {
    for (const slug of threats) {
      await page.goto(`/${lang}/threats/${slug}/`);
      expect((await page.locator('.prose').innerText()).length, `${lang}/${slug}`).toBeGreaterThan(300);
      await expect(page.locator('#country-ratings + ul.ratings > li')).toHaveCount(countries.length);
      expect(await page.locator('#reduce + ul > li').count(), `${lang}/${slug} checklist items`).toBeGreaterThan(0);
      await page.goto(`/${lang}/threats/${slug}/sources/`);
      expect(await page.locator('ol.sources > li').count()).toBeGreaterThan(0);
    }
  }
});

test('the pocket card gives its own lines and the main risks on one A6 page', async ({ page }) => {
  await page.goto('/ru/countries/kazakhstan/');
  await page.getByRole('link', { name: 'Карточка для печати (A6)' }).click();
  await expect(page).toHaveURL(/\/ru\/countries\/kazakhstan\/card\/$/);
  await page.emulateMedia({ media: 'print' });
  const card = page.locator('.pocket-card');
  await expect(card.getByRole('heading', { level: 1 })).toContainText('Казахстан');
  expect(await card.locator('.pocket-lines li').count()).toBeGreaterThanOrEqual(1);
  // This build has no real site address, so the card prints no QR code rather than the placeholder's (card.spec.ts).
  await expect(card.locator('.qr')).toHaveCount(0);
  await expect(page.locator('.site-header')).toBeHidden();
  // A6 is 105 × 148 mm: at 96 dpi about 397 × 559 px, less 5 mm margins.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length, 'printed pages').toBe(1);
});

test('Russian pages name a source’s language and count sources in Russian, not with codes and one plural', async ({ page }) => {
  await page.goto('/ru/countries/kyrgyzstan/sources/');
  const list = page.locator('ol.sources');
  await expect(list).toContainText('(на английском)');
  await expect(list).not.toContainText('(язык:');
  await page.goto('/ru/countries/kyrgyzstan/');
  const count = await page.getByRole('link', { name: /список на отдельной странице/ }).innerText();
  const n = Number(count.match(/^\d+/)![0]);
  const form = n % 10 === 1 && n % 100 !== 11 ? 'источник' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'источника' : 'источников';
  expect(count).toBe(`${n} ${form} — список на отдельной странице`);
});

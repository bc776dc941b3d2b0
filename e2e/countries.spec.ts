import { test, expect } from '@playwright/test';
import { slugs } from './support/dist';

const countries = slugs('countries');
const threats = slugs('threats');

test('there are the two countries in depth and at least six more, and nine threats or more', () => {
  expect(countries).toEqual(expect.arrayContaining(['kyrgyzstan', 'kazakhstan']));
  expect(countries.length).toBeGreaterThanOrEqual(8);
  expect(threats.length).toBeGreaterThanOrEqual(8);
});

// The country and threat pages are static HTML (no script changes what these tests read), so each
// page is read in one page.evaluate after it loads rather than in a locator round trip per
// assertion: the same assertions, about half the CPU and time (measured in the commit that did it).

test('every country page, in both languages, rates every threat and lists its sources', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'ru']) {
    for (const slug of countries) {
      const where = `${lang}/${slug}`;
      await page.goto(`/${lang}/countries/${slug}/`);
      const country = await page.evaluate(() => {
        // Visible as Playwright's toBeVisible means it: a box with a size, and not visibility:hidden.
        const isVisible = (el: Element) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible';
        };
        const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const leadRisks = [...document.querySelectorAll('.lead .risk')];
        return {
          leadRisks: leadRisks.length,
          leadRiskVisible: leadRisks.length === 1 && isVisible(leadRisks[0]!),
          ratings: [...document.querySelectorAll('ul.ratings > li')].map((li) => ({
            risks: [...li.querySelectorAll('.risk')].map((r) => r.textContent ?? ''),
            text: (li as HTMLElement).innerText,
          })),
          timeline: [...document.querySelectorAll('section[aria-labelledby="timeline"] time')].map((t) => t.getAttribute('datetime')!),
          // The second date in the paragraph that names the newest event (the first is the review date).
          newest:
            [...document.querySelectorAll('p')]
              .filter((p) => /Newest event reported|Последнее событие на странице/.test(text(p)))
              .flatMap((p) => [...p.querySelectorAll('time')])[1]
              ?.getAttribute('datetime') ?? null,
          overviewIds: document.querySelectorAll('[id="overview"]').length,
          overviewHeadings: [...document.querySelectorAll('article h2')].filter((h) => /^(Overview|Коротко)$/.test(text(h))).length,
        };
      });
      expect(country.leadRisks, `${where}: the lead's rating`).toBe(1);
      expect(country.leadRiskVisible, `${where}: the lead's rating is visible`).toBe(true);
      expect(country.ratings, `${where}: a rating for every threat`).toHaveLength(threats.length);
      for (const li of country.ratings) {
        expect(li.risks, `${where}: one rating in each item`).toHaveLength(1);
        expect(li.risks[0], `${where}: the rating has a word`).toMatch(/\S/);
        expect(li.text.split('\n').slice(1).join(' ').trim().length, where).toBeGreaterThan(10);
      }
      // The newest event next to the review date is the latest date in the page's own timeline.
      if (country.timeline.length > 0) {
        const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
        const newest = country.newest;
        expect(country.timeline, where).toContain(newest);
        for (const d of country.timeline) expect(end(d) <= end(newest!), `${where}: ${d} is newer than ${newest}`).toBe(true);
      }
      // One Overview heading, so the #overview link lands on it.
      expect(country.overviewIds, where).toBe(1);
      expect(country.overviewHeadings, where).toBe(1);
      await page.goto(`/${lang}/countries/${slug}/sources/`);
      const sources = await page.evaluate(() => ({
        count: document.querySelectorAll('ol.sources > li').length,
        text: [...document.querySelectorAll('ol.sources')].map((ol) => (ol as HTMLElement).innerText),
      }));
      expect(sources.count, where).toBeGreaterThan(0);
      // An undated source reads "n.d.", not "n.d..".
      expect(sources.text, `${where}: one list of sources`).toHaveLength(1);
      expect(sources.text[0], where).not.toMatch(/n\.d\.\.|б\. д\.\./i);
    }
  }
});

test('every threat page, in both languages, explains, shows how countries rate and lists sources', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'ru']) {
    for (const slug of threats) {
      const where = `${lang}/${slug}`;
      await page.goto(`/${lang}/threats/${slug}/`);
      const threat = await page.evaluate(() => ({
        prose: [...document.querySelectorAll('.prose')].map((p) => (p as HTMLElement).innerText.length),
        ratings: document.querySelectorAll('#country-ratings + ul.ratings > li').length,
        reduce: document.querySelectorAll('#reduce + ul > li').length,
      }));
      expect(threat.prose, `${where}: one .prose`).toHaveLength(1);
      expect(threat.prose[0], where).toBeGreaterThan(300);
      expect(threat.ratings, `${where}: a rating for every country`).toBe(countries.length);
      expect(threat.reduce, `${where} checklist items`).toBeGreaterThan(0);
      await page.goto(`/${lang}/threats/${slug}/sources/`);
      expect(await page.evaluate(() => document.querySelectorAll('ol.sources > li').length), where).toBeGreaterThan(0);
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

import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { buildSite } from './support/build';
import { slugs } from './support/dist';
import { ONE_A6_PAGE, printCard } from './support/print';

test.use({ viewport: { width: 360, height: 800 } });

const SITE_NAMES = ['Exile Safety Atlas', 'Атлас безопасности в эмиграции'];

// Every country's card as this build prints it: the test build has no real site address, so no card
// carries a QR code. fixture-builds.spec.ts prints every card again with the QR code and address a
// build with a real address adds, taken from its own build.
for (const lang of ['en', 'ru']) {
  for (const variant of ['', 'plain/']) {
    test(`${lang}: every ${variant ? 'plain ' : ''}pocket card prints on one A6 page with text of at least 9 pt`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const slug of slugs('countries', lang)) {
        await page.goto(`/${lang}/countries/${slug}/card/${variant}`);
        await expect(page.locator('.pocket-card .qr'), slug).toHaveCount(0);
        const printed = await printCard(page);
        expect(printed.smallestPt, slug).toBeGreaterThanOrEqual(9);
        expect({ pages: printed.pages, sizesMm: printed.sizesMm }, slug).toEqual(ONE_A6_PAGE);
      }
    });
  }
}

for (const lang of ['en', 'ru']) {
  test(`${lang}: the plain card prints nothing that names the site, and the card links to it`, async ({ page }) => {
    for (const slug of slugs('countries', lang)) {
      await page.goto(`/${lang}/countries/${slug}/card/`);
      await page.locator('main a[href="plain/"]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/countries/${slug}/card/plain/$`));
      // Its stylesheets too, print rules included, before reading what it prints.
      await page.waitForLoadState('load');
      // Browsers print the title in the page header.
      for (const name of SITE_NAMES) expect(await page.title(), slug).not.toContain(name);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('body').innerText();
      for (const name of SITE_NAMES) expect(printed, slug).not.toContain(name);
      await expect(page.locator('.pocket-card .qr, .pocket-card .signing-key-line')).toHaveCount(0);
      await page.emulateMedia({ media: 'screen' });
    }
  });
}

test('the card gives its own lines, the emergency steps, the rights sentences and local numbers under neutral labels', async ({ page }) => {
  await page.goto('/ru/countries/kazakhstan/card/');
  const card = page.locator('.pocket-card');
  // Its own lines from the country file, not the web summary.
  await expect(card.locator('.pocket-lines li')).toHaveCount(3);
  await expect(card.locator('.pocket-lines')).toContainText('90 дней из 180');
  // The short form of content/emergency/kazakhstan.yaml.
  await expect(card.locator('.pocket-steps li').first()).toContainText('пять дней после въезда');
  await expect(card.locator('[lang="ru"]')).toContainText('Я прошу убежища. Мне нужны адвокат и переводчик.');
  await expect(card.locator('[lang="en"]')).toContainText('I do not consent to being removed.');
  // The help directory's number, dialable, under a label that names no organisation.
  const number = card.locator('.pocket-numbers a[href="tel:+77272584598"]');
  await expect(number).toHaveText('+7 727 258 45 98');
  await expect(card.locator('.pocket-numbers')).not.toContainText('УВКБ');

  // A country whose emergency file (if any) has no short form says so instead of printing nothing.
  for (const slug of slugs('countries', 'en')) {
    const file = `content/emergency/${slug}.yaml`;
    const lines = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as { card?: unknown[] }).card ?? []).length : 0;
    await page.goto(`/en/countries/${slug}/card/`);
    if (lines > 0) await expect(page.locator('.pocket-card ul.pocket-steps li'), slug).toHaveCount(lines);
    else
      await expect(page.locator('.pocket-card p.pocket-steps'), slug).toHaveText(
        'No sourced steps for this country yet. The “Help now” page of the site has the general steps.',
      );
  }
  // Organisation names that would mark the holder are not printed: the country page's help list is not on the card.
  await page.goto('/en/countries/kyrgyzstan/card/');
  await expect(page.locator('.pocket-card')).not.toContainText('Kovcheg');
});

test('a card built without the real site address prints no placeholder address or QR code', async ({ page }) => {
  // The test build has no ATLAS_SITE.
  await page.goto('/en/countries/kyrgyzstan/card/');
  await expect(page.locator('.pocket-card')).not.toContainText('.example');
  await expect(page.locator('.pocket-card .qr')).toHaveCount(0);
});

test('a publishing build (ATLAS_PUBLISH=1, the one publishing switch) refuses to run without the real site address', () => {
  const run = buildSite({ ATLAS_PUBLISH: '1', ATLAS_SITE: '' });
  rmSync(run.outDir, { recursive: true, force: true });
  expect(run.status).not.toBe(0);
  expect(run.output).toContain('ATLAS_PUBLISH=1 but ATLAS_SITE is not the real site address');
});

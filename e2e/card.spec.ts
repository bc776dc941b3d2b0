import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { slugs } from './support/dist';
import { buildSite, type BuildResult } from './support/build';
import { StaticServer } from '../scripts/lib/static-server';

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
/** Each page's size in millimetres, from the PDF's MediaBox (in points). */
const pdfSizesMm = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [+m[1]!, +m[2]!].map((pt) => Math.round((pt * 25.4) / 72)));

test.use({ viewport: { width: 360, height: 800 } });

const SITE_NAMES = ['Exile Safety Atlas', 'Атлас безопасности в эмиграции'];

test.describe('printed from a build with the real site address, so that the card carries its QR code', () => {
  test.describe.configure({ mode: 'serial' });
  let build: BuildResult;
  let server: StaticServer;
  let base: string;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    build = buildSite({ ATLAS_SITE: 'https://atlas.example.org' });
    expect(build.status, build.output).toBe(0);
    server = new StaticServer(build.outDir);
    base = await server.listen();
  });
  test.afterAll(async () => {
    await server?.close();
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'ru']) {
    for (const variant of ['', 'plain/']) {
      test(`${lang}: every ${variant ? 'plain ' : ''}pocket card prints on one A6 page with text of at least 9 pt`, async ({ page }) => {
        test.setTimeout(120_000);
        for (const slug of slugs('countries', lang)) {
          await page.goto(`${base}${lang}/countries/${slug}/card/${variant}`);
          await expect(page.locator('.pocket-card .qr'), slug).toHaveCount(variant ? 0 : 1);
          await page.emulateMedia({ media: 'print' });
          // Every line of text on the card, not only the first: a smaller font anywhere is a failure.
          const smallest = await page
            .locator('.pocket-card li, .pocket-card p')
            .evaluateAll((els) =>
              Math.min(...els.filter((el) => !el.closest('.signing-key-line, figcaption')).map((el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96)),
            );
          expect(smallest, slug).toBeGreaterThanOrEqual(9);
          // preferCSSPageSize: the card's own @page size (A6), as a browser prints it when A6 is chosen.
          // Two or four cards on an A4 sheet are these A6 pages placed side by side by the print dialog.
          const pdf = await page.pdf({ preferCSSPageSize: true });
          expect(pdfPages(pdf), slug).toBe(1);
          // A6, not the Letter paper Chromium falls back to when it does not know the page size's name.
          expect(pdfSizesMm(pdf), slug).toEqual([[105, 148]]);
          await page.emulateMedia({ media: 'screen' });
        }
      });
    }
  }
});

for (const lang of ['en', 'ru']) {
  test(`${lang}: the plain card prints nothing that names the site, and the card links to it`, async ({ page }) => {
    for (const slug of slugs('countries', lang)) {
      await page.goto(`/${lang}/countries/${slug}/card/`);
      await page.locator('main a[href="plain/"]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/countries/${slug}/card/plain/$`));
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
  const run = spawnSync('npx', ['astro', 'build', '--outDir', '/tmp/atlas-refused-build'], {
    env: { ...process.env, ATLAS_PUBLISH: '1', ATLAS_SITE: '' },
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  expect(`${run.stdout}${run.stderr}`).toContain('ATLAS_PUBLISH=1 but ATLAS_SITE is not the real site address');
});

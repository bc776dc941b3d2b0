import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { slugs } from './support/dist';

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test.use({ viewport: { width: 360, height: 800 } });

for (const lang of ['en', 'ru']) {
  test(`${lang}: every pocket card prints on one A6 page with body text of at least 9 pt`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const slug of slugs('countries', lang)) {
      await page.goto(`/${lang}/countries/${slug}/card/`);
      await page.emulateMedia({ media: 'print' });
      const bodyPt = await page.locator('.pocket-card li').first().evaluate((el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96);
      expect(bodyPt, slug).toBeGreaterThanOrEqual(9);
      // preferCSSPageSize: the card's own @page size (A6), as a browser prints it when A6 is chosen.
      expect(pdfPages(await page.pdf({ preferCSSPageSize: true })), slug).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
  });
}

test('a card built without the real site address prints no placeholder address or QR code', async ({ page }) => {
  // The test build has no ATLAS_SITE.
  await page.goto('/en/countries/kyrgyzstan/card/');
  await expect(page.locator('.pocket-card')).not.toContainText('.example');
  await expect(page.locator('.pocket-card .qr')).toHaveCount(0);
});

test('a publishing build refuses to run without the real site address', () => {
  const run = spawnSync('npx', ['astro', 'build', '--outDir', '/tmp/atlas-refused-build'], {
    env: { ...process.env, ATLAS_PUBLISH: '1', ATLAS_SITE: '' },
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  expect(`${run.stdout}${run.stderr}`).toContain('ATLAS_PUBLISH=1 but ATLAS_SITE is not the real site address');
});

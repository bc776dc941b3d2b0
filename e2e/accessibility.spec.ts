import { test, expect } from '@playwright/test';
import { axeViolations, withAxe } from './support/axe';

// axe on every page of the site, in both languages, is part of the crawl in crawl.spec.ts.
test.describe('axe', () => {
  test.use({ serviceWorkers: 'block' });
  test('no violations in dark mode and on the search page with results', async ({ page, context }) => {
    test.setTimeout(120_000);
    await withAxe(context);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/ru/', '/en/countries/kyrgyzstan/', '/ru/matrix/', '/en/checklists/if-detained/']) {
      await page.goto(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/ru/search/?q=паспорт');
    await expect(page.locator('.search-results > li').first()).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('at 320 px and at 200% zoom nothing but tables scrolls sideways', async ({ browser }) => {
  for (const width of [320, 640]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const path of [
      '/ru/',
      '/ru/countries/kazakhstan/',
      '/en/threats/extradition/',
      '/ru/checklists/phone-and-accounts/',
      '/en/matrix/',
      '/ru/search/',
      '/en/tools/documents/',
      // Help now's route table once made the whole page 564 px wide in Russian.
      '/ru/help/',
      '/en/help/',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test('keyboard: the skip link comes first and every control shows focus', async ({ page }) => {
  await page.goto('/en/checklists/documents/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Walk through the controls: each one focused must draw a visible outline.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
    expect(outline).toBe(true);
  }
});

test('headings never skip a level', async ({ page }) => {
  for (const path of ['/en/countries/kyrgyzstan/', '/ru/threats/facial-recognition/', '/en/checklists/before-travel/', '/ru/methodology/']) {
    await page.goto(path);
    const levels = await page.locator('main :is(h1,h2,h3,h4)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path} heading ${i}`).toBeLessThanOrEqual(1);
  }
});

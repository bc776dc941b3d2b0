import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, slugs } from './support/dist';

const slug = 'documents';
const url = `/en/checklists/${slug}/`;
const siteKeys = (page: Page) => page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('atlas:')));

test('every checklist exists in both languages with the same item ids', async ({ page }) => {
  expect(slugs('checklists', 'en').length).toBeGreaterThanOrEqual(7);
  for (const s of slugs('checklists', 'en')) {
    const ids = async (lang: string) => {
      await page.goto(`/${lang}/checklists/${s}/`);
      return page.locator('.checklist-item h3[id]').evaluateAll((els) => els.map((el) => el.id));
    };
    const en = await ids('en');
    expect(en.length).toBeGreaterThan(3);
    expect(await ids('ru')).toEqual(en);
  }
});

test('a ticked item is still ticked after a reload, and progress shows it', async ({ page }) => {
  await page.goto(url);
  const first = page.locator('.checklist-item input[type="checkbox"]').first();
  await first.check();
  await expect(page.locator('[data-progress-text]')).toContainText(/^1 of \d+ done$/);
  await page.reload();
  await expect(page.locator('.checklist-item input[type="checkbox"]').first()).toBeChecked();
  await expect(page.locator('progress')).toHaveAttribute('value', '1');
  await page.getByText('Privacy and saving').click();
  await expect(page.getByText('stored only on this device')).toBeVisible();
});

test('"Clear my progress" removes the ticks, says so, and keeps settings and other data', async ({ page }) => {
  await page.goto(url);
  await page.locator('.checklist-item input[type="checkbox"]').nth(1).check();
  await page.evaluate(() => {
    localStorage.setItem('unrelated', 'stays');
    localStorage.setItem('atlas:v1:progress:another-checklist', '{"v":1,"done":["x"]}');
    localStorage.setItem('atlas:v1:quick-exit-wipe', '1');
  });
  await page.getByText('Privacy and saving').click();
  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your ticks in every checklist were removed' })).toBeVisible();
  expect(await siteKeys(page)).toEqual(['atlas:v1:quick-exit-wipe']);
  expect(await page.evaluate(() => localStorage.getItem('unrelated'))).toBe('stays');
  await page.reload();
  await expect(page.locator('.checklist-item input:checked')).toHaveCount(0);
});

test('corrupt stored progress is ignored and the page still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.evaluate((s) => {
    localStorage.setItem(`atlas:v1:progress:${s}`, '{"v":1,"done":[{"x":1}],');
    localStorage.setItem('atlas:v1:progress:other', 'x'.repeat(200_000));
  }, slug);
  await page.reload();
  await expect(page.locator('[data-progress]')).toBeVisible();
  await expect(page.locator('[data-progress-text]')).toContainText(/^0 of/);
  await page.locator('.checklist-item input[type="checkbox"]').first().check();
  await page.reload();
  await expect(page.locator('.checklist-item input[type="checkbox"]').first()).toBeChecked();
  expect(errors).toEqual([]);
});

// "Keep nothing" is for the whole browser (#14 follow-up): every tab and reload honours it, and
// switching it on takes every choice off the device, not only this checklist's ticks.
for (const [lang, label] of [
  ['en', /Keep nothing on this device/],
  ['ru', /Ничего не хранить на этом устройстве/],
] as const) {
  test(`${lang}: "keep nothing" applies in every tab and after reloading, and takes every tick and answer off the device`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const local = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('atlas:'))
          .sort(),
      );
    await page.goto(`/${lang}/checklists/before-travel/`);
    await page.locator('.checklist-item input[type="checkbox"]').first().check();
    await page.evaluate(() => localStorage.setItem('atlas:v1:profile', 'v=1&wanted=interpol'));
    await page.goto(`/${lang}/checklists/${slug}/`);
    await page.locator('[data-checklist-settings] summary').click();
    await page.getByLabel(label).check();
    // Only the setting itself stays on the device: the other checklist's ticks and the answers left it.
    expect(await local()).toEqual(['atlas:v1:keep-nothing']);
    await page.locator('.checklist-item input[type="checkbox"]').first().check();
    expect(await local()).toEqual(['atlas:v1:keep-nothing']);
    await page.reload();
    await expect(page.getByLabel(label)).toBeChecked();
    await expect(page.locator('.checklist-item input[type="checkbox"]').first()).toBeChecked();

    // Another tab: the setting holds there too; its ticks stay in that tab and are forgotten with it.
    const other = await context.newPage();
    await other.goto(`/${lang}/checklists/${slug}/`);
    await expect(other.locator('.checklist-item input:checked')).toHaveCount(0);
    await expect(other.getByLabel(label)).toBeChecked();
    await other.locator('.checklist-item input[type="checkbox"]').nth(1).check();
    expect(await local()).toEqual(['atlas:v1:keep-nothing']);
    await other.close();

    // Switched off, this tab's ticks are kept on the device again.
    await page.locator('[data-checklist-settings] summary').click();
    await page.getByLabel(label).uncheck();
    expect(await local()).toEqual(['atlas:v1:profile', 'atlas:v1:progress:before-travel', `atlas:v1:progress:${slug}`]);
    await context.close();
  });
}

test('a link to an item scrolls to it, opens it and highlights it', async ({ page }) => {
  await page.goto(url);
  const id = await page.locator('.checklist-item h3[id]').nth(3).getAttribute('id');
  await page.goto(`${url}#${id}`);
  const item = page.locator(`.checklist-item[data-item="${id}"]`);
  await expect(item).toHaveClass(/is-highlighted/);
  await expect(item.locator('details')).toHaveAttribute('open', '');
  await expect(item).toBeInViewport();
});

test('without JavaScript every item and its advice are readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const total = await page.locator('.checklist-item').count();
  expect(total).toBeGreaterThan(3);
  await expect(page.locator('.checklist-item h3 label')).toHaveCount(total);
  await expect(page.locator('.checklist-item details ol li').first()).toBeAttached();
  await expect(page.getByText('Ticks are not saved while JavaScript is off.')).toBeVisible();
  await expect(page.locator('[data-progress]')).toBeHidden();
  await context.close();
});

test('the printed checklist hides navigation and shows its date; built without the real site address, no address or QR code', async ({ page }) => {
  // The test build has no ATLAS_SITE: a printed page must not point at the placeholder (#15).
  // fixture-builds.spec.ts prints one from a build with a real address.
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('.qr')).toHaveCount(0);
  await expect(page.locator('article')).not.toContainText('.example');
  await expect(page.locator('article').getByText(/^\s*Version:/)).toBeVisible();
  await expect(page.locator('.checklist-item details ol').first()).toBeVisible();
});

test('the single-file copy opens from file:// and makes no request', async ({ page }) => {
  const link = await (await page.goto(url), page.getByRole('link', { name: 'Download as one file' }).getAttribute('href'));
  const file = join(DIST, link!);
  expect(readFileSync(file, 'utf8')).not.toMatch(/<(script|link|img)\b/i);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('li.item').count()).toBeGreaterThan(3);
  await expect(page.locator('.qr')).toHaveCount(0); // no real site address in the test build
  expect(await page.content()).not.toContain('.example');
  expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([]);
});

test.describe('on a phone (360×800)', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const lang of ['en', 'ru']) {
    test(`${lang}: every checklist shows its first checkbox on the first screen`, async ({ page }) => {
      for (const s of slugs('checklists', lang)) {
        await page.goto(`/${lang}/checklists/${s}/`);
        const box = (await page.locator('.checklist-item input[type="checkbox"]').first().boundingBox())!;
        expect(box.y + box.height, s).toBeLessThanOrEqual(800);
      }
    });

    test(`${lang}: the progress counter stays on screen while ticking further down`, async ({ page }) => {
      await page.goto(`/${lang}/checklists/${slug}/`);
      const boxes = page.locator('.checklist-item input[type="checkbox"]');
      await boxes.nth(7).check();
      await expect(boxes.nth(7)).toBeInViewport();
      // On screen and not covered by the sticky header.
      const counter = page.locator('[data-progress-text]');
      await expect(counter).toBeInViewport();
      const box = (await counter.boundingBox())!;
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-progress]') !== null, [box.x + 4, box.y + box.height / 2])).toBe(
        true,
      );
      await expect(page.locator('[data-progress-text]')).toContainText(lang === 'en' ? /^1 of \d+ done$/ : /^1 из \d+ сделано$/);
    });
  }

  test('checkboxes and their labels are at least 24 px targets; "Why and how" is a disclosure', async ({ page }) => {
    await page.goto(url);
    const item = page.locator('.checklist-item').first();
    for (const target of [item.locator('input[type="checkbox"]'), item.locator('h3 label')]) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // The summary keeps its disclosure triangle (display: flex had removed it).
    await expect(item.locator('summary')).toHaveText('Why and how');
    expect(await item.locator('summary').evaluate((el) => getComputedStyle(el).display)).toBe('list-item');
  });

  test('the settings are folded under "Privacy and saving"', async ({ page }) => {
    await page.goto('/ru/checklists/documents/');
    await expect(page.getByLabel(/Ничего не хранить/)).toBeHidden();
    await page.getByText('Конфиденциальность и сохранение').click();
    await expect(page.getByLabel(/Ничего не хранить/)).toBeVisible();
  });
});

test('"Copy link" copies the item address and is not part of the item heading', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(url);
  const item = page.locator('.checklist-item').nth(2);
  const id = await item.locator('h3').getAttribute('id');
  const action = await item.locator('h3 label').innerText();
  // The heading Pagefind indexes reads as the action alone, in the built page too.
  await expect(item.locator('h3')).toHaveText(action);
  expect(readFileSync(join(DIST, url, 'index.html'), 'utf8')).not.toMatch(/<h3[^>]*>(?:(?!<\/h3>).)*Copy link/s);
  await item.getByRole('button', { name: /^Copy link/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${url}#${id}`, page.url()).href);
});

for (const lang of ['en', 'ru']) {
  test(`${lang}: the compact print puts a ten-item list on at most two A4 pages`, async ({ page }) => {
    const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    let checked = 0;
    for (const s of slugs('checklists', lang)) {
      await page.goto(`/${lang}/checklists/${s}/`);
      if ((await page.locator('.checklist-item').count()) < 10) continue;
      checked++;
      // The full print runs to several pages; the compact one must not.
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(2);
      await page.locator('#print-compact').check();
      expect(pdfPages(await page.pdf({ format: 'A4' })), s).toBeLessThanOrEqual(2);
    }
    expect(checked).toBeGreaterThan(0);
  });
}

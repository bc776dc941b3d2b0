import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, slugs } from './support/dist';

const slug = 'documents';
const url = `/en/checklists/${slug}/`;
const siteKeys = (page: Page) =>
  page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('atlas:')));

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
  await expect(page.getByText('stored only on this device')).toBeVisible();
});

test('"Clear my progress" removes everything the site stored', async ({ page }) => {
  await page.goto(url);
  await page.locator('.checklist-item input[type="checkbox"]').nth(1).check();
  await page.evaluate(() => localStorage.setItem('unrelated', 'stays'));
  expect((await siteKeys(page)).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has been removed' })).toBeVisible();
  expect(await siteKeys(page)).toEqual([]);
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

test('"keep nothing" keeps ticks only for this tab', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel(/Keep nothing/).check();
  await page.locator('.checklist-item input[type="checkbox"]').first().check();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('atlas:')))).toEqual([]);
  await page.reload();
  await expect(page.locator('.checklist-item input[type="checkbox"]').first()).toBeChecked();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('.checklist-item input:checked')).toHaveCount(0);
  await context.close();
});

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

test('the printed checklist hides navigation and shows its date, URL and QR code', async ({ page }) => {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('.qr svg')).toBeVisible();
  await expect(page.locator('.qr figcaption')).toHaveText(/\/en\/checklists\/documents\/$/);
  await expect(page.getByText(/^Version:/)).toBeVisible();
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
  await expect(page.locator('.qr svg')).toBeVisible();
  expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([]);
});

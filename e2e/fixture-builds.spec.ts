/**
 * Tests that need their own builds: the stale-review notice and the list of unverified help
 * contacts (fixture content reviewed and checked in 2020),
 * a safe update from one deployed version to the next, and a mirror under a sub-path with its real
 * address (printed checklists and pocket cards carry it, with its QR code).
 */
import { test, expect } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, type BuildResult } from './support/build';
import { StaticServer } from '../scripts/lib/static-server';
import { builtPages } from './support/dist';
import { brokenLinks } from './support/links';
import { saveForOffline } from './support/offline';
import { singleFileName } from '../src/lib/checklist-view';
import { slugs } from './support/dist';
import { ONE_A6_PAGE, printCard } from './support/print';

const FIXTURE = join(process.cwd(), 'e2e/fixtures/stale-content');

test.describe.configure({ mode: 'serial' });

// Two builds serve every test here (each `astro build` is seconds of CPU in a CPU-bound suite):
// the fixture as a mirror under a sub-path with its real address, which is also version 1 of a
// deployed site, and version 2 of that same mirror.
const BASE = '/mirror/atlas/';
const MIRROR = { ATLAS_BASE: BASE, ATLAS_SITE: 'https://mirror.example.org' };
let mirror: BuildResult;
let v2: BuildResult;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  mirror = buildSite({ ATLAS_CONTENT_DIR: FIXTURE, ATLAS_BUILD_DATE: '2026-11-25', ...MIRROR });
  // Version 2: the same fixture with a changed fact, as a maintainer's update would be.
  const changed = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  cpSync(FIXTURE, changed, { recursive: true });
  for (const lang of ['en', 'ru']) {
    const file = join(changed, `countries/${lang}/testland.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('reason: Fixture reason.', 'reason: Updated fixture reason.'));
  }
  // Built exactly six calendar months after the fixture's review (2020-01-15): not stale yet.
  v2 = buildSite({ ATLAS_CONTENT_DIR: changed, ATLAS_BUILD_DATE: '2020-07-15', ...MIRROR });
  rmSync(changed, { recursive: true, force: true });
  for (const b of [mirror, v2]) expect(b.status, b.output).toBe(0);
});

test.afterAll(() => {
  for (const b of [mirror, v2]) if (b) rmSync(b.outDir, { recursive: true, force: true });
});

test('a page not reviewed for six months shows the stale notice; a fresh one does not', async ({ page }) => {
  const server = new StaticServer(mirror.outDir, BASE);
  const base = await server.listen();
  try {
    await page.goto(`${base}en/countries/testland/`);
    await expect(page.locator('[data-stale-notice]')).toContainText('has not been reviewed for more than 6 months');
    await page.goto(`${base}ru/countries/testland/`);
    await expect(page.locator('[data-stale-notice]')).toContainText('не проверяли больше 6 месяцев');
  } finally {
    await server.close();
  }
  // The same page built six months after its review: no notice. Both builds pin "today", so this
  // test gives the same answer whatever the real date is.
  for (const lang of ['en', 'ru']) {
    const html = readFileSync(join(v2.outDir, `${lang}/countries/testland/index.html`), 'utf8');
    expect(html).toContain('Testland');
    expect(html).not.toContain('data-stale-notice');
  }
});

// Issue #16: "a contact not verified for 90 days shows as unverified; the build lists them".
test('the build ends with the help contacts unverified as of its date: file, organisation, channel, day checked, days since', () => {
  // The fixture's Telegram contact was checked on 2020-01-15, its phone on 2020-04-17.
  expect(mirror.output).toMatch(/2 of 2 help contacts are shown as unverified: .* within 90 days of 2026-11-25/);
  expect(mirror.output).toMatch(/help\/testland-helpers\.yaml +Testland Helpers +telegram @testland_helpers +checked 2020-01-15 +2506 days ago/);
  expect(mirror.output).toMatch(/help\/testland-helpers\.yaml +Testland Helpers +phone \+1 555 0100 +checked 2020-04-17 +2413 days ago/);
  // Built 89 days after the phone's check: only the Telegram contact is listed.
  expect(v2.output).toMatch(/1 of 2 help contacts are shown as unverified: .* within 90 days of 2020-07-15/);
  expect(v2.output).toMatch(/telegram @testland_helpers +checked 2020-01-15 +182 days ago/);
  expect(v2.output).not.toContain('phone +1 555 0100');
});

test('a returning visitor gets the new version, with a notice, and no stale copy', async ({ page }) => {
  const server = new StaticServer(mirror.outDir, BASE);
  const base = await server.listen();
  try {
    await saveForOffline(page, `${base}en/countries/testland/`);
    await page.reload();
    // The overall rating's reason, under "Why this rating".
    const reason = page.locator('section[aria-labelledby="ratings"] > p', { hasText: /fixture reason\./i });
    await expect(reason).toHaveText(/: Fixture reason\./);

    server.root = v2.outDir; // deploy version 2
    await page.goto(`${base}en/countries/testland/`);
    await expect(page.locator('[data-update-notice]')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Show the new version' }).click();
    await expect(reason).toHaveText(/: Updated fixture reason\./);

    // Offline now: the cached copy is the new one.
    await page.context().setOffline(true);
    await page.goto(`${base}en/threats/fixture-threat/`);
    const offline = await page.goto(`${base}en/countries/testland/`);
    expect(offline?.fromServiceWorker()).toBe(true);
    await expect(reason).toHaveText(/: Updated fixture reason\./);
    // Only the current version's cache is left.
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.includes('precache')).length)).toBe(1);
  } finally {
    await page.context().setOffline(false);
    await server.close();
  }
});

test('a mirror built under a sub-path has no broken internal link and a working offline scope', async ({ page }) => {
  expect(brokenLinks(mirror.outDir, BASE)).toEqual([]);
  const html = readFileSync(join(mirror.outDir, 'en/countries/testland/index.html'), 'utf8');
  expect(html).toContain('href="/mirror/atlas/ru/countries/testland/"');
  // canonical points at the primary site, not at the mirror
  expect(html).toMatch(/<link rel="canonical" href="https:\/\/exile-safety-atlas\.example\/en\/countries\/testland\/"/);
  const server = new StaticServer(mirror.outDir, BASE);
  const base = await server.listen();
  try {
    await saveForOffline(page, `${base}en/`);
    await page.goto(`${base}en/search/?q=Testland`);
    await expect(page.locator('.search-results h2 a').first()).toHaveAttribute('href', '/mirror/atlas/en/countries/testland/', { timeout: 15_000 });
  } finally {
    await server.close();
  }
  expect(builtPages(mirror.outDir).length).toBeGreaterThan(10);
});

test('a build with its real site address prints a checklist with that address and its QR code', async ({ page }) => {
  const address = 'https://mirror.example.org/mirror/atlas/en/checklists/fixture-list/';
  const server = new StaticServer(mirror.outDir, BASE);
  const base = await server.listen();
  try {
    await page.goto(`${base}en/checklists/fixture-list/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.qr svg')).toBeVisible();
    await expect(page.locator('.qr figcaption')).toHaveText(address);
  } finally {
    await server.close();
  }
  const copy = readFileSync(join(mirror.outDir, 'en/checklists/fixture-list', singleFileName('fixture-list', 'en')), 'utf8');
  expect(copy).toContain(address);
  expect(copy).toContain('class="qr"');
});

test('every country’s pocket card, with the QR code and address a build with the real address adds, prints on one A6 page with text of at least 9 pt', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The QR code and address exactly as the card component renders them with a real site address,
  // from this mirror build: the last item of the card's bottom row (PocketCard.astro). Every real
  // country's card (the test build, which has no real address, so no code) gets it in that place,
  // with its own address under this mirror, which is longer than the address at the site's root.
  // That is the one difference a build with the real address makes to a card; the test build's
  // stylesheets already style the code (the card component imports it). A second whole-site build
  // only for this took a minute of the suite.
  const server = new StaticServer(mirror.outDir, BASE);
  const base = await server.listen();
  let qr: string;
  try {
    await page.goto(`${base}en/countries/testland/card/`);
    const figure = page.locator('.pocket-card .pocket-bottom > figure.qr:last-child');
    await expect(figure.locator('figcaption')).toHaveText('https://mirror.example.org/mirror/atlas/en/countries/testland/');
    qr = await figure.evaluate((f) => f.outerHTML);
    // The plain card names nothing of the site, even in a build that knows its address.
    await page.goto(`${base}en/countries/testland/card/plain/`);
    await expect(page.locator('.pocket-card')).toHaveCount(1);
    await expect(page.locator('.pocket-card .qr')).toHaveCount(0);
  } finally {
    await server.close();
  }
  await page.setViewportSize({ width: 360, height: 800 });
  for (const lang of ['en', 'ru']) {
    for (const slug of slugs('countries', lang)) {
      await page.goto(`/${lang}/countries/${slug}/card/`);
      const address = `https://mirror.example.org/mirror/atlas/${lang}/countries/${slug}/`;
      await page.locator('.pocket-card .pocket-bottom').evaluate(
        (row, [html, text]) => {
          row.insertAdjacentHTML('beforeend', html!);
          row.querySelector('figure.qr > figcaption')!.textContent = text!;
          row.querySelector('figure.qr > [role="img"]')!.setAttribute('aria-label', text!);
        },
        [qr, address],
      );
      // The code's own (scoped) styles apply here as on the mirror: its address breaks anywhere.
      await expect(page.locator('.pocket-card figure.qr > figcaption'), slug).toHaveCSS('word-break', 'break-all');
      const printed = await printCard(page);
      expect(printed.smallestPt, slug).toBeGreaterThanOrEqual(9);
      expect({ pages: printed.pages, sizesMm: printed.sizesMm }, `${lang}/${slug}`).toEqual(ONE_A6_PAGE);
    }
  }
});

test("on an origin shared with another app, a page removes a planted worker under its base and leaves the other app's alone", async ({ page }) => {
  // One origin: the mirror at /mirror/atlas/ and another app at /other-app/.
  const root = mkdtempSync(join(tmpdir(), 'atlas-shared-origin-'));
  mkdirSync(join(root, 'mirror'));
  symlinkSync(mirror.outDir, join(root, 'mirror/atlas'));
  mkdirSync(join(root, 'other-app'));
  const idle = "self.addEventListener('install', () => self.skipWaiting());";
  writeFileSync(join(root, 'other-app/sw.js'), idle);
  writeFileSync(join(root, 'mirror/evil-sw.js'), idle);
  const server = new StaticServer(root);
  const origin = await server.listen();
  try {
    await page.goto(`${origin}mirror/atlas/en/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/other-app/sw.js', { scope: '/other-app/' });
      await navigator.serviceWorker.register('/mirror/evil-sw.js', { scope: '/mirror/atlas/en/countries/' });
    });
    const scopes = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort());
    await expect.poll(scopes).toContain('/mirror/atlas/en/countries/');
    await page.goto(`${origin}mirror/atlas/ru/`);
    await expect.poll(scopes).not.toContain('/mirror/atlas/en/countries/');
    expect(await scopes()).toContain('/other-app/');
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('"Remove everything this site stored" on a mirror removes its own data and leaves another app on the origin alone', async ({ page }) => {
  // One origin: the mirror at /mirror/atlas/ and another app at /other-app/ with its own worker,
  // cache and storage.
  const root = mkdtempSync(join(tmpdir(), 'atlas-shared-origin-'));
  mkdirSync(join(root, 'mirror'));
  symlinkSync(mirror.outDir, join(root, 'mirror/atlas'));
  mkdirSync(join(root, 'other-app'));
  writeFileSync(join(root, 'other-app/sw.js'), "self.addEventListener('fetch', () => {});");
  const server = new StaticServer(root);
  const origin = await server.listen();
  const stored = () =>
    page.evaluate(async () => ({
      workers: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort(),
      caches: (await caches.keys()).map((k) => (k.startsWith('exile-atlas-') ? 'atlas' : k)).sort(),
      keys: [...Object.keys(localStorage), ...Object.keys(sessionStorage)].map((k) => (k.startsWith('atlas:') ? 'atlas' : k)).sort(),
    }));
  try {
    await saveForOffline(page, `${origin}mirror/atlas/en/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/other-app/sw.js', { scope: '/other-app/' });
      await (await caches.open('other-app-data')).put('/other-app/data', new Response('x'));
      localStorage.setItem('other-app:note', 'stays');
      sessionStorage.setItem('other-app:tab', 'stays');
      sessionStorage.setItem('atlas:v1:keep-nothing', '1');
    });
    expect(await stored()).toMatchObject({ workers: ['/mirror/atlas/en/', '/other-app/'] });
    await page.getByRole('button', { name: 'Remove everything this site stored' }).click();
    await expect(page.locator('[data-offline-status]')).toHaveAttribute('data-state', 'removed');
    expect(await stored()).toEqual({ workers: ['/other-app/'], caches: ['other-app-data'], keys: ['other-app:note', 'other-app:tab'] });
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

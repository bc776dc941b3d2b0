import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { watchRequests } from './support/settled';
import { readFileSync } from 'node:fs';

// "My situation" (issue #17): a profile kept on the device or only in the address, the
// "For your situation" block, marked checklists, plans, and the static pages that need no script.
const TODAY = new Date('2026-11-26T12:00:00');
test.use({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });

const T = {
  en: {
    country: 'Which country are you in?',
    interstate: 'Yes: on the interstate (CIS) wanted list',
    device: /On this device/,
    link: /Only in this page’s address/,
    save: 'Show what applies to me',
    clear: 'Erase my answers',
    block: 'For your situation',
    reason: 'You may be on the interstate (CIS) wanted list:',
    notHere: 'Your answers do not say you are here',
    wantedSteps: 'If you are wanted in Russia',
    living: 'If you live here',
    onlyMine: 'Show only what applies to me',
    wantedPage: 'Wanted in Russia',
    needsJs: 'These questions need JavaScript',
    unknownNote: 'Not found in this guide',
    axe: 'Kazakhstan',
    countryLink: 'My situation: see what applies to you first',
  },
  ru: {
    country: 'В какой стране вы сейчас?',
    interstate: 'Да, я в межгосударственном розыске (СНГ)',
    device: /На этом устройстве/,
    link: /Только в адресе этой страницы/,
    save: 'Показать, что касается меня',
    clear: 'Стереть мои ответы',
    block: 'В вашей ситуации',
    reason: 'Вы можете быть в межгосударственном розыске:',
    notHere: 'Из ваших ответов не следует, что вы сейчас здесь',
    wantedSteps: 'Если вас разыскивает Россия',
    living: 'Если вы здесь живёте',
    onlyMine: 'Показать только то, что касается меня',
    wantedPage: 'Если вас разыскивает Россия',
    needsJs: 'Для этих вопросов нужен JavaScript',
    unknownNote: 'Не найдены в справочнике',
    axe: 'Казахстан',
    countryLink: 'Моя ситуация: сначала то, что касается вас',
  },
} as const;

const siteKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('atlas:'))
      .sort(),
  );

async function answer(page: Page, lang: 'en' | 'ru', keep: 'device' | 'link') {
  const t = T[lang];
  await page.goto(`/${lang}/situation/`);
  await page.getByLabel(t.country).selectOption('kazakhstan');
  await page.getByLabel(t.interstate).check();
  await page.getByLabel(keep === 'device' ? t.device : t.link).check();
  await page.getByRole('button', { name: t.save }).click();
}

for (const lang of ['en', 'ru'] as const) {
  const t = T[lang];
  test.describe(`${lang}, JavaScript on`, () => {
    test.beforeEach(async ({ page }) => page.clock.setFixedTime(TODAY));

    test('answers kept on the device tailor country pages and checklists, and one tap erases them', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).host));
      await answer(page, lang, 'device');
      // The reader sees exactly what is kept, and where.
      await expect(page.locator('[data-profile-value]')).toHaveText('v=1&country=kazakhstan&wanted=interstate');
      expect(await page.evaluate(() => localStorage.getItem('atlas:v1:profile'))).toBe('v=1&country=kazakhstan&wanted=interstate');
      expect(page.url()).not.toContain('#');
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`/${lang}/countries/kazakhstan/`);
      const block = page.locator('#for-you');
      await expect(block.getByRole('heading', { name: t.block })).toBeVisible();
      // Near the top: before "What to do" and the full page, which is still there.
      expect(
        await page.evaluate(
          () => document.getElementById('for-you')!.compareDocumentPosition(document.getElementById('what-to-do')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      ).toBeTruthy();
      await expect(block.locator('li', { hasText: t.reason }).first()).toBeVisible();
      // The interstate list brings the camera rating; its reason is the page's own.
      await expect(block.locator('li', { hasText: t.reason }).filter({ has: page.locator('a[href$="/threats/facial-recognition/"]') })).toHaveCount(1);
      await expect(block.getByRole('heading', { name: t.wantedSteps })).toBeVisible();
      await expect(block.getByRole('heading', { name: t.living })).toBeVisible();
      await expect(page.locator('#for-wanted')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      // A country the answers do not name: a plain note, no "if you live here".
      await page.goto(`/${lang}/countries/georgia/`);
      await expect(page.locator('#for-you')).toContainText(t.notHere);
      await expect(page.locator('#for-you').getByRole('heading', { name: t.living })).toHaveCount(0);

      // The checklist marks what applies and can show only that.
      await page.goto(`/${lang}/checklists/before-travel/`);
      await expect(page.locator('[data-item="check-wanted-status"]')).toHaveClass(/is-for-you/);
      await expect(page.locator('[data-item="tell-trusted-contact"]')).not.toHaveClass(/is-for-you/);
      await page.getByRole('button', { name: t.onlyMine }).click();
      await expect(page.locator('[data-item="tell-trusted-contact"]')).toBeHidden();
      await expect(page.locator('[data-item="check-wanted-status"]')).toBeVisible();

      // My plan assembles the items from every checklist.
      await page.goto(`/${lang}/plan/`);
      await expect(page.locator('li[data-ref="documents/apply-for-asylum"]')).toBeVisible();
      await expect(page.locator('li[data-ref="for-helpers/collect-only-what-you-need"]')).toBeHidden();

      await page.goto(`/${lang}/situation/`);
      await expect(page.getByLabel(t.interstate)).toBeChecked();
      await page.getByRole('button', { name: t.clear }).click();
      expect(await siteKeys(page)).toEqual([]);
      await page.goto(`/${lang}/countries/kazakhstan/`);
      await expect(page.locator('#for-you')).toBeHidden();
      expect(errors).toEqual([]);
      expect([...new Set(requests)]).toEqual([new URL(page.url()).host]);
    });

    test('answers kept only in the address are never stored, and follow the links they make', async ({ page }) => {
      await answer(page, lang, 'link');
      expect(page.url()).toContain('#profile&v=1&country=kazakhstan&wanted=interstate');
      expect(await siteKeys(page)).toEqual([]);
      await page.locator('[data-profile-applies] a[href*="/countries/kazakhstan/"]').click();
      await expect(page.locator('#for-you').getByRole('heading', { name: t.block })).toBeVisible();
      expect(await siteKeys(page)).toEqual([]);
    });
  });
}

// Answers kept only in the address reach every page, not only the ones "My situation" links to.
for (const [lang, helpNow] of [
  ['en', 'Help now'],
  ['ru', 'Помощь сейчас'],
] as const) {
  test(`${lang}: answers kept only in the address follow every link of the site, keep each link's anchor, and quick exit leaves none behind`, async ({
    page,
  }) => {
    await page.route(/wikipedia\.org/, (route) => route.fulfill({ body: '<title>Wikipedia</title>' }));
    await page.clock.setFixedTime(TODAY);
    await answer(page, lang, 'link');
    const answers = '#profile&v=1&country=kazakhstan&wanted=interstate';
    const inAddress = (rest = '') => new RegExp(`${answers.replace(/[&#]/g, (c) => `\\${c}`)}${rest}$`);
    // The script that carries the answers loads just after each page (profile-carry.ts).
    const ready = () => expect(page.locator('html[data-carry-answers]')).toBeAttached();
    // The site's own navigation (folded under "Menu" on a phone), not a link the situation page made.
    await ready();
    await page.locator('details:has(.site-nav) > summary').click();
    await page.locator('.site-nav a[href$="/checklists/"]').first().click();
    await expect(page).toHaveURL(inAddress());
    await ready();
    await page.locator('main a[href$="/checklists/before-travel/"]').first().click();
    await expect(page.locator('[data-item="check-wanted-status"]')).toHaveClass(/is-for-you/);
    // Help now opens at the country in the answers.
    await ready();
    await page.locator('.site-tools').getByRole('link', { name: helpNow }).click();
    await expect(page.locator('[data-help-country]:visible')).toHaveCount(1);
    await expect(page.locator('[data-help-country="kazakhstan"]')).toBeVisible();
    await expect(page).toHaveURL(inAddress());
    // A link with an anchor of its own keeps it after the answers: the checklist item is shown and highlighted.
    await ready();
    const step = page.locator('section:has(> h2#detained) a[href*="/checklists/"][href*="#"]').first();
    const id = (await step.getAttribute('href'))!.split('#')[1]!;
    await step.click();
    await expect(page).toHaveURL(inAddress(`&at=${id}`));
    await expect(page.locator(`[data-item="${id}"]`)).toHaveClass(/is-highlighted/);
    await expect(page.locator(`[data-item="${id}"]`)).toBeInViewport();
    // A jump within the page moves there and puts the answers back in the address.
    await ready();
    await page.locator('a[href="#sources"]').first().click();
    await expect(page).toHaveURL(inAddress('&at=sources'));
    // A link copied to send to someone carries no answers.
    expect(await page.locator('.site-nav a[href$="/checklists/"]').first().getAttribute('href')).not.toContain('profile');
    expect(await siteKeys(page)).toEqual([]);
    // Quick exit: Back leads to no page of the site, with or without the answers.
    await page
      .getByRole('link', { name: lang === 'en' ? 'Quick exit' : 'Быстрый выход' })
      .first()
      .click();
    await page.waitForURL(/wikipedia/);
    await page.goBack();
    expect(page.url()).not.toContain('profile');
  });
}

test('a tap before the script that carries the answers has arrived waits for it, and the answers go along', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/profile-carry/, async (route) => {
    await held;
    await route.continue();
  });
  const answers = '#profile&v=1&country=kazakhstan&wanted=interstate';
  // The site script has run at DOMContentLoaded; the carrier is still on its way.
  await page.goto(`/en/checklists/${answers}`, { waitUntil: 'domcontentloaded' });
  await page.locator('main a[href$="/checklists/before-travel/"]').first().click();
  release();
  await expect(page).toHaveURL(new RegExp(`/checklists/before-travel/${answers.replace(/[&#]/g, (c) => `\\${c}`)}$`));
});

test('no profile: no block, and the profile script is not even downloaded', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const requests = watchRequests(page);
  await page.goto('/en/countries/kazakhstan/');
  await expect(page.locator('#for-you')).toBeHidden();
  await requests.settled();
  const before = [...scripts];
  expect(before.some((u) => u.includes('for-you'))).toBe(false);
  await page.evaluate(() => localStorage.setItem('atlas:v1:profile', 'v=1&wanted=interpol'));
  await page.reload();
  await expect(page.locator('#for-you')).toBeVisible();
  // The block's script is one the page without a profile never asked for.
  expect(scripts.filter((u) => !before.includes(u)).some((u) => u.includes('for-you'))).toBe(true);
});

test('a corrupt, hand-edited or foreign profile means no profile, with no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/en/countries/kazakhstan/');
  for (const raw of ['v=1&country=atlantis&wanted=interpol', '{"v":1}', 'v=1&wanted=interpol&passport=2027-02-30', 'x'.repeat(100_000)]) {
    await page.evaluate((value) => localStorage.setItem('atlas:v1:profile', value), raw);
    await page.reload();
    await expect(page.locator('#for-you')).toBeHidden();
    await expect(page.locator('h1')).toHaveText('Kazakhstan');
  }
  await page.goto('/en/countries/kazakhstan/#profile&v=1&wanted=%ZZ');
  await expect(page.locator('#for-you')).toBeHidden();
  await page.goto('/en/situation/');
  await expect(page.locator('[data-profile-status]')).toHaveText('Nothing is kept: no answers are stored on this device.');
  expect(errors).toEqual([]);
});

test('"I don\'t know" brings only the step that finds out, not the advice for wanted people', async ({ page }) => {
  await page.goto('/en/countries/kazakhstan/');
  await page.evaluate(() => localStorage.setItem('atlas:v1:profile', 'v=1&country=georgia&wanted=unknown'));
  await page.reload();
  const block = page.locator('#for-you');
  await expect(block.getByRole('link', { name: 'How to find out' })).toHaveAttribute('href', /\/en\/checklists\/before-travel\/#check-wanted-status$/);
  await expect(block.getByRole('heading', { name: 'If you are wanted in Russia' })).toHaveCount(0);
});

test('quick exit with the wipe on erases the answers', async ({ page }) => {
  await page.route(/wikipedia\.org/, (route) => route.fulfill({ body: '<title>Wikipedia</title>' }));
  await page.goto('/en/situation/');
  await page.evaluate(() => {
    localStorage.setItem('atlas:v1:profile', 'v=1&wanted=interpol');
    localStorage.setItem('atlas:v1:quick-exit-wipe', '1');
  });
  await page.reload();
  await page.getByRole('link', { name: 'Quick exit' }).first().click();
  await page.waitForURL(/wikipedia/);
  await page.goto('/en/situation/');
  expect(await siteKeys(page)).toEqual([]);
});

test('"keep nothing" keeps the answers for this tab only', async ({ page }) => {
  await page.goto('/en/situation/');
  await page.evaluate(() => localStorage.setItem('atlas:v1:keep-nothing', '1'));
  await answer(page, 'en', 'device');
  expect(await siteKeys(page)).toEqual(['atlas:v1:keep-nothing']);
  expect(await page.evaluate(() => sessionStorage.getItem('atlas:v1:profile'))).toBe('v=1&country=kazakhstan&wanted=interstate');
});

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: a plan link opens its items, reports unknown ids, shares ticks with the checklists`, async ({ page }) => {
    await page.goto(`/${lang}/plan/#items=before-travel/check-wanted-status,nope/gone,documents/apply-for-asylum&country=kazakhstan`);
    await expect(page.locator('[data-plan] li[data-ref]:visible')).toHaveCount(2);
    await expect(page.locator('[data-plan-notes]')).toContainText(T[lang].unknownNote);
    await expect(page.locator('[data-plan-country] a')).toHaveText(T[lang].axe);
    await page.locator('li[data-ref="documents/apply-for-asylum"] input').check();
    expect(await page.evaluate(() => localStorage.getItem('atlas:v1:progress:documents'))).toBe('{"v":1,"done":["apply-for-asylum"]}');
    expect(await axeViolations(page)).toEqual([]);
    // "Skip to content" is a jump, not a new plan: the page stays as it is. A new plan link does make a new plan.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.evaluate(() => (location.hash = 'items=documents/apply-for-asylum'));
    await expect(page.locator('[data-plan] li[data-ref]:visible')).toHaveCount(1);
    await page.goto(`/${lang}/checklists/documents/`);
    await expect(page.locator('input[data-check="apply-for-asylum"]')).toBeChecked();
  });
}

// #17: a plan made from answers that name a country brings that country's own steps; its
// single-file copy has each item's why and how and the sources, as a checklist's copy does.
for (const [lang, names] of [
  [
    'en',
    { country: 'Your country: Kazakhstan', wanted: 'If you are wanted in Russia', living: 'If you live here', asylum: 'Claiming asylum here', why: 'Why:' },
  ],
  [
    'ru',
    {
      country: 'Ваша страна: Казахстан',
      wanted: 'Если вас разыскивает Россия',
      living: 'Если вы здесь живёте',
      asylum: 'Как просить убежища здесь',
      why: 'Зачем:',
    },
  ],
] as const) {
  test(`${lang}: a plan from answers has the country's steps for the situation, and its single file keeps each item's why and how`, async ({ page }) => {
    await page.clock.setFixedTime(TODAY);
    // What the checklist says about one of the plan's items.
    await page.goto(`/${lang}/checklists/documents/`);
    const item = page.locator('[data-item="apply-for-asylum"]');
    const firstHow = (await item.locator('details > ol > li').first().textContent())!.trim();
    const cite = (await item.locator('details sup a').first().getAttribute('href'))!;
    const source = (await page.locator(`${cite} a.external`).first().getAttribute('href'))!;

    await page.goto(`/${lang}/plan/`);
    await expect(page.locator('[data-plan-country-steps]')).toBeHidden();
    await page.evaluate(() => localStorage.setItem('atlas:v1:profile', 'v=1&country=kazakhstan&wanted=interstate'));
    await page.reload();
    const steps = page.locator('[data-plan-country-steps]');
    await expect(steps.getByRole('heading', { level: 2, name: names.country })).toBeVisible();
    await expect(steps.getByRole('heading', { level: 3, name: names.asylum })).toBeVisible();
    await expect(steps.getByRole('heading', { level: 3, name: names.wanted })).toBeVisible();
    await expect(steps.getByRole('heading', { level: 3, name: names.living })).toBeVisible();
    await expect(steps.locator('[data-situation="emergency"] li').first()).toContainText(/\(.+\)/);
    expect(await axeViolations(page)).toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.locator('[data-plan-download]').click();
    const file = readFileSync((await (await downloading).path())!, 'utf8');
    const plain = (html: string) =>
      html
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    const shown = await page.locator('[data-plan] li[data-ref]:visible').count();
    expect(file.split(`<strong>${names.why}</strong>`).length - 1).toBe(shown);
    expect(plain(file)).toContain(firstHow);
    expect(plain(file)).toContain(names.country);
    expect(plain(file)).toContain(names.asylum);
    expect(plain(file)).toContain(` ${source}</li>`);
    expect(file).not.toMatch(/<script|\s(src|href)=/i);
  });
}

test("answers without a wanted listing bring the country's steps for them, not the emergency steps", async ({ page }) => {
  await page.goto('/en/plan/');
  await page.evaluate(() => localStorage.setItem('atlas:v1:profile', 'v=1&country=georgia&helping=yes'));
  await page.reload();
  const steps = page.locator('[data-plan-country-steps]');
  await expect(steps.getByRole('heading', { level: 2, name: 'Your country: Georgia' })).toBeVisible();
  await expect(steps.getByRole('heading', { name: 'If you live here' })).toBeVisible();
  await expect(steps.getByRole('heading', { name: 'If you help others' })).toBeVisible();
  await expect(steps.getByRole('heading', { name: 'If you are wanted in Russia' })).toHaveCount(0);
  await expect(steps.locator('[data-situation="emergency"]')).toHaveCount(0);
  // A plan sent by link names the items itself: no country steps are added to it.
  await page.goto('/en/');
  await page.goto('/en/plan/#items=documents/apply-for-asylum&country=kazakhstan');
  await expect(page.locator('[data-plan-country-steps]')).toBeHidden();
});

// My plan says truly where the answers it was made from are kept.
for (const [lang, kept] of [
  ['en', 'Assembled from your answers on “My situation”, kept only in this page’s address.'],
  ['ru', 'Собран по вашим ответам на странице «Моя ситуация», которые хранятся только в адресе этой страницы.'],
] as const) {
  test(`${lang}: a plan from answers kept only in the address does not say they are kept on this device`, async ({ page }) => {
    await page.goto(`/${lang}/plan/#profile&v=1&country=kazakhstan&wanted=interstate`);
    await expect(page.locator('[data-plan-notes]')).toHaveText(kept);
    expect(await siteKeys(page)).toEqual([]);
  });
}

// Answers that bring no item ("on the military register", "no" to everything) make no plan: the
// page must not head the whole list of items "Assembled from your answers", as if all were theirs.
for (const [lang, none, make] of [
  ['en', 'Your answers on “My situation” do not point to any particular item', 'Make a plan to send'],
  ['ru', 'Ваши ответы на странице «Моя ситуация» не указывают на отдельные пункты', 'Составить план и отправить'],
] as const) {
  test(`${lang}: answers that point to no item say so, and the list below is offered as a plan to make`, async ({ page }) => {
    await page.goto(`/${lang}/plan/`);
    await page.evaluate(() => localStorage.setItem('atlas:v1:profile', 'v=1&military=registered&wanted=no'));
    await page.reload();
    await expect(page.locator('[data-plan-notes]')).toContainText(none);
    await expect(page.locator('[data-plan-notes]')).not.toContainText(lang === 'en' ? 'Assembled' : 'Собран');
    // What the boxes are for is said before them, not after every item of the guide.
    const heading = page.getByRole('heading', { level: 2, name: make });
    await expect(heading).toBeVisible();
    const firstItem = page.locator('[data-plan] li[data-ref]').first();
    expect((await heading.boundingBox())!.y).toBeLessThan((await firstItem.boundingBox())!.y);
  });
}

// The situation and plan pages as built are checked with axe by the whole-site crawl (accessibility.spec.ts).

test('a helper makes a plan link from any checklists', async ({ page }) => {
  await page.goto('/en/plan/');
  await page.locator('li[data-ref="if-detained/say-you-seek-asylum"] input').check();
  await page.locator('li[data-ref="for-helpers/get-informed-consent"] input').check();
  await page.getByLabel('Country (optional)').selectOption('kyrgyzstan');
  await expect(page.getByLabel('Link to this plan')).toHaveValue(
    /\/en\/plan\/#items=if-detained\/say-you-seek-asylum,for-helpers\/get-informed-consent&country=kyrgyzstan$/,
  );
  await page.getByRole('link', { name: 'My plan' }).last().click();
  await expect(page.locator('[data-plan] li[data-ref]:visible')).toHaveCount(2);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'ru'] as const) {
    const t = T[lang];
    test(`${lang}: the situation pages give the advice without a script`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('link', { name: t.wantedPage }).first().click();
      await expect(page.locator('h1')).toHaveText(t.wantedPage);
      await expect(page.locator('section[aria-labelledby="everywhere"] a[href$="/checklists/before-travel/#check-wanted-status"]')).toBeVisible();
      const kz = page.locator('section[aria-labelledby="country-kazakhstan"]');
      await expect(kz.locator('a[href$="/countries/kazakhstan/"]')).toBeVisible();
      await expect(kz.locator('.steps li').first()).toBeVisible();
      await page.goto(`/${lang}/situation/`);
      await expect(page.getByText(t.needsJs)).toBeVisible();
      await expect(page.locator('[data-profile-form]')).toBeHidden();
      for (const topic of ['wanted', 'mobilisation', 'activists', 'helping', 'documents'])
        await expect(page.locator(`main a[href$="/situation/${topic}/"]`)).toHaveCount(1);
      await page.goto(`/${lang}/countries/kazakhstan/`);
      await expect(page.locator('#for-you')).toBeHidden();
      // The link says what the page gives, in a string of its own (not "My situation: advice by situation").
      await expect(page.locator('main a[href$="/situation/"]')).toHaveText(t.countryLink);
    });
  }
});

test("the risk table frames the reader's countries and threats; the planner starts from their dates", async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/ru/matrix/');
  await expect(page.locator('[data-for-you-matrix]')).toBeHidden();
  await page.evaluate(() => localStorage.setItem('atlas:v1:profile', 'v=1&country=kyrgyzstan&travel=turkey&wanted=interpol&passport=2027-01-15'));
  await page.reload();
  await expect(page.locator('[data-for-you-matrix]')).toBeVisible();
  await expect(page.locator('tr[data-country="kyrgyzstan"] th')).toHaveClass(/is-for-you/);
  await expect(page.locator('tr[data-country="turkey"] th')).toHaveClass(/is-for-you/);
  await expect(page.locator('tr[data-country="georgia"] th')).not.toHaveClass(/is-for-you/);
  await expect(page.locator('thead th[data-threat="interpol-wanted-lists"]')).toHaveClass(/is-for-you/);
  await expect(page.locator('thead th[data-threat="pressure-on-ngos"]')).not.toHaveClass(/is-for-you/);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/en/tools/documents/');
  await expect(page.getByLabel('Russian international passport expires on')).toHaveValue('2027-01-15');
  await expect(page.getByLabel('Country you are in')).toHaveValue('kyrgyzstan');
  await expect(page.getByText('Filled in from your answers on “My situation”.')).toBeVisible();
  await page.goto('/ru/tools/documents/');
  await expect(page.locator('#doc-passport')).toHaveValue('2027-01-15');
  await expect(page.getByText('Заполнено по вашим ответам на странице «Моя ситуация».')).toBeVisible();
  // Answers kept only in the address fill it in just the same.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/en/');
  await page.goto('/en/tools/documents/#profile&v=1&permit=2027-03-01');
  await expect(page.locator('#doc-residence')).toHaveValue('2027-03-01');
});

test.describe('planner without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('answers in the address change nothing: the page gives the rules to apply by hand', async ({ page }) => {
    await page.goto('/ru/tools/documents/#profile&v=1&passport=2027-01-15');
    await expect(page.locator('[data-planner]')).toBeHidden();
    await expect(page.locator('[data-no-js-note="planner"]')).toBeVisible();
  });
});

test.describe('plan without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every item is listed with its checklist, and the page says plans need JavaScript', async ({ page }) => {
    await page.goto('/ru/plan/#items=documents/apply-for-asylum');
    await expect(page.getByText('Для планов нужен JavaScript')).toBeVisible();
    await expect(page.locator('li[data-ref="documents/apply-for-asylum"] a')).toHaveAttribute('href', /\/ru\/checklists\/documents\/#apply-for-asylum$/);
    await expect(page.locator('li[data-ref]')).not.toHaveCount(1);
  });
});

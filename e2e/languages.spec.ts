/**
 * Adding a language is what CONTRIBUTING.md says it is: its code in src/i18n/langs.ts, a strings
 * file registered in src/i18n/index.ts, and content folders. This test does exactly that in a copy of the project
 * (Ukrainian, over the small fixture content), builds it, and checks that every part of the site
 * follows: routes, the language links, search index, service worker, feeds and offline copies.
 */
import { test, expect } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { unzipSync } from 'fflate';
import { buildSite, projectCopy, type BuildResult } from './support/build';
import { StaticServer } from '../scripts/lib/static-server';

const FIXTURE = join(process.cwd(), 'e2e/fixtures/stale-content');

let project: string;
let build: BuildResult;

test.describe.configure({ mode: 'serial' });

/** A stand-in translation: every `{ en, ru }` text of a YAML file also gets `uk` (the English). */
function withUkrainian(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUkrainian);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, withUkrainian(v)] as const);
  const text = Object.fromEntries(entries);
  return typeof text.en === 'string' && typeof text.ru === 'string' ? { ...text, uk: text.en } : text;
}

test.beforeAll(() => {
  test.setTimeout(240_000);
  // The whole project but its content (written below), tests and build output.
  project = projectCopy({ content: false });

  // Step 1 of "Adding a language": the strings file, registered with the others.
  writeFileSync(
    join(project, 'src/i18n/uk.ts'),
    `import { en, type UiStrings } from './en';
// A test stand-in: a real translation gives every string in Ukrainian.
export const uk: UiStrings = { ...en, siteName: 'Атлас безпеки', languageName: 'Українська', readInThisLanguage: 'Читати українською', locale: 'uk-UA' };
`,
  );
  const edit = (file: string, from: string, to: string) => {
    const source = readFileSync(join(project, file), 'utf8');
    expect(source, `${file} has ${from}, as CONTRIBUTING.md says`).toContain(from);
    writeFileSync(join(project, file), source.replace(from, to));
  };
  edit('src/i18n/langs.ts', "export const LANGS = ['en', 'ru'] as const;", "export const LANGS = ['en', 'ru', 'uk'] as const;");
  edit('src/i18n/index.ts', "import { ru } from './ru';", "import { ru } from './ru';\nimport { uk } from './uk';");
  edit('src/i18n/index.ts', 'const STRINGS: Record<Lang, UiStrings> = { en, ru };', 'const STRINGS: Record<Lang, UiStrings> = { en, ru, uk };');

  // Step 2: the content, in a folder of its own for every collection.
  const content = join(project, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  for (const collection of ['countries', 'threats', 'checklists', 'pages']) {
    cpSync(join(content, collection, 'en'), join(content, collection, 'uk'), { recursive: true });
  }
  // Emergency steps with a pocket-card line, as a maintainer writes them for two languages.
  mkdirSync(join(content, 'emergency'), { recursive: true });
  writeFileSync(
    join(content, 'emergency/testland.yaml'),
    stringify({
      reviewed: '2026-11-01',
      card: [{ en: 'Ask for a lawyer before you sign anything.', ru: 'Просите адвоката, прежде чем что-то подписать.', sources: ['fixture-steps'] }],
      clocksNotFound: { en: 'We found no sourced time limits.', ru: 'Мы не нашли источника о сроках.' },
      sources: ['fixture-steps'],
    }),
  );
  // Its source, written once in the registry (content/sources/<id>.yaml).
  writeFileSync(
    join(content, 'sources/fixture-steps.yaml'),
    stringify({ publisher: 'Testland Helpers', title: 'Your rights', date: '2026-01', url: 'https://helpers.example.org/rights', lang: 'en' }),
  );
  // YAML files (help, emergency steps, incidents) keep every language in one file: each text gets its uk line.
  for (const folder of ['help', 'emergency', 'incidents'].map((f) => join(content, f)).filter((f) => existsSync(f))) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) {
      const file = join(folder, name);
      writeFileSync(file, stringify(withUkrainian(parse(readFileSync(file, 'utf8')))));
    }
  }
  const country = join(content, 'countries/uk/testland.mdx');
  writeFileSync(country, readFileSync(country, 'utf8').replace('title: Testland', 'title: Тестландія'));

  build = buildSite({ ATLAS_CONTENT_DIR: content, ATLAS_BUILD_DATE: '2026-11-25' }, join(project, 'dist'), project);
  expect(build.status, build.output).toBe(0);
});

test.afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const built = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

test('a third language gets its own pages, and every page links to every language', async () => {
  const uk = built('uk/countries/testland/index.html');
  expect(uk).toContain('<html lang="uk"');
  expect(uk).toContain('Тестландія');
  for (const lang of ['en', 'ru', 'uk']) {
    expect(uk).toContain(`hreflang="${lang}" href="https://exile-safety-atlas.example/${lang}/countries/testland/"`);
  }
  // The language links on an English page lead to the same page in Russian and in Ukrainian.
  const en = built('en/countries/testland/index.html');
  expect(en).toMatch(/<a href="\/ru\/countries\/testland\/" hreflang="ru" lang="ru"[^>]*>Читать по-русски<\/a>/);
  expect(en).toMatch(/<a href="\/uk\/countries\/testland\/" hreflang="uk" lang="uk"[^>]*>Читати українською<\/a>/);
  // Dates are written in the new language's own forms.
  expect(uk).toMatch(/15 січня 2020/);
});

test('a third language gets its own search index, service worker, feed and offline copy', async () => {
  const entry = JSON.parse(built('uk/pagefind/pagefind-entry.json'));
  expect(Object.keys(entry.languages)).toEqual(['uk']);
  const worker = built('uk/sw.js');
  expect(worker).toContain('/uk/countries/testland/');
  expect(worker).not.toContain('/en/countries/testland/');
  expect(built('uk/rss.xml')).toContain('<language>uk</language>');
  expect(built('uk/countries/testland/rss.xml')).toMatch(/<title>Атлас безпеки: Тестландія<\/title>.*<language>uk<\/language>/);
  const downloads = readdirSync(join(build.outDir, 'downloads'));
  expect(downloads.filter((f) => f.endsWith('.zip')).length, downloads.join(', ')).toBe(3);
  expect(
    downloads.some((f) => /uk.*\.zip$/.test(f)),
    downloads.join(', '),
  ).toBe(true);
  // The Ukrainian copy's README names its own folder and home page, not the English copy's.
  const zip = unzipSync(readFileSync(join(build.outDir, 'downloads/guide-uk.zip')));
  const readme = new TextDecoder().decode(zip['guide-uk/README.txt']);
  expect(readme).toContain('folder named guide-uk.');
  expect(readme).toContain('http://localhost:8000/uk/');
});

test('a YAML text written for every language takes the third language too (the pocket card’s lines)', async () => {
  const card = built('uk/countries/testland/card/index.html');
  expect(card).toContain('<html lang="uk"');
  expect(card).toContain('Ask for a lawyer before you sign anything.');
});

test('the third language reads in the browser, reached through its language link', async ({ page }) => {
  const server = new StaticServer(build.outDir);
  const base = await server.listen();
  try {
    await page.goto(`${base}en/countries/testland/`);
    await page.getByRole('link', { name: 'Читати українською' }).first().click();
    await expect(page).toHaveURL(/\/uk\/countries\/testland\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тестландія');
    expect(existsSync(join(build.outDir, 'uk/search/index.html'))).toBe(true);
  } finally {
    await server.close();
  }
});

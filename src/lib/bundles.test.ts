import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleEntryPage, bundleFolder, bundleIncludes, bundleFileName, zimFileName, bundleReadme } from './bundles';
import { LANGS } from '../i18n';

test("a language's offline bundle holds its pages and the shared files, not the other language", () => {
  assert.equal(bundleIncludes('ru/countries/georgia/index.html', 'ru'), true);
  assert.equal(bundleIncludes('ru/pagefind/pagefind.js', 'ru'), true);
  assert.equal(bundleIncludes('_astro/site.css', 'ru'), true);
  assert.equal(bundleIncludes('en/countries/georgia/index.html', 'ru'), false);
  assert.equal(bundleIncludes('downloads/guide-en.zip', 'en'), false);
});

test('each bundle has a README in its language that names its own checksum file', () => {
  for (const lang of LANGS) {
    const readme = bundleReadme(lang);
    assert.match(readme, new RegExp(`${bundleFileName(lang).replace('.', '\\.')}\\.sha256`));
    assert.ok(readme.includes(` ${bundleFolder(lang)}.`), `names its own folder: ${lang}`);
    assert.ok(readme.includes(`http://localhost:8000/${lang}/`), `opens its own language: ${lang}`);
  }
  assert.match(bundleReadme('ru'), /Распакуйте архив/);
});

test("the bundle's index.html opens the language's home page, also when refreshes are blocked", () => {
  const page = bundleEntryPage('ru');
  assert.match(page, /<meta http-equiv="refresh" content="0; url=ru\/index.html">/);
  assert.match(page, /<a href="ru\/index.html">Открыть справочник<\/a>/);
  assert.doesNotMatch(page, /<script/);
});

test('download names are neutral: nothing about exile, safety or a checklist subject, and still distinct', async () => {
  const { singleFileName } = await import('./checklist-view');
  const slugs = ['if-detained', 'before-travel', 'documents', 'phone-and-accounts', 'camera-networks', 'for-helpers', 'living-in-kyrgyzstan-kazakhstan'];
  const names = [bundleFileName('ru'), zimFileName('ru'), bundleFolder('ru'), ...slugs.map((s) => singleFileName(s, 'ru'))];
  for (const name of names) assert.doesNotMatch(name, /exile|safety|atlas|detain|travel|document|phone|camera|helper|kyrgyz|kazakh/i, name);
  assert.equal(new Set(slugs.map((s) => singleFileName(s, 'ru'))).size, slugs.length);
  assert.equal(singleFileName('if-detained', 'ru'), singleFileName('if-detained', 'ru'));
  assert.match(singleFileName('if-detained', 'ru'), /^notes-[0-9a-z]{4}-ru\.html$/);
});

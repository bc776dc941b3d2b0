import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleEntryPage, bundleIncludes, bundleFileName, BUNDLE_README } from './bundles';

test("a language's offline bundle holds its pages and the shared files, not the other language", () => {
  assert.equal(bundleIncludes('ru/countries/georgia/index.html', 'ru'), true);
  assert.equal(bundleIncludes('ru/pagefind/pagefind.js', 'ru'), true);
  assert.equal(bundleIncludes('_astro/site.css', 'ru'), true);
  assert.equal(bundleIncludes('en/countries/georgia/index.html', 'ru'), false);
  assert.equal(bundleIncludes('downloads/exile-safety-atlas-en.zip', 'en'), false);
});

test('each bundle has a README in its language that names its own checksum file', () => {
  for (const lang of ['en', 'ru']) assert.match(BUNDLE_README[lang], new RegExp(`${bundleFileName(lang).replace('.', '\\.')}\\.sha256`));
});

test("the bundle's index.html opens the language's home page, also when refreshes are blocked", () => {
  const page = bundleEntryPage('ru');
  assert.match(page, /<meta http-equiv="refresh" content="0; url=ru\/index.html">/);
  assert.match(page, /<a href="ru\/index.html">Открыть справочник<\/a>/);
  assert.doesNotMatch(page, /<script/);
});

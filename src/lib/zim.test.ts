import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zimIncludes, zimwriterfsArgs } from './zim';

test("a language's Kiwix archive holds its pages and styles, not scripts, the search index, the worker or the other language", () => {
  assert.equal(zimIncludes('ru/countries/georgia/index.html', 'ru'), true);
  assert.equal(zimIncludes('_astro/index.Cx60p6U7.css', 'ru'), true);
  assert.equal(zimIncludes('icon.svg', 'ru'), true);
  assert.equal(zimIncludes('_astro/site.js', 'ru'), false);
  assert.equal(zimIncludes('ru/pagefind/pagefind.js', 'ru'), false);
  assert.equal(zimIncludes('ru/sw.js', 'ru'), false);
  assert.equal(zimIncludes('ru/offline-size.json', 'ru'), false);
  assert.equal(zimIncludes('en/countries/georgia/index.html', 'ru'), false);
  assert.equal(zimIncludes('index.html', 'ru'), false);
  assert.equal(zimIncludes('downloads/a.zip', 'ru'), false);
});

test('the archive metadata Kiwix shows: title, description, ISO 639-3 language, welcome page, illustration', () => {
  const args = zimwriterfsArgs('ru', 'https://atlas.example', '/tmp/src', '/tmp/out.zim');
  assert.ok(args.includes('--language=rus'));
  assert.ok(args.includes('--welcome=ru/index.html'));
  assert.ok(args.includes('--title=Атлас безопасности в эмиграции'));
  assert.ok(args.some((a) => a.startsWith('--description=') && a.length > 20));
  assert.ok(args.includes('--illustration=illustration-48.png'));
  assert.deepEqual(args.slice(-2), ['/tmp/src', '/tmp/out.zim']);
});

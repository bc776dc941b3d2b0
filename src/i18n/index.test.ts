import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOf, inLanguage, languageName, LANGS, langOfPage, ROOT_LANG, rootFirst, textOrder, ui, type PluralForms } from './index';

test('Russian counts take the plural form the number needs', () => {
  const forms = { one: 'источник', few: 'источника', many: 'источников', other: 'источника' };
  assert.deepEqual(
    [0, 1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1.5].map((n) => countOf('ru', n, forms)),
    [
      '0 источников',
      '1 источник',
      '2 источника',
      '5 источников',
      '11 источников',
      '12 источников',
      '14 источников',
      '21 источник',
      '22 источника',
      '25 источников',
      '101 источник',
      '111 источников',
      '1,5 источника',
    ],
  );
});

test('English counts take one or other', () => {
  const forms = { one: 'source', other: 'sources' };
  assert.deepEqual(
    [0, 1, 2, 21].map((n) => countOf('en', n, forms)),
    ['0 sources', '1 source', '2 sources', '21 sources'],
  );
});

test('every Russian plural string has the forms Russian needs, and they differ where Russian differs', () => {
  const plurals = (o: object): PluralForms[] =>
    Object.values(o).flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? ('one' in v && 'other' in v ? [v as PluralForms] : plurals(v)) : []));
  const found = plurals(ui('ru'));
  assert.ok(found.length >= 3, 'the Russian strings should contain the plural forms countOf uses');
  for (const forms of found) {
    assert.ok(forms.few && forms.many, `missing few/many: ${JSON.stringify(forms)}`);
    assert.notEqual(countOf('ru', 2, forms), countOf('ru', 1, forms).replace('1', '2'), `“2” and “1” take the same form: ${forms.one}`);
  }
});

test('a source language is named in the reader’s language', () => {
  assert.equal(inLanguage('en', 'es'), 'in Spanish');
  assert.equal(inLanguage('ru', 'en'), 'на английском');
  assert.equal(inLanguage('ru', 'sr'), 'на сербском');
  assert.equal(inLanguage('ru', 'ky'), 'на кыргызском');
});

test('both languages provide every interface string, none left empty', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) && !('one' in v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  assert.deepEqual(keys(ui('ru')).sort(), keys(ui('en')).sort());
  const empty = (o: object): boolean => Object.values(o).some((v) => (typeof v === 'string' ? !v.trim() : v && typeof v === 'object' ? empty(v) : false));
  assert.equal(empty(ui('ru')), false);
});

test('a page’s language is the first segment of its address, under any base', () => {
  assert.equal(langOfPage('/ru/countries/georgia/', '/'), 'ru');
  assert.equal(langOfPage('/mirror/atlas/en/', '/mirror/atlas/'), 'en');
  // Outside every language folder (the root choice, 404.html, the open data): the root pages' language.
  assert.equal(langOfPage('/', '/'), ROOT_LANG);
  assert.equal(langOfPage('/404.html', '/'), ROOT_LANG);
  assert.equal(langOfPage('/mirror/atlas/data/incidents.json', '/mirror/atlas/'), ROOT_LANG);
});

test('the pages outside every language list the root language first, then every other once', () => {
  assert.equal(rootFirst()[0], ROOT_LANG);
  assert.deepEqual([...rootFirst()].sort(), [...LANGS].sort());
});

test('titles sort as readers of the language expect, not by code point', () => {
  // By code point "Ё" (U+0401) comes before "А" and "Я" before "ё"; a Russian reader puts Ё after Е.
  assert.deepEqual(['Ёлкино', 'Ямал', 'Европа', 'Абхазия'].sort(textOrder('ru')), ['Абхазия', 'Европа', 'Ёлкино', 'Ямал']);
  assert.deepEqual(['kyrgyzstan', 'Georgia', 'armenia'].sort(textOrder('en')), ['armenia', 'Georgia', 'kyrgyzstan']);
});

test('a language is named in the reader’s language, or by its code where Intl has no name', () => {
  assert.equal(languageName('en', 'es'), 'Spanish');
  assert.equal(languageName('ru', 'es'), 'испанский');
  assert.equal(languageName('en', 'qqq'), 'qqq');
});

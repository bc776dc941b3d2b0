import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOf, ui } from './index';

test('Russian counts take the right plural form', () => {
  const forms = ['источник', 'источника', 'источников'];
  assert.deepEqual([1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => countOf(n, forms)), [
    '1 источник', '2 источника', '5 источников', '11 источников', '12 источников',
    '21 источник', '22 источника', '25 источников', '101 источник', '111 источников',
  ]);
});

test('English counts take one or other', () => {
  assert.equal(countOf(1, ['source', 'sources']), '1 source');
  assert.equal(countOf(0, ['source', 'sources']), '0 sources');
});

test('both languages provide every interface string, none left empty', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  assert.deepEqual(keys(ui('ru')).sort(), keys(ui('en')).sort());
  const empty = (o: object): boolean => Object.values(o).some((v) => (typeof v === 'string' ? !v.trim() : v && typeof v === 'object' ? empty(v) : false));
  assert.equal(empty(ui('ru')), false);
});

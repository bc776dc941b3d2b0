import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isForeignWorker } from './workers';

const O = 'https://example.org';
const langs = ['en', 'ru'];
const foreign = (scope: string, scripts: string[], base = '/') => isForeignWorker({ scope: O + scope, scripts: scripts.map((s) => O + s) }, O, base, langs);

test('the site keeps its own workers, at their own scopes', () => {
  assert.equal(foreign('/en/', ['/en/sw.js']), false);
  assert.equal(foreign('/ru/', ['/ru/sw.js', '/ru/sw.js']), false);
  assert.equal(foreign('/atlas/en/', ['/atlas/en/sw.js'], '/atlas/'), false);
});

test('a planted worker under the base is foreign: another script, another scope or a query', () => {
  assert.equal(foreign('/en/countries/', ['/en/countries/evil-sw.js']), true);
  assert.equal(foreign('/en/countries/', ['/en/sw.js']), true);
  assert.equal(foreign('/', ['/sw.js']), true);
  assert.equal(foreign('/en/', ['/en/sw.js?v=2']), true);
  assert.equal(foreign('/en/', ['/en/sw.js', '/en/evil.js']), true);
  assert.equal(foreign('/ru/', ['/en/sw.js']), true);
});

test("another app's worker on a shared origin is left alone", () => {
  assert.equal(foreign('/other-app/', ['/other-app/sw.js'], '/atlas/'), false);
  assert.equal(foreign('/', ['/sw.js'], '/atlas/'), false);
  assert.equal(foreign('/atlas-old/', ['/atlas-old/sw.js'], '/atlas/'), false);
  assert.equal(isForeignWorker({ scope: 'https://other.example/en/', scripts: [] }, O, '/', langs), false);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase, pagePath, pathInLang, isExternal, normaliseBase, langOfPath } from './urls';

test('internal paths always end in a slash and follow the base path', () => {
  assert.equal(pagePath('ru', 'countries', 'georgia'), 'ru/countries/georgia/');
  assert.equal(pagePath('en'), 'en/');
  assert.equal(joinBase('/', 'en/matrix/'), '/en/matrix/');
  assert.equal(joinBase('/mirror/atlas', '/en/matrix/'), '/mirror/atlas/en/matrix/');
});

test('the base path from the environment is normalised', () => {
  assert.equal(normaliseBase(undefined), '/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('mirror/atlas'), '/mirror/atlas/');
  assert.equal(normaliseBase('/mirror/atlas/'), '/mirror/atlas/');
});

test('links to other hosts are external; links on the site are not', () => {
  const site = 'https://exile-safety-atlas.example';
  assert.equal(isExternal('https://www.rferl.org/a/1.html', site), true);
  assert.equal(isExternal('https://exile-safety-atlas.example/en/', site), false);
  assert.equal(isExternal('/en/countries/', site), false);
  assert.equal(isExternal('#s1', site), false);
});

test('the language is read from the path under any base', () => {
  assert.equal(langOfPath('/ru/countries/', '/'), 'ru');
  assert.equal(langOfPath('/mirror/atlas/en/', '/mirror/atlas/'), 'en');
  assert.equal(langOfPath('/', '/'), undefined);
});

test('the same page in another language keeps everything but the language', () => {
  assert.equal(pathInLang('en/countries/georgia/', 'ru'), 'ru/countries/georgia/');
  assert.equal(pathInLang('ru/', 'uk'), 'uk/');
  // Only the first segment: a slug that looks like a language stays.
  assert.equal(pathInLang('en/pages/en/', 'ru'), 'ru/pages/en/');
});

test('the placeholder site address is recognised, the real one is not', async () => {
  const { isPlaceholderSite } = await import('./urls');
  assert.equal(isPlaceholderSite('https://exile-safety-atlas.example'), true);
  assert.equal(isPlaceholderSite(new URL('https://exile-safety-atlas.example/')), true);
  assert.equal(isPlaceholderSite(undefined), true);
  assert.equal(isPlaceholderSite('not a url'), true);
  assert.equal(isPlaceholderSite('https://atlas.example.org'), false);
});

test('a printed address is the real page address, and none with the placeholder', async () => {
  const { printedAddress } = await import('./urls');
  assert.equal(printedAddress('https://atlas.example.org', '/m/ru/checklists/documents/'), 'https://atlas.example.org/m/ru/checklists/documents/');
  assert.equal(printedAddress('https://exile-safety-atlas.example', '/ru/checklists/documents/'), undefined);
  assert.equal(printedAddress(undefined, '/ru/'), undefined);
});

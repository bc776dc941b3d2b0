import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, ui } from '../i18n';
import { EXIT_PRESETS, exitDestination, shiftCounter, validExitUrl } from './quick-exit';

const DEFAULT_EXIT = Object.fromEntries(LANGS.map((lang) => [lang, ui(lang).quickExitTo]));

test('defaults and presets are https addresses of other sites, and no default is Russian', () => {
  for (const url of [...Object.values(DEFAULT_EXIT), ...EXIT_PRESETS.map((p) => p.url)]) assert.equal(validExitUrl(url), new URL(url).href);
  for (const url of Object.values(DEFAULT_EXIT)) assert.doesNotMatch(new URL(url).hostname, /\.(ru|su|xn--p1ai)$|yandex|vk\.com|mail\.ru/);
  assert.deepEqual(
    EXIT_PRESETS.filter((p) => /\.ru$/.test(new URL(p.url).hostname)).map((p) => p.russian),
    [true],
    'every preset on a Russian domain is marked russian',
  );
});

test('a chosen destination must be an https address of another site', () => {
  assert.equal(validExitUrl(' https://example.org/weather '), 'https://example.org/weather');
  for (const bad of [
    null,
    undefined,
    42,
    '',
    'not a url',
    'javascript:alert(1)',
    'data:text/html,<p>x',
    'http://example.org/',
    'https://user:pass@example.org/',
    'https://localhost/',
    `https://example.org/${'a'.repeat(2100)}`,
    '{"url":"https://example.org"}',
  ])
    assert.equal(validExitUrl(bad), null, String(bad).slice(0, 40));
  assert.equal(validExitUrl('https://atlas.example/en/', 'https://atlas.example'), null, 'not this site itself');
});

test('corrupt or hostile stored values fall back to the default', () => {
  assert.equal(exitDestination('javascript:alert(1)', DEFAULT_EXIT['ru']!), DEFAULT_EXIT['ru']!);
  assert.equal(exitDestination(null, DEFAULT_EXIT['en']!), DEFAULT_EXIT['en']!);
  assert.equal(exitDestination('https://example.org/', DEFAULT_EXIT['en']!), 'https://example.org/');
});

test('Shift fires on three lone presses, never while typing capitals', () => {
  const lone = shiftCounter();
  assert.deepEqual(
    [0, 200, 400].map((t) => lone('Shift', false, t)),
    [false, false, true],
  );

  const typing = shiftCounter();
  let fired = false;
  let t = 0;
  for (const ch of 'Kazakhstan Kyrgyzstan Georgia') {
    if (ch !== ch.toLowerCase()) fired ||= typing('Shift', false, (t += 30));
    fired ||= typing(ch, false, (t += 30));
  }
  assert.equal(fired, false);

  const held = shiftCounter();
  assert.deepEqual(
    [0, 30, 60].map((t) => held('Shift', t > 0, t)),
    [false, false, false],
    'auto-repeat does not count',
  );

  const slow = shiftCounter(1500);
  assert.deepEqual(
    [0, 1000, 2000, 2400].map((t) => slow('Shift', false, t)),
    [false, false, false, true],
  );
});

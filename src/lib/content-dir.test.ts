import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countrySlugs, helpContacts } from './content-dir';

test('country slugs are the page files of a language, without drafts or other files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  mkdirSync(join(dir, 'countries', 'en'), { recursive: true });
  for (const name of ['georgia.mdx', 'armenia.md', '_draft.mdx', 'notes.txt']) writeFileSync(join(dir, 'countries', 'en', name), '');
  assert.deepEqual(countrySlugs('en', dir), ['armenia', 'georgia']);
});

test('a language without a country folder has no countries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  assert.deepEqual(countrySlugs('uk', dir), []);
});

test('help contacts are read from every directory file, a file that cannot be read listed as such', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  mkdirSync(join(dir, 'help'));
  writeFileSync(
    join(dir, 'help', 'aid.yaml'),
    'name: { en: Aid, ru: Помощь }\nchannels:\n  - { kind: phone, value: "+1 555 0100", checked: 2026-11-20 }\n  - { kind: telegram, value: "@aid_bot", checked: 2020-01-15 }\n',
  );
  writeFileSync(join(dir, 'help', 'web-only.yaml'), 'name: { en: Web Only, ru: Только сайт }\n');
  writeFileSync(join(dir, 'help', 'broken.yaml'), 'name: [unclosed\n');
  writeFileSync(join(dir, 'help', '_draft.yaml'), 'channels: [{ kind: phone, value: "1", checked: 2020-01-01 }]\n');
  const contacts = helpContacts(dir);
  assert.deepEqual(
    contacts.filter((c) => c.file !== 'help/broken.yaml'),
    [
      { file: 'help/aid.yaml', organisation: 'Aid', channel: 'phone +1 555 0100', checked: '2026-11-20' },
      { file: 'help/aid.yaml', organisation: 'Aid', channel: 'telegram @aid_bot', checked: '2020-01-15' },
    ],
  );
  const broken = contacts.find((c) => c.file === 'help/broken.yaml');
  assert.match(broken?.channel ?? '', /^cannot read: /);
  assert.equal(broken?.checked, undefined);
  assert.deepEqual(helpContacts(join(dir, 'nowhere')), []);
});

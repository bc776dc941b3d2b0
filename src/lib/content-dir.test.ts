import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countrySlugs } from './content-dir';

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

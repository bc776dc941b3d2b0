import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesBelow } from './files';

test('filesBelow lists files at every depth, relative and with forward slashes, and no folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-files-'));
  try {
    mkdirSync(join(dir, 'en/countries/georgia'), { recursive: true });
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'en/countries/georgia/index.html'), '');
    writeFileSync(join(dir, 'icon.svg'), '');
    assert.deepEqual(filesBelow(dir), ['en/countries/georgia/index.html', 'icon.svg']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * A maintainer's mistakes, as the real build meets them: a broken fixture must fail `astro build`
 * with a message that names the file, the field and the fix. Every case in
 * fixtures/broken-content.ts runs through the build's own validation in
 * src/lib/content-check.test.ts, with no build; here one mistake the schema catches and one the
 * cross-file rules catch go through the whole build, to prove that both reach the maintainer.
 */
import { test, expect } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './support/build';
import { BROKEN_CONTENT, brokenCopy } from './fixtures/broken-content';

test.describe.configure({ mode: 'parallel' });

for (const c of BROKEN_CONTENT.filter((c) => c.build)) {
  test(`the build refuses ${c.name} and says how to fix it`, () => {
    test.setTimeout(120_000);
    const dir = brokenCopy(c.edit);
    try {
      const { status, output } = buildSite({ ATLAS_CONTENT_DIR: dir }, join(dir, 'out'));
      expect(status, output).not.toBe(0);
      for (const pattern of c.expect) expect(output).toMatch(pattern);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

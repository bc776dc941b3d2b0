import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n';
import { zimFileName } from '../lib/bundles';
import { kiwixArchives } from './kiwix';
import { findZimTool, ZIM_TOOLS_MISSING } from '../../scripts/zim-tools.mjs';

type Hooks = Required<AstroIntegration['hooks']>;
type BuildDone = Parameters<Hooks['astro:build:done']>[0];
type ConfigDone = Parameters<Hooks['astro:config:done']>[0];

// The archives are written beside the service workers and the zips, whose steps list every file in
// dist/. They must reach dist/ only in the build's last step: written in place, zimwriterfs's
// temporary files came and went under dist/downloads/ while the zips' step listed it, and the build
// failed on a file gone between listing and reading (issue #19).
test('the Kiwix archives reach dist/downloads/ only at the end of the build, not while the other steps list dist/', async (t) => {
  if (!findZimTool('zimwriterfs')) return t.skip(ZIM_TOOLS_MISSING);
  const dist = mkdtempSync(join(tmpdir(), 'atlas-kiwix-test-'));
  try {
    copyFileSync('public/icon.svg', join(dist, 'icon.svg'));
    for (const lang of LANGS) {
      mkdirSync(join(dist, lang), { recursive: true });
      writeFileSync(join(dist, lang, 'index.html'), `<!doctype html><html lang="${lang}"><title>Atlas</title><main><h1>Atlas</h1><p>Text.</p></main></html>`);
    }
    // The step logs each archive once zimwriterfs has finished it.
    const written: string[] = [];
    let bothWritten = () => {};
    const finished = new Promise<void>((done) => (bothWritten = done));
    const logger = {
      info: (message: string) => {
        written.push(message);
        if (written.length === LANGS.length) bothWritten();
      },
      warn: () => {},
    };
    const hookOptions = { dir: pathToFileURL(`${dist}/`), logger } as unknown as BuildDone;
    const { start, done } = kiwixArchives();
    await start.hooks['astro:config:done']?.({ config: { site: 'https://atlas.example.org/', base: '/' } } as unknown as ConfigDone);
    await start.hooks['astro:build:done']?.(hookOptions);
    await finished;
    // Both archives are complete, and the later steps could still be listing dist/.
    assert.deepEqual(existsSync(join(dist, 'downloads')) ? readdirSync(join(dist, 'downloads')) : [], []);
    await done.hooks['astro:build:done']?.(hookOptions);
    for (const lang of LANGS) assert.ok(statSync(join(dist, 'downloads', zimFileName(lang))).size > 0, `${zimFileName(lang)} is in dist/downloads/`);
    assert.deepEqual(readdirSync(join(dist, 'downloads')).sort(), LANGS.map(zimFileName).sort());
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

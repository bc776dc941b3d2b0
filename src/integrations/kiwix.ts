/**
 * Writes one Kiwix archive per language into dist/downloads/ with Debian's zimwriterfs: the
 * language's no-JavaScript pages, linked by relative paths to their files (the same rewrite as
 * the offline zip), with Kiwix's own full-text index. Where zim-tools is missing and cannot be
 * installed (not root), the build says what to install and goes on without the archives; a
 * publishing build (ATLAS_PUBLISH=1, as `npm run release` makes) fails instead, so no release lacks them.
 */
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/urls';
import { isPublishBuild } from '../lib/publish';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { LANGS } from '../i18n';
import { zimFileName } from '../lib/bundles';
import { ZIM_ILLUSTRATION, zimIncludes, zimwriterfsArgs } from '../lib/zim';
import { fileCopy } from './offline-bundles';
import { filesBelow } from '../lib/files';
import { ensureZimTools, findZimTool, ZIM_TOOLS_MISSING } from '../../scripts/zim-tools.mjs';

const run = promisify(execFile);

export function kiwixArchives(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'exile-atlas:kiwix',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!ensureZimTools({ quiet: true })) {
          if (isPublishBuild()) throw new Error(`${ZIM_TOOLS_MISSING} A release needs the Kiwix archives.`);
          logger.warn(`${ZIM_TOOLS_MISSING} The build goes on without them.`);
          return;
        }
        const zimwriterfs = findZimTool('zimwriterfs')!;
        const dist = fileURLToPath(dir);
        const all = filesBelow(dist);
        const out = join(dist, 'downloads');
        mkdirSync(out, { recursive: true });
        const illustration = await sharp(readFileSync(join(dist, 'icon.svg')), { density: 72 })
          .resize(48, 48)
          .png()
          .toBuffer();
        // Both languages at once: zimwriterfs spends most of its time in one thread (the full-text index).
        await Promise.all(
          LANGS.map(async (lang) => {
            const started = performance.now();
            const source = mkdtempSync(join(tmpdir(), `atlas-zim-${lang}-`));
            try {
              const files = fileCopy(dist, all, lang, { site, base, includes: (p) => zimIncludes(p, lang), dropScripts: true, searchNote: 'searchInKiwix' });
              for (const { path, data } of files) {
                mkdirSync(dirname(join(source, path)), { recursive: true });
                writeFileSync(join(source, path), data);
              }
              writeFileSync(join(source, ZIM_ILLUSTRATION), illustration);
              const output = join(out, zimFileName(lang));
              rmSync(output, { force: true }); // zimwriterfs refuses to overwrite
              await run(zimwriterfs, zimwriterfsArgs(lang, site, source, output), { maxBuffer: 16 * 1024 * 1024 });
              logger.info(
                `${zimFileName(lang)}: ${files.length} files, ${(statSync(output).size / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms`,
              );
            } catch (error) {
              const stderr = (error as { stderr?: string }).stderr;
              throw new Error(`zimwriterfs could not write ${zimFileName(lang)}: ${stderr || (error as Error).message}`);
            } finally {
              rmSync(source, { recursive: true, force: true });
            }
          }),
        );
      },
    },
  };
}

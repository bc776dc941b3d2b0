/**
 * Writes one Kiwix archive per language into dist/downloads/ with Debian's zimwriterfs: the
 * language's no-JavaScript pages, linked by relative paths to their files (the same rewrite as
 * the offline zip), with Kiwix's own full-text index. Where zim-tools is missing and cannot be
 * installed (not root), the build says what to install and goes on without the archives; a
 * publishing build (ATLAS_PUBLISH=1, as `npm run release` makes) fails instead, so no release lacks them.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { normaliseBase } from '../lib/urls';
import { isPublishBuild } from '../lib/publish';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
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

/**
 * Where the archive's pages are written for zimwriterfs (one folder per page, thousands of them):
 * memory where Linux offers it, since creating and removing that many folders on a disk took
 * seconds of a large build (ext4 with discard, 1.6 s to remove one language's copy).
 */
const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/**
 * A new scratch folder, removed at the latest when the build's process exits: a build that fails
 * in another step exits before this step's own clean-up, and memory in /dev/shm stays taken until
 * the machine restarts.
 */
function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(scratch, prefix));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * The archives are written from the pages alone (not the search index, the workers or the zips),
 * so they are written while the later build steps run instead of after them: `start` goes right
 * after Pagefind (which keeps both cores busy on its own) and begins the two zimwriterfs
 * processes; `done`, last, waits for them. The service worker's hashing and the zips run in
 * Node's one thread: one after the other, a core stood idle (issue #19).
 *
 * zimwriterfs writes outside dist/, and `done` copies the finished archives into dist/downloads/.
 * Written in place, its temporary files (`guide-en.zim_fulltext.idx.tmp` and others) came and went
 * in dist/downloads/ while the zips' step listed dist/, which then failed on a file gone between
 * listing and reading it (a clean-clone CI run, 2026-11-27 04:06 UTC). The workers and the zips
 * see dist/ as they did when the archives were written after them: without the archives.
 */
export function kiwixArchives(): { start: AstroIntegration; done: AstroIntegration } {
  let site = '';
  let base = '/';
  /** The finished archives, in a folder of their own outside dist/. */
  let writing: Promise<string> | undefined;
  const start: AstroIntegration = {
    name: 'exile-atlas:kiwix',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        writing = undefined;
        if (!ensureZimTools({ quiet: true })) {
          if (isPublishBuild()) throw new Error(`${ZIM_TOOLS_MISSING} A release needs the Kiwix archives.`);
          logger.warn(`${ZIM_TOOLS_MISSING} The build goes on without them.`);
          return;
        }
        writing = writeArchives(fileURLToPath(dir), site, base, logger);
        // Awaited by \`done\`; until then a failure must not count as unhandled.
        writing.catch(() => {});
      },
    },
  };
  const done: AstroIntegration = {
    name: 'exile-atlas:kiwix-done',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (!writing) return;
        const finished = await writing;
        try {
          const out = join(fileURLToPath(dir), 'downloads');
          mkdirSync(out, { recursive: true });
          // A copy, not a rename: the scratch folder may be on another file system (/dev/shm).
          for (const lang of LANGS) copyFileSync(join(finished, zimFileName(lang)), join(out, zimFileName(lang)));
        } finally {
          await rm(finished, { recursive: true, force: true });
        }
      },
    },
  };
  return { start, done };
}

/** Writes both archives into a new scratch folder and returns it. */
async function writeArchives(dist: string, site: string, base: string, logger: AstroIntegrationLogger): Promise<string> {
  const zimwriterfs = findZimTool('zimwriterfs')!;
  const all = filesBelow(dist);
  const out = scratchFolder('atlas-zim-out-');
  const illustration = await sharp(readFileSync(join(dist, 'icon.svg')), { density: 72 })
    .resize(48, 48)
    .png()
    .toBuffer();
  // Both languages at once: zimwriterfs spends most of its time in one thread (the full-text index).
  // Settled, not Promise.all: when one fails, the other may still be writing into `out`.
  const written = await Promise.allSettled(
    LANGS.map(async (lang) => {
      const started = performance.now();
      const source = scratchFolder(`atlas-zim-${lang}-`);
      try {
        const files = fileCopy(dist, all, lang, { site, base, includes: (p) => zimIncludes(p, lang), dropScripts: true, searchNote: 'searchInKiwix' });
        const folders = new Set(files.map(({ path }) => dirname(join(source, path))));
        for (const folder of folders) mkdirSync(folder, { recursive: true });
        for (const { path, data } of files) writeFileSync(join(source, path), data);
        writeFileSync(join(source, ZIM_ILLUSTRATION), illustration);
        const output = join(out, zimFileName(lang));
        await run(zimwriterfs, zimwriterfsArgs(lang, site, source, output), { maxBuffer: 16 * 1024 * 1024 });
        logger.info(
          `${zimFileName(lang)}: ${files.length} files, ${(statSync(output).size / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms`,
        );
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr;
        throw new Error(`zimwriterfs could not write ${zimFileName(lang)}: ${stderr || (error as Error).message}`);
      } finally {
        await rm(source, { recursive: true, force: true });
      }
    }),
  );
  const failed = written.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await rm(out, { recursive: true, force: true });
    throw failed.reason;
  }
  return out;
}

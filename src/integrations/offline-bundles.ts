/**
 * Zips the built site once per language into dist/downloads/, with a SHA-256 checksum file
 * beside each zip, so the guide can be carried on a USB stick and opened with any local web server.
 * Runs last: the zips contain the search index and the service worker.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { LANGS } from '../i18n';
import { bundleFileName, bundleIncludes, BUNDLE_README } from '../lib/bundles';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export function offlineBundles(): AstroIntegration {
  return {
    name: 'exile-atlas:offline-bundles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const all = files(dist).map((f) => relative(dist, f).split(sep).join('/'));
        const out = join(dist, 'downloads');
        mkdirSync(out, { recursive: true });
        for (const lang of LANGS) {
          const started = performance.now();
          const entries: Record<string, Uint8Array> = { 'README.txt': new TextEncoder().encode(BUNDLE_README[lang]) };
          for (const path of all.filter((p) => bundleIncludes(p, lang))) entries[path] = readFileSync(join(dist, path));
          // Fixed timestamps make the zip, and so its checksum, depend only on the content. Level 1:
          // about four times faster than level 6 on a large site, for a few per cent more bytes.
          const zip = zipSync(entries, { level: 1, mtime: new Date('2020-01-01T00:00:00Z') });
          const name = bundleFileName(lang);
          writeFileSync(join(out, name), zip);
          const sum = createHash('sha256').update(zip).digest('hex');
          writeFileSync(join(out, `${name}.sha256`), `${sum}  ${name}\n`);
          logger.info(`${name}: ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(0)} KiB, sha256 ${sum.slice(0, 12)}… in ${Math.round(performance.now() - started)} ms`);
        }
      },
    },
  };
}

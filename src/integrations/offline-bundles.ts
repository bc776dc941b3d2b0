/**
 * Zips the built site once per language into dist/downloads/, with a SHA-256 checksum file
 * beside each zip, so the guide can be carried on a USB stick and opened with any local web server.
 * Runs last: the zips contain the search index and the service worker.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../i18n';
import { bundleFileName, bundleIncludes, BUNDLE_README } from '../lib/bundles';
import { zipFiles } from '../lib/zip';

// Fixed timestamps make the zip, and so its checksum, depend only on the content.
const MTIME = new Date('2020-01-01T00:00:00Z');

export function offlineBundles(): AstroIntegration {
  return {
    name: 'exile-atlas:offline-bundles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const all = readdirSync(dist, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
          .sort();
        const out = join(dist, 'downloads');
        mkdirSync(out, { recursive: true });
        for (const lang of LANGS) {
          const started = performance.now();
          const files = [
            { path: 'README.txt', data: new TextEncoder().encode(BUNDLE_README[lang]) },
            ...all.filter((p) => bundleIncludes(p, lang)).map((p) => ({ path: p, data: readFileSync(join(dist, p)) })),
          ];
          const zip = zipFiles(files, MTIME);
          const name = bundleFileName(lang);
          const sum = createHash('sha256').update(zip).digest('hex');
          writeFileSync(join(out, name), zip);
          writeFileSync(join(out, `${name}.sha256`), `${sum}  ${name}\n`);
          logger.info(`${name}: ${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB, sha256 ${sum.slice(0, 12)}… in ${Math.round(performance.now() - started)} ms`);
        }
      },
    },
  };
}

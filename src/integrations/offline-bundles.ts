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
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { LANGS } from '../i18n';
import { bundleFileName, bundleIncludes, BUNDLE_README } from '../lib/bundles';

// Fixed timestamps make the zip, and so its checksum, depend only on the content.
const MTIME = new Date('2020-01-01T00:00:00Z');

interface Compressed {
  path: string;
  size: number;
  crc: number;
  data: ReturnType<typeof deflateRawSync>;
}

/**
 * Compressed by Node's zlib, native code about three times faster than fflate's own deflate;
 * fflate only writes the zip container around the result. Level 1: a few per cent more bytes
 * than level 6, several times faster on a large site.
 */
function compress(path: string, content: Uint8Array): Compressed {
  return { path, size: content.length, crc: crc32(content), data: deflateRawSync(content, { level: 1 }) };
}

function zipOf(files: Compressed[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) resolve(Buffer.concat(chunks));
    });
    for (const f of files) {
      const entry: ZipInputFile = { filename: f.path, size: f.size, crc: f.crc, compression: 8, mtime: MTIME };
      zip.add(entry);
      entry.ondata!(null, f.data, true);
    }
    zip.end();
  });
}

export function offlineBundles(): AstroIntegration {
  return {
    name: 'exile-atlas:offline-bundles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
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
            compress('README.txt', new TextEncoder().encode(BUNDLE_README[lang])),
            ...all.filter((p) => bundleIncludes(p, lang)).map((p) => compress(p, readFileSync(join(dist, p)))),
          ];
          const zip = await zipOf(files);
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

/**
 * Zips the built site once per language into dist/downloads/, with a SHA-256 checksum file
 * beside each zip, so the guide can be carried on a USB stick and opened by double-click: the
 * zip's pages link to each other by relative paths to their files (src/lib/file-links.ts), which
 * work over file:// with no server. The served site keeps its own clean addresses.
 * Runs last: the zips contain the search index and the service worker (used when the copy is
 * served from a local web server instead).
 */
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/urls';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, ui, type Lang } from '../i18n';
import { bundleEntryPage, bundleFileName, bundleFolder, bundleIncludes, bundleReadme } from '../lib/bundles';
import { rewriteForFiles } from '../lib/file-links';
import { reintegrate } from '../lib/precache';
import { escapeHtml } from '../lib/html';
import { zipFiles, type ZipEntry } from '../lib/zip';
import { filesBelow } from '../lib/files';

// Fixed timestamps make the zip, and so its checksum, depend only on the content.
const MTIME = new Date('2020-01-01T00:00:00Z');

export interface FileCopyOptions {
  site: string;
  base: string;
  /** Which built files the copy holds. */
  includes: (path: string) => boolean;
  dropScripts?: boolean;
  /** What the search page says instead of searching (a string of src/i18n). */
  searchNote: 'searchInFileCopy' | 'searchInKiwix';
}

/**
 * One language's pages as a copy that opens from files: links rewritten to relative file paths,
 * the language's own index.html at the top, and the search page saying plainly why it lists
 * pages instead of searching.
 */
export function fileCopy(dist: string, all: readonly string[], lang: Lang, options: FileCopyOptions): ZipEntry[] {
  const held = new Set(all.filter(options.includes));
  const linkOptions = { base: options.base, site: options.site, has: (p: string) => held.has(p), dropScripts: options.dropScripts };
  const searchPage = `${lang}/search/index.html`;
  const files = [...held].map((path) => {
    const data = readFileSync(join(dist, path));
    if (path === 'index.html') return { path, data: new TextEncoder().encode(bundleEntryPage(lang)) };
    if (!path.endsWith('.html')) return { path, data };
    let html = rewriteForFiles(data.toString('utf8'), path, linkOptions);
    if (path === searchPage) {
      const note = /(<p\b[^>]*data-no-js-note="search"[^>]*>)[\s\S]*?(<\/p>)/;
      if (!note.test(html))
        throw new Error(`${searchPage}: the no-JavaScript search note (data-no-js-note="search") is missing; the offline copy needs it to explain search.`);
      html = html.replace(note, (_, open: string, close: string) => `${open}${escapeHtml(ui(lang)[options.searchNote])}${close}`);
    }
    return { path, data: new TextEncoder().encode(html) };
  });
  // The service worker checks each precached file's hash: give it the hashes of this copy's files.
  const worker = files.find((f) => f.path === `${lang}/sw.js`);
  if (worker) {
    const byPath = new Map(files.map((f) => [f.path, f.data]));
    worker.data = new TextEncoder().encode(reintegrate(new TextDecoder().decode(worker.data), options.base, (p) => byPath.get(p)));
  }
  return files;
}

export function offlineBundles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'exile-atlas:offline-bundles',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const all = filesBelow(dist);
        const out = join(dist, 'downloads');
        mkdirSync(out, { recursive: true });
        for (const lang of LANGS) {
          const started = performance.now();
          const folder = bundleFolder(lang);
          const files = [
            { path: 'README.txt', data: new TextEncoder().encode(bundleReadme(lang)) },
            ...fileCopy(dist, all, lang, { site, base, includes: (p) => bundleIncludes(p, lang), searchNote: 'searchInFileCopy' }),
          ].map(({ path, data }) => ({ path: `${folder}/${path}`, data }));
          const zip = zipFiles(files, MTIME);
          const name = bundleFileName(lang);
          const sum = createHash('sha256').update(zip).digest('hex');
          writeFileSync(join(out, name), zip);
          writeFileSync(join(out, `${name}.sha256`), `${sum}  ${name}\n`);
          logger.info(
            `${name}: ${files.length} files, ${(zip.length / 1024).toFixed(0)} KiB, sha256 ${sum.slice(0, 12)}… in ${Math.round(performance.now() - started)} ms`,
          );
        }
      },
    },
  };
}

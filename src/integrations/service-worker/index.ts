/**
 * Writes one service worker per language, after the Pagefind index exists. Saving the guide for
 * offline use precaches what a reader in trouble needs whatever the size of the site (issue 18):
 * the shell (the language's home, lists, offline, search and "Help now" pages, styles, scripts, icons), the
 * search index, and every country, threat and checklist page. Every other page (sources, pocket
 * cards, updates, guides, tools) is cached when it is read. Beside each worker the build writes
 * <lang>/offline-size.json, {"download", "stored", "files"}, for the consent text: the bytes saving
 * downloads from the site's server, compressed as deploy/nginx.conf compresses them
 * (src/lib/compression.ts; the offline budget counts these), and the bytes the browser then keeps.
 *
 * The worker is a hand-written script (sw.js beside this file); the build only writes the precache
 * list into it. Workbox's generateSW would bundle, transpile and minify a worker on every build,
 * which took most of this step's time on a large site.
 */
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../../lib/urls';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest } from 'workbox-build';
import { fillWorkerTemplate } from '../../lib/worker-template';
import { LANGS } from '../../i18n';
import { sriOf } from '../../lib/precache';
import { servedBytes } from '../../lib/compression';

const require = createRequire(import.meta.url);
const WORKBOX_MODULES = ['sw', 'core', 'precaching', 'routing', 'strategies'];
/** Versioned, so that a Workbox upgrade reaches browsers as a changed service worker. */
export const WORKBOX_DIR = `workbox-v${(require('workbox-sw/package.json') as { version: string }).version}`;
const TEMPLATE = fileURLToPath(new URL('./sw.js', import.meta.url));

const SHARED_PRECACHE = ['_astro/**/*.{js,css}', 'icon.svg', 'icons/*.png'];
const SECTIONS = '{countries,threats,checklists}';

/**
 * The language's shell and the pages saved up front: lists and pages of the three sections, and
 * "Help now" (issue #16), which every page's header links to and a reader in trouble opens first,
 * often without a connection and without having read it before. Few
 * patterns, each matching something in any build (Workbox fails on a pattern that matches nothing,
 * and test or benchmark content may have no offline page).
 */
const pagePrecache = (lang: string) => [
  `${lang}/{index.html,manifest.webmanifest,offline/index.html,search/index.html,help/index.html}`,
  `${lang}/${SECTIONS}/{index.html,*/index.html}`,
];
/**
 * The language's search bundle: the engine, its WebAssembly, and the index.
 * Only this language's WebAssembly: Pagefind writes wasm.<lang>.pagefind for languages it can stem,
 * and serves any other language (Ukrainian, say) with wasm.unknown.pagefind.
 */
const searchPrecache = (distDir: string, lang: string) => [
  `${lang}/pagefind/pagefind.js`,
  `${lang}/pagefind/pagefind-worker.js`,
  `${lang}/pagefind/pagefind-entry.json`,
  existsSync(join(distDir, lang, 'pagefind', `wasm.${lang}.pagefind`)) ? `${lang}/pagefind/wasm.${lang}.pagefind` : `${lang}/pagefind/wasm.unknown.pagefind`,
  `${lang}/pagefind/*.pf_meta`,
  `${lang}/pagefind/{index,fragment,filter}/*`,
];

/** Workbox's runtime, as plain files of this site: the worker must never load code from elsewhere. */
async function copyWorkboxRuntime(distDir: string): Promise<OfflineSize> {
  const out = join(distDir, WORKBOX_DIR);
  await mkdir(out, { recursive: true });
  const sizes = await Promise.all(
    WORKBOX_MODULES.map(async (name) => {
      const file = name === 'sw' ? 'workbox-sw.js' : `workbox-${name}.prod.js`;
      await copyFile(join(dirname(require.resolve(`workbox-${name}/package.json`)), 'build', file), join(out, file));
      return sizeOf(file, await readFile(join(out, file)));
    }),
  );
  return sizes.reduce(add, NOTHING);
}

/** What saving for offline use costs: bytes downloaded (as the site's server compresses them), bytes stored, files. */
interface OfflineSize {
  download: number;
  stored: number;
  files: number;
}
const NOTHING: OfflineSize = { download: 0, stored: 0, files: 0 };
const add = (a: OfflineSize, b: OfflineSize): OfflineSize => ({ download: a.download + b.download, stored: a.stored + b.stored, files: a.files + b.files });
const sizeOf = (path: string, data: Uint8Array): OfflineSize => ({ download: servedBytes(path, data), stored: data.length, files: 1 });

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'exile-atlas:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const runtime = await copyWorkboxRuntime(distDir);
        const template = fillWorkerTemplate(await readFile(TEMPLATE, 'utf8'), { WORKBOX_DIR });
        await Promise.all(
          LANGS.map(async (lang) => {
            const started = performance.now();
            let precached = NOTHING;
            const { manifestEntries, count, size, warnings } = await getManifest({
              globDirectory: distDir,
              globPatterns: [...pagePrecache(lang), ...searchPrecache(distDir, lang), ...SHARED_PRECACHE],
              // The single-file checklist copies are downloads, not pages to browse offline.
              globIgnores: [`${lang}/checklists/*/*-${lang}.html`, `${lang}/pagefind/**/*.html`, `${lang}/clear/**`],
              // Precache URLs are absolute so that a mirror under a sub-path works too.
              modifyURLPrefix: { '': base },
              dontCacheBustURLsMatching: /\/_astro\//,
              maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
              // Each file's hash goes into the list, and the browser checks it when the worker
              // installs: a half-uploaded file, or an old one still at a CDN edge while the new
              // sw.js is live, fails the install and the reader keeps the previous, whole copy.
              manifestTransforms: [
                async (entries) => ({
                  manifest: await Promise.all(
                    entries.map(async (entry) => {
                      const data = await readFile(join(distDir, decodeURIComponent(entry.url.slice(base.length))));
                      precached = add(precached, sizeOf(entry.url, data));
                      return { ...entry, integrity: sriOf(data) };
                    }),
                  ),
                  warnings: [],
                }),
              ],
            });
            if (warnings.length) throw new Error(`Workbox warnings for ${lang}:\n${warnings.join('\n')}`);
            const worker = fillWorkerTemplate(template, { 'self.__WB_MANIFEST': JSON.stringify(manifestEntries) });
            await writeFile(join(distDir, lang, 'sw.js'), worker);
            // What saving downloads: the precache, the worker and Workbox's runtime it imports.
            const offline = [precached, sizeOf('sw.js', Buffer.from(worker)), runtime].reduce(add);
            await writeFile(join(distDir, lang, 'offline-size.json'), `${JSON.stringify(offline)}\n`);
            logger.info(
              `${lang}/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms; ` +
                `saving offline downloads ${offline.files} files, ${(offline.download / 1024).toFixed(0)} KiB (${(offline.stored / 1024).toFixed(0)} KiB stored)`,
            );
          }),
        );
      },
    },
  };
}

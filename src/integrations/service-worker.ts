/**
 * Generates one service worker per language with Workbox, after the Pagefind index exists.
 * Each precaches every page of its language, the shared styles and scripts and the search index,
 * so after one visit the whole guide in that language, search included, works offline.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { LANGS } from '../i18n';

const SHARED_PRECACHE = ['_astro/**/*.{js,css}', 'icon.svg', 'icons/*.png'];

/** The language's search bundle: the engine, its WebAssembly, the index and the UI the site uses. */
const searchPrecache = (lang: string) => [
  `${lang}/pagefind/pagefind.js`,
  `${lang}/pagefind/pagefind-worker.js`,
  `${lang}/pagefind/pagefind-entry.json`,
  `${lang}/pagefind/pagefind-component-ui.{js,css}`,
  // Only this language's WebAssembly: wasm.unknown.pagefind serves pages without a language, and there are none.
  `${lang}/pagefind/wasm.${lang}.pagefind`,
  `${lang}/pagefind/*.pf_meta`,
  `${lang}/pagefind/{index,fragment,filter}/*`,
];

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'exile-atlas:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        for (const lang of LANGS) {
          const started = performance.now();
          const { count, size, warnings } = await generateSW({
            globDirectory: distDir,
            globPatterns: [`${lang}/**/*.html`, `${lang}/manifest.webmanifest`, ...searchPrecache(lang), ...SHARED_PRECACHE],
            // The single-file checklist copies are downloads, not pages to browse offline.
            globIgnores: [`${lang}/checklists/*/*-${lang}.html`, `${lang}/pagefind/**/*.html`],
            swDest: `${distDir}/${lang}/sw.js`,
            // Precache URLs are absolute so that a mirror under a sub-path works too.
            modifyURLPrefix: { '': base },
            cacheId: `exile-atlas-${lang}`,
            // Pagefind adds ?ts=… to its entry file to bust HTTP caches, and the header search form
            // opens /<lang>/search/?q=…: offline both must still match their cached files.
            ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^q$/],
            dontCacheBustURLsMatching: /\/_astro\//,
            directoryIndex: 'index.html',
            cleanupOutdatedCaches: true,
            // A new version takes over at once, so nobody is left reading stale advice.
            skipWaiting: true,
            clientsClaim: true,
            inlineWorkboxRuntime: true,
            sourcemap: false,
            mode: 'production',
            maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
            runtimeCaching: [
              {
                // A page that is not precached (the other language) while offline: explain instead of failing.
                urlPattern: ({ request }) => request.mode === 'navigate',
                handler: 'NetworkOnly',
                options: { precacheFallback: { fallbackURL: `${base}${lang}/offline/index.html` } },
              },
            ],
          });
          if (warnings.length) throw new Error(`Workbox warnings for ${lang}:\n${warnings.join('\n')}`);
          logger.info(`${lang}/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - started)} ms`);
        }
      },
    },
  };
}

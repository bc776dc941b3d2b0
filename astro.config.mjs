import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker/index.ts';
import { offlineBundles } from './src/integrations/offline-bundles.ts';
import { hostHeadersFile } from './src/integrations/host-headers.ts';
import { kiwixArchives } from './src/integrations/kiwix.ts';
import { normaliseBase } from './src/lib/urls.ts';
import { lazyUrl } from './src/integrations/lazy-url.ts';
import { countryList } from './src/integrations/country-list.ts';
import { offlineText } from './src/integrations/offline-text.ts';
import { unverifiedContacts } from './src/integrations/help-contacts.ts';
import { publishSiteError } from './src/lib/publish.ts';

/**
 * ATLAS_SITE and ATLAS_BASE let anyone build a mirror at another domain or sub-path
 * (README: "Run a mirror"). `canonical` links always point to ATLAS_CANONICAL_SITE,
 * the primary site, so mirrors don't compete with it.
 */
const PRIMARY_SITE = 'https://exile-safety-atlas.example';
const site = process.env.ATLAS_SITE || PRIMARY_SITE;
// A build for publishing (ATLAS_PUBLISH=1, src/lib/publish.ts) needs the real address: pocket cards
// and printed checklists carry it as text and QR code. Tests and `npm start` build without it; their
// cards and checklists then print no address at all (src/lib/urls.ts, printedAddress).
const siteError = publishSiteError(process.env.ATLAS_SITE);
if (siteError) throw new Error(siteError);
const base = normaliseBase(process.env.ATLAS_BASE);
const kiwix = kiwixArchives();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Builds of other content (tests, benchmark) keep their own content cache: the cache matches
  // entries by id and file digest, so two trees with the same file names would mix.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  // 'jsx' (Astro 7's default) glues words of adjacent inline elements together, in pages and in the search index.
  compressHTML: true,
  // No code highlighting: Shiki's inline styles would need 'unsafe-inline' in the CSP.
  markdown: { syntaxHighlight: false },
  // Order matters: the service worker precaches the search index Pagefind has just written,
  // and the offline bundles contain both. The Kiwix archives need only the pages: they are written
  // while the worker and the zips are made (kiwix.ts says why). The unverified help contacts are
  // listed last, where a maintainer reads the end of the build.
  integrations: [mdx(), pagefindIndex(), kiwix.start, serviceWorker(), offlineBundles(), hostHeadersFile(), kiwix.done, unverifiedContacts()],
  // Every script and style is a file of this site: no inline code, so the Content-Security-Policy
  // (src/lib/csp.ts, a <meta> on every page, dist/_headers and deploy/nginx.conf) needs no hashes.
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Four pages at a time instead of one: while one page waits for libvips (a share preview's
    // text and PNG encoding run in sharp's own threads) or for its file to be written, Node renders
    // the next, so the second core works during rendering too. The same files (issue #19:
    // 1,000 documents rendered in 15.5 s instead of 25.2 s, BENCHMARKS.md).
    concurrency: 4,
  },
  vite: {
    plugins: [lazyUrl(), countryList(), offlineText()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // All content modules in one server chunk instead of one chunk per MDX file: the same
              // pages, in half the bundling time on a large site.
              { name: 'content', test: /\.mdx($|\?)/ },
              // The script on every page and the small modules it shares with the checklist, planner
              // and settings scripts (storage keys, settings, quick exit, the language list), as one
              // file: one request less on every first view. Not storage.ts: its clearing code loads
              // only where it is used (site.ts says when).
              {
                name: 'site',
                test: /Base\.astro\?astro&type=script|src\/scripts\/(site|settings)\.ts|src\/lib\/(storage-keys|quick-exit)\.ts|src\/i18n\/langs\.ts/,
              },
            ],
          },
        },
        // A known, harmless Astro 7 warning, printed once per MDX file that renders a component
        // (withastro/astro#18087). Silenced by its exact code and directive so that warnings a
        // maintainer should read stay visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    define: {
      'import.meta.env.ATLAS_CANONICAL_SITE': JSON.stringify(process.env.ATLAS_CANONICAL_SITE || PRIMARY_SITE),
      // "Today" for the stale-review notice; pinned by tests, otherwise the build date.
      'import.meta.env.ATLAS_BUILD_DATE': JSON.stringify(process.env.ATLAS_BUILD_DATE || ''),
    },
  },
});

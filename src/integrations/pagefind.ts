/**
 * Builds the Pagefind search index over the finished site, inside Astro's build. Each language
 * gets its own bundle at /<lang>/pagefind/: its search then lives inside that language's
 * service-worker scope (Pagefind's web worker is only served offline from within the scope),
 * and the offline copy of one language carries no index of the other.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { LANGS } from '../i18n';

/**
 * Pagefind also writes UIs this site does not use (the search page drives pagefind.js with its own
 * renderer, src/scripts/search.ts); they would only weigh down deploys and offline zips.
 */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'exile-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          // Both languages at once: the indexing runs in Pagefind's own process, which uses both cores.
          const counts = await Promise.all(
            LANGS.map(async (lang) => {
              const { index, errors } = await pagefind.createIndex({});
              assertOk('createIndex', { errors });
              if (!index) throw new Error('Pagefind returned no index');
              const added = await index.addDirectory({ path: fileURLToPath(dir), glob: `${lang}/**/*.html` });
              assertOk('addDirectory', added);
              const outputPath = fileURLToPath(new URL(`./${lang}/pagefind/`, dir));
              assertOk('writeFiles', await index.writeFiles({ outputPath }));
              await Promise.all(UNUSED_UI.map((name) => rm(`${outputPath}/${name}`, { force: true })));
              return added.page_count;
            }),
          );
          logger.info(`indexed ${counts.reduce((sum, n) => sum + n, 0)} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

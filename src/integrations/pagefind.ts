/**
 * Builds the Pagefind search index over the finished site, inside Astro's build, so that
 * `astro build` alone yields a searchable site. One index per language comes from each page's
 * <html lang>; only content inside data-pagefind-body is indexed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function assertOk(step: string, response: { errors: string[] }): void {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'exile-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        assertOk('createIndex', { errors });
        if (!index) throw new Error('Pagefind returned no index');
        try {
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          assertOk('addDirectory', added);
          assertOk('writeFiles', await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }));
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where maintainers' content lives; ATLAS_CONTENT_DIR points a build at another tree (test fixtures). */
export const CONTENT_DIR = process.env.ATLAS_CONTENT_DIR || './content';

/**
 * The country slugs of one language, read from the file names the way the content loader reads
 * them (src/content.config.ts, contentFiles: `[^_]*.{md,mdx}`, a leading "_" keeps a draft aside):
 * `content/countries/en/georgia.mdx` is "georgia". For code outside Astro's content layer, such as
 * the Vite plugin that gives the browser scripts the list (src/integrations/country-list.ts).
 */
export function countrySlugs(lang: string, dir = CONTENT_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'countries', lang));
  } catch {
    return [];
  }
  return names
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REFERENCE_LANG } from '../i18n/langs';
import type { ContactCheck } from './help';

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

/**
 * Every published contact of the help directory (content/help/*.yaml), read from the files as the
 * content loader finds them, for the listings outside Astro's content layer: the list of unverified
 * contacts the build prints (src/integrations/help-contacts.ts) and `npm run content:status`.
 * A file that cannot be read is one entry saying so, with no check date, so it is listed first.
 */
export function helpContacts(dir = CONTENT_DIR): ContactCheck[] {
  const folder = join(dir, 'help');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => /^[^_].*\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => {
      const file = `help/${name}`;
      let data: { name?: Record<string, string>; channels?: { kind?: string; value?: string; checked?: unknown }[] };
      try {
        data = parse(readFileSync(join(folder, name), 'utf8')) ?? {};
      } catch (error) {
        return [{ file, organisation: '?', channel: `cannot read: ${error instanceof Error ? error.message : String(error)}`, checked: undefined }];
      }
      const organisation = data.name?.[REFERENCE_LANG] ?? name;
      return (data.channels ?? []).map((c) => ({ file, organisation, channel: `${c.kind} ${c.value}`, checked: c.checked }));
    });
}

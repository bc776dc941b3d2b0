/** Reads content files for the maintainer commands (status, ids, external links) without building the site. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { LANGS, REFERENCE_LANG } from '../../src/i18n/langs.ts';

export const CONTENT_DIR = process.env.ATLAS_CONTENT_DIR || 'content';
export const COLLECTIONS = ['countries', 'threats', 'checklists', 'updates', 'pages'];
/** The site's languages, the reference language first (src/i18n/langs.ts). */
export { LANGS, REFERENCE_LANG };

/**
 * One content file as read from disk: front matter parsed, not validated (the build validates).
 * @typedef {{ collection: string; lang: string; slug: string; file: string; data: Record<string, any>; body: string }} ContentFile
 */

/**
 * Every content file.
 * @returns {ContentFile[]}
 */
export function contentFiles(dir = CONTENT_DIR) {
  /** @type {ContentFile[]} */
  const files = [];
  for (const collection of COLLECTIONS) {
    for (const lang of LANGS) {
      const folder = join(dir, collection, lang);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder)
        .filter((n) => /^[^_].*\.mdx?$/.test(n))
        .sort()) {
        const file = join(folder, name);
        const text = readFileSync(file, 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        /** @type {Record<string, any>} */
        let data = {};
        try {
          data = match ? (parse(match[1] ?? '') ?? {}) : {};
        } catch (error) {
          data = { __error: error instanceof Error ? error.message : String(error) };
        }
        files.push({ collection, lang, slug: name.replace(/\.mdx?$/, ''), file, data, body: match?.[2] ?? text });
      }
    }
  }
  return files;
}

/** Reads the built site: which pages exist, in which language, for crawling tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/** Every file below `dir`, as full paths. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Site paths of every HTML page, e.g. "/en/countries/kyrgyzstan/" (single-file downloads excluded). */
export function builtPages(dist = DIST): string[] {
  return filesBelow(dist)
    .filter((f) => f.endsWith(`${sep}index.html`) && !f.includes(`${sep}pagefind${sep}`))
    .map((f) => '/' + relative(dist, f).split(sep).slice(0, -1).join('/') + (f === join(dist, 'index.html') ? '' : '/'))
    .map((p) => p.replace(/\/+/g, '/'))
    .sort();
}

/**
 * Every built page, dealt into `count` groups, so that a whole-site crawl runs as several tests that
 * Playwright's workers share (the crawl still covers every page).
 */
export function pageGroups(count: number, dist = DIST): string[][] {
  const groups: string[][] = Array.from({ length: count }, () => []);
  builtPages(dist).forEach((page, i) => groups[i % count]!.push(page));
  return groups;
}

export function readBuilt(path: string, dist = DIST): string {
  return readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** Slugs of a collection's built pages in one language. */
export function slugs(section: 'countries' | 'threats' | 'checklists', lang = 'en', dist = DIST): string[] {
  return builtPages(dist)
    .filter((p) => p.startsWith(`/${lang}/${section}/`) && p.split('/').length === 5)
    .map((p) => p.split('/')[3]);
}

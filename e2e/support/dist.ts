/** Reads the built site: which pages exist, in which language, for crawling tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../../src/lib/files';

export const DIST = join(process.cwd(), 'dist');

const allPages = (dist: string) =>
  filesBelow(dist)
    .filter((f) => (f === 'index.html' || f.endsWith('/index.html')) && !f.includes('/pagefind/'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
/** A discreet link's page, "/en/l/jfzvzd5c/": it forwards at once to the page it stands for. */
const isDiscreetLink = (p: string) => /^\/[a-z-]+\/l\/[a-z2-7]+\/$/.test(p);

/**
 * Site paths of every page a reader reads, e.g. "/en/countries/kyrgyzstan/" (single-file downloads
 * excluded, and the discreet links, which forward before anything can be read: share-preview.spec.ts
 * tests them).
 */
export function builtPages(dist = DIST): string[] {
  return allPages(dist)
    .filter((p) => !isDiscreetLink(p))
    .sort();
}

/** Site paths of the discreet links, "/en/l/jfzvzd5c/". */
export function discreetLinks(dist = DIST): string[] {
  return allPages(dist).filter(isDiscreetLink).sort();
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

/**
 * One page of every kind in every language: the first of each template, "/ru/countries/*\/sources/"
 * standing for all twenty country sources pages in Russian.
 */
export function pageKindSamples(dist = DIST): string[] {
  const kinds = new Map<string, string>();
  for (const page of builtPages(dist)) {
    const [lang = '', section = '', slug, ...rest] = page.split('/').filter(Boolean);
    const kind = [lang, section, slug === undefined ? '' : '*', ...rest].join('/');
    if (!kinds.has(kind)) kinds.set(kind, page);
  }
  return [...kinds.values()];
}

export function readBuilt(path: string, dist = DIST): string {
  return readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** Slugs of a collection's built pages in one language. */
export function slugs(section: 'countries' | 'threats' | 'checklists', lang = 'en', dist = DIST): string[] {
  return builtPages(dist)
    .filter((p) => p.startsWith(`/${lang}/${section}/`) && p.split('/').length === 5)
    .map((p) => p.split('/')[3]!);
}

/**
 * Internal link and anchor check over a built site: every href/src that stays on the site must
 * name a file that exists, under the site's base, and every #fragment an id on the target page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesBelow } from '../../src/lib/files';

/** The site's HTML files, without Pagefind's own, as full paths. */
function htmlFiles(dir: string): string[] {
  return filesBelow(dir)
    .filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))
    .map((f) => join(dir, f));
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
}

export function brokenLinks(dist: string, base = '/'): string[] {
  ids.clear();
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    // Templates inside scripts (Pagefind's result template) are not links.
    const html = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const pagePath =
      base +
      relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '');
    for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const value = raw!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|tel:)/.test(value) || value === '') continue;
      const url = new URL(value, `http://site${pagePath}`);
      if (!url.pathname.startsWith(base)) {
        problems.push(`${pagePath}: ${attr}="${value}" is outside the base ${base}`);
        continue;
      }
      const target = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
      const targetFile = url.pathname.endsWith('/') ? join(target, 'index.html') : target;
      if (!existsSync(targetFile)) {
        problems.push(`${pagePath}: ${attr}="${value}" leads to no file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
        problems.push(`${pagePath}: ${attr}="${value}" names #${fragment}, which is not on that page`);
      }
    }
  }
  return problems;
}

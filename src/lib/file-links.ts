/**
 * Rewrites a built page's links for a copy that is opened from files (the offline zip over
 * file://, the Kiwix archive): the served site links to "/en/countries/georgia/", which over
 * file:// is the root of the disk and a folder, not a page. Every link to a file of the copy
 * becomes relative and names the file ("../georgia/index.html"); a link to something the copy
 * does not hold (the other language, the downloads) leaves for the site itself, as an absolute
 * address, so a click does what it says instead of opening a missing file.
 *
 * Only tag attributes are touched: the contents of <script> and <style> (Pagefind's result
 * template holds href="{{ … }}") and the page's text stay as they are.
 */
export interface FileLinkOptions {
  /** The site's base path, "/" or "/mirror/atlas/". */
  base: string;
  /** The site's address, for links to files the copy does not hold. */
  site: string;
  /** Whether the copy holds this file: a decoded path under the base, "en/countries/georgia/index.html". */
  has: (path: string) => boolean;
  /** Leave out <script> elements (a copy whose reader runs none of ours). */
  dropScripts?: boolean | undefined;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// A placeholder origin: resolving a link against the page's own path finds the file it means.
const ORIGIN = 'http://copy.invalid';

// The folders of the page whose links are being rewritten: a page has dozens of links, all from one folder.
let lastDir: string | undefined;
let lastFrom: string[] = [];

function posixRelative(fromDir: string, to: string): string {
  if (fromDir !== lastDir) {
    lastDir = fromDir;
    lastFrom = fromDir.split('/').filter(Boolean);
  }
  const from = lastFrom;
  const target = to.split('/');
  let same = 0;
  while (same < from.length && same < target.length - 1 && from[same] === target[same]) same++;
  let up = '';
  for (let i = same; i < from.length; i++) up += '../';
  return up + target.slice(same).join('/');
}

/**
 * A site-absolute link that the URL parser would return unchanged (plain characters, no "." or
 * ".." segments, no query): most links of a page, the header's and footer's among them. Resolving
 * these by hand instead of through `new URL` saves a large site's copies seconds per build.
 */
const PLAIN_ABSOLUTE = /^(\/[\w~-]+(?:\.[\w~-]+)*)*\/?(#[\w~-]*)?$/;

/** The path and hash of a link resolved against the page, as `new URL(link, page)` gives them. */
function resolve(link: string, page: string, options: FileLinkOptions): { pathname: string; search: string; hash: string } {
  const plain = PLAIN_ABSOLUTE.exec(link);
  if (plain && link.startsWith('/')) {
    const hash = plain[2] ?? '';
    return { pathname: link.slice(0, link.length - hash.length), search: '', hash: hash === '#' ? '' : hash };
  }
  return new URL(link, `${ORIGIN}${options.base}${page}`);
}

/** One link of the page at `page` (a path under the base, "en/countries/georgia/index.html"). */
export function fileLink(value: string, page: string, options: FileLinkOptions): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('//') || SCHEME.test(trimmed) || trimmed.includes('{{')) return value;
  const url = resolve(trimmed, page, options);
  if (!url.pathname.startsWith(options.base)) return value;
  let path = url.pathname.slice(options.base.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return value; // a malformed escape: not ours to repair
  }
  if (!options.has(decoded)) return new URL(url.pathname + url.search + url.hash, new URL(options.site).origin).href;
  const dir = page.includes('/') ? page.slice(0, page.lastIndexOf('/')) : '';
  return posixRelative(dir, path) + url.search + url.hash;
}

/**
 * Whether a tag may hold a link: an attribute rewriteTag rewrites. Most tags of a page (div, span,
 * li, p…) have none and are passed over without parsing their attributes, which took most of the
 * time of the copies' rewriting on a large site (issue #19).
 */
const MAY_LINK = new RegExp(`\\s(?:${[...URL_ATTRIBUTES, 'srcset', 'content'].join('|')})="`, 'i');

function rewriteTag(tag: string, page: string, options: FileLinkOptions): string {
  if (!MAY_LINK.test(tag)) return tag;
  const refresh = /^<meta\b/i.test(tag) && /http-equiv\s*=\s*"refresh"/i.test(tag);
  return tag.replace(/(\s)([a-z-]+)="([^"]*)"/gi, (whole, space: string, name: string, value: string) => {
    const lower = name.toLowerCase();
    if (URL_ATTRIBUTES.has(lower)) return `${space}${name}="${fileLink(value, page, options)}"`;
    if (lower === 'srcset') {
      const candidates = value.split(',').map((c) => c.trim().replace(/^(\S+)/, (u) => fileLink(u, page, options)));
      return `${space}${name}="${candidates.join(', ')}"`;
    }
    if (refresh && lower === 'content') {
      return `${space}${name}="${value.replace(/(url\s*=\s*)(\S+)/i, (_, prefix: string, u: string) => prefix + fileLink(u, page, options))}"`;
    }
    return whole;
  });
}

/** The page's HTML with every link rewritten for a copy opened from files. */
export function rewriteForFiles(html: string, page: string, options: FileLinkOptions): string {
  return html.replace(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<[a-z][^>]*>/gi, (element, raw?: string, attributes?: string, body?: string) => {
    if (!raw) return rewriteTag(element, page, options);
    if (options.dropScripts && raw.toLowerCase() === 'script') return '';
    return `${rewriteTag(`<${raw}${attributes}>`, page, options)}${body}</${raw}>`;
  });
}

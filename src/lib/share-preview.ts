/**
 * Open Graph and Twitter card tags, as link previews in Telegram, WhatsApp and Signal read them
 * (https://ogp.me/), and the discreet links whose preview names nothing (issue 18).
 *
 * Every image a preview names is a file of this site. With the real site address (ATLAS_SITE) the
 * addresses are absolute, as the protocol asks. A build without it (tests, `npm start`, a mirror
 * that has not set it) does not know its address: rather than name a placeholder host, its image
 * addresses are root-relative, which a preview parser that accepts them resolves against the page
 * it fetched (the same site, whatever it is), and og:url is left out.
 */
import { createHash } from 'node:crypto';
import { joinBase, isPlaceholderSite } from './urls';

/** Small, and the 1.91:1 that messengers show as a large preview. */
export const PREVIEW_SIZE = { width: 800, height: 420 } as const;
/** The site-wide image (src/pages/preview.png.ts), for pages without their own. */
export const PREVIEW_IMAGE = 'preview.png';
/** The image every discreet link's preview shows: the same for all, naming nothing. */
export const NEUTRAL_IMAGE = 'l/preview.png';

export interface SharePreview {
  title: string;
  description: string;
  /** The page's absolute address, or undefined when the build does not know the site's address. */
  url?: string | undefined;
  image: string;
  imageAlt: string;
  /** Left out for a discreet link: the site's name is what it must not show. */
  siteName?: string | undefined;
  locale: string;
}

/** [attribute, name, content] for each tag: property= for Open Graph, name= for Twitter. */
export function previewTags(p: SharePreview): [string, string, string][] {
  const tags: [string, string, string | undefined][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', p.siteName],
    ['property', 'og:title', p.title],
    ['property', 'og:description', p.description],
    ['property', 'og:url', p.url],
    ['property', 'og:locale', p.locale.replace('-', '_')],
    ['property', 'og:image', p.image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(PREVIEW_SIZE.width)],
    ['property', 'og:image:height', String(PREVIEW_SIZE.height)],
    ['property', 'og:image:alt', p.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', p.title],
    ['name', 'twitter:description', p.description],
    ['name', 'twitter:image', p.image],
    ['name', 'twitter:image:alt', p.imageAlt],
  ];
  return tags.filter((t): t is [string, string, string] => t[2] !== undefined);
}

/**
 * The address of a file of this site (a path under the base) as a preview tag gives it: absolute
 * on the real site, root-relative where the build does not know its address.
 */
export function previewAddress(site: URL | string | undefined, base: string, path: string): string {
  return isPlaceholderSite(site) ? joinBase(base, path) : new URL(joinBase(base, path), site).href;
}

/** The page's own absolute address for og:url, or undefined where the build does not know it. */
export function previewUrl(site: URL | string | undefined, base: string, path: string): string | undefined {
  return isPlaceholderSite(site) ? undefined : new URL(joinBase(base, path), site).href;
}

/** A country or checklist page's own preview image, beside it: "en/countries/georgia/preview.png". */
export function pagePreviewImage(pagePath: string): string {
  return `${pagePath}preview.png`;
}

/**
 * A discreet link's short id: the first 40 bits of the SHA-256 of the page's path, in lowercase
 * base 32. It depends on nothing but the path, so the link lasts as long as the page's address
 * (which never changes once published), and says nothing a reader of the address could read.
 */
export function discreetId(pagePath: string): string {
  const bytes = createHash('sha256').update(pagePath).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes.subarray(0, 5)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      id += alphabet[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return id;
}

/** Where a page's discreet link lives: "en/l/k3x9q2mz/". */
export function discreetPath(lang: string, pagePath: string): string {
  return `${lang}/l/${discreetId(pagePath)}/`;
}

/**
 * Files that exist only for link previews (the images and the discreet links): the offline zips
 * and Kiwix archives leave them out, as they are of no use away from the web.
 */
export function isShareOnlyFile(path: string): boolean {
  return /(^|\/)preview\.png$/.test(path) || /^[a-z-]+\/l\//.test(path) || path.startsWith('l/');
}

/**
 * Words (stems, lower case) that would tell someone looking over a reader's shoulder what a link is
 * about. A discreet link's text must contain none of them, nor the site's name in any language: the
 * build checks (neutralProblems), so that a new language's translation cannot slip one in.
 */
export const GIVEAWAY_WORDS = [
  'exile',
  'safe',
  'atlas',
  'russia',
  'extradit',
  'asylum',
  'wanted',
  'deport',
  'refugee',
  'activist',
  'opposition',
  'persecut',
  'politic',
  'emigra',
  'risk',
  'danger',
  'escape',
  'fled',
  'flee',
  'эмигр',
  'изгна',
  'безопас',
  'атлас',
  'росси',
  'экстрад',
  'выдач',
  'убежищ',
  'розыск',
  'депорт',
  'беженц',
  'активист',
  'оппозиц',
  'преслед',
  'политич',
  'риск',
  'опасн',
  'бегств',
  'сбежа',
] as const;

/** Each text of a discreet link's preview that gives something away, with what it gives away. */
export function neutralProblems(texts: Record<string, string>, siteNames: readonly string[]): string[] {
  return Object.entries(texts).flatMap(([key, text]) => {
    const lower = text.toLowerCase();
    const found = [...GIVEAWAY_WORDS.filter((w) => lower.includes(w)), ...siteNames.filter((n) => lower.includes(n.toLowerCase()))];
    return found.length ? [`${key} "${text}" contains ${found.map((f) => `"${f}"`).join(', ')}`] : [];
  });
}

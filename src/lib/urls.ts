/**
 * Every internal URL goes through here so that the site works under any base path
 * (a mirror at /mirror/atlas/) and always ends in a slash: NGOs link to these addresses,
 * and the offline cache only matches the canonical, slash-terminated form.
 */
export type Section = 'countries' | 'threats' | 'checklists';

export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : base + '/';
  return b + path.replace(/^\/+/, '');
}

/** Path of a page inside the site, without base: "en/countries/kyrgyzstan/". */
export function pagePath(lang: string, ...segments: string[]): string {
  return [lang, ...segments].filter(Boolean).join('/') + '/';
}

/**
 * A page's address in a language, under the site's base path: the one link helper of pages and
 * components. pageHref('ru', 'countries', 'georgia') → "/ru/countries/georgia/" (or
 * "/mirror/atlas/ru/countries/georgia/" on a mirror).
 */
export function pageHref(lang: string, ...segments: string[]): string {
  return joinBase(import.meta.env.BASE_URL, pagePath(lang, ...segments));
}

/** The same page in another language: pathInLang("en/countries/georgia/", "ru") → "ru/countries/georgia/". */
export function pathInLang(path: string, lang: string): string {
  return path.replace(/^[^/]*\//, `${lang}/`);
}

/** A link target that leaves the site: absolute http(s) to another host. */
export function isExternal(href: string, siteOrigin: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}

/** Reads the base path from the environment the way astro.config.mjs does: "/", or "/mirror/atlas/". */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The language segment of a page path under the base: "/mirror/atlas/ru/countries/" → "ru". */
export function langOfPath(pathname: string, base: string): string | undefined {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return rest.split('/')[0] || undefined;
}

/** The address builds use when ATLAS_SITE is not set (astro.config.mjs): never printed as the site's address. */
export const PLACEHOLDER_SITE = 'https://exile-safety-atlas.example';

/** True for the placeholder (or a missing) site address: what a build without ATLAS_SITE gets. */
export function isPlaceholderSite(site: URL | string | undefined): boolean {
  if (!site) return true;
  try {
    return new URL(site).hostname.endsWith('.example');
  } catch {
    return true;
  }
}

/**
 * The address a printed page or copy may carry as text and QR code: the page's address on the
 * real site, or undefined when the build has only the placeholder (#15: a printed checklist or
 * card must never point at it). `path` includes the base path: "/ru/checklists/documents/".
 */
export function printedAddress(site: URL | string | undefined, path: string): string | undefined {
  return isPlaceholderSite(site) ? undefined : new URL(path, site).href;
}

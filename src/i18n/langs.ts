/**
 * The site's languages, the reference language first: the one list routes, content folders,
 * search indexes, workers, feeds, offline copies and maintainer commands follow. Each needs its
 * interface strings registered in src/i18n/index.ts (TypeScript refuses a language without them).
 * A module of its own, so that browser scripts can read the list without loading every string.
 */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export const REFERENCE_LANG: Lang = LANGS[0];
/**
 * The language that leads on the pages outside every language folder (the root language choice,
 * the not-found page): Russian, the language most readers read. The other languages follow it.
 */
export const ROOT_LANG: Lang = 'ru';

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

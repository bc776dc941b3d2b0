/** Content ids and getStaticPaths helpers: one page per language, or per entry of a collection. */
import { isLang, LANGS, type Lang } from '../i18n';

/** A content id "en/kyrgyzstan" → { lang: "en", slug: "kyrgyzstan" }; the folder must be a language of the site. */
/**
 * Each id split once per build: pages that list a language's entries split every id of the site,
 * thousands of times per page on a large one (issue #19). Frozen, since every caller shares it.
 */
const splitIds = new Map<string, Readonly<{ lang: Lang; slug: string }>>();

export function splitId(id: string): Readonly<{ lang: Lang; slug: string }> {
  let parts = splitIds.get(id);
  if (!parts) {
    const [lang, ...rest] = id.split('/');
    if (!isLang(lang) || rest.length === 0) {
      throw new Error(`content id "${id}" is not <language>/<slug>: put the file in a language folder (${LANGS.join(', ')})`);
    }
    parts = Object.freeze({ lang, slug: rest.join('/') });
    splitIds.set(id, parts);
  }
  return parts;
}

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export function entryPaths<T extends { id: string }>(entries: readonly T[]) {
  return entries.map((entry) => {
    const { lang, slug } = splitId(entry.id);
    return { params: { lang, slug }, props: { entry } };
  });
}

/** Content ids and getStaticPaths helpers: one page per language, or per entry of a collection. */
import { isLang, LANGS, type Lang } from '../i18n';

/** A content id "en/kyrgyzstan" → { lang: "en", slug: "kyrgyzstan" }; the folder must be a language of the site. */
export function splitId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!isLang(lang) || rest.length === 0) {
    throw new Error(`content id "${id}" is not <language>/<slug>: put the file in a language folder (${LANGS.join(', ')})`);
  }
  return { lang, slug: rest.join('/') };
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

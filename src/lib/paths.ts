/** getStaticPaths helpers: one page per language, or per entry of a collection. */
import { LANGS, type Lang } from '../i18n';

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export function entryPaths<T extends { id: string }>(entries: readonly T[]) {
  return entries.map((entry) => {
    const [lang, slug] = entry.id.split('/') as [Lang, string];
    return { params: { lang, slug }, props: { entry } };
  });
}

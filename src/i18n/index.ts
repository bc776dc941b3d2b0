import { en, type PluralForms, type UiStrings } from './en';
import { ru } from './ru';
import { isLang, LANGS, REFERENCE_LANG, type Lang } from './langs';

export { isLang, LANGS, REFERENCE_LANG, type Lang };

/** Each language's interface strings (the languages themselves are listed in ./langs.ts). */
const STRINGS: Record<Lang, UiStrings> = { en, ru };

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

/** Every language but this one, in the site's order. */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((other) => other !== lang);
}

/** The `[lang]` segment of a route, checked: a page is only ever built for a language of the site. */
export function langParam(value: string | undefined): Lang {
  if (!isLang(value)) throw new Error(`"${value}" is not a language of this site (${LANGS.join(', ')}): see src/i18n/index.ts`);
  return value;
}

export type { PluralForms };

/**
 * "12 sources" / "12 источников": the noun takes the form Intl.PluralRules picks for the
 * number in this language (the CLDR rules, so 11 and 111 take "many" in Russian, 21 "one").
 */
export function countOf(lang: Lang, n: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(lang).select(n);
  const form = category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined;
  return `${n.toLocaleString(lang)} ${form ?? forms.other}`;
}

/** "(in Spanish)" / «(на испанском)»: the language a source is written in, named in the page's language. */
export function inLanguage(lang: Lang, code: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  return ui(lang).inLanguage(name);
}

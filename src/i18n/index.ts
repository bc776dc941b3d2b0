import { en, type PluralForms, type UiStrings } from './en';
import { ru } from './ru';

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

const strings: Record<Lang, UiStrings> = { en, ru };

export function ui(lang: Lang): UiStrings {
  return strings[lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ru' : 'en';
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
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

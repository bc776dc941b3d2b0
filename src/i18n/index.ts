import { en, type UiStrings } from './en';
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

/**
 * "12 sources" / "12 источников": forms are [one, other] in English and [one, few, many] in
 * Russian (1 источник, 2 источника, 5 источников; 11–14 take "many").
 */
export function countOf(n: number, forms: readonly string[]): string {
  if (forms.length < 3) return `${n} ${n === 1 ? forms[0] : forms[1]}`;
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form = mod10 === 1 && mod100 !== 11 ? forms[0] : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? forms[1] : forms[2];
  return `${n} ${form}`;
}

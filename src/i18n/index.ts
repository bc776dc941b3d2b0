import { en, type PluralForms, type UiStrings } from './en';
import { ru } from './ru';
import { langOfPath } from '../lib/urls';
import { isLang, LANGS, REFERENCE_LANG, ROOT_LANG, type Lang } from './langs';

export { isLang, LANGS, REFERENCE_LANG, ROOT_LANG, type Lang };

/** Every language, ROOT_LANG first, then the others in the site's order: how the pages outside every language folder list them. */
export function rootFirst(): Lang[] {
  return [ROOT_LANG, ...otherLangs(ROOT_LANG)];
}

/** Each language's interface strings (the languages themselves are listed in ./langs.ts). */
const STRINGS: Record<Lang, UiStrings> = { en, ru };

export function ui(lang: Lang): UiStrings {
  return STRINGS[lang];
}

/** Every language but this one, in the site's order. */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((other) => other !== lang);
}

/**
 * The language of the page at this address (src/middleware.ts sets it once per page): its first
 * segment under the base path, or ROOT_LANG for the pages outside every language folder.
 */
export function langOfPage(pathname: string, base: string): Lang {
  const segment = langOfPath(pathname, base);
  return isLang(segment) ? segment : ROOT_LANG;
}

export type { PluralForms };

// One Intl.PluralRules and Intl.NumberFormat per language for the build: creating them on every
// call cost about 0.6 s of a 1,000-document build (issue #19).
const NUMBER_RULES = new Map<Lang, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();
function numberRules(lang: Lang) {
  let rules = NUMBER_RULES.get(lang);
  if (!rules) NUMBER_RULES.set(lang, (rules = { plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang) }));
  return rules;
}

/**
 * "12 sources" / "12 источников": the noun takes the form Intl.PluralRules picks for the
 * number in this language (the CLDR rules, so 11 and 111 take "many" in Russian, 21 "one").
 */
export function countOf(lang: Lang, n: number, forms: PluralForms): string {
  const { plural, number } = numberRules(lang);
  const category = plural.select(n);
  const form = category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined;
  return `${number.format(n)} ${form ?? forms.other}`;
}

/**
 * Compares two texts in the order readers of `locale` expect (the same order as
 * `a.localeCompare(b, locale)`). One Intl.Collator per locale for the build: `localeCompare` with a
 * locale builds one on every comparison, which made sorting a thousand titles take a third of a
 * second (issue #19).
 */
export function textOrder(locale: string): (a: string, b: string) => number {
  let collator = COLLATORS.get(locale);
  if (!collator) COLLATORS.set(locale, (collator = new Intl.Collator(locale)));
  return collator.compare;
}
const COLLATORS = new Map<string, Intl.Collator>();

/** The name of the language `code` in `locale` ("Spanish", «испанский»), or the code where Intl has no name for it. */
export function languageName(locale: string, code: string): string {
  let names = LANGUAGE_NAMES.get(locale);
  if (!names) LANGUAGE_NAMES.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  return names.of(code) ?? code;
}
const LANGUAGE_NAMES = new Map<string, Intl.DisplayNames>();

/** "(in Spanish)" / «(на испанском)»: the language a source is written in, named in the page's language. */
export function inLanguage(lang: Lang, code: string): string {
  return ui(lang).inLanguage(languageName(lang, code));
}

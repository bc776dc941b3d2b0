/**
 * How a source entry reads in a list: "Publisher. Title. Date. (copy)". Kept free of Astro
 * imports so the joining rules are unit-tested; SourceList.astro and the single-file checklist
 * both use them.
 */
import { formatPartialDate } from './dates';

/** The publication date as printed: the localised "n.d." label when the publisher gives none. */
export function sourceDateText(date: string, locale: string, undated: string): string {
  return date === 'n.d.' ? undated : formatPartialDate(date, locale);
}

/**
 * One part of a source line as a sentence of its own: a capital first letter (a Russian month
 * comes after a full stop: «…в Кыргызстане. Июнь 2023.») and exactly one closing full stop, so an
 * abbreviation that already ends in one ("n.d.", «б. д.») does not print "n.d..".
 */
export function asSentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const capital = t.charAt(0).toLocaleUpperCase() + t.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A text written once for every language, or once per language ({ en: …, ru: … }). */
export type PerLang = string | Readonly<Record<string, string>>;

/** A registry entry (content/sources/<id>.yaml) as the schema gives it. */
export interface SourceEntry {
  publisher: PerLang;
  title?: string | undefined;
  described?: true | undefined;
  description?: Readonly<Record<string, string>> | undefined;
  date: string;
  url: string;
  archived?: string | undefined;
  mirror?: string | undefined;
  via?: PerLang | undefined;
  lang: string;
}

/** A source as one language's page shows it: every text in that language, ready to print. */
export interface Source {
  id: string;
  publisher: string;
  /** The publisher's headline, or our description followed by the note that it is one. */
  title: string;
  date: string;
  url: string;
  archived?: string | undefined;
  mirror?: string | undefined;
  via?: string | undefined;
  /** The language of the piece, only when it is not the page's. */
  lang?: string | undefined;
}

/** The text for `lang` of a value written once or per language. */
export function inLang(value: PerLang, lang: string): string;
export function inLang(value: PerLang | undefined, lang: string): string | undefined;
export function inLang(value: PerLang | undefined, lang: string): string | undefined {
  return value === undefined || typeof value === 'string' ? value : value[lang];
}

/**
 * A registry entry as a page in `lang` shows it. `describedNote` is the page language's one wording
 * of "(description; the headline is not in the copies we read)" (src/i18n), so every list, the
 * single-file copy and the open data say it the same way.
 */
export function sourceView(id: string, s: SourceEntry, lang: string, describedNote: string): Source {
  const title = s.described ? `${inLang(s.description, lang) ?? ''} (${describedNote})` : (s.title ?? '');
  return {
    id,
    publisher: inLang(s.publisher, lang),
    title,
    date: s.date,
    url: s.url,
    archived: s.archived,
    mirror: s.mirror,
    via: inLang(s.via, lang),
    lang: s.lang === lang ? undefined : s.lang,
  };
}

/** The wordings that mark our own description of a piece; a title must not carry them (use `described`). */
const DESCRIPTION_MARKERS = [/\(description;/i, /\(описание;/i];

/** A registry entry has a headline, or is marked as described with a description; never both, never neither. */
export function titleProblems(s: { title?: string | undefined; described?: true | undefined; description?: unknown }): { field: string; message: string }[] {
  if (s.described) {
    const problems = [];
    if (s.title !== undefined)
      problems.push({ field: 'title', message: 'a described source has no headline: remove `title`, or remove `described` if you found the headline' });
    if (s.description === undefined)
      problems.push({ field: 'description', message: 'is missing: say in every language what the piece is, since its headline is not known' });
    return problems;
  }
  if (s.description !== undefined)
    return [{ field: 'described', message: 'is missing: a `description` is shown only with `described: true` (when the headline is not known)' }];
  if (s.title === undefined)
    return [
      { field: 'title', message: "is missing: write the publisher's headline, or, if you have none, `described: true` and a `description` in every language" },
    ];
  if (DESCRIPTION_MARKERS.some((re) => re.test(s.title!)))
    return [
      { field: 'title', message: 'holds a description note: write `described: true` and the text as `description` in every language; the site adds the note' },
    ];
  return [];
}

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

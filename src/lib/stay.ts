/**
 * The stay counter of the document planner: how many days of a "N days in any M" rule a reader has
 * used, from the entry and exit dates they type in. Run in the browser; nothing is stored or sent.
 * Every M-day window is counted (the strictest reading: a rule counted from the first entry never
 * allows more), and the day of entry and the day of exit both count as days in the country.
 */
import { addDays, daysBetween } from './dates';
import { parseDay } from './planner';
import { countOf, type PluralForms } from '../i18n';
import type { Lang } from '../i18n/langs';

/** A country's rule: at most `days` days in any `window` consecutive days (src/lib/policy.ts). */
export interface StayRule {
  days: number;
  window: number;
}

/**
 * The values a stay rule's strings take (`planner.stayRule`, `stayUsed`, `stayRuleLine`): the
 * counts with their noun in the form the number needs ("21 день", "из 21 дня"), the window also bare.
 */
export function stayRuleWords(lang: Lang, forms: { days: PluralForms; ofDays: PluralForms }, rule: StayRule) {
  return {
    days: countOf(lang, rule.days, forms.days),
    ofDays: countOf(lang, rule.days, forms.ofDays),
    window: rule.window,
    windowDays: countOf(lang, rule.window, forms.days),
  };
}

/** One stay as typed: YYYY-MM-DD dates; an empty exit means "still there". */
export interface TripInput {
  entry: string;
  exit: string;
}

export type StayResult =
  | {
      ok: true;
      /** Days in the country in the window that ends today. */
      used: number;
      /** Days of the rule left today (0 when over). */
      left: number;
      /** More days used than the rule allows. */
      over: boolean;
      /** In the country today (a stay without exit, or with an exit today or later). */
      inCountry: boolean;
      /** Staying from today on (or entering today), the last day the rule allows; undefined when over. */
      lastDay?: Date | undefined;
    }
  | { ok: false; error: 'exit-before-entry' | 'entry-in-future'; trip: number };

/** Counts the days; trips with no entry date are ignored, so half-filled rows do no harm. */
export function countStay(trips: readonly TripInput[], rule: StayRule, today: Date): StayResult {
  // Days in the country, as day offsets from today (0 = today, -1 = yesterday).
  const present = new Set<number>();
  let inCountry = false;
  for (const [i, trip] of trips.entries()) {
    const entry = parseDay(trip.entry);
    if (!entry) continue;
    const exit = parseDay(trip.exit);
    if (entry > today) return { ok: false, error: 'entry-in-future', trip: i };
    if (exit && exit < entry) return { ok: false, error: 'exit-before-entry', trip: i };
    if (!exit || exit >= today) inCountry = true;
    const last = !exit || exit > today ? today : exit;
    for (let d = daysBetween(today, entry); d <= daysBetween(today, last); d++) present.add(d);
  }
  // Days counted in the window that ends `end` days after today, staying on from today.
  const countEnding = (end: number) => {
    let n = 0;
    for (let d = end - rule.window + 1; d <= end; d++) if (present.has(d) || (d >= 0 && d <= end)) n++;
    return n;
  };
  let used = 0;
  for (let d = 1 - rule.window; d <= 0; d++) if (present.has(d)) used++;
  const over = used > rule.days;
  let lastDay: Date | undefined;
  // Old days leave the window as fast as new ones enter it, so the count never falls: stop at the
  // first day it would pass the limit.
  for (let end = 0; !over && end < rule.window && countEnding(end) <= rule.days; end++) lastDay = addDays(today, end);
  return { ok: true, used, left: Math.max(0, rule.days - used), over, inCountry, lastDay };
}

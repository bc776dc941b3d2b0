/**
 * Dates in this project are often known only to the month or year (a report says "June 2023").
 * A PartialDate keeps exactly the precision the source gives, so a page never shows a day
 * nobody reported.
 */
export type PartialDate = string; // "YYYY", "YYYY-MM" or "YYYY-MM-DD"

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Returns the normalised partial date, or an error message naming the accepted forms. */
export function parsePartialDate(input: unknown): { ok: true; value: PartialDate } | { ok: false; error: string } {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, error: 'is not a real date' };
    return { ok: true, value: input.toISOString().slice(0, 10) };
  }
  if (typeof input !== 'string') return { ok: false, error: 'must be a date such as 2023-06-02, 2023-06 or 2023' };
  const m = PARTIAL_DATE.exec(input.trim());
  if (!m) return { ok: false, error: `"${input}" is not a date: write 2023-06-02, 2023-06 or 2023` };
  const [, y = '', mo, d] = m;
  if (mo && (+mo < 1 || +mo > 12)) return { ok: false, error: `"${input}" has no month ${mo}` };
  if (mo && d) {
    const date = new Date(Date.UTC(+y, +mo - 1, +d));
    if (date.getUTCMonth() !== +mo - 1) return { ok: false, error: `"${input}" is not a real day` };
  }
  return { ok: true, value: input.trim() };
}

/** Sort key: a partial date sorts as the first day of its period. */
export function partialDateKey(date: PartialDate): string {
  return (date + '-01-01').slice(0, 10);
}

/** Oldest first, comparing partial dates at their first day. */
export function byPartialDate<T extends { date: PartialDate }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => partialDateKey(a.date).localeCompare(partialDateKey(b.date)));
}

/**
 * The most recent of some partial dates, as written. A period counts from its last day, so a
 * bare "2026" is not ranked older than "2026-03-10": it may be later, and saying "2026" is true.
 */
export function newestPartialDate(dates: readonly PartialDate[]): PartialDate | undefined {
  const end = (d: PartialDate) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  let newest: PartialDate | undefined;
  for (const d of dates) if (newest === undefined || end(d) > end(newest)) newest = d;
  return newest;
}

/**
 * One formatter per locale and precision for the whole build: creating an Intl.DateTimeFormat
 * costs far more than formatting with one, and a large site formats dates on every page.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' ? { month: 'long' } : {}),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    };
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Human form in a language's locale (`ui(lang).locale`, e.g. "ru-RU"), at the precision the date has:
 * "2 июня 2023", "июнь 2023", "2023". Intl picks the grammatical forms (genitive after a day,
 * nominative alone); the year suffix some locales add («2023 г.») is left out, as the site writes years bare.
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number?, number?];
  const parts = dateFormat(locale, mo ? (d ? 'day' : 'month') : 'year').formatToParts(new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1)));
  const lastValue = parts.findLastIndex((p) => p.type !== 'literal');
  return parts
    .slice(0, lastValue + 1)
    .map((p) => p.value)
    .join('');
}

/** A full calendar date as YYYY-MM-DD in UTC (content dates carry no time zone). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both taken as UTC calendar days. */
export function daysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const b = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((b - a) / 86_400_000);
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** The calendar day `days` after `date` (before, when negative), as a UTC midnight. */
export function addDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

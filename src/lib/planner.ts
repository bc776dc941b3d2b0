/**
 * The document planner's rules, run in the reader's browser on dates they type in.
 * Nothing here is stored or sent. Dates are calendar days: "today" is the reader's local date,
 * and every comparison happens on UTC midnights so that time zones cannot shift a day.
 */
import type { UiStrings } from '../i18n/en';
import type { Lang } from '../i18n/langs';
import { addMonths, daysBetween } from './dates';
import { PLANNER_LEAD_MONTHS, PLANNER_SOON_DAYS } from './policy';

export const DOCUMENT_KINDS = ['passport', 'residence', 'visa'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Status = 'expired' | 'urgent' | 'soon' | 'ok';

/** Months before expiry to start renewing (src/lib/policy.ts). */
export const LEAD_MONTHS: Record<DocumentKind, number> = PLANNER_LEAD_MONTHS;

export interface DocumentInput {
  kind: DocumentKind;
  /** YYYY-MM-DD as typed into a date field. */
  expires: string;
}

export interface DocumentPlan {
  kind: DocumentKind;
  expires: Date;
  status: Status;
  /** Days until expiry; negative once expired. */
  daysLeft: number;
  /** When to start acting at the latest. */
  startBy: Date;
  /** Renewing this document means going to a Russian consulate. */
  needsConsulate: boolean;
}

export interface Plan {
  documents: DocumentPlan[];
  /** The passport runs out before the residence permit needs renewing: a consular visit comes first. */
  passportBlocksResidence: boolean;
}

/** Parses YYYY-MM-DD into a UTC midnight; undefined for anything that is not a real calendar day. */
export function parseDay(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/** The reader's local calendar day as a UTC midnight (a reader in Almaty at 01:00 is already on the next day). */
export function localToday(now: Date): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

export function planDocument(input: DocumentInput, today: Date): DocumentPlan | undefined {
  const expires = parseDay(input.expires);
  if (!expires) return undefined;
  const daysLeft = daysBetween(today, expires);
  const startBy = addMonths(expires, -LEAD_MONTHS[input.kind]);
  const status: Status = daysLeft < 0 ? 'expired' : today >= startBy ? 'urgent' : daysBetween(today, startBy) <= PLANNER_SOON_DAYS ? 'soon' : 'ok';
  return { kind: input.kind, expires, status, daysLeft, startBy, needsConsulate: input.kind === 'passport' };
}

export function plan(inputs: readonly DocumentInput[], today: Date): Plan {
  // Most urgent first: the earliest day to start acting, then the earliest expiry.
  const documents = inputs
    .map((i) => planDocument(i, today))
    .filter((d): d is DocumentPlan => Boolean(d))
    .sort((a, b) => a.startBy.getTime() - b.startBy.getTime() || a.expires.getTime() - b.expires.getTime());
  const passport = documents.find((d) => d.kind === 'passport');
  const residence = documents.find((d) => d.kind === 'residence');
  // Residence permits are renewed on a valid passport, often one valid for months beyond the permit.
  const passportBlocksResidence = Boolean(passport && residence && passport.expires < addMonths(residence.expires, LEAD_MONTHS.passport));
  return { documents, passportBlocksResidence };
}

/** The planner page's strings as the browser script reads them from `data-strings` (tools/documents.astro). */
export type PlannerStrings = UiStrings['planner'] & { lang: Lang; locale: string; countryBase: string };

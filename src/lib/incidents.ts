/**
 * Incident records: the dated events behind every country timeline, kept once in
 * content/incidents/<country>.yaml (both languages inside) and published as open data.
 *
 * The vocabularies below are the one place each classification is defined: the content schema,
 * the published JSON Schema and the data page's field list are all built from them. Each value has
 * a label and a definition in src/i18n (`openData`). A record says "unknown" wherever its
 * text and cited sources do not state a value: the data never guesses.
 */
import type { PartialDate } from './dates';

/** What happened. */
export const INCIDENT_KINDS = [
  'extradition-request',
  'extradition',
  'deportation',
  'rendition',
  'entry-refusal',
  'detention',
  'residence-revoked',
  'passport-seizure',
  'asylum-decision',
  'prosecution',
  'document-check',
  'surveillance',
  'pressure-on-organisations',
  'law-or-policy',
  'report',
] as const;

/** Who was targeted or affected; a record may name several groups. */
export const INCIDENT_GROUPS = [
  'anti-war',
  'political-activist',
  'journalist',
  'human-rights-defender',
  'ngo',
  'protester',
  'deserter',
  'draft-evader',
  'criminal-suspect',
  'russians',
  'foreigners',
  'general-public',
  'other',
  'unknown',
] as const;

/** The legal ground the record states for what happened; several may apply. */
export const INCIDENT_BASES = [
  'interstate-list',
  'interpol',
  'wanted-list',
  'minsk-convention',
  'chisinau-convention',
  'bilateral-treaty',
  'national-law',
  'no-legal-procedure',
  'not-applicable',
  'unknown',
] as const;

/** How it ended, as far as the record and its sources report. */
export const INCIDENT_OUTCOMES = [
  'released',
  'released-with-restrictions',
  'in-custody',
  'extradition-approved',
  'extradition-refused',
  'extradition-suspended',
  'extradited',
  'deported',
  'handed-to-russia',
  'ordered-to-leave',
  'entry-refused',
  'permit-refused',
  'decision-reversed',
  'asylum-seeker-status',
  'asylum-refused',
  'sentenced',
  'left-the-country',
  'closed-or-banned',
  'not-applicable',
  'unknown',
] as const;

/** Where it happened when the record is not about one place: a national law or roll-out, or not stated. */
export const PLACE_VALUES = ['nationwide', 'unknown'] as const;

export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type IncidentGroup = (typeof INCIDENT_GROUPS)[number];
export type IncidentBasis = (typeof INCIDENT_BASES)[number];
export type IncidentOutcome = (typeof INCIDENT_OUTCOMES)[number];

/** A text in each of the site's languages. */
export type Texts = Record<string, string>;

/** One record as written in content/incidents/<country>.yaml, after the schema. */
export interface Incident {
  id: string;
  date: PartialDate;
  place: Texts | (typeof PLACE_VALUES)[number];
  kind: IncidentKind;
  groups: IncidentGroup[];
  basis: IncidentBasis[];
  outcome: IncidentOutcome;
  text: Texts;
  sources: string[];
}

/** "day", "month" or "year": how much of the date the sources give. */
export function datePrecision(date: PartialDate): 'day' | 'month' | 'year' {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** The record as a timeline shows it in one language. */
export function timelineEvent(incident: Incident, lang: string): { id: string; date: PartialDate; text: string; sources: string[] } {
  return { id: incident.id, date: incident.date, text: incident.text[lang] ?? '', sources: incident.sources };
}

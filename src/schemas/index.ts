/**
 * The types of validated content, inferred from the schemas in src/content.config.ts (Astro turns
 * each collection's schema into `CollectionEntry<…>['data']`). Code that needs a content type
 * imports it from here, so a field changed in the schema changes every user of it.
 */
import type { CollectionEntry } from 'astro:content';

export type CountryData = CollectionEntry<'countries'>['data'];
export type ThreatData = CollectionEntry<'threats'>['data'];
export type ChecklistData = CollectionEntry<'checklists'>['data'];
export type UpdateData = CollectionEntry<'updates'>['data'];
export type PageData = CollectionEntry<'pages'>['data'];
export type HelpData = CollectionEntry<'help'>['data'];
export type EmergencyData = CollectionEntry<'emergency'>['data'];
export type IncidentsData = CollectionEntry<'incidents'>['data'];

/** A source as a page shows it, in the page's language (resolved from content/sources/ by src/data/site.ts). */
export type { Source } from '../lib/sources';
export type SourceData = CollectionEntry<'sources'>['data'];
export type Rating = CountryData['ratings'][number];
export type ChecklistItem = ChecklistData['items'][number];
export type ThreatCase = ThreatData['cases'][number];
/** One step of advice: a country's first step or a step under one of its situations. */
export type Step = CountryData['situations'][number]['steps'][number];

/** Front matter whose fields may be missing: each field optional, the values inside as the schema gives them. */
export type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/**
 * Front matter of any page collection as the cross-file rules read it (src/lib/integrity.ts): the
 * fields of all of them, each optional, so the rules also run on the plain objects their tests build.
 */
export type EntryData = Loose<CountryData> & Loose<ThreatData> & Loose<ChecklistData> & Loose<UpdateData> & Loose<PageData>;

/**
 * The one place pages get content from. Loading it runs the cross-file integrity rules,
 * so any page build fails with a maintainer-readable message when content is inconsistent.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { formatProblems, type PublishedIds } from '../lib/integrity';
import { contentProblems } from '../lib/content-check';
import { REGION } from '../lib/help';
import { compareRisk } from '../lib/risk';
import { splitId } from '../lib/paths';
import { byPartialDate } from '../lib/dates';
import type { Incident } from '../lib/incidents';
import { dataRecords, type DataRecord } from '../lib/open-data';

// Pages load their entries from here and name them by id: one import for both.
export { splitId };
import { REFERENCE_LANG, textOrder, ui, type Lang } from '../i18n';
import { sourceView, type Source, type SourceEntry } from '../lib/sources';
import { readFileSync } from 'node:fs';
import { CONTENT_DIR } from '../lib/content-dir';

/** A page as pages see it: its `sources` ids replaced by the sources themselves, in the page's language. */
type WithSources<E extends { data: { sources: string[] } }> = Omit<E, 'data'> & { data: Omit<E['data'], 'sources'> & { sources: Source[] } };
export type Country = WithSources<CollectionEntry<'countries'>>;
export type Threat = WithSources<CollectionEntry<'threats'>>;
export type Checklist = WithSources<CollectionEntry<'checklists'>>;
export type Update = WithSources<CollectionEntry<'updates'>>;
export type Page = WithSources<CollectionEntry<'pages'>>;
type HelpEntry = CollectionEntry<'help'>;
/** A help organisation as pages see it: its `about` ids replaced by the sources, in the page's language. */
export type HelpOrg = Omit<HelpEntry, 'data'> & { data: Omit<HelpEntry['data'], 'about'> & { about: Source[] } };
export type Emergency = CollectionEntry<'emergency'>;
export type IncidentFile = CollectionEntry<'incidents'>;
export type AnyEntry = Country | Threat | Checklist | Update | Page;

/** Renders a page's body: Astro's render() takes the entry as loaded, and ours differs from it only in `data.sources`. */
export const renderEntry = (entry: AnyEntry) => render(entry as unknown as CollectionEntry<'countries'>);

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
}

interface SiteData {
  countries: Country[];
  threats: Threat[];
  checklists: Checklist[];
  updates: Update[];
  pages: Page[];
}

let loading: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const raw = {
    countries: await getCollection('countries'),
    threats: await getCollection('threats'),
    checklists: await getCollection('checklists'),
    updates: await getCollection('updates'),
    pages: await getCollection('pages'),
  };
  const problems = contentProblems(
    raw,
    {
      incidents: await getCollection('incidents'),
      help: await getCollection('help'),
      emergency: await getCollection('emergency'),
      sources: await getCollection('sources'),
    },
    { items: readPublishedIds(PUBLISHED_IDS_FILE), incidents: readPublishedIds(PUBLISHED_INCIDENTS_FILE) },
  );
  if (problems.length) {
    // Printed in full before throwing: Astro decorates thrown messages that happen to contain the
    // word "document" (a slug here) with a misleading hint about browser APIs.
    console.error(`\n${formatProblems(problems)}\n`);
    const error = new ContentIntegrityError(`${problems.length} content problem(s), listed above with the file, the field and the fix.`);
    Object.assign(error, { hint: 'CONTRIBUTING.md explains every field and rule.' });
    throw error;
  }
  // Every page gets its sources from the registry, in its own language (the integrity rules have
  // checked that each id exists).
  const withSources = <E extends { id: string; data: { sources: string[] } }>(e: E) => ({
    ...e,
    data: { ...e.data, sources: resolveSources(splitId(e.id).lang as Lang, e.data.sources) },
  });
  await loadRegistry();
  return {
    countries: raw.countries.map(withSources),
    threats: raw.threats.map(withSources),
    checklists: raw.checklists.map(withSources),
    updates: raw.updates.map(withSources),
    pages: raw.pages.map(withSources),
  } as unknown as SiteData;
}

let registry: Map<string, SourceEntry> | undefined;
async function loadRegistry(): Promise<Map<string, SourceEntry>> {
  registry ??= new Map((await getCollection('sources')).map((e) => [e.id, e.data as SourceEntry]));
  return registry;
}
/** Needs the registry loaded (loadRegistry). */
function resolveSources(lang: Lang, ids: readonly string[]): Source[] {
  const note = ui(lang).describedSource;
  return ids.map((id) => sourceView(id, registry!.get(id)!, lang, note));
}

const PUBLISHED_IDS_FILE = `${CONTENT_DIR}/checklists/published-ids.json`;
const PUBLISHED_INCIDENTS_FILE = `${CONTENT_DIR}/incidents/published-ids.json`;

function readPublishedIds(file: string): PublishedIds {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PublishedIds;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ContentIntegrityError(`${file} is not valid JSON (${(error as Error).message}). Run \`npm run content:ids\` to rewrite it.`);
  }
}

export function site(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

/**
 * Sorted per-language lists, computed once per build: every page asks for some of them, and
 * recomputing them per page made a large site's build grow with the square of its size.
 */
const sortedLists = new Map<string, Promise<AnyEntry[]>>();
function listOf<K extends keyof SiteData>(kind: K, lang: Lang, order?: (a: SiteData[K][number], b: SiteData[K][number]) => number): Promise<SiteData[K]> {
  const key = `${kind}/${lang}`;
  if (!sortedLists.has(key)) {
    sortedLists.set(
      key,
      site().then((data) => {
        const list = (data[kind] as AnyEntry[]).filter((e) => e.id.startsWith(`${lang}/`)) as SiteData[K];
        return order ? [...list].sort(order as (a: AnyEntry, b: AnyEntry) => number) : list;
      }),
    );
  }
  // A copy, so that a page sorting or filtering its list cannot change another page's.
  return sortedLists.get(key)!.then((list) => [...list] as SiteData[K]);
}

export const countries = (lang: Lang): Promise<Country[]> =>
  listOf('countries', lang, (a, b) => compareRisk(a.data.risk.level, b.data.risk.level) || textOrder(lang)(a.data.title, b.data.title));
export const threats = (lang: Lang): Promise<Threat[]> => listOf('threats', lang, (a, b) => a.data.order - b.data.order);
export const checklists = (lang: Lang): Promise<Checklist[]> => listOf('checklists', lang, (a, b) => a.data.order - b.data.order);
export const updates = (lang: Lang): Promise<Update[]> => listOf('updates', lang, (a, b) => b.data.date.getTime() - a.data.date.getTime());
export const pages = (lang: Lang): Promise<Page[]> => listOf('pages', lang);

const byId = new Map<string, AnyEntry>();
export async function findEntry<K extends keyof SiteData>(kind: K, lang: Lang, slug: string): Promise<SiteData[K][number] | undefined> {
  const data = await site();
  if (byId.size === 0) for (const k of Object.keys(data) as (keyof SiteData)[]) for (const e of data[k]) byId.set(`${k}/${e.id}`, e);
  return byId.get(`${kind}/${lang}/${slug}`) as SiteData[K][number] | undefined;
}

/**
 * The help directory for a country: its own organisations first, then those serving the whole
 * region; alphabetical within each group in the reader's language. Without a country: everything.
 */
let helpEntries: Promise<HelpEntry[]> | undefined;
export async function helpFor(lang: Lang, country?: string): Promise<HelpOrg[]> {
  await site(); // runs the integrity rules first (every `about` id has its registry file)
  await loadRegistry();
  helpEntries ??= getCollection('help');
  const all = (await helpEntries).map((h) => ({ ...h, data: { ...h.data, about: resolveSources(lang, h.data.about) } }));
  const local = (h: HelpOrg) => (country ? h.data.countries.includes(country) : !h.data.countries.includes(REGION));
  const byName = (a: HelpOrg, b: HelpOrg) => textOrder(lang)(a.data.name[lang], b.data.name[lang]);
  const own = all.filter(local).sort(byName);
  const region = all.filter((h) => !local(h) && h.data.countries.includes(REGION)).sort(byName);
  return [...own, ...region];
}

/** A documented case at a crossing as pages show it: its date, its text in every language, its sources. */
export type CrossingCase = { date: string; sources: string[] } & Record<Lang, string>;
type EmergencyData = Emergency['data'];
export type EmergencySteps = Omit<EmergencyData, 'crossings' | 'sources'> & {
  crossings: (Omit<EmergencyData['crossings'][number], 'cases'> & { cases: CrossingCase[] })[];
  /** The file's sources from the registry, in the language asked for. */
  sources: Source[];
};

type EmergencyEntry = Omit<Emergency, 'data'> & { data: EmergencySteps };
type ResolvedEmergency = Omit<Emergency, 'data'> & { data: Omit<EmergencySteps, 'sources'> & { sources: string[] } };

/**
 * A country's emergency steps (content/emergency/<country>.yaml), if it has any yet, with each case
 * at a crossing that points to an incident record replaced by the record's date, text and sources.
 */
export async function emergencyFor(country: string, lang: Lang = REFERENCE_LANG): Promise<EmergencyEntry | undefined> {
  const entry = (await allEmergencies()).get(country);
  return entry && { ...entry, data: { ...entry.data, sources: resolveSources(lang, entry.data.sources) } };
}

// Resolved once for the build: every pocket card and help page asks (issue #19). Sources stay ids
// here; emergencyFor gives them in the language asked for.
let emergencyFiles: Promise<Map<string, ResolvedEmergency>> | undefined;
async function allEmergencies(): Promise<Map<string, ResolvedEmergency>> {
  emergencyFiles ??= (async () => {
    await site(); // runs the integrity rules first (an unknown incident id never gets here)
    await loadRegistry();
    const records = await incidentById();
    const resolve = (entry: Emergency): ResolvedEmergency => {
      const crossings = entry.data.crossings.map((c) => ({
        ...c,
        cases: c.cases.map((x): CrossingCase => {
          if (x.incident === undefined) return x as CrossingCase;
          const { incident } = records.get(x.incident)!;
          return { date: incident.date, sources: incident.sources, ...(incident.text as Record<Lang, string>) };
        }),
      }));
      return { ...entry, data: { ...entry.data, crossings } };
    };
    return new Map((await getCollection('emergency')).map((entry) => [entry.id, resolve(entry)]));
  })();
  return emergencyFiles;
}

/**
 * Incident records per country (content/incidents/<country>.yaml), oldest first; the country
 * timelines and the open data are built from them.
 */
export async function incidentsFor(country: string): Promise<Incident[]> {
  return (await allIncidents()).get(country) ?? [];
}

let incidentFiles: Promise<Map<string, Incident[]>> | undefined;
export async function allIncidents(): Promise<Map<string, Incident[]>> {
  await site(); // runs the integrity rules first
  incidentFiles ??= getCollection('incidents').then((files) => new Map(files.map((f) => [f.id, byPartialDate(f.data.incidents as Incident[])])));
  return incidentFiles;
}

/** The records as published in /data/ (src/lib/open-data.ts), sources taken from the reference language's country pages. */
export async function publishedRecords(): Promise<DataRecord[]> {
  const { countries } = await site();
  const sources = new Map(countries.filter((c) => splitId(c.id).lang === REFERENCE_LANG).map((c) => [splitId(c.id).slug, c.data.sources]));
  return dataRecords(await allIncidents(), (country) => sources.get(country) ?? [], import.meta.env.BASE_URL);
}

/** Every incident record by its id, with the country whose file holds it (for threat pages' cases). */
export async function incidentById(): Promise<Map<string, { country: string; incident: Incident }>> {
  const all = await allIncidents();
  return new Map([...all].flatMap(([country, list]) => list.map((incident) => [incident.id, { country, incident }] as const)));
}

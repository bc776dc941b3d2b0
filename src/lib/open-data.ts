/**
 * The incident records as open data (issue #18): one JSON document and one CSV table for all
 * countries and for each, a JSON Schema that describes the JSON, and a licence statement. The
 * build writes them under /data/ (src/pages/data/) and the offline zips carry them. Pure
 * functions, so the tests read the same output a researcher downloads.
 */
import { LANGS, REFERENCE_LANG } from '../i18n/langs';
import { datePrecision, INCIDENT_BASES, INCIDENT_GROUPS, INCIDENT_KINDS, INCIDENT_OUTCOMES, PLACE_VALUES, type Incident } from './incidents';
import { joinBase, pagePath } from './urls';

/** Where the files are published, below the site's base path. */
export const DATA_DIR = 'data';
export const DATA_FILES = {
  json: 'incidents.json',
  csv: 'incidents.csv',
  schema: 'incidents.schema.json',
  licence: 'LICENCE.txt',
} as const;
/** One country's records: data/incidents/<country>.json and .csv */
export const countryDataFile = (country: string, ext: 'json' | 'csv') => `incidents/${country}.${ext}`;

/**
 * The licence of the data. No licence is stated anywhere in the project yet (README, about page),
 * so none is claimed here: the files say so, and the about page's terms (link to the site; ask
 * before copying) apply. When the maintainers choose one (e.g. CC BY 4.0), set it here: the JSON,
 * the licence file and the data page all follow.
 */
export interface DataLicence {
  id: string;
  name: string;
  url: string;
}
export const DATA_LICENCE = null as DataLicence | null;

/** The licence file's text, for the chosen licence or for none. */
export const licenceText = (licence: DataLicence | null = DATA_LICENCE): string =>
  licence
    ? `Exile Safety Atlas: incident records\n\nLicence: ${licence.name} (${licence.id})\n${licence.url}\n\nCredit "Exile Safety Atlas" and link to the record's page (the page_* field of each record).\nEach record's sources belong to their publishers: cite them as the record does.\n`
    : `Exile Safety Atlas: incident records\n\nLicence: none chosen yet.\nThe maintainers have not yet published a licence for this data. Until they do, you are welcome\nto link to the records (each has a permanent page_* address); ask the maintainers before\nrepublishing the data or its texts.\nEach record's sources belong to their publishers: cite them as the record does.\n`;

/** A source as the data gives it: who published what, when, where. */
export interface DataSource {
  id: string;
  publisher: string;
  title: string;
  date: string;
  url: string;
}

/** One published record. Texts and places come once per language, as text_<lang> and place_<lang>. */
export type DataRecord = {
  id: string;
  country: string;
  date: string;
  date_precision: 'day' | 'month' | 'year';
  kind: string;
  groups: string[];
  basis: string[];
  outcome: string;
  sources: DataSource[];
} & Record<`place_${string}` | `text_${string}` | `page_${string}`, string>;

export interface DataDocument {
  title: string;
  description: string;
  licence: DataLicence | null;
  licence_note: string;
  schema: string;
  country?: string;
  count: number;
  records: DataRecord[];
}

/** Source lists per country, from the reference language's country page (the publishers' own titles). */
export type SourcesOf = (country: string) => readonly { id: string; publisher: string; title: string; date: string | Date; url: string }[];

export function dataRecord(country: string, incident: Incident, sourcesOf: SourcesOf, base: string): DataRecord {
  const listed = new Map(sourcesOf(country).map((s) => [s.id, s]));
  const perLang = (prefix: string, value: (lang: string) => string) => Object.fromEntries(LANGS.map((lang) => [`${prefix}_${lang}`, value(lang)]));
  // Keys in the order of the CSV columns, so that both files read the same way.
  return {
    id: incident.id,
    country,
    date: incident.date,
    date_precision: datePrecision(incident.date),
    ...perLang('place', (lang) => (typeof incident.place === 'string' ? incident.place : (incident.place[lang] ?? ''))),
    kind: incident.kind,
    groups: [...incident.groups],
    basis: [...incident.basis],
    outcome: incident.outcome,
    ...perLang('text', (lang) => incident.text[lang] ?? ''),
    sources: incident.sources.map((id) => {
      const s = listed.get(id);
      // The integrity rules have checked that every cited source is listed; this guards the type.
      if (!s) throw new Error(`incident ${incident.id} cites source "${id}", which content/countries/${REFERENCE_LANG}/${country}.mdx does not list`);
      return { id, publisher: s.publisher, title: s.title, date: s.date instanceof Date ? s.date.toISOString().slice(0, 10) : s.date, url: s.url };
    }),
    ...perLang('page', (lang) => joinBase(base, pagePath(lang, 'countries', country, 'sources')) + `#${incident.id}`),
  } as DataRecord;
}

/** All records, by country name order of their slugs, each country's oldest first. */
export function dataRecords(byCountry: ReadonlyMap<string, readonly Incident[]>, sourcesOf: SourcesOf, base: string): DataRecord[] {
  return [...byCountry.keys()].sort().flatMap((country) => byCountry.get(country)!.map((i) => dataRecord(country, i, sourcesOf, base)));
}

export function dataDocument(records: DataRecord[], country?: string): DataDocument {
  return {
    title: country ? `Exile Safety Atlas: incidents, ${country}` : 'Exile Safety Atlas: incidents',
    description:
      'Documented incidents affecting people who fled Russia, classified only from what each record\u2019s cited sources say; "unknown" where they do not say. Field definitions: the data page of the site (/en/data/, /ru/data/).',
    licence: DATA_LICENCE,
    licence_note: licenceText().split('\n\n')[1]!.trim().replace(/\n/g, ' '),
    schema: country ? `../${DATA_FILES.schema}` : DATA_FILES.schema,
    ...(country ? { country } : {}),
    count: records.length,
    records,
  };
}

/** The CSV columns, in order. Lists (groups, basis, sources) are separated by single spaces. */
export function csvColumns(): string[] {
  return [
    'id',
    'country',
    'date',
    'date_precision',
    ...LANGS.map((l) => `place_${l}`),
    'kind',
    'groups',
    'basis',
    'outcome',
    ...LANGS.map((l) => `text_${l}`),
    'source_ids',
    'source_urls',
    ...LANGS.map((l) => `page_${l}`),
  ];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180: comma-separated, CRLF line ends, quotes where needed. It starts with a UTF-8 byte-order
 * mark so that spreadsheet programs open the Cyrillic texts correctly.
 */
export function toCsv(records: readonly DataRecord[]): string {
  const row = (r: DataRecord): string[] =>
    csvColumns().map((c) => {
      if (c === 'groups' || c === 'basis') return r[c].join(' ');
      if (c === 'source_ids') return r.sources.map((s) => s.id).join(' ');
      if (c === 'source_urls') return r.sources.map((s) => s.url).join(' ');
      return String((r as Record<string, unknown>)[c]);
    });
  return '\uFEFF' + [csvColumns(), ...records.map(row)].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The JSON Schema (draft 2020-12) of the JSON documents, built from the same vocabularies as the content schema. */
export function dataSchema(): Record<string, unknown> {
  const str = { type: 'string', minLength: 1 };
  const perLang = (prefix: string, description: string, value: Record<string, unknown> = str) =>
    Object.fromEntries(LANGS.map((l) => [`${prefix}_${l}`, { ...value, description: `${description} (${l})` }]));
  const record = {
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'country',
      'date',
      'date_precision',
      'kind',
      'groups',
      'basis',
      'outcome',
      'sources',
      ...['place', 'text', 'page'].flatMap((p) => LANGS.map((l) => `${p}_${l}`)),
    ],
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Permanent id of the record: it never changes and is never reused.' },
      country: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'The country page the record belongs to (its address slug).' },
      date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY-MM-DD, YYYY-MM or YYYY: only as precise as the sources.' },
      date_precision: { enum: ['day', 'month', 'year'] },
      ...perLang('place', `Where it happened; "${PLACE_VALUES.join('" or "')}" when not one place`),
      kind: { enum: [...INCIDENT_KINDS] },
      groups: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...INCIDENT_GROUPS] } },
      basis: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...INCIDENT_BASES] } },
      outcome: { enum: [...INCIDENT_OUTCOMES] },
      ...perLang('text', 'What happened'),
      ...perLang('page', "The record on the country's evidence page, from the site root", { type: 'string', pattern: '^/.*#[a-z0-9-]+$' }),
      sources: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'publisher', 'title', 'date', 'url'],
          properties: {
            id: str,
            publisher: str,
            title: str,
            date: {
              type: 'string',
              pattern: '^(\\d{4}(-\\d{2}(-\\d{2})?)?|n\\.d\\.)$',
              description: 'Publication date, or "n.d." when the publisher shows none.',
            },
            url: { type: 'string', pattern: '^https://' },
          },
        },
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Exile Safety Atlas: incident records',
    type: 'object',
    additionalProperties: false,
    required: ['title', 'description', 'licence', 'licence_note', 'schema', 'count', 'records'],
    properties: {
      title: str,
      description: str,
      licence: {
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name', 'url'],
            properties: { id: str, name: str, url: { type: 'string', pattern: '^https://' } },
          },
        ],
      },
      licence_note: str,
      schema: str,
      country: { type: 'string' },
      count: { type: 'integer', minimum: 0 },
      records: { type: 'array', items: { $ref: '#/$defs/record' } },
    },
    $defs: { record },
  };
}

/**
 * The one place pages get content from. Loading it runs the cross-file integrity rules,
 * so any page build fails with a maintainer-readable message when content is inconsistent.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkIntegrity, formatProblems, type Collection, type EntryInfo, type PublishedIds } from '../lib/integrity';
import { compareRisk } from '../lib/risk';
import { partialDateKey } from '../lib/dates';
import type { Lang } from '../i18n';
import { readFileSync } from 'node:fs';
import { CONTENT_DIR } from '../lib/content-dir';

export type Country = CollectionEntry<'countries'>;
export type Threat = CollectionEntry<'threats'>;
export type Checklist = CollectionEntry<'checklists'>;
export type Update = CollectionEntry<'updates'>;
export type Page = CollectionEntry<'pages'>;
export type AnyEntry = Country | Threat | Checklist | Update | Page;

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
}

/** "en/kyrgyzstan" → { lang: "en", slug: "kyrgyzstan" } */
export function splitId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  return { lang: lang as Lang, slug: rest.join('/') };
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
  const data: SiteData = {
    countries: await getCollection('countries'),
    threats: await getCollection('threats'),
    checklists: await getCollection('checklists'),
    updates: await getCollection('updates'),
    pages: await getCollection('pages'),
  };
  const infos: EntryInfo[] = (Object.keys(data) as Collection[]).flatMap((collection) =>
    data[collection].map((entry) => ({
      collection,
      ...splitId(entry.id),
      file: entry.filePath ?? `content/${collection}/${entry.id}.mdx`,
      data: entry.data as Record<string, unknown>,
      body: entry.body ?? '',
    })),
  );
  const problems = checkIntegrity(infos, readPublishedIds());
  if (problems.length) {
    // Printed in full before throwing: Astro decorates thrown messages that happen to contain the
    // word "document" (a slug here) with a misleading hint about browser APIs.
    console.error(`\n${formatProblems(problems)}\n`);
    const error = new ContentIntegrityError(`${problems.length} content problem(s), listed above with the file, the field and the fix.`);
    Object.assign(error, { hint: 'CONTRIBUTING.md explains every field and rule.' });
    throw error;
  }
  return data;
}

const PUBLISHED_IDS_FILE = `${CONTENT_DIR}/checklists/published-ids.json`;

function readPublishedIds(): PublishedIds {
  try {
    return JSON.parse(readFileSync(PUBLISHED_IDS_FILE, 'utf8')) as PublishedIds;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ContentIntegrityError(`${PUBLISHED_IDS_FILE} is not valid JSON (${(error as Error).message}). Run \`npm run content:ids\` to rewrite it.`);
  }
}

export function site(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

const inLang = <T extends AnyEntry>(list: T[], lang: Lang) => list.filter((e) => splitId(e.id).lang === lang);

export async function countries(lang: Lang): Promise<Country[]> {
  return inLang((await site()).countries, lang).sort(
    (a, b) => compareRisk(a.data.risk.level, b.data.risk.level) || a.data.title.localeCompare(b.data.title, lang),
  );
}

export async function threats(lang: Lang): Promise<Threat[]> {
  return inLang((await site()).threats, lang).sort((a, b) => a.data.order - b.data.order);
}

export async function checklists(lang: Lang): Promise<Checklist[]> {
  return inLang((await site()).checklists, lang).sort((a, b) => a.data.order - b.data.order);
}

export async function updates(lang: Lang): Promise<Update[]> {
  return inLang((await site()).updates, lang).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

export async function pages(lang: Lang): Promise<Page[]> {
  return inLang((await site()).pages, lang);
}

export async function findEntry<K extends keyof SiteData>(kind: K, lang: Lang, slug: string): Promise<SiteData[K][number] | undefined> {
  return ((await site())[kind] as AnyEntry[]).find((e) => e.id === `${lang}/${slug}`) as SiteData[K][number] | undefined;
}

/** Oldest first, comparing partial dates at their first day. */
export function byPartialDate<T extends { date: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => partialDateKey(a.date).localeCompare(partialDateKey(b.date)));
}

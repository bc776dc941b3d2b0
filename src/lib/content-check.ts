/**
 * Every cross-file content rule, run over the collections as Astro's content layer gives them. The
 * build calls this from src/data/site.ts; content-check.test.ts calls it with a fixture read from
 * disk and validated by the same schemas, so a test of a maintainer's mistake runs the code the
 * build runs, without a build.
 */
import {
  checkEmergency,
  checkHelp,
  checkIncidents,
  checkIntegrity,
  checkSources,
  type Collection,
  type ContentProblem,
  type EntryInfo,
  type PublishedIds,
} from './integrity';
import { splitId } from './paths';

/** An entry of a collection, as far as the rules read it (Astro's CollectionEntry has these fields). */
export interface LoadedEntry {
  id: string;
  filePath?: string | undefined;
  data: unknown;
  body?: string | undefined;
}

export type PageCollections = Record<Collection, readonly LoadedEntry[]>;
export type DataCollections = Record<'incidents' | 'help' | 'emergency' | 'sources', readonly LoadedEntry[]>;

/** Ids ever published: content/checklists/published-ids.json and content/incidents/published-ids.json. */
export interface Published {
  items: PublishedIds;
  incidents: PublishedIds;
}

export function contentProblems(pages: PageCollections, files: DataCollections, published: Published): ContentProblem[] {
  const infos: EntryInfo[] = (Object.keys(pages) as Collection[]).flatMap((collection) =>
    pages[collection].map((entry) => ({
      collection,
      ...splitId(entry.id),
      file: entry.filePath ?? `content/${collection}/${entry.id}.mdx`,
      data: entry.data as Record<string, unknown>,
      body: entry.body ?? '',
    })),
  );
  const yamlInfos = (collection: Exclude<keyof DataCollections, 'sources'>) =>
    files[collection].map((entry) => ({
      slug: entry.id,
      file: entry.filePath ?? `content/${collection}/${entry.id}.yaml`,
      data: entry.data as Record<string, unknown>,
    }));
  const countrySlugs = [...new Set(pages.countries.map((c) => splitId(c.id).slug))];
  const incidentInfos = yamlInfos('incidents');
  const emergencyInfos = yamlInfos('emergency');
  const helpInfos = yamlInfos('help');
  const listers = [
    ...[...infos, ...emergencyInfos].map((e) => ({ file: e.file, sources: (e.data as { sources?: string[] }).sources })),
    ...helpInfos.map((e) => ({ file: e.file, sources: (e.data as { about?: string[] }).about, field: 'about' })),
  ];
  return [
    ...checkIntegrity(infos, published.items),
    ...checkIncidents(incidentInfos, infos, published.incidents),
    ...checkHelp(helpInfos, countrySlugs),
    ...checkEmergency(emergencyInfos, countrySlugs, incidentInfos),
    ...checkSources(
      files.sources.map((entry) => entry.id),
      listers,
    ),
  ];
}

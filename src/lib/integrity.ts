/**
 * Rules that span several content files: translations, references between entries and
 * permalink ids. The schema in content.config.ts checks each file alone; this checks the whole.
 * Every problem names the file, the field and the fix, because the reader is a maintainer
 * at an NGO, not a developer.
 */
import { citedIdsInBody } from './citations';
import { LANGS, REFERENCE_LANG, isLang, languageName as languageNameIn, ui } from '../i18n';
import { isOwnPage, REGION } from './help';
import type { EmergencyData, EntryData, HelpData, IncidentsData, Loose, Step } from '../schemas';

export type Collection = 'countries' | 'threats' | 'checklists' | 'updates' | 'pages';

export interface EntryInfo {
  collection: Collection;
  lang: string;
  slug: string;
  /** Path relative to the project, e.g. content/countries/en/kyrgyzstan.mdx */
  file: string;
  /** Validated front matter; every field optional so the rules can be tested with plain objects. */
  data: EntryData;
  body: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

/** Item ids ever published, per checklist slug: content/checklists/published-ids.json. */
export type PublishedIds = Record<string, string[]>;

/** "Russian", "Ukrainian": maintainers read these messages in English. */
const languageName = (code: string) => languageNameIn('en', code);
const REFERENCE_NAME = languageName(REFERENCE_LANG);

const SINGULAR: Record<Collection, string> = {
  countries: 'country',
  threats: 'threat',
  checklists: 'checklist',
  updates: 'update',
  pages: 'page',
};

/** The fix for a citation of a source the file does not list. */
const listIt = (id: string, listed: ReadonlySet<string>) =>
  `add \`- ${id}\` to this file's \`sources\` (and, if it is a new source, write content/sources/${id}.yaml), or correct the id (listed: ${[...listed].join(', ') || 'none'})`;

/** A checklist's item ids, in order. */
const itemIds = (list: EntryInfo) => (list.data.items ?? []).flatMap((item) => (item?.id === undefined ? [] : [item.id]));

export function checkIntegrity(entries: readonly EntryInfo[], published: PublishedIds = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string, fix: string) => problems.push({ file, field, message, fix });

  const index = new Map<string, EntryInfo>();
  for (const e of entries) index.set(`${e.collection}/${e.lang}/${e.slug}`, e);
  const get = (c: Collection, lang: string, slug: string) => index.get(`${c}/${lang}/${slug}`);
  const slugs = (c: Collection, lang: string) =>
    entries
      .filter((e) => e.collection === c && e.lang === lang)
      .map((e) => e.slug)
      .sort();

  for (const e of entries) {
    // Translations: every language exists, under the same file name.
    for (const other of LANGS) {
      if (other === e.lang || get(e.collection, other, e.slug)) continue;
      add(
        e.file,
        '(file)',
        `has no ${languageName(other)} counterpart`,
        `create content/${e.collection}/${other}/${e.slug}.mdx (the same file name in every language; \`npm run new -- ${SINGULAR[e.collection]} ${e.slug}\` writes them all)`,
      );
    }

    // Source references inside this file.
    const sourceIds = new Set<string>(e.data.sources ?? []);
    const checkCites = (ids: readonly string[] | undefined, field: string) => {
      for (const id of ids ?? []) {
        if (!sourceIds.has(id)) {
          add(e.file, field, `cites source "${id}", which is not in this file's \`sources\``, listIt(id, sourceIds));
        }
      }
    };
    checkCites(citedIdsInBody(e.body), 'body <Cite>');

    const refersTo = (c: Collection, slug: string | undefined, field: string) => {
      if (slug === undefined || get(c, e.lang, slug)) return;
      add(
        e.file,
        field,
        `refers to ${SINGULAR[c]} "${slug}", which does not exist in content/${c}/${e.lang}/`,
        `use one of: ${slugs(c, e.lang).join(', ') || `(none yet: add content/${c}/${e.lang}/${slug}.mdx)`}`,
      );
    };

    if (e.collection === 'countries') {
      checkCites(e.data.risk?.sources, 'risk.sources');
      // The page prints the body under its own "Overview" heading (id "overview"); a body that
      // opens with the same heading shows it twice and gives two elements that id.
      const overview = isLang(e.lang) ? ui(e.lang).overview : undefined;
      if (overview && new RegExp(`^#{1,6}[ \\t]+${overview}[ \\t]*$`, 'm').test(e.body)) {
        add(
          e.file,
          'body',
          `has a heading "${overview}", which the page already prints above the text (it would show twice, and links to #overview would break)`,
          `delete the line "## ${overview}" and start with the first paragraph`,
        );
      }
      const seen = new Set<string>();
      (e.data.ratings ?? []).forEach((r, i) => {
        if (!r) return;
        refersTo('threats', r.threat, `ratings[${i}].threat`);
        if (seen.has(r.threat)) add(e.file, `ratings[${i}].threat`, `rates threat "${r.threat}" twice`, 'keep one rating per threat');
        seen.add(r.threat);
        checkCites(r.sources, `ratings[${i}].sources`);
        if (r.level !== 'unknown' && (r.sources ?? []).length === 0) {
          add(
            e.file,
            `ratings[${i}].sources`,
            `rates "${r.threat}" as ${r.level} without a source`,
            'cite the sources behind the rating, or set `level: unknown`',
          );
        }
      });
      for (const key of ['legal', 'help'] as const) {
        (e.data[key] ?? []).forEach((x, i) => checkCites(x?.sources, `${key}[${i}].sources`));
      }
      (e.data.actions ?? []).forEach((a, i) => {
        if (!a?.checklist) return;
        const list = get('checklists', e.lang, a.checklist);
        refersTo('checklists', a.checklist, `actions[${i}].checklist`);
        if (list && a.item && !itemIds(list).includes(a.item)) {
          add(
            e.file,
            `actions[${i}].item`,
            `refers to item "${a.item}", which is not in checklist "${a.checklist}"`,
            `use one of: ${itemIds(list).join(', ')}`,
          );
        }
      });
      // Steps of advice: their checklist items exist, their facts cite this file's sources.
      const checkStep = (step: Loose<Step> | undefined, field: string) => {
        if (!step) return;
        checkCites(step.sources, `${field}.sources`);
        const list = step.checklist === undefined ? undefined : get('checklists', e.lang, step.checklist);
        refersTo('checklists', step.checklist, `${field}.checklist`);
        if (list && step.item && !itemIds(list).includes(step.item)) {
          add(
            e.file,
            `${field}.item`,
            `refers to item "${step.item}", which is not in checklist "${step.checklist}"`,
            `use one of: ${itemIds(list).join(', ')}`,
          );
        }
      };
      checkCites(e.data.bottomLine?.sources, 'bottomLine.sources');
      checkCites(e.data.card?.sources, 'card.sources');
      checkStep(e.data.firstStep, 'firstStep');
      (e.data.situations ?? []).forEach((x, i) => (x?.steps ?? []).forEach((st, j) => checkStep(st, `situations[${i}].steps[${j}]`)));
      // Ratings are facts about the world: every language must say the same thing.
      const counterpart = e.lang === REFERENCE_LANG ? undefined : get('countries', REFERENCE_LANG, e.slug);
      if (counterpart) {
        if (counterpart.data.risk?.level !== e.data.risk?.level) {
          add(
            e.file,
            'risk.level',
            `is "${e.data.risk?.level}" but the ${REFERENCE_NAME} page says "${counterpart.data.risk?.level}"`,
            'make the overall risk the same in every language',
          );
        }
        // The same advice in every language: the same situations, in the same order.
        const situationsOf = (d: EntryData) => (d.situations ?? []).map((x) => x?.for).join(', ');
        if (situationsOf(counterpart.data) !== situationsOf(e.data)) {
          add(
            e.file,
            'situations',
            `covers situations "${situationsOf(e.data)}" but the ${REFERENCE_NAME} page covers "${situationsOf(counterpart.data)}"`,
            'give the same situations, in the same order, in every language',
          );
        }
        const enLevels = new Map((counterpart.data.ratings ?? []).map((r) => [r?.threat, r?.level]));
        (e.data.ratings ?? []).forEach((r, i) => {
          const enLevel = enLevels.get(r?.threat);
          if (r && enLevel && enLevel !== r.level) {
            add(
              e.file,
              `ratings[${i}].level`,
              `rates "${r.threat}" as "${r.level}" but the ${REFERENCE_NAME} page says "${enLevel}"`,
              'make the rating the same in every language',
            );
          }
        });
      }
    }

    if (e.collection === 'threats') {
      (e.data.cases ?? []).forEach((c, i) => {
        refersTo('countries', c?.country, `cases[${i}].country`);
        checkCites(c?.sources, `cases[${i}].sources`);
      });
    }

    if (e.collection === 'updates') {
      (e.data.countries ?? []).forEach((slug, i) => refersTo('countries', slug, `countries[${i}]`));
      (e.data.threats ?? []).forEach((slug, i) => refersTo('threats', slug, `threats[${i}]`));
    }

    if (e.collection === 'checklists') {
      const items = (e.data.items ?? []).filter((item) => item !== undefined);
      const retired = (e.data.retired ?? []).filter((id) => id !== undefined);
      items.forEach((item, i) => {
        (item.threats ?? []).forEach((t: string, j: number) => refersTo('threats', t, `items[${i}].threats[${j}]`));
        checkCites(item.sources, `items[${i}].sources`);
        if (item.id !== undefined && retired.includes(item.id)) {
          add(e.file, `items[${i}].id`, `reuses the retired id "${item.id}"`, 'old links and printed copies point to it: give the new item a new id');
        }
      });
      const ids = itemIds(e);
      const counterpart = e.lang === REFERENCE_LANG ? undefined : get('checklists', REFERENCE_LANG, e.slug);
      if (counterpart) {
        const enIds = itemIds(counterpart);
        const missing = enIds.filter((id) => !ids.includes(id));
        const extra = ids.filter((id) => !enIds.includes(id));
        if (missing.length || extra.length) {
          add(
            e.file,
            'items[].id',
            `item ids differ from the ${REFERENCE_NAME} checklist${missing.length ? `; missing here: ${missing.join(', ')}` : ''}${extra.length ? `; only here: ${extra.join(', ')}` : ''}`,
            'use exactly the same item ids in every language (ids are permalinks, never translated)',
          );
        } else if (enIds.join() !== ids.join()) {
          add(e.file, 'items', `lists the items in a different order than the ${REFERENCE_NAME} checklist`, 'keep the same order in every language');
        }
      }
      // Permalinks: an id that was ever published may never silently disappear.
      const known = published[e.slug];
      if (!known) {
        add(
          e.file,
          '(file)',
          `checklist "${e.slug}" is not recorded in content/checklists/published-ids.json`,
          'run `npm run content:ids` to record its item ids',
        );
      } else {
        for (const id of known) {
          if (!ids.includes(id) && !retired.includes(id)) {
            add(
              e.file,
              'items',
              `item "${id}" was published before and is gone: links and printed copies that point to #${id} would break`,
              `restore the item, or list it under \`retired:\` in every language (never rename an id; add a new one and retire the old)`,
            );
          }
        }
        for (const id of ids) {
          if (!known.includes(id)) {
            add(e.file, 'items', `item "${id}" is new and not yet recorded`, 'run `npm run content:ids` to record it in content/checklists/published-ids.json');
          }
        }
      }
    }
  }
  return problems;
}

/** One YAML content file (help, emergency steps, incidents), its fields optional as in EntryInfo. */
export interface YamlInfo<T> {
  slug: string;
  file: string;
  data: Loose<T>;
}

/** One organisation of the help directory, as read from content/help/<slug>.yaml. */
export type HelpInfo = YamlInfo<HelpData>;

/**
 * The help directory's cross-file rules: every entry serves a country we cover (or the region),
 * and every contact comes from the organisation's own site, never from a news report or a list.
 */
export function checkHelp(entries: readonly HelpInfo[], countrySlugs: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  const known = [...countrySlugs].sort();
  for (const e of entries) {
    const d = e.data;
    (d.countries ?? []).forEach((slug, i) => {
      if (slug !== undefined && slug !== REGION && !known.includes(slug)) {
        add(
          e.file,
          `countries[${i}]`,
          `names country "${slug}", which has no page in content/countries/`,
          `use one of: ${known.join(', ')}, or \`${REGION}\` for an organisation that serves them all`,
        );
      }
    });
    const ownSites = (d.ownSites ?? []).filter((site) => site !== undefined);
    const ownFix = `take it from a page on ${d.web}${ownSites.length ? ` or ${ownSites.join(', ')}` : ''}; if the organisation runs another site, add it to \`ownSites\``;
    const seen = new Set<string>();
    (d.channels ?? []).forEach((c, i) => {
      if (!c) return;
      if (d.web && c.source && !isOwnPage(c.source, d.web, ownSites)) {
        add(
          e.file,
          `channels[${i}].source`,
          `the ${c.kind} contact "${c.value}" was taken from ${c.source}, which is not the organisation's own site (${d.web}); contacts in news reports and lists go out of date or are fakes`,
          ownFix,
        );
      }
      const key = `${c.kind}:${c.value}`;
      if (seen.has(key)) add(e.file, `channels[${i}]`, `lists the ${c.kind} contact "${c.value}" twice`, 'keep one entry per contact');
      seen.add(key);
    });
  }
  return problems;
}

/** One country's emergency steps, as read from content/emergency/<country>.yaml. */
export type EmergencyInfo = YamlInfo<EmergencyData>;

export const EMERGENCY_SECTIONS = ['asylum', 'clocks', 'worked', 'handover', 'card'] as const;

/**
 * Emergency steps belong to a country that has a page, say something about the legal clocks (the
 * sourced ones, or that none was found), and cite only sources their file lists. A
 * case at a crossing that points to an incident record (`incident: <id>`) must name a record of
 * this country's content/incidents/ file, and the record's sources must be in this file's list,
 * where the help page finds them.
 */
export function checkEmergency(
  entries: readonly EmergencyInfo[],
  countrySlugs: readonly string[],
  incidentFiles: readonly IncidentsInfo[] = [],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  const known = [...countrySlugs].sort();
  const records = new Map(
    incidentFiles.flatMap((f) => (f.data.incidents ?? []).filter((r) => r !== undefined).map((r) => [r.id, { record: r, country: f.slug }] as const)),
  );
  for (const e of entries) {
    if (!known.includes(e.slug)) {
      add(e.file, '(file)', `is named "${e.slug}", which is not a country in content/countries/`, `name the file after a country file: ${known.join(', ')}`);
    }
    // A country with no clocks and no word about them reads as "no time limits here" (issue #16:
    // Kyrgyzstan shipped that way): say what was found, or say that nothing was.
    if ((e.data.clocks ?? []).length === 0 && e.data.clocksNotFound === undefined) {
      add(
        e.file,
        'clocks',
        'has neither `clocks` nor `clocksNotFound`, so readers cannot tell a missing time limit from no time limit',
        `add the sourced legal clocks under \`clocks\`, or, if you found no source, a \`clocksNotFound\` note in ${LANGS.join(', ')} saying which clocks are missing, and a comment at the top of the file saying where you looked`,
      );
    }
    const ids = new Set<string>(e.data.sources ?? []);
    const unlisted = (id: string) => listIt(id, ids);
    (e.data.crossings ?? []).forEach((crossing, i) => {
      (crossing?.cases ?? []).forEach((item, j) => {
        const field = `crossings[${i}].cases[${j}]`;
        if (item?.incident === undefined) {
          for (const id of item?.sources ?? []) {
            if (!ids.has(id)) add(e.file, `${field}.sources`, `cites source "${id}", which is not in this file's \`sources\``, unlisted(id));
          }
          return;
        }
        const found = records.get(item.incident);
        const own = `content/incidents/${e.slug}.yaml`;
        if (!found) {
          add(
            e.file,
            `${field}.incident`,
            `points to incident "${item.incident}", which no file in content/incidents/ has`,
            `use the id of a record in ${own} (it is the #anchor of the record on the country's sources page), or write the case out with date, ${LANGS.join(', ')} and sources`,
          );
          return;
        }
        if (found.country !== e.slug) {
          add(
            e.file,
            `${field}.incident`,
            `points to incident "${item.incident}", a record of content/incidents/${found.country}.yaml, not of ${own}`,
            `a crossing in ${e.slug} shows what happened there: use a record of ${own}, or correct the id`,
          );
        }
        for (const id of found.record.sources ?? []) {
          if (!ids.has(id)) {
            add(
              e.file,
              `${field}.incident`,
              `shows incident "${item.incident}", which cites source "${id}", not in this file's \`sources\``,
              `add \`- ${id}\` to this file's \`sources\` (the record's sources are shown with the case)`,
            );
          }
        }
      });
    });
    for (const section of EMERGENCY_SECTIONS) {
      (e.data[section] ?? []).forEach((item: { sources?: string[] }, i: number) => {
        for (const id of item.sources ?? []) {
          if (!ids.has(id)) add(e.file, `${section}[${i}].sources`, `cites source "${id}", which is not in this file's \`sources\``, unlisted(id));
        }
      });
    }
  }
  return problems;
}

/** One country's incident records, as read from content/incidents/<country>.yaml. */
export type IncidentsInfo = YamlInfo<IncidentsData>;

/**
 * Incident records: each file belongs to a country that has a page, cites only sources that the
 * country's page lists in every language (the timeline shows them there), and its ids are unique
 * and permanent. Ids are addresses in the published data and on the sources page, so one that was
 * ever published (content/incidents/published-ids.json) may never silently disappear.
 */
export function checkIncidents(files: readonly IncidentsInfo[], countries: readonly EntryInfo[], published: PublishedIds = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  const known = [...new Set(countries.filter((c) => c.collection === 'countries').map((c) => c.slug))].sort();
  const firstFile = new Map<string, string>();
  for (const f of files) for (const r of f.data.incidents ?? []) if (!firstFile.has(r.id)) firstFile.set(r.id, f.file);
  const recorded = new Set(Object.values(published).flat());

  for (const f of files) {
    const records = (f.data.incidents ?? []).filter((r) => r !== undefined);
    const retired: string[] = f.data.retired ?? [];
    if (!known.includes(f.slug)) {
      add(f.file, '(file)', `is named "${f.slug}", which is not a country in content/countries/`, `name the file after a country file: ${known.join(', ')}`);
    }
    const pages = countries.filter((c) => c.collection === 'countries' && c.slug === f.slug);
    records.forEach((r, i) => {
      const elsewhere = firstFile.get(r.id);
      if (elsewhere && elsewhere !== f.file) {
        add(
          f.file,
          `incidents[${i}].id`,
          `uses the id "${r.id}", which ${elsewhere} already uses`,
          'give this record its own id: ids are unique across all incident files',
        );
      }
      if (retired.includes(r.id)) {
        add(f.file, `incidents[${i}].id`, `reuses the retired id "${r.id}"`, 'links and copies of the data point to the old record: give this one a new id');
      }
      if (!recorded.has(r.id)) {
        add(
          f.file,
          `incidents[${i}].id`,
          `incident "${r.id}" is new and not yet recorded`,
          'run `npm run content:ids` to record it in content/incidents/published-ids.json',
        );
      }
      for (const page of pages) {
        const ids = new Set<string>(page.data.sources ?? []);
        for (const id of r.sources ?? []) {
          if (!ids.has(id)) {
            add(
              f.file,
              `incidents[${i}].sources`,
              `cites source "${id}", which is not in the \`sources\` of ${page.file}`,
              `add \`- ${id}\` to the \`sources\` of ${page.file} (every language's page lists it), or correct the id`,
            );
          }
        }
      }
    });
    for (const id of published[f.slug] ?? []) {
      if (!firstFile.has(id) && !retired.includes(id)) {
        add(
          f.file,
          'incidents',
          `incident "${id}" was published before and is gone: links and copies of the data that point to it would break`,
          'restore the record, or list its id under `retired:` (never rename an id; add a new record and retire the old)',
        );
      }
    }
  }
  // Threat pages may show a record as one of their cases; its sources must be on the threat page's list.
  const records = new Map(
    files.flatMap((f) => (f.data.incidents ?? []).filter((r) => r !== undefined).map((r) => [r.id, { record: r, country: f.slug }] as const)),
  );
  for (const e of countries.filter((x) => x.collection === 'threats')) {
    const listed = new Set(e.data.sources ?? []);
    (e.data.cases ?? []).forEach((c, i) => {
      if (c?.incident === undefined) return;
      const found = records.get(c.incident);
      if (!found) {
        add(
          e.file,
          `cases[${i}].incident`,
          `points to incident "${c.incident}", which no file in content/incidents/ has`,
          "use a record's id (it is the #anchor of the record on the country's evidence page), or write the case out with date, text and sources",
        );
        return;
      }
      for (const id of found.record.sources ?? []) {
        if (!listed.has(id)) {
          add(
            e.file,
            `cases[${i}].incident`,
            `shows incident "${c.incident}", which cites source "${id}", not in this file's \`sources\``,
            `add \`- ${id}\` to this file's \`sources\` (the record's sources are shown with the case)`,
          );
        }
      }
    });
  }
  const present = new Set(files.map((f) => f.slug));
  for (const [slug, ids] of Object.entries(published)) {
    if (!present.has(slug) && ids.length) {
      add(
        `content/incidents/${slug}.yaml`,
        '(file)',
        `is gone, but its incidents were published before (${ids.join(', ')})`,
        'restore the file; to remove records, keep the file and list their ids under `retired:`',
      );
    }
  }
  return problems;
}

/** A file that lists the ids of the sources it cites (a page, a file of content/emergency/ or content/help/). */
export interface SourceListInfo {
  file: string;
  sources?: readonly string[] | undefined;
  /** The field that lists them, when not `sources` (a help organisation's `about`). */
  field?: string | undefined;
}

/**
 * The source registry (content/sources/<id>.yaml) against the files that list sources: every listed
 * id has its registry file, and every registry file is listed somewhere. An entry no page lists is
 * refused rather than warned about: nobody reads or reviews it, so it would drift from what the
 * pages say, and a warning in a long build log goes unread (#13 found 96 drifted copies).
 */
export function checkSources(registryIds: readonly string[], listers: readonly SourceListInfo[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  const known = new Set(registryIds);
  const listed = new Set<string>();
  for (const f of listers) {
    (f.sources ?? []).forEach((id, i) => {
      listed.add(id);
      if (known.has(id)) return;
      const near = registryIds.filter((k) => k.split('-')[0] === id.split('-')[0]).slice(0, 5);
      add(
        f.file,
        `${f.field ?? 'sources'}[${i}]`,
        `lists source "${id}", which has no file in content/sources/`,
        `write content/sources/${id}.yaml with the source's publisher, title, date, url and lang (CONTRIBUTING.md, "Sources"), or correct the id${near.length ? ` (similar: ${near.join(', ')})` : ''}`,
      );
    });
  }
  for (const id of registryIds) {
    if (!listed.has(id)) {
      add(
        `content/sources/${id}.yaml`,
        '(file)',
        `source "${id}" is listed by no page`,
        'list it under `sources:` of the pages that cite it (or `about:` of a help organisation), or delete the file if no page needs it any more',
      );
    }
  }
  return problems;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}\n    fix: ${p.fix}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

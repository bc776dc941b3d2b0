/**
 * The content model: what maintainers may write in content/ and what the build refuses.
 * Rules that need more than one file (translations, references between entries, duplicate
 * ids across languages) live in src/lib/integrity.ts and run when the site data is loaded.
 * CONTRIBUTING.md documents every field with an example.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parsePartialDate } from './lib/dates';
import { RISK_LEVELS } from './lib/risk';
import { CONTENT_DIR } from './lib/content-dir';
import { LANGS, type Lang } from './i18n';
import { PRIORITIES } from './lib/priority';
import { todoPaths, futureDateError, idError, urlError, mirrorError, duplicates } from './lib/content-rules';
import { titleProblems } from './lib/sources';
import { CHANNEL_KINDS, HELP_TOPICS, channelError } from './lib/help';
import { CARD_LINES, IN_SHORT_MAX_CHARS, SHORT_SENTENCE_MAX_CHARS, STEPS_PER_SITUATION } from './lib/policy';
import { SITUATIONS } from './lib/situations';
import { INCIDENT_BASES, INCIDENT_GROUPS, INCIDENT_KINDS, INCIDENT_OUTCOMES, PLACE_VALUES } from './lib/incidents';

const id = z.string().superRefine((value, ctx) => {
  const error = idError(value);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

/** "2023-06-02", "2023-06" or "2023": only the precision the source gives. */
const partialDate = z.unknown().transform((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.value;
});

/** A source's publication date: a partial date, or "n.d." when the publisher shows none. */
const sourceDate = z.unknown().transform((value, ctx) => {
  if (value === 'n.d.') return value;
  const parsed = parsePartialDate(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `${parsed.error}, or "n.d." if the page shows no date` });
    return z.NEVER;
  }
  return parsed.value;
});

/** A full calendar date that has already happened (review and version dates). */
const pastDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD, e.g. 2026-11-20' }).superRefine((value, ctx) => {
  const error = futureDateError(value);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

const webUrl = z.string().superRefine((value, ctx) => {
  const error = urlError(value);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

const text = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * The ids of the sources a page cites, in the order its source list shows them (the numbers its
 * citations link to). Each id is a file of the source registry, content/sources/<id>.yaml.
 */
const sourceIds = z.array(id).superRefine((list, ctx) => {
  for (const dup of duplicates(list)) {
    ctx.addIssue({ code: 'custom', message: `source "${dup}" is listed twice: list each source once` });
  }
});
const sources = sourceIds.min(1, {
  error: 'a page stating facts needs at least one source: list the ids of its sources under `sources:` (each one a file in content/sources/)',
});

/** Ids of sources listed in this file's `sources`; checked to exist by the integrity rules. */
const cites = z.array(id).min(1, { error: 'list at least one source id from `sources`' });

const riskLevel = z.enum(RISK_LEVELS, {
  error: (issue) => `"${String(issue.input)}" is not a rating: use one of ${RISK_LEVELS.join(', ')}`,
});

/** A link into a checklist, optionally to one item. */
const checklistRef = z.strictObject({ checklist: id, item: id.optional() });

const change = z.strictObject({ date: pastDate, text });

/** One short sentence, for text a reader must take in at a glance. */
const shortSentence = text.superRefine((value, ctx) => {
  if (value.length > SHORT_SENTENCE_MAX_CHARS) {
    ctx.addIssue({
      code: 'custom',
      message: `is ${value.length} characters long; keep it to one short sentence of at most ${SHORT_SENTENCE_MAX_CHARS}, or split it`,
    });
  }
});

/** One line of the pocket card: short enough that the card fits one A6 page in every language. */
const cardLine = text.superRefine((value, ctx) => {
  if (value.length > CARD_LINES.maxChars) {
    ctx.addIssue({ code: 'custom', message: `is ${value.length} characters long; a pocket card line has at most ${CARD_LINES.maxChars}: shorten it` });
  }
});

/**
 * One thing to do: a short sentence written for this country, a checklist item (whose action is
 * shown, linked), or both (the sentence is shown, linking to the item). `sources` cites the
 * page's sources for a sentence that states a fact.
 */
const step = z
  .strictObject({
    text: shortSentence.optional(),
    checklist: id.optional(),
    item: id.optional(),
    sources: z.array(id).default([]),
  })
  .superRefine((s, ctx) => {
    if (s.item && !s.checklist) ctx.addIssue({ code: 'custom', path: ['checklist'], message: 'an `item` needs the `checklist` it belongs to' });
    if (!s.text && !s.item)
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'write the step as `text`, or point to a checklist `item` (with its `checklist`) whose action is shown',
      });
  });

/**
 * Scaffolds leave TODO markers; a file that still has one is not ready to publish. Checked before
 * the fields, so a fresh scaffold gets this one clear message instead of a list of format errors.
 */
function noTodo<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((data, ctx) => {
      const paths = todoPaths(data);
      if (paths.length) {
        // Named like the other problems' fields; the message lists where the markers are.
        ctx.addIssue({
          code: 'custom',
          path: ['front matter'],
          message: `still contains TODO markers from the scaffold in ${paths.join(', ')}: replace each with real, sourced text`,
        });
      }
    })
    .pipe(schema);
}

// One folder per language of the site (src/i18n/index.ts); a folder for another language is not read.
const contentFiles = (collection: string) => glob({ base: `${CONTENT_DIR}/${collection}`, pattern: `{${LANGS.join(',')}}/**/[^_]*.{md,mdx}` });

const countries = defineCollection({
  loader: contentFiles('countries'),
  schema: noTodo(
    z.strictObject({
      title: text,
      /** Other names readers type (Киргизия for Кыргызстан); shown under the title and searched. */
      aliases: z.array(text).default([]),
      /** Cities and other words readers search by (Bishkek, Ош): not shown, they find this page first. */
      searchTerms: z.array(text).default([]),
      summary: text,
      reviewed: pastDate,
      risk: z.strictObject({ level: riskLevel, reason: text, sources: cites }),
      /** The answer first: one or two short sentences under the rating, on the first screen. */
      bottomLine: z.strictObject({
        text: z.array(shortSentence).min(1, { error: 'write one or two short sentences' }).max(2, { error: 'keep the bottom line to two short sentences' }),
        /** The page's sources for the facts the bottom line states. */
        sources: z.array(id).default([]),
      }),
      /** The country in one short line, for the list of countries on the home page. */
      inShort: text.superRefine((value, ctx) => {
        if (value.length > IN_SHORT_MAX_CHARS)
          ctx.addIssue({
            code: 'custom',
            message: `is ${value.length} characters long; keep it to ${IN_SHORT_MAX_CHARS} or fewer (about two lines on a phone)`,
          });
      }),
      /** The first thing to do, on the first screen under the bottom line. */
      firstStep: step,
      /**
       * The pocket card's own text: one to three short lines written for the card (not the web
       * summary), from what this page already says, citing its sources.
       */
      card: z.strictObject(
        {
          text: z
            .array(cardLine)
            .min(1, { error: 'write one to three short lines for the pocket card' })
            .max(CARD_LINES.max, { error: `keep the pocket card to ${CARD_LINES.max} lines: it must fit one A6 page` }),
          sources: cites,
        },
        {
          error: (issue) =>
            issue.input === undefined
              ? 'is missing: add `card:` with `text:` (one to three short lines for the printed pocket card, from what this page already says) and `sources:` (the ids they rest on); see CONTRIBUTING.md, "A country"'
              : undefined,
        },
      ),
      /** What to do by the reader's situation, each with 3 to 5 steps, in the order of SITUATIONS. */
      situations: z
        .array(
          z.strictObject({
            for: z.enum(SITUATIONS, { error: (issue) => `"${String(issue.input)}" is not a situation: use one of ${SITUATIONS.join(', ')}` }),
            steps: z
              .array(step)
              .min(STEPS_PER_SITUATION.min, { error: `give at least ${STEPS_PER_SITUATION.min} steps` })
              .max(STEPS_PER_SITUATION.max, { error: `give at most ${STEPS_PER_SITUATION.max} steps: keep the most important` }),
          }),
        )
        .min(1, { error: 'give the steps for at least one situation' })
        .superRefine((list, ctx) => {
          for (const dup of duplicates(list.map((x) => x.for))) ctx.addIssue({ code: 'custom', message: `situation "${dup}" appears twice: merge its steps` });
        }),
      /** The checklists for this country, linked from the pocket card and under "What to do". */
      actions: z.array(checklistRef).min(1).max(3),
      /** One rating per threat page; a threat left out is shown as `unknown`. */
      ratings: z.array(z.strictObject({ threat: id, level: riskLevel, reason: text, sources: z.array(id).default([]) })),
      /** Timelines are built from content/incidents/<country>.yaml, where each incident is kept once for every language. */
      timeline: z
        .unknown()
        .optional()
        .superRefine((value, ctx) => {
          if (value !== undefined)
            ctx.addIssue({
              code: 'custom',
              message:
                'the timeline now lives in content/incidents/<this file name>.yaml, one record per incident with its text in every language: move each entry there (CONTRIBUTING.md, "Incidents") and delete `timeline:` here',
            });
        }),
      legal: z.array(z.strictObject({ name: text, text, sources: cites })).default([]),
      help: z.array(z.strictObject({ name: text, url: webUrl, text, sources: cites })).default([]),
      changes: z.array(change).default([]),
      sources,
    }),
  ),
});

/**
 * A documented case written out in place, or taken from an incident record with `incident: <id>`,
 * which brings its date and text in every language and its sources, so that an event told in a
 * country's timeline is kept once. `needs` names each field a written-out case must have and how
 * to ask for it; a case that points to a record may have none of `fields`.
 */
function caseOrIncident<T extends z.ZodRawShape>(fields: T, needs: Partial<Record<keyof T & string, string>>) {
  return z.strictObject({ incident: id.optional(), ...fields }).superRefine((c, ctx) => {
    const value = c as Record<string, unknown>;
    const incident = value.incident;
    if (incident !== undefined) {
      for (const key of Object.keys(fields)) {
        if (value[key] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a case that points to incident "${String(incident)}" takes its ${key} from the record: remove \`${key}\``,
          });
      }
      return;
    }
    for (const [key, ask] of Object.entries(needs) as [string, string][]) {
      const v = value[key];
      if (v === undefined || (Array.isArray(v) && v.length === 0))
        ctx.addIssue({ code: 'custom', path: [key], message: `${ask}, or point to an incident record with \`incident: <id>\`` });
    }
  });
}

const citeIds = 'list at least one source id from `sources`';

/** A documented case on a threat page; `country` links it to a country page. */
const threatCase = caseOrIncident(
  { date: partialDate.optional(), country: id.optional(), text: text.optional(), sources: z.array(id).optional() },
  { date: 'write the date', text: 'write what happened', sources: citeIds },
);

const threats = defineCollection({
  loader: contentFiles('threats'),
  schema: noTodo(
    z.strictObject({
      title: text,
      summary: text,
      /** Position in lists and matrix columns. */
      order: z.number().int().min(1),
      /** Short column header for the matrix. */
      short: text,
      reviewed: pastDate,
      cases: z.array(threatCase).default([]),
      changes: z.array(change).default([]),
      sources,
    }),
  ),
});

const checklists = defineCollection({
  loader: contentFiles('checklists'),
  schema: noTodo(
    z.strictObject({
      title: text,
      summary: text,
      audience: text,
      /** Words readers search with when they need this list («задержали», "arrested"): not shown, they rank it first. */
      searchTerms: z.array(text).default([]),
      order: z.number().int().min(1),
      /** The date of this version of the advice, so a helper can cite exactly what they gave. */
      version: pastDate,
      items: z
        .array(
          z.strictObject({
            id,
            priority: z.enum(PRIORITIES, {
              error: (issue) => `"${String(issue.input)}" is not a priority: use essential, recommended or advanced`,
            }),
            action: text,
            why: text,
            how: z.array(text).min(1),
            threats: z.array(id).default([]),
            sources: z.array(id).default([]),
          }),
        )
        .min(1)
        .superRefine((items, ctx) => {
          for (const dup of duplicates(items.map((i) => i.id))) {
            ctx.addIssue({ code: 'custom', message: `item id "${dup}" is used twice: ids must be unique and never reused` });
          }
        }),
      /** Ids that were removed: kept so that no new item reuses them and old links can explain. */
      retired: z.array(id).default([]),
      sources: sourceIds.default([]),
    }),
  ),
});

const updates = defineCollection({
  loader: contentFiles('updates'),
  schema: noTodo(
    z.strictObject({
      title: text,
      date: pastDate,
      countries: z.array(id).default([]),
      threats: z.array(id).default([]),
      sources,
    }),
  ),
});

/** About, methodology, safe reading, offline: prose pages without ratings. */
const pages = defineCollection({
  loader: contentFiles('pages'),
  schema: noTodo(
    z.strictObject({
      title: text,
      summary: text,
      reviewed: pastDate,
      sources: sourceIds.default([]),
    }),
  ),
});

/** One field per language of the site (src/i18n/langs.ts), each checked by `schema`: { en: …, ru: … }. */
function everyLang<T extends z.ZodType>(schema: T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((l) => [l, schema])) as Record<Lang, T>;
}

/**
 * A text in every language of the site (src/i18n/langs.ts), in one YAML file: help entries, emergency
 * steps and incidents keep one file for all languages, so a contact or a fact exists once.
 */
const inEveryLang = z.strictObject(
  everyLang(
    z
      .string({ error: `is missing: write the text in every language (${LANGS.join(', ')})` })
      .trim()
      .min(1, { error: 'must not be empty' }),
  ),
);

/** One way to reach an organisation, as published on its own page, with where and when it was checked. */
const channel = z
  .strictObject({
    kind: z.enum(CHANNEL_KINDS, { error: (issue) => `"${String(issue.input)}" is not a channel: use one of ${CHANNEL_KINDS.join(', ')}` }),
    value: text,
    /** Digits to dial when the published form has a trunk "(0)" or similar. */
    dial: z.string().optional(),
    /** What this channel is for, when the organisation says ("hotline", "legal consultations"). */
    label: inEveryLang.optional(),
    /** Working hours as published, with the time zone the page gives. */
    hours: inEveryLang.optional(),
    /** The page on the organisation's own site where this contact is published. */
    source: webUrl,
    /** The day a maintainer read that page and saw this contact on it. */
    checked: pastDate,
  })
  .superRefine((c, ctx) => {
    const error = channelError(c);
    if (error) ctx.addIssue({ code: 'custom', path: ['value'], message: error });
  });

/**
 * The help directory: one YAML file per organisation in content/help/, both languages inside.
 * The cross-file rules (known countries, contacts taken from the organisation's own pages) are in
 * src/lib/integrity.ts.
 */
const help = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/help`, pattern: '[^_]*.{yaml,yml}' }),
  schema: noTodo(
    z.strictObject({
      name: inEveryLang,
      /** Country slugs from content/countries, or "region" for organisations serving all of them. */
      countries: z.array(id).min(1, { error: 'list at least one country slug, or `region`' }),
      topics: z.array(z.enum(HELP_TOPICS, { error: (issue) => `"${String(issue.input)}" is not a topic: use ${HELP_TOPICS.join(', ')}` })).min(1),
      helps: inEveryLang,
      /** Languages it works in, as ISO codes, only where the organisation says so. */
      languages: z.array(z.string().regex(/^[a-z]{2}$/, { error: 'use two-letter language codes such as ru, en, kk' })).default([]),
      /** The organisation's own website. */
      web: webUrl,
      /** Other addresses that are the organisation's own (e.g. a separate help site). */
      ownSites: z.array(z.string()).default([]),
      /**
       * Where `helps` comes from (the organisation's own pages or reports about its work): ids of
       * content/sources/, like every other source of the site.
       */
      about: z.array(id).min(1, { error: 'cite at least one source for what the organisation does: its id in content/sources/' }),
      channels: z.array(channel).default([]),
      /** Anything a reader must know about these contacts (e.g. the page looks out of date). */
      note: inEveryLang.optional(),
    }),
  ),
});

/** A sourced statement in both languages, for the emergency steps. */
const citedText = inEveryLang.extend({ sources: cites });

/**
 * A documented case at an airport or land border: an incident record of the country
 * (`incident: <id>`, the usual way: the event is then told once, in the country's timeline), or
 * written out with its date, text in every language and this file's sources.
 */
const crossingCase = caseOrIncident(
  {
    date: partialDate.optional(),
    ...(Object.fromEntries(LANGS.map((l) => [l, text.optional()])) as Record<(typeof LANGS)[number], z.ZodOptional<typeof text>>),
    sources: z.array(id).optional(),
  },
  { date: 'write the date', ...Object.fromEntries(LANGS.map((l) => [l, `write what happened in \`${l}\``])), sources: citeIds },
);

/**
 * Emergency steps per country, one YAML file per country in content/emergency/ named like its
 * country file, shown on the "Help now" page: where to claim asylum, the legal clocks, what has
 * worked here and where it failed, and how hand-overs have happened. Every item cites `sources`.
 */
const emergency = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/emergency`, pattern: '[^_]*.{yaml,yml}' }),
  schema: noTodo(
    z.strictObject({
      reviewed: pastDate,
      asylum: z.array(citedText).default([]),
      clocks: z.array(citedText).default([]),
      /** Which legal clocks we looked for and found no source for, said to the reader (no source needed: it reports our own search). */
      clocksNotFound: inEveryLang.optional(),
      worked: z.array(citedText).default([]),
      handover: z.array(citedText).default([]),
      /** The short form of these steps for the pocket card: at most three short lines, citing this file's sources. */
      card: z
        .array(z.strictObject({ ...everyLang(cardLine), sources: cites }))
        .max(CARD_LINES.max, { error: `keep the pocket card to ${CARD_LINES.max} lines: it must fit one A6 page` })
        .default([]),
      /** Airports and land borders with documented cases, for the route check and its tables. */
      crossings: z
        .array(
          z.strictObject({
            name: inEveryLang,
            kind: z.enum(['airport', 'land'], { error: 'use `airport` or `land`' }),
            cases: z.array(crossingCase).min(1),
          }),
        )
        .default([]),
      sources,
    }),
  ),
});

/** A text that is the same in every language (a plain string), or one per language: { en: …, ru: … }. */
const textOrPerLang = z.union([text, inEveryLang], {
  error: `write one text, or one per language: { ${LANGS.map((l) => `${l}: …`).join(', ')} }`,
});

/**
 * The source registry: one YAML file per source in content/sources/, named by its id, which pages
 * list under `sources:` and cite. A source is written once, for every language and every page that
 * cites it (issue #13: 1,800 copies of 374 sources had drifted apart).
 */
const sourceRegistry = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/sources`, pattern: '[^_]*.{yaml,yml}' }),
  schema: noTodo(
    z
      .strictObject({
        /** Who published it, as readers of each language know it: `Meduza`, or `{ en: Meduza, ru: «Медуза» }`. */
        publisher: textOrPerLang,
        /** The headline the publisher gave, the same in every language. */
        title: text.optional(),
        /** True when we have no headline (the copies we read lack it): `description` says what the piece is. */
        described: z.literal(true, { error: 'write `described: true`, or leave it out and give the `title`' }).optional(),
        /** Our own description of the piece, per language; shown with a note that it is not the headline. */
        description: inEveryLang.optional(),
        /** Publication date; "n.d." only when the publisher shows none. */
        date: sourceDate,
        /** The publisher's own (canonical) address. */
        url: webUrl,
        /** A dated copy in a web archive, shown as a second link. */
        archived: webUrl.optional(),
        /** A copy elsewhere (a republication, or a mirror made to get around blocking) when the publisher's page does not open: shown as a second link, labelled with `via`. */
        mirror: webUrl.optional(),
        /** Where the text was read, e.g. "republished by Bishkek Post"; the label of the `mirror` link. Per language, like `publisher`. */
        via: textOrPerLang.optional(),
        /** The language the piece is written in (two letters); readers of other languages are told. */
        lang: z.string().regex(/^[a-z]{2}$/, { error: 'write the language of the piece as two letters, e.g. en, ru, ky' }),
      })
      .superRefine((s, ctx) => {
        const error = mirrorError({ url: s.url, mirror: s.mirror, via: typeof s.via === 'string' ? s.via : s.via?.en });
        if (error) ctx.addIssue({ code: 'custom', path: ['mirror'], message: error });
        for (const problem of titleProblems(s)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
      }),
  ),
});

/** One of a vocabulary's values, with an error that lists them. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (issue) => `"${String(issue.input)}" is not ${what}: use one of ${values.join(', ')}` });

/**
 * Incidents: one YAML file per country in content/incidents/, named like its country file, with
 * each dated event once and its text in every language. Country timelines are rendered from here
 * and the build publishes the records as open data (src/lib/incidents.ts defines the vocabularies).
 * Cross-file rules (the country exists, its sources exist, ids stay unique and permanent) are in
 * src/lib/integrity.ts.
 */
/** A text in every language of the site: { en: …, ru: … }. */

const incidentRecord = z.strictObject({
  /** Permanent: it is the record's address in the data and on the sources page (#id). */
  id,
  /** Only the precision the sources give: 2023-06-02, 2023-06 or 2023. */
  date: partialDate,
  /** Where it happened, in every language; `nationwide` for a national law or roll-out; `unknown` when the sources do not say. */
  place: z.union([oneOf(PLACE_VALUES, 'a place value'), inEveryLang], {
    error: `write the place in every language, e.g. { ${LANGS.map((l) => `${l}: …`).join(', ')} }, or use ${PLACE_VALUES.join(' or ')}`,
  }),
  kind: oneOf(INCIDENT_KINDS, 'a kind of incident'),
  groups: z.array(oneOf(INCIDENT_GROUPS, 'a group')).min(1, { error: 'name at least one group, or write [unknown]' }),
  basis: z.array(oneOf(INCIDENT_BASES, 'a legal basis')).min(1, { error: 'name at least one legal basis, or write [unknown]' }),
  outcome: oneOf(INCIDENT_OUTCOMES, 'an outcome'),
  /** What happened, one or two sentences in each language. */
  text: inEveryLang,
  sources: cites,
});

const incidents = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/incidents`, pattern: '[^_]*.{yaml,yml}' }),
  schema: noTodo(
    z.strictObject({
      incidents: z.array(incidentRecord).superRefine((list, ctx) => {
        for (const dup of duplicates(list.map((x) => x.id)))
          ctx.addIssue({ code: 'custom', message: `incident id "${dup}" is used twice: give each record its own id` });
      }),
      /** Ids of removed records: kept so that no new record reuses them. */
      retired: z.array(id).default([]),
    }),
  ),
});

export const collections = { countries, threats, checklists, updates, pages, help, emergency, incidents, sources: sourceRegistry };

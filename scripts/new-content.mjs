/**
 * `npm run new -- country <slug>` (or threat, checklist, update) writes the English and Russian
 * files with every required field. TODO markers stand where facts go: the build refuses to
 * publish a file that still has one.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, LANGS } from './lib/content-files.mjs';

const today = new Date().toISOString().slice(0, 10);
// Pages list the ids of their sources; each source is written once, in content/sources/<id>.yaml.
const SOURCE = `# The ids of the sources this page cites, each a file content/sources/<id>.yaml (CONTRIBUTING.md, "Sources").
sources:
  - TODO-source-id`;

/** @type {Record<string, string>} */
const TEMPLATES = {
  country: `---
title: TODO country name
summary: TODO one or two sentences for lists and search results.
reviewed: ${today}
risk:
  level: unknown
  reason: TODO one sentence saying why.
  sources: [TODO-source-id]
bottomLine:
  text:
    - TODO one short sentence (at most 160 characters) on what the risk means for the reader.
  sources: [TODO-source-id]
inShort: TODO the country in one short line for the home page (at most 90 characters).
firstStep:
  text: TODO the first thing to do, one short sentence.
  checklist: before-travel
  item: check-wanted-status
card:
  text:
    - TODO one to three short lines (at most 120 characters each) for the printed pocket card, from what this page says.
  sources: [TODO-source-id]
situations:
  - for: wanted
    steps:
      - text: TODO a step for people wanted in Russia, from this page's sources.
        sources: [TODO-source-id]
      - checklist: before-travel
        item: check-wanted-status
      - checklist: if-detained
        item: say-you-seek-asylum
actions:
  - checklist: before-travel
ratings:
  - threat: extradition
    level: unknown
    reason: TODO one sentence; keep "unknown" when nothing is sourced.
changes:
  - date: ${today}
    text: Page created.
${SOURCE}
---
TODO a short overview in plain language. End each factual sentence with <Cite id="TODO-source-id" />.
`,
  threat: `---
title: TODO threat name
short: TODO 1–2 words
summary: TODO one or two sentences.
order: 99
reviewed: ${today}
cases:
  - date: "TODO 2026-01"
    country: TODO-country-slug
    text: TODO one or two sentences.
    sources: [TODO-source-id]
changes:
  - date: ${today}
    text: Page created.
${SOURCE}
---
## How it works

TODO <Cite id="TODO-source-id" />

## Who is most exposed

TODO

## What reduces the risk

TODO
`,
  checklist: `---
title: TODO checklist title
summary: TODO one sentence.
audience: TODO who it is for.
order: 99
version: ${today}
items:
  - id: TODO-first-item
    priority: essential
    action: TODO a short instruction.
    why: TODO one or two sentences, tied to a threat.
    how:
      - TODO a concrete step.
    threats: [extradition]
---
TODO one short paragraph: who this is for and how to use it.
`,
  update: `---
title: TODO what happened
date: ${today}
countries: []
threats: []
${SOURCE}
---
TODO one to three sentences. <Cite id="TODO-source-id" />
`,
};
/**
 * An empty incident file with one commented example (CONTRIBUTING.md, "Incidents").
 * @param {string} slug
 */
const INCIDENTS = (slug) => `# Incidents in this country: its timeline, in every language, and the open data.
# Sources are ids from the \`sources:\` of content/countries/<lang>/${slug}.mdx. Ids are permanent.
# Write "unknown" wherever the sources do not say; run \`npm run content:ids\` after adding a record.
incidents: []
#  - id: ${slug}-2026-short-name
#    date: 2026-01-31          # or 2026-01, or "2026": only what the source gives
#    place: { ${LANGS.map((l) => `${l}: …`).join(', ')} }   # or nationwide, or unknown
#    kind: detention
#    groups: [journalist]
#    basis: [interstate-list]
#    outcome: released
#    text:
${LANGS.map((l) => `#      ${l}: What happened, one or two sentences.`).join('\n')}
#    sources: [source-id]
`;
/** @type {Record<string, string>} */
const COLLECTION = { country: 'countries', threat: 'threats', checklist: 'checklists', update: 'updates' };

const [kind = '', slug] = process.argv.slice(2);
const template = TEMPLATES[kind];
const collection = COLLECTION[kind];
if (!template || !collection || !slug) {
  console.error('Usage: npm run new -- <country|threat|checklist|update> <slug>\n  e.g. npm run new -- country moldova');
  process.exit(2);
}
const fileSlug = kind === 'update' ? `${today}-${slug}` : slug;
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fileSlug)) {
  console.error(`"${slug}" is not a valid slug: use lowercase latin letters, digits and single hyphens (it becomes the address).`);
  process.exit(2);
}
const files = LANGS.map((lang) => join(CONTENT_DIR, collection, lang, `${fileSlug}.mdx`));
const existing = files.filter((f) => existsSync(f));
if (existing.length) {
  console.error(`Not overwriting ${existing.join(' and ')}.`);
  process.exit(1);
}
for (const file of files) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, template);
  console.log(`wrote ${file}`);
}
// A country's timeline is its incident records, kept once for every language.
const incidents = join(CONTENT_DIR, 'incidents', `${fileSlug}.yaml`);
if (kind === 'country' && !existsSync(incidents)) {
  mkdirSync(join(incidents, '..'), { recursive: true });
  writeFileSync(incidents, INCIDENTS(fileSlug));
  console.log(`wrote ${incidents}`);
}
console.log(
  `Replace every TODO (the build refuses to publish them), write each language's file in that language,${kind === 'checklist' ? ' then run `npm run content:ids`,' : ''} and preview with \`npm start\`.`,
);

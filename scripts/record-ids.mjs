/**
 * `npm run content:ids` records every checklist item id in content/checklists/published-ids.json
 * and every incident id in content/incidents/published-ids.json.
 * Ids are permalinks: once recorded, the build refuses to let one disappear unless it is retired.
 * Recorded ids are never removed by this command.
 */
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentFiles, CONTENT_DIR, REFERENCE_LANG } from './lib/content-files.mjs';

const file = join(CONTENT_DIR, 'checklists', 'published-ids.json');
const published = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
let added = 0;
for (const entry of contentFiles().filter((e) => e.collection === 'checklists' && e.lang === REFERENCE_LANG)) {
  const known = new Set(published[entry.slug] ?? []);
  for (const item of entry.data.items ?? []) {
    if (typeof item?.id === 'string' && !known.has(item.id)) {
      known.add(item.id);
      added++;
      console.log(`recorded ${entry.slug}#${item.id}`);
    }
  }
  published[entry.slug] = [...known].sort();
}
const sorted = Object.fromEntries(Object.entries(published).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
console.log(`${added} new id${added === 1 ? '' : 's'} recorded in ${file}`);

// Incident records: one YAML file per country, ids unique across all of them.
const incidentDir = join(CONTENT_DIR, 'incidents');
const incidentFile = join(incidentDir, 'published-ids.json');
const incidents = existsSync(incidentFile) ? JSON.parse(readFileSync(incidentFile, 'utf8')) : {};
let addedIncidents = 0;
for (const name of existsSync(incidentDir)
  ? readdirSync(incidentDir)
      .filter((n) => /^[^_].*\.ya?ml$/.test(n))
      .sort()
  : []) {
  const slug = name.replace(/\.ya?ml$/, '');
  const known = new Set(incidents[slug] ?? []);
  for (const record of parse(readFileSync(join(incidentDir, name), 'utf8'))?.incidents ?? []) {
    if (typeof record?.id === 'string' && !known.has(record.id)) {
      known.add(record.id);
      addedIncidents++;
      console.log(`recorded incident ${record.id}`);
    }
  }
  incidents[slug] = [...known].sort();
}
if (existsSync(incidentDir)) {
  writeFileSync(incidentFile, JSON.stringify(Object.fromEntries(Object.entries(incidents).sort(([a], [b]) => a.localeCompare(b))), null, 2) + '\n');
  console.log(`${addedIncidents} new incident id${addedIncidents === 1 ? '' : 's'} recorded in ${incidentFile}`);
}

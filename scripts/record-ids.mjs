/**
 * `npm run content:ids` records every checklist item id in content/checklists/published-ids.json.
 * Ids are permalinks: once recorded, the build refuses to let one disappear unless it is retired.
 * Recorded ids are never removed by this command.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
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

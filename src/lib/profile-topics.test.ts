/**
 * The situation topics (src/data/situation-topics.ts) name checklist items of the site's own
 * content by permanent id. The build skips a checklist it does not have (fixture content has
 * others), so this test holds the references to the real content: each one is a published item
 * that is still in its checklist, in every language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TOPIC_ITEMS, splitRef } from '../data/situation-topics';
import { LANGS } from '../i18n/langs';

const published: Record<string, string[]> = JSON.parse(readFileSync(new URL('../../content/checklists/published-ids.json', import.meta.url), 'utf8'));
const itemsOf = (lang: string, checklist: string): string[] => {
  const text = readFileSync(new URL(`../../content/checklists/${lang}/${checklist}.mdx`, import.meta.url), 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { items?: { id: string }[] };
  return (data.items ?? []).map((item) => item.id);
};

test('every situation topic names published checklist items that are still there, in every language', () => {
  for (const [topic, refs] of Object.entries(TOPIC_ITEMS)) {
    for (const ref of refs) {
      const { checklist, item } = splitRef(ref);
      assert.ok(published[checklist]?.includes(item), `${topic}: "${ref}" is not a published item (content/checklists/published-ids.json)`);
      for (const lang of LANGS) assert.ok(itemsOf(lang, checklist).includes(item), `${topic}: "${ref}" is not in content/checklists/${lang}/${checklist}.mdx`);
    }
  }
});

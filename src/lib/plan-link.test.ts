import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlanLink, planFragment } from './plan-link';
import { TOPIC_ITEMS, splitRef } from '../data/situation-topics';
import { TOPICS } from './profile';
import published from '../../content/checklists/published-ids.json' with { type: 'json' };

const PUBLISHED = { 'before-travel': ['check-wanted-status', 'avoid-cis-transit'], documents: ['apply-for-asylum'] };
const RETIRED = { documents: ['old-advice'] };
const COUNTRIES = ['kazakhstan'];

test('a plan link opens exactly its items, in its order, with its country', () => {
  const hash = planFragment(['documents/apply-for-asylum', 'before-travel/check-wanted-status'], 'kazakhstan');
  assert.deepEqual(parsePlanLink(hash, PUBLISHED, RETIRED, COUNTRIES), {
    items: ['documents/apply-for-asylum', 'before-travel/check-wanted-status'],
    retired: [],
    unknown: [],
    country: 'kazakhstan',
  });
});

test('retired and unknown ids are reported, and the rest of the plan still opens', () => {
  const plan = parsePlanLink(
    '#items=documents/old-advice,before-travel/avoid-cis-transit,nope/x,garbage,,before-travel/avoid-cis-transit&country=atlantis',
    PUBLISHED,
    RETIRED,
    COUNTRIES,
  );
  assert.deepEqual(plan, { items: ['before-travel/avoid-cis-transit'], retired: ['documents/old-advice'], unknown: ['nope/x', 'garbage'] });
});

test('odd fragments give an empty plan, not an error', () => {
  for (const hash of ['', '#', '#items=', '#%E0%A4%A', '#' + 'items='.repeat(2000), 'items=documents/apply-for-asylum']) {
    assert.deepEqual(parsePlanLink(hash, PUBLISHED, RETIRED, COUNTRIES).items, [], hash.slice(0, 30));
  }
});

test('every item a situation lists is a published checklist item', () => {
  const ids = published as Record<string, string[]>;
  for (const topic of TOPICS) {
    assert.ok(TOPIC_ITEMS[topic].length > 0, topic);
    for (const ref of TOPIC_ITEMS[topic]) {
      const { checklist, item } = splitRef(ref);
      assert.ok(ids[checklist]?.includes(item), `${topic}: ${ref} is not in content/checklists/published-ids.json`);
    }
  }
});

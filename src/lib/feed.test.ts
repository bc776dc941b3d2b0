import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedItems } from './feed';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const sources = {
  updates: [
    { title: 'KZ alert', date: d('2026-02-02'), link: 'u#1', description: 'a', countries: ['kazakhstan'] },
    { title: 'Interpol', date: d('2022-03-10'), link: 'u#2', description: 'b', countries: [] },
  ],
  countryChanges: [
    { country: 'kazakhstan', countryTitle: 'Kazakhstan', link: 'c/kz/', changes: [{ date: d('2026-11-25'), text: 'Ratings reviewed.' }] },
    { country: 'armenia', countryTitle: 'Armenia', link: 'c/am/', changes: [{ date: d('2026-11-25'), text: 'Page created.' }] },
  ],
};

test('the site feed has every alert and page change, newest first', () => {
  const items = feedItems(sources);
  assert.equal(items.length, 4);
  assert.deepEqual(
    items.map((i) => i.date.getTime()),
    [...items.map((i) => i.date.getTime())].sort((a, b) => b - a),
  );
  assert.ok(items.some((i) => i.title === 'Armenia: Page created.'));
});

test("a country's feed has only its own alerts and changes", () => {
  const items = feedItems(sources, 'kazakhstan');
  assert.deepEqual(
    items.map((i) => i.title),
    ['Kazakhstan: Ratings reviewed.', 'KZ alert'],
  );
});

test('two changes on one day get distinct links, so feed readers keep both', () => {
  const [country] = sources.countryChanges;
  const [change] = country!.changes;
  const twice = { updates: [], countryChanges: [{ ...country!, changes: [change!, change!] }] };
  const links = feedItems(twice).map((i) => i.link);
  assert.equal(new Set(links).size, 2);
});

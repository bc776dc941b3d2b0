import { test } from 'node:test';
import assert from 'node:assert/strict';
import { todoPaths, idError, futureDateError, duplicates, urlError, mirrorError } from './content-rules';
import { isReviewStale, compareRisk } from './risk';

test('TODO markers are found anywhere in front matter', () => {
  assert.deepEqual(todoPaths({ a: [{ b: 'write this TODO' }], c: 'fine' }), ['a.0.b']);
  assert.deepEqual(todoPaths({ a: 'Todoist is fine', d: new Date() }), []);
});

test('ids must be lowercase latin with hyphens, and the error suggests one', () => {
  assert.equal(idError('check-wanted-status'), undefined);
  assert.match(idError('Check Wanted Status')!, /"check-wanted-status"/);
  assert.ok(idError('проверка'));
});

test('review dates in the future are refused', () => {
  const now = new Date(Date.UTC(2026, 10, 25, 12));
  assert.match(futureDateError(new Date(Date.UTC(2062, 0, 1)), now)!, /in the future/);
  assert.equal(futureDateError(new Date(Date.UTC(2026, 10, 25)), now), undefined);
});

test('duplicates and bad URLs are reported', () => {
  assert.deepEqual(duplicates(['a', 'b', 'a']), ['a']);
  assert.equal(urlError('https://example.org/x'), undefined);
  assert.match(urlError('example.org/x')!, /https:\/\//);
  assert.ok(urlError('javascript:alert(1)'));
});

test('a plain http address is refused, with the https address to try instead', () => {
  assert.match(urlError('http://www.ishr.ch/news/x')!, /use https:\/\/www\.ishr\.ch\/news\/x/);
});

test("a mirror link must differ from the publisher's address and carry a label", () => {
  const url = 'https://zona.media/article/2023/06/20/gknb';
  assert.equal(mirrorError({ url }), undefined);
  assert.equal(mirrorError({ url, mirror: 'https://copy.example/gknb', via: 'mirror copy' }), undefined);
  assert.match(mirrorError({ url, mirror: url, via: 'mirror copy' })!, /same address/);
  assert.match(mirrorError({ url, mirror: 'https://copy.example/gknb' })!, /via:/);
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('a review goes stale after six calendar months', () => {
  assert.equal(isReviewStale(day('2026-01-31'), day('2026-07-31')), false);
  assert.equal(isReviewStale(day('2026-01-31'), day('2026-08-01')), true);
});

test('a review made on a month end goes stale at the end of the shorter month, not days later', () => {
  // 31 August + 6 months is 28 February (29 in a leap year); adding days by overflow gave 3 March.
  assert.equal(isReviewStale(day('2025-08-31'), day('2026-02-28')), false);
  assert.equal(isReviewStale(day('2025-08-31'), day('2026-03-01')), true);
  assert.equal(isReviewStale(day('2023-08-31'), day('2024-02-29')), false);
  assert.equal(isReviewStale(day('2023-08-31'), day('2024-03-01')), true);
  // The time of day of "now" does not matter: the review date is a calendar day.
  assert.equal(isReviewStale(day('2025-08-31'), new Date('2026-02-28T23:59:00Z')), false);
});

test('risk levels sort from severe to unknown', () => {
  assert.deepEqual((['unknown', 'low', 'severe', 'high'] as const).slice().sort(compareRisk), ['severe', 'high', 'low', 'unknown']);
});

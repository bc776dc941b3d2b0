import { test } from 'node:test';
import assert from 'node:assert/strict';
import { todoPaths, idError, futureDateError, duplicates, urlError } from './content-rules';
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

test('a review goes stale after six calendar months', () => {
  const reviewed = new Date(Date.UTC(2026, 0, 31));
  assert.equal(isReviewStale(reviewed, new Date(Date.UTC(2026, 6, 30))), false);
  assert.equal(isReviewStale(reviewed, new Date(Date.UTC(2026, 7, 1))), true);
});

test('risk levels sort from severe to unknown', () => {
  assert.deepEqual((['unknown', 'low', 'severe', 'high'] as const).slice().sort(compareRisk), ['severe', 'high', 'low', 'unknown']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReviewStale, staleFrom } from './risk';
import { isoDay } from './dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('a saved copy counts as old from the same day a review of that date goes stale', () => {
  for (const built of ['2026-01-31', '2026-08-31', '2026-11-26']) {
    const from = staleFrom(day(built));
    const before = new Date(from.getTime() - 1);
    assert.equal(isReviewStale(day(built), from), true, built);
    assert.equal(isReviewStale(day(built), before), false, built);
  }
  assert.equal(isoDay(staleFrom(day('2026-08-31'))), '2027-03-01');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate, formatPartialDate, partialDateKey, addMonths, daysBetween, newestPartialDate } from './dates';

test('the newest event is the latest date, and a month or year counts from its end', () => {
  assert.equal(newestPartialDate(['2023-06-02', '2026-03-10', '2025-05']), '2026-03-10');
  assert.equal(newestPartialDate(['2026-03-10', '2026-03']), '2026-03');
  assert.equal(newestPartialDate(['2026-02-02', '2026']), '2026');
  assert.equal(newestPartialDate(['2024-11', '2024-10-31']), '2024-11');
  assert.equal(newestPartialDate([]), undefined);
});

test('partial dates keep the precision the source gives', () => {
  assert.deepEqual(parsePartialDate('2023-06'), { ok: true, value: '2023-06' });
  assert.deepEqual(parsePartialDate('2023'), { ok: true, value: '2023' });
  assert.deepEqual(parsePartialDate(new Date(Date.UTC(2023, 5, 2))), { ok: true, value: '2023-06-02' });
});

test('impossible or malformed dates are refused with the accepted forms named', () => {
  for (const bad of ['2023-02-30', '2023-13', '02.06.2023', 'June 2023', 20230602]) {
    const result = parsePartialDate(bad);
    assert.equal(result.ok, false, String(bad));
  }
  const r = parsePartialDate('02.06.2023');
  assert.match(r.ok ? '' : r.error, /2023-06-02, 2023-06 or 2023/);
});

test('dates are written in each language at their precision', () => {
  assert.equal(formatPartialDate('2023-06-02', 'en-GB'), '2 June 2023');
  assert.equal(formatPartialDate('2023-06', 'en-GB'), 'June 2023');
  assert.equal(formatPartialDate('2023-06-02', 'ru-RU'), '2 июня 2023');
  assert.equal(formatPartialDate('2023-06', 'ru-RU'), 'июнь 2023');
  assert.equal(formatPartialDate('2023', 'ru-RU'), '2023');
  assert.equal(formatPartialDate('2023', 'en-GB'), '2023');
  // Any language the site adds gets its own forms, here Ukrainian's genitive and nominative.
  assert.equal(formatPartialDate('2023-06-02', 'uk-UA'), '2 червня 2023');
  assert.equal(formatPartialDate('2023-06', 'uk-UA'), 'червень 2023');
  // Day boundaries do not move with the machine's time zone.
  assert.equal(formatPartialDate('2023-01-01', 'en-GB'), '1 January 2023');
});

test('partial dates sort at the start of their period', () => {
  assert.equal(partialDateKey('2023'), '2023-01-01');
  assert.equal(partialDateKey('2023-06'), '2023-06-01');
  assert.equal(partialDateKey('2023-06-02'), '2023-06-02');
  const sorted = ['2023-06-02', '2024', '2023', '2023-06', '2022-12-31'].sort((a, b) => partialDateKey(a).localeCompare(partialDateKey(b)));
  assert.deepEqual(sorted, ['2022-12-31', '2023', '2023-06', '2023-06-02', '2024']);
});

test('adding months clamps to the end of shorter months, including leap years', () => {
  assert.equal(
    addMonths(new Date(Date.UTC(2024, 0, 31)), 1)
      .toISOString()
      .slice(0, 10),
    '2024-02-29',
  );
  assert.equal(
    addMonths(new Date(Date.UTC(2023, 0, 31)), 1)
      .toISOString()
      .slice(0, 10),
    '2023-02-28',
  );
  assert.equal(
    addMonths(new Date(Date.UTC(2024, 7, 31)), -6)
      .toISOString()
      .slice(0, 10),
    '2024-02-29',
  );
  assert.equal(daysBetween(new Date(Date.UTC(2024, 1, 28)), new Date(Date.UTC(2024, 2, 1))), 2);
});

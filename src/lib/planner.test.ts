import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan, planDocument, parseDay, localToday } from './planner';

const day = (s: string) => parseDay(s)!;

test('an expired document is reported as expired with negative days left', () => {
  const p = planDocument({ kind: 'visa', expires: '2026-01-10' }, day('2026-01-11'))!;
  assert.equal(p.status, 'expired');
  assert.equal(p.daysLeft, -1);
});

test('the expiry day itself still counts as valid', () => {
  const p = planDocument({ kind: 'visa', expires: '2026-01-10' }, day('2026-01-10'))!;
  assert.equal(p.daysLeft, 0);
  assert.notEqual(p.status, 'expired');
});

test('a passport must be acted on six months ahead and needs a consulate', () => {
  const p = planDocument({ kind: 'passport', expires: '2027-03-01' }, day('2026-09-15'))!;
  assert.equal(p.startBy.toISOString().slice(0, 10), '2026-09-01');
  assert.equal(p.status, 'urgent');
  assert.equal(p.needsConsulate, true);
  const later = planDocument({ kind: 'passport', expires: '2030-03-01' }, day('2026-09-15'))!;
  assert.equal(later.status, 'ok');
});

test('leap days: a permit expiring on 29 February is planned from a real day', () => {
  const p = planDocument({ kind: 'residence', expires: '2028-02-29' }, day('2027-06-01'))!;
  assert.equal(p.startBy.toISOString().slice(0, 10), '2027-12-29');
  assert.equal(p.status, 'ok');
  assert.equal(parseDay('2027-02-29'), undefined, '29 February 2027 does not exist');
});

test('time zones: the local calendar day is used, not the UTC one', () => {
  // Just after midnight in Almaty or Bishkek it is still the previous day in UTC, and late in the
  // evening in New York it is already the next: a rule that took the UTC day would fail here.
  const saved = process.env.TZ;
  try {
    for (const zone of ['Asia/Almaty', 'Asia/Bishkek', 'Asia/Tbilisi', 'America/New_York', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      assert.equal(
        localToday(new Date(2026, 0, 10, 0, 30))
          .toISOString()
          .slice(0, 10),
        '2026-01-10',
        `00:30 in ${zone}`,
      );
      assert.equal(
        localToday(new Date(2026, 0, 9, 23, 30))
          .toISOString()
          .slice(0, 10),
        '2026-01-09',
        `23:30 in ${zone}`,
      );
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('a passport running out before the residence permit renewal is flagged', () => {
  const p = plan(
    [
      { kind: 'passport', expires: '2027-01-01' },
      { kind: 'residence', expires: '2026-12-01' },
    ],
    day('2026-03-01'),
  );
  assert.equal(p.passportBlocksResidence, true);
  const fine = plan(
    [
      { kind: 'passport', expires: '2030-01-01' },
      { kind: 'residence', expires: '2026-12-01' },
    ],
    day('2026-03-01'),
  );
  assert.equal(fine.passportBlocksResidence, false);
});

test('malformed input is ignored, not thrown', () => {
  assert.equal(planDocument({ kind: 'visa', expires: 'soon' }, day('2026-01-01')), undefined);
  assert.deepEqual(plan([{ kind: 'visa', expires: '' }], day('2026-01-01')).documents, []);
});

test('the plan lists the most urgent document first, not in the order typed', () => {
  const today = day('2026-03-01');
  const result = plan(
    [
      { kind: 'passport', expires: '2028-01-01' },
      { kind: 'residence', expires: '2026-06-01' },
      { kind: 'visa', expires: '2026-03-10' },
    ],
    today,
  );
  assert.deepEqual(
    result.documents.map((d) => d.kind),
    ['visa', 'residence', 'passport'],
  );
  // Same start day: the earlier expiry first.
  const tie = plan(
    [
      { kind: 'visa', expires: '2026-05-02' },
      { kind: 'residence', expires: '2026-06-02' },
    ],
    today,
  );
  assert.deepEqual(
    tie.documents.map((d) => d.kind),
    ['visa', 'residence'],
  );
});

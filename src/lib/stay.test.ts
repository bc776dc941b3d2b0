import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStay, type TripInput } from './stay';
import { addDays, isoDay } from './dates';

// A fixed "today": the counter never reads the clock.
const TODAY = new Date(Date.UTC(2026, 2, 10));
const RULE = { days: 90, window: 180 };
const day = (offset: number) => isoDay(addDays(TODAY, offset));
const trip = (from: number, to?: number): TripInput => ({ entry: day(from), exit: to === undefined ? '' : day(to) });
const ok = (trips: TripInput[]) => {
  const r = countStay(trips, RULE, TODAY);
  assert.ok(r.ok);
  return r;
};

test('the day of entry and the day of exit both count', () => {
  assert.equal(ok([trip(-10, -10)]).used, 1);
  assert.equal(ok([trip(-10, -1)]).used, 10);
});

test('a day 179 days ago is inside the 180-day window; 180 days ago is outside', () => {
  assert.equal(ok([trip(-179, -179)]).used, 1);
  assert.equal(ok([trip(-180, -180)]).used, 0);
  assert.equal(ok([trip(-200, -170)]).used, 10);
});

test('exactly 90 days is within the rule; the 91st is over it', () => {
  const at90 = ok([trip(-89)]);
  assert.deepEqual([at90.used, at90.left, at90.over, at90.inCountry], [90, 0, false, true]);
  assert.equal(isoDay(at90.lastDay!), day(0));
  const at91 = ok([trip(-90)]);
  assert.deepEqual([at91.used, at91.left, at91.over, at91.lastDay], [91, 0, true, undefined]);
});

test('staying on from today: the last allowed day counts old days as they leave the window', () => {
  // Entered today with no earlier stay: days 0..89.
  assert.equal(isoDay(ok([trip(0)]).lastDay!), day(89));
  // 30 days at the very start of the window (days -179..-150): they drop out one a day from
  // tomorrow, as fast as new days come in, so 60 more days and then as long as they keep dropping.
  const r = ok([trip(-179, -150), trip(0)]);
  assert.equal(r.used, 31);
  assert.equal(isoDay(r.lastDay!), day(89));
  // 30 days in the middle of the window (days -100..-71) stay in it for the next 79 days.
  assert.equal(isoDay(ok([trip(-100, -71), trip(0)]).lastDay!), day(59));
});

test('outside the country, the last day is for an entry today; with no days left there is none', () => {
  const away = ok([trip(-60, -31)]);
  assert.deepEqual([away.used, away.inCountry], [30, false]);
  assert.equal(isoDay(away.lastDay!), day(59));
  const none = ok([trip(-95, -6)]);
  assert.deepEqual([none.used, none.left, none.over, none.lastDay], [90, 0, false, undefined]);
});

test('a planned exit counts as in the country today; days after today are not counted as used', () => {
  const r = ok([trip(-9, 20)]);
  assert.deepEqual([r.used, r.inCountry], [10, true]);
});

test('impossible rows are named, half-filled rows are ignored', () => {
  assert.deepEqual(countStay([trip(-5, -3), trip(-1, -4)], RULE, TODAY), { ok: false, error: 'exit-before-entry', trip: 1 });
  assert.deepEqual(countStay([trip(3)], RULE, TODAY), { ok: false, error: 'entry-in-future', trip: 0 });
  assert.equal(
    ok([
      { entry: '', exit: day(-2) },
      { entry: '2026-02-31', exit: '' },
    ]).used,
    0,
  );
});

test('a stay rule names its days in the form the number needs, in Russian too', async () => {
  const { stayRuleWords } = await import('./stay');
  const { ui } = await import('../i18n');
  const ru = ui('ru').planner;
  assert.deepEqual(stayRuleWords('ru', ru, { days: 90, window: 180 }), { days: '90 дней', ofDays: '90 дней', window: 180, windowDays: '180 дней' });
  // 21 takes "one" in Russian: «21 день», but «из 21 дня»; 30 and 60 take "many".
  assert.deepEqual(stayRuleWords('ru', ru, { days: 21, window: 61 }), { days: '21 день', ofDays: '21 дня', window: 61, windowDays: '61 день' });
  assert.equal(stayRuleWords('ru', ru, { days: 3, window: 30 }).days, '3 дня');
  assert.deepEqual(stayRuleWords('en', ui('en').planner, { days: 1, window: 30 }), { days: '1 day', ofDays: '1 day', window: 30, windowDays: '30 days' });
});

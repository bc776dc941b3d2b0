import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTSIDE, routeLegs } from './route';

const kz = { slug: 'kazakhstan', levels: { 'border-detention': 'severe', 'interpol-wanted-lists': 'high', extradition: 'severe' } } as const;
const ge = { slug: 'georgia', levels: { 'border-detention': 'high', 'interpol-wanted-lists': 'elevated', extradition: 'elevated' } } as const;
const uz = { slug: 'uzbekistan', levels: { 'border-detention': 'elevated' } } as const;

// The risk of each leg (issue #16): both ends count, a change counts on both legs it joins.
const countries = [kz, ge, uz, { slug: 'armenia', levels: { 'border-detention': 'high', 'interpol-wanted-lists': 'high', extradition: 'severe' } }] as const;

test('a route with two changes has three legs, each as risky as the worse of its two ends, and says why', () => {
  const legs = routeLegs(['georgia', 'kazakhstan', 'georgia', 'armenia'], countries);
  assert.deepEqual(
    legs.map((l) => [l.from, l.to, l.level, l.complete]),
    [
      ['georgia', 'kazakhstan', 'severe', true],
      // Leaving the change in Kazakhstan is as risky as arriving there.
      ['kazakhstan', 'georgia', 'severe', true],
      ['georgia', 'armenia', 'severe', true],
    ],
  );
  assert.deepEqual(legs[0]!.because, [
    { country: 'kazakhstan', role: 'via', threat: 'border-detention', level: 'severe' },
    { country: 'kazakhstan', role: 'via', threat: 'extradition', level: 'severe' },
  ]);
  assert.deepEqual(legs[2]!.because, [{ country: 'armenia', role: 'to', threat: 'extradition', level: 'severe' }]);
  // Where the reader starts counts too: a listed person can be stopped leaving.
  assert.deepEqual(
    routeLegs(['kazakhstan', 'georgia'], countries)[0]!.because.map((f) => [f.country, f.role]),
    [
      ['kazakhstan', 'from'],
      ['kazakhstan', 'from'],
    ],
  );
});

test('unused changes are skipped, and a route needs two points', () => {
  assert.deepEqual(
    routeLegs(['georgia', '', 'armenia', ''], countries).map((l) => [l.from, l.to]),
    [['georgia', 'armenia']],
  );
  assert.deepEqual(routeLegs(['georgia'], countries), []);
});

test('a leg with an unrated threat gives its known rating as a lower bound, never as safe', () => {
  const [leg] = routeLegs(['georgia', 'uzbekistan'], countries);
  assert.equal(leg!.level, 'high');
  assert.equal(leg!.complete, false);
  assert.deepEqual(
    leg!.unrated.map((f) => [f.country, f.role, f.threat]),
    [
      ['uzbekistan', 'to', 'interpol-wanted-lists'],
      ['uzbekistan', 'to', 'extradition'],
    ],
  );
});

test('a country outside the atlas is not rated: its legs say so, and a leg with nothing rated is unknown', () => {
  const legs = routeLegs(['georgia', OUTSIDE, OUTSIDE], countries);
  assert.deepEqual(
    legs.map((l) => [l.level, l.complete, l.outside]),
    [
      ['high', false, [OUTSIDE]],
      ['unknown', false, [OUTSIDE]],
    ],
  );
  assert.deepEqual(legs[1]!.because, []);
  // A slug the atlas does not rate (a country removed since, a hand-made value) is outside too, not safe.
  assert.equal(routeLegs(['georgia', 'atlantis'], [])[0]!.level, 'unknown');
});

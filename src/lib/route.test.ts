import { test } from 'node:test';
import assert from 'node:assert/strict';
import { routeRisk, stopRisk } from './route';

const kz = { slug: 'kazakhstan', levels: { 'border-detention': 'severe', 'interpol-wanted-lists': 'high', extradition: 'severe' } } as const;
const ge = { slug: 'georgia', levels: { 'border-detention': 'high', 'interpol-wanted-lists': 'elevated', extradition: 'elevated' } } as const;
const uz = { slug: 'uzbekistan', levels: { 'border-detention': 'elevated' } } as const;

test('a route is as risky as its riskiest stop, wherever that stop is', () => {
  assert.deepEqual(routeRisk([ge, kz, ge]), { highest: 'severe', highestAt: ['kazakhstan'], unknownAt: [] });
  assert.equal(routeRisk([ge, ge]).highest, 'high');
  assert.equal(stopRisk(kz), 'severe');
});

test('an unrated threat is reported, never read as safe', () => {
  const r = routeRisk([ge, uz]);
  assert.equal(r.highest, 'high');
  assert.deepEqual(r.unknownAt, ['uzbekistan']);
  assert.deepEqual(routeRisk([{ slug: 'x', levels: {} }]), { highest: 'unknown', highestAt: [], unknownAt: ['x'] });
});

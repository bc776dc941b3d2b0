import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reintegrate, sriOf } from './precache';

const bytes = (s: string) => new TextEncoder().encode(s);

test('reintegrate recomputes the hash of each file the copy changed, and only those', () => {
  const list = [
    { url: '/m/en/index.html', revision: 'a', integrity: sriOf(bytes('served')) },
    { url: '/m/_astro/x.js', revision: null, integrity: sriOf(bytes('js')) },
  ];
  const script = `precacheAndRoute(${JSON.stringify(list)});`;
  const out = reintegrate(script, '/m/', (path) => (path === 'en/index.html' ? bytes('rewritten') : undefined));
  const parsed = JSON.parse(out.slice('precacheAndRoute('.length, -2));
  assert.equal(parsed[0].integrity, sriOf(bytes('rewritten')));
  assert.equal(parsed[1].integrity, sriOf(bytes('js')));
  assert.equal(sriOf(bytes('')), 'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb');
});

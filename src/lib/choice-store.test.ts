import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moveChoices } from './choice-store';
import type { KeyValueStore } from './storage';

/** A Storage stand-in over a Map, in insertion order like the browser's. */
function memory(entries: Record<string, string> = {}): KeyValueStore & { all(): Record<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    all: () => Object.fromEntries(map),
  };
}

test('"Keep nothing" takes every choice off the device, not only one checklist\'s ticks, and leaves the settings', () => {
  const local = memory({
    'atlas:v1:progress:documents': '{"v":1,"done":["a"]}',
    'atlas:v1:progress:before-travel': '{"v":1,"done":["b"]}',
    'atlas:v1:profile': 'v=1&wanted=interpol',
    'atlas:v1:help-country': 'georgia',
    'atlas:v1:planner': '{"passport":"2027-01-01"}',
    'atlas:v1:keep-nothing': '1',
    'atlas:v1:quick-exit-wipe': '1',
    'atlas:v1:profile-extra': 'not a choice key',
    'other-app:atlas:v1:profile': 'another app',
  });
  const session = memory({ 'atlas:v1:progress:documents': '{"v":1,"done":["old"]}' });
  moveChoices(local, session);
  assert.deepEqual(local.all(), {
    'atlas:v1:keep-nothing': '1',
    'atlas:v1:quick-exit-wipe': '1',
    'atlas:v1:profile-extra': 'not a choice key',
    'other-app:atlas:v1:profile': 'another app',
  });
  assert.deepEqual(session.all(), {
    'atlas:v1:progress:documents': '{"v":1,"done":["a"]}',
    'atlas:v1:progress:before-travel': '{"v":1,"done":["b"]}',
    'atlas:v1:profile': 'v=1&wanted=interpol',
    'atlas:v1:help-country': 'georgia',
    'atlas:v1:planner': '{"passport":"2027-01-01"}',
  });
});

test('switched off, the choices of the tab go back to the device', () => {
  const local = memory({ 'atlas:v1:history': 'normal' });
  const session = memory({ 'atlas:v1:progress:documents': '{"v":1,"done":["a"]}', 'atlas:v1:search-query': 'x' });
  moveChoices(session, local);
  assert.deepEqual(local.all(), { 'atlas:v1:history': 'normal', 'atlas:v1:progress:documents': '{"v":1,"done":["a"]}' });
  assert.deepEqual(session.all(), { 'atlas:v1:search-query': 'x' });
});

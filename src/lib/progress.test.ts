import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ui } from '../i18n';
import { parseProgress, readProgress, writeProgress, progressKey, serializeProgress, progressText } from './progress';
import { removeNamespaced, NAMESPACE, type KeyValueStore } from './storage';

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const ids = ['a', 'b', 'c'];

test('ticks round-trip through storage', () => {
  const store = new MemoryStore();
  assert.equal(writeProgress(store, 'list', new Set(['a', 'c'])), true);
  assert.deepEqual([...readProgress(store, 'list', ids)], ['a', 'c']);
});

test('corrupt, foreign, old-version or huge values yield no ticks instead of an error', () => {
  for (const raw of [
    '{not json',
    '[]',
    'null',
    '"a"',
    '{"v":0,"done":["a"]}',
    '{"v":1,"done":"a"}',
    '{"v":1,"done":[1,{}]}',
    `{"v":1,"done":["${'x'.repeat(70000)}"]}`,
  ]) {
    assert.deepEqual([...parseProgress(raw, ids)], [], raw.slice(0, 30));
  }
});

test('a stored value over the size limit is not parsed at all, even when it is valid', () => {
  // Valid JSON with a known id, padded to just under and just over 64 KiB.
  const padded = (length: number) => {
    const head = '{"v":1,"done":["a"],"pad":"';
    return head + 'x'.repeat(length - head.length - 2) + '"}';
  };
  assert.deepEqual([...parseProgress(padded(64 * 1024), ids)], ['a']);
  assert.deepEqual([...parseProgress(padded(64 * 1024 + 1), ids)], []);
});

test('ids that no longer exist in the checklist are dropped, valid ones kept', () => {
  assert.deepEqual([...parseProgress('{"v":1,"done":["a","gone","<script>"]}', ids)], ['a']);
});

test('a storage that refuses writes reports it and does not throw', () => {
  const store = new MemoryStore();
  store.failWrites = true;
  assert.equal(writeProgress(store, 'list', new Set(['a'])), false);
});

test('clearing removes every key of the site and nothing else', () => {
  const store = new MemoryStore();
  store.setItem(progressKey('one'), serializeProgress(['a']));
  store.setItem(`${NAMESPACE}quick-exit-wipe`, '1');
  store.setItem('other-site-key', 'keep me');
  assert.equal(removeNamespaced(store), 2);
  assert.deepEqual([...store.map.keys()], ['other-site-key']);
});

test('the checklist counter puts the numbers where each language puts them', () => {
  assert.equal(progressText(ui('en').progressCount, 3, 10), '3 of 10 done');
  assert.equal(progressText(ui('ru').progressCount, 0, 12), '0 из 12 сделано');
  assert.equal(progressText('{total}件中{done}件完了', 3, 10), '10件中3件完了');
});

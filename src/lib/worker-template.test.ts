import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillWorkerTemplate } from './worker-template';

test('every placeholder is filled, everywhere it occurs', () => {
  const out = fillWorkerTemplate("importScripts('../WORKBOX_DIR/a.js'); load('../WORKBOX_DIR/'); precache(self.__WB_MANIFEST);", {
    WORKBOX_DIR: 'workbox-v7',
    'self.__WB_MANIFEST': '[]',
  });
  assert.equal(out, "importScripts('../workbox-v7/a.js'); load('../workbox-v7/'); precache([]);");
});

test('a template without a placeholder the build fills fails the build, naming it', () => {
  assert.throws(() => fillWorkerTemplate('precache([]);', { 'self.__WB_MANIFEST': '[]' }), /sw\.js: the placeholder self\.__WB_MANIFEST is missing/);
});

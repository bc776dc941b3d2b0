import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { zipFiles } from './zip';

const enc = (s: string) => new TextEncoder().encode(s);
const MTIME = new Date('2020-01-01T00:00:00Z');

test('a zip holds every file with its path and exact content', () => {
  const html = enc('<!doctype html><p>Пример страницы</p>'.repeat(50));
  const wasm = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
  const out = unzipSync(
    zipFiles(
      [
        { path: 'ru/index.html', data: html },
        { path: 'ru/pagefind/wasm.ru.pagefind', data: wasm },
        { path: 'empty.txt', data: new Uint8Array() },
      ],
      MTIME,
    ),
  );
  assert.deepEqual(Object.keys(out).sort(), ['empty.txt', 'ru/index.html', 'ru/pagefind/wasm.ru.pagefind']);
  assert.deepEqual(out['ru/index.html'], html);
  assert.deepEqual(out['ru/pagefind/wasm.ru.pagefind'], wasm);
  assert.equal(out['empty.txt']?.length, 0);
});

test('the same files give the same bytes, so the published checksum is reproducible', () => {
  const files = [
    { path: 'a.txt', data: enc('one') },
    { path: 'b/c.txt', data: enc('two') },
  ];
  assert.deepEqual(zipFiles(files, MTIME), zipFiles(files, MTIME));
  assert.notDeepEqual(zipFiles(files, MTIME), zipFiles([{ path: 'a.txt', data: enc('One') }, files[1]!], MTIME));
});

test('text compresses', () => {
  const text = enc('Казахстан '.repeat(1000));
  assert.ok(zipFiles([{ path: 't.txt', data: text }], MTIME).length < text.length / 10);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GZIP_LEVEL, nginxCompression, servedBytes, serverCompresses } from './compression';

test('the server compresses pages, styles, scripts and JSON, not images or Pagefind’s own gzip files', () => {
  for (const path of [
    '/en/countries/georgia/index.html',
    '/_astro/site.A1.css',
    '/_astro/site.B2.js',
    '/en/offline-size.json',
    '/en/manifest.webmanifest',
    '/icon.svg',
  ])
    assert.ok(serverCompresses(path), path);
  for (const path of ['/icons/192.png', '/en/pagefind/fragment/en_1a2b.pf_fragment', '/en/pagefind/wasm.en.pagefind', '/en/pagefind/pagefind.en_1.pf_meta'])
    assert.ok(!serverCompresses(path), path);
  // Workbox's revision parameter does not change the file's type.
  assert.ok(serverCompresses('/en/index.html?__WB_REVISION__=abc'));
});

test('a compressed file counts its gzip size at the server’s level; others, and tiny ones, their own size', () => {
  const page = Buffer.from('<p>Kazakhstan: extradition requests</p>\n'.repeat(200));
  assert.equal(servedBytes('/en/index.html', page), gzipSync(page, { level: GZIP_LEVEL }).length);
  assert.ok(servedBytes('/en/index.html', page) < page.length / 10);
  assert.deepEqual(gunzipSync(gzipSync(page, { level: GZIP_LEVEL })), page);
  assert.equal(servedBytes('/icons/192.png', page), page.length);
  assert.equal(servedBytes('/en/x.json', Buffer.from('{}')), 2);
});

test('deploy/nginx.conf compresses with these settings', () => {
  const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  for (const line of nginxCompression().split('\n')) assert.ok(conf.includes(`    ${line}\n`), line);
  assert.equal(conf.match(/^\s*gzip\S*/gm)?.length, nginxCompression().split('\n').length, 'no gzip line outside the generated block');
});

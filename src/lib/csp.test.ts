import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csp, hostHeaders, nginxConf, SECURITY_HEADERS } from './csp';

test('the page policy allows WebAssembly only for search, and frame-ancestors only as a header', () => {
  assert.doesNotMatch(csp(), /wasm-unsafe-eval|frame-ancestors/);
  assert.match(csp({ search: true }), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp({ header: true }), /frame-ancestors 'none'$/);
  assert.match(csp(), /base-uri 'none'/);
  assert.doesNotMatch(csp({ search: true, header: true }), /unsafe-inline|'unsafe-eval'|\*/);
});

test('deploy/nginx.conf carries the generated policy and headers unchanged', () => {
  const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  assert.equal(conf, nginxConf(conf), 'deploy/nginx.conf differs from src/lib/csp.ts: run `npm run deploy:headers`');
  assert.ok(conf.includes(`"${csp({ header: true })}"`));
  // nginx's add_header rule: any add_header inside a location would drop the server's headers there.
  const locations = [...conf.matchAll(/location[^{]*\{([^}]*(\{[^}]*\}[^}]*)*)\}/g)].map((m) => m[1]!);
  assert.ok(locations.length >= 2);
  for (const body of locations) assert.doesNotMatch(body, /add_header/);
});

test('_headers applies every security header to every path and keeps paths under the base', () => {
  const file = hostHeaders('/mirror/', ['en', 'ru'], 'workbox-v7.4.1');
  const global = file.split('\n\n').find((block) => block.startsWith('/mirror/*\n'))! + '\n';
  assert.ok(global.includes(`Content-Security-Policy: ${csp({ search: true, header: true })}`));
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.ok(global.includes(`  ${name}: ${value}\n`), name);
  assert.match(file, /^\/mirror\/en\/clear\/\n {2}Clear-Site-Data: "cache", "storage"$/m);
  assert.match(file, /^\/mirror\/workbox-v7\.4\.1\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.doesNotMatch(file.replace(/^#.*$/gm, ''), /^\/(?!mirror\/)/m);
});

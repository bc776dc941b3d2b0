/**
 * A release signed with a throwaway key, checked by the real `minisign` program as a reader
 * would run it; one changed byte must fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSecretKey, parsePublicKey, publicKeyLine, scryptParams } from './minisign';
import { isDownload, parseMirrors, signRelease, RELEASE_LIST } from './release';
import { ensureDebianTool } from '../../scripts/debian-tool.mjs';

const minisign = ensureDebianTool('minisign', 'minisign');

function throwawayKey(dir: string) {
  // -W: no password, for the test only; the maintainers' key is encrypted.
  execFileSync(minisign, ['-G', '-W', '-p', join(dir, 'test.pub'), '-s', join(dir, 'test.key'), '-f'], { stdio: 'ignore' });
  return { pub: readFileSync(join(dir, 'test.pub'), 'utf8'), key: readFileSync(join(dir, 'test.key'), 'utf8') };
}

function minisignVerifies(file: string, publicKey: string): boolean {
  return spawnSync(minisign, ['-Vm', file, '-P', publicKey], { encoding: 'utf8' }).status === 0;
}

test('downloads are the zips, the Kiwix archives and the single-file checklists, not pages or checksums', () => {
  assert.equal(isDownload('downloads/guide-en.zip'), true);
  assert.equal(isDownload('downloads/guide-ru.zim'), true);
  assert.equal(isDownload('en/checklists/documents/documents-en.html'), true);
  assert.equal(isDownload('en/checklists/documents/index.html'), false);
  assert.equal(isDownload('downloads/guide-en.zip.sha256'), false);
  assert.equal(isDownload('downloads/guide-en.zip.minisig'), false);
  assert.equal(isDownload('en/countries/georgia/index.html'), false);
});

test('every download and the release list are signed so that minisign verifies them, and a changed byte fails', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-release-'));
  try {
    const { pub, key } = throwawayKey(dir);
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'downloads'), { recursive: true });
    mkdirSync(join(dist, 'en/checklists/documents'), { recursive: true });
    writeFileSync(join(dist, 'downloads/guide-en.zip'), Buffer.from('PK\x03\x04 pretend zip'));
    writeFileSync(join(dist, 'en/checklists/documents/documents-en.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dist, 'en/checklists/documents/index.html'), '<!doctype html><title>page</title>');
    const files = ['downloads/guide-en.zip', 'en/checklists/documents/documents-en.html', 'en/checklists/documents/index.html'];
    const secret = await parseSecretKey(key);
    const publicKey = publicKeyLine(parsePublicKey(pub));
    const { signed, list } = signRelease(dist, files, secret, ['https://atlas.example.org/'], new Date('2026-11-26T12:00:00Z'));

    assert.deepEqual(signed, ['downloads/guide-en.zip', 'en/checklists/documents/documents-en.html', RELEASE_LIST]);
    for (const path of signed) assert.equal(minisignVerifies(join(dist, path), publicKey), true, `${path} verifies`);
    const release = JSON.parse(list);
    assert.equal(release.publicKey, publicKey);
    assert.deepEqual(release.mirrors, ['https://atlas.example.org/']);
    assert.equal(
      release.downloads[0].sha256,
      createHash('sha256')
        .update(readFileSync(join(dist, 'downloads/guide-en.zip')))
        .digest('hex'),
    );

    // One changed byte in the zip, then in the release list: minisign refuses both.
    const zip = readFileSync(join(dist, 'downloads/guide-en.zip'));
    zip[5]! ^= 1;
    writeFileSync(join(dist, 'downloads/guide-en.zip'), zip);
    assert.equal(minisignVerifies(join(dist, 'downloads/guide-en.zip'), publicKey), false);
    writeFileSync(join(dist, RELEASE_LIST), list.replace('https://atlas.example.org/', 'https://atlas.evil.example/'));
    assert.equal(minisignVerifies(join(dist, RELEASE_LIST), publicKey), false);
    // Another key does not verify a genuine file either.
    const other = throwawayKey(join(dir, 'dist'));
    assert.equal(minisignVerifies(join(dist, 'en/checklists/documents/documents-en.html'), publicKeyLine(parsePublicKey(other.pub))), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("minisign's password-protected keys use libsodium's scrypt parameters for its opslimit and memlimit", () => {
  // minisign -G: opslimit 33554432, memlimit 1073741824 → N = 2^20, r = 8, p = 1 (1 GiB).
  assert.deepEqual(scryptParams(33554432n, 1073741824n), { N: 2 ** 20, r: 8, p: 1 });
});

test('a secret key that is not one fails with what to use instead', async () => {
  await assert.rejects(parseSecretKey('untrusted comment: x\nAAAA\n'), /minisign -G/);
  assert.throws(() => parsePublicKey('RWQ'), /RW/);
});

test('the official addresses must be real https addresses', () => {
  assert.deepEqual(parseMirrors('# official addresses\nhttps://atlas.example.org/\n\n'), ['https://atlas.example.org/']);
  assert.throws(() => parseMirrors('# none yet\n'), /no address/);
  assert.throws(() => parseMirrors('http://atlas.example.org/'), /https/);
  assert.throws(() => parseMirrors('https://exile-safety-atlas.example/'), /placeholder/);
});

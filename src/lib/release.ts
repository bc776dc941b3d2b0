/**
 * Signing a release: every download of the built site gets a minisign signature beside it
 * (FILE.minisig), and downloads/release.json lists the official addresses of the site and every
 * download with its size and SHA-256, itself signed. `npm run release` (scripts/release.ts)
 * reads the maintainers' key and calls this; tests call it with a throwaway key.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { publicKeyLine, keyIdHex, signature, verifySignature, type SecretKey } from './minisign';

/** Built files a reader downloads and passes on: the zips, the Kiwix archives, the single-file checklists. */
export function isDownload(path: string): boolean {
  if (/\.(minisig|sha256)$/.test(path)) return false;
  if (/^downloads\/[^/]+\.(zip|zim)$/.test(path)) return true;
  return /^[a-z]{2}\/checklists\/[^/]+\/[^/]+\.html$/.test(path) && !path.endsWith('/index.html');
}

export const RELEASE_LIST = 'downloads/release.json';

/** The official addresses, one per line in release/mirrors.txt; "#" starts a comment. */
export function parseMirrors(text: string, file = 'release/mirrors.txt'): string[] {
  const mirrors = text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
  if (mirrors.length === 0) throw new Error(`${file}: no address. List the site's official addresses, one per line, the primary site first.`);
  for (const m of mirrors) {
    let url: URL;
    try {
      url = new URL(m);
    } catch {
      throw new Error(`${file}: "${m}" is not an address. Write each one in full, like https://atlas.example.org/.`);
    }
    if (url.protocol !== 'https:') throw new Error(`${file}: "${m}" must start with https://: a mirror over plain http can be changed on the way.`);
    if (/\.(example|invalid|test|localhost)$/.test(url.hostname)) throw new Error(`${file}: "${m}" is a placeholder address, not a real mirror.`);
  }
  return mirrors;
}

export interface ReleaseEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/** minisign's own trusted comment: when it was signed and which file, so a signature cannot be moved to another file. */
function trustedComment(path: string, now: Date): string {
  return `timestamp:${Math.floor(now.getTime() / 1000)}\tfile:${basename(path)}\thashed`;
}

export function signRelease(dist: string, files: readonly string[], key: SecretKey, mirrors: readonly string[], now: Date): { signed: string[]; list: string } {
  const downloads = files.filter(isDownload).sort();
  if (downloads.length === 0) throw new Error(`${dist}: nothing to sign. Run the build first.`);
  const entries: ReleaseEntry[] = downloads.map((path) => {
    const data = readFileSync(join(dist, path));
    const sig = signature(data, key, trustedComment(path, now));
    // A signature that does not check out here would fail for every reader: stop now.
    if (!verifySignature(data, sig, key)) throw new Error(`${path}: the new signature does not verify.`);
    writeFileSync(join(dist, `${path}.minisig`), sig);
    return { path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  });
  const list = `${JSON.stringify(
    {
      description: 'Official addresses and downloads of the Exile Safety Atlas, signed by its maintainers. Check: minisign -Vm release.json -P <public key>',
      publicKey: publicKeyLine(key),
      keyId: keyIdHex(key.keyId),
      signed: now.toISOString(),
      mirrors,
      downloads: entries,
    },
    null,
    2,
  )}\n`;
  writeFileSync(join(dist, RELEASE_LIST), list);
  writeFileSync(join(dist, `${RELEASE_LIST}.minisig`), signature(Buffer.from(list), key, trustedComment(RELEASE_LIST, now)));
  return { signed: [...downloads, RELEASE_LIST], list };
}

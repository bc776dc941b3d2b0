/**
 * The maintainers' public signing key, read from its one place: release/minisign.pub, the file
 * `minisign -G` writes (CONTRIBUTING.md: "Signing releases"). The site prints it on the "verify a
 * copy" page and the pocket cards; `npm run release` signs with its secret half. Until the
 * maintainers have made it, pages say plainly that no copy is signed yet, and a publishing build
 * (ATLAS_PUBLISH=1, src/lib/publish.ts) fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { keyIdHex, parsePublicKey, publicKeyLine } from '../lib/minisign';
import { isPublishBuild } from '../lib/publish';

export const SIGNING_KEY_FILE = 'release/minisign.pub';

export interface SigningKey {
  /** The one base64 line to pass to `minisign -P`. */
  line: string;
  keyId: string;
}

let cached: SigningKey | null | undefined;

export function signingKey(): SigningKey | null {
  if (cached !== undefined) return cached;
  if (!existsSync(SIGNING_KEY_FILE)) {
    if (isPublishBuild()) {
      throw new Error(
        `${SIGNING_KEY_FILE} is missing: a release must print the maintainers' public key. Make the key pair on an offline computer with \`minisign -G\` and commit only the .pub file here (CONTRIBUTING.md, "Signing releases").`,
      );
    }
    return (cached = null);
  }
  try {
    const key = parsePublicKey(readFileSync(SIGNING_KEY_FILE, 'utf8'));
    return (cached = { line: publicKeyLine(key), keyId: keyIdHex(key.keyId) });
  } catch (error) {
    throw new Error(`${SIGNING_KEY_FILE}: ${(error as Error).message}`);
  }
}

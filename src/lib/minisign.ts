/**
 * The minisign formats (https://jedisct1.github.io/minisign/), written with Node's own Ed25519,
 * BLAKE2b-512 and scrypt, so that a release needs no native tool and no extra package, and
 * every reader can check a download with the `minisign` program their system already packages:
 *
 *   minisign -Vm FILE -P PUBLIC_KEY
 *
 * Keys are the ones the `minisign` tool makes (`minisign -G`): the secret key file, encrypted
 * with the maintainers' password or not (`-W`), is read here; it is never written anywhere.
 * Signatures are the current "prehashed" kind (algorithm "ED": Ed25519 over the file's BLAKE2b-512).
 */
import { createHash, createPrivateKey, createPublicKey, scrypt, sign, verify, type KeyObject } from 'node:crypto';

const KEY_ID_BYTES = 8;

export interface PublicKey {
  /** 8 bytes; minisign prints them as 16 hex digits, most significant first. */
  keyId: Buffer;
  /** The raw 32-byte Ed25519 public key. */
  key: Buffer;
}

export interface SecretKey extends PublicKey {
  privateKey: KeyObject;
}

export class MinisignError extends Error {}

/** The base64 line of a minisign key or signature file: the first line that is not a comment. */
function payload(text: string, what: string): Buffer {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('untrusted comment:') && !l.startsWith('trusted comment:'));
  if (!line) throw new MinisignError(`This is not a minisign ${what}: no key line found.`);
  return Buffer.from(line, 'base64');
}

/** A public key as minisign prints it: "RWQ…" (one base64 line), or a whole minisign.pub file. */
export function parsePublicKey(text: string): PublicKey {
  const bytes = payload(text, 'public key');
  if (bytes.length !== 2 + KEY_ID_BYTES + 32 || bytes.toString('latin1', 0, 2) !== 'Ed') {
    throw new MinisignError('This is not a minisign public key: it must be the base64 line starting with "RW" that `minisign -G` wrote.');
  }
  return { keyId: bytes.subarray(2, 10), key: bytes.subarray(10) };
}

/** The one line that identifies a key, as in minisign.pub and in `minisign -P`. */
export function publicKeyLine({ keyId, key }: PublicKey): string {
  return Buffer.concat([Buffer.from('Ed', 'latin1'), keyId, key]).toString('base64');
}

/** The key id as minisign shows it ("untrusted comment: minisign public key 1A2B…"). */
export function keyIdHex(keyId: Buffer): string {
  return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}

/** libsodium's crypto_pwhash_scryptsalsa208sha256 parameters (pickparams), from minisign's opslimit and memlimit. */
export function scryptParams(opslimit: bigint, memlimit: bigint): { N: number; r: number; p: number } {
  const ops = opslimit < 32768n ? 32768n : opslimit;
  const r = 8n;
  let logN = 1n;
  let p = 1n;
  const maxN = ops < memlimit / 32n ? ops / (r * 4n) : memlimit / (r * 128n);
  while (logN < 63n && 1n << logN <= maxN / 2n) logN++;
  if (!(ops < memlimit / 32n)) {
    let maxrp = ops / 4n / (1n << logN);
    if (maxrp > 0x3fffffffn) maxrp = 0x3fffffffn;
    p = maxrp / r;
  }
  return { N: Number(1n << logN), r: Number(r), p: Number(p) };
}

function ed25519FromSeed(seed: Buffer): KeyObject {
  // PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410).
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

function rawPublicKey(privateKey: KeyObject): Buffer {
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
}

/**
 * A minisign secret key file. `password` is needed when the key is encrypted (minisign's
 * default); a wrong password is caught by checking that the decrypted seed gives the key's own
 * public half.
 */
export async function parseSecretKey(text: string, password?: string): Promise<SecretKey> {
  const bytes = payload(text, 'secret key');
  if (bytes.length !== 158 || bytes.toString('latin1', 0, 2) !== 'Ed') {
    throw new MinisignError('This is not a minisign secret key: it must be the file `minisign -G` wrote (usually ~/.minisign/minisign.key).');
  }
  const kdf = bytes.toString('latin1', 2, 4);
  const salt = bytes.subarray(6, 38);
  const opslimit = bytes.readBigUInt64LE(38);
  const memlimit = bytes.readBigUInt64LE(46);
  let secret = Buffer.from(bytes.subarray(54, 158));
  if (kdf === 'Sc') {
    if (password === undefined) throw new MinisignError('This secret key is encrypted: its password is needed.');
    const { N, r, p } = scryptParams(opslimit, memlimit);
    const stream = await new Promise<Buffer>((resolve, reject) =>
      scrypt(password, salt, secret.length, { N, r, p, maxmem: 128 * N * r * p + 64 * 1024 * 1024 }, (e, k) => (e ? reject(e) : resolve(k))),
    );
    secret = Buffer.from(secret.map((b, i) => b ^ stream[i]!));
  } else if (kdf !== '\0\0') {
    throw new MinisignError(`This secret key uses a key derivation minisign does not write ("${kdf}").`);
  }
  const keyId = secret.subarray(0, 8);
  const seed = secret.subarray(8, 40);
  const key = secret.subarray(40, 72);
  const privateKey = ed25519FromSeed(seed);
  if (!rawPublicKey(privateKey).equals(key)) {
    throw new MinisignError(kdf === 'Sc' ? 'Wrong password for this secret key.' : 'This secret key is damaged: its two halves do not match.');
  }
  return { keyId, key, privateKey };
}

/** A comment may not hold a line break: it would end the comment line of the signature file. */
function oneLine(comment: string, which: string): string {
  if (/[\r\n]/.test(comment)) throw new MinisignError(`A minisign ${which} comment must be one line.`);
  return comment;
}

/**
 * The .minisig file for `data`. The trusted comment (signed too, shown by `minisign -V`) names
 * the file, so a valid signature cannot be passed off for another download.
 */
export function signature(
  data: Uint8Array,
  key: SecretKey,
  trustedComment: string,
  untrustedComment = 'signature from the Exile Safety Atlas maintainers',
): string {
  const digest = createHash('blake2b512').update(data).digest();
  const sig = sign(null, digest, key.privateKey);
  const trusted = oneLine(trustedComment, 'trusted');
  const global = sign(null, Buffer.concat([sig, Buffer.from(trusted, 'utf8')]), key.privateKey);
  return [
    `untrusted comment: ${oneLine(untrustedComment, 'untrusted')}`,
    Buffer.concat([Buffer.from('ED', 'latin1'), key.keyId, sig]).toString('base64'),
    `trusted comment: ${trusted}`,
    global.toString('base64'),
    '',
  ].join('\n');
}

/** Checks a .minisig against a public key: what `minisign -V` does, for the release's own self-check. */
export function verifySignature(data: Uint8Array, minisig: string, publicKey: PublicKey): boolean {
  const lines = minisig.split(/\r?\n/);
  const sigBytes = Buffer.from(lines[1] ?? '', 'base64');
  const trusted = (lines[2] ?? '').replace(/^trusted comment: /, '');
  const global = Buffer.from(lines[3] ?? '', 'base64');
  if (sigBytes.length !== 74 || !sigBytes.subarray(2, 10).equals(publicKey.keyId)) return false;
  const alg = sigBytes.toString('latin1', 0, 2);
  const message = alg === 'ED' ? createHash('blake2b512').update(data).digest() : alg === 'Ed' ? Buffer.from(data) : null;
  if (!message) return false;
  const spki = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey.key]), format: 'der', type: 'spki' });
  const sig = sigBytes.subarray(10);
  return verify(null, message, spki, sig) && verify(null, Buffer.concat([sig, Buffer.from(trusted, 'utf8')]), spki, global);
}

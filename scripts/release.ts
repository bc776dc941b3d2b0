/**
 * npm run release [-- --key PATH] [-- --no-build]
 *
 * Builds the site for publishing (ATLAS_PUBLISH=1, src/lib/publish.ts: the real site address
 * in ATLAS_SITE, the Kiwix archives and the public key are required), then signs every download with the maintainers' minisign secret key and writes the
 * signed list of official addresses and downloads (dist/downloads/release.json). Run it on the
 * computer that holds the key, ideally offline; the key's password is asked for once.
 * The secret key is read from --key, $MINISIGN_KEY or minisign's own default place,
 * ~/.minisign/minisign.key, never from inside the repository.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { parsePublicKey, parseSecretKey, publicKeyLine } from '../src/lib/minisign';
import { parseMirrors, signRelease } from '../src/lib/release';
import { SIGNING_KEY_FILE } from '../src/data/signing';
import { filesBelow } from '../src/lib/files';
import { PUBLISH_VAR } from '../src/lib/publish';

const MIRRORS_FILE = 'release/mirrors.txt';
const root = process.cwd();
const dist = join(root, 'dist');

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Reads a password from the terminal without showing it. */
function askPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) fail('the secret key is encrypted and there is no terminal to ask for its password. Run `npm run release` in a terminal.');
  return new Promise((done) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write(s.startsWith(prompt) ? prompt : '');
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      done(answer);
    });
  });
}

let publicText: string;
try {
  publicText = readFileSync(SIGNING_KEY_FILE, 'utf8');
} catch {
  fail(
    `${SIGNING_KEY_FILE} is missing. Make the key pair once, on an offline computer: \`minisign -G -p ${SIGNING_KEY_FILE} -s ~/.minisign/minisign.key\`, and commit only the .pub file (CONTRIBUTING.md, "Signing releases").`,
  );
}
const publicKey = parsePublicKey(publicText);
let mirrors: string[];
try {
  mirrors = parseMirrors(readFileSync(MIRRORS_FILE, 'utf8'), MIRRORS_FILE);
} catch (error) {
  fail((error as Error).message);
}

const keyPath = resolve(option('--key') ?? process.env.MINISIGN_KEY ?? join(homedir(), '.minisign', 'minisign.key'));
if (keyPath.startsWith(root + sep))
  fail(`${relative(root, keyPath)}: the secret key must not be inside the repository. Keep it on the signing computer or a removable drive.`);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, [PUBLISH_VAR]: '1' } });
  if (build.status !== 0) fail('the build failed; nothing was signed.');
}

let keyText: string;
try {
  keyText = readFileSync(keyPath, 'utf8');
} catch {
  fail(`no secret key at ${keyPath}. Pass --key PATH or set MINISIGN_KEY.`);
}
const encrypted = Buffer.from(keyText.split('\n').find((l) => l && !l.startsWith('untrusted comment:')) ?? '', 'base64').toString('latin1', 2, 4) === 'Sc';
const secret = await parseSecretKey(keyText, encrypted ? await askPassword('Password of the signing key: ') : undefined).catch((e: Error) => fail(e.message));
if (publicKeyLine(secret) !== publicKeyLine(publicKey)) fail(`this secret key does not belong to the public key in ${SIGNING_KEY_FILE}.`);

const { signed } = signRelease(dist, filesBelow(dist), secret, mirrors, new Date());
for (const path of signed) console.log(`signed ${path}`);
console.log(`\n${signed.length} files signed with key ${publicKeyLine(publicKey)}. Publish dist/ with the .minisig files beside the downloads.`);

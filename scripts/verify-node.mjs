/**
 * Runs before `npm run build`: stops the build, with what to do, unless the Node running it is the
 * pinned binary (src/lib/node-binary.ts explains the checks).
 */
import { readFileSync } from 'node:fs';
import { nodeBinaryProblem } from '../src/lib/node-binary.ts';

const pinned = JSON.parse(readFileSync(new URL('./node-binary.json', import.meta.url), 'utf8'));
const problem = nodeBinaryProblem({ execPath: process.execPath, version: process.version, platform: process.platform, arch: process.arch }, pinned);
if (problem) {
  console.error(`\nNode check failed: ${problem}\n`);
  process.exit(1);
}
console.log(`Node ${pinned.version} (${process.platform}-${process.arch}): SHA-256 matches scripts/node-binary.json`);

// @ts-check
/**
 * `npm test`: every check the project has, arranged so that two cores are both busy, with the
 * time of each phase printed at the end. The phases are the npm scripts themselves (check:types,
 * check:format, build, test:unit, test:mutation, test:e2e); only their order lives here.
 *
 *   1. build            beside  check:format
 *   2. check:types      beside  test:unit, then test:mutation
 *   3. test:e2e (two Playwright workers over the build of step 1)
 *
 * check:types runs after the build, not beside it: both write Astro's generated types in .astro/.
 * Output of phases that run side by side is printed whole when each ends, not interleaved.
 */
import { spawn } from 'node:child_process';

/** @type {{ name: string; seconds: number; ok: boolean }[]} */
const times = [];

/** @param {string} script @param {boolean} stream */
function run(script, stream) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ok = code === 0;
      times.push({ name: script, seconds: (performance.now() - started) / 1000, ok });
      if (!stream) process.stdout.write(`\n── ${script} ${ok ? 'passed' : 'FAILED'}\n${output}`);
      resolve(ok);
    });
  });
}

/** Runs one list of scripts in order, stopping at the first failure. @param {string[]} scripts */
async function inOrder(scripts) {
  for (const script of scripts) if (!(await run(script, false))) return false;
  return true;
}

/** @param {string[][]} lanes */
const sideBySide = async (lanes) => (await Promise.all(lanes.map(inOrder))).every(Boolean);

const ok =
  (await sideBySide([['build'], ['check:format']])) && (await sideBySide([['check:types'], ['test:unit', 'test:mutation']])) && (await run('test:e2e', true));

console.log(`\nnpm test ${ok ? 'passed' : 'FAILED'}; seconds per phase (phases side by side overlap):`);
for (const t of times) console.log(`  ${t.name.padEnd(14)} ${t.seconds.toFixed(1).padStart(6)}${t.ok ? '' : '  FAILED'}`);
process.exit(ok ? 0 : 1);

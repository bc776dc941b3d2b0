// @ts-check
/**
 * `npm test`: every check the project has, arranged so that two cores are both busy, with the
 * time of each phase printed at the end. The phases are the npm scripts themselves (check:types,
 * check:format, build, test:unit, test:mutation, test:e2e); only their order lives here.
 *
 *   1. build            beside  check:format
 *   2. test:e2e (two Playwright workers over the build of step 1)
 *      beside, in the idle scheduling class: check:types, then test:unit, then test:mutation
 *
 * The browser tests keep both cores busy most of the time but not all of it (a page waiting for
 * its server, a worker's last test); the checks beside them take only what the tests leave, and the
 * browser tests take as long with them as without (issue #19; the runs are in BENCHMARKS.md).
 * check:types runs after the build, not beside it: both write Astro's generated types in .astro/
 * (the browser tests' own builds work in copies of the project: e2e/support/build.ts).
 * Output of phases that run side by side is printed whole when each ends, not interleaved.
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants, setPriority } from 'node:os';

/** @type {{ name: string; seconds: number; ok: boolean }[]} */
const times = [];
const IDLE_CLASS = process.platform === 'linux' && spawnSync('chrt', ['--idle', '0', 'true']).status === 0;

/** @param {string} script @param {boolean} stream @param {boolean} [low] only on a core nothing else wants */
function run(script, stream, low = false) {
  const started = performance.now();
  return new Promise((resolve) => {
    const command = ['npm', 'run', '--silent', script];
    // Linux's idle scheduling class (util-linux's chrt): the process runs only on a core nothing
    // else wants, and gives it up at once when a test's process wakes. A low nice value alone still
    // took time slices from the tests' many short wake-ups.
    if (low && IDLE_CLASS) command.unshift('chrt', '--idle', '0');
    const [file = 'npm', ...args] = command;
    const child = spawn(file, args, { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    // Elsewhere the lowest priority, set before npm starts the script (it loads for a tenth of a
    // second first): processes inherit it from the process that starts them.
    if (low && !IDLE_CLASS && child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
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

/** Runs one list of scripts in order, stopping at the first failure. @param {string[]} scripts @param {boolean} [low] */
async function inOrder(scripts, low = false) {
  for (const script of scripts) if (!(await run(script, false, low))) return false;
  return true;
}

/** @param {string[][]} lanes */
const sideBySide = async (lanes) => (await Promise.all(lanes.map((lane) => inOrder(lane)))).every(Boolean);

const ok =
  (await sideBySide([['build'], ['check:format']])) &&
  (await Promise.all([run('test:e2e', true), inOrder(['check:types', 'test:unit', 'test:mutation'], true)])).every(Boolean);

console.log(`\nnpm test ${ok ? 'passed' : 'FAILED'}; seconds per phase (phases side by side overlap):`);
for (const t of times) console.log(`  ${t.name.padEnd(14)} ${t.seconds.toFixed(1).padStart(6)}${t.ok ? '' : '  FAILED'}`);
process.exit(ok ? 0 : 1);

/**
 * `npm run test:mutation`: proves that every cross-file content rule has a test that fails without it.
 *
 * Each rule in src/lib/integrity.ts reports through `add(...)`, or through the two helpers built on
 * it (`refersTo(...)` for references, `checkCites(...)` for citations). For every such call this script
 * writes a copy of src/ in which that one call does nothing, runs the integrity unit tests against
 * the copy, and expects them to fail. A rule whose removal still passes every test ("a surviving
 * mutant") is named with its line: write the test it lacks. It found five such rules when written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const TARGET = 'src/lib/integrity.ts';
const TESTS = 'src/lib/integrity.test.ts';
const source = readFileSync(TARGET, 'utf8');
const lines = source.split('\n');

// Every call of the reporting functions (a definition reads `const add = (`, which does not match).
/** @type {{ line: number; column: number; name: string }[]} */
const calls = [];
lines.forEach((line, i) => {
  for (const m of line.matchAll(/(?<![\w.])(add|refersTo|checkCites)\(/g)) calls.push({ line: i, column: m.index, name: m[1] ?? '' });
});

// One copy of src/ per core, each testing its share of the mutants at the same time.
const copies = Array.from({ length: Math.min(availableParallelism(), calls.length) }, () => {
  const work = mkdtempSync(join(tmpdir(), 'atlas-mutants-'));
  cpSync('src', join(work, 'src'), { recursive: true });
  cpSync('scripts/test', join(work, 'scripts/test'), { recursive: true });
  return work;
});
/** @type {string[]} */
const survivors = [];
let next = 0;
/** Takes the next mutant until none is left. @param {string} work */
async function mutate(work) {
  for (let call = calls[next++]; call; call = calls[next++]) {
    const { line, column, name } = call;
    const mutated = [...lines];
    const original = lines[line] ?? '';
    // `add(` becomes a call that ignores its arguments: the rule still runs, its report is lost.
    mutated[line] = `${original.slice(0, column)}((..._: unknown[]) => {})(${original.slice(column + name.length + 1)}`;
    writeFileSync(join(work, TARGET), mutated.join('\n'));
    const child = spawn(process.execPath, ['--test', '--import', './scripts/test/register.mjs', TESTS], { cwd: work, stdio: 'ignore' });
    const status = await new Promise((resolve) => child.on('close', resolve));
    if (status === 0) survivors.push(`${TARGET}:${line + 1}: ${original.trim().slice(0, 110)}`);
  }
}
try {
  await Promise.all(copies.map(mutate));
} finally {
  for (const work of copies) rmSync(work, { recursive: true, force: true });
}
survivors.sort((a, b) => parseInt(a.slice(TARGET.length + 1)) - parseInt(b.slice(TARGET.length + 1)));

if (survivors.length) {
  console.error(
    `${survivors.length} of ${calls.length} content rules can be removed without any test failing:\n  ${survivors.join('\n  ')}\nWrite a test in ${TESTS} that fails without each of them.`,
  );
  process.exit(1);
}
console.log(`mutation check: all ${calls.length} content rules in ${TARGET} are covered by a failing test.`);

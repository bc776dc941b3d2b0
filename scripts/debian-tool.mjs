/**
 * Finds a program the build or the tests need from a Debian package (zim-tools, minisign) and,
 * like scripts/chromium.mjs does for Chromium, installs the package when it is missing and we
 * are root (a fresh CI machine). Otherwise it says exactly what to install.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

/**
 * The full path of `program` on the PATH, or undefined.
 * @param {string} program
 * @returns {string | undefined}
 */
export function findTool(program) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, program))) return join(dir, program);
  }
  return undefined;
}

/**
 * @param {string} program
 * @param {string} pkg
 */
export function missingMessage(program, pkg) {
  return `${program} is not installed. Install it: Debian/Ubuntu \`sudo apt-get install ${pkg}\`; elsewhere, your system's ${pkg} package.`;
}

/**
 * Installs `pkg` when `program` is missing and we are root; returns the program's path or undefined.
 * @param {string} program
 * @param {string} pkg
 * @param {{ quiet?: boolean }} [options]
 * @returns {string | undefined}
 */
export function installTool(program, pkg, { quiet = false } = {}) {
  const found = findTool(program);
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return undefined;
  const stdio = quiet ? 'ignore' : 'inherit';
  if (!quiet) console.log(`${program} not found: installing Debian's ${pkg} package…`);
  try {
    execFileSync('apt-get', ['update'], { stdio });
    execFileSync('apt-get', ['install', '-y', pkg], { stdio, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    return undefined;
  }
  return findTool(program);
}

/**
 * Like installTool, but throws with what to install when the program cannot be had.
 * @param {string} program
 * @param {string} pkg
 * @returns {string}
 */
export function ensureDebianTool(program, pkg) {
  const path = installTool(program, pkg);
  if (!path) throw new Error(missingMessage(program, pkg));
  return path;
}

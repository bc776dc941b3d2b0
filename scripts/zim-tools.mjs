/**
 * Finds Debian's zim-tools (zimwriterfs, zimcheck, zimdump, zimsearch), which write and read the
 * Kiwix archives. Like scripts/chromium.mjs: `ensureZimTools()` installs the package when it is
 * missing and we are root (a fresh CI machine); otherwise it says what to install.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

export const ZIM_TOOLS_MISSING =
  'zim-tools is not installed, so no Kiwix archive (.zim) can be written. Install it: Debian/Ubuntu `sudo apt-get install zim-tools`; elsewhere build zim-tools from https://github.com/openzim/zim-tools.';

/** The full path of one of the zim-tools programs, or undefined when it is not on the PATH. */
export function findZimTool(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Installs zim-tools when missing and we are root; returns whether zimwriterfs is now there. */
export function ensureZimTools({ quiet = false } = {}) {
  if (findZimTool('zimwriterfs')) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return false;
  const stdio = quiet ? 'ignore' : 'inherit';
  if (!quiet) console.log("zimwriterfs not found: installing Debian's zim-tools package…");
  try {
    execFileSync('apt-get', ['update'], { stdio });
    execFileSync('apt-get', ['install', '-y', 'zim-tools'], { stdio, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    return false;
  }
  return Boolean(findZimTool('zimwriterfs'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!ensureZimTools()) {
    console.error(ZIM_TOOLS_MISSING);
    process.exit(1);
  }
  console.log(`zim-tools: ${findZimTool('zimwriterfs')}`);
}

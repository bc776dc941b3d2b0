/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then Playwright's own download. Playwright cannot download browsers on a closed network, so
 * `ensureChromium()` installs Debian's package when none is found and we are root.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const system = CANDIDATES.find((p) => existsSync(p));
  if (system) return system;
  return undefined; // let Playwright use its own browser, if one was installed with `npx playwright install`
}

async function playwrightHasBrowser() {
  try {
    const { chromium } = await import('playwright-core');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export async function ensureChromium() {
  if (findChromium() || (await playwrightHasBrowser())) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      'No Chromium found for the tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere `npx playwright install chromium`), or set CHROMIUM_PATH.',
    );
  }
  console.log("No Chromium found: installing Debian's chromium package…");
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  // With its recommended fonts: pages and printed cards are measured with real Latin and Cyrillic fonts.
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!findChromium()) throw new Error('Installing chromium did not produce /usr/bin/chromium.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureChromium();
  console.log(`Chromium: ${findChromium() ?? "Playwright's own"}`);
}

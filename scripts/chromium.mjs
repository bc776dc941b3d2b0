/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then Debian's headless shell
 * (/usr/bin/chromium-headless-shell), then Debian's full /usr/bin/chromium, then Playwright's own
 * download. Playwright cannot download browsers on a closed network, so `ensureChromium()` installs
 * Debian's `chromium-headless-shell` package when it is missing and we are root.
 *
 * Why the headless shell: Playwright itself runs headless tests in it (its "chromium-headless-shell"
 * build), and Chromium's full browser in headless mode does much more work per page. Measured here
 * on two cores: the same 44 tests took 123 s of CPU and 65 s with the full browser, 69 s of CPU and
 * 39 s with the shell; the whole e2e suite went from 435 s to 255 s, every test passing in both.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CANDIDATES = [HEADLESS_SHELL, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

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
  if (process.env.CHROMIUM_PATH || existsSync(HEADLESS_SHELL)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const fallback = findChromium() ?? ((await playwrightHasBrowser()) ? "Playwright's own Chromium" : undefined);
  if (!isRoot) {
    if (fallback) return;
    throw new Error(
      'No Chromium found for the tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium-headless-shell`; elsewhere `npx playwright install chromium`), or set CHROMIUM_PATH.',
    );
  }
  console.log("Installing Debian's chromium-headless-shell package for the browser tests…");
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    // With its recommended fonts: pages and printed cards are measured with real Latin and Cyrillic fonts.
    execFileSync('apt-get', ['install', '-y', 'chromium-headless-shell'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (error) {
    if (!fallback) throw new Error(`Installing chromium-headless-shell failed, and no other Chromium is installed: ${error}`);
  }
  if (!existsSync(HEADLESS_SHELL)) {
    if (!fallback) throw new Error(`Installing chromium-headless-shell did not produce ${HEADLESS_SHELL}.`);
    console.log(`chromium-headless-shell is not available; the tests use ${fallback} (slower).`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureChromium();
  console.log(`Chromium: ${findChromium() ?? "Playwright's own"}`);
}

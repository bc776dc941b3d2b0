/**
 * Finds Debian's nginx (and openssl, for a throwaway certificate) for the test that runs
 * deploy/nginx.conf for real: $NGINX_PATH, then /usr/sbin/nginx. Like scripts/chromium.mjs,
 * `ensureNginx()` installs Debian's packages when they are missing and we are root, and otherwise
 * says exactly what to install.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'];
const OPENSSL = ['/usr/bin/openssl'];
/** Debian's nginx reads the MIME map the sample configuration relies on from here. */
export const MIME_TYPES = '/etc/nginx/mime.types';

export function findNginx() {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`NGINX_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return NGINX.find((p) => existsSync(p));
}

export const findOpenssl = () => OPENSSL.find((p) => existsSync(p));

const ready = () => Boolean(findNginx() && findOpenssl() && existsSync(MIME_TYPES));

export function ensureNginx() {
  if (ready()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      'The deploy test needs nginx and openssl (it runs deploy/nginx.conf over dist/ with a throwaway certificate). ' +
        'Install them (Debian/Ubuntu: `sudo apt-get install nginx openssl`), or set NGINX_PATH.',
    );
  }
  console.log("nginx or openssl missing: installing Debian's packages…");
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx', 'openssl'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!ready()) throw new Error(`Installing nginx did not produce ${NGINX[0]} and ${MIME_TYPES}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureNginx();
  console.log(`nginx: ${findNginx()}`);
}

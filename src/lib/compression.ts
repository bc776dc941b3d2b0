/**
 * How the site's own server compresses what it sends, defined once: deploy/nginx.conf's generated
 * compression lines are written from here (`npm run deploy:headers`, src/lib/csp.ts), and the build
 * counts with it what saving for offline use downloads (src/integrations/service-worker), the figure
 * the reader is shown before saving and the one the offline budget holds (issue 18). e2e/nginx.spec.ts
 * checks that nginx, run with that file, sends these very bytes.
 *
 * Pagefind's index, fragments, filters and WebAssembly are gzip files already (served as
 * application/octet-stream, which nginx leaves alone); PNG icons are compressed images.
 */
import { gzipSync } from 'node:zlib';

/**
 * nginx's gzip level. Its default, 1, is the fastest; 6 (zlib's default) makes the offline copy at
 * 500 countries about 4 % smaller over the network for a server cost no static site notices, and
 * 9 gains nothing more measurable (0.01 MiB).
 */
export const GZIP_LEVEL = 6;

/**
 * The types nginx compresses besides text/html (which it always compresses when gzip is on), with
 * the file extensions that nginx serves with each type (Debian's /etc/nginx/mime.types, and the
 * .webmanifest location in deploy/nginx.conf).
 */
export const GZIP_TYPES: Record<string, readonly string[]> = {
  'text/css': ['css'],
  'application/javascript': ['js', 'mjs'],
  'application/json': ['json'],
  'application/manifest+json': ['webmanifest'],
  'image/svg+xml': ['svg'],
  'text/xml': ['xml'],
  'application/rss+xml': [],
};

const COMPRESSED = new Set(['html', 'htm', ...Object.values(GZIP_TYPES).flat()]);
/** nginx's gzip_min_length, its default: shorter responses go out as they are. */
const GZIP_MIN_LENGTH = 20;

/** Whether the site's server sends this file (a path or address) gzip-compressed. */
export function serverCompresses(path: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(path.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return ext !== undefined && COMPRESSED.has(ext);
}

/** The bytes a browser downloads for this file from the site's server (the body, without headers). */
export function servedBytes(path: string, data: Uint8Array): number {
  return serverCompresses(path) && data.length >= GZIP_MIN_LENGTH ? gzipSync(data, { level: GZIP_LEVEL }).length : data.length;
}

/** The compression lines of deploy/nginx.conf's server block. */
export function nginxCompression(): string {
  return ['gzip on;', `gzip_comp_level ${GZIP_LEVEL};`, `gzip_types ${Object.keys(GZIP_TYPES).join(' ')};`].join('\n');
}

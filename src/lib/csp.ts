/**
 * The site's Content-Security-Policy and every other security header, defined once. Three places
 * use them, and a unit test (csp.test.ts) keeps them in step:
 * - each page's <meta> tag (SecurityMeta.astro), which works on any host;
 * - dist/_headers, written by the build for Netlify and Cloudflare Pages (src/integrations/host-headers.ts);
 * - the generated blocks of deploy/nginx.conf (`npm run deploy:headers` rewrites them; its compression
 *   lines come from src/lib/compression.ts).
 *
 * Only this origin, no inline code. WebAssembly only where search runs: Pagefind compiles its
 * engine on the search page and in its own worker, nowhere else.
 */
import { LANGS } from '../i18n/langs';
import { nginxCompression } from './compression';

/** The directives every page gets. */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  // No <base> element anywhere: 'none' stops an injected one from redirecting relative links and scripts.
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
];

export interface CspOptions {
  /** Allow WebAssembly compilation (the search page and Pagefind's files). */
  search?: boolean | undefined;
  /** Add the directives that only work as a header (frame-ancestors). */
  header?: boolean;
}

export function csp({ search = false, header = false }: CspOptions = {}): string {
  return BASE_DIRECTIVES.map((d) => (search && d.startsWith('script-src ') ? `${d} 'wasm-unsafe-eval'` : d))
    .concat(header ? ["frame-ancestors 'none'"] : [])
    .join('; ');
}

/**
 * Features the site never uses, denied to it and to anything that might be injected into it.
 * clipboard-write is left out on purpose: the checklist's "copy link" button uses it.
 * Only features Chromium recognises: an unknown one is a console error on every page. Debian's
 * Chromium does not know attribution-reporting, bluetooth, join-ad-interest-group or run-ad-auction
 * (e2e/nginx.spec.ts fails on the error); with no third-party content and script-src 'self', nothing
 * here could call them anyway.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'compute-pressure',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

/**
 * HSTS for two years, subdomains included. `preload` is deliberately not sent by default: once the
 * domain is on browsers' preload list, every subdomain must serve HTTPS for as long as the list
 * keeps it, and removal takes months. deploy/README.md says when and how to add it.
 */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Headers every response gets, besides the Content-Security-Policy (which depends on the path). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // The old header, for browsers that ignore frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Strict-Transport-Security': HSTS,
  'X-DNS-Prefetch-Control': 'off',
};

/** A year, never revalidated: for files whose name changes whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Clear-Site-Data on the /<lang>/clear/ page: the browser empties this origin's HTTP cache and its
 * storage (service workers, caches, local and session storage). Origin-wide: a mirror that shares its
 * origin with another app must not send it (deploy/README.md).
 */
export const CLEAR_SITE_DATA = '"cache", "storage"';

/** Site paths (under the base) and what makes them special, for host configurations. */
export const PATHS = {
  immutable: ['_astro/', 'workbox-v*/', '{lang}/pagefind/index/', '{lang}/pagefind/fragment/', '{lang}/pagefind/filter/'],
  /** Checked on every visit, so that a new version, or the kill switch, reaches readers at once. */
  worker: '{lang}/sw.js',
  clear: '{lang}/clear/',
  search: ['{lang}/search/', '{lang}/pagefind/'],
};

/** dist/_headers for Netlify and Cloudflare Pages; `workboxDir` is the versioned folder of Workbox's runtime. */
export function hostHeaders(base: string, langs: readonly string[], workboxDir: string): string {
  const expand = (pattern: string) =>
    langs.map((lang) => base + pattern.replace('{lang}', lang).replace('workbox-v*', workboxDir)).filter((p, i, all) => all.indexOf(p) === i);
  const rule = (paths: string[], headers: Record<string, string>) =>
    paths
      .map(
        (p) =>
          `${p}\n${Object.entries(headers)
            .map(([k, v]) => `  ${k}: ${v}`)
            .join('\n')}\n`,
      )
      .join('');
  return [
    '# Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Written by the build from src/lib/csp.ts: edit that file, not this one.',
    '# These hosts add every matching rule, and two CSP headers are both enforced; so the policy here',
    "# allows WebAssembly for the search page, and every other page's <meta> policy takes it away again.",
    '',
    rule([`${base}*`], { 'Content-Security-Policy': csp({ search: true, header: true }), ...SECURITY_HEADERS }),
    '# Service workers are re-checked on every visit: updates and the kill switch (deploy/RUNBOOK.md) reach readers at once.',
    langs.map((lang) => `${base}${PATHS.worker.replace('{lang}', lang)}\n  Cache-Control: no-cache\n`).join(''),
    '# File names that change with their content: cache for a year.',
    rule(
      PATHS.immutable.flatMap(expand).map((p) => `${p}*`),
      { 'Cache-Control': IMMUTABLE },
    ),
    '# The "remove everything" page: the browser empties this site\'s HTTP cache and storage.',
    rule(expand(PATHS.clear), { 'Clear-Site-Data': CLEAR_SITE_DATA, 'Cache-Control': 'no-store' }),
  ].join('\n');
}

const nginxRegex = (patterns: string[], langs: readonly string[]) => {
  const lang = `(${langs.join('|')})`;
  return `~^/(${patterns.map((p) => p.replace('{lang}', lang).replace('*', '[^/]+')).join('|')})`;
};

/** The http-level block of deploy/nginx.conf: values that depend on the path, as maps. */
export function nginxMaps(langs: readonly string[]): string {
  const q = (s: string) => (s.includes('"') ? `'${s}'` : `"${s}"`);
  return [
    'map $uri $atlas_csp {',
    `    default ${q(csp({ header: true }))};`,
    `    ${nginxRegex(PATHS.search, langs)} ${q(csp({ search: true, header: true }))};`,
    '}',
    'map $uri $atlas_cache_control {',
    '    default "no-cache";',
    `    ${nginxRegex([PATHS.clear], langs)} "no-store";`,
    `    ${nginxRegex(PATHS.immutable, langs)} "${IMMUTABLE}";`,
    '}',
    'map $uri $atlas_clear_site_data {',
    '    default "";',
    `    ${nginxRegex([PATHS.clear], langs)} ${q(CLEAR_SITE_DATA)};`,
    '}',
  ].join('\n');
}

/** The server-level add_header lines of deploy/nginx.conf. */
export function nginxHeaders(): string {
  return [
    'add_header Content-Security-Policy $atlas_csp always;',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `add_header ${k} "${v}" always;`),
    'add_header Cache-Control $atlas_cache_control always;',
    // An empty value sends no header at all.
    'add_header Clear-Site-Data $atlas_clear_site_data always;',
  ].join('\n');
}

const BLOCKS = [
  { begin: '# BEGIN generated from src/lib/csp.ts', end: '# END generated\n', body: nginxMaps, indent: '' },
  { begin: '    # BEGIN generated headers', end: '    # END generated headers\n', body: nginxHeaders, indent: '    ' },
  { begin: '    # BEGIN generated compression', end: '    # END generated compression\n', body: nginxCompression, indent: '    ' },
];

/** deploy/nginx.conf with its generated blocks rewritten from the definitions above. */
export function nginxConf(current: string, langs: readonly string[] = LANGS): string {
  return BLOCKS.reduce((conf, { begin, end, body, indent }) => {
    const start = conf.indexOf(begin);
    const stop = conf.indexOf(end, start);
    if (start < 0 || stop < 0) throw new Error(`deploy/nginx.conf: the line starting "${begin.trim()}" or its "${end.trim()}" is missing.`);
    const headerEnd = conf.indexOf('\n', start) + 1;
    const lines = body(langs)
      .split('\n')
      .map((l) => indent + l)
      .join('\n');
    return conf.slice(0, headerEnd) + lines + '\n' + conf.slice(stop);
  }, current);
}

/**
 * Writes dist/_headers, so that a plain copy of dist/ to Netlify or Cloudflare Pages serves the
 * security headers that a <meta> tag cannot set (HSTS, frame-ancestors, Permissions-Policy…), the
 * caching rules and the Clear-Site-Data page. The values come from src/lib/csp.ts.
 */
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/urls';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../i18n';
import { hostHeaders } from '../lib/csp';
import { WORKBOX_DIR } from './service-worker';

export function hostHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'exile-atlas:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), '_headers'), hostHeaders(base, LANGS, WORKBOX_DIR));
      },
    },
  };
}

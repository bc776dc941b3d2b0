/**
 * The site's Content-Security-Policy: only this origin, no inline code, WebAssembly for search.
 * The same policy goes into a <meta> tag on every page (works on any host) and, with
 * frame-ancestors added, into the sample server headers in deploy/.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
];

export const CSP = CSP_DIRECTIVES.join('; ');

/**
 * A Vite plugin that serves one virtual module (`import { … } from 'virtual:atlas/…'`) whose source
 * the build writes from content or strings. The `\0` prefix is Vite's convention for ids no other
 * plugin should touch (https://vite.dev/guide/api-plugin#virtual-modules-convention).
 */
import type { Plugin } from 'vite';

export function virtualModule(name: string, id: string, source: () => string): Plugin {
  return {
    name,
    resolveId: (request) => (request === id ? `\0${id}` : undefined),
    load: (request) => (request === `\0${id}` ? source() : undefined),
  };
}

/**
 * `import url from 'lazy-url:./module'` gives the address of `module` built as a chunk of its own,
 * for `import(url)` when it is needed. A plain `import('./module')` does the same, but Vite then
 * adds its preload helper (0.6 KiB gzip) to the importing script, which for the script on every
 * page is a sixth of its page weight budget (BENCHMARKS.md); this way the page script carries
 * only the address. The address is relative to the importing chunk ("./offline.AbC.js"), so it
 * works under any base path and in the offline zips opened over file://.
 */
import type { Plugin } from 'vite';
import { dirname, posix, resolve } from 'node:path';

const PREFIX = 'lazy-url:';
const PLACEHOLDER = /__ATLAS_LAZY_URL_(\w+)__/g;

export function lazyUrl(): Plugin {
  return {
    name: 'exile-atlas:lazy-url',
    resolveId(id, importer) {
      if (!id.startsWith(PREFIX) || !importer) return undefined;
      return `\0${PREFIX}${resolve(dirname(importer), id.slice(PREFIX.length))}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const file = id.slice(PREFIX.length + 1);
      // Only the browser's build has chunks to point at; on the server the address is never used.
      if (this.environment?.config.consumer !== 'client' || this.environment.mode !== 'build') return 'export default "";';
      const ref = this.emitFile({ type: 'chunk', id: file.endsWith('.ts') ? file : `${file}.ts` });
      return `export default "__ATLAS_LAZY_URL_${ref}__";`;
    },
    renderChunk(code, chunk) {
      if (!code.includes('__ATLAS_LAZY_URL_')) return null;
      return code.replace(PLACEHOLDER, (_, ref: string) => {
        const path = posix.relative(posix.dirname(chunk.fileName), this.getFileName(ref));
        return path.startsWith('.') ? path : `./${path}`;
      });
    },
  };
}

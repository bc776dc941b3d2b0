/** @type {Record<string, string>} */
const STUBS = {
  // defineCollection only wraps its argument; tests read the schema from it.
  'astro:content': 'data:text/javascript,export const defineCollection = (c) => c;',
};

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, next) {
  const stub = STUBS[specifier];
  if (stub) return { url: stub, shortCircuit: true };
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (relative && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier)) {
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return await next(candidate, context);
      } catch {
        /* try the next form, then the specifier as written */
      }
    }
  }
  return next(specifier, context);
}

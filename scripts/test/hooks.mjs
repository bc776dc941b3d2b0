const STUBS = {
  // defineCollection only wraps its argument; tests read the schema from it.
  'astro:content': 'data:text/javascript,export const defineCollection = (c) => c;',
};

export async function resolve(specifier, context, next) {
  if (specifier in STUBS) return { url: STUBS[specifier], shortCircuit: true };
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

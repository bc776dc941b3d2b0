/**
 * The service worker is a plain script with placeholders the build fills in (src/integrations/
 * service-worker/sw.js). A placeholder missing from the template means the template and the build
 * no longer agree, and a worker written anyway would fail in readers' browsers, silently: refuse.
 */
export function fillWorkerTemplate(template: string, values: Readonly<Record<string, string>>, file = 'sw.js'): string {
  let out = template;
  for (const [placeholder, value] of Object.entries(values)) {
    if (!out.includes(placeholder)) {
      throw new Error(
        `${file}: the placeholder ${placeholder} is missing; the build fills it in, so put it back where the worker needs it (or remove it from the build's list)`,
      );
    }
    out = out.replaceAll(placeholder, value);
  }
  return out;
}

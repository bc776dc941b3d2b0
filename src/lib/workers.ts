/**
 * Which service workers belong to this site. A worker planted during a brief takeover of the
 * origin keeps serving its pages after the real site is back: the browser's update check gets a
 * 404 and leaves it in place (security review M3). So every page removes the registrations under
 * this site's base path that are not the site's own. Registrations outside the base belong to
 * other apps on a shared origin and are never touched.
 */

/** Only this script URL (no query) at exactly this scope is ours, per language. */
export function ownWorkers(origin: string, base: string, langs: readonly string[]): { scope: string; script: string }[] {
  return langs.map((lang) => ({ scope: `${origin}${base}${lang}/`, script: `${origin}${base}${lang}/sw.js` }));
}

export interface RegistrationLike {
  scope: string;
  /** Script URLs of the registration's installing, waiting and active workers (those that exist). */
  scripts: string[];
}

/** Under this site's base, and not one of its own workers at its own scope. */
export function isForeignWorker(reg: RegistrationLike, origin: string, base: string, langs: readonly string[]): boolean {
  if (!reg.scope.startsWith(`${origin}${base}`)) return false;
  const own = ownWorkers(origin, base, langs).find((w) => w.scope === reg.scope);
  return !own || reg.scripts.some((s) => s !== own.script);
}

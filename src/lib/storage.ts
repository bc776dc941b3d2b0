/**
 * Everything the site stores in the browser lives under one prefix, so the clear controls and
 * quick exit can remove exactly this site's data and nothing of another app on the same origin.
 */
// The language list alone, not ../i18n: this module runs in every page's script.
import { LANGS } from '../i18n/langs';

export * from './storage-keys';
import { NAMESPACE, PROGRESS_PREFIX } from './storage-keys';

export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Removes every key of this site (or, with `prefix`, every key under it); returns how many. */
export function removeNamespaced(store: KeyValueStore, prefix = NAMESPACE): number {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  keys.forEach((key) => store.removeItem(key));
  return keys.length;
}

/**
 * Whether a service-worker scope is one of this site's: `<origin><base><lang>/`. The site's
 * workers live only there, so an app at another path of a shared origin is never touched, even
 * when the site's base is "/".
 */
export function isOwnScope(scope: string, origin: string, base: string): boolean {
  const prefix = origin + base;
  const rest = scope.slice(prefix.length);
  return scope.startsWith(prefix) && rest.endsWith('/') && (LANGS as readonly string[]).includes(rest.slice(0, -1));
}

/**
 * Whether a Cache Storage name is one of this site's. Workbox names caches
 * `exile-atlas-<lang>-<kind>-<registration scope>` (src/integrations/service-worker/sw.js).
 */
export function isOwnCache(name: string, origin: string, base: string): boolean {
  if (!name.startsWith('exile-atlas-')) return false;
  const at = name.indexOf(`-${origin}${base}`);
  return at > 0 && isOwnScope(name.slice(at + 1), origin, base);
}

/** Runs `fn` on local and session storage, skipping a store the browser blocks. */
function eachStore(fn: (store: Storage) => void): void {
  for (const get of [() => localStorage, () => sessionStorage]) {
    try {
      fn(get());
    } catch {
      /* storage may be blocked; nothing to clear there */
    }
  }
}

/** Browser-only: removes the checklist ticks and nothing else (settings and offline copy stay). */
export function clearTicks(): void {
  eachStore((store) => removeNamespaced(store, PROGRESS_PREFIX));
}

/**
 * Browser-only: removes everything this site stored (local and session storage, its service
 * workers and their caches), and only this site's: `base` is the site's base path.
 */
export async function clearSiteData(base: string): Promise<void> {
  eachStore((store) => removeNamespaced(store));
  await removeOfflineCopy(base);
}

/** Browser-only: unregisters this site's service workers and deletes their caches. */
export async function removeOfflineCopy(base: string): Promise<void> {
  try {
    const origin = location.origin;
    const regs = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(regs.filter((r) => isOwnScope(r.scope, origin, base)).map((r) => r.unregister()));
    const names = (await globalThis.caches?.keys()) ?? [];
    await Promise.all(names.filter((n) => isOwnCache(n, origin, base)).map((n) => caches.delete(n)));
  } catch {
    /* best effort: the page must still work, and quick exit must still leave */
  }
}

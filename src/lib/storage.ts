/**
 * Everything the site stores in the browser lives under one prefix, so "clear my progress"
 * and quick exit can remove all of it and nothing else.
 */
export const NAMESPACE = 'atlas:v1:';
export const QUICK_EXIT_WIPE_KEY = `${NAMESPACE}quick-exit-wipe`;

export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Removes every key of this site from a store; returns how many were removed. */
export function removeNamespaced(store: KeyValueStore): number {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(NAMESPACE)) keys.push(key);
  }
  keys.forEach((key) => store.removeItem(key));
  return keys.length;
}

/** Browser-only: removes local and session data, and with `everything` the offline copy too. */
export async function clearSiteData(everything: boolean): Promise<void> {
  for (const store of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      if (store) removeNamespaced(store);
    } catch {
      /* storage may be blocked; nothing to clear then */
    }
  }
  if (!everything) return;
  try {
    const regs = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(regs.map((r) => r.unregister()));
    const names = (await globalThis.caches?.keys()) ?? [];
    await Promise.all(names.map((n) => caches.delete(n)));
  } catch {
    /* best effort: the page must still leave */
  }
}


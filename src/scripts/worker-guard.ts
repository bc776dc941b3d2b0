/**
 * On every page load: unregister any service worker under this site's base path that is not one
 * of the site's own (src/lib/workers.ts says which). If such a worker answered for this very page,
 * load the page again from the network, once.
 */
// The list alone, not ../i18n: that would bring every interface string into the page's script.
import { LANGS } from '../i18n/langs';
import { isForeignWorker } from '../lib/workers';

export async function recallForeignWorkers(base: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const origin = location.origin;
  try {
    const regs = await navigator.serviceWorker.getRegistrations();
    const foreign = regs.filter((reg) =>
      isForeignWorker({ scope: reg.scope, scripts: [reg.installing, reg.waiting, reg.active].flatMap((w) => (w ? [w.scriptURL] : [])) }, origin, base, LANGS),
    );
    const removed = await Promise.all(foreign.map((reg) => reg.unregister()));
    const controller = navigator.serviceWorker.controller?.scriptURL;
    const servedByForeign = foreign.some((reg, i) => removed[i] && reg.active?.scriptURL === controller);
    if (servedByForeign) location.reload();
  } catch {
    // Service workers can be unavailable (private modes, Tor Browser): nothing to recall then.
  }
}

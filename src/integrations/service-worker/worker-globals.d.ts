/**
 * What a service worker's global scope holds, for the type check of the plain-script workers
 * (sw.js beside this file, deploy/kill-switch/sw.js; tsconfig.json beside this file). TypeScript's
 * WebWorker library types the scope as any worker's (`WorkerGlobalScope`), without what only a
 * service worker has; these are the members of `ServiceWorkerGlobalScope` the workers use.
 */
declare var registration: ServiceWorkerRegistration;
declare var clients: Clients;
declare function skipWaiting(): Promise<void>;
declare function addEventListener<K extends keyof ServiceWorkerGlobalScopeEventMap>(
  type: K,
  listener: (this: ServiceWorkerGlobalScope, event: ServiceWorkerGlobalScopeEventMap[K]) => unknown,
  options?: boolean | AddEventListenerOptions,
): void;

/**
 * Workbox's runtime as workbox-sw.js sets it up (`importScripts`): each namespace loads its module
 * (workbox-<name>.prod.js, from the folder given to setConfig) when first read. Only the
 * namespaces sw.js uses; the index's WORKBOX_MODULES copies exactly these.
 */
declare var workbox: {
  setConfig(options: { modulePathPrefix?: string; debug?: boolean }): void;
  readonly core: typeof import('workbox-core');
  readonly precaching: typeof import('workbox-precaching');
  readonly routing: typeof import('workbox-routing');
  readonly strategies: typeof import('workbox-strategies');
};

/** The precache list: a placeholder in sw.js that the build replaces with the list itself (index.ts). */
declare var __WB_MANIFEST: import('workbox-precaching').PrecacheEntry[];

/**
 * The only script on every page, kept small (BENCHMARKS.md has its budget): quick exit, one
 * history entry per visit, discreet titles, foreign-worker recall and the search hand-off run at
 * once; the offline copy's controls (offline.ts) and the wipe (storage.ts) load only when needed.
 * Everything here enhances; the page is complete without it.
 */
import { DISCREET_TITLES_KEY, EXIT_URL_KEY, HELP_COUNTRY_HANDOFF_KEY, HISTORY_KEY, OFFLINE_KEY, PROFILE_KEY, QUICK_EXIT_WIPE_KEY } from '../lib/storage-keys';
import { exitDestination, shiftCounter } from '../lib/quick-exit';
import { recallForeignWorkers } from './worker-guard';
import { keep, setting } from './settings';
import './search-handoff';
// Addresses of the parts loaded only when needed (src/integrations/lazy-url.ts says why not import()).
import offlineUrl from 'lazy-url:./offline';
import storageUrl from 'lazy-url:../lib/storage';
import forYouUrl from 'lazy-url:./for-you';
import carryUrl from 'lazy-url:./profile-carry';

const base = document.querySelector<HTMLMetaElement>('meta[name="atlas-base"]')?.content ?? '/';
// One offline copy per language: the worker at /<lang>/sw.js precaches that language's pages.
const lang = document.documentElement.lang;
/** The wipe may not hold the reader on this page longer than this. */
const WIPE_LIMIT_MS = 1000;

const exitLink = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
if (exitLink) {
  if (setting(DISCREET_TITLES_KEY) === '1' && exitLink.dataset.title) {
    document.documentElement.dataset.title = document.title; // for the settings form to restore
    document.title = exitLink.dataset.title;
  }
  // A corrupt or hostile stored address falls back to the built-in default (the link's own).
  exitLink.href = exitDestination(setting(EXIT_URL_KEY), exitLink.href, location.origin);

  // Hide first, then wipe (with a time limit), then leave: the page must not stay readable
  // while the neutral site loads, which can take seconds on a slow connection.
  // The wipe's code (storage.ts) is fetched as the page loads for a reader who has the wipe on, so
  // that pressing the button does not wait for it; switched on since, it is fetched on the way out.
  const loadWipe = () => import(/* @vite-ignore */ storageUrl) as Promise<typeof import('../lib/storage')>;
  let wiper = setting(QUICK_EXIT_WIPE_KEY) === '1' ? loadWipe() : undefined;
  let leaving = false;
  const quickExit = () => {
    if (leaving) return;
    leaving = true;
    document.documentElement.hidden = true;
    document.title = '';
    const wipe = setting(QUICK_EXIT_WIPE_KEY) === '1' ? (wiper ??= loadWipe()).then((m) => m.clearSiteData(base)) : undefined;
    void Promise.race([wipe, new Promise((done) => setTimeout(done, WIPE_LIMIT_MS))]).finally(() => location.replace(exitLink.href));
  };
  exitLink.addEventListener('click', (event) => {
    event.preventDefault();
    quickExit();
  });
  const shift = shiftCounter();
  document.addEventListener('keydown', (event) => {
    if (shift(event.key, event.repeat, event.timeStamp)) quickExit();
  });
}

// One history entry per visit (the default): every navigation inside the site replaces the
// current entry, so after quick exit Back leads to whatever was open before the site, never to
// one of its pages. The site's own navigation stands in for Back. Links with a modifier key or a
// target, downloads, and handlers that already took the event are left alone. The setting is
// read at each navigation, so switching it applies at once.
// Answers kept only in the address follow the reader to every page of the site (profile-carry.ts says why that is sound).
let carried = false;
const carrying = location.hash.startsWith('#profile&') ? import(/* @vite-ignore */ carryUrl).finally(() => (carried = true)) : undefined;
const ownUrl = (href: string) => {
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin && url.pathname.startsWith(base) ? url : undefined;
  } catch {
    return undefined; // an address the browser cannot parse is left to the browser
  }
};
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const url = link.target || link.hasAttribute('download') ? undefined : ownUrl(link.href);
  if (!url) return;
  // A tap before the answers' carrier has arrived waits for it, then goes as if tapped again.
  if (carrying && !carried) {
    event.preventDefault();
    void carrying.finally(() => link.click());
    return;
  }
  const normal = setting(HISTORY_KEY) === 'normal';
  // A country page's "Help now" link hands its country over through this tab's storage, not as
  // "#country-…" in the address, which the browser's history would keep (help-now.ts takes it).
  const country = link.dataset.helpFor;
  if (country) {
    try {
      sessionStorage.setItem(HELP_COUNTRY_HANDOFF_KEY, country);
      // Answers carried in the address (profile-carry.ts) stay; the country's anchor goes.
      url.hash = url.hash.replace(/^#(?!profile&).*|&at=.*$/, '');
    } catch {
      /* storage blocked: the address keeps the country, as without JavaScript */
    }
  } else if (normal) return;
  event.preventDefault();
  if (normal) location.assign(url.href);
  else location.replace(url.href);
});
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  const url = form.method === 'get' && !event.defaultPrevented && setting(HISTORY_KEY) !== 'normal' ? ownUrl(form.action) : undefined;
  if (!url) return;
  event.preventDefault();
  url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
  location.replace(url.href);
});

// "My situation" (issue #17): its script loads only for a reader who has answered the questions,
// so nobody else downloads it: "For your situation" on country pages, marks in checklists and the
// risk table, the planner's first dates.
if (document.querySelector('[data-for-you],[data-for-you-list],[data-for-you-matrix],form[data-planner]')) {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(PROFILE_KEY) ?? localStorage.getItem(PROFILE_KEY);
  } catch {
    /* blocked storage holds no profile */
  }
  if (stored || location.hash.startsWith('#profile&')) void import(/* @vite-ignore */ forYouUrl);
}

// A worker that is not the site's own (planted during a takeover) goes, on every page load.
void recallForeignWorkers(base);

// Offline copy, the reader's choice: offered once, the answer remembered. Nothing is saved
// before the reader says yes, and after a removal nothing is saved until they ask again.
// The "remove everything" page (clear.astro) must not save the guide again while it clears.
// A first view only says "not saved" and makes the offer; the controls (offline.ts) load when the
// reader has a copy or an answer, or presses a button.
const offline = document.querySelector('[data-clear-status]') ? null : document.querySelector<HTMLElement>('[data-offline]');
if (offline) {
  const part = (name: string) => offline.querySelector<HTMLElement>(`[data-offline-${name}]`)!;
  const sw = import.meta.env.PROD && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  let controls: Promise<(button: HTMLElement) => void> | undefined;
  const load = () =>
    (controls ??= (import(/* @vite-ignore */ offlineUrl) as Promise<typeof import('./offline')>).then((m) => m.offlineControls(offline, base, lang, sw)));
  const status = part('status');
  status.dataset.state = 'notSaved';
  status.textContent = status.dataset.notSaved ?? '';
  part('save').hidden = !sw;
  offline.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.('button');
    if (!button) return;
    // The answer is kept at once: the reader may leave the page before the controls have loaded.
    if (button.hasAttribute('data-offline-save')) keep(OFFLINE_KEY, 'yes');
    if (button.hasAttribute('data-offline-decline')) keep(OFFLINE_KEY, 'no');
    void load().then((press) => press(button));
  });
  const answer = setting(OFFLINE_KEY);
  if (sw && (answer === 'yes' || sw.controller)) void load();
  else if (sw && !answer)
    void sw
      .getRegistration(`${base}${lang}/`)
      .then((reg) => {
        if (reg) return void load(); // a copy saved before the site asked: show it, offer nothing
        part('offer').hidden = part('decline').hidden = false;
        // The build records the copy's size for this offer (what saving downloads from the site's
        // server, and what the browser then keeps); without the file the offer names none.
        return fetch(`${base}${lang}/offline-size.json`)
          .then((r) => (r.ok ? r.json() : undefined))
          .then((s?: { download?: unknown; stored?: unknown }) => {
            const { download, stored } = s ?? {};
            const mb = (bytes: number) => (bytes / 2 ** 20).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
            const size = part('size');
            if (typeof download === 'number' && typeof stored === 'number' && download > 0 && stored > 0)
              size.textContent = size.dataset.text!.replace('{download}', mb(download)).replace('{stored}', mb(stored));
          });
      })
      .catch(() => undefined);
  offline.hidden = false;
}

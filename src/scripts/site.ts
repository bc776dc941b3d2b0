/**
 * The only script on every page, kept small: quick exit, one history entry per visit, discreet
 * titles, offline caching, update notice. Everything here enhances; the page is complete
 * without it.
 */
import { clearSiteData, DISCREET_TITLES_KEY, EXIT_URL_KEY, HISTORY_KEY, QUICK_EXIT_WIPE_KEY } from '../lib/storage';
import { exitDestination, shiftCounter } from '../lib/quick-exit';
import { recallForeignWorkers } from './worker-guard';
import './search-handoff';

const base = document.querySelector<HTMLMetaElement>('meta[name="atlas-base"]')?.content ?? '/';
// One offline copy per language: the worker at /<lang>/sw.js precaches that language's pages.
const lang = document.documentElement.lang;
// Storage can be blocked (sandboxed frames, strict privacy settings): then every setting is off.
const setting = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
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
  let leaving = false;
  const quickExit = () => {
    if (leaving) return;
    leaving = true;
    document.documentElement.hidden = true;
    document.title = '';
    const wipe = setting(QUICK_EXIT_WIPE_KEY) === '1' ? clearSiteData(base) : undefined;
    void Promise.race([wipe, new Promise((done) => setTimeout(done, WIPE_LIMIT_MS))]).finally(() =>
      location.replace(exitLink.href),
    );
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
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = link.target || link.hasAttribute('download') || setting(HISTORY_KEY) === 'normal' ? undefined : ownUrl(link.href);
  if (!url) return;
  event.preventDefault();
  location.replace(url.href);
});
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  const url = form.method === 'get' && !event.defaultPrevented && setting(HISTORY_KEY) !== 'normal' ? ownUrl(form.action) : undefined;
  if (!url) return;
  event.preventDefault();
  url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
  location.replace(url.href);
});

// A worker that is not the site's own (planted during a takeover) goes, on every page load.
void recallForeignWorkers(base);

// Offline: the service worker precaches the guide; the status line says when it is done.
const status = document.querySelector<HTMLElement>('[data-offline-status]');
const notice = document.querySelector<HTMLElement>('[data-update-notice]');
// The "remove everything" page (clear.astro) must not save the guide again.
const clearing = document.querySelector('[data-clear-status]') !== null;
if ('serviceWorker' in navigator && import.meta.env.PROD && status && !clearing) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  status.hidden = false;
  status.textContent = status.dataset.saving ?? '';
  navigator.serviceWorker
    .register(`${base}${lang}/sw.js`, { scope: `${base}${lang}/` })
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      status.textContent = status.dataset.saved ?? '';
      status.dataset.state = 'saved';
    })
    .catch(() => {
      // Service workers can be disabled (private modes, Tor Browser): the site simply stays online-only.
      status.hidden = true;
    });
  // A new version took over: its pages are served from the next navigation on. Say so.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && notice) notice.hidden = false;
  });
  notice?.querySelector('button')?.addEventListener('click', () => window.location.reload());
}

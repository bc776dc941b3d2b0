/**
 * The only script on every page, kept small: quick exit, offline caching, update notice.
 * Everything here enhances; the page is complete without it.
 */
import { clearSiteData, QUICK_EXIT_WIPE_KEY } from '../lib/storage';

const base = document.querySelector<HTMLMetaElement>('meta[name="atlas-base"]')?.content ?? '/';
// One offline copy per language: the worker at /<lang>/sw.js precaches that language's pages.
const lang = document.documentElement.lang;

// Quick exit: replace this history entry so Back does not return here.
async function quickExit(url: string): Promise<void> {
  try {
    if (localStorage.getItem(QUICK_EXIT_WIPE_KEY) === '1') await clearSiteData(true);
  } finally {
    window.location.replace(url);
  }
}
const exitLink = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
if (exitLink) {
  exitLink.addEventListener('click', (event) => {
    event.preventDefault();
    void quickExit(exitLink.href);
  });
  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < 1500), now];
    if (presses.length >= 3) void quickExit(exitLink.href);
  });
}

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

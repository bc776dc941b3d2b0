/**
 * The only script on every page, kept small: quick exit, one history entry per visit, discreet
 * titles, the offline copy as the reader's choice, foreign-worker recall, update notice.
 * Everything here enhances; the page is complete without it.
 */
import { clearSiteData, DISCREET_TITLES_KEY, EXIT_URL_KEY, HISTORY_KEY, OFFLINE_KEY, OFFLINE_SAVED_KEY, PROFILE_KEY, QUICK_EXIT_WIPE_KEY, removeOfflineCopy } from '../lib/storage';
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
const keep = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* not kept: the reader is asked again next time */
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
  if (stored || location.hash.startsWith('#profile&')) void import('./for-you');
}

// A worker that is not the site's own (planted during a takeover) goes, on every page load.
void recallForeignWorkers(base);

// Offline copy, the reader's choice: offered once, the answer remembered. Nothing is saved
// before the reader says yes, and after a removal nothing is saved until they ask again.
// The "remove everything" page (clear.astro) must not save the guide again while it clears.
const offline = document.querySelector('[data-clear-status]') ? null : document.querySelector<HTMLElement>('[data-offline]');
if (offline) {
  const part = (name: string) => offline.querySelector<HTMLElement>(`[data-offline-${name}]`)!;
  const [status, offer, size, save, decline, remove, old] = (['status', 'offer', 'size', 'save', 'decline', 'remove', 'old'] as const).map(part) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  const sw = import.meta.env.PROD && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  const day = (iso?: string | null) => {
    const date = new Date(iso ?? '');
    return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(lang, { dateStyle: 'long' });
  };
  const say = (state: 'saving' | 'saved' | 'notSaved' | 'removed') => {
    const date = state === 'saved' ? day(setting(OFFLINE_SAVED_KEY)) : '';
    status.dataset.state = state;
    status.textContent = date ? status.dataset.savedOn!.replace('{date}', date) : (status.dataset[state] ?? '');
    offer.hidden = decline.hidden = true;
    save.hidden = !sw || state === 'saving' || state === 'saved';
  };
  const saveCopy = () => {
    keep(OFFLINE_KEY, 'yes');
    say('saving');
    sw!
      .register(`${base}${lang}/sw.js`, { scope: `${base}${lang}/` })
      .then(() => sw!.ready)
      .then(() => {
        if (!setting(OFFLINE_SAVED_KEY)) keep(OFFLINE_SAVED_KEY, new Date().toISOString());
        say('saved');
      })
      // Service workers can be disabled (private modes, Tor Browser): the site stays online-only.
      .catch(() => say('notSaved'));
  };
  const answer = setting(OFFLINE_KEY);
  if (sw && answer === 'yes') saveCopy();
  else say(sw?.controller ? 'saved' : 'notSaved'); // a copy saved before the site asked still shows
  if (sw && !answer) {
    offer.hidden = decline.hidden = save.hidden = false;
    // The build records the copy's size for this offer; without the file the offer names none.
    fetch(`${base}${lang}/offline-size.json`)
      .then((r) => (r.ok ? r.json() : undefined))
      .then((s?: { bytes?: unknown; files?: unknown }) => {
        const { bytes, files } = s ?? {};
        if (typeof bytes === 'number' && typeof files === 'number' && bytes > 0 && files > 0)
          size.textContent = size.dataset.text!.replace('{mb}', (bytes / 2 ** 20).toLocaleString(lang, { maximumFractionDigits: 1 })).replace('{files}', files.toLocaleString(lang));
      })
      .catch(() => undefined);
  }
  save.addEventListener('click', saveCopy);
  decline.addEventListener('click', () => {
    keep(OFFLINE_KEY, 'no');
    say('notSaved');
    void removeOfflineCopy(base);
  });
  remove.addEventListener('click', () => void clearSiteData(base).then(() => say('removed')));
  // A saved copy knows its own age: the build date travels with every page.
  if (sw?.controller && Date.now() >= Date.parse(offline.dataset.oldFrom ?? '')) {
    old.textContent = old.dataset.text!.replace('{date}', day(offline.dataset.built));
    old.hidden = false;
  }
  // A new version took over: its pages are served from the next navigation on. Say so.
  const hadController = Boolean(sw?.controller);
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  sw?.addEventListener('controllerchange', () => {
    keep(OFFLINE_SAVED_KEY, new Date().toISOString());
    if (hadController && notice) notice.hidden = false;
  });
  notice?.querySelector('button')?.addEventListener('click', () => location.reload());
  offline.hidden = false;
}

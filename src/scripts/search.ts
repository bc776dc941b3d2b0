/**
 * Loads Pagefind's component UI (about 130 KiB with its index) on the search page, and only once
 * the reader starts a search: at once when a query came with the URL (?q=, from the header's
 * search form on any page), otherwise when they enter the plain search box the page shows first.
 */
const host = document.querySelector<HTMLElement>('[data-search]');
const starter = document.querySelector<HTMLFormElement>('[data-search-start]');
const loading = document.querySelector<HTMLElement>('[data-search-loading]');
const note = document.querySelector<HTMLElement>('[data-no-js-note="search"]');

/** A classic <script type=module> element: the UI comes from the index's own bundle, not through the site's bundler. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

async function waitFor<T>(find: () => T | null, tries = 100): Promise<T | null> {
  for (let i = 0; i < tries; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

function queryFromUrl(): string {
  try {
    return new URLSearchParams(location.search).get('q')?.slice(0, 200) ?? '';
  } catch {
    return ''; // a malformed query string: start empty
  }
}

/** `typed` is read once the UI is ready, so nothing typed into the plain box meanwhile is lost. */
async function start(root: HTMLElement, typed: () => string): Promise<void> {
  const bundle = root.dataset.bundle!;
  loading?.removeAttribute('hidden');
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` }));
  await loadScript(`${bundle}pagefind-component-ui.js`);
  root.hidden = false;
  note?.setAttribute('hidden', '');
  loading?.setAttribute('hidden', '');
  const input = await waitFor(() => root.querySelector<HTMLInputElement>('pagefind-input input'));
  if (!input) return;
  input.id = 'pagefind-query';
  const query = typed();
  if (starter) starter.hidden = true;
  if (query.trim()) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.focus();
}

function begin(root: HTMLElement, typed: () => string): void {
  // Offline without the index cached, or blocked: the A–Z list below still works.
  start(root, typed).catch(() => loading?.setAttribute('hidden', ''));
}

// A copy opened from files (the offline zip over file://): browsers that run this script at all
// still refuse to fetch the index from disk, so the page keeps its A–Z list and its note.
if (host && location.protocol !== 'file:') {
  const fromUrl = queryFromUrl();
  const box = starter?.querySelector('input');
  if (fromUrl.trim() || !starter || !box) {
    begin(host, () => fromUrl);
  } else {
    starter.hidden = false;
    note?.setAttribute('hidden', '');
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      begin(host, () => box.value.slice(0, 200));
    };
    box.addEventListener('focus', go);
    starter.addEventListener('submit', (event) => {
      event.preventDefault();
      go();
    });
  }
}

/**
 * Loads Pagefind's component UI on the search page only, then runs the query that came with
 * the URL (?q=, from the header's search form on any page).
 */
const host = document.querySelector<HTMLElement>('[data-search]');
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

async function start(root: HTMLElement): Promise<void> {
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
  let query = '';
  try {
    query = new URLSearchParams(location.search).get('q')?.slice(0, 200) ?? '';
  } catch {
    /* a malformed query string: start empty */
  }
  if (query.trim()) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.focus();
}

if (host) {
  // Offline without the index cached, or blocked: the A–Z list below still works.
  start(host).catch(() => loading?.setAttribute('hidden', ''));
}

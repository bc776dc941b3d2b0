/**
 * Loads Pagefind's component UI on the search page only, then runs the query that came with
 * the URL (?q=, from the header's search form on any page).
 */
const host = document.querySelector<HTMLElement>('[data-search]');
const loading = document.querySelector<HTMLElement>('[data-search-loading]');
if (host) {
  const bundle = host.dataset.bundle!;
  loading?.removeAttribute('hidden');
  const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` });
  document.head.append(css);
  import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`)
    .then(async () => {
      host.hidden = false;
      loading?.setAttribute('hidden', '');
      await customElements.whenDefined('pagefind-input');
      const query = new URLSearchParams(location.search).get('q')?.slice(0, 200) ?? '';
      const input = await waitFor(() => host.querySelector<HTMLInputElement>('pagefind-input input'));
      if (!input) return;
      input.id = 'pagefind-query';
      if (query.trim()) {
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      input.focus();
    })
    .catch(() => {
      // Offline without the index cached, or blocked: the A–Z list below still works.
      loading?.setAttribute('hidden', '');
    });
}

async function waitFor<T>(find: () => T | null, tries = 50): Promise<T | null> {
  for (let i = 0; i < tries; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

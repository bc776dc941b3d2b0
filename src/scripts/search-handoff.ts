/**
 * The header's search form, with JavaScript: the query goes to the search page through this
 * tab's sessionStorage instead of the address (?q=), so it stays out of the address bar, the
 * history and the server's logs. The search page takes it and deletes it at once. Quick exit
 * and "remove everything" clear it with the rest of the site's keys.
 */
import { HISTORY_KEY, MAX_QUERY, SEARCH_HANDOFF_KEY } from '../lib/storage-keys';

/** Like every navigation inside the site (site.ts), one history entry per visit unless the reader chose normal history. */
function normalHistory(): boolean {
  try {
    return localStorage.getItem(HISTORY_KEY) === 'normal';
  } catch {
    return false;
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-handoff]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = (form.querySelector('input')?.value ?? '').trim().slice(0, MAX_QUERY);
    try {
      if (query) sessionStorage.setItem(SEARCH_HANDOFF_KEY, query);
    } catch {
      // Storage blocked: the search page opens empty rather than with the query in its address.
    }
    if (normalHistory()) location.assign(form.action);
    else location.replace(form.action);
  });
}

/**
 * Answers kept only in the address (issue #17): `#profile&v=1&…`. Loaded by the site script when
 * a page opens with them, and by "My situation" when the reader keeps them there, this makes them
 * follow the reader to every page of the site,
 * not only to the pages the "My situation" page links to: a link inside the site gets the answers
 * as its fragment at the moment it is followed (with its own anchor, if it has one, as `&at=…`),
 * and a jump within the page puts them back in the address after the browser has moved.
 *
 * Why this is sound: the fragment never reaches a server, and nothing is stored on the device.
 * The answers are in the address already; carrying them adds no new trace beyond the history
 * entries of the pages read, which "Read safely" describes. Quick exit still replaces the tab's
 * entry, so Back does not return to them. Links are rewritten only as they are followed, never in
 * advance: a link the reader copies or shares (long press, "copy link") does not carry their
 * answers, and the discreet links (`/l/…`), made for sharing, never do.
 */
import { PROFILE_HASH, carriedFragment, fragmentAnchor, withoutAnchor } from '../lib/fragment';

const base = document.querySelector<HTMLMetaElement>('meta[name="atlas-base"]')?.content ?? '/';
// Read at each use, never kept: answers erased from the address ("Erase my answers") stop travelling at once.
const answers = () => (location.hash.startsWith(PROFILE_HASH) ? withoutAnchor(location.hash) : '');

// Arrived with an anchor of the link's own: go there, as the browser would have.
const arrivedAt = answers() && fragmentAnchor(location.hash);
if (arrivedAt) document.getElementById(arrivedAt)?.scrollIntoView();

const carry = (event: Event) => {
  const link = (event.target as Element).closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return;
  }
  const own = url.origin === location.origin && url.pathname.startsWith(base) && !/\/l\/[^/]*\/?$/.test(url.pathname);
  const samePage = url.pathname === location.pathname && url.search === location.search && url.hash !== '';
  if (!answers() || !own || samePage || url.hash.startsWith(PROFILE_HASH)) return;
  const original = link.getAttribute('href')!;
  url.hash = carriedFragment(answers(), fragmentAnchor(url.hash));
  link.href = url.href;
  // Put back once the browser has taken the address: the page keeps no link with the answers in it.
  setTimeout(() => link.setAttribute('href', original));
};
document.addEventListener('click', carry, true);
document.addEventListener('auxclick', carry, true);

// A search from the header or the search page keeps them too (a GET form keeps its action's fragment).
document.addEventListener(
  'submit',
  (event) => {
    const form = event.target as HTMLFormElement;
    const action = form.getAttribute('action');
    if (!answers() || form.method !== 'get' || action === null) return;
    const url = new URL(action, location.href);
    if (url.origin !== location.origin) return;
    url.hash = answers().slice(1);
    form.action = url.href;
    setTimeout(() => form.setAttribute('action', action));
  },
  true,
);

// A jump within the page (a table of contents, "skip to content") replaces the fragment: once the
// browser has moved, the answers go back into the address, with the jump's anchor after them.
window.addEventListener('hashchange', (event) => {
  const before = new URL(event.oldURL).hash;
  if (before.startsWith(PROFILE_HASH) && !location.hash.startsWith(PROFILE_HASH))
    history.replaceState(history.state, '', carriedFragment(before, fragmentAnchor(location.hash)));
});

// From here on links carry the answers. A tap in the moment before this script has arrived (it
// loads after the page, from the cache once fetched) goes without them: the end-to-end tests wait
// for this mark rather than race it.
document.documentElement.dataset.carryAnswers = '';

/**
 * The search page, on Pagefind's own API (pagefind.js) with a small renderer of our own instead of
 * its component UI (66 KB gzip of script, a Lighthouse mobile score of 68 when arriving with a
 * query). Pagefind loads only once the reader searches, and runs its WebAssembly in its own web
 * worker, so typing stays responsive on a cheap phone.
 *
 * The query never enters the address bar or history: the header's form hands it over in
 * sessionStorage (src/scripts/search-handoff.ts), searches here change no URL, and an old link
 * with ?q= is read once and then removed from the address bar.
 */
import { countryFor, rewriteQuery, MAX_QUERY, SEARCH_HANDOFF_KEY, type CountryNames } from '../lib/search-query';
import { countOf, type PluralForms } from '../i18n';
import type { Lang } from '../i18n/langs';

interface Strings {
  lang: Lang;
  results: PluralForms;
  summary: string;
  none: string;
  more: string;
  failed: string;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: Result[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results drawn at once: the first screen of a phone, then ten more per "Show more". Each costs one small file. */
const FIRST = 5;
const PAGE = 10;
const host = document.querySelector<HTMLElement>('[data-search]');

function takeQuery(): string {
  let query = '';
  try {
    query = sessionStorage.getItem(SEARCH_HANDOFF_KEY) ?? '';
    sessionStorage.removeItem(SEARCH_HANDOFF_KEY);
  } catch {
    /* storage blocked: nothing was handed over */
  }
  try {
    const params = new URLSearchParams(location.search);
    if (params.has('q')) {
      query ||= params.get('q') ?? '';
      // An old link or a search made before this script ran: take the query off the address bar.
      history.replaceState(history.state, '', location.pathname + location.hash);
    }
  } catch {
    /* a malformed query string: start empty */
  }
  return query.slice(0, MAX_QUERY);
}

/** Pagefind's excerpt is HTML with <mark> around matches: rebuilt from its text, so only <mark> survives. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Only this site's own paths are linked; anything else in the index would be a bug. */
function safeHref(url: string, base: string): string | undefined {
  return url.startsWith(base) && !url.startsWith('//') ? url : undefined;
}

function renderResult(data: ResultData, base: string): HTMLLIElement | undefined {
  const href = safeHref(data.url, base);
  if (!href) return undefined;
  const meta = [data.meta.type, data.meta.risk].filter(Boolean).join(' · ');
  const item = el('li', {}, el('h2', {}, el('a', { href }, data.meta.title ?? href)));
  if (meta) item.append(el('p', { className: 'result-meta' }, meta));
  item.append(el('p', { className: 'result-excerpt' }, ...excerptNodes(data.excerpt)));
  // Sections of the page that match (checklist items, headings): straight links to them.
  // The three with the most matches, in page order.
  const marks = (sub: SubResult) => sub.excerpt.split('<mark>').length - 1;
  const subs = (data.sub_results ?? [])
    .filter((sub) => sub.url !== data.url && safeHref(sub.url, base) && marks(sub) > 0)
    .map((sub, i) => ({ sub, i }))
    .sort((a, b) => marks(b.sub) - marks(a.sub) || a.i - b.i)
    .slice(0, 3)
    .sort((a, b) => a.i - b.i)
    .map(({ sub }) => sub);
  if (subs.length) item.append(el('ul', {}, ...subs.map((s) => el('li', {}, el('a', { href: s.url }, s.title)))));
  return item;
}

if (host) {
  const s: Strings = JSON.parse(host.dataset.strings!);
  const countries: CountryNames[] = JSON.parse(host.dataset.countries!);
  const base = host.dataset.base!;
  const bundle = host.dataset.bundle!;
  const form = host.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector('input')!;
  const summary = host.querySelector<HTMLElement>('[data-search-summary]')!;
  const list = host.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = host.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = host.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const plural = (n: number) => countOf(s.lang, n, s.results);

  let engine: Promise<Pagefind> | undefined;
  const load = () =>
    (engine ??= (async () => {
      const pagefind: Pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      // 25 words: two to three lines on a phone. Long country pages are penalised less for their
      // length (pageLength), so a country named in the query is not outranked by a short update.
      await pagefind.options({ baseUrl: base, excerptLength: 25, ranking: { pageLength: 0.4 } });
      await pagefind.init();
      return pagefind;
    })());

  const chosen = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (out[box.name] ??= []).push(box.value);
    return out;
  };

  async function showFilters(pagefind: Pagefind): Promise<void> {
    const groups = await pagefind.filters();
    const holder = filterBox.querySelector('[data-filter-groups]')!;
    for (const [name, values] of Object.entries(groups)) {
      const entries = Object.entries(values).sort((a, b) => a[0].localeCompare(b[0], s.lang));
      if (entries.length < 2) continue;
      const options: Node[] = entries.map(([value, n]) => {
        const box: HTMLInputElement = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
        return el('label', {}, box, `${value} (${n})`);
      });
      holder.append(el('fieldset', {}, el('legend', {}, name), ...options));
    }
  }

  let run = 0;
  let pending: Result[] = [];

  async function showMore(token: number, count = PAGE): Promise<void> {
    const batch = pending.splice(0, count);
    const rendered = await Promise.all(batch.map((r) => r.data()));
    if (token !== run) return;
    for (const data of rendered) {
      const item = renderResult(data, base);
      if (item) list.append(item);
    }
    more.hidden = pending.length === 0;
  }

  async function search(typed: string): Promise<void> {
    const token = ++run;
    const query = typed.trim().slice(0, MAX_QUERY);
    if (!query) {
      list.replaceChildren();
      summary.textContent = '';
      more.hidden = true;
      return;
    }
    try {
      const pagefind = await load();
      const filters = chosen();
      const found = (await pagefind.search(rewriteQuery(query, s.lang), { filters }))?.results ?? [];
      let results = found;
      // A country (or its city) in the query: its page first, even when named in the other
      // language or script, which the index of this language does not contain.
      const country = countryFor(query, countries);
      // Found by a search for its title in this language, where it ranks among the first; only
      // those few results are loaded (one small file each), the others when they are shown.
      if (country) {
        let page: Result | undefined;
        for (const r of ((await pagefind.search(country.names[0]!, { filters }))?.results ?? []).slice(0, 3)) {
          if (!page && (await r.data()).url === country.url) page = r;
        }
        if (page) results = [page, ...found.filter((r) => r.id !== page!.id)];
      }
      if (token !== run) return;
      list.replaceChildren();
      pending = [...results];
      await showMore(token, FIRST);
      // Said once the first results are on the page, so that a screen reader hears it when they are there.
      if (token === run)
        summary.textContent = results.length
          ? s.summary.replace('{count}', plural(results.length)).replace('{query}', query)
          : s.none.replace('{query}', query);
    } catch {
      if (token === run) summary.textContent = s.failed;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 250);
  });
  // Start loading the engine as soon as the reader shows intent, before the first word is typed.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value);
  });
  filterBox.addEventListener('change', () => void search(input.value));
  // The filters' own index files load when the reader opens them, not with every search.
  let filtersShown = false;
  filterBox.addEventListener('toggle', () => {
    if (!filterBox.open || filtersShown) return;
    filtersShown = true;
    void load()
      .then(showFilters)
      .catch(() => undefined);
  });
  more.addEventListener('click', () => void showMore(run));

  host.hidden = false;
  document.querySelector<HTMLElement>('[data-no-js-note="search"]')?.setAttribute('hidden', '');
  const query = takeQuery();
  if (query.trim()) {
    input.value = query;
    // The list of all pages waits below the first results instead of being pushed down under the
    // reader's eyes when they arrive (a layout shift of 0.6 in Lighthouse).
    // The results keep a screen's height until the reader searches again, so that nothing below
    // them (the list, the footer) moves into view and out again.
    const az = document.querySelector<HTMLElement>('[data-az-index]');
    if (az) az.hidden = true;
    list.classList.add('is-arriving');
    input.addEventListener('input', () => list.classList.remove('is-arriving'), { once: true });
    void search(query).finally(() => az && (az.hidden = false));
  }
}

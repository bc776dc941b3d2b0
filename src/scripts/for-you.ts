/**
 * "For your situation" (issue #17), loaded by the site script only when the reader has answered
 * the "My situation" questions. On a country page it puts first the ratings and steps that apply,
 * each with its reason in one line, copied from the page itself, which stays whole below. On a
 * checklist it marks the items that apply and can show only those; in the risk table it frames the
 * reader's countries and threats; the document planner starts from the reader's dates.
 */
import { CHECK_DOCUMENTS, CHECK_WANTED, countrySituations, itemsFor, matches, profileFragment, threatsFor, whereIs } from '../lib/profile';
import { readProfile } from '../lib/profile-store';
import { localToday } from '../lib/planner';
import { TOPIC_ITEMS, splitRef } from '../data/situation-topics';
import { profileStrings } from '../i18n/profile';
import { isLang } from '../i18n/langs';
import { COUNTRIES } from 'virtual:atlas/countries';

const s = profileStrings(document.documentElement.lang);
const block = document.querySelector<HTMLElement>('[data-for-you]');
const list = document.querySelector<HTMLElement>('[data-for-you-list]');
const matrix = document.querySelector<HTMLElement>('[data-for-you-matrix]');
const planner = document.querySelector<HTMLFormElement>('form[data-planner]');
const lang = document.documentElement.lang;
const countries = isLang(lang) ? COUNTRIES[lang] : [];
const kept = readProfile(countries);
const found = kept ? matches(kept.profile, localToday(new Date())) : [];
const langRoot = new URL(`${lang}/`, new URL(document.querySelector<HTMLMetaElement>('meta[name="atlas-base"]')?.content ?? '/', location.origin));
const carry = kept?.kept === 'link' ? profileFragment(kept.profile) : '';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};
const link = (path: string, text: string) => el('a', text, { href: new URL(path, langRoot).href });

if (kept && block) {
  const where = whereIs(kept.profile, block.dataset.forYou!);
  const heading = el('h2', s.forYou, { id: 'for-you-title' });
  block.setAttribute('aria-labelledby', heading.id);
  block.append(heading, el('p', s.forYouIntro, { class: 'small muted' }));
  if (found.length === 0 && where !== 'here') block.append(el('p', s.nothingApplies));
  else if (where === 'none') block.append(el('p', s.noPlaceHere));

  // Ratings first: each with the answer that makes it matter, then the page's own line for it.
  const ratings = el('ul', undefined, { class: 'ratings' });
  for (const { threat, reason } of threatsFor(found)) {
    const source = document.getElementById(`rating-${threat}`);
    if (!source) continue;
    const li = el('li');
    li.append(el('strong', `${s.reasons[reason]}:`), ' ', ...[...source.childNodes].map((n) => n.cloneNode(true)));
    ratings.append(li);
  }
  if (ratings.children.length) block.append(el('h3', s.ratingsTitle), ratings);

  // Then the country's own steps for the situations the answers support.
  for (const key of countrySituations(found, where)) {
    const title = document.getElementById(`for-${key}`);
    const steps = title?.nextElementSibling;
    if (!title || !steps) continue;
    block.append(el('h3', title.textContent ?? ''), steps.cloneNode(true));
  }
  // Situations without steps on country pages, and "I don't know" answers: one line and a link each.
  const more = el('ul');
  for (const m of found) {
    const only = m.only?.[0];
    const target =
      only === CHECK_WANTED || only === CHECK_DOCUMENTS
        ? `checklists/${splitRef(only).checklist}/#${splitRef(only).item}`
        : m.topic === 'activists' || m.topic === 'documents'
          ? `situation/${m.topic}/`
          : '';
    if (!target) continue;
    const li = el('li');
    li.append(`${s.reasons[m.reason]}: `, link(target, only ? s.findOut : s.topics[m.topic].title));
    more.append(li);
  }
  if (more.children.length) block.append(more);
  const change = el('p', undefined, { class: 'no-print' });
  change.append(link(`situation/${carry}`, s.change), ' · ', link(`plan/${carry}`, s.plan.link));
  block.append(change);
  block.hidden = false;
}

if (kept && list) {
  const root = document.querySelector<HTMLElement>('[data-checklist]');
  const mine = new Set(
    itemsFor(found, TOPIC_ITEMS)
      .map(splitRef)
      .filter((r) => r.checklist === root?.dataset.checklist)
      .map((r) => r.item),
  );
  const items = [...(root?.querySelectorAll<HTMLElement>('[data-item]') ?? [])];
  const marked = items.filter((li) => mine.has(li.dataset.item!));
  if (root && marked.length) {
    for (const li of marked) {
      li.classList.add('is-for-you');
      li.querySelector('h3')?.after(el('p', s.matchHint, { class: 'for-you-mark small' }));
    }
    const toggle = el('button', s.onlyMine, { type: 'button', 'aria-pressed': 'false' });
    toggle.addEventListener('click', () => {
      const only = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', String(only));
      for (const li of items) li.hidden = only && !mine.has(li.dataset.item!);
      // A priority group with nothing left to show hides with its items.
      root.querySelectorAll('section').forEach((section) => (section.hidden = only && !section.querySelector('[data-item]:not([hidden])')));
    });
    list.append(toggle);
    list.hidden = false;
  }
}

if (kept && matrix) {
  // The risk table: the rows of the countries the answers name, the columns of the threats that apply.
  const mark = (cell: Element) => {
    cell.classList.add('is-for-you');
    cell.append(el('span', ` (${s.matchHint})`, { class: 'visually-hidden' }));
  };
  const places = new Set(countries.filter((c) => whereIs(kept.profile, c) !== 'none'));
  document
    .querySelectorAll<HTMLElement>('tr[data-country]')
    .forEach((row) => places.has(row.dataset.country!) && row.querySelector('th') && mark(row.querySelector('th')!));
  const threats = new Set(threatsFor(found).map((x) => x.threat));
  document.querySelectorAll<HTMLElement>('thead th[data-threat]').forEach((th) => threats.has(th.dataset.threat!) && mark(th));
  if (places.size || threats.size) {
    matrix.textContent = s.matrixNote;
    matrix.hidden = false;
  }
}

if (kept && planner) {
  // The document planner starts from the reader's dates and country, unless it already has its own.
  const field = (name: string) => planner.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const docs = typeof kept.profile.documents === 'object' ? kept.profile.documents : {};
  const here = typeof kept.profile.country === 'string' && countries.includes(kept.profile.country) ? kept.profile.country : '';
  const fill = { passport: docs.passport ?? '', residence: docs.permit ?? '', country: here };
  const untouched = ['passport', 'residence', 'visa', 'country'].every((name) => !field(name)?.value);
  if (untouched && Object.values(fill).some(Boolean)) {
    for (const [name, value] of Object.entries(fill)) if (value && field(name)) field(name)!.value = value;
    planner.prepend(el('p', s.prefilled, { class: 'small muted', 'data-prefilled': '' }));
  }
}

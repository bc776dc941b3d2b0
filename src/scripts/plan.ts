/**
 * "My plan" (issue #17): shows only the plan's items (from a link's `#items=`, else from the
 * reader's "My situation" answers), ticked with the same stored ticks as their checklists,
 * printable and saved as one file. Without a plan, a helper picks items and copies a link.
 */
import { itemsFor, matches } from '../lib/profile';
import { readProfile } from '../lib/profile-store';
import { parsePlanLink, planFragment } from '../lib/plan-link';
import { readProgress, writeProgress } from '../lib/progress';
import { choiceStore } from '../lib/choice-store';
import { localToday } from '../lib/planner';
import { singleFileName } from '../lib/checklist-view';
import { escapeHtml as e } from '../lib/html';
import { TOPIC_ITEMS } from '../data/situation-topics';
import { profileStrings } from '../i18n/profile';

const root = document.querySelector<HTMLElement>('[data-plan]');
if (root) {
  const lang = root.dataset.plan!;
  const s = profileStrings(lang);
  const countries = root.dataset.countries!.split(',');
  const notes = document.querySelector<HTMLElement>('[data-plan-notes]')!;
  const lis = [...root.querySelectorAll<HTMLLIElement>('li[data-ref]')];
  const refOf = (li: HTMLElement) => li.dataset.ref!;
  const published: Record<string, string[]> = {};
  const split = (ref: string) => {
    const at = ref.indexOf('/');
    return [ref.slice(0, at), ref.slice(at + 1)] as const;
  };
  for (const li of lis) {
    const [checklist, item] = split(refOf(li));
    (published[checklist] ??= []).push(item);
  }
  let retired: Record<string, string[]> = {};
  try {
    retired = JSON.parse(root.dataset.retired ?? '{}');
  } catch {
    /* the page's own data: without it, retired ids read as unknown */
  }
  const note = (text: string, cls = '') => {
    const p = document.createElement('p');
    p.textContent = text;
    if (cls) p.className = cls;
    notes.append(p);
  };
  const count = (n: number) => {
    const forms = s.plan.items as unknown as Record<string, string | undefined>;
    return `${n} ${forms[new Intl.PluralRules(lang).select(n)] ?? forms.other}`;
  };
  const checkbox = (li: HTMLLIElement) => {
    const action = li.querySelector<HTMLElement>('[data-action]')!;
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = refOf(li);
    label.append(box, action);
    li.prepend(label);
    return box;
  };

  let plan: { items: string[]; country?: string | undefined; from: 'link' | 'profile' } | undefined;
  if (location.hash.startsWith('#items=')) {
    const link = parsePlanLink(location.hash, published, retired, countries);
    plan = { items: link.items, country: link.country, from: 'link' };
    note(s.plan.fromLink);
    if (link.retired.length) note(s.plan.retired.replace('{count}', count(link.retired.length)), 'notice');
    if (link.unknown.length) note(s.plan.unknown.replace('{count}', count(link.unknown.length)), 'notice');
  } else {
    const kept = readProfile(countries);
    if (kept) {
      const here = kept.profile.country;
      plan = {
        items: itemsFor(matches(kept.profile, localToday(new Date())), TOPIC_ITEMS),
        country: here && countries.includes(here) ? here : undefined,
        from: 'profile',
      };
      note(s.plan.fromProfile);
    }
  }

  if (plan && plan.items.length) {
    const mine = new Set(plan.items);
    for (const li of lis) li.hidden = !mine.has(refOf(li));
    root.querySelectorAll('section').forEach((section) => (section.hidden = !section.querySelector('li:not([hidden])')));
    // The same ticks as the checklists: each checklist's ids are all on this page.
    const store = choiceStore();
    const done = new Map(Object.entries(published).map(([c, ids]) => [c, readProgress(store, c, ids)]));
    for (const li of lis.filter((x) => !x.hidden)) {
      const box = checkbox(li);
      const [checklist, item] = split(box.value);
      const ticks = done.get(checklist) ?? new Set<string>();
      box.checked = ticks.has(item);
      box.addEventListener('change', () => {
        if (box.checked) ticks.add(item);
        else ticks.delete(item);
        writeProgress(choiceStore(), checklist, ticks);
      });
    }
    if (plan.country) {
      const line = document.querySelector<HTMLElement>('[data-plan-country]')!;
      const a = document.createElement('a');
      a.href = new URL(`../countries/${plan.country}/`, location.href).href;
      a.textContent = document.querySelector(`[data-plan-maker-country] option[value="${CSS.escape(plan.country)}"]`)?.textContent ?? plan.country;
      const [before = '', after = ''] = s.plan.countryFor.split('{country}');
      line.append(before, a, after);
      line.hidden = false;
    }
    const tools = document.querySelector<HTMLElement>('[data-plan-tools]')!;
    tools.querySelector('[data-plan-print]')!.addEventListener('click', () => window.print());
    tools.querySelector('[data-plan-download]')!.addEventListener('click', () => {
      const groups = [...root.querySelectorAll('section:not([hidden])')].map((section) => {
        const items = [...section.querySelectorAll<HTMLLIElement>('li:not([hidden])')].map((li) => {
          const link = li.querySelector('a')!;
          return `<li><label><input type="checkbox"> ${e(li.querySelector('[data-action]')!.textContent ?? '')}</label> <a href="${e(link.href)}">${e(link.textContent ?? '')}</a></li>`;
        });
        return `<h2>${e(section.querySelector('h2')!.textContent ?? '')}</h2><ul>${items.join('')}</ul>`;
      });
      const title = document.querySelector('h1')!.textContent ?? '';
      const html = `<!doctype html><html lang="${e(lang)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem}ul{list-style:none;padding:0}li{border-top:1px solid #999;padding:.4rem 0}</style><h1>${e(title)}</h1>${groups.join('')}</html>`;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      a.download = singleFileName('plan', lang);
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
    tools.hidden = false;
  } else {
    if (!plan) note(s.plan.none);
    // The maker: every item can be picked; the link carries the picks by permanent id.
    const maker = document.querySelector<HTMLElement>('[data-plan-maker]')!;
    const country = maker.querySelector<HTMLSelectElement>('[data-plan-maker-country]')!;
    const output = maker.querySelector<HTMLInputElement>('[data-plan-link]')!;
    const open = maker.querySelector<HTMLAnchorElement>('[data-plan-open]')!;
    const boxes = lis.map(checkbox);
    const update = () => {
      const fragment = planFragment(
        boxes.filter((b) => b.checked).map((b) => b.value),
        country.value || undefined,
      );
      output.value = new URL(fragment, location.href).href;
      open.href = fragment;
    };
    root.addEventListener('change', update);
    country.addEventListener('change', update);
    maker.querySelector('[data-plan-copy]')!.addEventListener('click', () => {
      output.select();
      void navigator.clipboard?.writeText(output.value).then(
        () => note(s.plan.copied),
        () => undefined,
      );
    });
    update();
    maker.hidden = false;
  }
  // A new plan link opened on this page (the maker's "open", or an edited address) starts afresh.
  window.addEventListener('hashchange', () => location.reload());
  document.querySelector<HTMLElement>('[data-no-js-note="plan"]')?.setAttribute('hidden', '');
}

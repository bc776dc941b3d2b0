/**
 * Runs the document planner in the browser. Dates are kept only if the reader asks, and then
 * only in the tab while "Keep nothing" is on (src/lib/choice-store.ts).
 */
import { plan, localToday, DOCUMENT_KINDS, type DocumentInput, type PlannerStrings } from '../lib/planner';
import { countStay, stayRuleWords, type StayRule, type TripInput } from '../lib/stay';
import { formatPartialDate } from '../lib/dates';
import { PLANNER_KEY as KEY } from '../lib/storage';
import { choiceStore } from '../lib/choice-store';
import { escapeHtml as e } from '../lib/html';

const form = document.querySelector<HTMLFormElement>('[data-planner]');
const output = document.querySelector<HTMLElement>('[data-plan-output]');

if (form && output) {
  const s = JSON.parse(form.dataset.strings ?? '{}') as PlannerStrings;
  const day = (d: Date) => formatPartialDate(d.toISOString().slice(0, 10), s.locale);
  const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));
  const stay = form.querySelector<HTMLFieldSetElement>('[data-stay]');
  const stayRules: Record<string, StayRule & { title: string }> = JSON.parse(stay?.dataset.stayRules ?? '{}');
  const tripRows = stay ? stay.querySelectorAll('.stay-trip').length : 0;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const trips = (): TripInput[] =>
    Array.from({ length: tripRows }, (_, i) => ({ entry: field(`entry-${i}`)?.value ?? '', exit: field(`exit-${i}`)?.value ?? '' }));
  // The counter shows only for a country whose rule has a source (src/lib/policy.ts, STAY_RULES).
  const showStay = () => {
    if (!stay) return;
    const rule = stayRules[(form.elements.namedItem('country') as HTMLSelectElement).value];
    stay.hidden = !rule;
    if (rule) stay.querySelector('[data-stay-rule]')!.textContent = fill(s.stayRule, { country: rule.title, ...stayRuleWords(s.lang, s, rule) });
  };
  const stayHtml = (country: string) => {
    const rule = stayRules[country];
    if (!rule) return '';
    const result = countStay(trips(), rule, localToday(new Date()));
    if (!trips().some((t) => t.entry)) return '';
    const title = `<h2>${e(fill(s.stayResultTitle, { country: rule.title }))}</h2>`;
    if (!result.ok) return `${title}<p class="notice" data-stay-error>${e(fill(s.stayErrors[result.error], { n: result.trip + 1 }))}</p>`;
    const lines = [fill(s.stayUsed, { used: result.used, ...stayRuleWords(s.lang, s, rule) })];
    if (result.over) lines.push(s.stayOver);
    else if (!result.lastDay) lines.push(s.stayNoneLeft);
    else lines.push(fill(result.inCountry ? s.stayLastDay : s.stayEnterToday, { date: day(result.lastDay) }));
    return `${title}<p data-stay-used="${result.used}" data-stay-over="${result.over}"${result.over ? ' class="notice"' : ''}>${lines.map(e).join(' ')}</p>`;
  };

  // From both stores: the dates may have been kept before "Keep nothing" was switched either way.
  const forget = () => {
    for (const get of [() => localStorage, () => sessionStorage]) {
      try {
        get().removeItem(KEY);
      } catch {
        /* blocked storage holds nothing */
      }
    }
  };

  const restore = () => {
    try {
      const saved = JSON.parse(choiceStore()?.getItem(KEY) ?? 'null');
      if (!saved || typeof saved !== 'object') return;
      for (const name of [...DOCUMENT_KINDS, 'country']) {
        const input = field(name);
        if (input && typeof saved[name] === 'string') input.value = saved[name].slice(0, 40);
      }
      // Saved trips: only well-formed rows, so a hand-edited store cannot break the page.
      if (Array.isArray(saved.trips)) {
        saved.trips.slice(0, tripRows).forEach((trip: unknown, i: number) => {
          if (!trip || typeof trip !== 'object') return;
          const { entry, exit } = trip as Record<string, unknown>;
          if (typeof entry === 'string') field(`entry-${i}`)!.value = entry.slice(0, 10);
          if (typeof exit === 'string') field(`exit-${i}`)!.value = exit.slice(0, 10);
        });
      }
      (form.elements.namedItem('remember') as HTMLInputElement).checked = true;
    } catch {
      /* corrupt or blocked storage: start empty */
    }
  };

  const render = () => {
    const data = new FormData(form);
    const inputs: DocumentInput[] = DOCUMENT_KINDS.map((kind) => ({ kind, expires: String(data.get(kind) ?? '') }));
    const result = plan(inputs, localToday(new Date()));
    const country = String(data.get('country') ?? '');
    const today = localToday(new Date());
    const items = result.documents.map((d) => {
      const days = d.daysLeft < 0 ? `${-d.daysLeft} ${s.expiredAgo}` : `${d.daysLeft} ${s.daysLeft}`;
      // A start day already past is not a plan: it reads "start today".
      const start = d.startBy <= today ? e(s.startToday) : `${e(s.startBy)}: ${e(day(d.startBy))}`;
      return `<li data-doc="${d.kind}" data-status="${d.status}"><span class="plan-status">${e(s.status[d.status])}</span> <strong>${e(s[d.kind])} ${e(day(d.expires))}</strong> (${e(days)}). ${start}.${d.needsConsulate ? ` ${e(s.consulate)}` : ''}</li>`;
    });
    const countryName = (form.elements.namedItem('country') as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
    output.innerHTML =
      (items.length
        ? `<h2>${e(s.resultTitle)}</h2><ul class="plan">${items.join('')}</ul>${result.passportBlocksResidence ? `<p class="notice" data-residence-blocked>${e(s.residenceBlocked)}</p>` : ''}${
            country ? `<p><a href="${e(s.countryBase)}${e(encodeURIComponent(country))}/">${e(s.countryLink.replace('{country}', countryName))}</a></p>` : ''
          }`
        : '') + stayHtml(country);
    try {
      if (data.get('remember')) {
        const saved = Object.fromEntries([...DOCUMENT_KINDS, 'country'].map((k) => [k, String(data.get(k) ?? '')]));
        choiceStore()?.setItem(KEY, JSON.stringify({ ...saved, trips: trips().filter((t) => t.entry || t.exit) }));
      } else forget();
    } catch {
      /* storage refused: the plan still shows */
    }
  };

  // Unticking "Remember" forgets at once, not at the next "Show my plan" (#14).
  const remember = form.elements.namedItem('remember') as HTMLInputElement;
  remember.addEventListener('change', () => {
    if (remember.checked) return;
    forget();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
  });
  (form.elements.namedItem('country') as HTMLSelectElement).addEventListener('change', showStay);
  form.querySelector('[data-forget]')!.addEventListener('click', () => {
    form.reset();
    showStay();
    output.innerHTML = '';
    forget();
  });
  restore();
  showStay();
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-no-js-note="planner"]')?.setAttribute('hidden', '');
}

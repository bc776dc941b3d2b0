/** Runs the document planner in the browser. Dates are kept only if the reader asks. */
import { plan, localToday, DOCUMENT_KINDS, type DocumentInput } from '../lib/planner';
import { formatPartialDate } from '../lib/dates';
import { NAMESPACE } from '../lib/storage';
import { escapeHtml as e } from '../lib/html';

const form = document.querySelector<HTMLFormElement>('[data-planner]');
const output = document.querySelector<HTMLElement>('[data-plan-output]');
const KEY = `${NAMESPACE}planner`;

if (form && output) {
  const s = JSON.parse(form.dataset.strings!);
  const day = (d: Date) => formatPartialDate(d.toISOString().slice(0, 10), s.locale);

  const restore = () => {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
      if (!saved || typeof saved !== 'object') return;
      for (const name of [...DOCUMENT_KINDS, 'country']) {
        const field = form.elements.namedItem(name) as HTMLInputElement | null;
        if (field && typeof saved[name] === 'string') field.value = saved[name].slice(0, 40);
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
    output.innerHTML = items.length
      ? `<h2>${e(s.resultTitle)}</h2><ul class="plan">${items.join('')}</ul>${result.passportBlocksResidence ? `<p class="notice" data-residence-blocked>${e(s.residenceBlocked)}</p>` : ''}${
          country ? `<p><a href="${e(s.countryBase)}${e(encodeURIComponent(country))}/">${e(s.countryLink.replace('{country}', countryName))}</a></p>` : ''
        }`
      : '';
    try {
      if (data.get('remember')) localStorage.setItem(KEY, JSON.stringify(Object.fromEntries([...DOCUMENT_KINDS, 'country'].map((k) => [k, String(data.get(k) ?? '')]))));
      else localStorage.removeItem(KEY);
    } catch {
      /* storage refused: the plan still shows */
    }
  };

  // Unticking "Remember" forgets at once, not at the next "Show my plan" (#14).
  const remember = form.elements.namedItem('remember') as HTMLInputElement;
  remember.addEventListener('change', () => {
    if (remember.checked) return;
    try {
      localStorage.removeItem(KEY);
    } catch {
      /* nothing stored */
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
  });
  form.querySelector('[data-forget]')!.addEventListener('click', () => {
    form.reset();
    output.innerHTML = '';
    try {
      localStorage.removeItem(KEY);
    } catch {
      /* nothing stored */
    }
  });
  restore();
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-no-js-note="planner"]')?.setAttribute('hidden', '');
}

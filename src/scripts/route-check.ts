/**
 * The route check on "Help now" (issue #16): the reader picks where they are, any number of changes
 * and where they go, and gets the risk of each leg (src/lib/route.ts says what that is), from the
 * same ratings as the table below the form. Worked out on this device: nothing is stored and nothing
 * is requested, so it works offline from the service worker's copy of the page. Without JavaScript
 * the form stays hidden and the table is the answer.
 */
import { routeLegs, type LegFinding, type RouteCountry } from '../lib/route';

interface RouteData {
  rows: (RouteCountry & { title: string })[];
  threats: Record<string, string>;
  countryHref: Record<string, string>;
  interpolHref: string;
  interpolTitle: string;
  risk: Record<string, string>;
  strings: {
    change: string;
    legs: string;
    roles: Record<LegFinding['role'], string>;
    why: string;
    atLeast: string;
    unrated: string;
    outsideName: string;
    outsideLeg: string;
    interpol: string;
  };
}

const form = document.querySelector<HTMLFormElement>('[data-route-form]');
if (form) {
  const data = JSON.parse(form.dataset.route ?? '{}') as RouteData;
  const s = data.strings;
  const out = form.querySelector<HTMLElement>('[data-route-result]')!;
  const titles = new Map(data.rows.map((r) => [r.slug, r.title]));
  const name = (slug: string) => titles.get(slug) ?? s.outsideName;
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-route-nojs]')?.setAttribute('hidden', '');

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const badge = (level: string) => {
    const span = el('span', data.risk[level] ?? level, `risk risk--${level}`);
    span.dataset.risk = level;
    return span;
  };

  // "Add another change": a copy of the last change's field, numbered, empty, and focused.
  form.querySelector('[data-route-add]')?.addEventListener('click', () => {
    const changes = form.querySelectorAll<HTMLElement>('[data-route-change]');
    const last = changes[changes.length - 1]!;
    const n = changes.length + 1;
    const copy = last.cloneNode(true) as HTMLElement;
    const label = copy.querySelector('label')!;
    const select = copy.querySelector('select')!;
    select.id = `route-change-${n}`;
    label.htmlFor = select.id;
    label.textContent = s.change.replace('{n}', String(n));
    select.value = '';
    last.after(copy);
    select.focus();
  });

  // "Kazakhstan (changing): Borders, Extradition", each threat linked to its rating on the country page.
  const findings = (list: LegFinding[], linked: boolean) => {
    const line = el('span');
    const groups = new Map<string, LegFinding[]>();
    for (const f of list) groups.set(`${f.country} ${f.role}`, [...(groups.get(`${f.country} ${f.role}`) ?? []), f]);
    [...groups.values()].forEach((group, i) => {
      if (i > 0) line.append('; ');
      line.append(`${name(group[0]!.country)} (${s.roles[group[0]!.role]}): `);
      group.forEach((f, j) => {
        if (j > 0) line.append(', ');
        const threat = data.threats[f.threat] ?? f.threat;
        const href = data.countryHref[f.country];
        if (linked && href) {
          const link = el('a', threat);
          link.href = `${href}#rating-${f.threat}`;
          line.append(link);
        } else line.append(threat);
      });
    });
    return line;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const points = new FormData(form).getAll('point').map(String);
    const legs = routeLegs(points, data.rows);
    const list = el('ol');
    list.setAttribute('aria-label', s.legs);
    for (const leg of legs) {
      const item = el('li', undefined, 'route-leg');
      const head = el('p');
      head.append(el('strong', `${name(leg.from)} → ${name(leg.to)}`), ' ', badge(leg.level));
      // A known level with something unrated on the leg is only a lower bound (nothing is above "severe").
      if (!leg.complete && leg.level !== 'unknown' && leg.level !== 'severe') head.append(` ${s.atLeast}`);
      const why = el('ul');
      if (leg.because.length) {
        const li = el('li', `${s.why}: `);
        li.append(findings(leg.because, true));
        why.append(li);
      }
      if (leg.unrated.length) {
        const li = el('li', `${s.unrated}: `);
        li.append(findings(leg.unrated, true));
        why.append(li);
      }
      if (leg.outside.length) why.append(el('li', s.outsideLeg));
      item.append(head, why);
      list.append(item);
    }
    out.replaceChildren(list);
    // Once for the route: what an Interpol notice means anywhere, in the threat page's sourced words.
    if (legs.some((l) => l.outside.length)) {
      const note = el('p', `${s.interpol} `);
      const link = el('a', data.interpolTitle);
      link.href = data.interpolHref;
      note.append(link);
      out.append(note);
    }
  });
}

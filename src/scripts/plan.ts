/**
 * "My plan" (issue #17): shows only the plan's items (from a link's `#items=`, else from the
 * reader's "My situation" answers, with the steps of the reader's country for their situation),
 * ticked with the same stored ticks as their checklists, printable and saved as one file (each
 * item with its why, how and sources, as a checklist's copy). Without a plan, a helper picks items
 * and copies a link.
 */
import { countrySituations, itemsFor, matches, type Match } from '../lib/profile';
import { readProfile } from '../lib/profile-store';
import { parsePlanLink, planFragment } from '../lib/plan-link';
import { readProgress, writeProgress } from '../lib/progress';
import { choiceStore } from '../lib/choice-store';
import { localToday } from '../lib/planner';
import { singleFileName } from '../lib/checklist-view';
import { singleFilePlan } from '../lib/single-file';
import { TOPIC_ITEMS } from '../data/situation-topics';
import { profileStrings } from '../i18n/profile';
import { isLang } from '../i18n/langs';
import { countOf } from '../i18n';
import { PROFILE_HASH, withoutAnchor } from '../lib/fragment';
import { COUNTRIES } from 'virtual:atlas/countries';

const root = document.querySelector<HTMLElement>('[data-plan]');
if (root) {
  const lang = root.dataset.plan!;
  const s = profileStrings(lang);
  const countries = isLang(lang) ? COUNTRIES[lang] : [];
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
  const count = (n: number) => (isLang(lang) ? countOf(lang, n, s.plan.items) : String(n));
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
  let found: Match[] = [];
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
      found = matches(kept.profile, localToday(new Date()));
      plan = {
        items: itemsFor(found, TOPIC_ITEMS),
        country: here && countries.includes(here) ? here : undefined,
        from: 'profile',
      };
      // Answers that bring no item and name no country (only "on the military register", "no" to
      // everything) assemble nothing: the page says so rather than head every item "assembled from your answers".
      note(plan.items.length || plan.country ? s.plan[kept.kept === 'link' ? 'fromProfileLink' : 'fromProfile'] : s.plan.fromProfileNone);
    }
  }

  // The site's own pages, read when needed (from the saved offline copy too, where there is one):
  // the country's steps for the plan, the checklists' why and how and the sources for its file.
  // Each page once; undefined when it cannot be read. Links are made absolute, so that they keep
  // working where they are copied.
  const pages = new Map<string, Promise<Document | undefined>>();
  const readPage = (address: string) => {
    const url = new URL(address, location.href);
    url.hash = '';
    if (!pages.has(url.href))
      pages.set(
        url.href,
        fetch(url)
          .then(async (r) => {
            if (!r.ok) return undefined;
            const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
            doc.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', new URL(a.getAttribute('href')!, url).href));
            return doc;
          })
          .catch(() => undefined),
      );
    return pages.get(url.href)!;
  };
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // Text as read, without source numbers and without the words only a screen reader hears ("leaves this site").
  const readText = (el: Element | null | undefined) => {
    if (!el) return '';
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('sup, .visually-hidden').forEach((x) => x.remove());
    return text(copy);
  };

  // A plan from answers that name a country brings that country's own steps for the reader's
  // situation, from its page: "if you live here" always, and the situations the answers support;
  // for a reader who may be wanted or has left the army, first the emergency steps of "Help now"
  // (where to claim asylum, the legal clocks). Without a connection or a saved copy, the links remain.
  const countrySection = document.querySelector<HTMLElement>('[data-plan-country-steps]')!;
  let countryReady: Promise<unknown> = Promise.resolve();
  if (plan?.from === 'profile' && plan.country) {
    const slug = plan.country;
    const name = document.querySelector(`[data-plan-maker-country] option[value="${CSS.escape(slug)}"]`)?.textContent ?? slug;
    const keys = countrySituations(found, 'here');
    const urgent = keys.includes('wanted') || keys.includes('mobilisation');
    countrySection.querySelector('h2')!.textContent = s.plan.countryTitle.replace('{country}', name);
    const more = countrySection.querySelector<HTMLElement>('[data-plan-country-more]')!;
    const link = (address: string, label: string) =>
      Object.assign(document.createElement('a'), { href: new URL(address, location.href).href, textContent: label });
    more.append(link(`../help/#country-${slug}`, s.plan.emergencyMore), ' · ', link(`../countries/${slug}/`, name));
    countrySection.hidden = false;
    const block = (kind: string, heading: string, list: Element) => {
      const div = Object.assign(document.createElement('div'), { className: 'plan-country-steps' });
      div.dataset.situation = kind;
      const copy = list.cloneNode(true) as Element;
      copy.querySelectorAll('[id]').forEach((x) => x.removeAttribute('id'));
      div.append(Object.assign(document.createElement('h3'), { textContent: heading }), copy);
      more.before(div);
    };
    countryReady = Promise.all([readPage(`../countries/${slug}/`), urgent ? readPage('../help/') : undefined]).then(([page, help]) => {
      help
        ?.querySelector(`[data-help-country="${CSS.escape(slug)}"]`)
        ?.querySelectorAll('[data-emergency]')
        .forEach((part) => {
          const list = part.querySelector('ul');
          if (list) block('emergency', text(part.querySelector('h4')), list);
        });
      for (const key of keys) {
        const title = page?.getElementById(`for-${key}`);
        const list = title?.nextElementSibling;
        if (title && list) block(key, text(title), list);
      }
    });
  }

  if (plan && (plan.items.length || !countrySection.hidden)) {
    const mine = new Set(plan.items);
    for (const li of lis) li.hidden = !mine.has(refOf(li));
    root.querySelectorAll('section').forEach((section) => (section.hidden = !section.querySelector('li[data-ref]:not([hidden])')));
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
    // The single file: what the page shows, each item with the why and how of its checklist, then
    // every source the shown items and steps rest on, once each, as a checklist's single file lists them.
    const sourceLines = async (el: Element) =>
      Promise.all(
        [...el.querySelectorAll<HTMLAnchorElement>('sup a[href]')].map(async (a) => {
          const doc = await readPage(a.href);
          const entry = doc?.getElementById(decodeURIComponent(new URL(a.href).hash.slice(1)));
          const url = entry?.querySelector<HTMLAnchorElement>('a.external')?.href;
          return entry && url ? `${readText(entry)} ${url}` : undefined;
        }),
      );
    const download = async () => {
      await countryReady;
      const cited: (string | undefined)[] = [];
      const country = countrySection.hidden
        ? undefined
        : {
            heading: text(countrySection.querySelector('h2')),
            sections: await Promise.all(
              [...countrySection.querySelectorAll<HTMLElement>('[data-situation]')].map(async (part) => ({
                heading: text(part.querySelector('h3')),
                lines: await Promise.all(
                  [...part.querySelectorAll('li')].map(async (li) => {
                    cited.push(...(await sourceLines(li)));
                    // Emergency steps name their sources in brackets, linked: the file gives the addresses.
                    for (const a of li.querySelectorAll<HTMLAnchorElement>(':not(sup) > a.external')) cited.push(`${readText(a)}. ${a.href}`);
                    return readText(li);
                  }),
                ),
              })),
            ),
          };
      const groups = await Promise.all(
        [...root.querySelectorAll('section:not([hidden])')].map(async (section) => ({
          heading: text(section.querySelector('h2')),
          items: await Promise.all(
            [...section.querySelectorAll<HTMLLIElement>('li[data-ref]:not([hidden])')].map(async (li) => {
              const [checklist, id] = split(refOf(li));
              const item = (await readPage(`../checklists/${checklist}/`))?.querySelector(`[data-item="${CSS.escape(id)}"]`);
              const why = item?.querySelector('details > p');
              if (why) cited.push(...(await sourceLines(why)));
              why?.querySelector('strong')?.remove();
              return {
                id: refOf(li).replace('/', '--'),
                action: text(li.querySelector('[data-action]')),
                checklistTitle: li.querySelector<HTMLElement>('[data-checklist-title]')?.dataset.checklistTitle ?? checklist,
                why: readText(why),
                how: [...(item?.querySelectorAll('details > ol > li') ?? [])].map(readText),
              };
            }),
          ),
        })),
      );
      const html = singleFilePlan({
        lang,
        siteName: root.dataset.siteName ?? '',
        title: text(document.querySelector('h1')),
        notes: [...notes.querySelectorAll('p'), document.querySelector('[data-plan-country]:not([hidden])')].filter((x) => x !== null).map(text),
        country,
        groups,
        whyLabel: root.dataset.whyLabel ?? '',
        howLabel: root.dataset.howLabel ?? '',
        sourcesLabel: root.dataset.sourcesLabel ?? '',
        sources: [...new Set(cited.filter((x) => x !== undefined))],
      });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      a.download = singleFileName('plan', lang);
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    };
    tools.querySelector('[data-plan-download]')!.addEventListener('click', () => void download());
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
    document.querySelector<HTMLElement>('[data-plan-maker-intro]')!.hidden = false;
  }
  // A new plan link or new answers opened on this page (the maker's "open", an edited address)
  // start afresh; a jump to an anchor ("skip to content", the contents) is not a new plan.
  const madeFrom = (hash: string) => (hash.startsWith('#items=') ? hash : hash.startsWith(PROFILE_HASH) ? withoutAnchor(hash) : '');
  window.addEventListener('hashchange', (event) => {
    const now = madeFrom(location.hash);
    if (now && now !== madeFrom(new URL(event.oldURL).hash)) location.reload();
  });
  document.querySelector<HTMLElement>('[data-no-js-note="plan"]')?.setAttribute('hidden', '');
}

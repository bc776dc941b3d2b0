/**
 * "Help now" enhancement: the reader picks their country once; it is remembered on this device only
 * (src/lib/storage.ts, honouring "keep nothing"), the other countries fold away, and every
 * "next" link leads straight to that country's steps. A reader who has not picked one here starts
 * from the country in their "My situation" answers (issue #17), kept on the device or in the
 * address. Without JavaScript the page links to all.
 * With JavaScript no country (and no situation) goes into the address: the page's own links move
 * the reader without a #fragment, and a country page hands its country over through this tab's
 * storage (site.ts), because the browser's history would keep "#country-kazakhstan" (#14).
 */
import { HELP_COUNTRY_HANDOFF_KEY, HELP_COUNTRY_KEY as COUNTRY_KEY } from '../lib/storage';
import { choiceStore } from '../lib/choice-store';
import { readProfile } from '../lib/profile-store';
import { PROFILE_HASH, fragmentAnchor, withoutAnchor } from '../lib/fragment';

const root = document.querySelector<HTMLElement>('[data-help-now]');
if (root) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as { yourCountry: string; next: string };
  const sections = [...root.querySelectorAll<HTMLElement>('[data-help-country]')];
  const choices = [...root.querySelectorAll<HTMLAnchorElement>('[data-choose-country]')];
  const chosenLine = root.querySelector<HTMLElement>('[data-country-chosen]')!;
  const nameOut = root.querySelector<HTMLElement>('[data-country-name]')!;
  const nextLinks = [...root.querySelectorAll<HTMLAnchorElement>('[data-next-country]')];
  const forgetButton = chosenLine.querySelector<HTMLElement>('[data-forget-country]')!;
  const rememberedNote = chosenLine.querySelector<HTMLElement>('[data-country-remembered]')!;
  const profileNote = chosenLine.querySelector<HTMLElement>('[data-country-from-profile]')!;
  const known = new Set(sections.map((s) => s.dataset.helpCountry!));
  // The country the reader gave on "My situation", if the guide covers it ("another country" names none).
  const here = readProfile([...known])?.profile.country;
  const profileCountry = here && known.has(here) ? here : undefined;

  const read = (): string | undefined => {
    try {
      const value = choiceStore()?.getItem(COUNTRY_KEY) ?? undefined;
      // A hand-edited or outdated value (a country no longer listed) is ignored, not trusted.
      return value && known.has(value) ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (slug: string | undefined) => {
    try {
      const store = choiceStore();
      if (slug) store?.setItem(COUNTRY_KEY, slug);
      else {
        localStorage.removeItem(COUNTRY_KEY);
        sessionStorage.removeItem(COUNTRY_KEY);
      }
    } catch {
      /* storage blocked: the choice lasts until the page is left */
    }
  };

  const show = (slug: string | undefined, foldOthers: boolean, fromProfile = false) => {
    sections.forEach((s) => (s.hidden = foldOthers && slug !== undefined && s.dataset.helpCountry !== slug));
    const choice = choices.find((a) => a.dataset.chooseCountry === slug);
    chosenLine.hidden = !slug;
    // Nothing to forget here for a country from the answers: those are changed on "My situation".
    forgetButton.hidden = rememberedNote.hidden = fromProfile;
    profileNote.hidden = !fromProfile;
    nameOut.textContent = choice ? `${strings.yourCountry}: ${choice.textContent}` : '';
    for (const link of nextLinks) {
      link.href = slug ? `#country-${slug}` : '#countries';
      link.textContent = choice ? `${strings.next}: ${choice.textContent}` : strings.next;
    }
  };

  // A hand-made address may hold a malformed escape: it then names nothing.
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return '';
    }
  };
  // A shared link to one country's steps (#country-kazakhstan) shows that country, whatever is saved.
  // With answers in the address, the link's anchor came after them (profile-carry.ts).
  const fromHash = () => {
    const id = fragmentAnchor(location.hash);
    const slug = id.replace(/^country-/, '');
    return id.startsWith('country-') && known.has(slug) ? slug : undefined;
  };
  // Moves to a part of this page without putting its name in the address.
  const goTo = (id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  };
  // From a country page: the country came through this tab's storage, and is taken at once.
  let handed: string | undefined;
  try {
    const value = sessionStorage.getItem(HELP_COUNTRY_HANDOFF_KEY) ?? '';
    sessionStorage.removeItem(HELP_COUNTRY_HANDOFF_KEY);
    handed = known.has(value) ? value : undefined;
  } catch {
    /* storage blocked: the page opens with every country */
  }
  const arrived = handed ?? fromHash();
  // A country chosen on this page wins over the answers: it is the reader's latest word here.
  const start = arrived ?? read();
  show(start ?? profileCountry, true, !start && profileCountry !== undefined);
  if (arrived) goTo(`country-${arrived}`);
  // An address that came with a fragment (a shared link, a page without JavaScript) loses it here,
  // except the reader's answers, which are kept nowhere else.
  if (location.hash)
    history.replaceState(history.state, '', location.pathname + location.search + (location.hash.startsWith(PROFILE_HASH) ? withoutAnchor(location.hash) : ''));
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
      const id = decode(link?.getAttribute('href')?.slice(1) ?? '');
      if (!link || !id || event.defaultPrevented) return;
      event.preventDefault();
      const slug = id.replace(/^country-/, '');
      if (link.dataset.chooseCountry) write(link.dataset.chooseCountry);
      if (id.startsWith('country-') && known.has(slug) && (link.dataset.chooseCountry || sections.some((x) => x.hidden && x.dataset.helpCountry === slug)))
        show(slug, true);
      goTo(id);
      // Captured before site.ts's own handler, which would otherwise navigate to the #fragment.
    },
    true,
  );
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('[data-show-all]')) {
      const chosen = read();
      show(chosen ?? profileCountry, false, !chosen && profileCountry !== undefined);
    } else if (target.closest('[data-forget-country]')) {
      write(undefined);
      // What the next visit will show: the country from the answers, if they give one.
      show(profileCountry, false, profileCountry !== undefined);
    }
  });
}

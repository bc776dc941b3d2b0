/**
 * The "My situation" page: fills the questions from the kept answers, keeps new ones where the
 * reader chose (this device, or only the address's fragment), shows exactly what is kept, erases
 * it in one tap, and says what the answers bring, with links that carry a fragment-only profile.
 */
import { matches, profileFragment, profileFromFields, serialiseProfile, DOCUMENTS, type Profile } from '../lib/profile';
import { addressWithoutProfile, forgetProfile, keepOnDevice, readProfile, type Kept } from '../lib/profile-store';
import { localToday } from '../lib/planner';
import { profileStrings } from '../i18n/profile';
import { escapeHtml as e } from '../lib/html';
import { isLang } from '../i18n/langs';
import { COUNTRIES } from 'virtual:atlas/countries';
// Answers the reader keeps only in the address go with every link of the site from now on.
import './profile-carry';

const form = document.querySelector<HTMLFormElement>('[data-profile-form]');
const panel = document.querySelector<HTMLElement>('[data-profile-stored]');
if (form && panel) {
  const lang = document.documentElement.lang;
  const s = profileStrings(lang);
  const countries = isLang(lang) ? COUNTRIES[lang] : [];
  const status = panel.querySelector<HTMLElement>('[data-profile-status]')!;
  const value = panel.querySelector<HTMLElement>('[data-profile-value]')!;
  const applies = panel.querySelector<HTMLElement>('[data-profile-applies]')!;
  const base = new URL('../', location.href); // this page is <lang>/situation/
  const countryName = (slug: string) =>
    form.querySelector<HTMLOptionElement>(`select[name="country"] option[value="${CSS.escape(slug)}"]`)?.textContent ?? slug;

  const fill = (profile: Profile, kept: Kept) => {
    const set = (name: string, values: string[]) =>
      form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`).forEach((field) => {
        if (field instanceof HTMLSelectElement || field.type === 'date') field.value = values[0] ?? '';
        else field.checked = values.includes(field.value);
      });
    const list = (v: string[] | string | undefined) => (v === undefined ? [] : Array.isArray(v) ? (v.length ? v : ['none']) : [v]);
    set('country', list(profile.country));
    set(
      'travel',
      list(profile.travel).filter((v) => v !== 'none'),
    );
    set('wanted', list(profile.wanted));
    set('military', list(profile.military));
    set('roles', list(profile.roles));
    set('helping', list(profile.helping));
    const docs = profile.documents;
    set('documents', typeof docs === 'string' ? [docs] : docs ? ['dates'] : []);
    for (const kind of DOCUMENTS) set(kind, typeof docs === 'object' && docs[kind] ? [docs[kind]!] : []);
    set('keep', [kept]);
  };

  const show = (kept?: { profile: Profile; kept: Kept; raw: string }, message?: string) => {
    status.textContent = message ?? (kept ? s[kept.kept === 'device' ? 'storedDevice' : 'storedLink'] : s.storedNothing);
    value.textContent = kept?.raw ?? '';
    value.hidden = !kept;
    if (!kept) {
      applies.innerHTML = '';
      return;
    }
    // Links carry a fragment-only profile, which would otherwise stay on this page.
    const carry = kept.kept === 'link' ? profileFragment(kept.profile) : '';
    const link = (path: string, text: string) => `<a href="${e(new URL(path, base).href + carry)}">${e(text)}</a>`;
    const found = matches(kept.profile, localToday(new Date()));
    const places = [
      typeof kept.profile.country === 'string' ? kept.profile.country : '',
      ...(Array.isArray(kept.profile.travel) ? kept.profile.travel : []),
    ].filter((c) => countries.includes(c));
    applies.innerHTML = [
      found.length
        ? `<ul>${found.map((m) => `<li>${e(s.reasons[m.reason])}: ${link(`situation/${m.topic}/`, s.topics[m.topic].title)}</li>`).join('')}</ul>`
        : `<p>${e(s.nothingApplies)}</p>`,
      places.length ? `<p>${places.map((c) => link(`countries/${c}/`, countryName(c))).join(' · ')}</p>` : '',
      `<p>${link('plan/', s.plan.link)}</p>`,
    ].join('');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const profile = profileFromFields((name) => data.getAll(name).map(String), countries);
    if (!profile) {
      show(undefined, s.invalid);
      return;
    }
    const kept: Kept = data.get('keep') === 'link' ? 'link' : 'device';
    if (kept === 'link') {
      forgetProfile();
      history.replaceState(null, '', addressWithoutProfile(location.href) + profileFragment(profile));
    } else {
      history.replaceState(null, '', addressWithoutProfile(location.href));
      // Storage refused (blocked, full): say that nothing is kept rather than pretend.
      if (!keepOnDevice(profile)) return show(undefined, s.storedNothing);
    }
    // Announced (role=status) and shown right under the button: no jump that would hide the form.
    show({ profile, kept, raw: serialiseProfile(profile) });
  });

  panel.querySelector('[data-profile-clear]')!.addEventListener('click', () => {
    forgetProfile();
    history.replaceState(null, '', addressWithoutProfile(location.href));
    form.reset();
    show(undefined, s.cleared);
  });

  const kept = readProfile(countries);
  if (kept) fill(kept.profile, kept.kept);
  show(kept);
  form.hidden = false;
  panel.hidden = false;
  document.querySelector<HTMLElement>('[data-no-js-note="situation"]')?.setAttribute('hidden', '');
}

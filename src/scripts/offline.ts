/**
 * The offline copy's controls, loaded by site.ts only when they are needed: when the reader has
 * a copy or said yes to one, or presses one of the footer's buttons. A first view carries none
 * of this (the page weight budget in BENCHMARKS.md).
 */
import { clearSiteData, OFFLINE_KEY, OFFLINE_SAVED_KEY, removeOfflineCopy } from '../lib/storage';
import { keep, setting } from './settings';
import { formatPartialDate } from '../lib/dates';
import { isLang } from '../i18n/langs';
import { OFFLINE_TEXT } from 'virtual:atlas/offline-text';

type State = 'saving' | 'saved' | 'notSaved' | 'removed';

export function offlineControls(offline: HTMLElement, base: string, lang: string, sw: ServiceWorkerContainer | undefined) {
  const part = (name: string) => offline.querySelector<HTMLElement>(`[data-offline-${name}]`)!;
  const [status, offer, save, decline, old] = [part('status'), part('offer'), part('save'), part('decline'), part('old')];
  // Written as every date of the site is (formatPartialDate, in the page's locale: "26 November
  // 2026", not the American order a bare "en" gives). The build's day is a calendar day as it is;
  // the moment of saving is the reader's own calendar day.
  const locale = offline.dataset.locale || lang;
  // Its own messages, in the page's language; "not saved" is in the page, for the first view.
  const text = isLang(lang) ? OFFLINE_TEXT[lang] : undefined;
  const message = (state: State) => (state === 'notSaved' ? status.dataset.notSaved : text?.[state]);
  const day = (value?: string | null) => {
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatPartialDate(value, locale);
    const date = new Date(value ?? '');
    if (Number.isNaN(date.getTime())) return '';
    const two = (n: number) => String(n).padStart(2, '0');
    return formatPartialDate(`${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`, locale);
  };
  const say = (state: State) => {
    const date = state === 'saved' ? day(setting(OFFLINE_SAVED_KEY)) : '';
    status.dataset.state = state;
    status.textContent = date && text ? text.savedOn.replace('{date}', date) : (message(state) ?? '');
    offer.hidden = decline.hidden = true;
    save.hidden = !sw || state === 'saving' || state === 'saved';
  };
  const saveCopy = () => {
    keep(OFFLINE_KEY, 'yes');
    say('saving');
    sw!
      .register(`${base}${lang}/sw.js`, { scope: `${base}${lang}/` })
      .then(() => sw!.ready)
      .then(() => {
        if (!setting(OFFLINE_SAVED_KEY)) keep(OFFLINE_SAVED_KEY, new Date().toISOString());
        say('saved');
      })
      // Service workers can be disabled (private modes, Tor Browser): the site stays online-only.
      .catch(() => say('notSaved'));
  };

  let pressed = false;
  if (sw && setting(OFFLINE_KEY) === 'yes') saveCopy();
  // A copy the site saved before it asked (or saved in another tab) is a saved copy: it shows as
  // one, with the control that removes it, and no offer to save what is already there.
  else if (sw) void sw.getRegistration(`${base}${lang}/`).then((reg) => pressed || say(reg || sw.controller ? 'saved' : 'notSaved'));

  // A saved copy knows its own age: the build date travels with every page.
  if (text && sw?.controller && Date.now() >= Date.parse(offline.dataset.oldFrom ?? '')) {
    old.textContent = text.old.replace('{date}', day(offline.dataset.built));
    old.hidden = false;
  }
  // A new version took over: its pages are served from the next navigation on. Say so.
  const hadController = Boolean(sw?.controller);
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  sw?.addEventListener('controllerchange', () => {
    keep(OFFLINE_SAVED_KEY, new Date().toISOString());
    if (hadController && notice) notice.hidden = false;
  });
  notice?.querySelector('button')?.addEventListener('click', () => location.reload());

  /** What each of the footer's buttons does. */
  return (button: HTMLElement) => {
    pressed = true;
    if (button === save) saveCopy();
    else if (button === decline) {
      keep(OFFLINE_KEY, 'no');
      say('notSaved');
      void removeOfflineCopy(base);
    } else if (button.hasAttribute('data-offline-remove')) void clearSiteData(base).then(() => say('removed'));
  };
}

/**
 * Quick exit: where it goes, what counts as a valid chosen destination, and when the keyboard
 * shortcut fires. Pure logic: the browser side is in src/scripts/site.ts and the settings form.
 *
 * The default destination, in every language, is Wikipedia's main page (`quickExitTo` in each
 * language's strings, src/i18n/). Why:
 * - It is run by the Wikimedia Foundation in the United States, outside Russian jurisdiction,
 *   so no Russian law can oblige it to hand over who opened it and when. Yandex, VK, Mail.ru or
 *   Gismeteo would be "ordinary" to a Russian-speaking onlooker but are Russian companies: at the
 *   moment of danger they would get the reader's IP address (their city of exile), the time and
 *   a long-lived cookie or account (security review 2026-11, H2).
 * - It collects little: no ads, no third-party trackers, no login needed.
 * - It is among the most visited sites in every language and looks everyday on any screen, so a
 *   visit neither draws an onlooker's eye nor marks the reader out in a network log.
 * The full page address avoids a redirect, so the neutral page paints sooner.
 */
/**
 * Choices offered in the settings besides the default and a custom address. `russian` marks a
 * service of a Russian company: the settings label says so, so nobody picks it unaware.
 */
export const EXIT_PRESETS = [
  { id: 'google', url: 'https://www.google.com/', russian: false },
  { id: 'bbcWeather', url: 'https://www.bbc.com/weather', russian: false },
  { id: 'yandexWeather', url: 'https://yandex.ru/pogoda/', russian: true },
] as const;
export type ExitPresetId = (typeof EXIT_PRESETS)[number]['id'];

/** Longer addresses are not plausible destinations, only junk or an attack on the setting. */
const MAX_URL_LENGTH = 2000;

/**
 * A chosen destination as the settings form and the exit script accept it: an https address of
 * another site, with no user name or password in it. Anything else (corrupt storage, a
 * `javascript:` address, plain http, this site itself) is null, and the default applies.
 */
export function validExitUrl(value: unknown, ownOrigin?: string): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return null;
  if (ownOrigin && url.origin === ownOrigin) return null;
  return url.href;
}

/** The destination to use: the reader's valid choice, else the default. */
export function exitDestination(stored: unknown, fallback: string, ownOrigin?: string): string {
  return validExitUrl(stored, ownOrigin) ?? fallback;
}

/** Three presses within this many milliseconds trigger the exit. */
export const SHIFT_WINDOW_MS = 1500;

/**
 * Counts presses of Shift on its own. Any other key resets the count, so typing capitals
 * ("Kazakhstan Kyrgyzstan Georgia") never adds up to three; a held Shift's auto-repeat does not
 * count. Feed it every keydown; it returns true on the third lone press.
 */
export function shiftCounter(windowMs = SHIFT_WINDOW_MS): (key: string, repeat: boolean, time: number) => boolean {
  let presses: number[] = [];
  return (key, repeat, time) => {
    if (key !== 'Shift') {
      presses = [];
      return false;
    }
    if (repeat) return false;
    presses = [...presses.filter((t) => time - t < windowMs), time];
    if (presses.length < 3) return false;
    presses = [];
    return true;
  };
}

/**
 * Where the site remembers a reader's choices: checklist ticks, the "My situation" answers, the
 * "Help now" country and the planner's dates. A module of its own, not part of storage.ts, so
 * that the script every page loads does not carry it.
 *
 * "Keep nothing" (#14 follow-up) applies to the whole browser: its flag lives in localStorage,
 * so every tab and every reload honours it. While it is on, choices are kept only in the tab that
 * made them (sessionStorage), which the browser forgets when the tab is closed.
 */
import { HELP_COUNTRY_KEY, KEEP_NOTHING_KEY, PLANNER_KEY, PROFILE_KEY, PROGRESS_PREFIX, type KeyValueStore } from './storage';

export { KEEP_NOTHING_KEY };

/** The keys (or key prefixes) of the reader's choices: what "Keep nothing" keeps off the device. */
export const CHOICE_KEYS = [PROGRESS_PREFIX, PROFILE_KEY, HELP_COUNTRY_KEY, PLANNER_KEY] as const;

const isChoice = (key: string) => CHOICE_KEYS.some((k) => key === k || (k.endsWith(':') && key.startsWith(k)));

/**
 * Moves every choice from one store to the other: what `to` already holds for a key is replaced,
 * and nothing of them is left in `from`. Settings and other apps' keys stay where they are.
 */
export function moveChoices(from: KeyValueStore, to: KeyValueStore): void {
  const keys: string[] = [];
  for (let i = 0; i < from.length; i++) {
    const key = from.key(i);
    if (key !== null && isChoice(key)) keys.push(key);
  }
  for (const key of keys) {
    const value = from.getItem(key);
    if (value !== null) to.setItem(key, value);
    from.removeItem(key);
  }
}

/** Whether "Keep nothing" is on: set for the browser, or (as before it was) for this tab. */
export function keepNothing(): boolean {
  try {
    return localStorage.getItem(KEEP_NOTHING_KEY) === '1' || sessionStorage.getItem(KEEP_NOTHING_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * Browser-only: switches "Keep nothing" for the whole browser. On, every choice stored on the
 * device moves into this tab's storage, to be forgotten when the tab is closed; off, this tab's
 * choices are kept on the device again. Other open tabs keep what they hold until they close.
 * False when the browser refuses storage (then nothing is kept anyway).
 */
export function setKeepNothing(on: boolean): boolean {
  try {
    if (on) {
      localStorage.setItem(KEEP_NOTHING_KEY, '1');
      moveChoices(localStorage, sessionStorage);
    } else {
      localStorage.removeItem(KEEP_NOTHING_KEY);
      sessionStorage.removeItem(KEEP_NOTHING_KEY);
      moveChoices(sessionStorage, localStorage);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Browser-only: where to remember a reader's choice. This tab only in "keep nothing" mode, this
 * browser otherwise; undefined when storage is blocked (private modes, sandboxed frames), in which
 * case nothing is remembered and the page still works.
 */
export function choiceStore(): Storage | undefined {
  try {
    return keepNothing() ? sessionStorage : localStorage;
  } catch {
    return undefined;
  }
}

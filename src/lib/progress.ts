/**
 * Checklist progress as stored in the browser. Stored data may be corrupt, from an older
 * version, from another site on the same origin, or huge: every read is defensive and a bad
 * value only ever costs that one checklist's ticks, never the page.
 */
import { NAMESPACE, type KeyValueStore } from './storage';

export const PROGRESS_VERSION = 1;
/** Far above any real checklist; larger values are not parsed at all. */
const MAX_STORED_LENGTH = 64 * 1024;

export function progressKey(checklist: string): string {
  return `${NAMESPACE}progress:${checklist}`;
}

/** Parses a stored value; returns the ticked ids that still exist in the checklist. */
export function parseProgress(raw: string | null, knownIds: readonly string[]): Set<string> {
  const done = new Set<string>();
  if (!raw || raw.length > MAX_STORED_LENGTH) return done;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return done;
  }
  if (!value || typeof value !== 'object' || (value as { v?: unknown }).v !== PROGRESS_VERSION) return done;
  const ids = (value as { done?: unknown }).done;
  if (!Array.isArray(ids)) return done;
  const known = new Set(knownIds);
  for (const id of ids) if (typeof id === 'string' && known.has(id)) done.add(id);
  return done;
}

export function serializeProgress(done: Iterable<string>): string {
  return JSON.stringify({ v: PROGRESS_VERSION, done: [...done].sort() });
}

export function readProgress(store: KeyValueStore | undefined, checklist: string, knownIds: readonly string[]): Set<string> {
  try {
    return parseProgress(store?.getItem(progressKey(checklist)) ?? null, knownIds);
  } catch {
    return new Set();
  }
}

/** Returns false when the browser refuses to store (quota, privacy mode); the ticks then live only in the page. */
export function writeProgress(store: KeyValueStore | undefined, checklist: string, done: ReadonlySet<string>): boolean {
  if (!store) return false;
  try {
    if (done.size === 0) store.removeItem(progressKey(checklist));
    else store.setItem(progressKey(checklist), serializeProgress(done));
    return true;
  } catch {
    return false;
  }
}

/** "3 of 10 done" / «3 из 10 сделано»: the language's own template (`progressCount`), so each language orders its words. */
export function progressText(template: string, done: number, total: number): string {
  return template.replace('{done}', String(done)).replace('{total}', String(total));
}

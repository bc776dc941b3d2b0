/** Shared shaping of a checklist for the page and its single-file copy. */
import { PRIORITIES, type Priority } from './priority';

/** Items grouped by priority, essentials first, keeping the author's order within a group. */
export function groupByPriority<T extends { priority: Priority }>(items: readonly T[]): { priority: Priority; items: T[] }[] {
  return PRIORITIES.map((priority) => ({ priority, items: items.filter((i) => i.priority === priority) })).filter((g) => g.items.length);
}

/**
 * The single-file copy's name says nothing about its subject (issue #14, "discreet names"): a
 * file called if-detained-ru.html in the Downloads folder of a checked phone gives its reader
 * away. A short code derived from the slug keeps each checklist's name stable and distinct.
 */
export function singleFileName(slug: string, lang: string): string {
  return `notes-${neutralCode(slug)}-${lang}.html`;
}

/** Four base-36 characters from the slug (FNV-1a): stable across builds, meaningless to a reader. */
export function neutralCode(slug: string): string {
  let hash = 0x811c9dc5;
  for (const ch of slug) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

/** Shared shaping of a checklist for the page and its single-file copy. */
import { PRIORITIES, type Priority } from './priority';

/** Items grouped by priority, essentials first, keeping the author's order within a group. */
export function groupByPriority<T extends { priority: Priority }>(items: readonly T[]): { priority: Priority; items: T[] }[] {
  return PRIORITIES.map((priority) => ({ priority, items: items.filter((i) => i.priority === priority) })).filter((g) => g.items.length);
}

export function singleFileName(slug: string, lang: string): string {
  return `${slug}-${lang}.html`;
}

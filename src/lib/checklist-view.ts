/** Shared shaping of a checklist for the page and its single-file copy. */
export const PRIORITIES = ['essential', 'recommended', 'advanced'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Items grouped by priority, essentials first, keeping the author's order within a group. */
export function groupByPriority<T extends { priority: Priority }>(items: readonly T[]): { priority: Priority; items: T[] }[] {
  return PRIORITIES.map((priority) => ({ priority, items: items.filter((i) => i.priority === priority) })).filter((g) => g.items.length);
}

export function singleFileName(slug: string, lang: string): string {
  return `${slug}-${lang}.html`;
}

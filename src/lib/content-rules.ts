/**
 * Rules the content schemas apply to single fields. Kept free of Astro imports so that
 * they can be unit-tested with node's test runner.
 */

/**
 * Scaffolds write TODO where facts go; a page that still contains one must not be published.
 * Returns where the markers are, as field paths: ["summary", "sources.0.title"].
 */
export function todoPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /\bTODO\b/.test(value) ? [path || '(value)'] : [];
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, v]) => todoPaths(v, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Ids appear in URLs (#item-id) and storage keys, so they are restricted to lowercase ASCII. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function idError(id: string): string | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  const suggestion = id
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `"${id}" is not a valid id: use lowercase latin letters, digits and single hyphens${suggestion ? `, e.g. "${suggestion}"` : ''}`;
}

/** A review date later than the build means a typo (2062 for 2026); refuse it. */
export function futureDateError(date: Date, now: Date = new Date()): string | undefined {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (date.getTime() > today) {
    return `${date.toISOString().slice(0, 10)} is in the future: write the date the page was actually reviewed`;
  }
  return undefined;
}

/** Returns the ids that occur more than once. */
export function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/**
 * External links must be absolute https URLs: a source a reader cannot open is no source, and a
 * plain http link lets anyone on the reader's network see and change what they read.
 */
export function urlError(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:') return undefined;
    if (u.protocol === 'http:') return `"${url}" is a plain http address: use https://${url.slice('http://'.length)} (check that it opens)`;
  } catch {
    /* fall through */
  }
  return `"${url}" is not a full web address: start it with https://`;
}

/** A second link to a copy must lead somewhere else than the first, and say what it is. */
export function mirrorError(source: { url: string; mirror?: string | undefined; via?: string | undefined }): string | undefined {
  if (source.mirror === undefined) return undefined;
  if (source.mirror === source.url) return "is the same address as `url`: put the publisher's own address in `url` and the copy in `mirror`";
  if (!source.via) return 'needs a label: add `via:` saying what the copy is, e.g. "mirror copy" or "republished by Bishkek Herald"';
  return undefined;
}

/**
 * Plans that NGOs send by link (issue #17): `<lang>/plan/#items=before-travel/check-wanted-status,documents/apply-for-asylum&country=kazakhstan`.
 * The items travel in the fragment by their permanent ids, so nothing is stored on a server and
 * the link keeps working as checklists grow; an id that was retired or never existed is reported,
 * and the rest of the plan still shows.
 */

/** Far above any real plan; longer fragments are not read. */
const MAX_LENGTH = 4000;

export interface PlanLink {
  /** Items that exist, as `checklist/item`, in the order the link gives them, without repeats. */
  items: string[];
  /** Items the link names that were removed from their checklist (its `retired` list). */
  retired: string[];
  /** Anything else the link names that is not an item of this site. */
  unknown: string[];
  /** A country slug the plan is for, when the link names a known one. */
  country?: string;
}

/**
 * Reads a plan link's fragment. `published` maps each checklist to its current item ids,
 * `retired` to the ids it removed. A hand-edited or cut-off link loses only what it garbled.
 */
export function parsePlanLink(
  hash: string,
  published: Readonly<Record<string, readonly string[]>>,
  retired: Readonly<Record<string, readonly string[]>>,
  countries: readonly string[],
): PlanLink {
  const plan: PlanLink = { items: [], retired: [], unknown: [] };
  if (!hash.startsWith('#') || hash.length > MAX_LENGTH) return plan;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.slice(1));
  } catch {
    return plan;
  }
  const seen = new Set<string>();
  for (const ref of (params.get('items') ?? '').split(',')) {
    const value = ref.trim();
    if (!value || seen.has(value)) continue;
    seen.add(value);
    const at = value.indexOf('/');
    const [checklist, item] = at > 0 ? [value.slice(0, at), value.slice(at + 1)] : ['', value];
    if (published[checklist]?.includes(item)) plan.items.push(value);
    else if (retired[checklist]?.includes(item)) plan.retired.push(value);
    else plan.unknown.push(value);
  }
  const country = params.get('country');
  if (country && countries.includes(country)) plan.country = country;
  return plan;
}

/** The fragment for a plan: items by permanent id, and the country if one was chosen. */
export function planFragment(items: readonly string[], country?: string): string {
  const parts = [`items=${items.join(',')}`];
  if (country) parts.push(`country=${country}`);
  return `#${parts.join('&')}`;
}

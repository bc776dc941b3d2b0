/**
 * Sources are numbered in the order the page lists them, and every claim points to its number.
 * MDX bodies write <Cite id="..."/>, which renders a placeholder; the page replaces it with the
 * number once it knows the page's source list. The list may live on the page itself or on a
 * separate sources page (countries and threats keep their first view light that way).
 */
const CITE_PLACEHOLDER = /<a data-cite="([a-z0-9-]+)"[^>]*>\?<\/a>/g;

export interface Citations {
  number(id: string): number | undefined;
  /** Where the source's entry is: "#s3", or "sources/#s3" on a separate page. */
  href(id: string): string;
}

/** The anchor of the n-th source in a list: short, because a country page cites a hundred times. */
export function sourceAnchor(n: number, anchorPrefix = ''): string {
  return `${anchorPrefix}s${n}`;
}

export function citations(sourceIds: readonly string[], { page = '', anchorPrefix = '' } = {}): Citations {
  const numbers = new Map(sourceIds.map((id, i) => [id, i + 1]));
  return {
    number: (id) => numbers.get(id),
    href: (id) => `${page}#${sourceAnchor(numbers.get(id) ?? 0, anchorPrefix)}`,
  };
}

/** Replaces Cite placeholders with numbered links; returns the ids that are not in the list. */
export function numberCitations(html: string, cites: Citations): { html: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = html.replace(CITE_PLACEHOLDER, (match, id: string) => {
    const n = cites.number(id);
    if (n === undefined) {
      unknown.push(id);
      return match;
    }
    return `<a href="${cites.href(id)}">${n}</a>`;
  });
  return { html: out, unknown };
}

/** `<Cite id="x" />` occurrences in an MDX body, for the build-time integrity check. */
export function citedIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
}

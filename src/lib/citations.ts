/**
 * Sources are numbered in the order the page lists them, and every claim points to its number.
 * MDX bodies write <Cite id="..."/>, which renders a placeholder; the page replaces it with the
 * number once it knows the page's source list.
 */
export const CITE_PLACEHOLDER = /<a data-cite="([a-z0-9-]+)"([^>]*)>\?<\/a>/g;

export function citeNumbers(sourceIds: readonly string[]): Map<string, number> {
  return new Map(sourceIds.map((id, i) => [id, i + 1]));
}

/** Replaces Cite placeholders with numbers; returns the ids that are not in the list. */
export function numberCitations(html: string, numbers: Map<string, number>, anchorPrefix = ''): { html: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = html.replace(CITE_PLACEHOLDER, (_m, id: string, rest: string) => {
    const n = numbers.get(id);
    if (n === undefined) {
      unknown.push(id);
      return `<a data-cite="${id}"${rest}>?</a>`;
    }
    // Several cited texts on one page (the updates list) keep their anchors apart with a prefix.
    return `<a data-cite="${id}"${rest.replace(`#source-${id}`, `#source-${anchorPrefix}${id}`)}>${n}</a>`;
  });
  return { html: out, unknown };
}

/** `<Cite id="x" />` occurrences in an MDX body, for the build-time integrity check. */
export function citedIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']/g)].map((m) => m[1]);
}

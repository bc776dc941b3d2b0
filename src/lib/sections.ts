/**
 * Rendered prose split at its <h2> headings, so a page can place each part where the reader needs
 * it: a body's "Who can help" joins the page's help section, "Where sources disagree" moves to
 * the sources page, and a leading "Overview" heading is not printed under the page's own.
 */
export interface ProseSection {
  /** The heading's text without tags; '' for the prose before the first heading. */
  title: string;
  /** The section's HTML without its heading. */
  body: string;
  /** The section's HTML with its heading. */
  html: string;
}

const H2 = /<h2\b[^>]*>([\s\S]*?)<\/h2>/g;

export function splitSections(html: string): ProseSection[] {
  const sections: ProseSection[] = [];
  const starts = [...html.matchAll(H2)];
  const first = starts[0]?.index ?? html.length;
  if (html.slice(0, first).trim()) sections.push({ title: '', body: html.slice(0, first), html: html.slice(0, first) });
  starts.forEach((m, i) => {
    const end = starts[i + 1]?.index ?? html.length;
    sections.push({
      title: m[1]!.replace(/<[^>]+>/g, '').trim(),
      body: html.slice(m.index + m[0].length, end),
      html: html.slice(m.index, end),
    });
  });
  return sections;
}

/** Compares headings as a reader would: case and spacing do not matter. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/**
 * Whether a body written in Markdown has a "Where sources disagree" section (`heading`, in its
 * language): the country page then links to it, and the evidence page shows it. Read from the
 * source text, so a page can decide before it renders the body.
 */
export function hasDisagreement(markdown: string, heading: string): boolean {
  return [...markdown.matchAll(/^##\s+(.+?)\s*$/gm)].some((m) => sameTitle(m[1]!, heading));
}

/** The headings, in the page's language, that decide where a country's prose goes. */
export interface CountryHeadings {
  overview: string;
  whoCanHelp: string;
  sourcesDisagree: string;
}

/**
 * Where each part of a country's prose goes. The country page has a weight budget (BENCHMARKS.md,
 * issue #15) and answers first: it keeps the lead (the prose before the first heading, or a first
 * "Overview" section, printed without its heading) and joins "Who can help" to its help section.
 * Every other section (the longer accounts) and "Where sources disagree" are on the country's
 * evidence page, where the country page links to them by their headings' ids.
 */
export function countryProse(sections: ProseSection[], h: CountryHeadings) {
  const isHelp = (x: ProseSection) => sameTitle(x.title, h.whoCanHelp);
  const isDisagreement = (x: ProseSection) => sameTitle(x.title, h.sourcesDisagree);
  const [first] = sections;
  const lead = first && (first.title === '' || sameTitle(first.title, h.overview)) ? first : undefined;
  return {
    lead: lead?.body ?? '',
    help: sections
      .filter(isHelp)
      .map((x) => x.body)
      .join(''),
    disagreement: sections
      .filter(isDisagreement)
      .map((x) => x.body)
      .join(''),
    /** The sections on the evidence page, with their headings; `id` is the heading's anchor ('' when it has none). */
    more: sections
      .filter((x) => x !== lead && !isHelp(x) && !isDisagreement(x))
      .map((x) => ({ ...x, id: /^<h2\b[^>]*\bid="([^"]*)"/.exec(x.html)?.[1] ?? '' })),
  };
}

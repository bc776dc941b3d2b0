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

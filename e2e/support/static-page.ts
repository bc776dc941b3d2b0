/**
 * What a reader without JavaScript gets from a page, read from the built HTML itself: that is
 * exactly what such a reader's browser receives. Parsing 250 files in Node takes well under a second;
 * loading each in Chromium took about 50 s of worker time (crawl.spec.ts keeps a browser sample of
 * every kind of page, which checks the CSS these rules stand in for).
 */
import { ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';

type Node = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] };

/**
 * Shown on a screen: not `hidden` (the site's CSS keeps `[hidden]` hidden with !important), not a
 * script, style or template, not `.print-only` (hidden on screens).
 */
const shown = (el: Node) =>
  !['script', 'style', 'template'].includes(el.name!) &&
  !(el.attributes && 'hidden' in el.attributes) &&
  !(el.attributes?.class ?? '').split(/\s+/).includes('print-only');

function find(node: Node, name: string): Node | undefined {
  for (const child of node.children ?? []) {
    if (child.type !== ELEMENT_NODE) continue;
    if (child.name === name) return child;
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The text a reader sees in an element, with hidden parts left out. */
function shownText(node: Node): string {
  if (node.type === TEXT_NODE) return node.value ?? '';
  if (node.type === ELEMENT_NODE && !shown(node)) return '';
  return (node.children ?? []).map(shownText).join(' ');
}

/** Is the first h1 of `main` hidden itself or inside something hidden? (undefined: there is none) */
function firstHeadingShown(node: Node, hiddenAbove = false): boolean | undefined {
  for (const child of node.children ?? []) {
    if (child.type !== ELEMENT_NODE) continue;
    const hidden = hiddenAbove || !shown(child);
    if (child.name === 'h1') return !hidden;
    const found = firstHeadingShown(child, hidden);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The page's `main`, as a reader without JavaScript sees it: its first heading and its text. */
export function readWithoutJs(html: string): { main: boolean; headingShown: boolean; heading: string; textLength: number } {
  const main = find(parse(html), 'main');
  if (!main) return { main: false, headingShown: false, heading: '', textLength: 0 };
  const h1 = find(main, 'h1');
  const text = (node?: Node) => (node ? shownText(node).replace(/\s+/g, ' ').trim() : '');
  return { main: true, headingShown: firstHeadingShown(main) === true, heading: text(h1), textLength: text(main).length };
}

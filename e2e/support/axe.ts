/** axe, with the WCAG 2.2 AA rules the site promises (BRIEF: "axe finds nothing"), as every spec runs it. */
import axe from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// What @axe-core/playwright's AxeBuilder sent in legacy mode (its dist/index.mjs: analyze, runLegacy,
// axeConfigure), called here directly: AxeBuilder evaluated axe-core's whole source twice on every
// page (once in analyze(), again in inject()), which was as much CPU as a small page's axe.run.
// Legacy mode is axe.run inside the page; the default runs it in parts and finishes in a second,
// blank tab for every page, which exists for cross-origin frames: the site has no frames at all.
const AXE_SCRIPT = `${axe.source};axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } });`;
// Only violations are read, so axe need not describe every node that passes (most of its time on a
// long page).
const RUN_OPTIONS = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };

/**
 * Has axe-core in every page the context opens, before the page's own scripts: for a spec that runs
 * axe on many pages. Chromium then compiles it once for the context rather than once per page (a
 * sample of 45 pages of the crawl: 30 → 19 CPU-seconds with axe.run included).
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SCRIPT });
}

type Violation = { id: string; nodes: number; target: string };

/** The page's violations, each as "rule (nodes) first target": an empty list when axe finds nothing. */
export async function axeViolations(page: Page): Promise<string[]> {
  const run = (options: typeof RUN_OPTIONS) => {
    const w = window as unknown as { axe?: typeof axe };
    if (typeof w.axe?.run !== 'function') return null;
    return w.axe
      .run(document, options as axe.RunOptions)
      .then(({ violations }) => violations.map((v) => ({ id: v.id, nodes: v.nodes.length, target: v.nodes[0]?.target.join(' ') ?? '' })));
  };
  let violations: Violation[] | null = await page.evaluate(run, RUN_OPTIONS);
  if (violations === null) {
    // A page not opened by a context withAxe: inject axe-core once, into this page.
    await page.evaluate(AXE_SCRIPT);
    violations = await page.evaluate(run, RUN_OPTIONS);
  }
  return violations!.map((v) => `${v.id} (${v.nodes}) ${v.target}`);
}

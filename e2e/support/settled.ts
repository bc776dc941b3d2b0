/**
 * "The page has done what it does on its own": loaded, its scripts' startup work run, and every
 * request it started answered. Tests that check what a page did NOT do (no error, no download of
 * the search engine, nothing stored) wait for this instead of Playwright's 'networkidle', which
 * waits for half a second with no request on every call.
 */
import { expect, type Page, type Request } from '@playwright/test';

/** Starts counting the page's requests; call before the first navigation. */
export function watchRequests(page: Page): { settled(): Promise<void> } {
  const pending = new Set<Request>();
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  // A request of the document the page has left may never report its end: count the new one's only.
  page.on('framenavigated', (frame) => frame === page.mainFrame() && pending.clear());
  return {
    async settled() {
      await page.waitForLoadState('load');
      // The site's scripts are modules, run before 'load'; anything they leave for later is queued
      // by then. An idle callback runs after that work, then the requests it started must end.
      await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));
      await expect.poll(() => pending.size, { message: 'requests the page started' }).toBe(0);
    },
  };
}

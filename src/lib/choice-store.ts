/**
 * Where the site remembers a reader's choice (the "Help now" country). A module of its own, not part
 * of storage.ts, so that the script every page loads does not carry it.
 */
import { NAMESPACE } from './storage';

/** Set in sessionStorage by "Keep nothing" (checklists): from then on the site remembers only for this tab. */
export const KEEP_NOTHING_KEY = `${NAMESPACE}keep-nothing`;

/**
 * Browser-only: where to remember a reader's choice. This tab only in "keep nothing" mode, this
 * browser otherwise; undefined when storage is blocked (private modes, sandboxed frames), in which
 * case nothing is remembered and the page still works.
 */
export function choiceStore(): Storage | undefined {
  try {
    return sessionStorage.getItem(KEEP_NOTHING_KEY) === '1' ? sessionStorage : localStorage;
  } catch {
    return undefined;
  }
}

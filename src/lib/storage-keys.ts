/**
 * The names under which the site stores anything in the browser. A module of its own, free of
 * code, so that the script every page loads carries the names and not the code that clears them
 * (storage.ts), and loads nothing else.
 */

export const NAMESPACE = 'atlas:v1:';
/** The reader's settings. Each is read defensively: a missing or odd value means the default. */
export const QUICK_EXIT_WIPE_KEY = `${NAMESPACE}quick-exit-wipe`;
/** A chosen quick-exit destination (an https address); see validExitUrl in quick-exit.ts. */
export const EXIT_URL_KEY = `${NAMESPACE}exit-url`;
/** "normal": links inside the site add history entries as usual. Anything else: one entry per visit. */
export const HISTORY_KEY = `${NAMESPACE}history`;
/** "1": pages show a neutral title in the tab and in the browser's history. */
export const DISCREET_TITLES_KEY = `${NAMESPACE}discreet-titles`;
/** The reader's answer to the offer to save the guide: "yes" or "no"; absent means not asked yet. */
export const OFFLINE_KEY = `${NAMESPACE}offline`;
/** When the offline copy was saved or last updated on this device (an ISO date). */
export const OFFLINE_SAVED_KEY = `${NAMESPACE}offline-saved`;
/** The reader's "My situation" answers, when kept on the device (src/lib/profile.ts). */
export const PROFILE_KEY = `${NAMESPACE}profile`;
/** The "Help now" country the reader picked (src/scripts/help-now.ts). */
export const HELP_COUNTRY_KEY = `${NAMESPACE}help-country`;
/** The document planner's dates, when the reader ticks "Remember" (src/scripts/planner.ts). */
export const PLANNER_KEY = `${NAMESPACE}planner`;
/**
 * "1" in localStorage: "Keep nothing" is on for this browser, in every tab and after reloading
 * (src/lib/choice-store.ts). The flag itself is a setting, like the ones above, not a choice.
 */
export const KEEP_NOTHING_KEY = `${NAMESPACE}keep-nothing`;
/** The prefix of checklist ticks (see progressKey in progress.ts). */
export const PROGRESS_PREFIX = `${NAMESPACE}progress:`;
/** The hand-off key between the header's search form and the search page (sessionStorage). */
export const SEARCH_HANDOFF_KEY = `${NAMESPACE}search-query`;
/** Longest query the hand-off keeps: longer input is cut, not rejected. */
export const MAX_QUERY = 200;
/** The hand-off of a country from its page's "Help now" link to the help page (sessionStorage), instead of "#country-…" in the address. */
export const HELP_COUNTRY_HANDOFF_KEY = `${NAMESPACE}help-country-next`;

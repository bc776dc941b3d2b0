/**
 * The site's policy numbers, each defined once. Pages, interface strings, scripts and the
 * maintainer commands read them from here; the methodology page explains them to readers.
 * Kept free of imports so that plain Node scripts (scripts/*.mjs) can load this file too.
 */

/** A page's review goes stale after this many calendar months (methodology: "Keeping pages current"). */
export const REVIEW_INTERVAL_MONTHS = 6;

/**
 * Months before a document expires to start acting on it: a Russian passport abroad can only come
 * from a consulate (appointments take months), permits need a valid passport, stays end on a fixed day.
 */
export const PLANNER_LEAD_MONTHS = { passport: 6, residence: 2, visa: 1 } as const;

/** The planner says "act soon" when the start-by day is at most this many days away. */
export const PLANNER_SOON_DAYS = 90;

/** A help contact not checked on the organisation's own page for this many days shows as unverified. */
export const CONTACT_VERIFY_DAYS = 90;

/**
 * A country page's bottom line and each step of its advice are short sentences, so the answer
 * fits the first screen of a phone (issue #15): at most this many characters each.
 */
export const SHORT_SENTENCE_MAX_CHARS = 160;

/** A country's line in the list on the home page: at most this many characters, about two lines on a phone. */
export const IN_SHORT_MAX_CHARS = 90;

/**
 * The pocket card's own lines (a country's `card.text`, an emergency file's `card`): at most this
 * many, each at most this many characters, so that the card fits one A6 page at 9 pt in Russian too.
 */
export const CARD_LINES = { max: 3, maxChars: 120 } as const;

/** The pocket card prints at most this many phone numbers, the most recently checked first. */
export const CARD_NUMBERS_MAX = 3;

/** Steps per situation under "What to do": enough to act on, few enough to read under stress. */
export const STEPS_PER_SITUATION = { min: 3, max: 5 } as const;

/**
 * The most one language's offline copy may download when a reader saves it (issue 18): the shell,
 * the search index and the country, threat and checklist pages, in bytes over the network as the
 * site's own server compresses them (src/lib/compression.ts), the figure the reader is shown
 * before saving. `npm run bench` reports it, and the bytes stored, against these, for the real
 * site and for the synthetic corpus of 500 countries.
 */
export const OFFLINE_BUDGET_BYTES = { site: 3 * 1024 * 1024, at500Countries: 6 * 1024 * 1024 } as const;

/**
 * A country page's first view (HTML, CSS and JavaScript as the browser fetches them, nothing cached,
 * gzip-compressed), in every language, may weigh at most this (issue 9, #15): a reader on 2G waits
 * seconds per 10 KiB. `npm run bench` measures every country page and fails above it.
 */
export const COUNTRY_PAGE_BUDGET_BYTES = 15 * 1024;

/**
 * Stay rules the document planner counts (issue #15), per country file name: at most `days` days in
 * any `window` days without a residence permit. Each names the source in that country's file that
 * states it (the planner page prints it, and the build fails if the id is not there). A country
 * without a sourced rule is not listed and gets no counter.
 */
export const STAY_RULES: Record<string, { days: number; window: number; source: string }> = {
  kazakhstan: { days: 90, window: 180, source: 'bne-2023-90-180' },
  kyrgyzstan: { days: 90, window: 180, source: 'blizko-2024-registration' },
};

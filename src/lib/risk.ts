/** The five risk levels, most to least severe; `unknown` is an honest answer, never a default guess. */
export const RISK_LEVELS = ['severe', 'high', 'elevated', 'low', 'unknown'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Months after which a page's review counts as stale (methodology page promises this). */
export const REVIEW_INTERVAL_MONTHS = 6;

/** Ordering for tables and lists: severe first, unknown last. */
function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function compareRisk(a: RiskLevel, b: RiskLevel): number {
  return riskRank(a) - riskRank(b);
}

/**
 * A review is stale when more than REVIEW_INTERVAL_MONTHS calendar months have passed.
 * `now` is the build time: the notice is computed when the site is built.
 */
export function isReviewStale(reviewed: Date, now: Date, months = REVIEW_INTERVAL_MONTHS): boolean {
  const limit = new Date(Date.UTC(reviewed.getUTCFullYear(), reviewed.getUTCMonth() + months, reviewed.getUTCDate()));
  return now.getTime() > limit.getTime();
}

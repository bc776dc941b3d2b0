import { addMonths } from './dates';
import { REVIEW_INTERVAL_MONTHS } from './policy';

/** The five risk levels, most to least severe; `unknown` is an honest answer, never a default guess. */
export const RISK_LEVELS = ['severe', 'high', 'elevated', 'low', 'unknown'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Ordering for tables and lists: severe first, unknown last. */
function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function compareRisk(a: RiskLevel, b: RiskLevel): number {
  return riskRank(a) - riskRank(b);
}

/**
 * A review is stale when more than REVIEW_INTERVAL_MONTHS calendar months have passed (src/lib/policy.ts).
 * `now` is the build time: the notice is computed when the site is built.
 */
export function isReviewStale(reviewed: Date, now: Date, months = REVIEW_INTERVAL_MONTHS): boolean {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return today >= staleFrom(reviewed, months).getTime();
}

/**
 * The first day (UTC midnight) on which something reviewed or built on `reviewed` is stale. A
 * saved offline copy gets this day of its build, so the device can decide with its own clock.
 */
export function staleFrom(reviewed: Date, months = REVIEW_INTERVAL_MONTHS): Date {
  // Calendar months, clamped: reviewed 31 August goes stale after 28 (or 29) February, not 3 March.
  const limit = addMonths(reviewed, months);
  limit.setUTCDate(limit.getUTCDate() + 1);
  return limit;
}

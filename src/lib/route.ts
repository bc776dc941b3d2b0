/**
 * The route check: for a person on a Russian, interstate or Interpol wanted list, a route is as risky
 * as the riskiest country on it (departure, each change of planes, arrival), judged by the same
 * ratings the country pages give for the threats that matter at a border. An unknown rating is never
 * read as safe: it is reported separately.
 */
import { RISK_LEVELS, type RiskLevel } from './risk';

/** The threats whose ratings decide a leg: checks at the border, wanted lists, and being handed over. */
export const ROUTE_THREATS = ['border-detention', 'interpol-wanted-lists', 'extradition'] as const;

export interface RouteCountry {
  slug: string;
  /** Rating per threat slug; a threat the country page does not rate counts as unknown. */
  levels: Partial<Record<string, RiskLevel>>;
}

export interface RouteRisk {
  /** The most severe known rating on the route, or `unknown` if nothing on it is rated. */
  highest: RiskLevel;
  /** Where on the route that rating comes from. */
  highestAt: string[];
  /** Countries on the route with at least one of the route threats unrated. */
  unknownAt: string[];
}

/** The worst known rating of one country for the route threats. */
export function stopRisk(stop: RouteCountry, threats: readonly string[] = ROUTE_THREATS): RiskLevel {
  const known = threats.map((t) => stop.levels[t] ?? 'unknown').filter((l) => l !== 'unknown');
  return known.length ? known.reduce((a, b) => (RISK_LEVELS.indexOf(b) < RISK_LEVELS.indexOf(a) ? b : a)) : 'unknown';
}

export function routeRisk(stops: readonly RouteCountry[], threats: readonly string[] = ROUTE_THREATS): RouteRisk {
  const unknownAt = [...new Set(stops.filter((s) => threats.some((t) => (s.levels[t] ?? 'unknown') === 'unknown')).map((s) => s.slug))];
  const rated = stops.map((s) => ({ slug: s.slug, level: stopRisk(s, threats) })).filter((s) => s.level !== 'unknown');
  if (!rated.length) return { highest: 'unknown', highestAt: [], unknownAt };
  const highest = rated.reduce((a, b) => (RISK_LEVELS.indexOf(b.level) < RISK_LEVELS.indexOf(a.level) ? b : a)).level;
  return { highest, highestAt: [...new Set(rated.filter((s) => s.level === highest).map((s) => s.slug))], unknownAt };
}

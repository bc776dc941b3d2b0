/**
 * The route check (issue #16, "Transit and routes"): for a person on a Russian interstate (CIS) list
 * or an Interpol notice, the risk of each leg of a trip — from where they are, through each change
 * of planes or border crossing, to where they go — judged by the same ratings the country pages give
 * for the threats that matter at a border (ROUTE_THREATS).
 *
 * What a leg's risk is: the worst known rating of both of its ends, because a listed person can be
 * stopped at either. Border guards in Kazakhstan, Kyrgyzstan and Armenia stop wanted Russians from
 * leaving (BBC Russian, cited on content/threats/en/border-detention.mdx), and people have been
 * detained on arrival and while only changing planes (Yemelyanova in Almaty, 2025; Kamensky at
 * Zvartnots after a flight from Istanbul). So a change of planes counts on both legs it joins: the
 * leg that arrives there and the leg that leaves.
 *
 * An unknown rating is never read as safe. A leg with any unrated threat, or with an end outside the
 * ten countries the atlas rates, is reported as not completely rated: its level is then only a lower
 * bound ("at least"), or `unknown` when nothing on the leg is rated.
 *
 * Russia is not offered as a point on the route: the atlas rates no threat in Russia, and has no
 * sourced content on what happens to a listed person changing planes there. A reader changing in
 * Moscow picks "another country", whose legs are reported as not rated.
 */
import { RISK_LEVELS, type RiskLevel } from './risk';

/** The threats whose ratings decide a leg: checks at the border, wanted lists, and being handed over. */
export const ROUTE_THREATS = ['border-detention', 'interpol-wanted-lists', 'extradition'] as const;

/** The form's value for a country the atlas does not cover (the same word "My situation" uses). */
export const OUTSIDE = 'other';

export interface RouteCountry {
  slug: string;
  /** Rating per threat slug; a threat the country page does not rate counts as unknown. */
  levels: Partial<Record<string, RiskLevel>>;
}

/** Where a point sits on the route: where the reader leaves from, a change, or where they go. */
export type RouteRole = 'from' | 'via' | 'to';

/** One country's rating of one threat, at one end of a leg. */
export interface LegFinding {
  country: string;
  role: RouteRole;
  threat: string;
  level: RiskLevel;
}

export interface Leg {
  /** The slugs of the leg's two ends (OUTSIDE, or any slug the atlas does not rate, for a country outside the atlas). */
  from: string;
  to: string;
  /** The worst known rating at either end, or `unknown` when nothing on the leg is rated. */
  level: RiskLevel;
  /** Why: the ratings at that level, with the country and the threat each comes from. */
  because: LegFinding[];
  /** The route threats a rated country on this leg does not rate (never a sign of safety). */
  unrated: LegFinding[];
  /** Ends of this leg in a country the atlas does not cover: none of their ratings is known. */
  outside: string[];
  /** True only when every route threat at both ends is rated: `level` is then the leg's risk, not a lower bound. */
  complete: boolean;
}

const worse = (a: RiskLevel, b: RiskLevel) => (RISK_LEVELS.indexOf(b) < RISK_LEVELS.indexOf(a) ? b : a);

/**
 * The legs of a route through `points` (slugs, in travel order: where the reader is, each change,
 * where they go). A point missing from `countries` is outside the atlas. Blank points (an unused
 * change) are skipped; fewer than two points make no leg.
 */
export function routeLegs(points: readonly string[], countries: readonly RouteCountry[], threats: readonly string[] = ROUTE_THREATS): Leg[] {
  const bySlug = new Map(countries.map((c) => [c.slug, c]));
  const stops = points.filter((p) => p !== '');
  const roleOf = (i: number): RouteRole => (i === 0 ? 'from' : i === stops.length - 1 ? 'to' : 'via');
  const legs: Leg[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const ends = [i, i + 1].map((at) => ({ slug: stops[at]!, role: roleOf(at), rated: bySlug.get(stops[at]!) }));
    const findings = ends.flatMap(({ slug, role, rated }) =>
      rated ? threats.map((threat): LegFinding => ({ country: slug, role, threat, level: rated.levels[threat] ?? 'unknown' })) : [],
    );
    const known = findings.filter((f) => f.level !== 'unknown');
    const level = known.map((f) => f.level).reduce(worse, 'unknown');
    const unrated = findings.filter((f) => f.level === 'unknown');
    const outside = [...new Set(ends.filter((e) => !e.rated).map((e) => e.slug))];
    legs.push({
      from: ends[0]!.slug,
      to: ends[1]!.slug,
      level,
      because: known.filter((f) => f.level === level),
      unrated,
      outside,
      complete: unrated.length === 0 && outside.length === 0,
    });
  }
  return legs;
}

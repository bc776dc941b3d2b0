/**
 * "My situation" (issue #17): a reader's answers to a few questions, kept on this device (or only
 * in the address's fragment, which browsers never send to a server), and the rules that turn them
 * into the situations, checklist items and threat ratings that apply. Pure logic, run in the
 * browser on the situation, country and plan pages and at build time for the static pages.
 *
 * One rule above all: never show advice the answers do not support. "I don't know" shows only
 * the step that finds the answer; "I'd rather not say" and unanswered questions show nothing.
 */
import { PROFILE_KEY } from './storage';
import { PLANNER_LEAD_MONTHS } from './policy';
import { withoutAnchor } from './fragment';

/** Where the profile is kept when the reader chooses this device (localStorage, or sessionStorage in "keep nothing" mode). */
export { PROFILE_KEY };
/** The fragment that carries a profile instead: `#profile&country=kazakhstan&wanted=interstate`. */
export const PROFILE_FRAGMENT = 'profile';
const VERSION = '1';
/** Far above any real profile; longer values are not parsed at all. */
const MAX_LENGTH = 2000;

/** "I don't know" and "I'd rather not say": every question offers both. */
export const NOT_SAID = ['unknown', 'private'] as const;
export type NotSaid = (typeof NOT_SAID)[number];

export const WANTED = ['no', 'federal', 'interstate', 'interpol'] as const;
export const MILITARY = ['no', 'registered', 'evaded', 'deserted'] as const;
export const ROLES = ['activist', 'journalist', 'lawyer', 'ngo'] as const;
export const HELPING = ['yes', 'no'] as const;
/** Russian internal passport, Russian international passport, residence permit or registration. */
export const DOCUMENTS = ['internal', 'passport', 'permit'] as const;

export type Role = (typeof ROLES)[number];
export type DocumentKind = (typeof DOCUMENTS)[number];

export interface Profile {
  /** The country the reader is in: a country slug, `other` (none the guide covers), or not said. */
  country?: string | NotSaid | undefined;
  /** Countries the reader may travel to or through; `NotSaid` instead of a list when not said. */
  travel?: string[] | NotSaid | undefined;
  wanted?: (typeof WANTED)[number] | NotSaid | undefined;
  military?: (typeof MILITARY)[number] | NotSaid | undefined;
  /** Activist, journalist, lawyer, NGO worker; an empty list means "none of these". */
  roles?: Role[] | NotSaid | undefined;
  helping?: (typeof HELPING)[number] | NotSaid | undefined;
  /** Expiry dates (YYYY-MM-DD) the reader gave, or `NotSaid` for all of them. */
  documents?: Partial<Record<DocumentKind, string>> | NotSaid | undefined;
}

const isNotSaid = (v: string): v is NotSaid => (NOT_SAID as readonly string[]).includes(v);
const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, as a date field gives it. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Reads a profile written by serialiseProfile (from storage, or a fragment after `profile&`).
 * Anything wrong anywhere (a hand-edited value, an unknown country, corrupt or foreign storage)
 * gives no profile at all: half a profile could show advice for a situation the reader is not in.
 */
export function parseProfile(raw: string | null | undefined, countries: readonly string[]): Profile | undefined {
  if (!raw || raw.length > MAX_LENGTH) return undefined;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return undefined;
  }
  if (params.get('v') !== VERSION) return undefined;
  const profile: Profile = {};
  const country = (v: string) => countries.includes(v);
  for (const [key, value] of params) {
    if (key === 'v') continue;
    const list = value === '' ? [] : value.split(',');
    switch (key) {
      case 'country':
        if (!isNotSaid(value) && value !== 'other' && !country(value)) return undefined;
        profile.country = value;
        break;
      case 'travel':
        if (isNotSaid(value)) profile.travel = value;
        else if (list.every(country)) profile.travel = [...new Set(list)];
        else return undefined;
        break;
      case 'wanted':
        if (!isNotSaid(value) && !oneOf(WANTED, value)) return undefined;
        profile.wanted = value;
        break;
      case 'military':
        if (!isNotSaid(value) && !oneOf(MILITARY, value)) return undefined;
        profile.military = value;
        break;
      case 'roles':
        if (isNotSaid(value)) profile.roles = value;
        else if (list.every((r) => oneOf(ROLES, r))) profile.roles = [...new Set(list as Role[])];
        else return undefined;
        break;
      case 'helping':
        if (!isNotSaid(value) && !oneOf(HELPING, value)) return undefined;
        profile.helping = value;
        break;
      case 'documents':
        if (!isNotSaid(value)) return undefined;
        profile.documents = value;
        break;
      default:
        if (oneOf(DOCUMENTS, key)) {
          if (!isDay(value) || typeof profile.documents === 'string') return undefined;
          profile.documents = { ...profile.documents, [key]: value };
        } else return undefined;
    }
  }
  return isEmpty(profile) ? undefined : profile;
}

/** True when the profile answers nothing: then there is nothing to keep or show. */
export function isEmpty(profile: Profile): boolean {
  return Object.values(profile).every((v) => v === undefined || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));
}

/** The profile as a short, readable string: `v=1&country=kazakhstan&wanted=interstate`. */
export function serialiseProfile(profile: Profile): string {
  const params = new URLSearchParams({ v: VERSION });
  const put = (key: string, value: string | string[] | undefined) => {
    if (value !== undefined) params.set(key, Array.isArray(value) ? value.join(',') : value);
  };
  put('country', profile.country);
  put('travel', profile.travel);
  put('wanted', profile.wanted);
  put('military', profile.military);
  put('roles', profile.roles);
  put('helping', profile.helping);
  if (typeof profile.documents === 'string') put('documents', profile.documents);
  else for (const kind of DOCUMENTS) put(kind, profile.documents?.[kind]);
  // Commas are safe in a fragment and easier to read and edit than %2C.
  return params.toString().replace(/%2C/g, ',');
}

/** The fragment that carries this profile: `#profile&v=1&…`. */
export function profileFragment(profile: Profile): string {
  return `#${PROFILE_FRAGMENT}&${serialiseProfile(profile)}`;
}

/** The profile in an address's fragment (`location.hash`), if it carries one. */
export function profileFromFragment(hash: string, countries: readonly string[]): Profile | undefined {
  const prefix = `#${PROFILE_FRAGMENT}&`;
  // A link's own anchor may ride at the end (src/lib/fragment.ts): it is not an answer.
  return hash.startsWith(prefix) ? parseProfile(withoutAnchor(hash).slice(prefix.length), countries) : undefined;
}

/**
 * Reads a profile from a submitted form (FormData, or the same fields from anywhere): one field
 * per question, named as in the serialised form; list questions repeat their field. Empty and
 * unknown values are left out, so a half-filled form keeps only what was answered.
 */
export function profileFromFields(get: (name: string) => string[], countries: readonly string[]): Profile | undefined {
  const params = new URLSearchParams({ v: VERSION });
  const first = (name: string) => get(name).find((v) => v !== '');
  for (const key of ['country', 'wanted', 'military', 'helping']) {
    const value = first(key);
    if (value) params.set(key, value);
  }
  for (const key of ['travel', 'roles']) {
    const values = get(key).filter(Boolean);
    // "I'd rather not say" wins over anything ticked with it, then "I don't know".
    const notSaid = NOT_SAID.slice()
      .reverse()
      .find((n) => values.includes(n));
    if (notSaid) params.set(key, notSaid);
    else if (values.includes('none') || values.length) params.set(key, values.filter((v) => v !== 'none').join(','));
  }
  const documents = first('documents');
  if (documents && isNotSaid(documents)) params.set('documents', documents);
  else
    for (const kind of DOCUMENTS) {
      const value = first(kind);
      if (value) params.set(kind, value);
    }
  return parseProfile(params.toString(), countries);
}

// ---------------------------------------------------------------------------------------------
// What applies. Topics are the static situation pages; each maps to the country pages' own
// `situations` steps where those exist, to the threats whose ratings matter, and to the
// checklist items that apply everywhere (src/data/situation-topics.ts lists those).

/** The situations with a page of their own, in the order the site lists them. */
export const TOPICS = ['wanted', 'mobilisation', 'activists', 'helping', 'documents'] as const;
export type Topic = (typeof TOPICS)[number];

/** Why something applies to this reader: one line each, worded in the interface strings. */
export const REASONS = [
  'wanted-federal',
  'wanted-interstate',
  'wanted-interpol',
  'wanted-unknown',
  'evaded',
  'deserted',
  'role',
  'helping',
  'documents-soon',
  'documents-unknown',
] as const;
export type Reason = (typeof REASONS)[number];

export interface Match {
  reason: Reason;
  topic: Topic;
  /** Threats whose ratings this reason makes matter, most telling first. */
  threats: readonly string[];
  /** Only these checklist items (`checklist/item`) apply, not the whole topic: the step that finds the answer. */
  only?: readonly string[];
}

/** The item that tells a reader who does not know whether they are wanted how to find out. */
export const CHECK_WANTED = 'before-travel/check-wanted-status';
/** The item that tells a reader who does not know their documents' dates to check them. */
export const CHECK_DOCUMENTS = 'documents/check-passport-expiry';
/** A document needs action when it expires within this many months (the planner's passport lead time). */
export const DOCUMENT_SOON_MONTHS = PLANNER_LEAD_MONTHS.passport;

/** What each reason brings: its situation page and the threats whose ratings matter, most telling first. */
const REASON_DEFS: Record<Reason, Omit<Match, 'reason'>> = {
  // A federal listing alone is not shared abroad, but Russia can still ask for extradition, and
  // states that share data with Russia learn of it.
  'wanted-federal': { topic: 'wanted', threats: ['extradition', 'data-sharing', 'border-detention'] },
  // The interstate list is the one CIS border and camera systems match against.
  'wanted-interstate': { topic: 'wanted', threats: ['interpol-wanted-lists', 'data-sharing', 'border-detention', 'facial-recognition', 'extradition'] },
  'wanted-interpol': { topic: 'wanted', threats: ['interpol-wanted-lists', 'border-detention', 'extradition'] },
  'wanted-unknown': { topic: 'wanted', threats: ['interpol-wanted-lists'], only: [CHECK_WANTED] },
  deserted: { topic: 'mobilisation', threats: ['extradition', 'border-detention', 'deportation'] },
  evaded: { topic: 'mobilisation', threats: ['border-detention', 'deportation'] },
  role: { topic: 'activists', threats: ['pressure-on-ngos', 'device-exposure', 'facial-recognition'] },
  helping: { topic: 'helping', threats: ['pressure-on-ngos', 'device-exposure', 'data-sharing'] },
  'documents-soon': { topic: 'documents', threats: ['expiring-documents', 'deportation'] },
  'documents-unknown': { topic: 'documents', threats: [], only: [CHECK_DOCUMENTS] },
};

/** Every threat any answer can bring into a situation: the situation pages rate these per country. */
export function topicThreats(topic: Topic): string[] {
  return [...new Set(REASONS.filter((r) => REASON_DEFS[r].topic === topic).flatMap((r) => REASON_DEFS[r].threats))];
}

/** The last day (YYYY-MM-DD) a document can expire on and still count as "expiring soon". */
function soonLimit(today: Date): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + DOCUMENT_SOON_MONTHS, today.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/** The reasons the answers give, in the order a reader should act on them. */
function reasons(profile: Profile, today: Date): Reason[] {
  const out: Reason[] = [];
  const w = profile.wanted;
  if (w === 'federal' || w === 'interstate' || w === 'interpol' || w === 'unknown') out.push(`wanted-${w}`);
  if (profile.military === 'deserted' || profile.military === 'evaded') out.push(profile.military);
  if (Array.isArray(profile.roles) && profile.roles.length) out.push('role');
  if (profile.helping === 'yes') out.push('helping');
  const docs = profile.documents;
  if (docs === 'unknown') out.push('documents-unknown');
  // ISO days compare as strings; an expired document counts as expiring.
  else if (docs && typeof docs === 'object' && Object.values(docs).some((day) => day !== undefined && day <= soonLimit(today))) out.push('documents-soon');
  return out;
}

/**
 * What the answers support. `today` is the reader's calendar day as a UTC midnight (planner.ts
 * localToday), so that tests never depend on the date.
 */
export function matches(profile: Profile, today: Date): Match[] {
  return reasons(profile, today).map((reason) => ({ reason, ...REASON_DEFS[reason] }));
}

/** How the profile relates to one country: the reader is there, may travel there, or says neither. */
export type Where = 'here' | 'travel' | 'none';

export function whereIs(profile: Profile, country: string): Where {
  if (profile.country === country) return 'here';
  return Array.isArray(profile.travel) && profile.travel.includes(country) ? 'travel' : 'none';
}

/**
 * The country pages' own situations (content `situations:` blocks) whose steps apply: those of the
 * topics matched in full, and "if you live here" only for the country the reader says they are in.
 */
export function countrySituations(found: readonly Match[], where: Where): string[] {
  const keys = new Set<string>();
  for (const m of found) {
    if (m.only) continue;
    if (m.topic === 'wanted' || m.topic === 'mobilisation' || m.topic === 'helping') keys.add(m.topic);
  }
  if (where === 'here') keys.add('living');
  return [...keys];
}

/** The threats whose ratings apply, each with the first reason that makes it matter. */
export function threatsFor(found: readonly Match[]): { threat: string; reason: Reason }[] {
  const seen = new Map<string, Reason>();
  for (const m of found) for (const threat of m.threats) if (!seen.has(threat)) seen.set(threat, m.reason);
  return [...seen].map(([threat, reason]) => ({ threat, reason }));
}

/**
 * The checklist items (`checklist/item`) that apply, without repeats: a topic matched in full
 * brings its items (`topicItems`), a partial match only its own step.
 */
export function itemsFor(found: readonly Match[], topicItems: Readonly<Record<Topic, readonly string[]>>): string[] {
  const out = new Set<string>();
  for (const m of found) for (const ref of m.only ?? topicItems[m.topic]) out.add(ref);
  return [...out];
}

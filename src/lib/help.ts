/**
 * The help directory's pure rules: how a published contact becomes a link, when a contact
 * counts as unverified, and whether the page a contact was taken from is the organisation's own.
 * Kept free of Astro imports so that node's test runner can check them.
 */
import { CONTACT_VERIFY_DAYS } from './policy';
import { daysBetween } from './dates';

export const CHANNEL_KINDS = ['phone', 'telegram', 'signal', 'email', 'web'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** What an organisation helps with; the help page groups and filters by these. */
export const HELP_TOPICS = ['legal', 'asylum', 'extradition', 'deserters', 'detention', 'digital', 'documents', 'shelter'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** A directory entry that serves every country we cover rather than one. */
export const REGION = 'region';

export interface Channel {
  kind: ChannelKind;
  /** As published by the organisation: "+7 727 258 45 98", "@handle", "name@example.org". */
  value: string;
  /** Digits to dial when the published form cannot be dialled as written, e.g. a trunk "(0)". */
  dial?: string | undefined;
}

const TELEGRAM = /^@?([a-zA-Z][a-zA-Z0-9_]{3,31})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DIALLABLE = /^\+?[0-9]{3,15}$/;

/** The number a phone would dial: the published form without spaces, dashes and brackets. */
export function dialString(channel: Pick<Channel, 'value' | 'dial'>): string {
  return channel.dial ?? channel.value.replace(/[\s().-]/g, '');
}

/** The link a reader taps: tel:, t.me, mailto: or the web address itself. */
export function channelHref(channel: Channel): string {
  switch (channel.kind) {
    case 'phone':
      return `tel:${dialString(channel)}`;
    case 'telegram': {
      const handle = TELEGRAM.exec(channel.value.replace(/^https:\/\/t\.me\//, ''))?.[1] ?? channel.value;
      return `https://t.me/${handle}`;
    }
    case 'signal':
      return channel.value.startsWith('https://') ? channel.value : `tel:${dialString(channel)}`;
    case 'email':
      return `mailto:${channel.value}`;
    case 'web':
      return channel.value;
  }
}

/** Why a published value cannot be used as this kind of channel, with the fix; undefined when fine. */
export function channelError(channel: Channel): string | undefined {
  const { kind, value } = channel;
  if (kind === 'phone' || (kind === 'signal' && !value.startsWith('https://'))) {
    if (/\(0\)?/.test(value) && !channel.dial) {
      return `"${value}" has a trunk "0" in brackets, which is not dialled from abroad: add \`dial:\` with the number as dialled, e.g. "+995322185123"`;
    }
    if (!DIALLABLE.test(dialString(channel))) {
      return `"${channel.dial ?? value}" is not a phone number: write it as the organisation publishes it, digits with an optional leading +`;
    }
    return undefined;
  }
  if (kind === 'signal' && !/^https:\/\/signal\.(me|group)\//.test(value)) {
    return `"${value}" is not a Signal link: use the phone number or the https://signal.me/ link the organisation publishes`;
  }
  if (kind === 'telegram' && !TELEGRAM.test(value.replace(/^https:\/\/t\.me\//, ''))) {
    return `"${value}" is not a Telegram handle: write it as @name or https://t.me/name, exactly as published`;
  }
  if (kind === 'email' && !EMAIL.test(value)) {
    return `"${value}" is not an e-mail address: write it in full (name@example.org), even if the page disguises it`;
  }
  if (kind === 'web' && !/^https?:\/\//.test(value)) {
    return `"${value}" is not a web address: start it with https://`;
  }
  return undefined;
}

/** A contact is unverified once more than CONTACT_VERIFY_DAYS have passed since it was checked. */
export function isUnverified(checked: Date, today: Date, days: number = CONTACT_VERIFY_DAYS): boolean {
  return daysBetween(checked, today) > days;
}

/** One published contact as the maintainers' listings name it (`npm run content:status`, the build). */
export interface ContactCheck {
  /** The directory file: "help/unhcr-kazakhstan.yaml". */
  file: string;
  organisation: string;
  /** The kind and the value as published: "phone +7 727 258 45 98". */
  channel: string;
  /** The `checked` field as read from the file: a date, or whatever a maintainer wrote instead. */
  checked: unknown;
}

export interface ContactStatus extends ContactCheck {
  /** The day of the check as YYYY-MM-DD; undefined when `checked` is not a date. */
  checkedOn: string | undefined;
  days: number | undefined;
  unverified: boolean;
}

function asDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * Every contact with the days since its check as of `today`: the unverified first (a check date
 * that cannot be read counts as unverified), the longest unchecked first, then by file. The one
 * listing behind `npm run content:status` and the list the build prints.
 */
export function contactStatuses(contacts: readonly ContactCheck[], today: Date, days: number = CONTACT_VERIFY_DAYS): ContactStatus[] {
  return contacts
    .map((c) => {
      const checked = asDate(c.checked);
      return {
        ...c,
        checkedOn: checked?.toISOString().slice(0, 10),
        days: checked && daysBetween(checked, today),
        unverified: !checked || isUnverified(checked, today, days),
      };
    })
    .sort((a, b) => Number(b.unverified) - Number(a.unverified) || (b.days ?? Infinity) - (a.days ?? Infinity) || a.file.localeCompare(b.file));
}

/**
 * What the build prints about the directory: a heading and one line per contact unverified as
 * of `today` (file, organisation, channel, day checked, days since), or one line saying none is.
 */
export function unverifiedReport(statuses: readonly ContactStatus[], today: Date, days: number = CONTACT_VERIFY_DAYS): string[] {
  const asOf = today.toISOString().slice(0, 10);
  const stale = statuses.filter((s) => s.unverified);
  if (stale.length === 0) {
    return [`all ${statuses.length} help contacts were checked on the organisation's own page within ${days} days of ${asOf}`];
  }
  const rows = stale.map((s) => [
    s.file,
    s.organisation,
    s.channel,
    s.checkedOn ? `checked ${s.checkedOn}` : `checked: "${String(s.checked)}" is not a date`,
    s.days === undefined ? '' : `${s.days} days ago`,
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return [
    `${stale.length} of ${statuses.length} help contacts are shown as unverified: not checked on the organisation's own page within ${days} days of ${asOf}. Check each on its source page and update \`checked\`:`,
    ...rows.map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    ),
  ];
}

/** "www.unhcr.org" and "help.unhcr.org" both belong to "unhcr.org". */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * Contacts come only from the organisation's own pages: the source must be on the host of its
 * web address (or a subdomain of it), or on one of the other sites it lists as its own.
 */
export function isOwnPage(source: string, web: string, ownSites: readonly string[] = []): boolean {
  const host = hostOf(source);
  if (!host) return false;
  return [web, ...ownSites].some((site) => {
    const own = hostOf(site.includes('://') ? site : `https://${site}`);
    return own !== undefined && (host === own || host.endsWith(`.${own}`));
  });
}

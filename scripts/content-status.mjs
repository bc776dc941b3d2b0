/**
 * `npm run content:status`: one line per page with its languages, which translation was changed later
 * (translation freshness, from git history or file times), and days since review. Stale first.
 * Before the pages: every help contact, those not checked within CONTACT_VERIFY_DAYS first.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { contentFiles, LANGS, REFERENCE_LANG } from './lib/content-files.mjs';
// The site's own rules, from its TypeScript modules (the loader resolves their extensionless imports).
import './test/register.mjs';
const { isReviewStale } = await import('../src/lib/risk.ts');
const { daysBetween } = await import('../src/lib/dates.ts');
const { REVIEW_INTERVAL_MONTHS, CONTACT_VERIFY_DAYS } = await import('../src/lib/policy.ts');
const { buildDate } = await import('../src/lib/build-date.ts');
const { contactStatuses } = await import('../src/lib/help.ts');
const { helpContacts } = await import('../src/lib/content-dir.ts');

/** @type {Record<string, string>} */
const REVIEW_FIELD = { countries: 'reviewed', threats: 'reviewed', pages: 'reviewed', checklists: 'version', updates: 'date' };

/** @param {string} file */
function lastChanged(file) {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    const uncommitted = execFileSync('git', ['status', '--porcelain', '--', file], { encoding: 'utf8' }).trim();
    if (iso && !uncommitted) return new Date(iso);
  } catch {
    /* not a git checkout */
  }
  return statSync(file).mtime;
}

/** @typedef {import('./lib/content-files.mjs').ContentFile} ContentFile */
/** @type {Map<string, { key: string; collection: string } & Record<string, any>>} */
const byPage = new Map();
for (const entry of contentFiles()) {
  const key = `${entry.collection}/${entry.slug}`;
  const page = byPage.get(key) ?? { key, collection: entry.collection };
  page[entry.lang] = entry;
  byPage.set(key, page);
}

// "Today" as the build sees it: ATLAS_BUILD_DATE when set (tests pin it), otherwise now.
const today = buildDate(process.env.ATLAS_BUILD_DATE || '');
const rows = [...byPage.values()].map((page) => {
  const reviewedRaw = (page[REFERENCE_LANG] ?? LANGS.map((l) => page[l]).find(Boolean)).data[REVIEW_FIELD[page.collection] ?? 'reviewed'];
  const reviewed = reviewedRaw ? new Date(reviewedRaw) : undefined;
  const valid = reviewed && !Number.isNaN(reviewed.getTime());
  const days = valid ? daysBetween(reviewed, today) : undefined;
  /** @type {Record<string, number>} */
  const changed = Object.fromEntries(LANGS.filter((l) => page[l]).map((l) => [l, lastChanged(page[l].file).getTime()]));
  // Each translation against the reference language: missing, or changed more than a day apart.
  const missing = LANGS.filter((l) => !page[l]);
  const ref = changed[REFERENCE_LANG];
  const drift = LANGS.filter((l) => l !== REFERENCE_LANG && ref && changed[l] && Math.abs(ref - changed[l]) > 86_400_000).map((l) =>
    (changed[l] ?? 0) < (ref ?? 0) ? `${l} older than ${REFERENCE_LANG}` : `${REFERENCE_LANG} older than ${l}`,
  );
  const translation = missing.length ? `missing ${missing.join(', ')}` : drift.length ? drift.join('; ') : 'in step';
  // Alerts are dated events, not pages that need re-reviewing.
  const stale = page.collection !== 'updates' && (!valid || isReviewStale(reviewed, today));
  return { page: page.key, present: LANGS.map((l) => (page[l] ? 'yes' : 'NO')), translation, days, stale };
});
rows.sort((a, b) => Number(b.stale) - Number(a.stale) || (b.days ?? 1e9) - (a.days ?? 1e9) || a.page.localeCompare(b.page));

// Help contacts come first in a maintainer's day: a dead number costs a detained person their call.
// The same listing as the list of unverified contacts the build prints (src/lib/help.ts).
const contacts = contactStatuses(helpContacts(), today);
const contactHeader = ['help contact', 'file', 'checked', 'days', 'status', 'organisation'];
const contactRows = contacts.map((c) => [
  c.channel,
  c.file,
  c.checkedOn ?? '?',
  c.days === undefined ? '?' : String(c.days),
  c.unverified ? 'UNVERIFIED' : 'ok',
  c.organisation,
]);
const cw = contactHeader.map((h, i) => Math.max(h.length, ...contactRows.map((r) => (r[i] ?? '').length)));
/** @param {string[]} cells */
const cline = (cells) => cells.map((c, i) => c.padEnd(cw[i] ?? 0)).join('  ');
const contactTable = [cline(contactHeader), cw.map((w) => '-'.repeat(w)).join('  '), ...contactRows.map(cline)].join('\n');

const header = ['page', ...LANGS, 'translation', 'days since review', 'status'];
const table = rows.map((r) => [r.page, ...r.present, r.translation, r.days === undefined ? '?' : String(r.days), r.stale ? 'STALE' : 'ok']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
/** @param {string[]} cells */
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(contactTable);
console.log(
  `\n${contacts.length} help contacts, ${contacts.filter((c) => c.unverified).length} not checked on the organisation's own page in the last ${CONTACT_VERIFY_DAYS} days: check those first.\n`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log(
  `\n${rows.length} pages, ${rows.filter((r) => r.stale).length} not reviewed in the last ${REVIEW_INTERVAL_MONTHS} months, ${rows.filter((r) => r.translation !== 'in step').length} with translation work.`,
);

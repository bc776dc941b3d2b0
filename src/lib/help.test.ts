import { test } from 'node:test';
import assert from 'node:assert/strict';
import { channelError, channelHref, contactStatuses, isOwnPage, isUnverified, unverifiedReport } from './help';
import { CONTACT_VERIFY_DAYS } from './policy';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('a published phone number becomes a tel: link a phone can dial', () => {
  assert.equal(channelHref({ kind: 'phone', value: '+7 727 258 45 98' }), 'tel:+77272584598');
  assert.equal(channelHref({ kind: 'phone', value: '0 312 65-35-13' }), 'tel:0312653513');
  // A trunk "(0)" is not dialled from abroad: the maintainer gives the dialled form.
  assert.equal(channelHref({ kind: 'phone', value: '+995 (0322) 185 123', dial: '+995322185123' }), 'tel:+995322185123');
});

test('Telegram, e-mail and Signal contacts link to their apps', () => {
  assert.equal(channelHref({ kind: 'telegram', value: '@some_bot' }), 'https://t.me/some_bot');
  assert.equal(channelHref({ kind: 'telegram', value: 'https://t.me/some_bot' }), 'https://t.me/some_bot');
  assert.equal(channelHref({ kind: 'email', value: 'help@example.org' }), 'mailto:help@example.org');
  assert.equal(channelHref({ kind: 'signal', value: 'https://signal.me/#eu/abc' }), 'https://signal.me/#eu/abc');
});

test('contacts that cannot work are refused with the fix', () => {
  assert.match(channelError({ kind: 'phone', value: '+995 (0322) 185 123' }) ?? '', /add `dial:`/);
  assert.match(channelError({ kind: 'phone', value: 'call the office' }) ?? '', /not a phone number/);
  assert.match(channelError({ kind: 'telegram', value: 't.me/x' }) ?? '', /not a Telegram handle/);
  assert.match(channelError({ kind: 'email', value: 'help[at]example[dot]org' }) ?? '', /write it in full/);
  assert.match(channelError({ kind: 'signal', value: 'signal: ask us' }) ?? '', /not a phone number/);
  assert.equal(channelError({ kind: 'phone', value: '+7 727 258 45 98' }), undefined);
  assert.equal(channelError({ kind: 'telegram', value: '@some_bot' }), undefined);
});

test(`a contact checked more than ${CONTACT_VERIFY_DAYS} days before the build is unverified`, () => {
  const checked = day('2026-08-01');
  assert.equal(isUnverified(checked, day('2026-10-30')), false); // 90 days
  assert.equal(isUnverified(checked, day('2026-10-31')), true); // 91 days
  assert.equal(isUnverified(day('2020-04-21'), day('2026-11-26')), true);
});

test("only the organisation's own site counts as the source of a contact", () => {
  assert.equal(isOwnPage('https://help.unhcr.org/georgia/about', 'https://www.unhcr.org/'), true);
  assert.equal(isOwnPage('https://www.unhcr.org/kazakhstan.html', 'https://help.unhcr.org/georgia/', ['unhcr.org']), true);
  assert.equal(isOwnPage('https://un.am/en/agency/UNHCR', 'https://www.unhcr.org/am/en/'), false);
  // A look-alike host is not a subdomain.
  assert.equal(isOwnPage('https://evilunhcr.org/contacts', 'https://unhcr.org'), false);
  assert.equal(isOwnPage('not a url', 'https://unhcr.org'), false);
});

test('the build lists every contact unverified as of its pinned date, the longest unchecked first, or says none is', () => {
  const contacts = [
    { file: 'help/fresh.yaml', organisation: 'Fresh Aid', channel: 'phone +7 700 000 00 00', checked: '2026-11-20' },
    { file: 'help/old.yaml', organisation: 'Old Aid', channel: 'telegram @old_aid', checked: '2020-04-21' },
    { file: 'help/edge.yaml', organisation: 'Edge Aid', channel: 'email help@example.org', checked: new Date('2026-08-27T00:00:00Z') },
    { file: 'help/typo.yaml', organisation: 'Typo Aid', channel: 'phone +1 555 0100', checked: 'last spring' },
  ];
  const built = day('2026-11-25');
  const statuses = contactStatuses(contacts, built);
  // 90 days exactly is still verified; an unreadable date is not.
  assert.deepEqual(
    statuses.map((s) => [s.file, s.days, s.unverified]),
    [
      ['help/typo.yaml', undefined, true],
      ['help/old.yaml', 2409, true],
      ['help/edge.yaml', 90, false],
      ['help/fresh.yaml', 5, false],
    ],
  );
  const [heading, ...rows] = unverifiedReport(statuses, built);
  assert.match(heading ?? '', /^2 of 4 help contacts are shown as unverified: .* within 90 days of 2026-11-25/);
  assert.equal(rows.length, 2);
  assert.match(rows[0] ?? '', /^help\/typo\.yaml\s+Typo Aid\s+phone \+1 555 0100\s+checked: "last spring" is not a date$/);
  assert.match(rows[1] ?? '', /^help\/old\.yaml\s+Old Aid\s+telegram @old_aid\s+checked 2020-04-21\s+2409 days ago$/);
  // The same directory built a day after the fresh check of every contact: one line, none listed.
  const checkedNow = contacts.map((c) => ({ ...c, checked: '2026-11-24' }));
  assert.deepEqual(unverifiedReport(contactStatuses(checkedNow, built), built), [
    "all 4 help contacts were checked on the organisation's own page within 90 days of 2026-11-25",
  ]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHECK_DOCUMENTS,
  CHECK_WANTED,
  countrySituations,
  itemsFor,
  matches,
  parseProfile,
  profileFragment,
  profileFromFields,
  profileFromFragment,
  serialiseProfile,
  threatsFor,
  whereIs,
  type Profile,
} from './profile';
import { TOPIC_ITEMS } from '../data/situation-topics';

const COUNTRIES = ['kazakhstan', 'kyrgyzstan', 'georgia', 'turkey'];
const TODAY = new Date(Date.UTC(2026, 10, 26));

test('a profile survives storage and the fragment unchanged', () => {
  const profile: Profile = {
    country: 'kazakhstan',
    travel: ['georgia', 'turkey'],
    wanted: 'interstate',
    military: 'deserted',
    roles: ['journalist', 'ngo'],
    helping: 'no',
    documents: { passport: '2027-03-01', permit: '2026-12-31' },
  };
  assert.deepEqual(parseProfile(serialiseProfile(profile), COUNTRIES), profile);
  assert.deepEqual(profileFromFragment(profileFragment(profile), COUNTRIES), profile);
  assert.match(profileFragment(profile), /^#profile&v=1&country=kazakhstan&travel=georgia,turkey&/);
});

test('"I don\'t know" and "I\'d rather not say" are kept as answers', () => {
  const profile: Profile = { country: 'private', travel: 'unknown', wanted: 'unknown', roles: 'private', documents: 'unknown' };
  assert.deepEqual(parseProfile(serialiseProfile(profile), COUNTRIES), profile);
});

test('bad input gives no profile at all, never part of one', () => {
  const good = serialiseProfile({ country: 'kazakhstan', wanted: 'interpol' });
  for (const raw of [
    null,
    '',
    '{"v":1}', // someone else's JSON
    good.replace('v=1', 'v=2'), // a future format
    good.replace('kazakhstan', 'atlantis'), // an unknown country
    good.replace('interpol', 'maybe'),
    good + '&travel=georgia,narnia',
    good + '&passport=2027-02-30', // not a calendar day
    good + '&passport=soon',
    good + '&documents=unknown&passport=2027-01-01', // contradicts itself
    good + '&roles=activist,spy',
    good + '&colour=red', // a field this site never wrote
    'v=1', // nothing answered
    'v=1&' + 'x'.repeat(3000), // far too long
    '%E0%A4%A', // malformed escape
  ]) {
    assert.equal(parseProfile(raw, COUNTRIES), undefined, String(raw).slice(0, 60));
  }
  assert.equal(profileFromFragment('#for-wanted', COUNTRIES), undefined, 'an ordinary anchor is not a profile');
  assert.equal(profileFromFragment('#profile&v=1&wanted=%', COUNTRIES), undefined);
});

test('a form becomes a profile with only what was answered; "rather not say" wins over ticks', () => {
  const form: Record<string, string[]> = {
    country: ['kyrgyzstan'],
    travel: ['georgia', 'private'],
    wanted: [''],
    roles: ['none'],
    helping: ['yes'],
    documents: ['dates'],
    passport: ['2027-01-15'],
    internal: [''],
  };
  assert.deepEqual(
    profileFromFields((name) => form[name] ?? [], COUNTRIES),
    { country: 'kyrgyzstan', travel: 'private', roles: [], helping: 'yes', documents: { passport: '2027-01-15' } },
  );
  assert.equal(
    profileFromFields(() => [], COUNTRIES),
    undefined,
    'an empty form stores nothing',
  );
  assert.equal(
    profileFromFields((n) => (n === 'country' ? ['atlantis'] : []), COUNTRIES),
    undefined,
  );
});

test('nothing answered, "no", "I\'d rather not say": no advice at all', () => {
  for (const profile of [
    { wanted: 'no', military: 'no', roles: [], helping: 'no' },
    { wanted: 'private', military: 'private', roles: 'private', helping: 'private', documents: 'private' },
    { military: 'registered' }, // on the military register: no country advice speaks to this alone
    { country: 'kazakhstan' },
  ] satisfies Profile[]) {
    assert.deepEqual(matches(profile, TODAY), [], JSON.stringify(profile));
  }
});

test('"I don\'t know" shows only the step that finds out', () => {
  const found = matches({ wanted: 'unknown', documents: 'unknown' }, TODAY);
  assert.deepEqual(itemsFor(found, TOPIC_ITEMS), [CHECK_WANTED, CHECK_DOCUMENTS]);
  assert.deepEqual(countrySituations(found, 'none'), [], 'no country "if you are wanted" steps for someone who does not know');
});

test('each wanted listing brings its own threats, the interstate list the cameras', () => {
  const threats = (wanted: Profile['wanted']) => threatsFor(matches({ wanted }, TODAY)).map((t) => t.threat);
  assert.ok(threats('interstate').includes('facial-recognition'));
  assert.ok(!threats('interpol').includes('facial-recognition'));
  assert.ok(threats('interpol').includes('interpol-wanted-lists'));
  assert.ok(!threats('federal').includes('interpol-wanted-lists'), 'a federal listing is not an Interpol notice');
  assert.deepEqual(threatsFor(matches({ wanted: 'interstate' }, TODAY))[0], { threat: 'interpol-wanted-lists', reason: 'wanted-interstate' });
});

test('country steps: the situations the answers support, "if you live here" only where the reader is', () => {
  const profile: Profile = { country: 'kazakhstan', wanted: 'interpol', military: 'evaded', helping: 'yes', roles: ['lawyer'] };
  const found = matches(profile, TODAY);
  assert.deepEqual(countrySituations(found, whereIs(profile, 'kazakhstan')), ['wanted', 'mobilisation', 'helping', 'living']);
  assert.deepEqual(countrySituations(found, whereIs(profile, 'georgia')), ['wanted', 'mobilisation', 'helping']);
  assert.deepEqual(
    found.map((m) => m.topic),
    ['wanted', 'mobilisation', 'activists', 'helping'],
  );
});

test('where: here, travel or neither', () => {
  const profile: Profile = { country: 'kazakhstan', travel: ['turkey'] };
  assert.equal(whereIs(profile, 'kazakhstan'), 'here');
  assert.equal(whereIs(profile, 'turkey'), 'travel');
  assert.equal(whereIs(profile, 'georgia'), 'none');
  assert.equal(whereIs({ travel: 'private' }, 'turkey'), 'none');
});

test('documents count as expiring within six months, or when already expired, and not later', () => {
  const topics = (documents: Profile['documents']) => matches({ documents }, TODAY).map((m) => m.reason);
  assert.deepEqual(topics({ passport: '2027-05-26' }), ['documents-soon'], 'six months from today');
  assert.deepEqual(topics({ passport: '2027-05-27' }), [], 'one day later');
  assert.deepEqual(topics({ internal: '2020-01-01' }), ['documents-soon'], 'expired');
  assert.deepEqual(topics({ passport: '2030-01-01', permit: '2026-12-01' }), ['documents-soon'], 'any one document');
  assert.deepEqual(topics({}), []);
});

test('items of several situations are listed once', () => {
  const found = matches({ wanted: 'interpol', military: 'deserted' }, TODAY);
  const items = itemsFor(found, TOPIC_ITEMS);
  assert.equal(new Set(items).size, items.length);
  assert.ok(items.includes('before-travel/deserters-get-specialist-help'));
  assert.equal(items[0], CHECK_WANTED);
});

test('every threat an answer brings is a threat page of the guide', async () => {
  const { readdirSync } = await import('node:fs');
  const threats = readdirSync(new URL('../../content/threats/en/', import.meta.url)).map((f) => f.replace(/\.mdx?$/, ''));
  const { TOPICS, topicThreats } = await import('./profile');
  for (const topic of TOPICS) for (const threat of topicThreats(topic)) assert.ok(threats.includes(threat), `${topic}: ${threat}`);
  assert.deepEqual(topicThreats('documents'), ['expiring-documents', 'deportation']);
});

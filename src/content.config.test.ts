/** The schema's refusals, as a maintainer meets them: each names the field and the fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collections } from './content.config';

/** A registry entry, content/sources/s1.yaml. */
const source = { publisher: 'RFE/RL', title: 'A title', date: '2023-06', url: 'https://www.rferl.org/a/x.html', lang: 'en' };
const country = () => ({
  title: 'Testland',
  summary: 'Summary.',
  reviewed: new Date(Date.UTC(2026, 0, 1)),
  risk: { level: 'high', reason: 'Reason.', sources: ['s1'] },
  bottomLine: { text: ['Short.'], sources: ['s1'] },
  inShort: 'In short.',
  firstStep: { checklist: 'documents', item: 'check-passport-expiry' },
  card: { text: ['A line for the card.'], sources: ['s1'] },
  situations: [{ for: 'living', steps: [{ text: 'One.' }, { text: 'Two.' }, { checklist: 'documents', item: 'check-passport-expiry' }] }],
  actions: [{ checklist: 'documents' }],
  ratings: [{ threat: 'extradition', level: 'severe', reason: 'Reason.', sources: ['s1'] }],
  sources: ['s1'],
});

function issues(schema: any, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i: any) => `${i.path.join('.')}: ${i.message}`);
}
const countrySchema = (collections.countries as any).schema;
const sourceSchema = (collections.sources as any).schema;

test('a valid country passes', () => {
  assert.deepEqual(issues(countrySchema, country()), []);
});

test('the advice stays short and names what to fix', () => {
  const long = 'x'.repeat(161);
  const out = [
    ...issues(countrySchema, { ...country(), bottomLine: { text: ['One.', 'Two.', 'Three.'] } }),
    ...issues(countrySchema, { ...country(), bottomLine: { text: [long] } }),
    ...issues(countrySchema, { ...country(), inShort: 'y'.repeat(91) }),
    ...issues(countrySchema, { ...country(), situations: [{ for: 'living', steps: [{ text: 'One.' }, { text: 'Two.' }] }] }),
    ...issues(countrySchema, { ...country(), situations: [{ for: 'tourist', steps: [{ text: 'One.' }, { text: 'Two.' }, { text: 'Three.' }] }] }),
    ...issues(countrySchema, { ...country(), firstStep: { checklist: 'documents' } }),
    ...issues(countrySchema, { ...country(), firstStep: { item: 'check-passport-expiry' } }),
    ...issues(countrySchema, { ...country(), card: { text: ['One.', 'Two.', 'Three.', 'Four.'], sources: ['s1'] } }),
    ...issues(countrySchema, { ...country(), card: { text: ['z'.repeat(121)], sources: ['s1'] } }),
    ...issues(countrySchema, { ...country(), card: undefined }),
  ];
  const expected = [
    'bottomLine.text: keep the bottom line to two short sentences',
    'bottomLine.text.0: is 161 characters long; keep it to one short sentence of at most 160, or split it',
    'inShort: is 91 characters long; keep it to 90 or fewer',
    'situations.0.steps: give at least 3 steps',
    'situations.0.for: "tourist" is not a situation: use one of wanted, mobilisation, living, helping',
    'firstStep.text: write the step as `text`, or point to a checklist `item`',
    'firstStep.checklist: an `item` needs the `checklist` it belongs to',
    'card.text: keep the pocket card to 3 lines: it must fit one A6 page',
    'card.text.0: is 121 characters long; a pocket card line has at most 120: shorten it',
    'card: is missing: add `card:` with `text:`',
  ];
  for (const e of expected)
    assert.ok(
      out.some((m) => m.startsWith(e)),
      `${e}\n${out.join('\n')}`,
    );
});

test('a country page without sources is refused', () => {
  const out = issues(countrySchema, { ...country(), sources: [] });
  assert.ok(
    out.some((m) => m.startsWith('sources: a page stating facts needs at least one source')),
    out.join('\n'),
  );
  assert.ok(issues(countrySchema, { ...country(), sources: undefined }).some((m) => m.startsWith('sources')));
});

test('a source without a date or with a malformed URL is refused', () => {
  assert.deepEqual(issues(sourceSchema, source), []);
  const { date: _d, ...undated } = source;
  assert.ok(issues(sourceSchema, undated).some((m) => m.startsWith('date')));
  assert.ok(issues(sourceSchema, { ...source, url: 'rferl.org/a' }).some((m) => m.includes('start it with https://')));
});

test('a page lists each source once, by id', () => {
  assert.deepEqual(issues(countrySchema, { ...country(), sources: ['s1', 's1'] }), ['sources: source "s1" is listed twice: list each source once']);
  assert.ok(issues(countrySchema, { ...country(), sources: [source] }).some((m) => m.startsWith('sources.0')));
});

test('a source has its headline, or is marked described with a description in every language', () => {
  const { title: _t, ...untitled } = source;
  assert.deepEqual(issues(sourceSchema, { ...untitled, described: true, description: { en: 'A report.', ru: 'Материал.' } }), []);
  assert.deepEqual(issues(sourceSchema, untitled), [
    "title: is missing: write the publisher's headline, or, if you have none, `described: true` and a `description` in every language",
  ]);
  assert.deepEqual(issues(sourceSchema, { ...source, title: 'A report (description; the headline is not in the copies we read)' }), [
    'title: holds a description note: write `described: true` and the text as `description` in every language; the site adds the note',
  ]);
  assert.deepEqual(issues(sourceSchema, { ...source, described: true, description: { en: 'A report.', ru: 'Материал.' } }), [
    'title: a described source has no headline: remove `title`, or remove `described` if you found the headline',
  ]);
  assert.deepEqual(issues(sourceSchema, { ...untitled, described: true }), [
    'description: is missing: say in every language what the piece is, since its headline is not known',
  ]);
  assert.ok(issues(sourceSchema, { ...untitled, described: true, description: { en: 'A report.' } }).some((m) => m.startsWith('description.ru')));
});

test('a publisher and a copy’s label are one text or one per language', () => {
  assert.deepEqual(issues(sourceSchema, { ...source, publisher: { en: 'Meduza', ru: '«Медуза»' } }), []);
  assert.ok(issues(sourceSchema, { ...source, publisher: { en: 'Meduza' } }).length > 0);
  assert.deepEqual(issues(sourceSchema, { ...source, mirror: 'https://mirror.example/x', via: { en: 'mirror copy', ru: 'зеркало' } }), []);
  assert.deepEqual(issues(sourceSchema, { ...source, mirror: 'https://mirror.example/x' }), [
    'mirror: needs a label: add `via:` saying what the copy is, e.g. "mirror copy" or "republished by Bishkek Herald"',
  ]);
  assert.ok(issues(sourceSchema, { ...source, lang: 'Russian' }).some((m) => m.startsWith('lang: write the language of the piece as two letters')));
});

test('an unknown rating names the allowed levels', () => {
  const c = country();
  c.ratings[0]!.level = 'very high';
  const out = issues(countrySchema, c);
  assert.ok(
    out.some((m) => m === 'ratings.0.level: "very high" is not a rating: use one of severe, high, elevated, low, unknown'),
    out.join('\n'),
  );
});

test('a misspelt field is refused rather than ignored', () => {
  const out = issues(countrySchema, { ...country(), reviewd: '2026-01-01' });
  assert.ok(out.length > 0 && out.some((m) => m.includes('reviewd')), out.join('\n'));
});

test('a review date in the future is refused', () => {
  const out = issues(countrySchema, { ...country(), reviewed: new Date(Date.UTC(2099, 0, 1)) });
  assert.ok(
    out.some((m) => m.startsWith('reviewed: 2099-01-01 is in the future')),
    out.join('\n'),
  );
});

test('a TODO marker left by the scaffold blocks publication, named by field, before any format error', () => {
  const out = issues(countrySchema, { ...country(), summary: 'TODO: one sentence', sources: ['TODO-id'] });
  assert.deepEqual(out, ['front matter: still contains TODO markers from the scaffold in summary, sources.0: replace each with real, sourced text']);
  assert.deepEqual(issues(sourceSchema, { ...source, date: 'TODO 2026' }), [
    'front matter: still contains TODO markers from the scaffold in date: replace each with real, sourced text',
  ]);
});

test('a source date is a partial date or n.d., and says so when it is neither', () => {
  assert.deepEqual(issues(sourceSchema, { ...source, date: 'n.d.' }), []);
  const out = issues(sourceSchema, { ...source, date: 'last June' });
  assert.deepEqual(out, ['date: "last June" is not a date: write 2023-06-02, 2023-06 or 2023, or "n.d." if the page shows no date']);
});

test('duplicate checklist item ids are refused', () => {
  const item = { id: 'same', priority: 'essential', action: 'Do', why: 'Because', how: ['Step'] };
  const out = issues((collections.checklists as any).schema, {
    title: 'T',
    summary: 'S',
    audience: 'A',
    order: 1,
    version: new Date(Date.UTC(2026, 0, 1)),
    items: [item, item],
  });
  assert.ok(
    out.some((m) => m.includes('item id "same" is used twice')),
    out.join('\n'),
  );
});

const incidentSchema = (collections.incidents as any).schema;
const incident = () => ({
  id: 'testland-2023-one',
  date: '2023-06',
  place: { en: 'Almaty airport', ru: 'аэропорт Алматы' },
  kind: 'detention',
  groups: ['journalist'],
  basis: ['interstate-list'],
  outcome: 'released',
  text: { en: 'What happened.', ru: 'Что произошло.' },
  sources: ['s1'],
});

test('an incident date is kept at the precision written', () => {
  const result = incidentSchema.safeParse({ incidents: [incident()] });
  assert.equal(result.data.incidents[0].date, '2023-06');
});

test('an incident names a wrong value with the vocabulary, a missing language and a repeated id', () => {
  const out = issues(incidentSchema, {
    incidents: [
      { ...incident(), kind: 'kidnapping', basis: ['treaty'] },
      { ...incident(), place: { en: 'Almaty' }, text: { en: 'Only English.' } },
      { ...incident(), groups: [] },
    ],
  });
  out.push(...issues(incidentSchema, { incidents: [incident(), incident()] }));
  assert.ok(
    out.some((m) => m.startsWith('incidents.0.kind: "kidnapping" is not a kind of incident: use one of extradition-request,')),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m.startsWith('incidents.0.basis.0: "treaty" is not a legal basis: use one of interstate-list,')),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m.startsWith('incidents.1.place: write the place in every language')),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m.startsWith('incidents.1.text.ru: is missing: write the text in every language (en, ru)')),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m === 'incidents.2.groups: name at least one group, or write [unknown]'),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m.includes('incident id "testland-2023-one" is used twice')),
    out.join('\n'),
  );
});

test('a country file that still has a timeline is told where incidents live now', () => {
  const out = issues(countrySchema, { ...country(), timeline: [{ date: '2023-06', text: 'T', sources: ['s1'] }] });
  assert.ok(
    out.some((m) => m.startsWith('timeline: the timeline now lives in content/incidents/')),
    out.join('\n'),
  );
});

test('a case at a crossing points to an incident record, or is written out in every language with date and sources', () => {
  const emergencySchema = (collections.emergency as any).schema;
  const steps = (cases: unknown[]) => ({
    reviewed: new Date(Date.UTC(2026, 0, 1)),
    crossings: [{ name: { en: 'Airport', ru: 'Аэропорт' }, kind: 'airport', cases }],
    sources: ['s1'],
  });
  assert.deepEqual(issues(emergencySchema, steps([{ incident: 'testland-2023-one' }, { date: '2023', en: 'E.', ru: 'Р.', sources: ['s1'] }])), []);
  const out = issues(
    emergencySchema,
    steps([
      { incident: 'testland-2023-one', en: 'Told again.' },
      { date: '2023', en: 'E.' },
    ]),
  );
  assert.ok(
    out.includes('crossings.0.cases.0.en: a case that points to incident "testland-2023-one" takes its en from the record: remove `en`'),
    out.join('\n'),
  );
  assert.ok(out.includes('crossings.0.cases.1.ru: write what happened in `ru`, or point to an incident record with `incident: <id>`'), out.join('\n'));
  assert.ok(
    out.some((m) => m.startsWith('crossings.0.cases.1.sources: list at least one source id')),
    out.join('\n'),
  );
});

test('a threat case is written out or points to an incident record, never half of each', () => {
  const threatSchema = (collections.threats as any).schema;
  const threat = (cases: unknown[]) => ({
    title: 'T',
    summary: 'S.',
    order: 1,
    short: 'T',
    reviewed: new Date(Date.UTC(2026, 0, 1)),
    cases,
    sources: ['s1'],
  });
  assert.deepEqual(issues(threatSchema, threat([{ incident: 'testland-2023-one' }, { date: '2023', text: 'T.', sources: ['s1'] }])), []);
  const out = issues(threatSchema, threat([{ incident: 'testland-2023-one', text: 'Also written.' }, { date: '2023' }]));
  assert.ok(out.includes('cases.0.text: a case that points to incident "testland-2023-one" takes its text from the record: remove `text`'), out.join('\n'));
  assert.ok(out.includes('cases.1.text: write what happened, or point to an incident record with `incident: <id>`'), out.join('\n'));
  assert.ok(
    out.some((m) => m.startsWith('cases.1.sources: list at least one source id')),
    out.join('\n'),
  );
});

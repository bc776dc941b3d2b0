import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEmergency, checkHelp, checkIncidents, checkIntegrity, checkSources, formatProblems, type EntryInfo, type PublishedIds } from './integrity';

const item = (id: string, threats: string[] = []) => ({ id, priority: 'essential' as const, action: 'a', why: 'w', how: ['h'], threats, sources: [] });

function site(): EntryInfo[] {
  const entries: EntryInfo[] = [];
  for (const lang of ['en', 'ru']) {
    entries.push(
      {
        collection: 'countries',
        lang,
        slug: 'testland',
        file: `content/countries/${lang}/testland.mdx`,
        data: {
          risk: { level: 'high', reason: 'r', sources: ['s1'] },
          actions: [{ checklist: 'list', item: 'one' }],
          firstStep: { checklist: 'list', item: 'one', sources: [] },
          situations: [
            {
              for: 'wanted',
              steps: [
                { text: 't', sources: ['s1'] },
                { checklist: 'list', item: 'one', sources: [] },
              ],
            },
          ],
          ratings: [{ threat: 'cams', level: 'high', reason: 'r', sources: ['s1'] }],
          legal: [],
          help: [],
          sources: ['s1'],
        },
        body: 'Text <Cite id="s1" />',
      },
      { collection: 'threats', lang, slug: 'cams', file: `content/threats/${lang}/cams.mdx`, data: { cases: [], sources: ['s1'] }, body: '' },
      {
        collection: 'checklists',
        lang,
        slug: 'list',
        file: `content/checklists/${lang}/list.mdx`,
        data: { items: [item('one', ['cams']), item('two')], retired: [], sources: [] },
        body: '',
      },
    );
  }
  return entries;
}
const published = { list: ['one', 'two'] };
const find = (entries: EntryInfo[], file: string) => entries.find((e) => e.file === file)!;
const messages = (entries: EntryInfo[], pub: PublishedIds = published) =>
  checkIntegrity(entries, pub).map((p) => `${p.file} ${p.field}: ${p.message} | ${p.fix}`);

test('a consistent site has no problems', () => {
  assert.deepEqual(messages(site()), []);
});

test('a page without its counterpart in the other language names the missing file', () => {
  const entries = site().filter((e) => e.file !== 'content/threats/ru/cams.mdx');
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.includes('content/threats/en/cams.mdx (file): has no Russian counterpart | create content/threats/ru/cams.mdx')),
    out.join('\n'),
  );
});

test('a rating of a threat that does not exist is named with the valid choices', () => {
  const entries = site();
  find(entries, 'content/countries/en/testland.mdx').data.ratings![0]!.threat = 'camz';
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.includes('ratings[0].threat: refers to threat "camz"') && m.includes('use one of: cams')),
    out.join('\n'),
  );
});

test('a dangling checklist item reference is named', () => {
  const entries = site();
  find(entries, 'content/countries/ru/testland.mdx').data.actions![0]!.item = 'three';
  assert.ok(messages(entries).some((m) => m.includes('actions[0].item: refers to item "three"')));
});

test('steps of advice name a dangling checklist item, an unlisted source and situations that differ between languages', () => {
  const entries = site();
  find(entries, 'content/countries/en/testland.mdx').data.situations![0]!.steps![1]!.item = 'three';
  find(entries, 'content/countries/en/testland.mdx').data.firstStep!.sources = ['s9'];
  find(entries, 'content/countries/ru/testland.mdx').data.situations![0]!.for = 'living';
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.includes('situations[0].steps[1].item: refers to item "three", which is not in checklist "list"')),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m.includes('en/testland.mdx firstStep.sources: cites source "s9"')),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m.includes('ru/testland.mdx situations: covers situations "living" but the English page covers "wanted"')),
    out.join('\n'),
  );
});

test('a citation of a source that is not listed is named, in the body and in front matter', () => {
  const entries = site();
  const country = find(entries, 'content/countries/en/testland.mdx');
  country.body = 'Text <Cite id="s2" />';
  country.data.legal = [{ name: 'n', text: 't', sources: ['s9'] }];
  country.data.help = [{ name: 'n', url: 'https://example.org', text: 't', sources: ['s8'] }];
  const out = messages(entries);
  assert.ok(out.some((m) => m.includes('body <Cite>: cites source "s2"')));
  assert.ok(out.some((m) => m.includes('legal[0].sources: cites source "s9"')));
  assert.ok(out.some((m) => m.includes('help[0].sources: cites source "s8"')));
});

test('languages that disagree on a rating are refused', () => {
  const entries = site();
  find(entries, 'content/countries/ru/testland.mdx').data.ratings![0]!.level = 'low';
  assert.ok(messages(entries).some((m) => m.includes('ratings[0].level: rates "cams" as "low" but the English page says "high"')));
});

test('a rating other than unknown needs a source', () => {
  const entries = site();
  for (const lang of ['en', 'ru']) find(entries, `content/countries/${lang}/testland.mdx`).data.ratings![0]!.sources = [];
  assert.ok(messages(entries).some((m) => m.includes('without a source')));
});

test('checklist item ids must match across languages', () => {
  const entries = site();
  find(entries, 'content/checklists/ru/list.mdx').data.items![1]!.id = 'dva';
  const out = messages(entries, { list: ['one', 'two', 'dva'] });
  assert.ok(
    out.some((m) => m.includes('item ids differ from the English checklist; missing here: two; only here: dva')),
    out.join('\n'),
  );
});

test('a published item id that disappears (renamed away) must be retired', () => {
  const entries = site();
  for (const lang of ['en', 'ru']) find(entries, `content/checklists/${lang}/list.mdx`).data.items![1]!.id = 'two-renamed';
  const out = messages(entries, { list: ['one', 'two', 'two-renamed'] });
  assert.ok(
    out.some((m) => m.includes('item "two" was published before and is gone') && m.includes('retired')),
    out.join('\n'),
  );
  for (const lang of ['en', 'ru']) find(entries, `content/checklists/${lang}/list.mdx`).data.retired = ['two'];
  assert.deepEqual(messages(entries, { list: ['one', 'two', 'two-renamed'] }), []);
});

test('a retired id may not be reused', () => {
  const entries = site();
  for (const lang of ['en', 'ru']) find(entries, `content/checklists/${lang}/list.mdx`).data.retired = ['two'];
  assert.ok(messages(entries).some((m) => m.includes('reuses the retired id "two"')));
});

test('a checklist missing from the published ids is named with the command that records it', () => {
  const out = messages(site(), {});
  assert.ok(
    out.some((m) =>
      m.includes(
        'content/checklists/en/list.mdx (file): checklist "list" is not recorded in content/checklists/published-ids.json | run `npm run content:ids`',
      ),
    ),
    out.join('\n'),
  );
});

test('new ids must be recorded so they are protected from then on', () => {
  assert.ok(messages(site(), { list: ['one'] }).some((m) => m.includes('item "two" is new') && m.includes('npm run content:ids')));
});

test('languages that disagree on the overall risk are refused', () => {
  const entries = site();
  find(entries, 'content/countries/ru/testland.mdx').data.risk!.level = 'elevated';
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.includes('content/countries/ru/testland.mdx risk.level: is "elevated" but the English page says "high"')),
    out.join('\n'),
  );
});

test('a threat rated twice on one page is refused', () => {
  const entries = site();
  const country = find(entries, 'content/countries/en/testland.mdx');
  country.data.ratings!.push({ ...country.data.ratings![0]!, level: 'low' });
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.includes('content/countries/en/testland.mdx ratings[1].threat: rates threat "cams" twice')),
    out.join('\n'),
  );
});

test('checklist items in another order than the English checklist are refused', () => {
  const entries = site();
  find(entries, 'content/checklists/ru/list.mdx').data.items!.reverse();
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.includes('content/checklists/ru/list.mdx items: lists the items in a different order')),
    out.join('\n'),
  );
});

test("a threat's case in a country that does not exist is named with the valid choices", () => {
  const entries = site();
  find(entries, 'content/threats/ru/cams.mdx').data.cases = [{ date: '2024', text: 't', country: 'nowhere', sources: ['s1'] }];
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.includes('content/threats/ru/cams.mdx cases[0].country: refers to country "nowhere"') && m.includes('use one of: testland')),
    out.join('\n'),
  );
});

test('an update about a country that does not exist is named with the valid choices', () => {
  const entries = site();
  for (const lang of ['en', 'ru']) {
    entries.push({
      collection: 'updates',
      lang,
      slug: 'news',
      file: `content/updates/${lang}/news.mdx`,
      data: { countries: [lang === 'en' ? 'testland' : 'nowhere'], threats: ['cams'], sources: ['s1'] },
      body: '',
    });
  }
  const out = messages(entries);
  assert.deepEqual(
    out.filter((m) => m.includes('updates/')),
    ['content/updates/ru/news.mdx countries[0]: refers to country "nowhere", which does not exist in content/countries/ru/ | use one of: testland'],
  );
});

test('every field that refers to a source, threat or checklist is checked', () => {
  const update = (lang: string): EntryInfo => ({
    collection: 'updates',
    lang,
    slug: 'news',
    file: `content/updates/${lang}/news.mdx`,
    data: { countries: ['testland'], threats: ['cams'], sources: ['s1'] },
    body: '',
  });
  const cases: [string, (entries: EntryInfo[]) => void, string][] = [
    ['content/countries/en/testland.mdx', (x) => (find(x, 'content/countries/en/testland.mdx').data.risk!.sources = ['s9']), 'risk.sources: cites source "s9"'],
    [
      'content/countries/en/testland.mdx',
      (x) => (find(x, 'content/countries/en/testland.mdx').data.ratings![0]!.sources = ['s9']),
      'ratings[0].sources: cites source "s9"',
    ],
    [
      'content/countries/en/testland.mdx',
      (x) => (find(x, 'content/countries/en/testland.mdx').data.actions![0]!.checklist = 'nolist'),
      'actions[0].checklist: refers to checklist "nolist"',
    ],
    [
      'content/countries/en/testland.mdx',
      (x) => (find(x, 'content/countries/en/testland.mdx').data.bottomLine = { text: ['t'], sources: ['s9'] }),
      'bottomLine.sources: cites source "s9"',
    ],
    [
      'content/countries/en/testland.mdx',
      (x) => (find(x, 'content/countries/en/testland.mdx').data.firstStep = { text: 't', checklist: 'nolist', sources: [] }),
      'firstStep.checklist: refers to checklist "nolist"',
    ],
    [
      'content/countries/en/testland.mdx',
      (x) => (find(x, 'content/countries/en/testland.mdx').data.card = { text: ['t'], sources: ['s9'] }),
      'card.sources: cites source "s9"',
    ],
    [
      'content/threats/en/cams.mdx',
      (x) => (find(x, 'content/threats/en/cams.mdx').data.cases = [{ date: '2024', text: 't', country: 'testland', sources: ['s9'] }]),
      'cases[0].sources: cites source "s9"',
    ],
    ['content/updates/en/news.mdx', (x) => (find(x, 'content/updates/en/news.mdx').data.threats = ['nothreat']), 'threats[0]: refers to threat "nothreat"'],
    [
      'content/checklists/en/list.mdx',
      (x) => (find(x, 'content/checklists/en/list.mdx').data.items![0]!.threats = ['nothreat']),
      'items[0].threats[0]: refers to threat "nothreat"',
    ],
    [
      'content/checklists/en/list.mdx',
      (x) => (find(x, 'content/checklists/en/list.mdx').data.items![0]!.sources = ['s9']),
      'items[0].sources: cites source "s9"',
    ],
  ];
  for (const [file, breakIt, expected] of cases) {
    const entries = [...site(), update('en'), update('ru')];
    assert.deepEqual(messages(entries), [], 'the unbroken site is consistent');
    breakIt(entries);
    const out = messages(entries);
    assert.ok(
      out.some((m) => m.startsWith(`${file} ${expected}`)),
      `${expected}\n${out.join('\n')}`,
    );
  }
});

test("a country body that repeats the page's own Overview heading is refused, in each language", () => {
  const entries = site();
  find(entries, 'content/countries/en/testland.mdx').body = '## Overview\n\nText <Cite id="s1" />';
  find(entries, 'content/countries/ru/testland.mdx').body = '## Коротко\n\nТекст <Cite id="s1" />';
  const out = messages(entries);
  assert.ok(
    out.some((m) => m.startsWith('content/countries/en/testland.mdx body: has a heading "Overview"')),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) => m.startsWith('content/countries/ru/testland.mdx body: has a heading "Коротко"')),
    out.join('\n'),
  );
  // Other headings, and the word inside a sentence, are fine.
  find(entries, 'content/countries/en/testland.mdx').body = '## Overview of the law\n\nAn overview <Cite id="s1" />';
  assert.ok(!messages(entries).some((m) => m.includes('content/countries/en/testland.mdx body')));
});

test('the report lists file, field and fix for each problem', () => {
  const text = formatProblems([{ file: 'f.mdx', field: 'x', message: 'is wrong', fix: 'do y' }]);
  assert.match(text, /1 problem:\n  f\.mdx\n    x: is wrong\n    fix: do y/);
});

const helpEntry = (data: Record<string, unknown>) => ({
  slug: 'org',
  file: 'content/help/org.yaml',
  data: { web: 'https://org.example', countries: ['kyrgyzstan'], channels: [], ...data },
});

test('a help entry for a country without a page names the choices, and "region" is allowed', () => {
  const problems = checkHelp([helpEntry({ countries: ['kirgizia', 'region'] })], ['kyrgyzstan', 'armenia']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/help/org.yaml');
  assert.equal(problems[0]!.field, 'countries[0]');
  assert.match(problems[0]!.fix, /armenia, kyrgyzstan, or `region`/);
});

test("a contact taken from someone else's page is refused; the organisation's own pages are fine", () => {
  const channels = [
    { kind: 'phone', value: '+996 312 000000', source: 'https://news.example/article', checked: new Date() },
    { kind: 'phone', value: '+996 312 111111', source: 'https://www.org.example/contacts', checked: new Date() },
    { kind: 'telegram', value: '@org_bot', source: 'https://help.other.example/', checked: new Date() },
  ];
  const problems = checkHelp([helpEntry({ channels, ownSites: ['other.example'] })], ['kyrgyzstan']);
  assert.deepEqual(
    problems.map((p) => p.field),
    ['channels[0].source'],
  );
  assert.match(problems[0]!.message, /not the organisation's own site/);
  assert.match(problems[0]!.fix, /ownSites/);
});

test('emergency steps must belong to a country and cite their own sources', () => {
  const problems = checkEmergency(
    [
      {
        slug: 'kirgizia',
        file: 'content/emergency/kirgizia.yaml',
        data: { sources: ['a'], clocks: [{ en: 'e', ru: 'r', sources: ['a', 'b'] }], card: [{ en: 'e', ru: 'r', sources: ['c'] }] },
      },
    ],
    ['kyrgyzstan'],
  );
  assert.deepEqual(
    problems.map((p) => p.field),
    ['(file)', 'clocks[0].sources', 'card[0].sources'],
  );
  assert.match(problems[0]!.fix, /kyrgyzstan/);
  assert.match(problems[1]!.message, /"b"/);
});

/** Emergency steps for testland with the given clock fields and nothing else to find fault with. */
const clockProblems = (data: Record<string, unknown>) =>
  checkEmergency([{ slug: 'testland', file: 'content/emergency/testland.yaml', data: { sources: ['s1'], ...data } }], ['testland']);

test('emergency steps without clocks and without a clocksNotFound note fail, naming the file, the field and both fixes', () => {
  // The YAML schema turns a missing `clocks:` into [], so an empty list is the same gap.
  for (const data of [{}, { clocks: [] }]) {
    const problems = clockProblems(data);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0]!.file, 'content/emergency/testland.yaml');
    assert.equal(problems[0]!.field, 'clocks');
    assert.match(problems[0]!.message, /neither `clocks` nor `clocksNotFound`/);
    assert.match(problems[0]!.fix, /`clocks`.*`clocksNotFound` note in en, ru/);
  }
  assert.deepEqual(clockProblems({ clocks: [{ en: 'e', ru: 'r', sources: ['s1'] }] }), []);
  assert.deepEqual(clockProblems({ clocksNotFound: { en: 'e', ru: 'r' } }), []);
});

/** Emergency steps for testland with one crossing showing `cases`; incident files as the build reads them. */
const crossingProblems = (cases: unknown[], incidents = [incidentFile(), incidentFile('otherland', [{ id: 'otherland-2024-one', sources: ['s1'] }])]) =>
  checkEmergency(
    [
      {
        slug: 'testland',
        file: 'content/emergency/testland.yaml',
        data: {
          sources: ['s1'],
          clocksNotFound: { en: 'e', ru: 'r' },
          crossings: [{ name: { en: 'A', ru: 'А' }, kind: 'airport', cases }],
        } as any,
      },
    ],
    ['testland', 'otherland'],
    incidents,
  ).map((p) => `${p.field}: ${p.message} | ${p.fix}`);

test("a crossing's cases may point to this country's incident records", () => {
  assert.deepEqual(crossingProblems([{ incident: 'testland-2024-one' }, { date: '2024', en: 'e', ru: 'r', sources: ['s1'] }]), []);
});

test("a crossing's case that points to an unknown incident names the field and this country's incident file", () => {
  const out = crossingProblems([{ incident: 'testland-2024-one' }, { incident: 'testland-2042-typo' }]);
  assert.equal(out.length, 1, out.join('\n'));
  assert.match(out[0]!, /^crossings\[0\]\.cases\[1\]\.incident: points to incident "testland-2042-typo", which no file in content\/incidents\/ has/);
  assert.match(out[0]!, /use the id of a record in content\/incidents\/testland\.yaml/);
});

test("a crossing's case shows only records of its own country", () => {
  const out = crossingProblems([{ incident: 'otherland-2024-one' }]);
  assert.deepEqual(
    out.map((m) => m.split(' | ')[0]),
    [
      'crossings[0].cases[0].incident: points to incident "otherland-2024-one", a record of content/incidents/otherland.yaml, not of content/incidents/testland.yaml',
    ],
  );
});

test("a crossing's case needs the record's sources, or its own, in the file's list", () => {
  const out = crossingProblems(
    [{ incident: 'testland-2024-two' }, { date: '2024', en: 'e', ru: 'r', sources: ['s1', 'gone'] }],
    [incidentFile('testland', [{ id: 'testland-2024-two', sources: ['s1', 'elsewhere'] }])],
  );
  assert.deepEqual(
    out.map((m) => m.split(' | ')[0]),
    [
      'crossings[0].cases[0].incident: shows incident "testland-2024-two", which cites source "elsewhere", not in this file\'s `sources`',
      'crossings[0].cases[1].sources: cites source "gone", which is not in this file\'s `sources`',
    ],
  );
  assert.match(out[0]!, /add `- elsewhere` to this file's `sources`/);
});

test('a help contact listed twice is named', () => {
  const phone = { kind: 'phone', value: '+996 312 111111', source: 'https://org.example/contacts', checked: new Date() };
  const problems = checkHelp([helpEntry({ channels: [phone, { ...phone }] })], ['kyrgyzstan']);
  assert.deepEqual(
    problems.map((p) => `${p.field}: ${p.message}`),
    ['channels[1]: lists the phone contact "+996 312 111111" twice'],
  );
});

/** A country's incident file as the build reads it, with one record citing the country's source. */
const incidentFile = (slug = 'testland', records: any[] = [{ id: `${slug}-2024-one`, sources: ['s1'] }], retired: string[] = []) => ({
  slug,
  file: `content/incidents/${slug}.yaml`,
  data: { incidents: records, retired },
});
const incidentProblems = (files: ReturnType<typeof incidentFile>[], pub: PublishedIds = { testland: ['testland-2024-one'] }, entries = site()) =>
  checkIncidents(files, entries, pub).map((p) => `${p.file} ${p.field}: ${p.message} | ${p.fix}`);

test('consistent incident records have no problems', () => {
  assert.deepEqual(incidentProblems([incidentFile()]), []);
});

test('incidents for a country without a page name the file and the countries there are', () => {
  const out = incidentProblems([incidentFile(), incidentFile('nowhere', [{ id: 'nowhere-2024-one', sources: [] }])], {
    testland: ['testland-2024-one'],
    nowhere: ['nowhere-2024-one'],
  });
  assert.ok(
    out.some((m) => m.startsWith('content/incidents/nowhere.yaml (file): is named "nowhere", which is not a country') && m.includes('testland')),
    out.join('\n'),
  );
});

test("an incident citing a source that a language's country page lacks names that page", () => {
  const entries = site();
  find(entries, 'content/countries/ru/testland.mdx').data.sources = ['s2'];
  const out = incidentProblems([incidentFile()], undefined, entries);
  assert.ok(
    out.some((m) =>
      m.startsWith(
        'content/incidents/testland.yaml incidents[0].sources: cites source "s1", which is not in the `sources` of content/countries/ru/testland.mdx',
      ),
    ),
    out.join('\n'),
  );
  assert.ok(!out.some((m) => m.includes('content/countries/en/testland.mdx')), out.join('\n'));
});

test('an incident id used in two files is refused', () => {
  const entries = [
    ...site(),
    ...site().map((e) => ({ ...e, slug: e.slug === 'testland' ? 'otherland' : e.slug, file: e.file.replace('testland', 'otherland') })),
  ];
  const out = incidentProblems(
    [incidentFile(), incidentFile('otherland', [{ id: 'testland-2024-one', sources: ['s1'] }])],
    { testland: ['testland-2024-one'] },
    entries,
  );
  assert.ok(
    out.some((m) =>
      m.startsWith('content/incidents/otherland.yaml incidents[0].id: uses the id "testland-2024-one", which content/incidents/testland.yaml already uses'),
    ),
    out.join('\n'),
  );
});

test('a published incident id may not disappear unless retired, nor be reused once retired', () => {
  const renamed = [incidentFile('testland', [{ id: 'testland-2024-renamed', sources: ['s1'] }])];
  const pub = { testland: ['testland-2024-one', 'testland-2024-renamed'] };
  assert.ok(
    incidentProblems(renamed, pub).some((m) => m.includes('incidents: incident "testland-2024-one" was published before and is gone') && m.includes('retired')),
  );
  assert.deepEqual(incidentProblems([incidentFile('testland', [{ id: 'testland-2024-renamed', sources: ['s1'] }], ['testland-2024-one'])], pub), []);
  const reused = incidentProblems([incidentFile('testland', [{ id: 'testland-2024-one', sources: ['s1'] }], ['testland-2024-one'])]);
  assert.ok(
    reused.some((m) => m.includes('incidents[0].id: reuses the retired id "testland-2024-one"')),
    reused.join('\n'),
  );
});

test('a new incident id must be recorded, and a deleted incident file is named', () => {
  const out = incidentProblems([
    incidentFile('testland', [
      { id: 'testland-2024-one', sources: ['s1'] },
      { id: 'testland-2025-two', sources: ['s1'] },
    ]),
  ]);
  assert.ok(
    out.some((m) => m.includes('incidents[1].id: incident "testland-2025-two" is new and not yet recorded | run `npm run content:ids`')),
    out.join('\n'),
  );
  const gone = incidentProblems([]);
  assert.ok(
    gone.some((m) => m.startsWith('content/incidents/testland.yaml (file): is gone, but its incidents were published before (testland-2024-one)')),
    gone.join('\n'),
  );
});

test("a threat case that shows an incident record needs the record to exist and its sources on the threat page's list", () => {
  const entries = site();
  const threat = find(entries, 'content/threats/en/cams.mdx');
  threat.data.cases = [{ incident: 'testland-2024-one' }];
  assert.deepEqual(incidentProblems([incidentFile()], undefined, entries), []);
  threat.data.cases = [{ incident: 'testland-2024-gone' }, { incident: 'testland-2024-one' }];
  threat.data.sources = ['s2'];
  const out = incidentProblems([incidentFile()], undefined, entries);
  assert.ok(
    out.some((m) =>
      m.startsWith('content/threats/en/cams.mdx cases[0].incident: points to incident "testland-2024-gone", which no file in content/incidents/ has'),
    ),
    out.join('\n'),
  );
  assert.ok(
    out.some((m) =>
      m.startsWith(
        'content/threats/en/cams.mdx cases[1].incident: shows incident "testland-2024-one", which cites source "s1", not in this file\'s `sources` | add `- s1` to this file\'s `sources`',
      ),
    ),
    out.join('\n'),
  );
});

test('a listed source without a registry file names the file, the field and similar ids; an unlisted registry file is named too', () => {
  const out = checkSources(
    ['rferl-2024-one', 'rferl-2024-two', 'unused-2020'],
    [
      { file: 'content/countries/en/testland.mdx', sources: ['rferl-2024-one', 'rferl-2024-tow'] },
      { file: 'content/emergency/testland.yaml', sources: ['rferl-2024-two'] },
    ],
  ).map((p) => `${p.file} ${p.field}: ${p.message} | ${p.fix}`);
  assert.deepEqual(out, [
    'content/countries/en/testland.mdx sources[1]: lists source "rferl-2024-tow", which has no file in content/sources/ | write content/sources/rferl-2024-tow.yaml with the source\'s publisher, title, date, url and lang (CONTRIBUTING.md, "Sources"), or correct the id (similar: rferl-2024-one, rferl-2024-two)',
    'content/sources/unused-2020.yaml (file): source "unused-2020" is listed by no page | list it under `sources:` of the pages that cite it (or `about:` of a help organisation), or delete the file if no page needs it any more',
  ]);
  assert.deepEqual(checkSources(['a'], [{ file: 'content/pages/en/about.mdx', sources: ['a'] }]), []);
  // A help organisation lists its sources under `about`: an unknown id there names that field.
  assert.deepEqual(
    checkSources(['a'], [{ file: 'content/help/testland.yaml', sources: ['a', 'b'], field: 'about' }]).map((p) => `${p.file} ${p.field}`),
    ['content/help/testland.yaml about[1]'],
  );
});

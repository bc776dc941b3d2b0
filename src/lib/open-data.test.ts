/** The open data as a researcher reads it: JSON that a JSON Schema validator accepts, and a CSV with the same records. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvColumns, dataDocument, dataRecords, dataSchema, licenceText, toCsv, type DataRecord } from './open-data';
import { INCIDENT_BASES, INCIDENT_GROUPS, INCIDENT_KINDS, INCIDENT_OUTCOMES, PLACE_VALUES, type Incident } from './incidents';
import { LANGS, ui } from '../i18n';
import { readCsv } from './csv';

const incident = (over: Partial<Incident> = {}): Incident => ({
  id: 'testland-2023-one',
  date: '2023-06',
  place: { en: 'Almaty airport', ru: 'аэропорт Алматы' },
  kind: 'detention',
  groups: ['journalist', 'anti-war'],
  basis: ['interstate-list'],
  outcome: 'released',
  text: { en: 'Detained, then released; "a quote", a comma.', ru: 'Задержали,\nпотом отпустили.' },
  sources: ['s1', 's2'],
  ...over,
});
const sources = [
  { id: 's1', publisher: 'RFE/RL', title: 'A title, with a comma', date: new Date(Date.UTC(2023, 5, 2)), url: 'https://www.rferl.org/a/1.html' },
  { id: 's2', publisher: 'Meduza', title: 'Заголовок', date: '2023-06', url: 'https://meduza.io/news/2' },
];
const byCountry = new Map([
  [
    'testland',
    [
      incident(),
      incident({
        id: 'testland-2024-law',
        date: '2024',
        place: 'nationwide',
        kind: 'law-or-policy',
        groups: ['general-public'],
        basis: ['not-applicable'],
        outcome: 'not-applicable',
        sources: ['s2'],
      }),
    ],
  ],
]);
const records = () => dataRecords(byCountry, () => sources, '/mirror/');

test('a record carries the date at its precision, each language, its page and its sources in full', () => {
  const [first, law] = records();
  assert.equal(first!.date_precision, 'month');
  assert.equal(law!.date_precision, 'year');
  assert.equal(first!['place_ru'], 'аэропорт Алматы');
  assert.equal(law!['place_en'], 'nationwide');
  assert.equal(first!['page_ru'], '/mirror/ru/countries/testland/sources/#testland-2023-one');
  assert.deepEqual(first!.sources[0], {
    id: 's1',
    publisher: 'RFE/RL',
    title: 'A title, with a comma',
    date: '2023-06-02',
    url: 'https://www.rferl.org/a/1.html',
  });
});

test('a record citing a source the country does not list fails loudly instead of publishing a blank', () => {
  assert.throws(() => dataRecords(new Map([['testland', [incident({ sources: ['s9'] })]]]), () => sources, '/'), /cites source "s9"/);
});

test('the published JSON passes the JSON Schema, and the schema refuses a value outside the vocabularies', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(dataSchema());
  const copy = (country?: string) => JSON.parse(JSON.stringify(dataDocument(records(), country))) as { records: Record<string, unknown>[] };
  assert.ok(validate(copy()), JSON.stringify(validate.errors));
  assert.ok(validate(copy('testland')), JSON.stringify(validate.errors));
  const broken = copy();
  broken.records[0]!['kind'] = 'kidnapping';
  delete broken.records[1]!['text_ru'];
  assert.equal(validate(broken), false);
  const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  assert.ok(
    problems.some((p) => p.startsWith('/records/0/kind must be equal to one of the allowed values')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => p.startsWith("/records/1 must have required property 'text_ru'")),
    problems.join('\n'),
  );
});

test('the CSV parses back to the same records, commas, quotes, line breaks and Cyrillic intact', () => {
  const list = records();
  const csv = toCsv(list);
  assert.ok(csv.startsWith('\uFEFF'), 'starts with a byte-order mark, so spreadsheet programs read UTF-8');
  const [header, ...rows] = readCsv(csv);
  assert.deepEqual(header, csvColumns());
  assert.equal(rows.length, list.length);
  rows.forEach((row, i) => {
    const r = Object.fromEntries(header!.map((h, j) => [h, row[j]!]));
    const json: DataRecord = list[i]!;
    for (const key of header!) {
      if (key === 'groups' || key === 'basis') assert.deepEqual(r[key]!.split(' '), json[key]);
      else if (key === 'source_ids')
        assert.deepEqual(
          r[key]!.split(' '),
          json.sources.map((s) => s.id),
        );
      else if (key === 'source_urls')
        assert.deepEqual(
          r[key]!.split(' '),
          json.sources.map((s) => s.url),
        );
      else assert.equal(r[key], (json as Record<string, unknown>)[key], key);
    }
  });
  assert.equal(rows[0]![header!.indexOf('text_ru')], 'Задержали,\nпотом отпустили.');
});

test('the licence file says plainly when no licence has been chosen, and names one when it has', () => {
  assert.match(licenceText(null), /Licence: none chosen yet/);
  assert.match(
    licenceText({ id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' }),
    /Licence: Creative Commons Attribution 4\.0 International \(CC-BY-4\.0\)\nhttps:\/\/creativecommons\.org\/licenses\/by\/4\.0\//,
  );
});

test('every value of every vocabulary has a label and a definition in every language, for the data page', () => {
  for (const lang of LANGS) {
    const t = ui(lang).openData;
    const vocabularies = [
      [INCIDENT_KINDS, t.kinds],
      [INCIDENT_GROUPS, t.groups],
      [INCIDENT_BASES, t.bases],
      [INCIDENT_OUTCOMES, t.outcomes],
      [PLACE_VALUES, t.places],
    ] as const;
    for (const [values, terms] of vocabularies) {
      assert.deepEqual(Object.keys(terms).sort(), [...values].sort(), `${lang}: the terms are exactly the vocabulary's values`);
      for (const [label, definition] of Object.values(terms) as (readonly string[])[]) assert.ok(label && definition, `${lang}: ${label}`);
    }
  }
});

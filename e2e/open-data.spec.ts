/**
 * The published incident data as its consumers read it (issue #18): a JSON Schema validator on the
 * JSON, a CSV reader on the tables, the offline zips carrying the files, every record's page
 * address leading to that record in the country timeline, and the data page explaining the fields.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Ajv2020 from 'ajv/dist/2020.js';
import { DIST } from './support/dist';
import { readCsv } from '../src/lib/csv';
import { csvColumns, countryDataFile, DATA_DIR, DATA_FILES, type DataDocument } from '../src/lib/open-data';
import { bundleFileName, bundleFolder } from '../src/lib/bundles';
import { LANGS } from '../src/i18n';
import { parse } from 'yaml';

const read = (name: string) => readFileSync(join(DIST, DATA_DIR, name), 'utf8');
const json = (name: string) => JSON.parse(read(name)) as DataDocument;
const whole = () => json(DATA_FILES.json);
const countries = () => [...new Set(whole().records.map((r) => r.country))];

test('every published JSON file passes the published JSON Schema, and the countries add up to the whole', () => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(read(DATA_FILES.schema)));
  const all = whole();
  expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
  expect(all.count).toBe(all.records.length);
  expect(all.records.length).toBeGreaterThan(50);
  expect(new Set(all.records.map((r) => r.id)).size, 'ids are unique').toBe(all.records.length);
  const perCountry = countries().flatMap((country) => {
    const doc = json(countryDataFile(country, 'json'));
    expect(validate(doc), `${country}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(doc.records.every((r) => r.country === country)).toBe(true);
    return doc.records;
  });
  expect(perCountry).toEqual(all.records);
});

test('every CSV table parses to the same records as its JSON file', () => {
  const same = (csvName: string, jsonName: string) => {
    const [header, ...rows] = readCsv(read(csvName));
    expect(header).toEqual(csvColumns());
    const records = json(jsonName).records;
    expect(rows.length, csvName).toBe(records.length);
    rows.forEach((row, i) => {
      const cell = Object.fromEntries(header!.map((h, j) => [h, row[j]]));
      const r = records[i]!;
      expect(cell['id']).toBe(r.id);
      for (const key of header!) {
        const expected =
          key === 'groups' || key === 'basis'
            ? r[key].join(' ')
            : key === 'source_ids'
              ? r.sources.map((s) => s.id).join(' ')
              : key === 'source_urls'
                ? r.sources.map((s) => s.url).join(' ')
                : (r as Record<string, unknown>)[key];
        expect(cell[key], `${csvName} ${r.id} ${key}`).toBe(expected);
      }
    });
  };
  same(DATA_FILES.csv, DATA_FILES.json);
  for (const country of countries()) same(countryDataFile(country, 'csv'), countryDataFile(country, 'json'));
});

test("each record's page address leads to that record, with its text, in the country's timeline in every language", () => {
  const decode = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const r of whole().records) {
    for (const lang of LANGS) {
      const [path, id] = r[`page_${lang}`]!.split('#') as [string, string];
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const item = new RegExp(`<li id="${id}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
      expect(item, `${path}#${id}`).not.toBeNull();
      expect(decode(item![1]!), `${path}#${id}`).toContain(r[`text_${lang}`]);
    }
  }
});

test("a threat page's case that points to an incident record shows the record's text and country in every language", () => {
  const byId = new Map(whole().records.map((r) => [r.id, r]));
  let shown = 0;
  for (const lang of LANGS) {
    for (const name of readdirSync(join('content/threats', lang))) {
      const front = parse(
        readFileSync(join('content/threats', lang, name), 'utf8')
          .split('\n---')[0]!
          .replace(/^---\n/, ''),
      ) as { cases?: { incident?: string }[] };
      const html = readFileSync(join(DIST, lang, 'threats', name.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
      const cases = /<section aria-labelledby="cases">([\s\S]*?)<\/section>/.exec(html)![1]!;
      for (const c of front.cases ?? []) {
        if (!c.incident) continue;
        const r = byId.get(c.incident)!;
        const item = [...cases.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!).find((li) => li.includes(`/${lang}/countries/${r.country}/"`));
        expect(item, `${lang}/${name}: ${c.incident}`).toBeDefined();
        expect(
          cases
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&amp;/g, '&'),
          `${lang}/${name}: ${c.incident}`,
        ).toContain(r[`text_${lang}`]!);
        shown++;
      }
    }
  }
  expect(shown).toBeGreaterThan(0);
});

test('the offline zips carry the data files unchanged', () => {
  for (const lang of LANGS) {
    const files = unzipSync(readFileSync(join(DIST, 'downloads', bundleFileName(lang))));
    for (const name of [DATA_FILES.json, DATA_FILES.csv, DATA_FILES.schema, DATA_FILES.licence, countryDataFile('kyrgyzstan', 'csv')]) {
      const inZip = files[`${bundleFolder(lang)}/${DATA_DIR}/${name}`];
      expect(inZip, `${lang} zip: ${name}`).toBeDefined();
      expect(Buffer.from(inZip!).equals(readFileSync(join(DIST, DATA_DIR, name))), `${lang} zip: ${name} is the published file`).toBe(true);
    }
  }
});

for (const lang of LANGS) {
  test(`${lang}: the data page explains every field and value, and its links download the files`, async ({ page }) => {
    await page.goto(`/${lang}/data/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const field of ['id', 'date_precision', 'kind', 'groups', 'basis', 'outcome', 'sources']) {
      await expect(page.locator('#fields ~ dl dt code', { hasText: new RegExp(`^${field}$`) })).toHaveCount(1);
    }
    await expect(
      page
        .locator('#values-kind ~ dl')
        .first()
        .locator('dt code', { hasText: /^extradition-request$/ }),
    ).toHaveCount(1);
    for (const [name, type] of [
      [DATA_FILES.json, 'application/json'],
      [DATA_FILES.csv, 'text/csv'],
      [countryDataFile('kazakhstan', 'csv'), 'text/csv'],
    ] as const) {
      const href = await page.locator(`a[href$="/${DATA_DIR}/${name}"]`).first().getAttribute('href');
      const response = await page.request.get(href!);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toContain(type);
    }
  });
}

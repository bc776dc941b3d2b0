/**
 * A maintainer's mistakes, as the real build meets them: each broken fixture must fail the build
 * with a message that names the file, the field and the fix.
 */
import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './support/build';

const FIXTURE = join(process.cwd(), 'e2e/fixtures/stale-content');

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
  cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  return dir;
}
function replaceIn(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
}

const cases: { name: string; edit: (dir: string) => void; expect: RegExp[] }[] = [
  {
    name: 'an unknown rating',
    edit: (d) => replaceIn(d, 'countries/en/testland.mdx', '    level: high', '    level: very-high'),
    expect: [/countries\/en\/testland\.mdx/, /ratings\.0\.level: "very-high" is not a rating: use one of severe, high, elevated, low, unknown/],
  },
  {
    name: 'a source without a URL',
    edit: (d) => replaceIn(d, 'threats/ru/fixture-threat.mdx', '    url: https://example.org/fixture\n', ''),
    expect: [/threats\/ru\/fixture-threat\.mdx/, /sources\.0\.url/],
  },
  {
    name: 'a country page with no sources',
    edit: (d) => replaceIn(d, 'countries/ru/testland.mdx', /sources:\n  - id: fixture-source[\s\S]*?url: https:\/\/example\.org\/fixture\n/, 'sources: []\n'),
    expect: [/countries\/ru\/testland\.mdx/, /sources: a page stating facts needs at least one source/],
  },
  {
    name: 'a reference to a threat that does not exist',
    edit: (d) => replaceIn(d, 'countries/ru/testland.mdx', 'threat: fixture-threat', 'threat: fixture-threats'),
    expect: [
      /content\/countries\/ru\/testland\.mdx|countries\/ru\/testland\.mdx/,
      /ratings\[0\]\.threat: refers to threat "fixture-threats"/,
      /fix: use one of: fixture-threat/,
    ],
  },
  {
    name: 'a page without its counterpart',
    edit: (d) => unlinkSync(join(d, 'threats/ru/fixture-threat.mdx')),
    expect: [/threats\/en\/fixture-threat\.mdx/, /has no Russian counterpart/, /fix: create .*threats\/ru\/fixture-threat\.mdx/],
  },
  {
    name: 'item ids that differ between languages',
    edit: (d) => replaceIn(d, 'checklists/ru/fixture-list.mdx', 'id: first-step', 'id: pervyi-shag'),
    expect: [/checklists\/ru\/fixture-list\.mdx/, /item ids differ from the English checklist; missing here: first-step; only here: pervyi-shag/],
  },
  {
    name: 'a published item id renamed away',
    edit: (d) => {
      for (const lang of ['en', 'ru']) {
        replaceIn(d, `checklists/${lang}/fixture-list.mdx`, 'id: first-step', 'id: step-one');
        replaceIn(d, `countries/${lang}/testland.mdx`, 'item: first-step', 'item: step-one');
      }
      writeFileSync(join(d, 'checklists/published-ids.json'), '{"fixture-list":["first-step","step-one"]}');
    },
    expect: [/item "first-step" was published before and is gone/, /retired/],
  },
  {
    name: 'a duplicate item id',
    edit: (d) =>
      replaceIn(
        d,
        'checklists/en/fixture-list.mdx',
        'items:\n',
        'items:\n  - id: first-step\n    priority: advanced\n    action: Again.\n    why: Twice.\n    how: [Step.]\n',
      ),
    expect: [/checklists\/en\/fixture-list\.mdx/, /item id "first-step" is used twice/],
  },
  {
    name: 'a review date in the future',
    edit: (d) => replaceIn(d, 'countries/en/testland.mdx', 'reviewed: 2020-01-15', 'reviewed: 2062-01-15'),
    expect: [/countries\/en\/testland\.mdx/, /reviewed: 2062-01-15 is in the future/],
  },
  {
    name: 'a plain http source address',
    edit: (d) => replaceIn(d, 'countries/en/testland.mdx', 'url: https://example.org/fixture', 'url: http://example.org/fixture'),
    expect: [/countries\/en\/testland\.mdx/, /sources\.0\.url/, /use https:\/\/example\.org\/fixture/],
  },
  {
    name: 'a country body that repeats the Overview heading',
    edit: (d) => replaceIn(d, 'countries/ru/testland.mdx', /\n---\n/, '\n---\n## Коротко\n\n'),
    expect: [/countries\/ru\/testland\.mdx/, /body: has a heading "Коротко"/, /delete the line "## Коротко"/],
  },
  {
    name: 'a country without the lines of its pocket card',
    edit: (d) => replaceIn(d, 'countries/en/testland.mdx', /card:\n  text:\n    - "Fixture card line."\n  sources: \[fixture-source\]\n/, ''),
    expect: [/countries\/en\/testland\.mdx/, /card: is missing: add `card:` with `text:`/],
  },
  {
    name: 'a TODO marker from a scaffold',
    edit: (d) => replaceIn(d, 'threats/en/fixture-threat.mdx', 'summary: A fixture threat.', 'summary: "TODO: one or two sentences"'),
    expect: [/threats\/en\/fixture-threat\.mdx/, /TODO marker/],
  },
  {
    name: 'an incident with a value outside its vocabulary',
    edit: (d) => replaceIn(d, 'incidents/testland.yaml', 'kind: detention', 'kind: kidnapping'),
    expect: [/incidents\/testland\.yaml/, /incidents\.0\.kind: "kidnapping" is not a kind of incident: use one of extradition-request,/],
  },
  {
    name: 'an incident renamed away from its published id, citing a source its country does not list',
    edit: (d) => {
      replaceIn(d, 'incidents/testland.yaml', 'id: testland-2019-fixture', 'id: testland-2019-renamed');
      replaceIn(d, 'incidents/testland.yaml', 'sources: [fixture-source]', 'sources: [fixture-source, no-such-source]');
    },
    expect: [
      /incidents\/testland\.yaml\n\s+incidents: incident "testland-2019-fixture" was published before and is gone/,
      /incidents\[0\]\.sources: cites source "no-such-source", which is not in the `sources` of .*countries\/en\/testland\.mdx/,
      /fix: add a source with `id: no-such-source`/,
    ],
  },
];

test.describe.configure({ mode: 'parallel' });

for (const c of cases) {
  test(`the build refuses ${c.name} and says how to fix it`, () => {
    test.setTimeout(120_000);
    const dir = brokenCopy(c.edit);
    try {
      const { status, output } = buildSite({ ATLAS_CONTENT_DIR: dir }, join(dir, 'out'));
      expect(status, output).not.toBe(0);
      for (const pattern of c.expect) expect(output).toMatch(pattern);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

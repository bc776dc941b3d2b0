/** The maintainer commands a newcomer is told about in README and CONTRIBUTING. */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = join(process.cwd(), 'e2e/fixtures/stale-content');
const run = (script: string, args: string[], dir: string, env: Record<string, string> = {}) =>
  spawnSync('node', [script, ...args], { env: { ...process.env, ATLAS_CONTENT_DIR: dir, ...env }, encoding: 'utf8' });

test('a scaffolded country has both languages, with TODO markers where the facts go', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-scaffold-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    const made = run('scripts/new-content.mjs', ['country', 'moldova'], dir);
    expect(made.status, made.stderr).toBe(0);
    for (const lang of ['en', 'ru']) expect(readFileSync(join(dir, `countries/${lang}/moldova.mdx`), 'utf8')).toContain('TODO');
    expect(readFileSync(join(dir, 'incidents/moldova.yaml'), 'utf8')).toMatch(/^incidents: \[\]$/m);
    expect(run('scripts/new-content.mjs', ['country', 'moldova'], dir).status).not.toBe(0);
    expect(run('scripts/new-content.mjs', ['country', 'Not A Slug'], dir).stderr).toContain('is not a valid slug');
    // That the build's validation refuses the scaffold, naming both files, is tested without a build
    // in src/lib/content-check.test.ts; e2e/content-errors.spec.ts shows such messages reach a real build.
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('content:status lists every page, stale ones first, by the same six-month rule as the site', () => {
  // The fixture was reviewed on 2020-01-15: stale after 15 July 2020, not on it.
  const stale = run('scripts/content-status.mjs', [], FIXTURE, { ATLAS_BUILD_DATE: '2020-07-16' });
  expect(stale.status, stale.stderr).toBe(0);
  expect(stale.stdout).toMatch(/^page\s+en\s+ru\s+translation\s+days since review\s+status/m);
  expect(stale.stdout).toMatch(/countries\/testland\s+yes\s+yes\s+\S.*\s183\s+STALE/);
  expect(stale.stdout).toMatch(/not reviewed in the last 6 months/);
  const fresh = run('scripts/content-status.mjs', [], FIXTURE, { ATLAS_BUILD_DATE: '2020-07-15' });
  expect(fresh.stdout).toMatch(/countries\/testland\s+yes\s+yes\s+\S.*\s182\s+ok/);
});

test('content:status lists help contacts first, those not checked for 90 days at the top', () => {
  // The fixture's Telegram contact was checked on 2020-01-15 and its phone on 2020-04-17.
  const out = run('scripts/content-status.mjs', [], FIXTURE, { ATLAS_BUILD_DATE: '2020-07-16' });
  expect(out.status, out.stderr).toBe(0);
  const lines = out.stdout.split('\n');
  expect(lines[0]).toMatch(/^help contact\s+file\s+checked\s+days\s+status/);
  expect(lines[2]).toMatch(/^telegram @testland_helpers\s+help\/testland-helpers.yaml\s+2020-01-15\s+183\s+UNVERIFIED/);
  expect(lines[3]).toMatch(/^phone \+1 555 0100\s+help\/testland-helpers.yaml\s+2020-04-17\s+90\s+ok/);
  expect(out.stdout).toMatch(/2 help contacts, 1 not checked on the organisation's own page in the last 90 days/);
});

test('content:ids records new item ids and never drops old ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-ids-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    const file = join(dir, 'checklists/published-ids.json');
    writeFileSync(file, '{"fixture-list":["an-old-retired-id"]}');
    const out = run('scripts/record-ids.mjs', [], dir);
    expect(out.stdout).toContain('recorded fixture-list#first-step');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'fixture-list': ['an-old-retired-id', 'first-step'] });
    // Incident ids, the same way: recorded per country, old ones kept.
    const incidents = join(dir, 'incidents/published-ids.json');
    writeFileSync(incidents, '{"testland":["testland-2018-retired"]}');
    expect(run('scripts/record-ids.mjs', [], dir).stdout).toContain('recorded incident testland-2019-fixture');
    expect(JSON.parse(readFileSync(incidents, 'utf8'))).toEqual({ testland: ['testland-2018-retired', 'testland-2019-fixture'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('links:external lists the cited outside addresses', () => {
  const out = run('scripts/external-links.mjs', [], FIXTURE);
  expect(out.stdout).toContain('https://example.org/fixture\t');
});

/**
 * Every maintainer's mistake in e2e/fixtures/broken-content.ts, through the validation `astro build`
 * runs: Astro's own front matter parser, the collection schemas of src/content.config.ts, then the
 * cross-file rules exactly as src/data/site.ts runs them (contentProblems). No build is needed, so
 * each case takes milliseconds; e2e/content-errors.spec.ts runs two of them through a real build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { collections } from '../content.config';
import { LANGS } from '../i18n';
import { filesBelow } from './files';
import { formatProblems, type PublishedIds } from './integrity';
import { contentProblems, type DataCollections, type LoadedEntry, type PageCollections } from './content-check';
import { BROKEN_CONTENT, FIXTURE, brokenCopy } from '../../e2e/fixtures/broken-content';

/**
 * A file's front matter and body, split as Astro splits them (@astrojs/internal-helpers, frontmatterRE)
 * and parsed by the YAML parser Astro uses for front matter and for YAML data files alike: js-yaml, a
 * declared dependency at Astro's own version, so the test needs no package Astro keeps internal.
 */
function parseFrontmatter(text: string): { frontmatter: unknown; content: string } {
  const match = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/.exec(text);
  if (!match) return { frontmatter: {}, content: text };
  return { frontmatter: parseYaml(match[1]!) ?? {}, content: text.replace(`---${match[1]}---`, '') };
}

/**
 * What the build reports for a content folder: the files the schemas refuse (the build stops there,
 * before any page is made), otherwise the cross-file problems; '' when there is none.
 */
function contentReport(dir: string): string {
  const refused: string[] = [];
  const load = (collection: keyof typeof collections, pattern: RegExp): LoadedEntry[] => {
    const base = join(dir, collection);
    if (!existsSync(base)) return [];
    return filesBelow(base)
      .filter((f) => pattern.test(f))
      .flatMap((f) => {
        const text = readFileSync(join(base, f), 'utf8');
        // YAML files are parsed by the same YAML parser (js-yaml) as front matter.
        const { frontmatter, content } = parseFrontmatter(/\.ya?ml$/.test(f) ? `---\n${text}\n---\n` : text);
        const result = (collections[collection] as unknown as { schema: { safeParse(d: unknown): any } }).schema.safeParse(frontmatter);
        const file = `content/${collection}/${f}`;
        if (!result.success) {
          refused.push(`${file}\n${result.error.issues.map((i: any) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
          return [];
        }
        return [{ id: f.replace(/\.[a-z]+$/, ''), filePath: file, data: result.data, body: content }];
      });
  };
  // The glob patterns of src/content.config.ts: a folder per language, files not starting with "_".
  const inLangFolder = new RegExp(`^(${LANGS.join('|')})/(.*/)?[^_/][^/]*\\.mdx?$`);
  const page = (collection: keyof PageCollections) => load(collection, inLangFolder);
  const pages: PageCollections = {
    countries: page('countries'),
    threats: page('threats'),
    checklists: page('checklists'),
    updates: page('updates'),
    pages: page('pages'),
  };
  const yamlFile = /^[^_/][^/]*\.ya?ml$/;
  const files: DataCollections = {
    incidents: load('incidents', yamlFile),
    help: load('help', yamlFile),
    emergency: load('emergency', yamlFile),
    sources: load('sources', yamlFile),
  };
  if (refused.length) return refused.join('\n');
  const published = (file: string): PublishedIds => (existsSync(join(dir, file)) ? JSON.parse(readFileSync(join(dir, file), 'utf8')) : {});
  const problems = contentProblems(pages, files, { items: published('checklists/published-ids.json'), incidents: published('incidents/published-ids.json') });
  return problems.length ? formatProblems(problems) : '';
}

test('the fixture content, unbroken, passes the build’s validation', () => {
  assert.equal(contentReport(FIXTURE), '');
});

for (const c of BROKEN_CONTENT) {
  test(`the build’s validation refuses ${c.name} and says how to fix it`, () => {
    const dir = brokenCopy(c.edit);
    try {
      const report = contentReport(dir);
      for (const pattern of c.expect) assert.match(report, pattern);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a country made by `npm run new country` is refused in both languages until its TODO markers are replaced', () => {
  const dir = brokenCopy((copy) => {
    const made = spawnSync(process.execPath, ['scripts/new-content.mjs', 'country', 'moldova'], {
      env: { ...process.env, ATLAS_CONTENT_DIR: copy },
      encoding: 'utf8',
    });
    assert.equal(made.status, 0, made.stderr);
  });
  try {
    const report = contentReport(dir);
    for (const lang of LANGS)
      assert.match(
        report,
        new RegExp(`content/countries/${lang}/moldova\\.mdx\\n  front matter: still contains TODO markers from the scaffold in title, summary`),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

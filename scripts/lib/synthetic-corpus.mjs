/** The benchmark's synthetic content (scripts/bench.mjs), written into a temporary folder for ATLAS_CONTENT_DIR. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS } from './content-files.mjs';

/**
 * A corpus shaped like the real one, sized by the HTML pages it builds (the budget counts built
 * pages, as Astro does): nine threats, and the rest split between countries and checklists (each
 * with five items), in both languages. Per language, a country builds three pages (page, sources,
 * pocket card), a threat two, a checklist one, and eight pages come from no content file; the
 * root index and the 404 page are shared. `pages` counts built pages in both languages.
 * @param {number} pages
 * @param {{ countriesPerLang?: number, prose?: string, lists?: number }} [options] a fixed number of
 *   countries and checklists per language, and the prose of every country's body
 */
export function syntheticCorpus(pages, { countriesPerLang, prose, lists: listCount } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `atlas-synthetic-${pages}-`));
  const threats = 9;
  const perLang = Math.max(0, Math.floor((pages - 2) / 2) - 8 - threats * 2);
  // There are fewer than 200 countries to write about; beyond that the corpus grows in checklists.
  // For the Starlight comparison: a fixed number of countries, each with the same real prose.
  const countries = countriesPerLang ?? Math.min(200, Math.floor(perLang / 4));
  const lists = listCount ?? (countriesPerLang ? 1 : Math.max(1, perLang - countries * 3));
  // Pages list source ids; the source itself is written once, in the registry (content/sources/).
  const source = 'sources:\n  - s1\n';
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'sources', 's1.yaml'), 'publisher: Synthetic\ntitle: Synthetic source\ndate: 2024-01-01\nurl: https://example.org/s\nlang: en\n');
  const words = (/** @type {number} */ i) => Array.from({ length: 180 }, (_, w) => `word${(i * 7 + w) % 997}`).join(' ');
  /** @type {Record<string, string[]>} */
  const published = {};
  for (const lang of LANGS) {
    for (const c of ['countries', 'threats', 'checklists']) mkdirSync(join(dir, c, lang), { recursive: true });
    for (let t = 0; t < threats; t++) {
      writeFileSync(
        join(dir, 'threats', lang, `t${t}.mdx`),
        `---\ntitle: Threat ${t}\nshort: T${t}\nsummary: Synthetic threat ${t}.\norder: ${t + 1}\nreviewed: 2026-01-01\n${source}---\n## How it works\n${words(t)} <Cite id="s1" />\n`,
      );
    }
    for (let i = 0; i < lists; i++) {
      const items = [0, 1, 2, 3, 4].map(
        (k) =>
          `  - id: item-${k}\n    priority: essential\n    action: Do thing ${k} of ${i}.\n    why: ${words(i).slice(0, 200)}\n    how: [Step.]\n    threats: [t${(i + k) % threats}]\n`,
      );
      writeFileSync(
        join(dir, 'checklists', lang, `l${i}.mdx`),
        `---\ntitle: Checklist ${i}\nsummary: S.\naudience: A.\norder: ${i + 1}\nversion: 2026-01-01\nitems:\n${items.join('')}---\n${words(i)}\n`,
      );
      published[`l${i}`] = [0, 1, 2, 3, 4].map((k) => `item-${k}`);
    }
    for (let i = 0; i < countries; i++) {
      const advice = `bottomLine:\n  text: [B.]\ninShort: I.\nfirstStep:\n  text: F.\ncard:\n  text: [C.]\n  sources: [s1]\nsituations:\n  - for: wanted\n    steps: [{ text: A. }, { text: B. }, { text: C. }]\n`;
      const ratings = Array.from({ length: threats }, (_, t) => `  - threat: t${t}\n    level: high\n    reason: R.\n    sources: [s1]\n`).join('');
      writeFileSync(
        join(dir, 'countries', lang, `c${i}.mdx`),
        `---\ntitle: Country ${i}\nsummary: S.\nreviewed: 2026-01-01\nrisk:\n  level: high\n  reason: R.\n  sources: [s1]\n${advice}actions:\n  - checklist: l${i % Math.max(1, lists)}\nratings:\n${ratings}${source}---\n${prose ?? words(i)} <Cite id="s1" />\n`,
      );
    }
  }
  writeFileSync(join(dir, 'checklists', 'published-ids.json'), JSON.stringify(published));
  return { dir, files: LANGS.length * (threats + countries + lists) };
}

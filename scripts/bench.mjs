/**
 * `npm run bench`: prints figures, passes no judgement. For the real site: requests and bytes on
 * a first view per page type (raw and gzip, by kind), build time per step, index and precache
 * sizes. Then synthetic corpora of 1,000 and 5,000 pages to show how build time and memory grow.
 * Budgets to compare against are in BENCHMARKS.md; the one it checks itself is the country page
 * budget (src/lib/policy.ts): every country page in every language, and the run fails above it.
 * BENCH_SIZES= BENCH_STARLIGHT=0 BENCH_OFFLINE_COUNTRIES= (all empty) measures the real site only.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, statSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, ensureChromium } from './chromium.mjs';
import { StaticServer } from './lib/static-server.ts';
import { filesBelow } from '../src/lib/files.ts';
import { LANGS } from './lib/content-files.mjs';
import { compareWithStarlight, STARLIGHT_VERSION } from './bench-starlight.mjs';
import { COUNTRY_PAGE_BUDGET_BYTES, OFFLINE_BUDGET_BYTES } from '../src/lib/policy.ts';

const PAGE_TYPES = {
  home: 'ru/',
  country: 'ru/countries/kazakhstan/',
  threat: 'ru/threats/extradition/',
  checklist: 'ru/checklists/if-detained/',
  matrix: 'ru/matrix/',
  search: 'ru/search/',
  // Pagefind's UI and index load once a search starts: arriving with a query is the heaviest case.
  'search + query': `ru/search/?q=${encodeURIComponent('Казахстан')}`,
};

/**
 * One cold build of the site into `outDir`, timed step by step from the build's own log lines.
 * @param {NodeJS.ProcessEnv} env added to the build's environment (ATLAS_CONTENT_DIR for a corpus)
 * @param {string} outDir
 */
function build(env, outDir) {
  const started = Date.now();
  const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', 'npx', 'astro', 'build', '--outDir', outDir], {
    // A fresh content cache per build, so each figure is a full, cold build.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ATLAS_CACHE_DIR: cacheDir, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  rmSync(cacheDir, { recursive: true, force: true });
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  const ms = (/** @type {RegExp} */ re) => [...output.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);
  const total = Date.now() - started;
  const pagefind = ms(/indexed \d+ pages in (\d+) ms/g);
  const sw = ms(/precaches \d+ files, \d+ KiB in (\d+) ms/g);
  const bundles = ms(/files, \d+ KiB, sha256 \S+ in (\d+) ms/g);
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(output)?.[1] ?? 0);
  return { total, astro: total - pagefind - sw - bundles, pagefind, sw, bundles, rssMb: Math.round(rss / 1024), output };
}

/** @param {string} dir */
const dirSize = (dir) => (existsSync(dir) ? filesBelow(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) : 0);
/** @param {number} n bytes */
const kb = (n) => (n / 1024).toFixed(1);
/** @param {number} n bytes */
const mib = (n) => (n / 2 ** 20).toFixed(2);
/**
 * What saving one language for offline use downloads, as the build wrote it for the consent text
 * (raw bytes, what the device stores), and gzip-compressed, about what crosses the network from a
 * host that compresses (deploy/nginx.conf does).
 * @param {string} dist
 */
const offlineFigures = (dist) =>
  LANGS.map((lang) => {
    const { bytes, files } = JSON.parse(readFileSync(join(dist, lang, 'offline-size.json'), 'utf8'));
    const worker = readFileSync(join(dist, lang, 'sw.js'), 'utf8');
    const urls = [...worker.matchAll(/"url":"\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    const gzip = [...urls.map((u) => join(dist, u)), join(dist, lang, 'sw.js')].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
    return `${lang}: ${files} files, ${mib(bytes)} MiB raw, ${mib(gzip)} MiB gzip (the whole language: ${mib(dirSize(join(dist, lang)))} MiB raw)`;
  }).join('; ');
/**
 * Prints rows under a header, each column right-aligned to its widest cell.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
const table = (header, rows) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (/** @type {(string | number)[]} */ r) => r.map((c, i) => String(c).padStart(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
};

/** What a first view fetches, by the kind of file. */
const KINDS = /** @type {const} */ (['html', 'css', 'js', 'other']);
/** @typedef {(typeof KINDS)[number]} Kind */

/**
 * Bytes a first view fetches, by kind, raw and gzip: nothing cached, no service worker.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function firstView(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  /** @type {Record<Kind, [raw: number, gzip: number]>} */
  const bytes = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
  let requests = 0;
  page.on('response', async (res) => {
    requests++;
    const body = await res.body().catch(() => Buffer.alloc(0));
    const type = res.request().resourceType();
    /** @type {Kind} */
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    bytes[kind][0] += body.length;
    bytes[kind][1] += gzipSync(body).length;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
  return { requests, bytes, total: Object.values(bytes).reduce((s, [, g]) => s + g, 0) };
}

/** @param {string} dist */
async function firstViews(dist) {
  await ensureChromium();
  const server = new StaticServer(dist);
  const base = await server.listen();
  const executablePath = findChromium();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const rows = [];
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const { requests, bytes, total } = await firstView(browser, `${base}${path}`);
    rows.push([type, requests, ...KINDS.map((k) => `${kb(bytes[k][0])}/${kb(bytes[k][1])}`), kb(total)]);
  }
  // The budget holds for every country page in every language, not only the largest today.
  const countries = [];
  for (const lang of LANGS) {
    for (const slug of readdirSync(join(dist, lang, 'countries'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)) {
      const { bytes, total } = await firstView(browser, `${base}${lang}/countries/${slug}/`);
      countries.push({ page: `${lang}/countries/${slug}/`, html: bytes.html[1], css: bytes.css[1], js: bytes.js[1], total });
    }
  }
  await browser.close();
  await server.close();
  return { rows, countries: countries.sort((a, b) => b.total - a.total) };
}

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
function syntheticCorpus(pages, { countriesPerLang, prose, lists: listCount } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `atlas-synthetic-${pages}-`));
  const threats = 9;
  const perLang = Math.max(0, Math.floor((pages - 2) / 2) - 8 - threats * 2);
  // There are fewer than 200 countries to write about; beyond that the corpus grows in checklists.
  // For the Starlight comparison: a fixed number of countries, each with the same real prose.
  const countries = countriesPerLang ?? Math.min(200, Math.floor(perLang / 4));
  const lists = listCount ?? (countriesPerLang ? 1 : Math.max(1, perLang - countries * 3));
  const source = 'sources:\n  - id: s1\n    publisher: Synthetic\n    title: Synthetic source\n    date: 2024-01-01\n    url: https://example.org/s\n';
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

console.log(
  `Exile Safety Atlas benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);

// BENCH_SIZES=1000 limits the synthetic runs; BENCH_SIZES= (empty) skips them.
const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const real = build({}, out);
console.log('Real site: build time (ms) and peak memory');
table(['total', 'astro', 'pagefind', 'service worker', 'bundles', 'peak RSS MB'], [[real.total, real.astro, real.pagefind, real.sw, real.bundles, real.rssMb]]);
const precache = [...real.output.matchAll(/(\w+)\/sw\.js precaches (\d+) files, (\d+) KiB/g)].map((m) => `${m[1]}: ${m[2]} files, ${m[3]} KiB`);
const indexSizes = LANGS.map((lang) => {
  const dir = join(out, lang, 'pagefind');
  const data = ['index', 'fragment', 'filter'].reduce((sum, d) => sum + dirSize(join(dir, d)), 0);
  return `${lang}: ${kb(data)} KiB index data, ${kb(dirSize(dir))} KiB with engine and UI`;
});
console.log(`\nSearch index per language: ${indexSizes.join('; ')}`);
console.log(`Precache per language: ${precache.join('; ')}`);
console.log(`Saving offline downloads, per language (budget ${mib(OFFLINE_BUDGET_BYTES.site)} MiB): ${offlineFigures(out)}`);
const zips = readdirSync(join(out, 'downloads'))
  .filter((f) => f.endsWith('.zip'))
  .map((f) => `${f} ${kb(statSync(join(out, 'downloads', f)).size)} KiB`);
console.log(`Offline bundles: ${zips.join(', ')}\n`);

console.log('First view per page type (Russian pages; KiB raw/gzip; no service worker, nothing cached)');
const views = await firstViews(out);
table(['page', 'requests', 'html', 'css', 'js', 'other', 'total gzip'], views.rows);
const over = views.countries.filter((c) => c.total > COUNTRY_PAGE_BUDGET_BYTES);
console.log(`\nCountry pages, first view in KiB gzip (budget ${kb(COUNTRY_PAGE_BUDGET_BYTES)}), the five largest of ${views.countries.length}:`);
table(
  ['page', 'html', 'css', 'js', 'total'],
  views.countries.slice(0, 5).map((c) => [c.page, kb(c.html), kb(c.css), kb(c.js), kb(c.total)]),
);
if (over.length) {
  console.error(
    `\nOVER BUDGET: ${over.map((c) => `${c.page} ${kb(c.total)} KiB`).join(', ')} (budget ${kb(COUNTRY_PAGE_BUDGET_BYTES)} KiB gzip, src/lib/policy.ts). Make the page lighter (BENCHMARKS.md says how).`,
  );
  process.exitCode = 1;
}
const readingJs = ['countries/kazakhstan', 'threats/extradition'].map(
  (p) => readFileSync(join(out, 'ru', p, 'index.html'), 'utf8').match(/<script[^>]*src="([^"]+)"/g) ?? [],
);
console.log(`\nScripts referenced by reading pages: ${readingJs.flat().length} (all optional: pages are complete without JavaScript)\n`);
rmSync(out, { recursive: true, force: true });

const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number).filter(Boolean);
const synthHeader = ['pages (target)', 'content files', 'pages built', 'total', 'astro', 'pagefind', 'service worker', 'bundles', 'peak RSS MB', 'ms/page'];
const synthRows = [];
for (const pages of sizes) {
  const { dir, files } = syntheticCorpus(pages);
  const outDir = join(dir, 'out');
  const r = build({ ATLAS_CONTENT_DIR: dir }, outDir);
  const built = r.output.match(/(\d+) page\(s\) built/)?.[1] ?? '?';
  synthRows.push([pages, files, built, r.total, r.astro, r.pagefind, r.sw, r.bundles, r.rssMb, (r.total / Number(built)).toFixed(1)]);
  rmSync(dir, { recursive: true, force: true });
  console.log(`  synthetic ${pages}: done`);
}
console.log('Synthetic corpora (both languages): build time (ms) and peak memory');
table(synthHeader, synthRows);

// The same documents, built by the atlas and by a pinned Starlight side by side (BENCH_STARLIGHT=0 skips it).
if (process.env.BENCH_STARLIGHT !== '0') {
  const perLang = Number(process.env.BENCH_STARLIGHT_DOCS ?? 500);
  const r = compareWithStarlight({
    perLang,
    langs: LANGS,
    atlasCorpus: (n, prose) => syntheticCorpus(0, { countriesPerLang: n, prose }),
    buildAtlas: (dir) => build({ ATLAS_CONTENT_DIR: dir }, join(dir, 'out')),
  });
  console.log(`\nSide by side with Starlight ${STARLIGHT_VERSION}: ${r.documents} documents of ${r.words} words (${perLang} per language), cold builds`);
  table(
    ['site', 'pages built', 'build ms', 'ms/document', 'ms/page'],
    [
      ['Starlight', r.starlight.pages, r.starlight.ms, (r.starlight.ms / r.documents).toFixed(1), (r.starlight.ms / r.starlight.pages).toFixed(1)],
      ['atlas', r.atlas.pages, r.atlas.ms, (r.atlas.ms / r.documents).toFixed(1), (r.atlas.ms / r.atlas.pages).toFixed(1)],
    ],
  );
  console.log(`Atlas / Starlight, per document: ${(r.atlas.ms / r.starlight.ms).toFixed(2)} (the budget: at most 1.00)`);
}

// Offline at 500 countries per language (issue 18): what saving downloads must stay small however
// many countries the guide covers. BENCH_OFFLINE_COUNTRIES= (empty) skips this heavy build.
const offlineCountries = Number(process.env.BENCH_OFFLINE_COUNTRIES ?? 500);
if (offlineCountries) {
  const { dir } = syntheticCorpus(0, { countriesPerLang: offlineCountries, lists: 7 });
  const outDir = join(dir, 'out');
  const r = build({ ATLAS_CONTENT_DIR: dir }, outDir);
  const built = r.output.match(/(\d+) page\(s\) built/)?.[1] ?? '?';
  console.log(`\nOffline at ${offlineCountries} countries, 9 threats, 7 checklists per language (${built} pages built, ${r.total} ms):`);
  console.log(`Saving offline downloads, per language (budget ${mib(OFFLINE_BUDGET_BYTES.at500Countries)} MiB): ${offlineFigures(outDir)}`);
  rmSync(dir, { recursive: true, force: true });
}

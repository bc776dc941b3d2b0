/**
 * `npm run links:external` lists every outside address the content cites, per file, so someone
 * online can check them (the build and tests run offline and cannot). Tab-separated output.
 */
import { contentFiles } from './lib/content-files.mjs';

/** @type {Map<string, Set<string>>} */
const seen = new Map();
for (const entry of contentFiles()) {
  const urls = [
    ...(entry.data.sources ?? []).flatMap((/** @type {{ url: string; archived?: string }} */ s) => [s.url, s.archived]),
    ...(entry.data.help ?? []).map((/** @type {{ url: string }} */ h) => h.url),
    ...[...entry.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)|href="(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? m[2]),
  ].filter(Boolean);
  for (const url of urls) {
    if (!seen.has(url)) seen.set(url, new Set());
    seen.get(url)?.add(entry.file);
  }
}
console.log('url\tcited in');
for (const [url, files] of [...seen].sort(([a], [b]) => a.localeCompare(b))) console.log(`${url}\t${[...files].join(', ')}`);
console.error(`${seen.size} distinct external addresses`);

/**
 * The Kiwix archives read back with Kiwix's own tools (Debian's zim-tools): zimcheck passes with
 * no errors, every link between pages resolves inside the language's archive, and the full-text
 * index that Kiwix searches finds the pages. No browser is needed.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { DIST } from './support/dist';
import { filesBelow } from '../src/lib/files';
import { zimFileName } from '../src/lib/bundles';
import { ZIM_TOOLS_MISSING, findZimTool } from '../scripts/zim-tools.mjs';
import { ui } from '../src/i18n';

function tool(name: string, args: string[]): string {
  const path = findZimTool(name);
  if (!path) throw new Error(`${name} is missing. ${ZIM_TOOLS_MISSING}`);
  return execFileSync(path, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

for (const [lang, query, country] of [
  ['en', 'Kazakhstan', 'Kazakhstan'],
  ['ru', 'Казахстан', 'Казахстан'],
] as const) {
  test(`${lang}: the Kiwix archive passes zimcheck, its links resolve within the language, and its full-text search finds pages`, () => {
    const zim = join(DIST, 'downloads', zimFileName(lang));
    expect(existsSync(zim), `${zim} was not built. ${ZIM_TOOLS_MISSING}`).toBe(true);

    // zimcheck -A: integrity, metadata (title, description, language, illustration…), main page, internal URLs, redundancy.
    let report: string;
    try {
      report = tool('zimcheck', ['-A', zim]);
    } catch (error) {
      throw new Error(`zimcheck failed:\n${(error as { stdout?: string }).stdout}`);
    }
    expect(report).toContain('Overall Test Status: Pass');
    expect(report).not.toMatch(/\[ERROR\]/);

    const info = tool('zimdump', ['info', zim]);
    expect(info).toContain(`main page: ${lang}/index.html`);
    expect(info).toContain('favicon: Illustration_48x48@1');

    const dir = mkdtempSync(join(tmpdir(), 'atlas-zim-'));
    try {
      tool('zimdump', ['dump', `--dir=${dir}`, zim]);
      const files = filesBelow(dir);
      expect(
        files.some((f) => f.startsWith(lang === 'en' ? 'ru/' : 'en/')),
        'the other language is not in the archive',
      ).toBe(false);
      const pages = files.filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(50);
      const broken: string[] = [];
      for (const page of pages) {
        const html = readFileSync(join(dir, page), 'utf8');
        expect(html, `${page} carries no script`).not.toMatch(/<script\b/);
        for (const [, value] of html.matchAll(/\s(?:href|src|action)="([^"#?]*)[^"]*"/g)) {
          if (!value || /^[a-z]+:|^\/\//i.test(value)) continue;
          const target = resolve(dirname(join(dir, page)), value);
          if (value.startsWith('/') || !target.startsWith(dir + sep) || !existsSync(target) || value.endsWith('/')) broken.push(`${page}: ${value}`);
        }
      }
      expect(broken, 'links that do not name a file inside the archive').toEqual([]);
      // The search page points to Kiwix's own search instead of ours.
      expect(readFileSync(join(dir, lang, 'search/index.html'), 'utf8')).toContain(ui(lang).searchInKiwix.slice(0, 30));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Kiwix's full-text index (Xapian, inside the archive) finds the country page first.
    const results = tool('zimsearch', [zim, query]);
    expect(results.split('\n').find((line) => line.startsWith('score'))).toContain(`${country} · ${ui(lang).siteName}`);
  });
}

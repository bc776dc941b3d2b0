/**
 * Share previews read the way a messenger's preview bot reads them: the tags parsed from the
 * page's HTML, with no browser and no network. Every address must be absolute and on this site.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DIST, readBuilt } from './support/dist';

/** What a preview bot collects: every <meta property|name content> in <head>, first value wins. */
function previewTags(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined && !tags.has(key)) tags.set(key, content.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  }
  return tags;
}

for (const path of ['/en/countries/kyrgyzstan/', '/ru/checklists/if-detained/', '/ru/', '/en/about/']) {
  test(`${path}: Open Graph and Twitter card tags give a title, a description and a same-origin image`, async () => {
    const html = readBuilt(path);
    const tags = previewTags(html);
    const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
    const site = new URL(tags.get('og:url')!).origin;
    expect(tags.get('og:title')).toBe(title.replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
    expect(tags.get('twitter:title')).toBe(tags.get('og:title'));
    expect(tags.get('og:description')!.length).toBeGreaterThan(20);
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect(new URL(tags.get('og:url')!).pathname).toBe(path);
    // Every address in a preview tag is absolute and on the page's own site: no request to anyone else.
    for (const [key, value] of tags) {
      if (/^https?:/.test(value)) expect(new URL(value).origin, key).toBe(site);
    }
    const image = new URL(tags.get('og:image')!);
    expect(tags.get('twitter:image')).toBe(image.href);
    const meta = await sharp(readFileSync(join(DIST, image.pathname))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', Number(tags.get('og:image:width')), Number(tags.get('og:image:height'))]);
  });
}

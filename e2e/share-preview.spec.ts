/**
 * Share previews read the way a messenger's preview bot reads them (issue 18): the page's HTML
 * fetched over HTTP, its Open Graph and Twitter tags parsed with no browser, and the image fetched
 * only from the page's own site. A bot that would have to ask another site for anything fails here.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { axeViolations } from './support/axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, discreetLinks, readBuilt } from './support/dist';
import { GIVEAWAY_WORDS } from '../src/lib/share-preview';
import { LANGS, ui } from '../src/i18n';

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a preview bot collects from <head>: the <title> and every <meta property|name content>, first value wins. */
function parseTags(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = new Map<string, string>([['title', decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '')]]);
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined && !tags.has(key)) tags.set(key, decode(content));
  }
  return tags;
}

/** Width and height from a PNG's signature and IHDR chunk, as an image decoder reads them first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Preview {
  url: URL;
  html: string;
  tags: Map<string, string>;
  image: URL;
}

/**
 * Fetches a page and its preview image like a bot that asks no one but the page's own site: every
 * address in a preview tag must resolve to the page's origin, and the image must be a PNG of the
 * size the tags state.
 */
async function fetchPreview(request: APIRequestContext, url: URL): Promise<Preview> {
  const response = await request.get(url.href, { maxRedirects: 0 });
  expect(response.status(), url.pathname).toBe(200);
  const html = await response.text();
  const tags = parseTags(html);
  for (const [key, value] of tags) {
    if (/^(og:(url|image)|twitter:image)$/.test(key)) expect(new URL(value, url).origin, `${url.pathname} ${key}`).toBe(url.origin);
  }
  expect(tags.get('twitter:card')).toBe('summary_large_image');
  expect(tags.get('og:title')).toBeTruthy();
  expect(tags.get('twitter:title')).toBe(tags.get('og:title'));
  expect(tags.get('og:description')!.length).toBeGreaterThan(20);
  const image = new URL(tags.get('og:image')!, url);
  expect(new URL(tags.get('twitter:image')!, url).href).toBe(image.href);
  const png = await request.get(image.href, { maxRedirects: 0 });
  expect(png.status(), image.pathname).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect(pngSize(await png.body())).toEqual({ width: Number(tags.get('og:image:width')), height: Number(tags.get('og:image:height')) });
  return { url, html, tags, image };
}

for (const path of [
  '/en/countries/kyrgyzstan/',
  '/ru/countries/kazakhstan/',
  '/ru/checklists/if-detained/',
  '/en/checklists/documents/',
  '/ru/',
  '/en/about/',
]) {
  test(`${path}: a preview bot finds a title, a description and an image on this site`, async ({ request, baseURL }) => {
    const { tags, image } = await fetchPreview(request, new URL(path, baseURL));
    const html = readBuilt(path);
    expect(tags.get('og:title')).toBe(tags.get('title'));
    if (/\/(countries|checklists)\/[^/]+\/$/.test(path)) {
      // Countries and checklists have their own image, which says what the page is.
      expect(image.pathname).toBe(`${path}preview.png`);
      const h1 = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!);
      expect(tags.get('og:image:alt')).toContain(h1);
      const risk = /<span class="risk risk--\w+" data-risk="\w+">([^<]+)<\/span>/.exec(html)?.[1];
      if (path.includes('/countries/')) expect(tags.get('og:image:alt')).toContain(risk!);
    }
  });
}

test('a preview image shows its page: another country or language has another image', async ({ request, baseURL }) => {
  const bodies = await Promise.all(
    ['/en/countries/kazakhstan/preview.png', '/ru/countries/kazakhstan/preview.png', '/en/countries/georgia/preview.png'].map(async (p) =>
      (await request.get(new URL(p, baseURL).href)).body(),
    ),
  );
  expect(new Set(bodies.map((b) => b.toString('base64'))).size).toBe(3);
});

/** The discreet link a page offers in its footer. */
function discreetLinkOf(html: string, baseURL: string): URL {
  const href = /<a href="(\/[a-z-]+\/l\/[a-z2-7]+\/)">/.exec(html)?.[1];
  expect(href, 'the page offers a discreet link').toBeTruthy();
  return new URL(href!, baseURL);
}

for (const [lang, country, checklist] of [
  ['en', 'kazakhstan', 'if-detained'],
  ['ru', 'kazakhstan', 'if-detained'],
] as const) {
  test(`${lang}: a discreet link's preview is neutral, names neither the page nor the site, and is the same for every page`, async ({ request, baseURL }) => {
    const countryPage = `/${lang}/countries/${country}/`;
    const link = discreetLinkOf(readBuilt(countryPage), baseURL!);
    const discreet = await fetchPreview(request, link);
    const other = await fetchPreview(request, discreetLinkOf(readBuilt(`/${lang}/checklists/${checklist}/`), baseURL!));

    expect(discreet.tags.has('og:site_name')).toBe(false);
    const countryTitle = parseTags(readBuilt(countryPage)).get('og:image:alt')!.split('.')[0]!;
    const visible = [...discreet.tags].filter(([key]) => !/^og:(url|image)$|^twitter:image$/.test(key)).map(([key, value]) => `${key}: ${value}`);
    // And the text of the page itself, for a browser that does not forward at once.
    visible.push(decode(discreet.html.slice(discreet.html.indexOf('<body')).replace(/<[^>]+>/g, ' ')));
    visible.push(discreet.image.pathname);
    const giveaways = [...GIVEAWAY_WORDS, ...LANGS.map((l) => ui(l).siteName.toLowerCase()), countryTitle.toLowerCase(), country];
    for (const text of visible) for (const word of giveaways) expect(text.toLowerCase(), `"${word}"`).not.toContain(word);

    // Two different pages: the same preview, so a preview cannot tell them apart.
    const withoutUrl = (tags: Map<string, string>) => [...tags].filter(([key]) => key !== 'og:url');
    expect(withoutUrl(other.tags)).toEqual(withoutUrl(discreet.tags));
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, serviceWorkers: 'block' });
  test('a discreet link opens the page it stands for', async ({ page, baseURL }) => {
    const link = discreetLinkOf(readBuilt('/ru/countries/kazakhstan/'), baseURL!);
    await page.goto(link.href);
    await expect(page).toHaveURL(new URL('/ru/countries/kazakhstan/', baseURL).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Казахстан');
  });
});

test('every discreet link forwards to the page that offers it, and every page that offers one has it', () => {
  const offered = new Map<string, string>();
  for (const page of builtPages()) {
    const href = /<a href="(\/[a-z-]+\/l\/[a-z2-7]+\/)">/.exec(readBuilt(page))?.[1];
    if (href) offered.set(href, page);
  }
  // Countries, threats, checklists and guide pages, in both languages.
  expect(offered.size).toBeGreaterThan(60);
  expect(discreetLinks().sort()).toEqual([...offered.keys()].sort());
  for (const [link, page] of offered) {
    const html = readFileSync(join(DIST, link, 'index.html'), 'utf8');
    expect(/<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1], link).toBe(page);
    expect(html, link).toContain(`<a href="${page}">`);
  }
});

test("a discreet link's page passes axe, as a reader whose browser does not forward sees it", async ({ page, baseURL }) => {
  const link = discreetLinkOf(readBuilt('/en/countries/georgia/'), baseURL!);
  const html = readFileSync(join(DIST, link.pathname, 'index.html'), 'utf8').replace(/<meta http-equiv="refresh"[^>]*>/, '');
  await page.route(link.href, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(link.href);
  expect(await axeViolations(page)).toEqual([]);
});

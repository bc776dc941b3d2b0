import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileLink, rewriteForFiles, type FileLinkOptions } from './file-links';

const held = new Set([
  'en/index.html',
  'en/countries/index.html',
  'en/countries/georgia/index.html',
  'en/countries/georgia/sources/index.html',
  'en/search/index.html',
  '_astro/site.css',
  'icon.svg',
  'en/checklists/documents/documents-en.html',
]);
const options: FileLinkOptions = { base: '/', site: 'https://atlas.example', has: (p) => held.has(p) };
const page = 'en/countries/georgia/index.html';

test('a link to a page of the copy becomes relative and names its index.html', () => {
  assert.equal(fileLink('/en/countries/', page, options), '../index.html');
  assert.equal(fileLink('/en/', page, options), '../../index.html');
  assert.equal(fileLink('sources/#s7', page, options), 'sources/index.html#s7');
  assert.equal(fileLink('/_astro/site.css', page, options), '../../../_astro/site.css');
  assert.equal(fileLink('/en/search/?q=x', page, options), '../../search/index.html?q=x');
  assert.equal(fileLink('/en/checklists/documents/documents-en.html', 'en/index.html', options), 'checklists/documents/documents-en.html');
});

test('a link to the page itself, an anchor, or another site is left alone', () => {
  assert.equal(fileLink('#main', page, options), '#main');
  assert.equal(fileLink('https://www.bbc.com/weather', page, options), 'https://www.bbc.com/weather');
  assert.equal(fileLink('mailto:a@b.example', page, options), 'mailto:a@b.example');
  assert.equal(fileLink('/en/countries/georgia/', page, options), 'index.html');
});

test('a link to what the copy does not hold goes to the site itself', () => {
  assert.equal(fileLink('/ru/countries/georgia/', page, options), 'https://atlas.example/ru/countries/georgia/');
  assert.equal(fileLink('/downloads/a.zip', page, options), 'https://atlas.example/downloads/a.zip');
});

test('under a base path, only what lies under the base belongs to the copy', () => {
  const mirror = { ...options, base: '/mirror/' };
  assert.equal(fileLink('/mirror/en/countries/', page, mirror), '../index.html');
  assert.equal(fileLink('/mirror/ru/', page, mirror), 'https://atlas.example/mirror/ru/');
  assert.equal(fileLink('/elsewhere/', page, mirror), '/elsewhere/');
});

test('a page is rewritten in its tags only: script and style contents and text stay as they are', () => {
  const html =
    '<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://atlas.example/en/countries/georgia/">' +
    '<form action="/en/search/" method="get"></form><p>Write href="/en/" in text</p>' +
    '<script type="text/pagefind-template"><a href="{{ url }}">x</a><a href="/en/">y</a></script>' +
    '<script type="module" src="/_astro/site.js"></script><img srcset="/icon.svg 1x, /icon.svg 2x" src="/icon.svg">' +
    '<meta http-equiv="refresh" content="0; url=/en/countries/">';
  assert.equal(
    rewriteForFiles(html, page, { ...options, has: (p) => held.has(p) || p === '_astro/site.js' }),
    '<link rel="stylesheet" href="../../../_astro/site.css"><link rel="canonical" href="https://atlas.example/en/countries/georgia/">' +
      '<form action="../../search/index.html" method="get"></form><p>Write href="/en/" in text</p>' +
      '<script type="text/pagefind-template"><a href="{{ url }}">x</a><a href="/en/">y</a></script>' +
      '<script type="module" src="../../../_astro/site.js"></script><img srcset="../../../icon.svg 1x, ../../../icon.svg 2x" src="../../../icon.svg">' +
      '<meta http-equiv="refresh" content="0; url=../index.html">',
  );
});

test('a copy without our scripts drops every script element', () => {
  const html = '<p>a</p><script type="module" src="/x.js"></script><script>1</script><p>b</p>';
  assert.equal(rewriteForFiles(html, page, { ...options, dropScripts: true }), '<p>a</p><p>b</p>');
});

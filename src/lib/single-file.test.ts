import { test } from 'node:test';
import assert from 'node:assert/strict';
import { singleFileChecklist, singleFilePlan } from './single-file';
import { groupByPriority } from './checklist-view';

const items = [
  { id: 'b', priority: 'recommended' as const, action: 'Second <b>thing</b>', why: 'Why & how', how: ['Step'] },
  { id: 'a', priority: 'essential' as const, action: 'First', why: 'Because', how: ['One', 'Two'] },
];

test('items are grouped essentials first, in the author’s order within a group', () => {
  assert.deepEqual(
    groupByPriority(items).map((g) => [g.priority, g.items.map((i) => i.id)]),
    [
      ['essential', ['a']],
      ['recommended', ['b']],
    ],
  );
});

test('the single-file copy is self-contained, escapes content and keeps permalinks', () => {
  const html = singleFileChecklist({
    lang: 'en',
    siteName: 'Atlas',
    title: 'Docs "list"',
    summary: 'S',
    audience: 'A',
    audienceLabel: 'For',
    versionLabel: 'Version of',
    version: '25 November 2026',
    url: 'https://example.org/en/checklists/docs/',
    qrSvg: '<svg></svg>',
    groups: groupByPriority(items).map((g) => ({ heading: g.priority, items: g.items })),
    whyLabel: 'Why',
    howLabel: 'How',
    sourcesLabel: 'Sources',
    sources: [],
  });
  assert.doesNotMatch(html, /<(script|link|img|iframe)\b/i);
  assert.doesNotMatch(html, /\s(src|href)=/i);
  assert.match(html, /Second &lt;b&gt;thing&lt;\/b&gt;/);
  assert.match(html, /Why &amp; how/);
  assert.match(html, /<title>Docs &quot;list&quot; · Atlas<\/title>/);
  assert.match(html, /<h3 id="a">/);
  assert.match(html, /default-src 'none'/);
});

test('a copy built without the real site address names no address and has no QR code', () => {
  const html = singleFileChecklist({
    lang: 'en',
    siteName: 'Atlas',
    title: 'T',
    summary: 'S',
    audience: 'A',
    audienceLabel: 'For',
    versionLabel: 'Version of',
    version: '25 November 2026',
    groups: groupByPriority(items).map((g) => ({ heading: g.priority, items: g.items })),
    whyLabel: 'Why',
    howLabel: 'How',
    sourcesLabel: 'Sources',
    sources: [],
  });
  assert.doesNotMatch(html, /class="qr"|<svg|https?:/);
  assert.match(html, /Version of 25 November 2026<\/p>/);
});

test('the single-file plan gives each item its why, how and checklist, the country steps and the sources, self-contained', () => {
  const html = singleFilePlan({
    lang: 'en',
    siteName: 'Atlas',
    title: 'My plan',
    notes: ['For: Kazakhstan'],
    groups: [
      { heading: 'Essential', items: [{ id: 'documents--a', action: 'Act <now>', why: 'Because & so', how: ['One', 'Two'], checklistTitle: 'Documents' }] },
    ],
    country: { heading: 'Your country: Kazakhstan', sections: [{ heading: 'If you are wanted', lines: ['Claim asylum (UNHCR, 2019)'] }] },
    whyLabel: 'Why',
    howLabel: 'How',
    sourcesLabel: 'Sources',
    sources: ['UNHCR. Asylum. 2019. https://example.org/a'],
  });
  assert.doesNotMatch(html, /<(script|link|img|iframe)\b/i);
  assert.doesNotMatch(html, /\s(src|href)=/i);
  assert.match(html, /Act &lt;now&gt;/);
  assert.match(html, /<strong>Why:<\/strong> Because &amp; so/);
  assert.match(html, /<ol><li>One<\/li><li>Two<\/li><\/ol>/);
  assert.match(html, /<p class="meta">Documents<\/p>/);
  assert.match(html, /<h2>Your country: Kazakhstan<\/h2><h3>If you are wanted<\/h3><ul class="steps"><li>Claim asylum \(UNHCR, 2019\)<\/li>/);
  assert.match(html, /<li>UNHCR\. Asylum\. 2019\. https:\/\/example\.org\/a<\/li>/);
  assert.match(html, /<p class="meta">For: Kazakhstan<\/p>/);
});

test('an item whose checklist could not be read keeps its action, without empty why and how', () => {
  const html = singleFilePlan({
    lang: 'en',
    siteName: 'Atlas',
    title: 'My plan',
    notes: [],
    groups: [{ heading: 'Essential', items: [{ id: 'x', action: 'Act', why: '', how: [], checklistTitle: 'Documents' }] }],
    whyLabel: 'Why',
    howLabel: 'How',
    sourcesLabel: 'Sources',
    sources: [],
  });
  assert.match(html, /Act<\/label>/);
  assert.doesNotMatch(html, /Why:|How:|<h2>Sources/);
});

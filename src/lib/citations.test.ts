import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citations, numberCitations, citedIdsInBody } from './citations';

const cite = (id: string) => `<sup class="cite">[<a data-cite="${id}" href="#source-${id}">?</a>]</sup>`;

test('citations become the number of the source in the page list', () => {
  const { html, unknown } = numberCitations(`A${cite('b')} B${cite('a')}`, citations(['a', 'b']));
  assert.equal(unknown.length, 0);
  assert.match(html, /<a href="#s2">2<\/a>/);
  assert.match(html, /<a href="#s1">1<\/a>/);
});

test('an unknown citation is reported', () => {
  assert.deepEqual(numberCitations(cite('zzz'), citations(['a'])).unknown, ['zzz']);
});

test('citations can point to a separate sources page, or to a prefixed list', () => {
  assert.match(numberCitations(cite('a'), citations(['a'], { page: 'sources/' })).html, /href="sources\/#s1"/);
  assert.match(numberCitations(cite('a'), citations(['x', 'a'], { anchorPrefix: 'alert-' })).html, /href="#alert-s2"/);
});

test('Cite ids are read from MDX bodies', () => {
  assert.deepEqual(citedIdsInBody(`Text <Cite id="x-1" /> more <Cite id='y'/>`), ['x-1', 'y']);
});

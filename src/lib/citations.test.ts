import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citeNumbers, numberCitations, citedIdsInBody } from './citations';

const cite = (id: string) => `<sup class="cite">[<a data-cite="${id}" href="#source-${id}">?</a>]</sup>`;

test('citations become the number of the source in the page list', () => {
  const { html, unknown } = numberCitations(`A${cite('b')} B${cite('a')}`, citeNumbers(['a', 'b']));
  assert.equal(unknown.length, 0);
  assert.match(html, /href="#source-b">2<\/a>/);
  assert.match(html, /href="#source-a">1<\/a>/);
});

test('an unknown citation is reported', () => {
  assert.deepEqual(numberCitations(cite('zzz'), citeNumbers(['a'])).unknown, ['zzz']);
});

test('anchor prefixes keep several source lists on one page apart', () => {
  assert.match(numberCitations(cite('a'), citeNumbers(['a']), 'alert-').html, /href="#source-alert-a"/);
});

test('Cite ids are read from MDX bodies', () => {
  assert.deepEqual(citedIdsInBody(`Text <Cite id="x-1" /> more <Cite id='y'/>`), ['x-1', 'y']);
});

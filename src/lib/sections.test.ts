import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameTitle, splitSections } from './sections';

test('prose splits at each h2, keeping what comes before the first heading', () => {
  const parts = splitSections('<p>Intro</p><h2 id="a">Who <em>can</em> help</h2><p>A</p><h3>x</h3><h2 id="b">Other</h2><p>B</p>');
  assert.deepEqual(
    parts.map((p) => [p.title, p.body]),
    [
      ['', '<p>Intro</p>'],
      ['Who can help', '<p>A</p><h3>x</h3>'],
      ['Other', '<p>B</p>'],
    ],
  );
  assert.equal(parts[1]?.html, '<h2 id="a">Who <em>can</em> help</h2><p>A</p><h3>x</h3>');
  assert.equal(parts.map((p) => p.html).join(''), '<p>Intro</p><h2 id="a">Who <em>can</em> help</h2><p>A</p><h3>x</h3><h2 id="b">Other</h2><p>B</p>');
});

test('prose without headings is one untitled section; empty prose is none', () => {
  assert.deepEqual(splitSections('<p>Only</p>').map((p) => p.title), ['']);
  assert.deepEqual(splitSections('  '), []);
});

test('headings compare without regard to case or spacing', () => {
  assert.ok(sameTitle('Где источники  расходятся', 'где источники расходятся'));
  assert.ok(!sameTitle('Who can help', 'Where to get help'));
});

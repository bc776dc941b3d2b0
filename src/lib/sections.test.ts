import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryProse, hasDisagreement, sameTitle, splitSections } from './sections';

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
  assert.deepEqual(
    splitSections('<p>Only</p>').map((p) => p.title),
    [''],
  );
  assert.deepEqual(splitSections('  '), []);
});

test('headings compare without regard to case or spacing', () => {
  assert.ok(sameTitle('Где источники  расходятся', 'где источники расходятся'));
  assert.ok(!sameTitle('Who can help', 'Where to get help'));
});

test("a country's lead stays on its page; longer sections and disagreements go to the evidence page", () => {
  const h = { overview: 'Overview', whoCanHelp: 'Who can help', sourcesDisagree: 'Where sources disagree' };
  const html =
    '<p>Lead</p><h2 id="asylum">Asylum is weak</h2><p>A</p><h2 id="help">Who can help</h2><p>H</p><h2 id="d">Where sources disagree</h2><p>D</p><h2 id="cams">Cameras</h2><p>C</p>';
  const prose = countryProse(splitSections(html), h);
  assert.equal(prose.lead, '<p>Lead</p>');
  assert.equal(prose.help, '<p>H</p>');
  assert.equal(prose.disagreement, '<p>D</p>');
  assert.deepEqual(
    prose.more.map((x) => [x.id, x.title, x.body]),
    [
      ['asylum', 'Asylum is weak', '<p>A</p>'],
      ['cams', 'Cameras', '<p>C</p>'],
    ],
  );
  // A first "Overview" heading is the lead, printed without its heading; any other first heading is not.
  assert.equal(countryProse(splitSections('<h2 id="o">overview</h2><p>O</p><h2 id="x">X</h2><p>x</p>'), h).lead, '<p>O</p>');
  const noLead = countryProse(splitSections('<h2 id="x">X</h2><p>x</p>'), h);
  assert.equal(noLead.lead, '');
  assert.deepEqual(
    noLead.more.map((x) => x.id),
    ['x'],
  );
});

test('a body has a disagreement section only under its own second-level heading', () => {
  const heading = 'Where sources disagree';
  assert.ok(hasDisagreement('Lead.\n\n## Who can help\n\nText.\n\n##  where sources  disagree \n\nThey do.\n', heading));
  // A smaller heading, a mention in the prose or another section is not that section.
  assert.ok(!hasDisagreement('### Where sources disagree\n\nText.\n', heading));
  assert.ok(!hasDisagreement('See "## Where sources disagree" on the evidence page.\n', heading));
  assert.ok(!hasDisagreement('## Who can help\n\nText.\n', heading));
  assert.ok(!hasDisagreement('', heading));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { COUNCIL_OF_EUROPE, UN_COMPLAINTS } from './help-flow';

// The lists name countries by slug; a misspelt slug would silently show "we have not confirmed"
// on the help page. Checked against the real content here rather than in the build, because test
// fixtures build with only a few countries.
const countrySlugs = readdirSync('content/countries/en').map((f) => f.replace(/\.mdx?$/, ''));

test('every country the help page says accepts UN complaints, has not ratified the Covenant or is in the Council of Europe has a country page', () => {
  for (const [name, list] of [
    ['UN_COMPLAINTS.countries', UN_COMPLAINTS.countries],
    ['UN_COMPLAINTS.notParty', UN_COMPLAINTS.notParty],
    ['COUNCIL_OF_EUROPE.countries', COUNCIL_OF_EUROPE.countries],
  ] as const) {
    const unknown = list.filter((slug) => !countrySlugs.includes(slug));
    assert.deepEqual(unknown, [], `${name} in src/data/help-flow.ts names ${unknown.join(', ')}, which has no page in content/countries/en/`);
  }
});

test('no country is said both to accept UN complaints and not to be a party to the Covenant', () => {
  const both = UN_COMPLAINTS.countries.filter((slug) => UN_COMPLAINTS.notParty.includes(slug));
  assert.deepEqual(both, []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carriedFragment, fragmentAnchor, withoutAnchor } from './fragment';
import { profileFromFragment } from './profile';

const answers = '#profile&v=1&country=kazakhstan&wanted=interstate';

test("a link's own anchor rides at the end of carried answers, and is read back as the anchor", () => {
  const carried = carriedFragment(answers, 'check-wanted-status');
  assert.equal(carried, `${answers}&at=check-wanted-status`);
  assert.equal(fragmentAnchor(carried), 'check-wanted-status');
  assert.equal(withoutAnchor(carried), answers);
  // Carried on again, the old anchor gives way to the new link's, or to none.
  assert.equal(carriedFragment(carried, 'country-georgia'), `${answers}&at=country-georgia`);
  assert.equal(carriedFragment(carried, ''), answers);
});

test('the anchor is not an answer: the profile reads the same with or without it', () => {
  const countries = ['kazakhstan', 'georgia'];
  assert.deepEqual(profileFromFragment(carriedFragment(answers, 'x'), countries), profileFromFragment(answers, countries));
  assert.deepEqual(profileFromFragment(answers, countries), { country: 'kazakhstan', wanted: 'interstate' });
  // Anywhere but at the end, "at" is an unknown answer: no profile, as for any hand-edited fragment.
  assert.equal(profileFromFragment('#profile&v=1&at=x&wanted=no', countries), undefined);
});

test('an ordinary fragment is its own anchor; malformed ones name none', () => {
  assert.equal(fragmentAnchor('#for-wanted'), 'for-wanted');
  assert.equal(fragmentAnchor('#%D0%B0'), 'а');
  assert.equal(fragmentAnchor('#%ZZ'), '');
  assert.equal(fragmentAnchor(''), '');
  assert.equal(fragmentAnchor(`${answers}&at=a%26b`), 'a&b');
  assert.equal(fragmentAnchor(answers), '');
});

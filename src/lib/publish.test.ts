import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPublishBuild, publishSiteError } from './publish';

test('only ATLAS_PUBLISH=1 makes a publishing build', () => {
  assert.equal(isPublishBuild({ ATLAS_PUBLISH: '1' }), true);
  for (const value of [undefined, '', '0', 'yes', 'true']) assert.equal(isPublishBuild({ ATLAS_PUBLISH: value }), false, String(value));
});

test('a publishing build needs the real site address; other builds do not', () => {
  const publish = { ATLAS_PUBLISH: '1' };
  assert.match(publishSiteError(undefined, publish) ?? '', /ATLAS_PUBLISH=1 but ATLAS_SITE is not the real site address/);
  assert.ok(publishSiteError('https://exile-safety-atlas.example', publish));
  assert.ok(publishSiteError('not an address', publish));
  assert.equal(publishSiteError('https://atlas.example.org', publish), undefined);
  assert.equal(publishSiteError(undefined, {}), undefined);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOwnCache, isOwnScope } from './storage';

const origin = 'https://host.example';

test("only the site's own language scopes count as its service workers", () => {
  assert.equal(isOwnScope(`${origin}/ru/`, origin, '/'), true);
  assert.equal(isOwnScope(`${origin}/atlas/en/`, origin, '/atlas/'), true);
  assert.equal(isOwnScope(`${origin}/`, origin, '/'), false, 'a worker for the whole origin is not ours');
  assert.equal(isOwnScope(`${origin}/other-app/`, origin, '/'), false);
  assert.equal(isOwnScope(`${origin}/de/`, origin, '/'), false, 'a folder named like a language the site does not have is not ours');
  assert.equal(isOwnScope(`${origin}/en/countries/`, origin, '/'), false, 'nor one planted in a subfolder');
  assert.equal(isOwnScope(`${origin}/en/`, origin, '/atlas/'), false, 'a mirror at the root is another site');
  assert.equal(isOwnScope(`https://other.example/en/`, origin, '/'), false);
});

test("only the site's own caches, under its base path, are removed", () => {
  assert.equal(isOwnCache(`exile-atlas-ru-precache-v2-${origin}/ru/`, origin, '/'), true);
  assert.equal(isOwnCache(`exile-atlas-en-runtime-${origin}/atlas/en/`, origin, '/atlas/'), true);
  assert.equal(isOwnCache(`exile-atlas-en-runtime-${origin}/atlas/en/`, origin, '/'), false, "a mirror's cache on the same origin");
  assert.equal(isOwnCache('other-app-data', origin, '/'), false);
  assert.equal(isOwnCache(`other-app-${origin}/en/`, origin, '/'), false);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, ui } from '../i18n';
import { discreetId, discreetPath, isShareOnlyFile, neutralProblems, previewAddress, previewTags, previewUrl } from './share-preview';
import { PLACEHOLDER_SITE } from './urls';

test('a discreet id is short, depends only on the page path, and differs between pages', () => {
  assert.match(discreetId('en/countries/georgia/'), /^[a-z2-7]{8}$/);
  assert.equal(discreetId('en/countries/georgia/'), discreetId('en/countries/georgia/'));
  // Pinned: a published discreet link must keep working after any rebuild.
  assert.equal(discreetId('en/countries/georgia/'), 'jfzvzd5c');
  assert.notEqual(discreetId('en/countries/georgia/'), discreetId('ru/countries/georgia/'));
  assert.equal(discreetPath('ru', 'ru/countries/georgia/'), `ru/l/${discreetId('ru/countries/georgia/')}/`);
});

test('preview addresses are absolute on the real site and root-relative where the build does not know its address', () => {
  assert.equal(
    previewAddress('https://atlas.example.org', '/mirror/', 'en/countries/georgia/preview.png'),
    'https://atlas.example.org/mirror/en/countries/georgia/preview.png',
  );
  assert.equal(previewAddress(PLACEHOLDER_SITE, '/mirror/', 'en/countries/georgia/preview.png'), '/mirror/en/countries/georgia/preview.png');
  assert.equal(previewAddress(undefined, '/', 'preview.png'), '/preview.png');
  assert.equal(previewUrl(PLACEHOLDER_SITE, '/', 'en/'), undefined);
  assert.equal(previewUrl('https://atlas.example.org/', '/', 'en/'), 'https://atlas.example.org/en/');
});

test('tags without a value are left out, not written empty', () => {
  const tags = previewTags({ title: 'T', description: 'D', image: '/l/preview.png', imageAlt: 'A', locale: 'en-GB' });
  const names = tags.map(([, name]) => name);
  assert.ok(!names.includes('og:url') && !names.includes('og:site_name'));
  assert.ok(tags.every(([, , content]) => content !== ''));
  assert.deepEqual(
    tags.find(([, n]) => n === 'og:locale'),
    ['property', 'og:locale', 'en_GB'],
  );
});

test("the discreet links' own text names neither the site nor anything it is about, in every language", () => {
  const names = LANGS.map((l) => ui(l).siteName);
  for (const lang of LANGS) {
    const { neutralTitle, neutralDescription, neutralImageAlt, open } = ui(lang).share;
    assert.deepEqual(neutralProblems({ neutralTitle, neutralDescription, neutralImageAlt, open }, names), [], lang);
  }
  // The check itself catches a giveaway word and the site's name in the other language.
  assert.deepEqual(neutralProblems({ neutralTitle: 'Безопасность в эмиграции' }, names), [
    'neutralTitle "Безопасность в эмиграции" contains "эмигр", "безопас", "опасн"',
  ]);
  assert.equal(neutralProblems({ neutralTitle: `Link · ${ui('en').siteName}` }, names).length, 1);
});

test('preview images and discreet links stay out of the offline copies', () => {
  for (const path of ['preview.png', 'l/preview.png', 'en/countries/georgia/preview.png', 'ru/l/jfzvzd5c/index.html']) assert.ok(isShareOnlyFile(path), path);
  for (const path of ['en/countries/georgia/index.html', 'icons/192.png', 'en/checklists/documents/notes-mehx-en.html'])
    assert.ok(!isShareOnlyFile(path), path);
});

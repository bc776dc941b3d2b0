import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asSentence, sourceDateText } from './sources';

test('an undated source ends with one full stop, not "n.d.."', () => {
  assert.equal(asSentence(sourceDateText('n.d.', 'en-GB', 'n.d.')), 'N.d.');
  assert.equal(asSentence(sourceDateText('n.d.', 'ru-RU', 'б. д.')), 'Б. д.');
});

test('a date gets its full stop, and a Russian month after a full stop starts with a capital', () => {
  assert.equal(asSentence(sourceDateText('2023-06', 'en-GB', 'n.d.')), 'June 2023.');
  assert.match(asSentence(sourceDateText('2023-06', 'ru-RU', 'б. д.')), /^Июнь 2023( г\.)?\.?$/);
  assert.ok(!asSentence(sourceDateText('2023-06', 'ru-RU', 'б. д.')).endsWith('..'));
});

test('text that already ends a sentence is left as it is', () => {
  assert.equal(asSentence('Really?'), 'Really?');
  assert.equal(asSentence('  ends here. '), 'Ends here.');
  assert.equal(asSentence(''), '');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asSentence, sourceDateText, sourceView } from './sources';

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

test('a source reads in the page’s language: its publisher, our description with the one note, and its language only when it differs', () => {
  const entry = {
    publisher: { en: 'Caucasian Knot', ru: '«Кавказский узел»' },
    described: true as const,
    description: { en: 'Lawyers on the extradition risk', ru: 'Юристы о риске экстрадиции' },
    date: '2024',
    url: 'https://www.kavkaz-uzel.eu/articles/401876',
    lang: 'ru',
  };
  const en = sourceView('k', entry, 'en', 'description; the headline is not in the copies we read');
  assert.equal(en.publisher, 'Caucasian Knot');
  assert.equal(en.title, 'Lawyers on the extradition risk (description; the headline is not in the copies we read)');
  assert.equal(en.lang, 'ru');
  const ru = sourceView('k', entry, 'ru', 'описание; заголовка в прочитанных копиях нет');
  assert.equal(ru.publisher, '«Кавказский узел»');
  assert.equal(ru.title, 'Юристы о риске экстрадиции (описание; заголовка в прочитанных копиях нет)');
  assert.equal(ru.lang, undefined);
  const titled = sourceView(
    'm',
    { publisher: 'Meduza', title: 'Headline', date: 'n.d.', url: 'https://meduza.io/x', lang: 'en', via: { en: 'mirror copy', ru: 'зеркало' } },
    'ru',
    'x',
  );
  assert.deepEqual([titled.publisher, titled.title, titled.via, titled.lang], ['Meduza', 'Headline', 'зеркало', 'en']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryFor, rewriteQuery, normalise } from './search-query';

const countries = [
  { url: '/ru/countries/kyrgyzstan/', names: ['Кыргызстан', 'Киргизия', 'Kyrgyzstan', 'Kyrgyz Republic', 'Бишкек', 'Bishkek', 'Ош'] },
  { url: '/ru/countries/kazakhstan/', names: ['Казахстан', 'Kazakhstan', 'Алматы', 'Almaty'] },
  { url: '/ru/countries/uae/', names: ['Объединённые Арабские Эмираты', 'ОАЭ', 'UAE'] },
];

test('normalise: lower case, ё as е, quotes and question marks gone', () => {
  assert.equal(normalise('  «Объединённые»  Эмираты?! '), 'объединенные эмираты');
});

test('a country is found by its name in either language and script, and by a city', () => {
  assert.equal(countryFor('kyrgyzstan', countries)?.url, '/ru/countries/kyrgyzstan/');
  assert.equal(countryFor('Киргизия', countries)?.url, '/ru/countries/kyrgyzstan/');
  assert.equal(countryFor('Bishkek', countries)?.url, '/ru/countries/kyrgyzstan/');
  assert.equal(countryFor('Kyrgyz Republic', countries)?.url, '/ru/countries/kyrgyzstan/');
  assert.equal(countryFor('ОАЭ', countries)?.url, '/ru/countries/uae/');
  assert.equal(countryFor('Объединенные Арабские Эмираты', countries)?.url, '/ru/countries/uae/');
});

test('Russian case endings still name the country', () => {
  assert.equal(countryFor('в Казахстане', countries)?.url, '/ru/countries/kazakhstan/');
  assert.equal(countryFor('работа в Киргизии', countries)?.url, '/ru/countries/kyrgyzstan/');
  assert.equal(countryFor('задержали в Бишкеке', countries)?.url, '/ru/countries/kyrgyzstan/');
});

test('short or partial words do not name a country', () => {
  assert.equal(countryFor('', countries), undefined);
  assert.equal(countryFor('паспорт', countries), undefined);
  // "Ош" is a city, but only as a whole word: not inside "ошибка".
  assert.equal(countryFor('ошибка', countries), undefined);
  assert.equal(countryFor('Ош', countries)?.url, '/ru/countries/kyrgyzstan/');
  assert.equal(countryFor('каз', countries), undefined);
  // A multi-word name must appear whole.
  assert.equal(countryFor('Kyrgyz', countries), undefined);
});

test('synonyms become the words the site uses, in both languages', () => {
  assert.equal(rewriteQuery('Телеграм', 'ru'), 'telegram');
  assert.equal(rewriteQuery('ватсап аккаунт', 'ru'), 'whatsapp аккаунт');
  assert.equal(rewriteQuery('«деза»', 'ru'), 'фейки');
  assert.equal(rewriteQuery('ВНЖ', 'en'), 'residence permit');
  assert.equal(rewriteQuery('Телеграм', 'en'), 'telegram');
  // Part of a word is not a synonym.
  assert.equal(rewriteQuery('тгк', 'ru'), 'тгк');
});

test('question words are dropped unless nothing else is left', () => {
  assert.equal(rewriteQuery('задержали что делать', 'ru'), 'задержали');
  assert.equal(rewriteQuery('Что делать, если задержали?', 'ru'), 'задержали');
  assert.equal(rewriteQuery('what to do if detained', 'en'), 'detained');
  assert.equal(rewriteQuery('что делать', 'ru'), 'что делать');
});

test('a very long query is cut, not rejected', () => {
  assert.equal(rewriteQuery('а'.repeat(500) + ' б', 'ru').length, 200);
});

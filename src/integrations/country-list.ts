/**
 * `import { COUNTRIES } from 'virtual:atlas/countries'` gives a browser script every country slug
 * of every language. The profile scripts (src/scripts/for-you.ts) accept a reader's answers only
 * when the countries they name exist; the list used to be written into every country page, so at
 * 500 countries each page carried 500 slugs and the offline copy grew with the square of the
 * countries (issue #18). In a script chunk it is downloaded once and cached, and only by readers
 * who have answered the questions (the chunk loads only then).
 */
import type { Plugin } from 'vite';
import { LANGS } from '../i18n/langs.ts';
import { countrySlugs } from '../lib/content-dir.ts';
import { virtualModule } from './virtual-module.ts';

export function countryList(): Plugin {
  return virtualModule('exile-atlas:country-list', 'virtual:atlas/countries', () => {
    const countries = Object.fromEntries(LANGS.map((lang) => [lang, countrySlugs(lang)]));
    return `export const COUNTRIES = ${JSON.stringify(countries)};`;
  });
}

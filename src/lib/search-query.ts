/**
 * What a reader types, turned into what the site's index can find. Pure functions, run in the
 * browser by src/scripts/search.ts and tested beside this file.
 *
 * - Words people type for things the site writes otherwise ("Телеграм" for Telegram, «деза»
 *   for what the site calls fakes) are replaced by the site's word (SYNONYMS).
 * - Question words around the subject («задержали что делать») are dropped when something
 *   else is left, since Pagefind only returns pages that contain every word.
 * - A country's name in either language and script, one of its other names or a city
 *   (front matter `aliases` and `searchTerms`) names that country: its page goes first.
 */
import type { Lang } from '../i18n/langs';

import { MAX_QUERY } from './storage-keys';
export { MAX_QUERY, SEARCH_HANDOFF_KEY } from './storage-keys';

/**
 * Typed word (lower case, ё as е) → the word the site uses in that language's pages.
 * One table for both languages: a Russian reader on the English search typing «Телеграм» gets
 * "Telegram" too. Add a line when readers look for something under a name the site does not use.
 */
export const SYNONYMS: Partial<Record<Lang, Record<string, string>>> = {
  en: {
    телеграм: 'telegram',
    телеграмм: 'telegram',
    телега: 'telegram',
    тг: 'telegram',
    ватсап: 'whatsapp',
    вотсап: 'whatsapp',
    вацап: 'whatsapp',
    whatsup: 'whatsapp',
    внж: 'residence permit',
    деза: 'fake',
    дезинформация: 'fake',
    disinformation: 'fake',
    misinformation: 'fake',
    vpn: 'vpn',
  },
  ru: {
    телеграм: 'telegram',
    телеграмм: 'telegram',
    телега: 'telegram',
    тг: 'telegram',
    telegram: 'telegram',
    ватсап: 'whatsapp',
    вотсап: 'whatsapp',
    вацап: 'whatsapp',
    whatsapp: 'whatsapp',
    деза: 'фейки',
    дезы: 'фейки',
    дезинформация: 'фейки',
    дезинформации: 'фейки',
    'residence permit': 'внж',
  },
};

/** Words that only frame a question. Dropped unless the query is nothing else. */
const QUESTION_WORDS: Partial<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['what', 'to', 'do', 'how', 'should', 'i', 'if', 'can', 'when', 'where', 'is', 'it', 'my', 'me', 'a', 'the']),
  ru: new Set(['что', 'делать', 'как', 'быть', 'если', 'мне', 'меня', 'меня', 'можно', 'ли', 'где', 'когда', 'куда', 'нужно', 'надо', 'а', 'и']),
};

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'’?!.,;:()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query to send to the index: synonyms replaced, question words dropped. */
export function rewriteQuery(query: string, lang: Lang): string {
  let text = ` ${normalise(query.slice(0, MAX_QUERY))} `;
  // Longest first, so "residence permit" wins over a single word of it.
  for (const [typed, site] of Object.entries(SYNONYMS[lang] ?? {}).sort((a, b) => b[0].length - a[0].length)) {
    text = text.replaceAll(` ${typed} `, ` ${site} `);
  }
  const words = text.trim().split(' ').filter(Boolean);
  const kept = words.filter((w) => !QUESTION_WORDS[lang]?.has(w));
  return (kept.length ? kept : words).join(' ');
}

export interface CountryNames {
  /** The country page's address, as the index reports it. */
  url: string;
  /** Names in both languages, other names and cities, as written in front matter. */
  names: readonly string[];
}

/** A typed word matches a name, allowing for Russian case endings: «Киргизии», «в Казахстане», «Бишкеке». */
function wordMatches(word: string, name: string): boolean {
  if (word === name) return true;
  if (name.length < 5 || word.length < 4) return false;
  const stem = name.replace(/[аеиоуыэюяйь]+$/, '');
  return stem.length >= 4 && word.startsWith(stem) && word.length - stem.length <= 3;
}

/** The country a query names, if any: by a whole name ("Kyrgyz Republic") or a word of the query. */
export function countryFor(query: string, countries: readonly CountryNames[]): CountryNames | undefined {
  const text = normalise(query);
  if (!text) return undefined;
  const words = text.split(' ');
  return countries.find((c) =>
    c.names.some((raw) => {
      const name = normalise(raw);
      if (!name) return false;
      if (name.includes(' ')) return ` ${text} `.includes(` ${name} `);
      return words.some((w) => wordMatches(w, name));
    }),
  );
}

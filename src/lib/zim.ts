/**
 * What goes into each language's Kiwix archive (ZIM) and the metadata Kiwix shows in its library.
 * The archive holds the no-JavaScript pages of one language: Kiwix readers run a page's scripts
 * inconsistently and never run a service worker, and Kiwix brings its own full-text search, so
 * neither our scripts nor Pagefind's index go in.
 */
import type { Lang } from '../i18n';
import { ui } from '../i18n';
import { isShareOnlyFile } from './share-preview';

/** A built file of the archive of `lang`: the language's pages and the styles and icons they share. */
export function zimIncludes(path: string, lang: string): boolean {
  if (isShareOnlyFile(path)) return false;
  // Not the worker nor what saving for offline use downloads (offline-size.json, for the consent
  // text): both serve scripts, which the archive drops; the archive is written before they are.
  if (path.startsWith(`${lang}/`)) return !path.startsWith(`${lang}/pagefind/`) && path !== `${lang}/sw.js` && path !== `${lang}/offline-size.json`;
  return path === 'icon.svg' || path.startsWith('icons/') || (path.startsWith('_astro/') && path.endsWith('.css'));
}

/**
 * ISO 639-3, as the ZIM "Language" metadata requires; the site's languages use two-letter codes.
 * A language added to src/i18n needs its code here (the build says so).
 */
const ISO639_3: Record<string, string> = {
  en: 'eng',
  ru: 'rus',
  uk: 'ukr',
  be: 'bel',
  kk: 'kaz',
  ky: 'kir',
  ka: 'kat',
  hy: 'hye',
  az: 'aze',
  uz: 'uzb',
  tg: 'tgk',
  sr: 'srp',
  tr: 'tur',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
};

export function iso639_3(lang: string): string {
  const code = ISO639_3[lang];
  if (!code)
    throw new Error(
      `src/lib/zim.ts ISO639_3: no ISO 639-3 code for the language "${lang}". Add it (https://iso639-3.sil.org/code_tables/639/data) so its Kiwix archive says its language.`,
    );
  return code;
}

/** The illustration Kiwix shows in its library: a 48×48 PNG, written into the archive's folder. */
export const ZIM_ILLUSTRATION = 'illustration-48.png';

/**
 * zimwriterfs arguments for one language. Kiwix's metadata rules: Title at most 30 characters,
 * Description at most 80 (https://wiki.openzim.org/wiki/Metadata); checked here so a renamed
 * site fails with a clear message instead of a ZIM that zimcheck rejects.
 */
export function zimwriterfsArgs(lang: Lang, site: string, source: string, output: string): string[] {
  const t = ui(lang);
  if ([...t.siteName].length > 30) throw new Error(`src/i18n/${lang}.ts siteName: a Kiwix archive title has at most 30 characters; "${t.siteName}" is longer.`);
  if ([...t.tagline].length > 80)
    throw new Error(`src/i18n/${lang}.ts tagline: a Kiwix archive description has at most 80 characters; "${t.tagline}" is longer.`);
  return [
    `--welcome=${lang}/index.html`,
    `--illustration=${ZIM_ILLUSTRATION}`,
    `--language=${iso639_3(lang)}`,
    `--title=${t.siteName}`,
    `--description=${t.tagline}`,
    `--creator=${t.siteName}`,
    `--publisher=${t.siteName}`,
    `--name=exile-safety-atlas_${lang}_all`,
    `--source=${site}`,
    '--tags=_category:other;_pictures:no;_videos:no;_details:yes;_ftindex:yes',
    '--scraper=exile-safety-atlas',
    '--threads=2',
    source,
    output,
  ];
}

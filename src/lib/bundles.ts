/** What goes into each language's offline bundle, how it is named, and the files only the bundle has. */
import { escapeHtml } from './html';
import { isLang } from '../i18n';
import { isShareOnlyFile } from './share-preview';

/**
 * Download names say nothing about the guide (issue #14, "discreet names"): a file in a checked
 * phone's Downloads folder or on a USB stick should not announce "exile safety".
 */
export function bundleFileName(lang: string): string {
  return `guide-${lang}.zip`;
}

/** The Kiwix archive of one language, beside the zip in downloads/. */
export function zimFileName(lang: string): string {
  return bundleFileName(lang).replace(/\.zip$/, '.zim');
}

/** The one folder the zip unpacks to, so unzipping never scatters files into the reader's Downloads. */
export function bundleFolder(lang: string): string {
  return bundleFileName(lang).replace(/\.zip$/, '');
}

/** One language's pages plus everything they share; never another language's pages or earlier downloads. */
export function bundleIncludes(path: string, lang: string): boolean {
  if (path.startsWith('downloads/') || isShareOnlyFile(path)) return false;
  const first = path.split('/')[0];
  if (isLang(first)) return first === lang;
  return true;
}

const ENTRY: Record<string, { title: string; open: string }> = {
  en: { title: 'Exile Safety Atlas', open: 'Open the guide' },
  ru: { title: 'Атлас безопасности в эмиграции', open: 'Открыть справочник' },
};

/**
 * The bundle's index.html, the file a reader double-clicks: it opens the language's home page
 * (a meta refresh, which runs with JavaScript off and over file://), with a link for browsers
 * that do not follow it.
 */
export function bundleEntryPage(lang: string): string {
  const { title, open } = ENTRY[lang] ?? ENTRY['en']!;
  const target = `${lang}/index.html`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0; url=${target}">
<title>${escapeHtml(title)}</title></head>
<body><p><a href="${target}">${escapeHtml(open)}</a></p></body></html>
`;
}

export const BUNDLE_README: Record<string, string> = {
  en: `Exile Safety Atlas: offline copy (English)

Open it by double-clicking: no internet and no programs needed.
  1. Unzip this file. You get a folder named ${bundleFolder('en')}.
  2. In that folder, open index.html in any web browser.
Every page, the pocket cards and the checklists work from the files. Search does not: browsers
refuse to run it from files, so the search page lists every page from A to Z instead.

Check the download first: the SHA-256 sum of the zip must match the .sha256 file published beside it
  (sha256sum -c ${bundleFileName('en')}.sha256).
Single checklists also exist as one-file copies that open anywhere: see any checklist page.

With a local web server search works too: in the folder run
  python3 -m http.server 8000 --bind 127.0.0.1
and open http://localhost:8000/en/ in your browser.
`,
  ru: `Атлас безопасности в эмиграции: офлайн-копия (русская версия)

Открывается двойным щелчком: не нужны ни интернет, ни отдельные программы.
  1. Распакуйте архив. Появится папка ${bundleFolder('ru')}.
  2. Откройте в этой папке файл index.html в любом браузере.
Все страницы, карточки и чек-листы работают прямо из файлов. Поиск — нет: браузеры не запускают
его из файлов, поэтому на странице поиска вместо него все страницы перечислены по алфавиту.

Сначала проверьте архив: его сумма SHA-256 должна совпасть с файлом .sha256, опубликованным рядом
  (sha256sum -c ${bundleFileName('ru')}.sha256).
Отдельные чек-листы есть и в виде одного файла, который открывается где угодно: см. страницу любого чек-листа.

С локальным веб-сервером работает и поиск: запустите в папке
  python3 -m http.server 8000 --bind 127.0.0.1
и откройте в браузере http://localhost:8000/ru/
`,
};

/** What goes into each language's offline bundle, how it is named, and the files only the bundle has. */
import { escapeHtml } from './html';
import { isLang, ui, type Lang } from '../i18n';
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

/**
 * The bundle's index.html, the file a reader double-clicks: it opens the language's home page
 * (a meta refresh, which runs with JavaScript off and over file://), with a link for browsers
 * that do not follow it.
 */
export function bundleEntryPage(lang: Lang): string {
  const t = ui(lang);
  const target = `${lang}/index.html`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0; url=${target}">
<title>${escapeHtml(t.siteName)}</title></head>
<body><p><a href="${target}">${escapeHtml(t.offline.bundleOpen)}</a></p></body></html>
`;
}

/** The bundle's README.txt, in its language (`offline.bundleReadme` of src/i18n/), naming this bundle's own files. */
export function bundleReadme(lang: Lang): string {
  return ui(lang).offline.bundleReadme({ folder: bundleFolder(lang), checksum: `${bundleFileName(lang)}.sha256`, home: `http://localhost:8000/${lang}/` });
}

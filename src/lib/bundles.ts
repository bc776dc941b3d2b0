/** What goes into each language's offline bundle, and how it is named. */
export function bundleFileName(lang: string): string {
  return `exile-safety-atlas-${lang}.zip`;
}

/** One language's pages plus everything they share; never the other language or earlier downloads. */
export function bundleIncludes(path: string, lang: string): boolean {
  if (path.startsWith('downloads/')) return false;
  const first = path.split('/')[0];
  if (first === 'en' || first === 'ru') return first === lang;
  return true;
}

export const BUNDLE_README: Record<string, string> = {
  en: `Exile Safety Atlas: offline copy (English)

Open it with any local web server, not by double-clicking: search and the offline mode need one.
  1. Unzip this file into a folder.
  2. In that folder run one of:
       python3 -m http.server 8000 --bind 127.0.0.1
       npx serve -l tcp://127.0.0.1:8000
  3. Open http://localhost:8000/en/ in your browser.

Check the download first: the SHA-256 sum of the zip must match the .sha256 file published beside it
  (sha256sum -c exile-safety-atlas-en.zip.sha256).
Single checklists also exist as one-file copies that open anywhere: see any checklist page.
`,
  ru: `Атлас безопасности в эмиграции: офлайн-копия (русская версия)

Открывайте её через любой локальный веб-сервер, а не двойным щелчком: иначе не будут работать поиск и офлайн-режим.
  1. Распакуйте архив в папку.
  2. В этой папке запустите одну из команд:
       python3 -m http.server 8000 --bind 127.0.0.1
       npx serve -l tcp://127.0.0.1:8000
  3. Откройте в браузере http://localhost:8000/ru/

Сначала проверьте архив: его сумма SHA-256 должна совпасть с файлом .sha256, опубликованным рядом
  (sha256sum -c exile-safety-atlas-ru.zip.sha256).
Отдельные чек-листы есть и в виде одного файла, который открывается где угодно: см. страницу любого чек-листа.
`,
};

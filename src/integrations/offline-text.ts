/**
 * `import { OFFLINE_TEXT } from 'virtual:atlas/offline-text'` gives the offline copy's controls
 * (src/scripts/offline.ts) the messages only they show (saving, saved, removed, the old-copy
 * warning), in every language, from src/i18n. They used to ride in every page's footer: 0.5 KiB
 * in English and 0.8 KiB in Russian on every page view and in every page of a saved copy (issue
 * 18). In the controls' own chunk they load only with the controls, and once.
 */
import type { Plugin } from 'vite';
import { countOf, LANGS, ui } from '../i18n';
import { REVIEW_INTERVAL_MONTHS } from '../lib/policy';
import { virtualModule } from './virtual-module';

export function offlineText(): Plugin {
  return virtualModule('exile-atlas:offline-text', 'virtual:atlas/offline-text', () => {
    const text = Object.fromEntries(
      LANGS.map((lang) => {
        const t = ui(lang);
        const o = t.offline;
        return [
          lang,
          {
            saving: o.saving,
            saved: o.saved,
            savedOn: o.savedOn,
            removed: o.removed,
            old: o.old.replace('{period}', countOf(lang, REVIEW_INTERVAL_MONTHS, t.monthsAfterMoreThan)),
          },
        ];
      }),
    );
    return `export const OFFLINE_TEXT = ${JSON.stringify(text)};`;
  });
}

interface ImportMetaEnv {
  /** The primary site that `canonical` links point to, also from mirrors. */
  readonly ATLAS_CANONICAL_SITE: string;
  /** YYYY-MM-DD that counts as "today" for review staleness; empty means the build date. */
  readonly ATLAS_BUILD_DATE: string;
}

declare namespace App {
  interface Locals {
    /**
     * The language of the page being built, set by src/middleware.ts from its address: the
     * `[lang]` segment, or ROOT_LANG (src/i18n/langs.ts) for the pages that belong to no
     * language (the root language choice, the not-found page).
     */
    lang: import('./i18n/langs').Lang;
  }
}

/** Every country slug of every language, for browser scripts (src/integrations/country-list.ts). */
declare module 'virtual:atlas/countries' {
  export const COUNTRIES: Readonly<Record<import('./i18n/langs').Lang, readonly string[]>>;
}

/** The offline copy's controls' own messages, every language (src/integrations/offline-text.ts). */
declare module 'virtual:atlas/offline-text' {
  export const OFFLINE_TEXT: Readonly<
    Record<import('./i18n/langs').Lang, Readonly<{ saving: string; saved: string; savedOn: string; removed: string; old: string }>>
  >;
}

/** The "My situation" strings of one language, for the profile scripts (not the whole interface). */
import { profileEn } from './profile.en';
import { profileRu } from './profile.ru';
import type { UiStrings } from './en';
import { isLang, REFERENCE_LANG, type Lang } from './langs';

/** A new language adds its file here (CONTRIBUTING.md, "Adding a language"); until then it reads the reference language's. */
const PROFILE: Partial<Record<Lang, UiStrings['profile']>> = { en: profileEn, ru: profileRu };

export function profileStrings(lang: string): UiStrings['profile'] {
  return (isLang(lang) ? PROFILE[lang] : undefined) ?? PROFILE[REFERENCE_LANG] ?? profileEn;
}

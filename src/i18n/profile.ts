/** The "My situation" strings of one language, for the profile scripts (not the whole interface). */
import { profileEn } from './profile.en';
import { profileRu } from './profile.ru';
import type { UiStrings } from './en';

export function profileStrings(lang: string): UiStrings['profile'] {
  return lang === 'ru' ? profileRu : profileEn;
}
